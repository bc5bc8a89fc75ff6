// The counts on the tabs, computed from the result without loading the panels themselves.
import type { View } from './types';

export const BADGES: Record<string, (v: View) => string> = {
  layers: (v) => (v.result.image ? String(v.result.image.layers.length) : ''),
  leaks: (v) => (v.result.findings.length ? String(v.result.findings.length) : ''),
  cache: (v) => {
    const c = v.result.steps.filter((s) => s.status === 'CACHED').length;
    return v.compared && v.result.steps.length ? `${c}/${v.result.steps.length}` : '';
  },
};
