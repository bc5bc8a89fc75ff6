// Timing helpers: nearest-rank percentiles over per-run wall times (performance.now()).

export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Runs fn until `budgetMs` is used (at least `min`, at most `max` times) after a warm-up. */
export function sample(fn: () => void, opts: { budgetMs: number; min: number; max: number; warmup: number }): number[] {
  for (let i = 0; i < opts.warmup; i++) fn();
  const out: number[] = [];
  const start = performance.now();
  while (out.length < opts.max && (out.length < opts.min || performance.now() - start < opts.budgetMs)) out.push(time(fn));
  return out;
}

export const round = (ms: number): number => Math.round(ms * 1000) / 1000;
