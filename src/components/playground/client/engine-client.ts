// Runs builds in the engine worker. Only the newest run matters: a new run cancels a stale one.
// A quick stale run is let finish (its answer is dropped) and the newest input runs right after
// it, so typing costs one build per frame, not a worker restart per keystroke; a stale run that
// is already slow is ended and the worker replaced. A run that takes longer than the time limit
// ends the worker, which is respawned for the next run.
import type { BuildInput } from '../../../engine/types';
import type { RunRequest, RunResponse } from '../protocol';
import EngineWorker from '../engine.worker?worker';

export const TIME_LIMIT_MS = 2000;
/** A stale run older than this is not worth waiting for: the worker is replaced. */
const STALE_KILL_MS = 250;

export type Outcome =
  | Extract<RunResponse, { ok: true }>
  | { ok: false; kind: 'crash'; message: string }
  | { ok: false; kind: 'timeout' };

export class EngineClient {
  private worker: Worker | null = null;
  private busy = false;
  private latest = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private startedAt = 0;
  /** The newest request, waiting for the worker to finish a stale one. */
  private queued: RunRequest | null = null;
  private onOutcome: (o: Outcome) => void;

  constructor(onOutcome: (o: Outcome) => void, private limit = TIME_LIMIT_MS) {
    this.onOutcome = onOutcome;
  }

  private spawn(): Worker {
    const w = new EngineWorker();
    w.onmessage = (e: MessageEvent<RunResponse>) => {
      const r = e.data;
      this.busy = false;
      if (r.id !== this.latest) {
        // A stale answer: drop it and start the newest request.
        const next = this.queued;
        this.queued = null;
        if (next) this.post(next);
        return;
      }
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
    const req: RunRequest = { id, input, alternative };
    if (this.busy && performance.now() - this.startedAt < STALE_KILL_MS) {
      this.queued = req;
      this.armTimer(id);
      return id;
    }
    // A worker busy with a slow stale run is replaced, not waited for.
    if (this.busy) this.kill();
    this.post(req);
    return id;
  }

  private post(req: RunRequest): void {
    this.worker ??= this.spawn();
    this.busy = true;
    this.startedAt = performance.now();
    this.armTimer(req.id);
    this.worker.postMessage(req);
  }

  private armTimer(id: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      if (id !== this.latest) return;
      this.kill();
      this.onOutcome({ ok: false, kind: 'timeout' });
    }, this.limit);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private kill(): void {
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
    this.queued = null;
    this.clearTimer();
  }

  dispose(): void {
    this.kill();
  }
}
