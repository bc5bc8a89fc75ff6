// DL3009: `apt-get update` without `rm -rf /var/lib/apt/lists/*` (nor a cache mount for the
// lists). Like hadolint, only in stages that end up in an image: the last stage, or a stage
// another FROM builds on — a builder stage you only COPY --from is not flagged.
import type { FromInstruction, Instruction } from '../../../parse/instructions';
import type { LintRule } from '../../types';
import { splitImage } from '../../refs';
import { cmdHasArgs } from '../../shell';
import { at, hadolintUrl } from '../util';
import { mountsAt, shellOf } from './util';

function forgotCleanup(ins: Instruction): boolean {
  const cmds = shellOf(ins)?.commands ?? [];
  const update = cmds.some((c) => cmdHasArgs(c, 'apt-get', ['update']));
  const cleanup = cmds.some((c) => cmdHasArgs(c, 'rm', ['-rf', '/var/lib/apt/lists/*']));
  if (!update || cleanup) return false;
  return !(mountsAt(ins, '/var/lib/apt/lists') || (mountsAt(ins, '/var/lib/apt') && mountsAt(ins, '/var/cache/apt')));
}

export const dl3009: LintRule = {
  id: 'DL3009',
  source: 'hadolint',
  severity: 'info',
  explanation:
    '`apt-get update` downloads package lists (tens of MB) into /var/lib/apt/lists; unless the same RUN deletes them they stay in that layer forever, even if a later RUN removes them. ' +
    'Clean up in the same RUN — or install in a builder stage and COPY only the results into the final stage, which leaves the lists behind.',
  url: hadolintUrl('DL3009'),
  check(input) {
    const froms = input.parsed.instructions.filter((i): i is FromInstruction => i.keyword === 'FROM');
    const last = froms[froms.length - 1];
    const images = new Set(froms.map((f) => splitImage(f.image).name));
    let stage: FromInstruction | undefined;
    return input.parsed.instructions.flatMap((ins) => {
      if (ins.keyword === 'FROM') stage = ins;
      if (!stage || !forgotCleanup(ins)) return [];
      const kept = stage === last || (stage.alias !== null && images.has(stage.alias));
      return kept ? [at(ins, 'Delete the apt-get lists after installing something')] : [];
    });
  },
};
