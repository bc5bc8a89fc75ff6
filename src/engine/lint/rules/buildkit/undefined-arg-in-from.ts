// UndefinedArgInFrom (dockerfile2llb.reportUnusedFromArgs): a FROM image or --platform uses a
// variable no global ARG declares (the platform ARGs are always declared).
import type { LintRule } from '../../types';
import { expand, suggest } from '../../expand';
import { model } from '../../model';
import { at, buildkitUrl } from '../util';

export const undefinedArgInFrom: LintRule = {
  id: 'UndefinedArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'A FROM line can only use ARGs declared before the first FROM (global ARGs) and the predefined platform ARGs such as TARGETARCH. ' +
    'An ARG declared inside a stage is not visible to FROM, so the variable expands to nothing and the base image name changes.',
  url: buildkitUrl('undefined-arg-in-from'),
  check(input) {
    const m = model(input);
    const keys = [...new Set([...m.metaEnv.keys(), ...m.metaDeclared])];
    return m.stages.flatMap(({ from }) => {
      const unmatched = [...expand(from.image, m.metaEnv, m.escape).unmatched, ...(from.platform === null ? [] : expand(from.platform, m.metaEnv, m.escape).unmatched)];
      return [...new Set(unmatched)]
        .filter((name) => !keys.includes(name))
        .map((name) => {
          const s = suggest(name, keys);
          return at(from, `FROM argument '${name}' is not declared${s ? ` (did you mean ${s}?)` : ''}`);
        });
    });
  },
};
