// Every number a lesson prints comes from here: the simulator builds the example project's
// Dockerfiles when the site is built, and each figure is read from those BuildResults. Nothing is
// typed by hand, so when the engine's models or the base image catalog change, the prose follows.
//
//   content/examples/go/Dockerfile.single ─┐
//   content/examples/go/Dockerfile.multi  ─┼─ build() ─▶ BuildResult per form ─▶ figures ─▶ <Figure/>
//   content/examples/go/{go.mod,main.go…} ─┘
//
// Build-time only (reads the example from disk).
import { build } from '../engine/index';
import type { BuildResult, FileReport } from '../engine/types';
import { readExample } from './examples';
import { formatCount, formatPercent, formatRatio, humanSize } from './format';

export type FigureKind = 'bytes' | 'count' | 'ratio' | 'percent' | 'text';

export interface Figure {
  name: string;
  kind: FigureKind;
  /** null when the engine could not compute it (see `missing`). */
  value: number | string | null;
  /** What it measures, in a few words (the tooltip, and the figures table). */
  label: string;
  /** Why there is no value. */
  missing?: string;
}

export interface FormBuild {
  form: string;
  file: string;
  dockerfile: string;
  result: BuildResult;
}

export interface FigureSet {
  example: string;
  builds: Record<string, FormBuild>;
  figures: Record<string, Figure>;
  /** Where the figures fall short: build errors and steps the engine could not model. */
  caveats: string[];
  /** The engine's notes on its estimates (sizes of compiled binaries, caches …). */
  notes: string[];
}

/** Writes a figure the way the prose shows it. */
export function formatFigure(f: Figure): string {
  if (f.value === null) return 'unknown';
  if (typeof f.value === 'string') return f.value;
  switch (f.kind) {
    case 'bytes':
      return humanSize(f.value);
    case 'count':
      return formatCount(f.value);
    case 'ratio':
      return formatRatio(f.value);
    case 'percent':
      return formatPercent(f.value);
    case 'text':
      return String(f.value);
  }
}

// ---------- reading a BuildResult ----------

/** Files (not dirs or links) of the final image under a directory prefix like "/usr/local/go/". */
export function filesUnder(result: BuildResult, prefix: string): FileReport[] {
  return (result.image?.files ?? []).filter((f) => f.type === 'file' && f.path.startsWith(prefix));
}

export const sumSizes = (files: readonly { size: number }[]) => files.reduce((a, f) => a + f.size, 0);

/** The user the container starts as, as `docker inspect` would lead you to read it. */
export const runsAs = (result: BuildResult): string => result.image?.config.User || 'root';

// ---------- figure definitions, per example ----------

type Results = Record<string, BuildResult>;

interface FigureDef {
  kind: FigureKind;
  label: string;
  /** Which builds it reads; a figure is missing when one of them has no image. */
  needs: string[];
  /** Returns null (with a reason) when the result does not have what the figure measures. */
  compute: (r: Results) => number | string | { missing: string };
}

interface ExampleDefs {
  /** form → file name (Dockerfile.<form>) */
  forms: string[];
  figures: Record<string, FigureDef>;
}

const image = (r: BuildResult) => r.image!;
const fileSize = (r: BuildResult, path: string) => {
  const f = r.image!.files.find((x) => x.path === path && x.type === 'file');
  return f ? f.size : { missing: `${path} is not in the image` };
};
const baseBytes = (r: BuildResult) => sumSizes(image(r).layers.filter((l) => l.stage === null));

/** The Go example: one stage on golang:1.23 against builder + scratch. */
const GO: ExampleDefs = {
  forms: ['single', 'multi'],
  figures: {
    singleStageSize: { kind: 'bytes', label: 'single-stage image size', needs: ['single'], compute: (r) => image(r.single!).size },
    multiStageSize: { kind: 'bytes', label: 'multi-stage image size', needs: ['multi'], compute: (r) => image(r.multi!).size },
    ratio: {
      kind: 'ratio',
      label: 'single-stage size ÷ multi-stage size',
      needs: ['single', 'multi'],
      compute: (r) => (image(r.multi!).size > 0 ? image(r.single!).size / image(r.multi!).size : { missing: 'the multi-stage image is empty' }),
    },
    savedBytes: { kind: 'bytes', label: 'bytes the multi-stage build leaves out', needs: ['single', 'multi'], compute: (r) => image(r.single!).size - image(r.multi!).size },
    singleStageLayers: { kind: 'count', label: 'layers of the single-stage image', needs: ['single'], compute: (r) => image(r.single!).layers.length },
    multiStageLayers: { kind: 'count', label: 'layers of the multi-stage image', needs: ['multi'], compute: (r) => image(r.multi!).layers.length },
    singleStageOwnLayers: {
      kind: 'count',
      label: 'layers the single-stage Dockerfile adds to its base',
      needs: ['single'],
      compute: (r) => image(r.single!).layers.filter((l) => l.stage !== null).length,
    },
    baseImageSize: { kind: 'bytes', label: 'golang:1.23 base layers', needs: ['single'], compute: (r) => baseBytes(r.single!) },
    baseShare: {
      kind: 'percent',
      label: 'share of the single-stage image that is the golang:1.23 base',
      needs: ['single'],
      compute: (r) => (100 * baseBytes(r.single!)) / image(r.single!).size,
    },
    goToolchainSize: {
      kind: 'bytes',
      label: 'the Go toolchain, /usr/local/go',
      needs: ['single'],
      compute: (r) => sumSizes(filesUnder(r.single!, '/usr/local/go/')),
    },
    goCachesSize: {
      kind: 'bytes',
      label: 'Go module and build caches (/go/pkg/mod, /root/.cache/go-build)',
      needs: ['single'],
      compute: (r) => sumSizes([...filesUnder(r.single!, '/go/pkg/mod/'), ...filesUnder(r.single!, '/root/.cache/go-build/')]),
    },
    sourceSize: { kind: 'bytes', label: 'the source in /src', needs: ['single'], compute: (r) => sumSizes(filesUnder(r.single!, '/src/')) },
    sourceFiles: { kind: 'count', label: 'files in /src', needs: ['single'], compute: (r) => filesUnder(r.single!, '/src/').length },
    singleStageFiles: { kind: 'count', label: 'files in the single-stage image', needs: ['single'], compute: (r) => filesUnder(r.single!, '/').length },
    multiStageFiles: { kind: 'count', label: 'files in the multi-stage image', needs: ['multi'], compute: (r) => filesUnder(r.multi!, '/').length },
    singleStageBinarySize: {
      kind: 'bytes',
      label: 'the binary go build makes in the single stage',
      needs: ['single'],
      compute: (r) => fileSize(r.single!, '/usr/local/bin/weather'),
    },
    binarySize: { kind: 'bytes', label: 'the static, stripped binary', needs: ['multi'], compute: (r) => fileSize(r.multi!, '/weather') },
    caBundleSize: {
      kind: 'bytes',
      label: 'the CA bundle',
      needs: ['multi'],
      compute: (r) => fileSize(r.multi!, '/etc/ssl/certs/ca-certificates.crt'),
    },
    kitchenSize: {
      kind: 'bytes',
      label: 'what the build stage made that stays in the kitchen',
      needs: ['multi'],
      compute: (r) => sumSizes(image(r.multi!).kitchen.map((k) => ({ size: k.bytes }))),
    },
    singleStageUser: { kind: 'text', label: 'the user the single-stage container runs as', needs: ['single'], compute: (r) => runsAs(r.single!) },
    multiStageUser: { kind: 'text', label: 'the user the multi-stage container runs as', needs: ['multi'], compute: (r) => runsAs(r.multi!) },
  },
};

