// The human-readable report, modelled on what a developer sees from real Docker: BuildKit's
// `--progress=plain` step log (or its error excerpt), `docker history --no-trunc`, the
// `docker inspect` config, then the engine's findings and notes. Reads BuildResult only.
import type { BuildResult, Finding, ImageConfig, ImageReport, LintFinding, StageReport, StepReport } from '../engine/types';
import { humanSize } from './units';

export interface TextOptions {
  /** The Dockerfile text, for the error excerpt. */
  dockerfile: string;
  /** Shown as "<name>:<line>" above the excerpt. */
  dockerfileName: string;
  color: boolean;
}

type Paint = (s: string) => string;

interface Style {
  bold: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  cyan: Paint;
  green: Paint;
}

function style(color: boolean): Style {
  const sgr = (code: string): Paint => (color ? (s) => `\x1b[${code}m${s}\x1b[0m` : (s) => s);
  return { bold: sgr('1'), dim: sgr('2'), red: sgr('31'), yellow: sgr('33'), cyan: sgr('36'), green: sgr('32') };
}

export function renderText(result: BuildResult, opts: TextOptions): string {
  const st = style(opts.color);
  const sections = [renderSteps(result, st)];
  if (!result.ok && result.error) sections.push(renderError(result.error.message, result.error.line, opts, st));
  if (result.image) sections.push(renderHistory(result.image, result.stages, st), renderConfig(result.image.config, st));
  sections.push(renderFindings(result.findings, result.lint, st));
  if (result.notes.length) sections.push([st.bold('NOTES'), ...result.notes.map((n) => ` - ${oneLine(n)}`)].join('\n'));
  return sections.filter(Boolean).join('\n\n') + '\n';
}

// ---- 1. steps, as `--progress=plain` prints them ----

function renderSteps(result: BuildResult, st: Style): string {
  const byIndex = new Map(result.stages.map((s) => [s.index, s]));
  const labelled = result.stages.length > 1;
  const blocks = result.steps.map((step, i) => {
    const n = `#${i + 1}`;
    const lines = [`${st.dim(n)} [${stepLabel(step, byIndex.get(step.stage), labelled)}] ${oneLine(step.instruction)}`];
    if (step.opaque) lines.push(`${st.dim(n)} ${st.yellow('opaque:')} ${oneLine(step.opaque)}`);
    // The reason is only there when a previous build was described: then a DONE step is a cache miss.
    const why = step.reason !== undefined && step.status === 'DONE' ? ` (cache miss: ${step.reason})` : '';
    lines.push(`${st.dim(n)} ${step.status === 'CACHED' ? st.cyan('CACHED') : st.green('DONE')}${why}`);
    return lines.join('\n');
  });
  // The stage that failed is shown by the error excerpt; list the stages that never ran.
  const unbuilt = result.stages.filter((s) => !s.built && s.skippedReason !== 'failed').map((s) => unbuiltLine(s, st));
  if (unbuilt.length) blocks.push(unbuilt.join('\n'));
  return blocks.join('\n\n');
}

/** "build 2/4", with the step number padded to the width of the total as BuildKit does ("[ 2/11]"). */
function stepLabel(step: StepReport, stage: StageReport | undefined, labelled: boolean): string {
  const [i = '', total = ''] = step.step.split('/');
  const counter = `${i.padStart(total.length)}/${total}`;
  if (!labelled) return counter;
  return `${stage?.name ?? `stage-${step.stage}`} ${counter}`;
}

function unbuiltLine(s: StageReport, st: Style): string {
  const name = s.name ?? `stage-${s.index}`;
  return `${st.dim('skipped')}: stage ${name} (line ${s.line}): ${s.skippedReason ?? 'not built'}`;
}

// ---- the error, as BuildKit prints it: source excerpt, then "ERROR: failed to solve" ----

function renderError(message: string, line: number | null, opts: TextOptions, st: Style): string {
  const out: string[] = [];
  if (line !== null) out.push(...excerpt(opts.dockerfile, line, opts.dockerfileName, st));
  out.push(st.red(`ERROR: failed to solve: ${message}`));
  return out.join('\n');
}

/**
 * BuildKit's source excerpt (solver/errdefs Source.Print): 4 lines of padding for a one-line
 * range, shared out before and after and clipped at the file's ends.
 */
export function excerpt(dockerfile: string, line: number, name: string, st: Style = style(false)): string[] {
  const lines = dockerfile.split('\n');
  if (line < 1 || line > lines.length) return [];
  let start = line;
  let end = line;
  for (let p = 0; p < 4; p++) {
    if (start > 1) start--, p++;
    if (end !== lines.length) end++, p++;
  }
  const out = [`${name}:${line}`, '--------------------'];
  for (let i = start; i <= end; i++) {
    const marker = i === line ? st.red('>>>') : '   ';
    out.push(` ${String(i).padStart(3)} | ${marker} ${lines[i - 1]!.replace(/\r$/, '')}`);
  }
  out.push('--------------------');
  return out;
}

