// DL3024: two FROMs with the same alias (compared as written).
import type { LintRule } from '../../types';
import { at, hadolintUrl } from '../util';

export const dl3024: LintRule = {
  id: 'DL3024',
  source: 'hadolint',
  severity: 'error',
  explanation:
    'Every stage name must be unique so that `COPY --from=`, `FROM <stage>` and `--target` can tell stages apart. ' +
    'Rename one of the stages (e.g. `build-frontend` and `build-backend`).',
  url: hadolintUrl('DL3024'),
  check(input) {
    const seen = new Set<string>();
    return input.parsed.instructions.flatMap((ins) => {
      if (ins.keyword !== 'FROM' || ins.alias === null) return [];
      const dup = seen.has(ins.alias);
      seen.add(ins.alias);
      return dup ? [at(ins, 'FROM aliases (stage names) must be unique')] : [];
    });
  },
};
