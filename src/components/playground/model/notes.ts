// "What the simulator assumed": the engine's notes, and every step whose command it could not
// model (its effect on the filesystem is unknown, so later steps may fail or differ from Docker).
import type { BuildResult } from '../../../engine/types';

export interface Assumption {
  text: string;
  line: number | null;
}

export function assumptions(result: BuildResult): Assumption[] {
  return [
    ...result.notes.map((text) => ({ text, line: null })),
    ...result.steps.filter((s) => s.opaque).map((s) => ({ text: `${s.instruction.replace(/\r?\n/g, '\\n')}: ${s.opaque}`, line: s.line })),
  ];
}
