// The cache report: a step is CACHED when an earlier build made a step with the same chained key
// (BuildKit's cache is content-addressed: same parent, same instruction, same inputs). A miss
// gets the first reason that explains it.
import type { StepRecord } from './execute';

export interface CacheVerdict {
  cached: boolean;
  reason: string;
}

export function compareCache(current: StepRecord[], previous: StepRecord[], stageLabel: (i: number) => string): CacheVerdict[] {
  const keys = new Set(previous.map((s) => s.key));
  const byPosition = new Map(previous.map((s) => [`${s.stage}:${s.index}`, s]));
  const rebuilt = new Map<number, StepRecord>();
  return current.map((step) => {
    if (keys.has(step.key)) return { cached: true, reason: 'same instruction and inputs as the previous build' };
    const earlier = rebuilt.get(step.stage);
    if (!earlier || step.inputs.kind === 'FROM') rebuilt.set(step.stage, step);
    const before = byPosition.get(`${step.stage}:${step.index}`);
    return { cached: false, reason: explain(step, before, earlier, stageLabel) };
  });
}

function explain(step: StepRecord, before: StepRecord | undefined, earlier: StepRecord | undefined, stageLabel: (i: number) => string): string {
  if (!before) return 'new step: the previous build had no step here';
  if (before.inputs.text !== step.inputs.text) return 'the instruction changed';
  if (step.inputs.files && before.inputs.files) {
    const changed = diffFiles(before.inputs.files, step.inputs.files);
    if (changed.length) return `source files changed: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ` and ${changed.length - 5} more` : ''}`;
  }
  if (step.inputs.fromKey !== before.inputs.fromKey) return `the stage or image it copies from changed`;
  if (earlier) return `an earlier step of stage ${stageLabel(step.stage)} was rebuilt (line ${earlier.line})`;
  const env = step.inputs.env;
  const beforeEnv = before.inputs.env;
  if (env && beforeEnv) {
    const prev = new Map(beforeEnv);
    const now = new Set(env.map(([n]) => n));
    const changed = env.filter(([k, v]) => prev.get(k) !== v).map(([k]) => k);
    for (const k of prev.keys()) if (!now.has(k)) changed.push(k);
    if (changed.length) return `build argument or environment changed: ${changed.join(', ')}`;
  }
  if (step.inputs.detail !== before.inputs.detail) return 'its inputs changed (user, working directory, mounts or arguments)';
  return 'a step it builds on was rebuilt';
}

function diffFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of b) if (a.get(k) !== v) out.push(k.replace(/^\//, ''));
  for (const k of a.keys()) if (!b.has(k)) out.push(k.replace(/^\//, '') + ' (removed)');
  return out;
}
