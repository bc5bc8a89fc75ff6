// DL4000: MAINTAINER.
import type { LintRule } from '../../types';
import { at, hadolintUrl } from '../util';

export const dl4000: LintRule = {
  id: 'DL4000',
  source: 'hadolint',
  severity: 'error',
  explanation:
    '`MAINTAINER` is deprecated. Record the author with a label, e.g. `LABEL org.opencontainers.image.authors="you@example.com"`, in the final stage so it reaches the image.',
  url: hadolintUrl('DL4000'),
  check(input) {
    return input.parsed.instructions.flatMap((ins) => (ins.keyword === 'MAINTAINER' ? [at(ins, 'MAINTAINER is deprecated')] : []));
  },
};
