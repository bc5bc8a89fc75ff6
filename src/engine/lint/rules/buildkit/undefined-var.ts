// UndefinedVar (dockerfile2llb.reportUnmatchedVariables): a variable BuildKit expands itself
// (ENV, LABEL, ARG defaults, COPY/ADD, WORKDIR, USER, VOLUME, STOPSIGNAL, COPY heredocs) is
// neither in the environment nor a declared ARG. RUN, CMD and ENTRYPOINT are the shell's job.
import type { LintRule } from '../../types';
import { suggest } from '../../expand';
import { dispatch, NON_ENV_ARGS } from '../../model';
import { at, buildkitUrl } from '../util';

export const undefinedVar: LintRule = {
  id: 'UndefinedVar',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'The variable is not set at this point, so it expands to an empty string — often a typo, or an ARG declared in another stage. ' +
    'Each stage starts with only its base image\'s environment: ARGs and ENVs of other stages do not carry over unless the stage is built FROM them, and global ARGs must be re-declared with `ARG NAME` inside the stage.',
  url: buildkitUrl('undefined-var'),
  check(input) {
    return dispatch(input).flatMap(({ ins, expansions }) =>
      expansions.flatMap(({ unmatched, declared, options }) =>
        [...unmatched]
          .filter((name) => !declared.has(name) && !NON_ENV_ARGS.has(name))
          .map((name) => {
            const s = suggest(name, options);
            return at(ins, `Usage of undefined variable '$${name}'${s ? ` (did you mean $${s}?)` : ''}`);
          }),
      ),
    );
  },
};
