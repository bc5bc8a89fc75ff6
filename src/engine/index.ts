// The engine's one entry: build(input) → BuildResult. Dockerfile text → typed instructions →
// plan → execution → inspection; every view reads the result and never re-derives it.
import { BuildContext } from './context/context';
import { compareCache } from './build/cache';
import { BuildFailure } from './build/errors';
import { execute, type Execution } from './build/execute';
import { planBuild, type BuildPlan } from './build/plan';
import { imageReport } from './inspect/image';
import { collectFindings } from './inspect/findings';
import { checkConfig, lint, lintViolationError, type LintInput } from './lint';
import { findCatalogImage } from './images/catalog';
import { parseDockerfile, ParseError, type ParsedDockerfile } from './parse/parse';
import { processWord, WordError } from './parse/words';
import type { BuildInput, BuildResult, StageReport, StepReport } from './types';

export type * from './types';
export { loadSavedImage } from './images/saved-image';

const PLATFORM_ARGS = (platform: string): [string, string][] => {
  const [os = 'linux', arch = 'amd64', variant = ''] = platform.split('/');
  const p = [os, arch, variant].filter(Boolean).join('/');
  return [
    ['TARGETPLATFORM', p], ['TARGETOS', os], ['TARGETARCH', arch], ['TARGETVARIANT', variant],
    ['BUILDPLATFORM', p], ['BUILDOS', os], ['BUILDARCH', arch], ['BUILDVARIANT', variant],
  ];
};

interface Run {
  plan: BuildPlan;
  exec: Execution;
  parsed: ReturnType<typeof parseDockerfile>;
  buildArgs: Map<string, string>;
}

function simulate(input: BuildInput, onParsed?: (parsed: ParsedDockerfile) => void): Run {
  const parsed = parseDockerfile(input.dockerfile);
  onParsed?.(parsed);
  // An unreadable `# check=` directive fails the build before anything runs.
  const check = checkConfig(input.dockerfile).error;
  if (check) throw new ParseError(check, 1);
  const buildArgs = new Map(Object.entries(input.buildArgs ?? {}));
  // Predefined platform ARGs, then global ARGs (defaults expanded in order, --build-arg wins).
  const metaArgs = new Map<string, string>(PLATFORM_ARGS(input.platform ?? 'linux/amd64'));
  const globalInstructions = parsed.instructions.slice(0, Math.max(0, parsed.instructions.findIndex((i) => i.keyword === 'FROM')));
  for (const ins of globalInstructions) {
    if (ins.keyword !== 'ARG') continue;
    for (const a of ins.args) {
      const value = buildArgs.get(a.name) ?? (a.value === null ? undefined : processWord(a.value, (n) => metaArgs.get(n), parsed.escape));
      if (value !== undefined) metaArgs.set(a.name, value);
      else metaArgs.delete(a.name);
    }
  }
  const plan = planBuild(parsed.instructions, metaArgs, input.target);
  const exec = execute({
    plan,
    context: new BuildContext(input.context),
    buildArgs,
    metaArgs,
    secrets: new Map(Object.entries(input.secrets ?? {})),
    images: input.images ?? {},
    escape: parsed.escape,
  });
  return { plan, exec, parsed, buildArgs };
}

