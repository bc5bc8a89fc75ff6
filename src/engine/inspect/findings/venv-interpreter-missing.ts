// venv-interpreter-missing: a Python virtual environment copied from a build stage whose
// bin/python symlink points at an interpreter this image does not have (the venv was created by
// /usr/local/bin/python3 of python:3.x, the final image has /usr/bin/python3, or none).
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { analyzeLaunch, layerOf } from './runtime';
import { shown } from './runtime-words';

export const venvInterpreterMissing: FindingRule = (ctx) => {
  const a = analyzeLaunch(ctx);
  const out: Finding[] = [];
  for (const p of a.problems) {
    if (p.kind !== 'venv') continue;
    const l = a.launch!;
    const from = layerOf(ctx, p.link);
    const outcome = p.fallback
      ? `so the command falls through to ${p.fallback}, which does not see the packages installed in ${p.venv} (ModuleNotFoundError at the first import)`
      : `so the container fails to start with "no such file or directory"`;
    out.push({
      rule: 'venv-interpreter-missing',
      severity: 'error',
      message: `${shown(l)} uses the virtual environment ${p.venv}${p.via ? ` (through ${p.via})` : ''}, whose ${p.link} is a symlink to ${p.target}, and this image has no ${p.target}: the venv was created by the build stage's Python. ${p.python ? `This image's Python is ${p.python}` : 'This image has no Python at all'}, ${outcome}.`,
      line: from?.line ?? l.line,
      surface: 'container start',
      stage: from?.stage ?? ctx.plan.target,
      ...(from ? { layer: from.layer } : {}),
      path: p.link,
      fix: p.python
        ? `Create the venv with a Python at the same path and version as the final image's (${p.python}): for example build it in a stage FROM the same distribution (debian:12-slim with \`apt-get install python3-venv\` for gcr.io/distroless/python3-debian12), or use the same python:3.x-slim image for both stages.`
        : `Use a final image that has the same Python the venv was built with (${p.target}), for example the same python:3.x-slim image as the build stage.`,
    });
  }
  return out;
};
