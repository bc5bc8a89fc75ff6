// RedundantTargetPlatform (dockerfile2llb.reportRedundantTargetPlatform): `FROM
// --platform=$TARGETPLATFORM`, which is what every stage gets anyway.
import type { LintRule } from '../../types';
import { expand } from '../../expand';
import { model } from '../../model';
import { at, buildkitUrl } from '../util';

export const redundantTargetPlatform: LintRule = {
  id: 'RedundantTargetPlatform',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'Every stage is built for the target platform unless told otherwise, so `--platform=$TARGETPLATFORM` changes nothing. ' +
    'The flag is useful the other way round: `--platform=$BUILDPLATFORM` runs a builder stage natively and cross-compiles for the target.',
  url: buildkitUrl('redundant-target-platform'),
  check(input) {
    const m = model(input);
    return m.stages.flatMap(({ from }) => {
      if (from.platform === null) return [];
      const e = expand(from.platform, m.metaEnv, m.escape);
      const redundant = e.matched.size === 1 && e.unmatched.size === 0 && e.matched.has('TARGETPLATFORM') && e.value === m.metaEnv.get('TARGETPLATFORM');
      return redundant ? [at(from, `Setting platform to predefined ${from.platform} in FROM is redundant as this is the default behavior`)] : [];
    });
  },
};
