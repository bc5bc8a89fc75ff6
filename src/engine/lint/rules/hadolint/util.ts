// What several hadolint rules share: RUN scripts read as ShellCheck would, and cache mounts.
import type { Instruction } from '../../../parse/instructions';
import { readShell, type ShellScript } from '../../shell';
import { runScript } from '../util';

const scripts = new WeakMap<Instruction, ShellScript>();

/** The commands of a RUN (null for any other instruction). */
export function shellOf(ins: Instruction): ShellScript | null {
  const text = runScript(ins);
  if (text === null) return null;
  let s = scripts.get(ins);
  if (!s) scripts.set(ins, (s = readShell(text)));
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
