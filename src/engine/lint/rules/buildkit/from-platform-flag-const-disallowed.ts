// FromPlatformFlagConstDisallowed (dockerfile2llb.reportConstPlatformDisallowed): `FROM
// --platform=linux/amd64` with a constant, unless the stage name mentions that OS or arch.
import { goQuote } from '../../../build/gofmt';
import type { LintRule } from '../../types';
import { expand } from '../../expand';
import { model } from '../../model';
import { parsePlatform } from '../../refs';
import { at, buildkitUrl } from '../util';

export const fromPlatformFlagConstDisallowed: LintRule = {
  id: 'FromPlatformFlagConstDisallowed',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'A hard-coded `--platform` pins the stage to one platform, so `docker build --platform …` and multi-platform builds silently produce that platform anyway. ' +
    'Use `$BUILDPLATFORM` or `$TARGETPLATFORM`; if the stage really is platform-specific, say so in its name (e.g. `AS build-amd64`).',
  url: buildkitUrl('from-platform-flag-const-disallowed'),
  check(input) {
    const m = model(input);
    return m.stages.flatMap(({ from, name }) => {
      if (from.platform === null) return [];
      const e = expand(from.platform, m.metaEnv, m.escape);
      if (e.matched.size || e.unmatched.size) return [];
      const p = parsePlatform(e.value, m.platform.architecture);
      if (!p) return [];
      const stage = name ?? '';
      if (stage.includes(p.os) || stage.includes(p.architecture)) return [];
      return [at(from, `FROM --platform flag should not use constant value ${goQuote(e.value)}`)];
    });
  },
};
