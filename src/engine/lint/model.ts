// What BuildKit knows when its linter runs (frontend/dockerfile/dockerfile2llb/convert.go,
// toDispatchState): the stages, the global ARGs, and — for the stages a build dispatches — the
// environment, SHELL and WORKDIR state before every instruction, with the words BuildKit expands
// there. Rules read this model; none of them re-derives it.
import type { ArgInstruction, FromInstruction, Instruction } from '../parse/instructions';
import { expand, heredocUnmatched } from './expand';
import { formatPlatform, parsePlatform, type Platform } from './refs';
import type { LintImage, LintInput } from './types';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** ARGs BuildKit never puts in the environment (nonEnvArgs). */
export const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

export interface LintStage {
  index: number;
  from: FromInstruction;
  /** Lower-cased stage name. */
  name: string | null;
  /** The FROM reference after global-ARG expansion (defaults only, as lint sees it). */
  base: string;
  /** The earlier stage this one is built FROM, or null for an image / scratch. */
  parent: number | null;
  instructions: Instruction[];
  /** Whether a build dispatches the stage: the target needs it. Unreached stages are not checked. */
  dispatched: boolean;
}

export interface Model {
  escape: string;
  globalArgs: ArgInstruction[];
  /** BuildKit's globalArgs: the platform ARGs, then global ARGs with a default. */
  metaEnv: Map<string, string>;
  /** Every global ARG name, with a default or not. */
  metaDeclared: Set<string>;
  stages: LintStage[];
  target: number;
  platform: Platform;
  /** A base image's metadata when the build was given it (or the catalog knows it). */
  image(ref: string): LintImage | null;
}

/** One instruction as BuildKit dispatches it, with the state just before it. */
export interface Step {
  stage: LintStage;
  ins: Instruction;
  /** The environment words are expanded with (image ENV, ENV, ARGs with a value). */
  env: Map<string, string>;
  /** ARGs declared so far in the stage (BuildKit's d.buildArgs), with or without a value. */
  declared: Set<string>;
  /** The image config's SHELL, or null when none is set. */
  shell: string[] | null;
  /** Whether a WORKDIR ran before in this stage or a stage it is built FROM. */
  workdirSet: boolean;
  /** The words BuildKit expands for this instruction and the names it could not resolve. */
  expansions: { word: string; unmatched: Set<string>; declared: Set<string>; options: string[] }[];
}

const models = new WeakMap<LintInput, Model>();
const steps = new WeakMap<LintInput, Step[]>();

export function model(input: LintInput): Model {
  let m = models.get(input);
  if (!m) models.set(input, (m = buildModel(input)));
  return m;
}

function buildModel(input: LintInput): Model {
  const escape = input.parsed.escape;
  const platform = parsePlatform(input.platform ?? 'linux/amd64') ?? { os: 'linux', architecture: 'amd64', variant: '' };
  const metaEnv = new Map<string, string>([
    ['BUILDPLATFORM', formatPlatform(platform)],
    ['BUILDOS', platform.os],
    ['BUILDARCH', platform.architecture],
    ['BUILDVARIANT', platform.variant],
    ['TARGETPLATFORM', formatPlatform(platform)],
    ['TARGETOS', platform.os],
    ['TARGETARCH', platform.architecture],
    ['TARGETVARIANT', platform.variant],
  ]);
  const metaDeclared = new Set<string>();
  const globalArgs: ArgInstruction[] = [];
  const stages: LintStage[] = [];
  for (const ins of input.parsed.instructions) {
    if (ins.keyword === 'FROM') {
      const name = ins.alias ? ins.alias.toLowerCase() : null;
      const base = expand(ins.image, metaEnv, escape).value;
      const planned = input.plan?.stages[stages.length];
      const parent = planned ? planned.parent : (stages.find((s) => s.name !== null && s.name === base)?.index ?? null);
      stages.push({ index: stages.length, from: ins, name, base, parent, instructions: [], dispatched: input.plan?.needed.has(stages.length) ?? false });
      continue;
    }
    const current = stages[stages.length - 1];
    if (current) {
      current.instructions.push(ins);
    } else if (ins.keyword === 'ARG') {
      globalArgs.push(ins);
      for (const a of ins.args) {
        metaDeclared.add(a.name);
        if (a.value !== null) metaEnv.set(a.name, expand(a.value, metaEnv, escape).value);
      }
    }
  }
  const images = Object.entries(input.images ?? {});
  const image = (ref: string): LintImage | null => {
    const wanted = normalizeRef(ref);
    return images.find(([name]) => normalizeRef(name) === wanted)?.[1] ?? input.resolveImage?.(ref) ?? null;
  };
  return { escape, globalArgs, metaEnv, metaDeclared, stages, target: input.plan?.target ?? stages.length - 1, platform, image };
}

