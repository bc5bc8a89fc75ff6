// user-missing: the USER the container runs as is not in the final image's /etc/passwd. A named
// user (or group) that does not resolve stops the container from starting; a numeric uid works
// without an entry, but the process then has no name and HOME=/ (info).
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { analyzeLaunch, fileAt, lastInChain, mayExist, rootFromLine } from './runtime';

export const userMissing: FindingRule = (ctx) => {
  const spec = ctx.final.config.User;
  if (!spec || !ctx.final.baseKnown) return [];
  const a = analyzeLaunch(ctx);
  if (a.certainty.unknown) return [];
  const [user, group] = spec.split(':', 2) as [string, string | undefined];
  if (user === 'root' || user === '0') {
    if (group === undefined || /^\d+$/.test(group)) return [];
  }
  const fs = ctx.final.fs;
  const read = (path: string): string | null | undefined => {
    if (mayExist(a.certainty, path)) return undefined;
    const f = fileAt(fs, path);
    if (!f) return null;
    return f.node.content;
  };
  const passwd = read('/etc/passwd');
  const groups = read('/etc/group');
  const ins = lastInChain(ctx, 'USER');
  const line = ins?.line ?? rootFromLine(ctx);
  const stage = ctx.plan.target;
  const scratchy = fs.get(fs.realpath('/bin/sh'))?.type !== 'file';
  const out: Finding[] = [];
  const base = { rule: 'user-missing', line, surface: 'container start', stage, field: 'User' };
  if (passwd !== undefined) {
    const entries = (passwd ?? '').split('\n').map((l) => l.split(':')).filter((f) => f.length >= 4);
    const numeric = /^\d+$/.test(user);
    const found = entries.some((f) => (numeric ? f[2] === user : f[0] === user));
    if (!found && numeric) {
      out.push({
        ...base,
        severity: 'info',
        message: `USER ${spec}${ins ? ` at line ${line}` : ''} runs the container as uid ${user}, which has no entry in ${passwd === null ? 'the image (there is no /etc/passwd)' : '/etc/passwd'}. That works, but the process has no user name and HOME=/; tools that look the user up (whoami, ssh, git, some npm and pip commands) fail or write to /.`,
        fix: scratchy
          ? `If the program needs a name or a home directory, copy a passwd file with that user from the build stage: \`COPY --from=build /etc/passwd /etc/passwd\` (after creating the user there).`
          : `If the program needs a name or a home directory, create the user before line ${line}: \`RUN adduser -D -u ${user} app\` (Alpine/BusyBox) or \`RUN useradd -u ${user} -m app\` (Debian).`,
      });
    } else if (!found) {
      out.push({
        ...base,
        severity: 'error',
        message: `USER ${spec}${ins ? ` at line ${line}` : ''} names the user "${user}", which ${passwd === null ? 'cannot exist here: the image has no /etc/passwd' : 'is not in the image\'s /etc/passwd'}. The container fails to start: unable to find user ${user}: no matching entries in passwd file.`,
        fix: scratchy
          ? `An image without a shell cannot run adduser: use a numeric user (\`USER 10001:10001\`), or create the user in the build stage and \`COPY --from=build /etc/passwd /etc/passwd\` into this one.`
          : `Create the user in this stage before line ${line}: \`RUN adduser -D ${user}\` (Alpine/BusyBox) or \`RUN useradd -m ${user}\` (Debian), or use a numeric \`USER 10001:10001\`.`,
      });
    }
  }
  if (group !== undefined && !/^\d+$/.test(group) && groups !== undefined) {
    const found = (groups ?? '').split('\n').some((l) => l.split(':')[0] === group);
    if (!found) {
      out.push({
        ...base,
        severity: 'error',
        message: `USER ${spec}${ins ? ` at line ${line}` : ''} names the group "${group}", which is not in ${groups === null ? 'the image (there is no /etc/group)' : 'the image\'s /etc/group'}. The container fails to start: unable to find group ${group}: no matching entries in group file.`,
        fix: `Create the group before line ${line} (\`RUN addgroup -S ${group}\` on Alpine/BusyBox, \`groupadd ${group}\` on Debian), or use a numeric group id.`,
      });
    }
  }
  return out;
};
