// Messages between the page and the engine worker.
import type { BuildInput, BuildResult } from '../../engine/types';
import type { Alternative } from './model/size';

export interface RunRequest {
  id: number;
  input: BuildInput;
  /** Also build the single-stage alternative (the kitchen as the target) for the Size panel. */
  alternative: boolean;
}

export type RunResponse =
  | { id: number; ok: true; result: BuildResult; alternative: Alternative | null; ms: number }
  | { id: number; ok: false; crash: string };