/** The dispatched instructions, stage by stage in file order, each with BuildKit's state before it. */
export function dispatch(input: LintInput): Step[] {
  let s = steps.get(input);
  if (!s) steps.set(input, (s = buildSteps(model(input))));
  return s;
}

interface StageState {
  env: Map<string, string>;
  declared: Set<string>;
  shell: string[] | null;
  workdirSet: boolean;
}

function buildSteps(m: Model): Step[] {
  const out: Step[] = [];
  const finals = new Map<number, StageState>();
  for (const stage of m.stages) {
    if (!stage.dispatched) continue;
    const st = initialState(m, stage, finals);
    for (const ins of stage.instructions) {
      const step: Step = { stage, ins, env: new Map(st.env), declared: new Set(st.declared), shell: st.shell, workdirSet: st.workdirSet, expansions: [] };
      const word = (w: string | null) => {
        if (w === null) return;
        step.expansions.push({ word: w, unmatched: expand(w, st.env, m.escape).unmatched, declared: step.declared, options: [...st.env.keys()] });
      };
      switch (ins.keyword) {
        case 'ENV':
        case 'LABEL': {
          const values = ins.pairs.map(([k, v]) => {
            word(k);
            word(v);
            return [expand(k, st.env, m.escape).value, expand(v, st.env, m.escape).value] as const;
          });
          if (ins.keyword === 'ENV') for (const [k, v] of values) st.env.set(k, v);
          break;
        }
        case 'ARG':
          for (const a of ins.args) {
            let value: string | undefined;
            if (a.value === null) {
              value = m.metaEnv.get(a.name);
            } else {
              const e = expand(a.value, st.env, m.escape);
              step.expansions.push({ word: a.value, unmatched: e.unmatched, declared: new Set(st.declared), options: [...st.env.keys()] });
              value = e.value;
            }
            if (value !== undefined && !NON_ENV_ARGS.has(a.name)) st.env.set(a.name, value);
            st.declared.add(a.name);
          }
          break;
        case 'COPY':
        case 'ADD':
          word(ins.chown);
          word(ins.chmod);
          word(ins.from);
          for (const src of ins.sources) if (!(ins.heredocs.length && src.startsWith('<<'))) word(src);
          word(ins.dest);
          for (const h of ins.heredocs) {
            if (h.expand) step.expansions.push({ word: h.content, unmatched: heredocUnmatched(h.content, st.env), declared: step.declared, options: [...st.env.keys()] });
          }
          break;
        case 'WORKDIR':
          word(ins.value);
          st.workdirSet = true;
          break;
        case 'USER':
        case 'STOPSIGNAL':
          word(ins.value);
          break;
        case 'VOLUME':
          for (const v of ins.values) word(v);
          break;
        case 'SHELL':
          st.shell = ins.argv;
          break;
      }
      out.push(step);
    }
    finals.set(stage.index, st);
  }
  return out;
}

function initialState(m: Model, stage: LintStage, finals: Map<number, StageState>): StageState {
  const parent = stage.parent === null ? undefined : finals.get(stage.parent);
  if (parent) return { env: new Map(parent.env), declared: new Set(parent.declared), shell: parent.shell, workdirSet: parent.workdirSet };
  const img = stage.base === 'scratch' ? null : m.image(stage.base);
  const env = new Map<string, string>();
  for (const kv of img?.config?.Env ?? []) {
    const eq = kv.indexOf('=');
    env.set(eq < 0 ? kv : kv.slice(0, eq), eq < 0 ? '' : kv.slice(eq + 1));
  }
  if (!env.has('PATH')) env.set('PATH', DEFAULT_PATH);
  const shell = img?.config?.Shell?.length ? img.config.Shell : null;
  return { env, declared: new Set(), shell, workdirSet: false };
}

/** docker.io/library/busybox:latest, library/busybox and busybox name one image (as images/base.ts). */
function normalizeRef(ref: string): string {
  let r = ref.trim().toLowerCase();
  r = r.replace(/^docker\.io\//, '').replace(/^index\.docker\.io\//, '').replace(/^library\//, '');
  const lastSlash = r.lastIndexOf('/');
  if (!r.includes('@') && !r.slice(lastSlash + 1).includes(':')) r += ':latest';
  return r;
}
