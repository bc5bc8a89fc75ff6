// Where secrets ended up in this build, surface by surface: files in the image (live, or hidden
// by a later layer that deleted or replaced them), the image config (Env, Labels), the image
// history (RUN commands and their `|N K=V` build-arg prefix, ARG defaults), and the same in
// builder stages that do not ship. Computed once per build; each secret rule formats its part.
// A secret already reported on an image surface is not reported again for a builder stage.
import type { LayerRecord, StageState } from '../../build/state';
import { envFromConfig } from '../../build/state';
import { isUnder } from '../../fs/path';
import type { Instruction } from '../../parse/instructions';
import type { InspectContext } from './context';
import { scanCommand, scanFile, scanNamedValue, type KnownValues, type SecretHit } from './secret-patterns';

/** What wrote a layer: a RUN, a COPY from the context, a heredoc, or a COPY --from a stage/image. */
export type Writer =
  | { kind: 'run'; text: string }
  | { kind: 'context'; text: string }
  | { kind: 'heredoc'; text: string }
  | { kind: 'stage'; text: string; from: string }
  | { kind: 'image'; text: string; from: string }
  | { kind: 'other'; text: string };

export type Where = 'live' | 'hidden' | 'builder';

export interface FileLeak {
  path: string;
  hits: SecretHit[];
  /** Hits that are the value of a secret a RUN mounted (at or before the write) and the write copied out. */
  mounted: SecretHit[];
  where: Where;
  /** Index into image.layers of the layer holding the bytes (live/hidden), else null. */
  layer: number | null;
  stage: number | null;
  line: number | null;
  writer: Writer;
  /** For hidden and builder leaks: the later layer that deleted or replaced the file, if any. */
  hiddenBy: { line: number | null; how: 'deleted' | 'replaced'; layer: number | null } | null;
  /** Where the bytes were made, when another step than the one that wrote this layer made them (COPY --from). */
  madeAt: { line: number; stage: number | null } | null;
}

export interface ValueLeak {
  name: string;
  value: string;
  hits: SecretHit[];
  where: 'image' | 'builder';
  line: number | null;
  stage: number | null;
}

export interface ArgLeak {
  name: string;
  value: string;
  hits: SecretHit[];
  where: 'image' | 'builder';
  /** The ARG line that declares it (where to fix). */
  line: number | null;
  stage: number | null;
  /** RUN lines whose history shows `|N ... NAME=value`. */
  runLines: number[];
  /** The default value itself is written in the Dockerfile (`ARG NAME=value`). */
  inDefault: boolean;
  /** Index into image.layers of the first RUN layer showing it. */
  layer: number | null;
}

export interface CommandLeak {
  command: string;
  hits: SecretHit[];
  where: 'image' | 'builder';
  line: number | null;
  stage: number | null;
  layer: number | null;
}

export interface LeakAnalysis {
  files: FileLeak[];
  env: ValueLeak[];
  labels: ValueLeak[];
  args: ArgLeak[];
  commands: CommandLeak[];
}

const cache = new WeakMap<InspectContext, LeakAnalysis>();

export function leaks(ctx: InspectContext): LeakAnalysis {
  let a = cache.get(ctx);
  if (!a) cache.set(ctx, (a = analyze(ctx)));
  return a;
}

// ---- helpers shared with the rules -----------------------------------------------------------

/** The chain's stage indices, root first. */
export function chainStages(ctx: InspectContext): number[] {
  return [...ctx.finalChain].sort((a, b) => a - b);
}

