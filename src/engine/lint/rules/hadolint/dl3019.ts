// DL3019: `apk add` without `--no-cache` (unless a cache or tmpfs mount holds /var/cache/apk).
import type { LintRule } from '../../types';
import { cmdHasArgs, hasFlag } from '../../shell';
import { at, hadolintUrl } from '../util';
import { mountsAt, shellOf } from './util';

export const dl3019: LintRule = {
  id: 'DL3019',
  source: 'hadolint',
  severity: 'info',
  explanation:
    'Without `--no-cache`, apk keeps its package index in /var/cache/apk, and that layer ships with the image. ' +
    '`apk add --no-cache` fetches the index, installs and leaves nothing behind — or use a `RUN --mount=type=cache,target=/var/cache/apk` in builder stages.',
  url: hadolintUrl('DL3019'),
  check(input) {
    return input.parsed.instructions.flatMap((ins) => {
      if (mountsAt(ins, '/var/cache/apk', ['cache', 'tmpfs'])) return [];
      const forgot = (shellOf(ins)?.commands ?? []).some((c) => cmdHasArgs(c, 'apk', ['add']) && !hasFlag(c, 'no-cache'));
      return forgot ? [at(ins, 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages')] : [];
    });
  },
};
