// The Stages panel: the stage graph laid out in BuildKit's parallel lanes, with the target
// marked as the plate and the stages the target does not need greyed out with the reason.
import type { BuildResult } from '../../../engine/types';
import { stageLabel, targetIndex } from './input';

export type StageRole = 'plate' | 'kitchen' | 'skipped' | 'failed' | 'stopped';

export interface StageNode {
  index: number;
  label: string;
  /** FROM, after ARG expansion. */
  base: string;
  /** True when FROM names another stage. */
  baseIsStage: boolean;
  line: number;
  lane: number;
  built: boolean;
  role: StageRole;
  skippedReason: string | null;
  needs: { index: number; label: string }[];
  /** Stages that need this one. */
  neededBy: { index: number; label: string }[];
}

export interface StageGraph {
  nodes: StageNode[];
  lanes: number;
  edges: { from: number; to: number }[];
  /** Index of the target stage, -1 when there are no stages. */
  plate: number;
  summary: string;
}

export function stageGraph(result: BuildResult, target: string): StageGraph {
  const plate = targetIndex(result, target);
  const labels = new Map(result.stages.map((s) => [s.index, stageLabel(s)]));
  const names = new Set(result.stages.flatMap((s) => (s.name ? [s.name] : [])));
  const edges = result.stages.flatMap((s) => s.dependsOn.map((d) => ({ from: d, to: s.index })));
  const nodes = result.stages.map((s): StageNode => {
    const role: StageRole = !s.built
      ? s.skippedReason === 'failed'
        ? 'failed'
        : s.skippedReason?.startsWith('not needed')
          ? 'skipped'
          : 'stopped'
      : s.index === plate
        ? 'plate'
        : 'kitchen';
    return {
      index: s.index,
      label: stageLabel(s),
      base: s.base,
      baseIsStage: names.has(s.base.toLowerCase()),
      line: s.line,
      lane: s.lane,
      built: s.built,
      role: s.index === plate && role !== 'failed' && role !== 'stopped' ? 'plate' : role,
      skippedReason: s.skippedReason ?? null,
      needs: s.dependsOn.map((d) => ({ index: d, label: labels.get(d) ?? `stage-${d}` })),
      neededBy: edges.filter((e) => e.from === s.index).map((e) => ({ index: e.to, label: labels.get(e.to) ?? `stage-${e.to}` })),
    };
  });
  const built = nodes.filter((n) => n.built).length;
  const skipped = nodes.filter((n) => n.role === 'skipped').length;
  const lanes = nodes.reduce((m, n) => Math.max(m, n.lane + 1), 0);
  const parts = [`${nodes.length} stage${nodes.length === 1 ? '' : 's'}`, `${built} built`];
  if (skipped) parts.push(`${skipped} skipped (not needed by the target)`);
  if (lanes > 1) parts.push(`${lanes} parallel lanes`);
  return { nodes, lanes, edges, plate, summary: nodes.length ? parts.join(', ') : 'No stages: the Dockerfile did not get as far as planning.' };
}
