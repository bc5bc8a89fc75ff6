// node-runtime-missing: the image runs node (or npm/npx/yarn) and has no Node.js runtime — the
// usual result of building in `FROM node` and shipping `FROM scratch`/a distroless static base.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { analyzeLaunch, rootFromLine } from './runtime';
import { fromWhat, shown, stageWith } from './runtime-words';

export const nodeRuntimeMissing: FindingRule = (ctx) => {
  const a = analyzeLaunch(ctx);
  const out: Finding[] = [];
  for (const p of a.problems) {
    if (p.kind !== 'missing' || p.runtime !== 'node' || p.role === 'script') continue;
    const l = a.launch!;
    const left = stageWith(ctx, 'node');
    out.push({
      rule: 'node-runtime-missing',
      severity: 'error',
      message: `${shown(l)} at line ${l.line} runs ${p.name}${p.via ? ` (through ${p.via})` : ''}, but the final image has no Node.js runtime: ${p.name} is in none of its PATH directories. The final stage is ${fromWhat(ctx)}${left ? `; node stayed behind in ${left}` : ''}. The container fails to start: exec: "${p.name}": executable file not found in $PATH.`,
      line: l.line,
      surface: 'container start',
      stage: ctx.plan.target,
      field: l.field,
      path: p.name,
      fix: `Use a Node.js runtime image for the final stage (at line ${rootFromLine(ctx)}), for example \`FROM node:22-slim\` or \`FROM gcr.io/distroless/nodejs22-debian12\` (whose entrypoint is already node: \`CMD ["dist/server.js"]\`), and copy only dist/ and the production node_modules into it.`,
    });
  }
  return out;
};
