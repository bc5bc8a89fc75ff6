// What a finding rule sees: the whole build (every stage, step and layer), not only the image.
import type { StageState } from '../../build/state';
import type { StepRecord } from '../../build/execute';
import type { BuildPlan } from '../../build/plan';
import type { Instruction } from '../../parse/instructions';
import type { Finding, ImageReport } from '../../types';

export interface InspectContext {
  plan: BuildPlan;
  /** Built stages by index (null: not built). */
  states: (StageState | null)[];
  steps: StepRecord[];
  /** The target stage and the image it makes. */
  final: StageState;
  image: ImageReport;
  /** Indices of the stages the final image is built FROM (its chain), target included. */
  finalChain: Set<number>;
  buildArgs: Map<string, string>;
  /** Secret id → value provided with --secret (values are searched for in layers and history). */
  secrets: Map<string, string>;
  instructions: Instruction[];
}

/** A finding rule: one module, registered in ./index.ts. */
export type FindingRule = (ctx: InspectContext) => Finding[];
