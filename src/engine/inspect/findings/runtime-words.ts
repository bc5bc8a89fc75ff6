// Wording shared by the runtime rules.
import { basename } from '../../fs/path';
import type { InspectContext } from './context';
import type { Launch } from './runtime';

/** `CMD ["node", "dist/server.js"]` as written (shortened). */
export function shown(l: Launch): string {
  const t = l.display.replace(/\s+/g, ' ');
  const text = '`' + (t.length > 80 ? t.slice(0, 79) + '…' : t) + '`';
  if (l.baseEntrypoint) return `${text} (run by the base image's ENTRYPOINT ${JSON.stringify(l.baseEntrypoint)})`;
  return l.inherited ? `${text} (set by the base image)` : text;
}

/** "stage build" of a built stage, other than the final chain, whose image has `name` on its PATH. */
export function stageWith(ctx: InspectContext, program: string): string | null {
  for (const s of ctx.states) {
    if (!s || ctx.finalChain.has(s.index)) continue;
    const path = s.config.Env.find((e) => e.startsWith('PATH='))?.slice(5) ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    for (const dir of path.split(':')) {
      const node = s.fs.get(s.fs.realpath(`${dir}/${program}`));
      if (node?.type === 'file') return s.name ? `stage ${s.name}` : `stage ${s.index}`;
    }
  }
  return null;
}

/** "FROM scratch" / "FROM alpine:3.20" of the final image's chain. */
export function fromWhat(ctx: InspectContext): string {
  const name = ctx.final.base.name;
  return name === 'scratch' ? 'FROM scratch, which starts empty' : `FROM ${name}`;
}

/** Other files in the image with the same name: "did you mean …?". */
export function sameName(ctx: InspectContext, name: string): string | null {
  const b = basename(name);
  if (!b) return null;
  for (const p of ctx.final.fs.paths()) {
    if (basename(p) === b && ctx.final.fs.get(p)?.type === 'file') return p;
  }
  return null;
}

/** Exec form of a simple shell command: `sh -c "./app --port 80"` → ["./app", "--port", "80"]. */
export function execForm(words: string[]): string {
  return '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
}