/** The instruction of a stage at a line (RUN/COPY/ADD/WORKDIR make layers). */
export function instructionAt(ctx: InspectContext, stage: number | null, line: number | null): Instruction | undefined {
  if (stage === null || line === null) return undefined;
  return ctx.plan.stages[stage]?.instructions.find((i) => i.line === line && ['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(i.keyword));
}

export function writerOf(ctx: InspectContext, stage: number | null, line: number | null): Writer {
  const ins = instructionAt(ctx, stage, line);
  if (!ins) return { kind: 'other', text: '' };
  if (ins.keyword === 'RUN') return { kind: 'run', text: ins.text };
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
    if (ins.from) {
      const ref = ins.from.toLowerCase();
      const isStage = /^\d+$/.test(ref) || ctx.plan.stages.some((s) => s.name === ref);
      return isStage ? { kind: 'stage', text: ins.text, from: ins.from } : { kind: 'image', text: ins.text, from: ins.from };
    }
    if (ins.sources.length && ins.sources.every((s) => s.startsWith('<<'))) return { kind: 'heredoc', text: ins.text };
    return { kind: 'context', text: ins.text };
  }
  return { kind: 'other', text: ins.text };
}

/** `RUN |2 A=x B=y /bin/sh -c cmd # buildkit` → args and the command (null: not a RUN entry). */
export function parseRunCreatedBy(createdBy: string): { args: [string, string][]; command: string } | null {
  if (!createdBy.startsWith('RUN ')) return null;
  let rest = createdBy.endsWith(' # buildkit') ? createdBy.slice(4, -11) : createdBy.slice(4);
  const args: [string, string][] = [];
  const m = /^\|(\d+) /.exec(rest);
  if (m) {
    rest = rest.slice(m[0].length);
    const n = Number(m[1]);
    for (let k = 0; k < n; k++) {
      const name = /^([^=\s]+)=/.exec(rest);
      if (!name) break;
      rest = rest.slice(name[0].length);
      // Values are not quoted: the next ` NAME=` ends a value; the last one ends at a space.
      const end = k < n - 1 ? / [A-Za-z_][A-Za-z0-9_]*=/.exec(rest)?.index ?? rest.indexOf(' ') : rest.indexOf(' ');
      const value = end < 0 ? rest : rest.slice(0, end);
      args.push([name[1]!, value]);
      rest = end < 0 ? '' : rest.slice(end + 1);
    }
  }
  return { args, command: rest };
}

function stepIndex(ctx: InspectContext, stage: number | null, line: number | null): number {
  if (stage === null || line === null) return -1;
  return ctx.steps.findIndex((s) => s.stage === stage && s.line === line && !s.instruction.startsWith('FROM '));
}

/** Was secret `id` mounted by a RUN at or before the step that wrote this layer? */
function mountedBefore(ctx: InspectContext, id: string, stage: number | null, line: number | null): boolean {
  const at = stepIndex(ctx, stage, line);
  return ctx.steps.some((s, i) => s.secrets.includes(id) && (at < 0 || i <= at));
}

/** The first later layer (in one stage's chain) that deletes or replaces `path`. */
function hiddenIn(layers: LayerRecord[], from: number, path: string): FileLeak['hiddenBy'] {
  for (let j = from + 1; j < layers.length; j++) {
    for (const c of layers[j]!.changes) {
      const covers = c.path === path || isUnder(path, c.path);
      if (!covers) continue;
      if (c.kind === 'whiteout' || (c.kind === 'opaque' && c.path !== path)) return { line: layers[j]!.line, how: 'deleted', layer: j };
      if ((c.kind === 'add' || c.kind === 'modify') && (c.path === path || c.type !== 'dir')) return { line: layers[j]!.line, how: c.path === path ? 'replaced' : 'deleted', layer: j };
    }
  }
  return null;
}

// ---- the analysis ---------------------------------------------------------------------------

function analyze(ctx: InspectContext): LeakAnalysis {
  const final = ctx.final;
  const out: LeakAnalysis = { files: [], env: [], labels: [], args: [], commands: [] };
  const builderStates = ctx.states.filter((s): s is StageState => s !== null && !ctx.finalChain.has(s.index));

  // 1. Image config: only what the Dockerfile set (ENV/LABEL in the final chain), not the base's.
  const envLines = new Map<string, { line: number; stage: number }>();
  const labelLines = new Map<string, { line: number; stage: number }>();
  for (const s of chainStages(ctx)) {
    for (const ins of ctx.plan.stages[s]!.instructions) {
      if (ins.keyword === 'ENV') for (const [k] of ins.pairs) envLines.set(k, { line: ins.line, stage: s });
      if (ins.keyword === 'LABEL') for (const [k] of ins.pairs) labelLines.set(unquote(k), { line: ins.line, stage: s });
    }
  }
  for (const [name, value] of envFromConfig(final.config)) {
    const at = envLines.get(name);
    if (!at) continue;
    const hits = scanNamedValue(name, value, ctx.secrets);
    if (hits.length) out.env.push({ name, value, hits, where: 'image', line: at.line, stage: at.stage });
  }
  for (const [name, value] of Object.entries(final.config.Labels)) {
    const at = labelLines.get(name);
    if (!at) continue;
    const hits = scanNamedValue(name, value, ctx.secrets, true);
    if (hits.length) out.labels.push({ name, value, hits, where: 'image', line: at.line, stage: at.stage });
  }

  // 2. History: RUN entries (build-arg prefix and command text) and ARG defaults, image then builders.
  const argLeaks = new Map<string, ArgLeak>();
  const addArg = (where: 'image' | 'builder', name: string, value: string, hits: SecretHit[], stage: number | null, declLine: number | null, runLine: number | null, layer: number | null, inDefault: boolean) => {
    const key = `${where}:${where === 'builder' ? stage : ''}:${name}`;
    const existing = argLeaks.get(key);
    if (existing) {
      if (runLine !== null && !existing.runLines.includes(runLine)) existing.runLines.push(runLine);
      existing.inDefault ||= inDefault;
      if (existing.layer === null) existing.layer = layer;
      return;
    }
    argLeaks.set(key, { name, value, hits, where, line: declLine ?? runLine, stage, runLines: runLine !== null ? [runLine] : [], inDefault, layer });
  };
  const runEntry = (where: 'image' | 'builder', createdBy: string, layer: LayerRecord, imageLayer: number | null) => {
    const parsed = parseRunCreatedBy(createdBy);
    if (!parsed) return;
    for (const [name, value] of parsed.args) {
      const hits = scanNamedValue(name, value, ctx.secrets);
      if (hits.length) addArg(where, name, value, hits, layer.stage, argLine(ctx, layer.stage, layer.line, name), layer.line, imageLayer, false);
    }
    const hits = scanCommand(parsed.command, ctx.secrets);
    if (hits.length) out.commands.push({ command: parsed.command, hits, where, line: layer.line, stage: layer.stage, layer: imageLayer });
  };
  const argDefaults = (where: 'image' | 'builder', stages: number[]) => {
    for (const s of stages) {
      for (const ins of ctx.plan.stages[s]!.instructions) {
        if (ins.keyword !== 'ARG') continue;
        for (const a of ins.args) {
          if (a.value === null || a.value.includes('$')) continue;
          const value = unquote(a.value);
          const hits = scanNamedValue(a.name, value, ctx.secrets);
          if (hits.length) addArg(where, a.name, value, hits, s, ins.line, null, null, true);
        }
      }
    }
  };
  for (const h of final.history) {
    if (h.layer === null) continue;
    const layer = final.layers[h.layer];
    if (!layer || layer.stage === null) continue;
    runEntry('image', h.created_by, layer, h.layer);
  }
  argDefaults('image', chainStages(ctx));
  const seenRuns = new Set<LayerRecord>(final.layers);
  for (const s of builderStates) {
    for (const h of s.history) {
      if (h.layer === null) continue;
      const layer = s.layers[h.layer];
      if (!layer || layer.stage === null || seenRuns.has(layer)) continue;
      seenRuns.add(layer);
      runEntry('builder', h.created_by, layer, null);
    }
    // ENV set in the builder stage itself (what it inherits from the chain is reported there).
    const env = envFromConfig(s.config);
    const set = new Map<string, number>();
    for (const ins of ctx.plan.stages[s.index]!.instructions) if (ins.keyword === 'ENV') for (const [k] of ins.pairs) set.set(k, ins.line);
    for (const [name, line] of set) {
      const value = env.get(name);
      if (value === undefined) continue;
      const hits = scanNamedValue(name, value, ctx.secrets);
      if (hits.length) out.env.push({ name, value, hits, where: 'builder', line, stage: s.index });
    }
  }
  argDefaults('builder', builderStates.map((s) => s.index));
  out.args = [...argLeaks.values()];

  // 3. Secret values under a name (ARG, ENV) are searched for in files too: a token written into
  //    a build output (`RUN echo "built with $TOKEN" > /out.txt`) that a COPY --from ships.
  const known: KnownValues = new Map();
  for (const a of out.args) if (a.value.trim().length >= 6) known.set(`the build argument ${a.name}`, a.value.trim());
  for (const e of out.env) if (e.value.trim().length >= 6) known.set(`ENV ${e.name}`, e.value.trim());

  // 4. Files of the image: every layer the Dockerfile made (base-image layers are not the learner's).
  const livePaths = new Set<string>();
  const imageFiles: FileLeak[] = [];
  final.layers.forEach((layer, i) => {
    if (layer.stage === null) return;
    for (const c of layer.changes) {
      if (c.type !== 'file' || (c.kind !== 'add' && c.kind !== 'modify')) continue;
      const hits = scanFile(c.path, c.content, ctx.secrets, known);
      if (!hits.length) continue;
      const node = final.fs.get(c.path);
      const live = node?.type === 'file' && node.layer === i;
      const writer = writerOf(ctx, layer.stage, layer.line);
      // A live file knows where its bytes were made: `cp` of a secret mount keeps the mount as
      // origin; a COPY from the context stamps the COPY. Else the writing instruction decides.
      const made = live ? node.origin : null;
      const fromMount = made?.stage === 'secret';
      const fromContext = made ? /^(COPY|ADD)\b/i.test(made.instruction) && !/--from[= ]/i.test(made.instruction) : writer.kind === 'context' || writer.kind === 'heredoc';
      const mounted = hits.filter((h) => h.secretId !== undefined && (fromMount || (!fromContext && mountedBefore(ctx, h.secretId, layer.stage, layer.line))));
      const madeAt = made && made.line !== null && made.line !== layer.line ? { line: made.line, stage: stageIndex(ctx, made.stage, made.line) } : null;
      // A RUN that only touched the file (chmod, chown) did not put the secret there: blame the maker.
      const maker = madeAt && writer.kind !== 'stage' && madeAt.stage !== null ? writerOf(ctx, madeAt.stage, madeAt.line) : null;
      const byMaker = maker !== null && maker.kind !== 'other';
      imageFiles.push({
        madeAt: byMaker ? null : madeAt,
        ...(byMaker ? { writer: maker, line: madeAt!.line, stage: madeAt!.stage } : { writer, line: layer.line, stage: layer.stage }),
        path: c.path,
        hits,
        mounted,
        where: live ? 'live' : 'hidden',
        layer: i,
        hiddenBy: live ? null : hiddenIn(final.layers, i, c.path),
      });
      if (live) livePaths.add(c.path);
    }
  });
  // A file still in the image is one leak; its older copies in lower layers are the same leak.
  for (const f of imageFiles) {
    if (f.where === 'hidden' && livePaths.has(f.path)) continue;
    if (f.where === 'hidden' && out.files.some((g) => g.where === 'hidden' && g.path === f.path)) continue;
    out.files.push(f);
  }

  // 5. Files of builder stages that do not ship.
  const seenLayers = new Set<LayerRecord>(final.layers);
  for (const s of builderStates) {
    s.layers.forEach((layer, i) => {
      if (layer.stage === null || seenLayers.has(layer)) return;
      seenLayers.add(layer);
      for (const c of layer.changes) {
        if (c.type !== 'file' || (c.kind !== 'add' && c.kind !== 'modify')) continue;
        const hits = scanFile(c.path, c.content, ctx.secrets, known);
        if (!hits.length) continue;
        const writer = writerOf(ctx, layer.stage, layer.line);
        const node = s.fs.get(c.path);
        const fromMount = node?.layer === i && node.origin.stage === 'secret';
        const mounted = hits.filter((h) => h.secretId !== undefined && (fromMount || (writer.kind !== 'context' && writer.kind !== 'heredoc' && mountedBefore(ctx, h.secretId, layer.stage, layer.line))));
        const owner = ctx.states[layer.stage] ?? s;
        const at = owner.layers.indexOf(layer);
        const made = node?.layer === i ? node.origin : null;
        const madeAt = made && made.line !== null && made.line !== layer.line ? { line: made.line, stage: stageIndex(ctx, made.stage, made.line) } : null;
        out.files.push({ path: c.path, hits, mounted, where: 'builder', layer: null, stage: layer.stage, line: layer.line, writer, hiddenBy: at >= 0 ? hiddenIn(owner.layers, at, c.path) : null, madeAt });
      }
    });
  }

  // 6. A builder surface the image already shows the same way is one leak: a builder file that
  //    ships (copied), an ARG or ENV or command literal the final chain repeats. A builder ARG whose
  //    value only reaches the image inside a build output is two leaks, with two fixes.
  const shownAs = (kind: 'files' | 'env' | 'args' | 'commands') => {
    const set = new Set<string>();
    for (const l of out[kind] as { hits: SecretHit[]; where: string }[]) if (l.where !== 'builder') for (const h of l.hits) set.add(h.sig);
    return set;
  };
  const keepIn = <T extends { hits: SecretHit[]; where: string }>(list: T[], shown: Set<string>): T[] =>
    list.flatMap((l) => {
      if (l.where !== 'builder') return [l];
      const hits = l.hits.filter((h) => !shown.has(h.sig));
      return hits.length ? [{ ...l, hits }] : [];
    });
  out.files = keepIn(out.files, shownAs('files')).map((f) => ({ ...f, mounted: f.mounted.filter((h) => f.hits.includes(h)) }));
  out.env = keepIn(out.env, shownAs('env'));
  out.args = keepIn(out.args, shownAs('args'));
  out.commands = keepIn(out.commands, shownAs('commands'));
  return out;
}

/** The ARG line that declares `name` in a stage, before `before` (the last such line). */
function argLine(ctx: InspectContext, stage: number | null, before: number | null, name: string): number | null {
  if (stage === null) return null;
  let found: number | null = null;
  for (const ins of ctx.plan.stages[stage]?.instructions ?? []) {
    if (before !== null && ins.line > before) break;
    if (ins.keyword === 'ARG' && ins.args.some((a) => a.name === name)) found = ins.line;
  }
  if (found === null) {
    // A global ARG redeclared... or declared before the first FROM.
    for (const g of ctx.plan.globalArgs) if (g.args.some((a) => a.name === name)) found = g.line;
  }
  return found;
}

/** Stage index of a label ("build", "stage-2"); null for "secret", "context", "base". */
function stageIndex(ctx: InspectContext, label: string, line: number): number | null {
  // Bytes copied out of a secret mount keep the mount as origin: its RUN is the step at that line.
  if (label === 'secret') return ctx.steps.find((s) => s.line === line && s.secrets.length > 0)?.stage ?? null;
  const s = ctx.plan.stages.find((st) => (st.name ?? `stage-${st.index}`) === label);
  return s ? s.index : null;
}

function unquote(v: string): string {
  return v.replace(/^(["'])(.*)\1$/, '$2');
}
