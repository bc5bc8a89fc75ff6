// StageNameCasing (instructions.ParseInstructionWithLinter, FROM): `AS Name` with capitals.
import type { LintRule } from '../../types';
import { at, buildkitUrl } from '../util';

export const stageNameCasing: LintRule = {
  id: 'StageNameCasing',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'Stage names are case-insensitive: BuildKit lower-cases them, so `AS Builder` is really the stage "builder". ' +
    'Writing them in lowercase keeps `COPY --from=`, `FROM <stage>` and `--target` references matching what BuildKit shows in its output.',
  url: buildkitUrl('stage-name-casing'),
  check(input) {
    return input.parsed.instructions.flatMap((ins) =>
      ins.keyword === 'FROM' && ins.alias !== null && ins.alias !== ins.alias.toLowerCase() ? [at(ins, `Stage name '${ins.alias}' should be lowercase`)] : [],
    );
  },
};
