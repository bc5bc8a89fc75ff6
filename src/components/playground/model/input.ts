// From the playground's state to the engine's BuildInput, and the facts about the target that
// the panels need. Pure: no DOM, no engine calls.
import type { BuildInput, BuildResult, ContextEntry, PreviousBuild, StageReport } from '../../../engine/types';
import { DOCKERFILE_NAME, type KeyValue, type PlaygroundState } from '../../../lib/playground-state';

/** The build context as `docker build .` would send it: the files plus the Dockerfile itself. */
export function contextEntries(state: Pick<PlaygroundState, 'dockerfile' | 'files'>): ContextEntry[] {
  return [
    { path: DOCKERFILE_NAME, type: 'file', content: state.dockerfile, mode: 0o644 },
    ...state.files.map((f): ContextEntry => ({ path: f.path, type: 'file', content: f.content, mode: 0o644 })),
  ];
}

/** Rows with an empty name are drafts the learner is still typing: they are left out. */
export function record(rows: KeyValue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) if (r.key.trim() !== '') out[r.key.trim()] = r.value;
  return out;
}

export function toBuildInput(state: PlaygroundState, previous?: PreviousBuild): BuildInput {
  const input: BuildInput = {
    dockerfile: state.dockerfile,
    context: contextEntries(state),
    buildArgs: record(state.buildArgs),
    secrets: record(state.secrets),
  };
  if (state.target !== '') input.target = state.target;
  if (previous) input.previous = previous;
  return input;
}

/** What a later build compares against for the cache report (no secrets: they are not cache inputs). */
export function asPrevious(input: BuildInput): PreviousBuild {
  return { dockerfile: input.dockerfile, context: input.context, buildArgs: input.buildArgs ?? {} };
}

export function stageLabel(s: Pick<StageReport, 'index' | 'name'>): string {
  return s.name ?? `stage-${s.index}`;
}

/** The stage the build targets: the named one, else the last. -1 when there are no stages. */
export function targetIndex(result: BuildResult, target: string): number {
  if (!result.stages.length) return -1;
  if (target !== '') {
    const t = result.stages.findIndex((s) => s.name !== null && s.name === target.toLowerCase());
    if (t >= 0) return t;
  }
  return result.stages.length - 1;
}

/** Stage names the target selector offers (only named stages can be a --target). */
export function targetChoices(result: BuildResult | null): string[] {
  return (result?.stages ?? []).flatMap((s) => (s.name ? [s.name] : []));
}

/**
 * The "single-stage alternative": the stage the plate copies from first (its kitchen). Building
 * it as the target gives the image you would ship if you never left the kitchen.
 */
export function kitchenStage(result: BuildResult, target: string): StageReport | null {
  const t = targetIndex(result, target);
  if (t < 0) return null;
  const deps = [...result.stages[t]!.dependsOn].sort((a, b) => a - b);
  for (const d of deps) {
    const s = result.stages[d];
    if (s && s.built && d !== t) return s;
  }
  return null;
}
