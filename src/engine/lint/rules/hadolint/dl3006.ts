// DL3006: FROM an image without a tag. Not for scratch, a digest, a `$VARIABLE` image, or an
// earlier stage's name (hadolint compares names case-sensitively).
import type { LintRule } from '../../types';
import { splitImage } from '../../refs';
import { at, hadolintUrl } from '../util';

export const dl3006: LintRule = {
  id: 'DL3006',
  source: 'hadolint',
  severity: 'warning',
  explanation:
    'Without a tag, FROM means `:latest`, which moves whenever the image is republished: two builds of the same Dockerfile can get different bases. ' +
    'Pin a version tag (or a digest). `FROM <stage>` of your own earlier stage needs no tag — it is not an image.',
  url: hadolintUrl('DL3006'),
  check(input) {
    const aliases = new Set<string>();
    return input.parsed.instructions.flatMap((ins) => {
      if (ins.keyword !== 'FROM') return [];
      const { name, tag, digest } = splitImage(ins.image);
      const untagged = name !== 'scratch' && digest === null && tag === null && !name.startsWith('$') && !aliases.has(name);
      if (ins.alias !== null) aliases.add(ins.alias);
      return untagged ? [at(ins, 'Always tag the version of an image explicitly')] : [];
    });
  },
};
