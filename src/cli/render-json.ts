// The machine-readable report: the engine's BuildResult as one JSON document, unchanged, so the
// documented format (docs/result-format.md) is the engine's own vocabulary (src/engine/types.ts).
import type { BuildResult } from '../engine/types';

export function renderJson(result: BuildResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