export function build(input: BuildInput): BuildResult {
  let run: Run;
  // Kept for linting a build that fails after the parse (null: the parse itself failed).
  let parsedOk: ParsedDockerfile | null = null;
  try {
    run = simulate(input, (p) => (parsedOk = p));
  } catch (e) {
    if (e instanceof ParseError || e instanceof BuildFailure) return failed(e.message, e.line, input, parsedOk);
    if (e instanceof WordError) return failed(e.message, null, input, parsedOk);
    throw e;
  }
  const { plan, exec, parsed } = run;
  const label = (i: number) => plan.stages[i]!.name ?? `stage-${i}`;
  let verdicts: ReturnType<typeof compareCache> | null = null;
  if (input.previous) {
    try {
      const prev = simulate({
        ...input,
        dockerfile: input.previous.dockerfile ?? input.dockerfile,
        context: input.previous.context ?? input.context,
        buildArgs: input.previous.buildArgs ?? input.buildArgs ?? {},
      });
      verdicts = compareCache(exec.steps, prev.exec.steps, label);
    } catch {
      verdicts = exec.steps.map(() => ({ cached: false, reason: 'the previous build did not get this far' }));
    }
  }
  const failedAt = exec.failure ? plan.stages.findIndex((s) => exec.states[s.index] === null && plan.needed.has(s.index)) : -1;
  const stages: StageReport[] = plan.stages.map((s) => ({
    index: s.index,
    name: s.name,
    base: s.base,
    built: exec.states[s.index] !== null,
    ...(exec.states[s.index] === null
      ? { skippedReason: plan.needed.has(s.index) ? (s.index === failedAt ? 'failed' : 'the build stopped at an earlier error') : `not needed to build the target stage "${label(plan.target)}"` }
      : {}),
    lane: plan.lanes[s.index]!,
    dependsOn: [...s.dependsOn],
    line: s.from.line,
  }));
  const steps: StepReport[] = exec.steps.map((s, i) => ({
    stage: s.stage,
    step: `${s.index}/${s.total}`,
    instruction: s.instruction,
    line: s.line,
    status: s.failed ? 'ERROR' : verdicts?.[i]?.cached ? 'CACHED' : 'DONE',
    ...(verdicts ? { reason: verdicts[i]!.reason } : {}),
    ...(s.opaque.length ? { opaque: s.opaque.join('; ') } : {}),
  }));
  const final = exec.states[plan.target];
  const finalChain = new Set<number>();
  for (let i: number | null = plan.target; i !== null; i = plan.stages[i]!.parent) finalChain.add(i);
  const image = final && !exec.failure ? imageReport(final, exec.states, finalChain) : null;
  const findings =
    final && image
      ? collectFindings({
          plan,
          states: exec.states,
          steps: exec.steps,
          final,
          image,
          finalChain,
          buildArgs: run.buildArgs,
          secrets: new Map(Object.entries(input.secrets ?? {})),
          instructions: parsed.instructions,
        })
      : [];
  const lintFindings = lint(lintInput(input, parsed, plan));
  // `# check=error=true` makes BuildKit fail the build when any of its checks fired.
  const fired = lintFindings.filter((f) => f.source === 'buildkit').map((f) => f.rule);
  const lintError = !exec.failure && checkConfig(input.dockerfile).errorOnWarn && fired.length ? lintViolationError(fired) : null;
  return {
    ok: !exec.failure && !lintError,
    error: exec.failure ? { message: exec.failure.message, line: exec.failure.line } : lintError ? { message: lintError, line: lintFindings.find((f) => f.source === 'buildkit')!.line } : null,
    stages,
    steps,
    image: lintError ? null : image,
    findings: lintError ? [] : findings,
    lint: lintFindings,
    notes: exec.notes,
  };
}

function lintInput(input: BuildInput, parsed: LintInput['parsed'], plan: LintInput['plan']): LintInput {
  const ignore = input.context.find((e) => e.path.replace(/^\.?\//, '') === '.dockerignore')?.content;
  return {
    parsed,
    plan,
    text: input.dockerfile,
    ...(ignore !== undefined ? { dockerignore: ignore } : {}),
    images: input.images ?? {},
    resolveImage: (ref) => findCatalogImage(ref),
    platform: input.platform ?? 'linux/amd64',
  };
}

function failed(message: string, line: number | null, input: BuildInput, parsed: ParsedDockerfile | null): BuildResult {
  // Lint still runs when the Dockerfile parses but fails to plan or build (unparseable: nothing to lint).
  let findings: BuildResult['lint'] = [];
  try {
    if (parsed) findings = lint(lintInput(input, parsed, null));
  } catch {
    /* a lint failure leaves the findings empty */
  }
  return { ok: false, error: { message, line }, stages: [], steps: [], image: null, findings: [], lint: findings, notes: [] };
}
