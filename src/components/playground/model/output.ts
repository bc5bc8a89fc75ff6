// The Output panel's three texts, generated from the BuildResult: a BuildKit-style
// `--progress=plain` log, the `docker history` rows and the `docker inspect` config.
import type { BuildResult, ImageConfig, ImageReport } from '../../../engine/types';
import { stageLabel } from './input';
import { humanSize } from './units';

/** One line of the build log; `kind` drives its colour. */
export interface LogLine {
  text: string;
  kind: 'step' | 'cached' | 'done' | 'opaque' | 'skipped' | 'error' | 'excerpt';
  /** Dockerfile line the log line is about, when there is one. */
  line?: number;
}

const oneLine = (s: string) => s.replace(/\r?\n/g, '\\n');

/** "#3 [build 2/6] COPY . ." ... "#3 DONE", as BuildKit's plain progress prints steps. */
export function buildLog(result: BuildResult, dockerfile: string): LogLine[] {
  const out: LogLine[] = [];
  const labelled = result.stages.length > 1;
  result.steps.forEach((step, i) => {
    const n = `#${i + 1}`;
    const [at = '', total = ''] = step.step.split('/');
    const counter = `${at.padStart(total.length)}/${total}`;
    const stage = result.stages[step.stage];
    const label = labelled && stage ? `${stageLabel(stage)} ${counter}` : counter;
    out.push({ text: `${n} [${label}] ${oneLine(step.instruction)}`, kind: 'step', line: step.line });
    if (step.opaque) out.push({ text: `${n} not modelled: ${oneLine(step.opaque)}`, kind: 'opaque', line: step.line });
    if (step.status === 'ERROR') {
      // BuildKit prints the failing step's error under its number.
      out.push({ text: `${n} ERROR: ${result.error?.message ?? 'the step failed'}`, kind: 'error', line: step.line });
      return;
    }
    const why = step.status === 'DONE' && step.reason !== undefined ? ` (cache miss: ${step.reason})` : '';
    out.push({ text: `${n} ${step.status}${why}`, kind: step.status === 'CACHED' ? 'cached' : 'done', line: step.line });
  });
  for (const s of result.stages) {
    if (!s.built && s.skippedReason !== 'failed') {
      out.push({ text: `skipped: stage ${stageLabel(s)} (line ${s.line}): ${s.skippedReason ?? 'not built'}`, kind: 'skipped', line: s.line });
    }
  }
  if (result.error) {
    const line = result.error.line;
    if (line !== null) {
      const lines = dockerfile.split('\n');
      if (line >= 1 && line <= lines.length) {
        out.push({ text: `Dockerfile:${line}`, kind: 'excerpt', line }, { text: '--------------------', kind: 'excerpt' });
        for (let i = Math.max(1, line - 2); i <= Math.min(lines.length, line + 2); i++) {
          const marker = i === line ? '>>>' : '   ';
          out.push({ text: ` ${String(i).padStart(3)} | ${marker} ${lines[i - 1]!.replace(/\r$/, '')}`, kind: 'excerpt', line: i });
        }
        out.push({ text: '--------------------', kind: 'excerpt' });
      }
    }
    out.push({ text: `ERROR: failed to solve: ${result.error.message}`, kind: 'error', ...(line !== null ? { line } : {}) });
  }
  return out;
}

export interface HistoryRow {
  /** `docker history` prints "<missing>" for layers that have no image of their own. */
  image: string;
  createdBy: string;
  size: string;
  bytes: number;
  comment: string;
  empty: boolean;
  /** Index into image.history. */
  index: number;
}

/** `docker history --no-trunc` rows, newest first. */
export function historyRows(image: ImageReport): HistoryRow[] {
  const n = image.history.length;
  return [...image.history].reverse().map((h, i) => ({
    image: i === 0 ? '<this image>' : '<missing>',
    createdBy: oneLine(h.created_by),
    size: humanSize(h.size),
    bytes: h.size,
    comment: h.comment ?? '',
    empty: h.empty_layer,
    index: n - 1 - i,
  }));
}

/** `docker inspect --format '{{json .Config}}'`, indented. */
export function inspectJson(config: ImageConfig): string {
  return JSON.stringify(config, null, 2);
}
