// InvalidDefaultArgInFrom (dockerfile2llb.validateBaseImagesWithDefaultArgs): with only the
// global ARGs' defaults (no --build-arg), a FROM does not name a valid image.
import type { LintHit, LintRule } from '../../types';
import { expand } from '../../expand';
import { model } from '../../model';
import { isValidReference } from '../../refs';
import { at, buildkitUrl } from '../util';

export const invalidDefaultArgInFrom: LintRule = {
  id: 'InvalidDefaultArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'Built without any `--build-arg`, this FROM expands to an empty or malformed image name, so the Dockerfile only works when the caller remembers to pass the argument. ' +
    'Give the global ARG a sensible default (`ARG BASE=alpine:3.20`) so the build works out of the box.',
  url: buildkitUrl('invalid-default-arg-in-from'),
  check(input) {
    const m = model(input);
    const out: LintHit[] = [];
    for (const { from } of m.stages) {
      const e = expand(from.image, m.metaEnv, m.escape);
      if (!e.ok) break;
      if (!isValidReference(e.value)) out.push(at(from, `Default value for ARG ${from.image} results in empty or invalid base image name`));
    }
    return out;
  },
};
