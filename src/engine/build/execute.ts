// Runs the plan: each needed stage in order, each instruction through its dispatcher, every
// RUN/COPY/ADD/WORKDIR step committed as a layer with a cache key chained from its parent.
import type { BuildContext } from '../context/context';
import { hash } from '../context/checksum';
import { FileSystem, type Node, type Origin } from '../fs/tree';
import { resolve } from '../fs/path';
import { resolveBase } from '../images/base';
import type { CopyInstruction, Instruction, RunInstruction, StringInstruction } from '../parse/instructions';
import { parseDockerfile } from '../parse/parse';
import { processWord } from '../parse/words';
import type { BaseImage } from '../types';
import {
  dispatchArg,
  dispatchCommand,
  dispatchEnv,
  dispatchHealthcheck,
  dispatchList,
  dispatchOnbuild,
  dispatchShell,
  dispatchString,
  type ConfigContext,
} from './config';
import { executeCopy } from './copy';
import { BuildFailure } from './errors';
import type { BuildPlan, StagePlan } from './plan';
import { qualified, resolveStageRef } from './plan';
import { didYouMean } from '../parse/suggest';
import { executeRun, runScriptText } from './run';
import { contextSource, stageSource, type Source } from './sources';
import { EnvMap, entriesLater } from './env';
import { envFromConfig, lookupIn, type StageState } from './state';
import { runUser, UserError } from './users';

export interface ExecuteInput {
  plan: BuildPlan;
  context: BuildContext;
  buildArgs: Map<string, string>;
  metaArgs: Map<string, string>;
  secrets: Map<string, string>;
  images: Record<string, BaseImage>;
  escape: string;
}

/** One progress line: "[label n/m] INSTRUCTION". */
export interface StepRecord {
  stage: number;
  index: number;
  total: number;
  instruction: string;
  line: number;
  /** Chained cache key (parent key + this step's inputs). */
  key: string;
  /** This step's own inputs, for explaining a cache miss. */
  inputs: { kind: string; text: string; detail: string; files?: Map<string, string>; env?: [string, string][]; fromKey?: string };
  opaque: string[];
  /** Mounted secret ids (for leak analysis). */
  secrets: string[];
  /** The step the build failed at. */
  failed?: boolean;
}

/** The comment BuildKit's Dockerfile frontend writes on every history row it makes. */
export const HISTORY_COMMENT = 'buildkit.dockerfile.v0';

/**
 * The instruction as BuildKit's progress names it: a RUN whose command is a lone heredoc shows
 * the first line of the body, "RUN <<EOF (echo one > /one.txt...)".
 */
function stepLabel(ins: Instruction): string {
  if (ins.keyword === 'RUN' && ins.heredocs.length && /^<<-?["']?[^\s"']+["']?$/.test((ins.command ?? '').trim())) {
    const first = ins.heredocs[0]!.content.split('\n')[0] ?? '';
    return `${ins.text} (${first}...)`;
  }
  return ins.text;
}

export interface Execution {
  states: (StageState | null)[];
  steps: StepRecord[];
  notes: string[];
  /** Where the build stopped, if it failed. */
  failure: BuildFailure | null;
}

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

