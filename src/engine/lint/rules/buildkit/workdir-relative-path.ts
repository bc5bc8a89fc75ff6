// WorkdirRelativePath (dispatchWorkdir): the first WORKDIR of a stage chain is relative, so it
// resolves against whatever WORKDIR the base image happens to set.
import { goQuote } from '../../../build/gofmt';
import type { LintRule } from '../../types';
import { expand } from '../../expand';
import { dispatch, model } from '../../model';
import { at, buildkitUrl } from '../util';

export const workdirRelativePath: LintRule = {
  id: 'WorkdirRelativePath',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'A relative WORKDIR is resolved against the working directory the base image sets, which you do not control and which can change when the image is updated. ' +
    'Set an absolute WORKDIR first in each stage chain (a stage built FROM another stage inherits it); later relative WORKDIRs are then fine.',
  url: buildkitUrl('workdir-relative-path'),
  check(input) {
    const escape = model(input).escape;
    return dispatch(input).flatMap(({ ins, env, workdirSet }) => {
      if (ins.keyword !== 'WORKDIR' || workdirSet) return [];
      const path = expand(ins.value, env, escape).value;
      return path.startsWith('/') ? [] : [at(ins, `Relative workdir ${goQuote(path)} can have unexpected results if the base image changes`)];
    });
  },
};
