// Generated Dockerfiles of exactly n instructions with a realistic mix: a global ARG, stages
// FROM the base, ARG/ENV/WORKDIR, COPY from the context, RUN with echo/mkdir/cp, and each stage
// COPYing --from the previous one so every stage is needed (a skipped stage costs nothing).
import type { ContextEntry } from '../src/engine/types';

const FILES = 40;
const PER_STAGE = 25;

export interface Generated {
  dockerfile: string;
  context: ContextEntry[];
}

export function generateBuild(n: number, base: string): Generated {
  if (n < 4) throw new Error('need at least 4 instructions');
  const lines = ['ARG BASE=' + base];
  const stages = Math.max(2, Math.round((n - 1) / PER_STAGE));
  const sizes = split(n - 1, stages);
  sizes.forEach((size, k) => lines.push(...stage(k, size)));
  const context: ContextEntry[] = [{ path: 'src', type: 'dir', mode: 0o755 }];
  for (let i = 0; i < FILES; i++) context.push({ path: `src/f${i}.txt`, type: 'file', mode: 0o644, content: `file ${i}\n`.repeat(1 + (i % 7)) });
  return { dockerfile: lines.join('\n') + '\n', context };
}

/** `size` instructions of stage k, FROM included. */
function stage(k: number, size: number): string[] {
  const out = [`FROM \${BASE} AS s${k}`, `RUN mkdir -p /out/${k} && echo stage ${k} > /out/${k}/stamp`];
  if (k > 0) out.push(`COPY --from=s${k - 1} /out/${k - 1}/ /from/${k - 1}/`);
  for (let i = 0; out.length < size; i++) {
    const f = `f${(k * 7 + i) % FILES}.txt`;
    const cycle = [
      `ARG V${i}=value-${i}`,
      `ENV E${i}=env-${k}-${i} PATH_${i}=/opt/${i}`,
      `WORKDIR /work/${k}/d${i}`,
      `COPY src/${f} ./`,
      `RUN cp ${f} /out/${k}/${i}-${f} && echo "$E${i}" >> /out/${k}/log`,
      `RUN mkdir -p /var/cache/s${k}/${i} && echo ${i} > /var/cache/s${k}/${i}/n`,
    ];
    // Rotate through the cycle in order so COPY always precedes the RUN cp of the same file.
    for (const ins of cycle) if (out.length < size) out.push(ins);
  }
  return out.slice(0, size);
}

function split(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}
