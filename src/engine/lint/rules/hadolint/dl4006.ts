// DL4006: a RUN with a pipe while the stage's SHELL lacks `-o pipefail`. Each FROM starts over;
// a SHELL of bash, zsh or ash with `-o pipefail` (or a non-POSIX shell such as pwsh) clears it.
import type { LintRule } from '../../types';
import { hasFlag, readShell } from '../../shell';
import { at, hadolintUrl } from '../util';
import { shellOf } from './util';

const PIPEFAIL_SHELLS = ['/bin/bash', '/bin/zsh', '/bin/ash', 'bash', 'zsh', 'ash'];
const POSIX = /^(?:.*\/)?(?:sh|bash|zsh|ash|dash|ksh|mksh|busybox)$/;

export const dl4006: LintRule = {
  id: 'DL4006',
  source: 'hadolint',
  severity: 'warning',
  explanation:
    'RUN uses `/bin/sh -c`, where a pipeline\'s status is that of its last command: `curl … | tar x` "succeeds" even when the download fails, and the build carries on with a broken layer. ' +
    'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `/bin/ash` on Alpine) in each stage before such RUNs — SHELL does not carry over to a new FROM.',
  url: hadolintUrl('DL4006'),
  check(input) {
    let pipefail = false;
    return input.parsed.instructions.flatMap((ins) => {
      if (ins.keyword === 'FROM') pipefail = false;
      if (ins.keyword === 'SHELL') {
        const exe = ins.argv[0] ?? '';
        pipefail =
          exe.startsWith('pwsh') ||
          !POSIX.test(exe) ||
          readShell(ins.argv.join(' ')).commands.some((c) => PIPEFAIL_SHELLS.includes(c.name) && hasFlag(c, 'o') && c.args.includes('pipefail'));
      }
      if (ins.keyword !== 'RUN' || ins.argv !== null || pipefail) return [];
      return shellOf(ins)?.pipes
        ? [
            at(
              ins,
              'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check',
            ),
          ]
        : [];
    });
  },
};