const DEFINITIONS: Record<string, ExampleDefs> = { go: GO };

/** The figure names an example defines. */
export function figureNames(example: string): string[] {
  return Object.keys(defsFor(example).figures);
}

function defsFor(example: string): ExampleDefs {
  const defs = DEFINITIONS[example];
  if (!defs) throw new Error(`No figures are defined for content/examples/${example}`);
  return defs;
}

/** Computes an example's figures from BuildResults (pure; `figureSet` adds the reading and building). */
export function computeFigures(example: string, results: Results): Record<string, Figure> {
  const defs = defsFor(example);
  const out: Record<string, Figure> = {};
  for (const [name, def] of Object.entries(defs.figures)) {
    const broken = def.needs.find((form) => !results[form]?.image);
    if (broken) {
      const err = results[broken]?.error;
      out[name] = {
        name,
        kind: def.kind,
        value: null,
        label: def.label,
        missing: `Dockerfile.${broken} did not build in the simulator${err ? `: ${err.message}` : ''}`,
      };
      continue;
    }
    const v = def.compute(results);
    out[name] = typeof v === 'object' ? { name, kind: def.kind, value: null, label: def.label, missing: v.missing } : { name, kind: def.kind, value: v, label: def.label };
  }
  return out;
}

/** Engine notes that say a figure is not known (an image missing from the catalog, say). */
const UNKNOWN_NOTE = /\b(not known|unknown)\b/i;

/**
 * What keeps an example's figures from being complete: build errors, steps the engine could not
 * model, and what it says it does not know (an image missing from its catalog counts as empty).
 */
export function caveatsOf(builds: readonly FormBuild[]): string[] {
  const out: string[] = [];
  for (const b of builds) {
    if (b.result.error) out.push(`${b.file} does not build in the simulator${b.result.error.line ? ` (line ${b.result.error.line})` : ''}: ${b.result.error.message}`);
    for (const s of b.result.steps) if (s.opaque) out.push(`${b.file} line ${s.line}: ${s.opaque}`);
    for (const n of b.result.notes) if (UNKNOWN_NOTE.test(n)) out.push(`${b.file}, ${n}`);
  }
  return [...new Set(out)];
}

const sets = new Map<string, FigureSet>();

/** Builds every form of an example once per site build and computes its figures. */
export function figureSet(example: string): FigureSet {
  const hit = sets.get(example);
  if (hit) return hit;
  const defs = defsFor(example);
  const ex = readExample(example);
  const builds: Record<string, FormBuild> = {};
  for (const form of defs.forms) {
    const dockerfile = ex.dockerfiles[form];
    if (dockerfile === undefined) throw new Error(`content/examples/${example} has no Dockerfile.${form}`);
    builds[form] = { form, file: `Dockerfile.${form}`, dockerfile, result: build({ dockerfile, context: ex.context }) };
  }
  const results = Object.fromEntries(Object.entries(builds).map(([k, b]) => [k, b.result]));
  const list = Object.values(builds);
  const set: FigureSet = {
    example,
    builds,
    figures: computeFigures(example, results),
    caveats: caveatsOf(list),
    notes: [...new Set(list.flatMap((b) => b.result.notes.map((n) => `${b.file}, ${n}`)))],
  };
  sets.set(example, set);
  return set;
}

/** One figure; throws for a name the example does not define, so a typo fails the site build. */
export function getFigure(example: string, name: string): Figure {
  const f = figureSet(example).figures[name];
  if (!f) throw new Error(`content/examples/${example} has no figure "${name}" (known: ${figureNames(example).join(', ')})`);
  return f;
}
