// node-modules-missing: the Node app requires packages listed in its package.json dependencies
// and no node_modules directory on node's search path (the script's directory and its parents,
// NODE_PATH) holds them: `COPY --from=build /app/dist ./dist` without node_modules.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { analyzeLaunch, layerOf } from './runtime';
import { shown } from './runtime-words';

export const nodeModulesMissing: FindingRule = (ctx) => {
  const a = analyzeLaunch(ctx);
  const out: Finding[] = [];
  for (const p of a.problems) {
    if (p.kind !== 'node-modules') continue;
    const l = a.launch!;
    const list = p.packages.slice(0, 4).map((x) => `"${x}"`).join(', ') + (p.packages.length > 4 ? ` and ${p.packages.length - 4} more` : '');
    const dir = p.packageJson.slice(0, p.packageJson.lastIndexOf('/')) || '/';
    // The COPY that brought the script in is where node_modules should come along.
    const copy = layerOf(ctx, p.script);
    out.push({
      rule: 'node-modules-missing',
      severity: p.certain ? 'error' : 'info',
      message: p.certain
        ? `${shown(l)} runs ${p.script}, which requires ${list} (dependencies in ${p.packageJson}), but there is no node_modules with them in ${dir} or any parent directory. The app stops at once with: Error: Cannot find module '${p.packages[0]}'.`
        : `${shown(l)} runs ${p.script}, and ${p.packageJson} lists dependencies (${list}), but the image has no node_modules directory on node's search path. Unless ${p.script} is a bundle that includes its dependencies, it stops with: Error: Cannot find module '${p.packages[0]}'.`,
      line: copy?.line ?? l.line,
      ...(copy ? { layer: copy.layer } : {}),
      surface: 'container start',
      stage: ctx.plan.target,
      path: `${dir === '/' ? '' : dir}/node_modules`,
      fix: `Copy the production dependencies into the final image next to package.json: \`COPY --from=build ${dir}/node_modules ${dir}/node_modules\` (install them in the build stage with \`npm ci --omit=dev\`), or bundle the app (esbuild, ncc) so that it needs no node_modules.`,
    });
  }
  return out;
};