export function execute(input: ExecuteInput): Execution {
  const { plan } = input;
  const states: (StageState | null)[] = plan.stages.map(() => null);
  const steps: StepRecord[] = [];
  const notes: string[] = [];
  const cacheMounts = new Map<string, FileSystem>();
  const consumed = new Set<string>();
  const ctxSource = contextSource(input.context);
  /** Per stage, the lines of its steps the simulator could not fully model (no scan of all steps per COPY --from). */
  const opaqueLines: number[][] = plan.stages.map(() => []);
  let failure: BuildFailure | null = null;

  for (const stage of plan.stages) {
    if (!plan.needed.has(stage.index)) continue;
    try {
      states[stage.index] = runStage(stage);
    } catch (e) {
      if (e instanceof BuildFailure) {
        failure = e;
        break;
      }
      throw e;
    }
  }
  const unused = [...input.buildArgs.keys()].filter((k) => !consumed.has(k) && !input.metaArgs.has(k) && !PREDEFINED.has(k));
  if (unused.length) notes.push(`[Warning] One or more build-args [${unused.join(' ')}] were not consumed`);
  return { states, steps, notes, failure };

  function runStage(stage: StagePlan): StageState {
    const label = stage.name ?? `stage-${stage.index}`;
    const parent = stage.parent !== null ? states[stage.parent] : null;
    let state: StageState;
    let fromKey: string;
    if (parent) {
      state = {
        ...parent,
        index: stage.index,
        name: stage.name,
        label,
        fs: parent.fs.clone(),
        layers: [...parent.layers],
        history: [...parent.history],
        config: structuredClone(parent.config),
        env: new EnvMap(parent.env),
        args: [],
      };
      fromKey = parent.cacheKey;
    } else {
      const base = resolveBase(stage.base, input.images);
      if (base.note) notes.push(base.note);
      state = {
        index: stage.index,
        name: stage.name,
        label,
        fs: base.fs,
        layers: base.layers.map((l) => ({ created_by: l.created_by, changes: l.changes, size: l.size, stage: null, line: null })),
        history: base.history.map((h) => ({ ...h })),
        config: base.config,
        env: envFromConfig(base.config),
        args: [],
        cacheKey: '',
        baseKnown: base.known,
        base: { name: stage.base, facts: base.facts },
      };
      fromKey = hash(`FROM ${stage.base}:${base.known ? 'known' : 'unknown'}`);
    }
    state.cacheKey = fromKey;

    // ONBUILD triggers of the base run first, then the base's OnBuild list is cleared.
    const triggers = state.config.OnBuild ?? [];
    state.config.OnBuild = null;
    const instructions: Instruction[] = [...triggerInstructions(triggers, stage.from.line), ...stage.instructions];
    // BuildKit's "[stage i/n]": n counts FROM (only an image) and the stage's own RUN/COPY/ADD/
    // WORKDIR; ONBUILD triggers are numbered but not counted.
    const fromImage = !parent && stage.base !== 'scratch';
    const total = (fromImage ? 1 : 0) + stage.instructions.filter((i) => LAYER_KEYWORDS.has(i.keyword)).length;
    let n = fromImage ? 1 : 0;
    if (fromImage) {
      steps.push({ stage: stage.index, index: 1, total, instruction: `FROM ${qualified(stage.base)}`, line: stage.from.line, key: fromKey, inputs: { kind: 'FROM', text: `FROM ${stage.base}`, detail: '' }, opaque: [], secrets: [] });
    }
    const cmdSet = { value: false };
    const cfg: ConfigContext = { buildArgs: input.buildArgs, metaArgs: input.metaArgs, consumed, escape: input.escape };
    for (const ins of instructions) {
      if (!LAYER_KEYWORDS.has(ins.keyword)) {
        dispatchConfig(state, ins, cfg, cmdSet);
        continue;
      }
      n++;
      const layer = state.layers.length;
      const origin: Origin = { stage: label, instruction: ins.text, line: ins.line };
      state.fs.beginStep();
      let createdBy: string;
      let inputs: StepRecord['inputs'];
      let opaque: string[] = [];
      let secrets: string[] = [];
      try {
        if (ins.keyword === 'RUN') {
          const out = executeRun(ins, state, runEnvironment(state), layer, origin);
          createdBy = `RUN ${argsPrefix(state)}${displayArgv(ins, out.argv)} # buildkit`;
          inputs = new RunInputs(ins.text, out.cacheInputs, entriesLater(state.env));
          opaque = out.opaque;
          secrets = out.secrets;
          for (const a of out.assumptions) notes.push(`line ${ins.line}: ${a}`);
        } else if (ins.keyword === 'WORKDIR') {
          const path = workdir(state, ins as StringInstruction, input.escape, origin, layer);
          createdBy = `WORKDIR ${path}`;
          inputs = { kind: 'WORKDIR', text: ins.text, detail: `${path}:${state.config.User}` };
        } else {
          const c = ins as CopyInstruction;
          const { source, label: sourceLabel, key, uncertain } = copySource(state, c);
          const out = executeCopy({ ins: c, state, source, sourceLabel, uncertain, escape: input.escape, layer, origin });
          createdBy = `${c.keyword}${out.historyFlags ? ' ' + out.historyFlags : ''} ${[...out.historySources, out.historyDest].join(' ')} # buildkit`;
          inputs = { kind: c.keyword, text: ins.text, detail: hash(`${out.checksum}:${c.chown}:${c.chmod}:${c.link}:${state.config.WorkingDir}:${c.dest}`), files: out.files, ...(key ? { fromKey: key } : {}) };
          opaque = out.opaque;
        }
      } catch (e) {
        state.fs.endStep();
        // The failing step is part of the log too, as BuildKit prints "#7 ERROR: ...".
        if (e instanceof BuildFailure) {
          steps.push({ stage: stage.index, index: n, total, instruction: stepLabel(ins), line: ins.line, key: '', inputs: { kind: ins.keyword, text: ins.text, detail: '' }, opaque: [], secrets: [], failed: true });
        }
        throw e;
      }
      const changes = state.fs.endStep();
      const size = changes.reduce((a, c) => a + (c.kind === 'add' || c.kind === 'modify' ? (c.type === 'file' ? c.size : 0) : 0), 0);
      state.layers.push({ created_by: createdBy, changes, size, stage: stage.index, line: ins.line });
      state.history.push({ created_by: createdBy, empty_layer: false, layer, comment: HISTORY_COMMENT });
      state.cacheKey = hash(`${state.cacheKey}|${inputs.kind}|${inputs.text}|${inputs.detail}|${inputs.fromKey ?? ''}`);
      steps.push({ stage: stage.index, index: n, total, instruction: stepLabel(ins), line: ins.line, key: state.cacheKey, inputs, opaque, secrets });
      if (opaque.length) opaqueLines[stage.index]!.push(ins.line);
    }
    return state;
  }

  function dispatchConfig(state: StageState, ins: Instruction, cfg: ConfigContext, cmdSet: { value: boolean }): void {
    switch (ins.keyword) {
      case 'ENV':
      case 'LABEL':
        return dispatchEnv(state, ins, cfg);
      case 'ARG':
        return dispatchArg(state, ins, cfg);
      case 'USER':
      case 'STOPSIGNAL':
      case 'MAINTAINER':
        return dispatchString(state, ins as StringInstruction, cfg);
      case 'EXPOSE':
      case 'VOLUME':
        return dispatchList(state, ins, cfg);
      case 'CMD':
      case 'ENTRYPOINT':
        return dispatchCommand(state, ins, cmdSet);
      case 'SHELL':
        return dispatchShell(state, ins);
      case 'HEALTHCHECK':
        return dispatchHealthcheck(state, ins);
      case 'ONBUILD':
        return dispatchOnbuild(state, ins);
      case 'FROM':
        return;
    }
  }

  function runEnvironment(state: StageState) {
    return {
      secrets: input.secrets,
      cacheMounts,
      escape: input.escape,
      contextSource: ctxSource,
      bindSource: (from: string | null, line: number) => {
        if (from === null) return { fs: contextFs(), label: 'context' };
        const ref = processWord(from, lookupIn(state), input.escape);
        const dep = resolveStageRef(plan.stages, state.index, ref, line);
        if (dep !== null) return { fs: states[dep]!.fs, label: ref };
        return null;
      },
    };
  }

  function copySource(state: StageState, ins: CopyInstruction): { source: Source | null; label: string; key: string | null; uncertain?: string | null } {
    if (!ins.from) return { source: ctxSource, label: 'context', key: null };
    const ref = processWord(ins.from, lookupIn(state), input.escape);
    const dep = resolveStageRef(plan.stages, state.index, ref, ins.line);
    if (dep !== null) {
      return { source: stageSource(states[dep]!.fs), label: plan.stages[dep]!.name ?? String(dep), key: states[dep]!.cacheKey, uncertain: uncertainty(dep) };
    }
    const base = resolveBase(ref, input.images);
    const typo = didYouMean(ref, plan.stages.flatMap((s) => (s.name ? [s.name] : [])));
    if (!base.known && typo) {
      throw new BuildFailure(`${ref}: failed to resolve source metadata for ${qualified(ref)}: no stage is named "${ref}" and the image is unknown${typo}`, ins.line);
    }
    if (!base.known) {
      notes.push(`line ${ins.line}: COPY --from=${ref}: ${base.note}`);
      return { source: null, label: ref, key: hash('image:' + ref) };
    }
    return { source: stageSource(base.fs), label: ref, key: hash('image:' + ref) };
  }

  /** Why a stage may hold files the simulator does not know: unmodelled steps in its chain. */
  function uncertainty(stage: number): string | null {
    const chain = new Set<number>();
    for (let i: number | null = stage; i !== null; i = plan.stages[i]!.parent) chain.add(i);
    // In step order: stages run in index order, a stage's steps in a row.
    const lines = [...chain].sort((a, b) => a - b).flatMap((i) => opaqueLines[i]!);
    const unknownBase = [...chain].some((i) => states[i] && !states[i]!.baseKnown);
    if (unknownBase) return `the stage builds on an image the simulator does not know`;
    return lines.length ? `the stage ran steps the simulator could not fully model (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})` : null;
  }

  /** The context as a filesystem, for bind mounts without from=. */
  function contextFs(): FileSystem {
    const origin: Origin = { stage: 'context', instruction: 'build context', line: null };
    const fs = new FileSystem({ type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, data: 'dir', origin, layer: -1 });
    for (const f of input.context.walk('')) {
      const node: Node = { type: f.type, size: f.size, mode: f.mode, uid: 0, gid: 0, data: f.data, origin, layer: -1, ...(f.link !== undefined ? { link: f.link } : {}), ...(f.content !== undefined ? { content: f.content } : {}) };
      fs.set('/' + f.path, node);
    }
    return fs;
  }
}

