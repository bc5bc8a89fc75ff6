// The stage graph: split instructions into stages, resolve FROM and --from references, prune to
// what the target needs, and lay stages into the parallel lanes BuildKit would run them in.
import type { ArgInstruction, FromInstruction, Instruction } from '../parse/instructions';
import { processWord } from '../parse/words';
import { BuildFailure } from './errors';
import { goQuote } from './gofmt';

export interface StagePlan {
  index: number;
  /** Lower-cased name (stage names are case-insensitive). */
  name: string | null;
  from: FromInstruction;
  /** The FROM reference after global-ARG expansion. */
  base: string;
  /** Index of the stage this one is built FROM, or null for an image / scratch. */
  parent: number | null;
  instructions: Instruction[];
  dependsOn: number[];
}

export interface BuildPlan {
  globalArgs: ArgInstruction[];
  stages: StagePlan[];
  target: number;
  /** Stages the target needs, in build order. */
  needed: Set<number>;
  lanes: number[];
}

const NAME_RE = /^[a-z][a-z0-9-_.]*$/;

export function planBuild(instructions: Instruction[], metaArgs: Map<string, string>, target: string | undefined): BuildPlan {
  const globalArgs: ArgInstruction[] = [];
  const stages: StagePlan[] = [];
  // Stage names seen so far, and the position of the last FROM that declares each alias (so
  // "a stage defined later" is one lookup, not a scan: long Dockerfiles stay linear).
  const byName = new Map<string, number>();
  const lastAlias = new Map<string, number>();
  instructions.forEach((i, at) => {
    if (i.keyword === 'FROM' && i.alias) lastAlias.set(i.alias.toLowerCase(), at);
  });
  for (let at = 0; at < instructions.length; at++) {
    const ins = instructions[at]!;
    if (ins.keyword === 'FROM') {
      const base = processWord(ins.image, (n) => metaArgs.get(n));
      const name = ins.alias ? ins.alias.toLowerCase() : null;
      if (name !== null && !NAME_RE.test(name)) {
        // A parse error of FROM in BuildKit (instructions.parseBuildStageName), hence the prefix.
        throw new BuildFailure(`dockerfile parse error on line ${ins.line}: invalid name for build stage: ${goQuote(ins.alias ?? '')}, name can't start with a number or contain symbols`, ins.line);
      }
      if (name !== null && byName.has(name)) {
        throw new BuildFailure(`duplicate stage name "${name}"`, ins.line);
      }
      const parent = byName.get(base.toLowerCase()) ?? null;
      if (parent === null && (lastAlias.get(base.toLowerCase()) ?? -1) > at) {
        // BuildKit only sees earlier stages here, so it tries to pull an image of that name.
        throw new BuildFailure(`${base}: failed to resolve source metadata for ${qualified(base)}: "${base}" is a stage defined later in the Dockerfile; a stage can only be built FROM an earlier stage`, ins.line);
      }
      if (name !== null) byName.set(name, stages.length);
      stages.push({ index: stages.length, name, from: ins, base, parent, instructions: [], dependsOn: parent === null ? [] : [parent] });
      continue;
    }
    const current = stages[stages.length - 1];
    if (!current) {
      if (ins.keyword === 'ARG') {
        globalArgs.push(ins);
        continue;
      }
      throw new BuildFailure('no build stage in current context', ins.line);
    }
    current.instructions.push(ins);
  }
  if (stages.length === 0) throw new BuildFailure('dockerfile contains no stages to build', null);

  for (const stage of stages) {
    for (const ins of stage.instructions) {
      const refs: string[] = [];
      if (ins.keyword === 'COPY' && ins.from) refs.push(ins.from);
      if (ins.keyword === 'RUN') {
        for (const m of ins.mounts) {
          const from = /(?:^|,)from=([^,]+)/.exec(m)?.[1];
          if (from) refs.push(from);
        }
      }
      for (const ref of refs) {
        const dep = resolveStageRef(stages, stage.index, ref, ins.line);
        if (dep !== null && !stage.dependsOn.includes(dep)) stage.dependsOn.push(dep);
      }
    }
  }

  let targetIndex = stages.length - 1;
  if (target) {
    const t = stages.findIndex((s) => s.name === target.toLowerCase());
    if (t < 0) throw new BuildFailure(`target stage "${target}" could not be found`, null);
    targetIndex = t;
  }
  const needed = new Set<number>();
  const visit = (i: number) => {
    if (needed.has(i)) return;
    needed.add(i);
    for (const d of stages[i]!.dependsOn) visit(d);
  };
  visit(targetIndex);
  return { globalArgs, stages, target: targetIndex, needed, lanes: assignLanes(stages, needed) };
}

/** docker.io/library/name:latest, as BuildKit names an image it resolves. */
export function qualified(ref: string): string {
  let r = ref;
  const slash = r.indexOf('/');
  const first = slash < 0 ? '' : r.slice(0, slash);
  if (slash < 0) r = 'library/' + r;
  if (!(first.includes('.') || first.includes(':') || first === 'localhost')) r = 'docker.io/' + r;
  if (!r.includes('@') && !r.slice(r.lastIndexOf('/') + 1).includes(':')) r += ':latest';
  return r;
}

function stageByName(stages: StagePlan[], ref: string): number | null {
  const lower = ref.toLowerCase();
  const s = stages.find((st) => st.name !== null && st.name === lower);
  return s ? s.index : null;
}

/**
 * A --from value: a stage name, a stage index, or else an image reference (null). An index must
 * point at an earlier stage; a name defined only later is an image to BuildKit too.
 */
export function resolveStageRef(stages: StagePlan[], current: number, ref: string, line: number): number | null {
  if (/^\d+$/.test(ref)) {
    const i = Number(ref);
    if (i >= current) throw new BuildFailure(`invalid from flag value ${ref}: refers to current or future build stage`, line);
    return i;
  }
  const named = stageByName(stages, ref);
  if (named !== null && named < current) return named;
  if (named !== null) {
    const here = stages[current]!;
    throw new BuildFailure(`cannot copy from stage "${ref.toLowerCase()}", it needs to be defined before current stage "${here.name ?? `stage-${current}`}"`, line);
  }
  return null;
}

/**
 * Lanes for the stage graph: a stage continues the lane of the stage it is FROM when that lane
 * is still free; independent stages, which BuildKit solves concurrently, get lanes of their own.
 */
function assignLanes(stages: StagePlan[], needed: Set<number>): number[] {
  const lanes = stages.map(() => -1);
  // A stage's lane can be continued by one later stage only (so a chain a → b → c stays in one
  // lane, while two stages built from the same parent run side by side).
  const continued = new Set<number>();
  let next = 0;
  for (const s of stages) {
    if (!needed.has(s.index)) continue;
    const candidates = [s.parent, ...s.dependsOn].filter((d): d is number => d !== null);
    const from = candidates.find((d) => lanes[d]! >= 0 && !continued.has(d));
    const lane = from !== undefined ? lanes[from]! : next++;
    if (from !== undefined) continued.add(from);
    lanes[s.index] = lane;
  }
  let skippedLane = next;
  for (const s of stages) if (lanes[s.index] === -1) lanes[s.index] = skippedLane++;
  return lanes;
}
