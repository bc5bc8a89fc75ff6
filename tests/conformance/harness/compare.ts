// Puts the engine's result and the real image into the same plain shapes, so a mismatch reads as a
// short diff: history rows, per-layer changes, final files, config, stages that ran, CACHED steps.
import { mergeLayers } from '../../../src/engine/images/merge';
import type { BaseImage, BuildResult, LayerChange } from '../../../src/engine/types';
import type { RealStep } from './docker';

export function historyRows(h: { created_by: string; empty_layer: boolean; size: number; comment?: string }[]): string[] {
  return h.map((e) => `${e.empty_layer ? 'config' : 'layer '} ${String(e.size).padStart(7)}  ${JSON.stringify(e.created_by)}  ${e.comment ?? ''}`);
}

export function changeRow(c: LayerChange): string {
  if (c.kind === 'whiteout' || c.kind === 'opaque') return `${c.kind} ${c.path}`;
  const size = c.type === 'file' ? ` ${c.size}` : '';
  return `${c.type} ${c.path} ${c.mode.toString(8).padStart(4, '0')} ${c.uid}:${c.gid}${size}${c.link !== undefined ? ' -> ' + c.link : ''}`;
}

/** Changes of the layers the build made (base layers excluded), one list per layer. */
export function builtLayers(layers: { changes: LayerChange[] }[], baseCount: number): string[][] {
  return layers.slice(baseCount).map((l) => l.changes.map(changeRow).sort());
}

export function fileRows(files: { path: string; type: string; size: number; mode: number; uid: number; gid: number; link?: string }[]): string[] {
  return files
    .map((f) => `${f.type} ${f.path} ${f.mode.toString(8).padStart(4, '0')} ${f.uid}:${f.gid}${f.type === 'file' ? ' ' + f.size : ''}${f.link !== undefined ? ' -> ' + f.link : ''}`)
    .sort();
}

export function realFiles(image: BaseImage) {
  return mergeLayers(image.layers);
}

/** Stage index of a progress label, given the engine's stage names. */
export function stageOfLabel(label: string | null, names: (string | null)[]): number {
  if (label === null) return 0;
  const m = /^stage-(\d+)$/.exec(label);
  if (m) return Number(m[1]);
  return names.indexOf(label);
}

/** Steps (excluding FROM, whose CACHED/DONE the engine reports inconsistently) as "stage i/n STATUS". */
export function realStepRows(steps: RealStep[], names: (string | null)[]): string[] {
  return steps
    .filter((s) => !s.text.startsWith('FROM '))
    .map((s) => `${stageOfLabel(s.label, names)} ${s.index}/${s.total} ${s.status}`)
    .sort();
}

export function engineStepRows(result: BuildResult): string[] {
  return result.steps.filter((s) => !s.instruction.startsWith('FROM ')).map((s) => `${s.stage} ${s.step} ${s.status}`).sort();
}

export function realStagesRun(steps: RealStep[], names: (string | null)[]): number[] {
  return [...new Set(steps.filter((s) => !s.text.startsWith('FROM ')).map((s) => stageOfLabel(s.label, names)))].sort((a, b) => a - b);
}

export function engineStagesRun(result: BuildResult): number[] {
  const withSteps = new Set(result.steps.filter((s) => !s.instruction.startsWith('FROM ')).map((s) => s.stage));
  return result.stages.filter((s) => s.built && withSteps.has(s.index)).map((s) => s.index);
}
