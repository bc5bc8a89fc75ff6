// secret-in-label: a LABEL whose value is a credential (error), or whose key names a credential
// and whose value could be one (warning). Labels are saved in the image config and history.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { describeHits, redact } from './secret-patterns';
import { leaks } from './secret-scan';

export const secretInLabel: FindingRule = (ctx) => {
  const out: Finding[] = [];
  for (const l of leaks(ctx).labels) {
    const byName = l.hits.every((h) => h.kind === 'secret-name');
    out.push({
      rule: 'secret-in-label',
      severity: byName ? 'warning' : 'error',
      message: byName
        ? `LABEL ${l.name} at line ${l.line} looks like it holds a credential (${l.name}=${redact(l.value)}). Labels are saved in the image config (\`docker inspect\` → Config.Labels) and shown by \`docker history\`, for anyone who pulls the image.`
        : `LABEL ${l.name} at line ${l.line} holds ${describeHits(l.hits)}. Labels are saved in the image config (\`docker inspect\` → Config.Labels) and shown by \`docker history\`, for anyone who pulls the image.`,
      line: l.line,
      surface: 'image config',
      ...(l.stage !== null ? { stage: l.stage } : {}),
      field: 'Labels',
      fix: `Remove the ${l.name} label at line ${l.line}: labels are public metadata (version, source URL, maintainer), never a place for credentials.${byName ? '' : ' Rotate the credential if the image was ever pushed.'}`,
    });
  }
  return out;
};
