// JSONArgsRecommended (dispatchCmd / dispatchEntrypoint): shell-form CMD or ENTRYPOINT while the
// image has no SHELL set (a SHELL instruction, inherited from a parent stage or the base image).
import type { LintRule } from '../../types';
import { dispatch } from '../../model';
import { source } from '../../source';
import { at, buildkitUrl } from '../util';

export const jsonArgsRecommended: LintRule = {
  id: 'JSONArgsRecommended',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'In shell form (`CMD node server.js`) the container runs `/bin/sh -c "node server.js"`: the shell is PID 1 and does not pass SIGTERM on, so `docker stop` waits and then kills the app. ' +
    'The JSON form (`CMD ["node", "server.js"]`) runs the program directly. This matters for the final stage, whose CMD/ENTRYPOINT is what ships.',
  url: buildkitUrl('json-args-recommended'),
  check(input) {
    const src = source(input);
    return dispatch(input).flatMap(({ ins, shell }) =>
      (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && ins.argv === null && shell === null
        ? [at(ins, `JSON arguments recommended for ${src.raw(ins).keyword} to prevent unintended behavior related to OS signals`)]
        : [],
    );
  },
};