/** A RUN step's inputs: the environment it saw is listed only if a cache-miss reason asks. */
class RunInputs {
  readonly kind = 'RUN';
  constructor(
    readonly text: string,
    readonly detail: string,
    private readonly envThen: () => [string, string][],
  ) {}

  get env(): [string, string][] {
    return this.envThen();
  }
}

const PREDEFINED = new Set(['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'ftp_proxy', 'no_proxy', 'all_proxy']);

/** BuildKit's `|N K=V ...` prefix: every ARG declared in the stage, with its current value. */
function argsPrefix(state: StageState): string {
  if (!state.args.length) return '';
  const pairs = state.args.map((a) => `${a.name}=${state.env.get(a.name) ?? a.value ?? ''}`);
  return `|${pairs.length} ${pairs.join(' ')} `;
}

/**
 * The command as history shows it: a lone `<<EOF` shows the body (with its final newline);
 * a command with heredocs shows the command line, bodies and terminators, no final newline.
 */
function displayArgv(ins: RunInstruction, argv: string[]): string {
  if (ins.argv) return ins.argv.join(' ');
  const script = runScriptText(ins);
  const text = ins.heredocs.length && script !== ins.heredocs[0]!.content ? script.replace(/\n$/, '') : script;
  return [...argv.slice(0, -1), text].join(' ');
}

function workdir(state: StageState, ins: StringInstruction, escape: string, origin: Origin, layer: number): string {
  const value = processWord(ins.value, lookupIn(state), escape);
  const path = resolve(state.config.WorkingDir || '/', value);
  state.config.WorkingDir = path;
  let user;
  try {
    user = runUser(state.fs, state.config.User);
  } catch (e) {
    if (e instanceof UserError) throw new BuildFailure(e.message, ins.line);
    throw e;
  }
  state.fs.mkdirAll(path, () => ({ type: 'dir', size: 0, mode: 0o755, uid: user.uid, gid: user.gid, data: 'dir', origin, layer }));
  return path;
}

function triggerInstructions(triggers: string[], line: number): Instruction[] {
  if (!triggers.length) return [];
  const parsed = parseDockerfile(triggers.join('\n'));
  return parsed.instructions.map((i) => ({ ...i, line, endLine: line }));
}
