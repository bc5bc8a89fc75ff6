// DuplicateStageName (dockerfile2llb.validateStageNames): two stages with one (lower-cased) name.
import { goQuote } from '../../../build/gofmt';
import type { LintRule } from '../../types';
import { model } from '../../model';
import { at, buildkitUrl } from '../util';

export const duplicateStageName: LintRule = {
  id: 'DuplicateStageName',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'Stage names must be unique: `COPY --from=<name>`, `FROM <name>` and `--target <name>` can only point at one stage. ' +
    'With two stages of the same name, a reference silently picks one of them and the other stage becomes unreachable by name.',
  url: buildkitUrl('duplicate-stage-name'),
  check(input) {
    const seen = new Set<string>();
    return model(input).stages.flatMap((s) => {
      if (s.name === null) return [];
      const dup = seen.has(s.name);
      seen.add(s.name);
      return dup ? [at(s.from, `Duplicate stage name ${goQuote(s.name)}, stage names should be unique`)] : [];
    });
  },
};
