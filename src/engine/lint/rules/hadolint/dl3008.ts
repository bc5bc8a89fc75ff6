// DL3008: `apt-get install` of a package without `=version` (a path or a .deb is fine).
import type { LintRule } from '../../types';
import { argsNoFlags, cmdHasArgs } from '../../shell';
import { at, hadolintUrl } from '../util';
import { shellOf } from './util';

const pinned = (p: string) => p.includes('=') || p.includes('/') || p.endsWith('.deb');

export const dl3008: LintRule = {
  id: 'DL3008',
  source: 'hadolint',
  severity: 'warning',
  explanation:
    'Unpinned packages install whatever version the mirror has today, so rebuilding the same Dockerfile later can silently change the image. ' +
    'Pin versions (`apt-get install curl=7.88.1-10+deb12u5`) so rebuilds are reproducible and cache busts are deliberate.',
  url: hadolintUrl('DL3008'),
  check(input) {
    return input.parsed.instructions.flatMap((ins) => {
      const packages = (shellOf(ins)?.commands ?? [])
        .filter((c) => cmdHasArgs(c, 'apt-get', ['install']))
        .flatMap((c) => argsNoFlags(c, ['t', 'target-release']).filter((a) => a !== 'install'));
      return packages.every(pinned)
        ? []
        : [at(ins, 'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`')];
    });
  },
};
