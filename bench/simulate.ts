// `npm run bench [-- --json]`: how long the engine's build() takes, engine only (no Docker build,
// contexts read and base image loaded before timing). Conformance cases stand for lesson-sized
// Dockerfiles; generated Dockerfiles of 10..5,000 instructions show how the cost grows.
import { availableParallelism, loadavg } from 'node:os';
import { build } from '../src/engine/index';
import type { BuildInput } from '../src/engine/types';
import { readContext } from '../src/cli/read-context';
import { buildArgsOf, loadCases, materialize } from '../tests/conformance/harness/cases';
import { BASE_REF, loadBase, savedImage } from './base-image';
import { generateBuild } from './generate';
import { percentile, round, sample, time } from './measure';

const GOALS = { lessonP50Ms: 0.5, n1000P50Ms: 20, maxGrowthRatio: 6, max64kbMs: 50 };

/** Inputs just under 64 KB that stress one pass each (found by tests/property); goal: < 50 ms. */
const LARGE_INPUTS: [string, string][] = [
  ['7000 × RUN true', 'RUN true\n'.repeat(7000)],
  ['4600 × COPY', 'COPY a.txt /x\n'.repeat(4600)],
  ['6000 × LABEL', 'LABEL a=b\n'.repeat(6000)],
  ['3000 nested $(echo ...)', `RUN echo ${'$(echo '.repeat(3000)}x${')'.repeat(3000)}\n`],
];
const SIZES = [10, 100, 1000, 5000] as const;
// Per size: time budget and bounds on the number of measured runs (the whole bench stays < 60 s).
const BUDGET: Record<(typeof SIZES)[number], { budgetMs: number; min: number; max: number; warmup: number }> = {
  10: { budgetMs: 1500, min: 100, max: 5000, warmup: 200 },
  100: { budgetMs: 2000, min: 50, max: 2000, warmup: 50 },
  1000: { budgetMs: 4000, min: 15, max: 500, warmup: 5 },
  5000: { budgetMs: 8000, min: 8, max: 200, warmup: 2 },
};
const CASE_ROUNDS = { warmup: 30, budgetMs: 8000, min: 30, max: 400 };

const json = process.argv.includes('--json');
const log = (line = '') => {
  if (!json) console.log(line);
};

const base = loadBase();
const images = { [BASE_REF]: base.image };
log(`stagecraft bench: engine build() only, no Docker builds (node ${process.version})`);
log(`base image: ${base.source}`);
// Wall-clock figures on a busy machine are inflated; say so rather than report them silently.
const load = loadavg()[0]!;
const cpus = availableParallelism();
if (load > cpus * 0.75) log(`warning: load average ${load.toFixed(1)} on ${cpus} CPUs: other processes compete, figures are inflated`);
log();

// ---- conformance cases, interleaved round by round so drift hits every case alike ----
// Like the conformance suite, give each case every local/* image its FROM lines name; a case
// whose image cannot be had here is left out rather than timed on a guessed base.
const extra = new Map<string, ReturnType<typeof savedImage>>();
const skipped: string[] = [];
const cases = loadCases().flatMap((c) => {
  const refs = [...c.dockerfile.matchAll(/^\s*FROM\s+(?:--\S+\s+)*(local\/\S+)/gim)].map((m) => m[1]!).filter((r) => r !== BASE_REF);
  for (const r of refs) if (!extra.has(r)) extra.set(r, savedImage(r));
  const missing = refs.filter((r) => !extra.get(r));
  if (missing.length) {
    skipped.push(`${c.name} (needs ${missing.join(', ')})`);
    return [];
  }
  const caseImages = { ...images, ...Object.fromEntries(refs.map((r) => [r, extra.get(r)!])) };
  const dir = materialize(c, false);
  const input: BuildInput = { dockerfile: c.dockerfile, context: readContext(dir.context), buildArgs: buildArgsOf(c, false), secrets: c.spec.secrets ?? {}, images: caseImages, ...(c.spec.target ? { target: c.spec.target } : {}) };
  dir.cleanup();
  return [{ name: c.name, input, ok: build(input).ok, expectError: Boolean(c.spec.expectError), samples: [] as number[] }];
});
for (let r = 0; r < CASE_ROUNDS.warmup; r++) for (const c of cases) build(c.input);
const started = performance.now();
for (let r = 0; r < CASE_ROUNDS.max && (r < CASE_ROUNDS.min || performance.now() - started < CASE_ROUNDS.budgetMs); r++) {
  for (const c of cases) c.samples.push(time(() => build(c.input)));
}
const pooled = cases.flatMap((c) => c.samples);
const casesP50 = percentile(pooled, 50);
const casesP95 = percentile(pooled, 95);

