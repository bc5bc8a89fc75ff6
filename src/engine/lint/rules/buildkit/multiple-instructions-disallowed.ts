// MultipleInstructionsDisallowed (dispatchState.validateUsedOnce): a second CMD, ENTRYPOINT or
// HEALTHCHECK in one stage; BuildKit points at the earlier one, which is the one ignored.
import type { Instruction } from '../../../parse/instructions';
import type { LintHit, LintRule } from '../../types';
import { dispatch } from '../../model';
import { source } from '../../source';
import { at, buildkitUrl } from '../util';

export const multipleInstructionsDisallowed: LintRule = {
  id: 'MultipleInstructionsDisallowed',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; earlier ones are dead code that readers may mistake for the real one. ' +
    'Keep one per stage — in a multi-stage build only the final stage\'s values end up in the image anyway.',
  url: buildkitUrl('multiple-instructions-disallowed'),
  check(input) {
    const src = source(input);
    const out: LintHit[] = [];
    let stage = -1;
    let last = new Map<string, Instruction>();
    for (const { stage: s, ins } of dispatch(input)) {
      if (s.index !== stage) {
        stage = s.index;
        last = new Map();
      }
      if (ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT' && ins.keyword !== 'HEALTHCHECK') continue;
      const prev = last.get(ins.keyword);
      if (prev) out.push(at(prev, `Multiple ${src.raw(ins).keyword} instructions should not be used in the same stage because only the last one will be used`));
      last.set(ins.keyword, ins);
    }
    return out;
  },
};
