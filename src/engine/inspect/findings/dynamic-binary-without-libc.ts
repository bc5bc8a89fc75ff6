// dynamic-binary-without-libc: the program the image starts is dynamically linked against a C
// library (glibc or musl) the final image does not have — cgo left on for `FROM scratch` or a
// distroless static base, or a glibc build shipped on Alpine. The kernel cannot find the dynamic
// loader and reports "no such file or directory" for a file that is plainly there.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { analyzeLaunch, layerOf, rootFromLine } from './runtime';

export const dynamicBinaryWithoutLibc: FindingRule = (ctx) => {
  const a = analyzeLaunch(ctx);
  const out: Finding[] = [];
  for (const p of a.problems) {
    if (p.kind !== 'libc') continue;
    const node = ctx.final.fs.get(p.binary);
    const madeAt = node?.origin.line ?? null;
    const copied = layerOf(ctx, p.binary);
    const builtBy = madeAt !== null ? ` (made at line ${madeAt}, \`${node!.origin.instruction.replace(/\s+/g, ' ').slice(0, 60)}\`${copied && copied.line !== madeAt ? `, copied in at line ${copied.line}` : ''})` : '';
    const has = p.has === 'none' ? 'no C library at all' : p.has === p.needs ? `no ${p.interpreter}` : `${p.has} instead`;
    const go = p.tool === 'go';
    const fromLine = rootFromLine(ctx);
    out.push({
      rule: 'dynamic-binary-without-libc',
      severity: 'error',
      message: `${p.binary} is a dynamically linked ${go ? 'Go ' : ''}binary${builtBy} that needs ${p.needs}, but this image (FROM ${ctx.final.base.name}) has ${has}. The container fails with "exec ${p.binary}: no such file or directory": the file is there, its dynamic loader${p.interpreter ? ` (${p.interpreter})` : ''} is not.`,
      line: fromLine,
      surface: 'container start',
      stage: copied?.stage ?? ctx.plan.target,
      ...(copied ? { layer: copied.layer } : {}),
      path: p.binary,
      fix: go
        ? `Build a static binary: \`RUN CGO_ENABLED=0 go build …\`${madeAt !== null ? ` (line ${madeAt}${node ? `, stage ${node.origin.stage}` : ''})` : ''}${p.has === 'musl' ? ', or build it in a golang:alpine stage so that it links musl' : ''}; or, if it needs cgo, use a final image with ${p.needs} at line ${fromLine} (${p.needs === 'glibc' ? 'gcr.io/distroless/base-debian12 or debian:12-slim' : 'alpine'}).`
        : `Use a final image with ${p.needs} at line ${fromLine} (${p.needs === 'glibc' ? 'gcr.io/distroless/base-debian12 or debian:12-slim' : 'alpine'}), or build the program in a stage FROM the same base as the final image.`,
    });
  }
  return out;
};
