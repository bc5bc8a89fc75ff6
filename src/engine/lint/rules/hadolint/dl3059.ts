// DL3059: two RUNs in a row with the same flags, each running a single command. Comments do not
// break the row; a RUN that chains commands (`a && b`, `a; b`) is taken as deliberate.
import type { Instruction } from '../../../parse/instructions';
import type { LintHit, LintRule } from '../../types';
import { at, hadolintUrl } from '../util';
import { shellOf } from './util';

const flagsOf = (ins: Instruction) => (ins.keyword === 'RUN' ? ins.flags.map((f) => `${f.name}=${f.value ?? ''}`).sort().join('\n') : '');

export const dl3059: LintRule = {
  id: 'DL3059',
  source: 'hadolint',
  severity: 'info',
  explanation:
    'Each RUN makes a layer; consecutive single-command RUNs add layers (and cache steps) without benefit. ' +
    'Chain related commands with `&&` in one RUN — especially a download and its cleanup, which only saves space when they share a layer.',
  url: hadolintUrl('DL3059'),
  check(input) {
    const out: LintHit[] = [];
    let prev: { flags: string; count: number } | null = null;
    for (const ins of input.parsed.instructions) {
      if (ins.keyword !== 'RUN') {
        prev = null;
        continue;
      }
      const cur = { flags: flagsOf(ins), count: shellOf(ins)?.commands.length ?? 0 };
      if (prev === null || prev.flags !== cur.flags || cur.count > 1 || prev.count > 1) prev = cur;
      else out.push(at(ins, 'Multiple consecutive `RUN` instructions. Consider consolidation.'));
    }
    return out;
  },
};
