// DL3002: the image's last USER is root. hadolint's Rule/DL3002.hs; judged here on the stage
// the build produces (the target), following `FROM <stage>` back to where the USER was set.
import type { LintRule } from '../../types';
import { model } from '../../model';
import { at, hadolintUrl } from '../util';

const isRoot = (u: string) => u === 'root' || u === '0' || u.startsWith('root:') || u.startsWith('0:');

export const dl3002: LintRule = {
  id: 'DL3002',
  source: 'hadolint',
  severity: 'warning',
  explanation:
    'A container whose process runs as root gives an attacker who breaks into the app full control of the container. ' +
    'In a multi-stage build only the final stage decides the runtime user: builder stages may stay root, but end the final stage with `USER <non-root>`.',
  url: hadolintUrl('DL3002'),
  check(input) {
    const m = model(input);
    const seen = new Set<number>();
    for (let i: number | null = m.target; i !== null && i >= 0 && !seen.has(i); i = m.stages[i]?.parent ?? null) {
      seen.add(i);
      const user = [...(m.stages[i]?.instructions ?? [])].reverse().find((ins) => ins.keyword === 'USER');
      if (user && user.keyword === 'USER') return isRoot(user.value) ? [at(user, 'Last USER should not be root')] : [];
    }
    return [];
  },
};
