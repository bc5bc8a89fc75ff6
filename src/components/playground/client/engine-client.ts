// Runs builds in the engine worker. Only the newest run matters: a new run cancels a stale one
// (its answer is dropped, and a worker still busy with it is replaced), and a run that takes
// longer than the time limit ends the worker, which is respawned for the next run.
import type { BuildInput } from '../../../engine/types';
import type { RunRequest, RunResponse } from '../protocol';
import EngineWorker from '../engine.worker?worker';

export const TIME_LIMIT_MS = 2000;

export type Outcome =
  | Extract<RunResponse, { ok: true }>
  | { ok: false; kind: 'crash'; message: string }
  | { ok: false; kind: 'timeout' };

export class EngineClient {
  private worker: Worker | null = null;
  private busy = false;
  private latest = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private onOutcome: (o: Outcome) => void;

  constructor(onOutcome: (o: Outcome) => void, private limit = TIME_LIMIT_MS) {
    this.onOutcome = onOutcome;
  }

  private spawn(): Worker {
    const w = new EngineWorker();
    w.onmessage = (e: MessageEvent<RunResponse>) => {
      const r = e.data;
      if (r.id !== this.latest) return; // a stale answer
      this.busy = false;
      this.clearTimer();
      this.onOutcome(r.ok ? r : { ok: false, kind: 'crash', message: r.crash });
    };
    w.onerror = (e) => {
      e.preventDefault();
      this.kill();
      this.onOutcome({ ok: false, kind: 'crash', message: e.message || 'the simulator worker failed to start' });
    };
    return w;
  }

  run(input: BuildInput, alternative: boolean): number {
    const id = ++this.latest;
    // A worker busy with a stale run is replaced, not waited for.
    if (this.busy) this.kill();
    this.worker ??= this.spawn();
    this.busy = true;
    this.clearTimer();
    this.timer = setTimeout(() => {
      if (id !== this.latest) return;
      this.kill();
      this.onOutcome({ ok: false, kind: 'timeout' });
    }, this.limit);
    const req: RunRequest = { id, input, alternative };
    this.worker.postMessage(req);
    return id;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private kill(): void {
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
    this.clearTimer();
  }

  dispose(): void {
    this.kill();
  }
}
