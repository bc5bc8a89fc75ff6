// DL3003: `cd` in a RUN.
import type { LintRule } from '../../types';
import { at, hadolintUrl } from '../util';
import { shellOf } from './util';

export const dl3003: LintRule = {
  id: 'DL3003',
  source: 'hadolint',
  severity: 'warning',
  explanation:
    'A `cd` inside RUN only lasts for that one RUN; the next instruction starts again in the WORKDIR, which surprises readers. ' +
    '`WORKDIR /path` changes the directory for all later instructions of the stage (and creates it if needed).',
  url: hadolintUrl('DL3003'),
  check(input) {
    return input.parsed.instructions.flatMap((ins) =>
      shellOf(ins)?.commands.some((c) => c.name === 'cd') ? [at(ins, 'Use WORKDIR to switch to a directory')] : [],
    );
  },
};