// ---- 2. `docker history --no-trunc` ----

function renderHistory(image: ImageReport, stages: StageReport[], st: Style): string {
  const rows = [...image.history].reverse().map((h) => [oneLine(h.created_by), humanSize(h.size)]);
  const layers = image.layers.length;
  const out = [
    st.bold('IMAGE HISTORY') + st.dim(' (docker history --no-trunc, newest first)'),
    ...table([['CREATED BY', 'SIZE'], ...rows]),
    '',
    `Image size: ${humanSize(image.size)} (${image.size} bytes) in ${layers} layer${layers === 1 ? '' : 's'}`,
  ];
  if (image.base) out.push(`Base image: ${image.base.name}`);
  const { wasted } = image;
  if (wasted.bytes > 0) {
    const n = wasted.entries.length;
    out.push(`Wasted space: ${humanSize(wasted.bytes)} in ${n} file${n === 1 ? '' : 's'} deleted or overwritten by a later layer (efficiency ${(wasted.efficiency * 100).toFixed(4)}%)`);
  }
  const names = new Map(stages.map((s) => [s.index, s.name ?? `stage-${s.index}`]));
  for (const k of image.kitchen) {
    if (!k.largest.length) continue;
    const largest = k.largest.slice(0, 3).map((f) => `${f.path} ${humanSize(f.size)}`).join(', ');
    out.push(`Left in stage ${names.get(k.stage) ?? k.stage} (not in the image): ${largest}${k.largest.length > 3 ? ', ...' : ''}`);
  }
  return out.join('\n');
}

/** Go's tabwriter as the docker CLI sets it up: cells padded by 3, at least 10 wide; last column unpadded. */
function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.slice(0, -1).forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 10, c.length + 3)));
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join('').trimEnd());
}

// ---- 3. `docker inspect` .Config, non-empty fields only ----

function renderConfig(config: ImageConfig, st: Style): string {
  const fields: [string, string[]][] = [
    ['Env', config.Env],
    ['User', [config.User]],
    ['WorkingDir', [config.WorkingDir]],
    ['Cmd', config.Cmd?.length ? [JSON.stringify(config.Cmd)] : []],
    ['Entrypoint', config.Entrypoint?.length ? [JSON.stringify(config.Entrypoint)] : []],
    ['Shell', config.Shell?.length ? [JSON.stringify(config.Shell)] : []],
    ['ExposedPorts', Object.keys(config.ExposedPorts)],
    ['Volumes', Object.keys(config.Volumes)],
    ['Labels', Object.entries(config.Labels).map(([k, v]) => `${k}=${v}`)],
    ['StopSignal', [config.StopSignal]],
    ['Healthcheck', config.Healthcheck ? [JSON.stringify(config.Healthcheck)] : []],
    ['OnBuild', config.OnBuild ?? []],
    ['ArgsEscaped', config.ArgsEscaped ? ['true'] : []],
  ];
  const shown = fields.map(([k, v]) => [k, v.filter((x) => x !== '')] as const).filter(([, v]) => v.length > 0);
  const width = Math.max(0, ...shown.map(([k]) => k.length)) + 2;
  const lines = shown.flatMap(([k, values]) => values.map((v, i) => `${(i === 0 ? `${k}:` : '').padEnd(width)}${oneLine(v)}`));
  return [st.bold('IMAGE CONFIG') + st.dim(' (docker inspect .Config)'), ...(lines.length ? lines : ['(empty)'])].join('\n');
}

// ---- 4. findings (the engine's analysis) and lint (Docker build checks, hadolint) ----

function renderFindings(findings: Finding[], lint: LintFinding[], st: Style): string {
  const total = findings.length + lint.length;
  if (!total) return `${st.bold('FINDINGS')}\nno findings`;
  const severity = (s: Finding['severity']) => (s === 'error' ? st.red : s === 'warning' ? st.yellow : st.cyan)(s);
  const at = (line: number | null) => (line !== null ? ` (line ${line})` : '');
  const lines = [
    ...findings.flatMap((f) => [` - ${severity(f.severity)} ${f.rule}${at(f.line)}: ${oneLine(f.message)}`, ...(f.fix ? [`   fix: ${oneLine(f.fix)}`] : [])]),
    ...lint.flatMap((f) => [` - ${severity(f.severity)} ${f.rule}${at(f.line)}: ${oneLine(f.message)}`, ...(f.url ? [`   see: ${f.url}`] : [])]),
  ];
  return [`${st.bold('FINDINGS')} (${total})`, ...lines].join('\n');
}

/** History strings of heredoc steps hold newlines; keep one row per entry, as `\n`. */
function oneLine(s: string): string {
  return s.replace(/\r?\n/g, '\\n');
}
