// DL3025: CMD or ENTRYPOINT in shell form.
import type { LintRule } from '../../types';
import { at, hadolintUrl } from '../util';

export const dl3025: LintRule = {
  id: 'DL3025',
  source: 'hadolint',
  severity: 'warning',
  explanation:
    'In shell form the command runs under `/bin/sh -c`, so the shell — not your program — is PID 1 and receives `docker stop`\'s SIGTERM, which it does not forward. ' +
    'Write `CMD ["executable", "arg"]` so the program gets signals and can shut down cleanly.',
  url: hadolintUrl('DL3025'),
  check(input) {
    return input.parsed.instructions.flatMap((ins) =>
      (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && ins.argv === null ? [at(ins, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments')] : [],
    );
  },
};
