// InvalidBaseImagePlatform (dockerfile2llb.validateBaseImagePlatform): the base image resolved
// for a dispatched stage is for another OS/architecture than the stage is built for. Needs the
// image's platform: lint only knows it for images given to the build with `os`/`architecture`.
import { goQuote } from '../../../build/gofmt';
import type { LintRule } from '../../types';
import { expand } from '../../expand';
import { model } from '../../model';
import { formatPlatform, parsePlatform } from '../../refs';
import { at, buildkitUrl } from '../util';

export const invalidBaseImagePlatform: LintRule = {
  id: 'InvalidBaseImagePlatform',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'The base image exists only for another platform than the one this stage is built for, so its binaries may not run (or run slowly under emulation). ' +
    'Pick a multi-platform image, or set `FROM --platform=$BUILDPLATFORM` on builder stages that only produce files for the final stage.',
  url: buildkitUrl('invalid-base-image-platform'),
  check(input) {
    const m = model(input);
    return m.stages.flatMap((s) => {
      if (!s.dispatched || s.parent !== null || s.base === 'scratch') return [];
      const img = m.image(s.base);
      if (!img?.os || !img.architecture) return [];
      const expected = (s.from.platform === null ? null : parsePlatform(expand(s.from.platform, m.metaEnv, m.escape).value, m.platform.architecture)) ?? m.platform;
      const actual = { os: img.os, architecture: img.architecture, variant: img.variant ?? '' };
      const a = parsePlatform(formatPlatform(actual)) ?? actual;
      if (a.os === expected.os && a.architecture === expected.architecture) return [];
      return [at(s.from, `Base image ${s.base} was pulled with platform ${goQuote(formatPlatform(a))}, expected ${goQuote(formatPlatform(expected))} for current build`)];
    });
  },
};
