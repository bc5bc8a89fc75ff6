// DL3023: COPY --from the stage the COPY is in.
import type { FromInstruction } from '../../../parse/instructions';
import type { LintRule } from '../../types';
import { at, hadolintUrl } from '../util';

export const dl3023: LintRule = {
  id: 'DL3023',
  source: 'hadolint',
  severity: 'error',
  explanation:
    'A stage cannot copy from itself: its files are not finished while it is being built, so `COPY --from=<own name>` cannot work. ' +
    'Copy from an earlier stage, or just use the files already in this stage.',
  url: hadolintUrl('DL3023'),
  check(input) {
    let current: FromInstruction | null = null;
    return input.parsed.instructions.flatMap((ins) => {
      if (ins.keyword === 'FROM') current = ins;
      if (ins.keyword !== 'COPY' || ins.from === null || current === null) return [];
      return current.alias !== null && current.alias === ins.from ? [at(ins, '`COPY --from` cannot reference its own `FROM` alias')] : [];
    });
  },
};
