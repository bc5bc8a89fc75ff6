// DL3018: `apk add` of a package without `=version`.
import type { LintRule } from '../../types';
import { argsNoFlags, cmdHasArgs } from '../../shell';
import { at, hadolintUrl } from '../util';
import { shellOf } from './util';

export const dl3018: LintRule = {
  id: 'DL3018',
  source: 'hadolint',
  severity: 'warning',
  explanation:
    'Unpinned `apk add` installs whatever the Alpine repository has today, so a rebuild can change the image without any change to the Dockerfile. ' +
    'Pin versions (`apk add curl=8.5.0-r0`) to make rebuilds reproducible.',
  url: hadolintUrl('DL3018'),
  check(input) {
    return input.parsed.instructions.flatMap((ins) => {
      const packages = (shellOf(ins)?.commands ?? [])
        .filter((c) => cmdHasArgs(c, 'apk', ['add']))
        .flatMap((c) => argsNoFlags(c, ['t', 'virtual', 'repository', 'X']).filter((a) => a !== 'add'));
      return packages.every((p) => p.includes('='))
        ? []
        : [at(ins, 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`')];
    });
  },
};
