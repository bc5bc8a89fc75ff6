// The Cache panel: each step of this build, CACHED or rebuilt, with the engine's reason, as
// compared with the previous successful build.
import type { BuildResult, StepStatus } from '../../../engine/types';
import { stageLabel } from './input';

export interface CacheRow {
  n: number;
  stage: string;
  step: string;
  instruction: string;
  line: number;
  status: StepStatus;
  cached: boolean;
  reason: string;
}

export interface CacheView {
  /** False on the first build: there is nothing to compare with yet. */
  compared: boolean;
  rows: CacheRow[];
  cached: number;
  rebuilt: number;
  summary: string;
}

export function cacheView(result: BuildResult, compared: boolean): CacheView {
  const rows = result.steps.map((s, i): CacheRow => {
    const stage = result.stages[s.stage];
    return {
      n: i + 1,
      stage: stage ? stageLabel(stage) : `stage-${s.stage}`,
      step: s.step,
      instruction: s.instruction.replace(/\r?\n/g, '\\n'),
      line: s.line,
      status: s.status,
      cached: s.status === 'CACHED',
      reason: s.status === 'ERROR' ? 'the build failed at this step' : (s.reason ?? (compared ? '' : 'first build: nothing to reuse yet')),
    };
  });
  const cached = rows.filter((r) => r.cached).length;
  const rebuilt = rows.filter((r) => r.status === 'DONE').length;
  const summary = !compared
    ? 'This is the first build, so every step runs. Change something (a line, a file, a build arg) and the steps show whether BuildKit would reuse them.'
    : rows.length === 0
      ? 'No steps ran.'
      : `${cached} of ${rows.length} step${rows.length === 1 ? '' : 's'} CACHED, ${rebuilt} rebuilt${rows.some((r) => r.status === 'ERROR') ? ', 1 failed' : ''}, compared with the previous successful build.`;
  return { compared, rows, cached, rebuilt, summary };
}
