// DL3007: FROM image:latest (a digest pins it, though).
import type { LintRule } from '../../types';
import { splitImage } from '../../refs';
import { at, hadolintUrl } from '../util';

export const dl3007: LintRule = {
  id: 'DL3007',
  source: 'hadolint',
  severity: 'warning',
  explanation:
    '`:latest` is just a tag that points at whatever was pushed last, so the base image can change under you between builds (and the build cache hides it until it does not). ' +
    'Pin a release tag such as `node:20.11-alpine`; in multi-stage builds pin every stage\'s base, builders included.',
  url: hadolintUrl('DL3007'),
  check(input) {
    return input.parsed.instructions.flatMap((ins) => {
      if (ins.keyword !== 'FROM') return [];
      const { tag, digest } = splitImage(ins.image);
      return tag === 'latest' && digest === null
        ? [at(ins, 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag')]
        : [];
    });
  },
};
