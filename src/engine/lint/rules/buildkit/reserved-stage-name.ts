// ReservedStageName (dockerfile2llb.validateStageNames): a stage called "scratch" or "context".
import { goQuote } from '../../../build/gofmt';
import type { LintRule } from '../../types';
import { model } from '../../model';
import { at, buildkitUrl } from '../util';

const RESERVED = new Set(['context', 'scratch']);

export const reservedStageName: LintRule = {
  id: 'ReservedStageName',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    '`scratch` (the empty image) and `context` (the build context) already mean something in `FROM` and `COPY --from`. ' +
    'A stage with one of these names is ambiguous: a later `FROM scratch` or `--from=context` would not refer to your stage.',
  url: buildkitUrl('reserved-stage-name'),
  check(input) {
    return model(input).stages.flatMap((s) =>
      s.name !== null && RESERVED.has(s.name) ? [at(s.from, `Stage name should not use the same name as reserved stage ${goQuote(s.name)}`)] : [],
    );
  },
};
