// entrypoint-missing: the program `docker run` would start is not in the final image — the
// CMD/ENTRYPOINT executable (looked up in PATH, or against WorkingDir), /bin/sh for a shell-form
// CMD, a script's `#!` interpreter, or the script/jar a runtime is given. Also: no command at
// all. Missing node and java runtimes have rules of their own (node-runtime-missing,
// jar-without-jre).
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { analyzeLaunch, firstCommand, targetFromLine } from './runtime';
import { execForm, fromWhat, sameName, shown } from './runtime-words';

export const entrypointMissing: FindingRule = (ctx) => {
  const a = analyzeLaunch(ctx);
  const out: Finding[] = [];
  for (const p of a.problems) {
    if (p.kind === 'no-command') {
      const stage = ctx.plan.stages[ctx.plan.target]!;
      out.push({
        rule: 'entrypoint-missing',
        severity: 'warning',
        message: `The image has no CMD and no ENTRYPOINT (neither this Dockerfile nor its base image sets one), so \`docker run IMAGE\` fails with "no command specified" unless a command is given on the command line.`,
        line: targetFromLine(ctx),
        surface: 'container start',
        stage: stage.index,
        field: 'Cmd',
        fix: `Add the command the image should run at the end of the final stage (the one starting at line ${stage.from.line}), in exec form, for example \`CMD ["/app"]\`.`,
      });
      continue;
    }
    if (p.kind !== 'missing') continue;
    if ((p.runtime === 'node' || p.runtime === 'java') && p.role !== 'script') continue;
    const l = a.launch!;
    const base = { rule: 'entrypoint-missing', severity: 'error' as const, line: l.line, surface: 'container start', stage: ctx.plan.target, field: l.field };
    const also = sameName(ctx, p.name);
    const hint = also && also !== p.tried[0] ? ` There is a ${also} in the image: did you mean that path?` : '';
    const via = p.via ? ` (reached through ${p.via})` : '';
    if (p.role === 'shell') {
      const cmd = l.ins?.command ?? '';
      const words = firstCommand(cmd);
      out.push({
        ...base,
        message: `${shown(l)} at line ${l.line} is in shell form, so Docker runs it as \`${l.argv.slice(0, -1).join(' ')} "${cmd}"\`, and this image has no ${p.name} (${fromWhat(ctx)}). The container fails to start: exec: "${p.name}": stat ${p.name}: no such file or directory.`,
        path: p.tried[0] ?? p.name,
        fix: `Write it in exec form, which starts the program directly without a shell: \`${l.ins?.keyword ?? 'CMD'} ${words ? execForm(words) : '["/path/to/program", "arg"]'}\`.`,
      });
    } else if (p.role === 'interpreter') {
      out.push({
        ...base,
        message: `${shown(l)} at line ${l.line} starts a script whose first line asks for ${p.name}, which is not in this image (${fromWhat(ctx)}): ${p.via}. The kernel then reports "no such file or directory", naming the script, which is confusing: it is the interpreter that is missing.`,
        path: p.tried[0] ?? p.name,
        fix: p.name.endsWith('bash')
          ? `Change the script's first line to \`#!/bin/sh\` if it needs no bash features, or install bash in the final stage (\`RUN apk add --no-cache bash\` on Alpine).`
          : `Make the interpreter part of the final image (use a base image that has it), or change the script's first line to an interpreter the image has.`,
      });
    } else if (p.role === 'script') {
      const errors: Record<string, string> = { node: `Error: Cannot find module '${p.tried[0]}'`, java: `Error: Unable to access jarfile ${p.name}`, python: `can't open file '${p.tried[0]}': [Errno 2] No such file or directory` };
      const cwd = ctx.final.config.WorkingDir || '/';
      out.push({
        ...base,
        message: `${shown(l)} at line ${l.line} gives ${p.runtime} the file ${p.name}${p.name.startsWith('/') ? '' : ` (relative to the working directory ${cwd})`}, but ${p.tried[0]} is not in the image${via}. The container exits at once with: ${errors[p.runtime ?? ''] ?? 'file not found'}.${hint}`,
        path: p.tried[0]!,
        fix: `Copy ${p.name} into the final image where the command expects it (check the COPY destination and the WORKDIR), or fix the path at line ${l.line}.`,
      });
    } else {
      const bare = !p.name.includes('/');
      const where = bare ? `"${p.name}", which is in none of the image's PATH directories (${[...new Set(p.tried.map((t) => t.slice(0, t.lastIndexOf('/')) || '/'))].join(', ')})` : `${p.tried[0]}, which is not in the image`;
      const err = bare ? `exec: "${p.name}": executable file not found in $PATH` : `exec: "${p.name}": stat ${p.name}: no such file or directory`;
      out.push({
        ...base,
        message: `${shown(l)} at line ${l.line} starts ${where}${via}. The container fails to start: ${err}.${hint}`,
        path: bare ? p.name : p.tried[0]!,
        fix: `Copy the program into the final image (for example \`COPY --from=build /out/app /usr/local/bin/app\`), or correct the path at line ${l.line} to where the image has it.`,
      });
    }
  }
  return out;
};
