// MaintainerDeprecated (instructions.ParseInstructionWithLinter): any MAINTAINER.
import type { LintRule } from '../../types';
import { at, buildkitUrl } from '../util';

export const maintainerDeprecated: LintRule = {
  id: 'MaintainerDeprecated',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    '`MAINTAINER` is deprecated: it only sets the image\'s legacy Author field. ' +
    'Use `LABEL org.opencontainers.image.authors="…"` instead, in the stage that produces the final image (labels of builder stages do not reach it).',
  url: buildkitUrl('maintainer-deprecated'),
  check(input) {
    return input.parsed.instructions.flatMap((ins) => (ins.keyword === 'MAINTAINER' ? [at(ins, 'Maintainer instruction is deprecated in favor of using label')] : []));
  },
};
