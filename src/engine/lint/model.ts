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

/** A read-only view of a name → value map as it was at one point. */
export interface EnvView {
  get(name: string): string | undefined;
  has(name: string): boolean;
}

/** One instruction as BuildKit dispatches it, with the state just before it. */
export interface Step {
  stage: LintStage;
  ins: Instruction;
  /** The environment words are expanded with (image ENV, ENV, ARGs with a value). */
  env: EnvView;
  /** ARGs declared so far in the stage (BuildKit's d.buildArgs), with or without a value. */
  declared: { has(name: string): boolean };
  /** The image config's SHELL, or null when none is set. */
  shell: string[] | null;
  /** Whether a WORKDIR ran before in this stage or a stage it is built FROM. */
  workdirSet: boolean;
  /** The words BuildKit expands for this instruction and the names it could not resolve. */
  expansions: { word: string; unmatched: ReadonlySet<string>; declared: { has(name: string): boolean }; options: Iterable<string> }[];
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

/**
 * The environment of a stage as dispatch goes through it, keeping every value each name had:
 * a step holds a view of the environment before it instead of a copy, so a Dockerfile of
 * thousands of ENV lines stays linear. Names are only ever set, never removed.
 */
class EnvHistory {
  private version = 0;
  private readonly writes = new Map<string, { at: number[]; values: string[] }>();
  /** Names in the order they were first set (a Map's key order), and when. */
  private readonly names: string[] = [];
  private readonly firstSet: number[] = [];
  private current: EnvView | null = null;
  private currentKeys: Iterable<string> | null = null;

  constructor(entries: Iterable<readonly [string, string]>) {
    for (const [k, v] of entries) this.set(k, v);
  }

  set(name: string, value: string): void {
    const version = ++this.version;
    let w = this.writes.get(name);
    if (!w) {
      this.writes.set(name, (w = { at: [], values: [] }));
      this.names.push(name);
      this.firstSet.push(version);
    }
    w.at.push(version);
    w.values.push(value);
    this.current = null;
    this.currentKeys = null;
  }

  get(name: string): string | undefined {
    return this.valueAt(name, this.version);
  }

  has(name: string): boolean {
    return this.writes.has(name);
  }

  /** The environment as it is now, fixed (later writes do not show in it). */
  view(): EnvView {
    if (!this.current) {
      const version = this.version;
      this.current = { get: (name) => this.valueAt(name, version), has: (name) => this.valueAt(name, version) !== undefined };
    }
    return this.current;
  }

  /** The names set now, in order, listed only when iterated (suggestions are rare). */
  keys(): Iterable<string> {
    if (!this.currentKeys) {
      const count = this.names.length;
      this.currentKeys = { [Symbol.iterator]: () => this.names.slice(0, count)[Symbol.iterator]() };
    }
    return this.currentKeys;
  }

  entries(): [string, string][] {
    return this.names.map((n) => [n, this.get(n)!]);
  }

  private valueAt(name: string, version: number): string | undefined {
    const w = this.writes.get(name);
    if (!w) return undefined;
    // The last write at or before `version` (writes are in version order).
    let lo = 0;
    let hi = w.at.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (w.at[mid]! <= version) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? undefined : w.values[found];
  }
}

/** The ARGs declared in a stage, growing only; a step keeps a view of them as they were. */
class DeclaredHistory {
  private readonly since = new Map<string, number>();
  private current: { has(name: string): boolean } | null = null;

  constructor(names: Iterable<string>) {
    for (const n of names) this.add(n);
  }

  add(name: string): void {
    if (this.since.has(name)) return;
    this.since.set(name, this.since.size);
    this.current = null;
  }

  /** The names declared now, fixed. */
  view(): { has(name: string): boolean } {
    if (!this.current) {
      const count = this.since.size;
      this.current = { has: (name) => (this.since.get(name) ?? count) < count };
    }
    return this.current;
  }

  names(): string[] {
    return [...this.since.keys()];
  }
}

interface StageState {
  env: EnvHistory;
  declared: DeclaredHistory;
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
      const step: Step = { stage, ins, env: st.env.view(), declared: st.declared.view(), shell: st.shell, workdirSet: st.workdirSet, expansions: [] };
      const word = (w: string | null) => {
        if (w === null) return null;
        const e = expand(w, st.env, m.escape);
        step.expansions.push({ word: w, unmatched: e.unmatched, declared: step.declared, options: st.env.keys() });
        return e;
      };
      switch (ins.keyword) {
        case 'ENV':
        case 'LABEL': {
          const values = ins.pairs.map(([k, v]) => [word(k)!.value, word(v)!.value] as const);
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
              step.expansions.push({ word: a.value, unmatched: e.unmatched, declared: st.declared.view(), options: st.env.keys() });
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
            if (h.expand) step.expansions.push({ word: h.content, unmatched: heredocUnmatched(h.content, st.env), declared: step.declared, options: st.env.keys() });
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
  if (parent) return { env: new EnvHistory(parent.env.entries()), declared: new DeclaredHistory(parent.declared.names()), shell: parent.shell, workdirSet: parent.workdirSet };
  const img = stage.base === 'scratch' ? null : m.image(stage.base);
  const env = new Map<string, string>();
  for (const kv of img?.config?.Env ?? []) {
    const eq = kv.indexOf('=');
    env.set(eq < 0 ? kv : kv.slice(0, eq), eq < 0 ? '' : kv.slice(eq + 1));
  }
  if (!env.has('PATH')) env.set('PATH', DEFAULT_PATH);
  const shell = img?.config?.Shell?.length ? img.config.Shell : null;
  return { env: new EnvHistory(env), declared: new DeclaredHistory([]), shell, workdirSet: false };
}

/** docker.io/library/busybox:latest, library/busybox and busybox name one image (as images/base.ts). */
function normalizeRef(ref: string): string {
  let r = ref.trim().toLowerCase();
  r = r.replace(/^docker\.io\//, '').replace(/^index\.docker\.io\//, '').replace(/^library\//, '');
  const lastSlash = r.lastIndexOf('/');
  if (!r.includes('@') && !r.slice(lastSlash + 1).includes(':')) r += ':latest';
  return r;
}
