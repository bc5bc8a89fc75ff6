// The engine's home in the browser: builds run here, off the main thread, so a slow or
// pathological Dockerfile never freezes the page (the page terminates this worker after ~2 s).
import '../../lib/buffer-shim';
import { build } from '../../engine/index';
import { kitchenStage, stageLabel } from './model/input';
import type { Alternative } from './model/size';
import type { RunRequest, RunResponse } from './protocol';

function alternative(req: RunRequest, target: string, result: ReturnType<typeof build>): Alternative | null {
  if (!req.alternative || !result.ok) return null;
  const stage = kitchenStage(result, target);
  if (!stage) return null;
  if (!stage.name) {
    return { stage: stageLabel(stage), result: null, why: `The final stage copies from ${stageLabel(stage)}, which has no name, so it cannot be built as a --target on its own. Name it (FROM ... AS build) to see the comparison.` };
  }
  const { previous: _previous, ...rest } = req.input;
  return { stage: stage.name, result: build({ ...rest, target: stage.name }) };
}

self.onmessage = (e: MessageEvent<RunRequest>) => {
  const req = e.data;
  const started = performance.now();
  let response: RunResponse;
  try {
    const result = build(req.input);
    const alt = alternative(req, req.input.target ?? '', result);
    response = { id: req.id, ok: true, result, alternative: alt, ms: performance.now() - started };
  } catch (err) {
    response = { id: req.id, ok: false, crash: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(response);
};
