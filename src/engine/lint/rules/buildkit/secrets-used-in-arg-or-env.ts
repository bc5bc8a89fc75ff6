// SecretsUsedInArgOrEnv (dockerfile2llb.validateNoSecretKey, in dispatchArg / dispatchEnv): an
// ARG or ENV whose name looks like a credential.
import { goQuote } from '../../../build/gofmt';
import type { LintRule } from '../../types';
import { expand } from '../../expand';
import { dispatch, model } from '../../model';
import { at, buildkitUrl } from '../util';

const DENY = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export const secretsUsedInArgOrEnv: LintRule = {
  id: 'SecretsUsedInArgOrEnv',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'ARG and ENV values are stored in the image: ENV in its config, and ARGs in the build history of every RUN that sees them (`docker history` shows them). ' +
    'A builder stage does not hide them either if it is pushed or cached. Pass secrets with `RUN --mount=type=secret` so they never land in a layer or the metadata.',
  url: buildkitUrl('secrets-used-in-arg-or-env'),
  check(input) {
    const escape = model(input).escape;
    return dispatch(input).flatMap(({ ins, env }) => {
      const keys =
        ins.keyword === 'ARG' ? ins.args.map((a) => ['ARG', a.name] as const) : ins.keyword === 'ENV' ? ins.pairs.map(([k]) => ['ENV', expand(k, env, escape).value] as const) : [];
      return keys.filter(([, k]) => DENY.test(k) && !ALLOW.test(k)).map(([what, k]) => at(ins, `Do not use ARG or ENV instructions for sensitive data (${what} ${goQuote(k)})`));
    });
  },
};