log(`conformance cases: ${cases.length} cases x ${cases[0]?.samples.length ?? 0} runs`);
if (skipped.length) log(`  left out (base image not available here): ${skipped.join('; ')}`);
log(`  ${'case'.padEnd(36)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}  result`);
for (const c of cases) log(`  ${c.name.padEnd(36)}${fmt(percentile(c.samples, 50))}${fmt(percentile(c.samples, 95))}  ${c.ok ? 'ok' : c.expectError ? 'build error (as the case expects)' : 'BUILD ERROR (unexpected)'}`);
log(`  ${'all cases (pooled runs)'.padEnd(36)}${fmt(casesP50)}${fmt(casesP95)}  goal: p50 <= ${GOALS.lessonP50Ms} ms ${verdict(casesP50 <= GOALS.lessonP50Ms)}`);
log();

// ---- generated Dockerfiles ----
const generated = SIZES.map((n) => {
  const g = generateBuild(n, BASE_REF);
  const input: BuildInput = { dockerfile: g.dockerfile, context: g.context, images };
  const check = build(input);
  if (!check.ok) throw new Error(`generated Dockerfile of ${n} instructions fails to build: ${check.error?.message} (line ${check.error?.line})`);
  if (check.stages.some((s) => !s.built)) throw new Error(`generated Dockerfile of ${n} instructions skips a stage`);
  const samples = sample(() => build(input), BUDGET[n]);
  return { n, stages: check.stages.length, steps: check.steps.length, runs: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95) };
});
const at = (n: number) => generated.find((g) => g.n === n)!;
const ratio = at(5000).p50 / at(1000).p50;

log('generated Dockerfiles (FROM/ARG/ENV/WORKDIR/COPY/RUN echo,mkdir,cp; stages chained by COPY --from)');
log(`  ${'instructions'.padEnd(14)}${'stages'.padStart(7)}${'steps'.padStart(7)}${'runs'.padStart(7)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}  goal`);
for (const g of generated) {
  const goal = g.n === 1000 ? `p50 <= ${GOALS.n1000P50Ms} ms ${verdict(g.p50 <= GOALS.n1000P50Ms)}` : g.n === 10 ? `p50 <= ${GOALS.lessonP50Ms} ms ${verdict(g.p50 <= GOALS.lessonP50Ms)}` : '';
  log(`  ${String(g.n).padEnd(14)}${String(g.stages).padStart(7)}${String(g.steps).padStart(7)}${String(g.runs).padStart(7)}${fmt(g.p50, 10)}${fmt(g.p95, 10)}  ${goal}`);
}
log(`  growth n5000/n1000 (p50): ${ratio.toFixed(2)}  goal: linear, ~5 (<= ${GOALS.maxGrowthRatio}) ${verdict(ratio <= GOALS.maxGrowthRatio)}`);

// ---- inputs under 64 KB: the issue's bound for any input that size ----
const large = LARGE_INPUTS.map(([name, body]) => {
  const input: BuildInput = { dockerfile: `FROM ${BASE_REF}\n${body}`, context: [{ path: 'a.txt', type: 'file', content: 'a\n' }], images: { [BASE_REF]: base.image } };
  const samples = sample(() => void build(input), { budgetMs: 1500, min: 3, max: 20, warmup: 1 });
  return { name, bytes: input.dockerfile.length, p50: percentile(samples, 50), max: Math.max(...samples) };
});
const largeWorst = Math.max(...large.map((l) => l.p50));
log('inputs under 64 KB (one stressed pass each)');
for (const l of large) log(`  ${`${l.name} (${(l.bytes / 1024).toFixed(0)} KB)`.padEnd(36)}${fmt(l.p50)}  goal: < ${GOALS.max64kbMs} ms ${verdict(l.p50 < GOALS.max64kbMs)}`);

if (json) {
  const figures: Record<string, unknown> = { base_image: base.source, load_average: Math.round(load * 100) / 100, cpus, cases_p50_ms: round(casesP50), cases_p95_ms: round(casesP95) };
  for (const g of generated) Object.assign(figures, { [`n${g.n}_p50_ms`]: round(g.p50), [`n${g.n}_p95_ms`]: round(g.p95) });
  figures.n5000_over_n1000 = Math.round(ratio * 100) / 100;
  figures.max_64kb_p50_ms = round(largeWorst);
  figures.large_inputs = Object.fromEntries(large.map((l) => [l.name, { bytes: l.bytes, p50_ms: round(l.p50) }]));
  figures.goals = { cases_p50_ms: GOALS.lessonP50Ms, n1000_p50_ms: GOALS.n1000P50Ms, n5000_over_n1000_max: GOALS.maxGrowthRatio, max_64kb_ms: GOALS.max64kbMs };
  figures.goals_met = { cases: casesP50 <= GOALS.lessonP50Ms, n1000: at(1000).p50 <= GOALS.n1000P50Ms, linear: ratio <= GOALS.maxGrowthRatio, max_64kb: largeWorst < GOALS.max64kbMs };
  figures.cases_left_out = skipped;
  figures.per_case = Object.fromEntries(cases.map((c) => [c.name, { p50_ms: round(percentile(c.samples, 50)), p95_ms: round(percentile(c.samples, 95)), ok: c.ok }]));
  console.log(JSON.stringify({ simulate: figures }));
}

function fmt(ms: number, width = 9): string {
  return ms.toFixed(3).padStart(width);
}

function verdict(met: boolean): string {
  return met ? 'MET' : 'MISSED';
}
