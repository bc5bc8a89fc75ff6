// What several hadolint rules share: RUN scripts read as ShellCheck would, and cache mounts.
import type { Instruction } from '../../../parse/instructions';
import { readShell, type ShellScript } from '../../shell';
import { runScript } from '../util';

/**
 * Scripts already read (never modified), by text: several rules ask for every RUN, and a rebuild
 * asks again. Bounded by the text it holds (enough for every RUN of a 64 KB Dockerfile).
 */
const scripts = new Map<string, ShellScript>();
let scriptChars = 0;
const CACHE_CHARS = 1 << 20;

/** The commands of a RUN (null for any other instruction). */
export function shellOf(ins: Instruction): ShellScript | null {
  if (ins.keyword !== 'RUN') return null;
  const text = ins.heredocs.length ? runScript(ins)! : (ins.command ?? (ins.argv ?? []).join(' '));
  let s = scripts.get(text);
  if (!s) {
    s = readShell(text);
    if (scriptChars + text.length > CACHE_CHARS) {
      scripts.clear();
      scriptChars = 0;
    }
    if (text.length <= CACHE_CHARS / 16) {
      scripts.set(text, s);
      scriptChars += text.length;
    }
  }
  return s;
}

/** Whether a RUN has a `--mount=type=cache` (or tmpfs, with `tmpfs`) at `dir` or below it. */
export function mountsAt(ins: Instruction, dir: string, types: string[] = ['cache']): boolean {
  if (ins.keyword !== 'RUN') return false;
  return ins.mounts.some((m) => {
    const opts = new Map<string, string>();
    for (const part of m.split(',')) {
      const eq = part.indexOf('=');
      opts.set((eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase(), eq < 0 ? '' : part.slice(eq + 1).trim());
    }
    const type = opts.get('type') ?? 'bind';
    const target = (opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '').replace(/\/+$/, '');
    return types.includes(type) && (target === dir || target.startsWith(dir + '/'));
  });
}
