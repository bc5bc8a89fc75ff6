// DL3022: COPY --from a name that is no earlier stage. An image reference with a ':' (an
// external image) and a stage index that exists are fine; names compare case-sensitively.
import type { LintRule } from '../../types';
import { at, hadolintUrl } from '../util';

export const dl3022: LintRule = {
  id: 'DL3022',
  source: 'hadolint',
  severity: 'warning',
  explanation:
    '`COPY --from=<name>` looks for a stage of that name defined earlier; if there is none, BuildKit treats the name as an image to pull from a registry, which is rarely what you meant. ' +
    'Check the spelling and order of your stages, or write the image with a tag (`--from=nginx:1.27`) when you really mean an image. ' +
    'hadolint compares names case-sensitively; BuildKit does not (`--from=BUILD` finds `AS build`), so a name that differs only in case still builds, but is worth writing the same way.',
  url: hadolintUrl('DL3022'),
  check(input) {
    const aliases = new Set<string>();
    let count = 0;
    return input.parsed.instructions.flatMap((ins) => {
      if (ins.keyword === 'FROM') {
        count++;
        if (ins.alias !== null) aliases.add(ins.alias);
        return [];
      }
      if (ins.keyword !== 'COPY' || ins.from === null) return [];
      const from = ins.from;
      if (from.replace(/^["']|["']$/g, '').includes(':') || aliases.has(from)) return [];
      if (/^[0-9]+/.test(from) && parseInt(from, 10) < count) return [];
      return [at(ins, '`COPY --from` should reference a previously defined `FROM` alias')];
    });
  },
};
