// Turns the catalog's data into BaseImages, lazily: an image (and the chain of images it is built
// FROM) is constructed on first lookup and memoised. Sizes are worked out from the data alone, so
// listing the catalog builds no file trees.
import { emptyImageConfig } from '../config';
import { ancestors, byteLength } from '../../fs/path';
import type { BaseImage, EntryType, HistoryEntry, ImageConfig, ImageFacts, LayerChange, LayerChanges } from '../../types';
import type { ConfigPatch, Entry, FactsPatch, ImageSpec, LayerStep, SizeFigure, Step } from './types';

/** One image of the catalog: a spec, or one variant of a spec. */
export interface CatalogRecord {
  /** Canonical ref (the first tag). */
  name: string;
  tags: string[];
  from: string | null;
  steps: Step[];
  config: ConfigPatch[];
  facts: FactsPatch[];
  /** The image's own figure; null for a variant whose size is derived. */
  size: SizeFigure | null;
  /** The record whose figure fixes the size of the layer that takes the rest (itself for a main spec). */
  anchor: CatalogRecord;
}

export const MB = 1_000_000;

export function bytesOf(mb: number): number {
  return Math.round(mb * MB);
}

/** Expands specs and their variants into records. */
export function recordsOf(specs: ImageSpec[]): CatalogRecord[] {
  const out: CatalogRecord[] = [];
  for (const spec of specs) {
    const main: CatalogRecord = {
      name: spec.tags[0]!,
      tags: spec.tags,
      from: spec.from ?? null,
      steps: spec.steps,
      config: spec.config ? [spec.config] : [],
      facts: [spec.facts],
      size: spec.size,
      anchor: undefined as unknown as CatalogRecord,
    };
    main.anchor = main;
    out.push(main);
    for (const v of spec.variants ?? []) {
      const rec: CatalogRecord = {
        name: v.tags[0]!,
        tags: v.tags,
        from: v.from ?? main.from,
        steps: spec.steps,
        config: [...main.config, ...(v.config ? [v.config] : [])],
        facts: [...main.facts, ...(v.facts ? [v.facts] : [])],
        size: v.size ?? null,
        anchor: main,
      };
      rec.anchor = v.size ? rec : main;
      out.push(rec);
    }
  }
  return out;
}

const isLayer = (s: Step): s is LayerStep => 'run' in s;

export class Catalog {
  private readonly byTag = new Map<string, CatalogRecord>();
  private readonly totals = new Map<CatalogRecord, number>();
  private readonly own = new Map<CatalogRecord, number[]>();
  private readonly built = new Map<CatalogRecord, Built>();
  private readonly factCache = new Map<CatalogRecord, ImageFacts>();

  constructor(readonly records: CatalogRecord[]) {
    for (const r of records) {
      for (const t of r.tags) {
        if (this.byTag.has(t)) throw new Error(`catalog: tag ${t} is listed twice`);
        this.byTag.set(t, r);
      }
    }
  }

  get(tag: string): CatalogRecord | undefined {
    return this.byTag.get(tag);
  }

  tags(): string[] {
    return [...this.byTag.keys()];
  }

  private parentOf(r: CatalogRecord): CatalogRecord | null {
    if (!r.from) return null;
    const p = this.byTag.get(r.from);
    if (!p) throw new Error(`catalog: ${r.name} is FROM ${r.from}, which the catalog does not hold`);
    return p;
  }

  /** Total bytes of an image (its parent's plus its own layers). */
  total(r: CatalogRecord): number {
    let t = this.totals.get(r);
    if (t === undefined) {
      const parent = this.parentOf(r);
      t = (parent ? this.total(parent) : 0) + this.ownLayers(r).reduce((a, b) => a + b, 0);
      this.totals.set(r, t);
    }
    return t;
  }

  /** Bytes of each own layer, in order. The layer without a figure takes the rest of the anchor's size. */
  ownLayers(r: CatalogRecord): number[] {
    let sizes = this.own.get(r);
    if (sizes) return sizes;
    if (r.anchor !== r) {
      sizes = this.ownLayers(r.anchor);
    } else {
      const parent = this.parentOf(r);
      const parentBytes = parent ? this.total(parent) : 0;
      const layers = r.steps.filter(isLayer);
      const fixed = layers.map((l) => (l.exact ? namedBytes(l) : l.mb === undefined ? null : bytesOf(l.mb)));
      const explicit = fixed.reduce<number>((a, b) => a + (b ?? 0), 0);
      const open = fixed.filter((b) => b === null);
      if (open.length > 1) throw new Error(`catalog: ${r.name} has more than one layer without a size`);
      const rest = bytesOf(r.size!.mb) - parentBytes - explicit;
      if (rest < 0) throw new Error(`catalog: ${r.name}: its layers and parent (${parentBytes + explicit} bytes) exceed its size (${bytesOf(r.size!.mb)})`);
      if (open.length === 0 && rest !== 0) throw new Error(`catalog: ${r.name}: layers add up to ${parentBytes + explicit} bytes, not ${bytesOf(r.size!.mb)}`);
      sizes = fixed.map((b) => b ?? rest);
    }
    this.own.set(r, sizes);
    return sizes;
  }

  /** The size figure that stands for this image (its own, or a derived one). */
  figure(r: CatalogRecord): SizeFigure {
    if (r.size) return r.size;
    const parent = this.parentOf(r);
    const a = r.anchor.size!;
    if (!parent) {
      // The same layers as the anchor, another config (distroless :nonroot): the same figure.
      return { mb: a.mb, basis: a.basis, source: `${a.source} (the same layers as ${r.anchor.name})`, ...(a.asOf ? { asOf: a.asOf } : {}) };
    }
    return {
      mb: this.total(r) / MB,
      basis: 'derived',
      source: `${parent.name} (${this.figure(parent).basis}) plus the own layers of ${r.anchor.name} (${a.basis}: ${a.source})`,
      ...(a.asOf ? { asOf: a.asOf } : {}),
    };
  }

  facts(r: CatalogRecord): ImageFacts {
    let f = this.factCache.get(r);
    if (f) return f;
    const parent = this.parentOf(r);
    const base: FactsPatch = parent ? { ...this.facts(parent) } : {};
    // Notes, sources and dates describe one image: they are not inherited.
    delete base.notes;
    delete base.sources;
    delete base.date;
    const merged: FactsPatch = Object.assign(base, ...r.facts);
    const fig = this.figure(r);
    const sources = [...(merged.sources ?? [])];
    if (!sources.includes(fig.source)) sources.unshift(fig.source);
    const sizeNote = `Size: ${fig.basis}${fig.asOf ? ` (${fig.asOf})` : ''} — ${fig.source}.${fig.corrected ? ` Corrected from ${fig.corrected.from === null ? 'no figure' : fig.corrected.from + ' MB'} in the research data: ${fig.corrected.why}` : ''}`;
    f = {
      libc: merged.libc ?? 'unknown',
      shell: merged.shell ?? null,
      packageManager: merged.packageManager ?? 'unknown',
      caCertificates: merged.caCertificates ?? false,
      tzdata: merged.tzdata ?? false,
      size: this.total(r),
      sources,
      date: merged.date ?? fig.asOf ?? '2026-11',
      notes: [merged.notes, sizeNote].filter(Boolean).join(' '),
    };
    this.factCache.set(r, f);
    return f;
  }

  /** The BaseImage of a record, built once. */
  image(r: CatalogRecord): BaseImage {
    return this.build(r).image;
  }

  private build(r: CatalogRecord): Built {
    const done = this.built.get(r);
    if (done) return done;
    const parentRec = this.parentOf(r);
    const parent = parentRec ? this.build(parentRec) : null;
    const lower = new Map(parent?.index);
    const layers: LayerChanges[] = parent ? [...parent.image.layers] : [];
    const history: HistoryEntry[] = parent ? [...parent.image.history] : [];
    const sizes = this.ownLayers(r);
    let k = 0;
    for (const step of r.steps) {
      if (!isLayer(step)) {
        history.push({ created_by: step.empty, empty_layer: true, size: 0 });
        continue;
      }
      const bytes = sizes[k++]!;
      const changes = layerChanges(step, bytes, lower, layers.length, r.name);
      layers.push({ created_by: step.run, size: bytes, changes });
      history.push({ created_by: step.run, empty_layer: false, size: bytes });
    }
    let config = parent ? structuredClone(parent.image.config) : emptyImageConfig();
    for (const patch of r.config) config = applyConfig(config, patch);
    const fig = this.figure(r);
    const image: BaseImage = {
      name: r.name,
      config,
      history,
      layers,
      source: `catalog: ${r.name} — size ${fig.basis} (${fig.source})`,
      facts: this.facts(r),
    };
    const result = { image, index: lower };
    this.built.set(r, result);
    return result;
  }
}

interface Built {
  image: BaseImage;
  /** Every path of the merged filesystem after the image's last layer. */
  index: Map<string, Lite>;
}

interface Lite {
  type: EntryType;
  mode: number;
  uid: number;
  gid: number;
}

function applyConfig(c: ImageConfig, p: ConfigPatch): ImageConfig {
  const out: ImageConfig = { ...c, Env: [...c.Env], Labels: { ...c.Labels }, ExposedPorts: { ...c.ExposedPorts }, Volumes: { ...c.Volumes } };
  for (const kv of p.env ?? []) {
    const key = kv.slice(0, kv.indexOf('='));
    const at = out.Env.findIndex((e) => e.slice(0, e.indexOf('=')) === key);
    if (at >= 0) out.Env[at] = kv;
    else out.Env.push(kv);
  }
  if (p.user !== undefined) out.User = p.user;
  if (p.workdir !== undefined) out.WorkingDir = p.workdir;
  if (p.entrypoint !== undefined) {
    out.Entrypoint = p.entrypoint;
    if (p.cmd === undefined) out.Cmd = null;
  }
  if (p.cmd !== undefined) out.Cmd = p.cmd;
  if (p.labels) Object.assign(out.Labels, p.labels);
  for (const port of p.ports ?? []) out.ExposedPorts[port] = {};
  for (const v of p.volumes ?? []) out.Volumes[v] = {};
  if (p.stopSignal !== undefined) out.StopSignal = p.stopSignal;
  if (p.shell !== undefined) out.Shell = p.shell;
  return out;
}

/** Bytes of the entries a step names (files and symlink targets). */
export function namedBytes(step: LayerStep): number {
  let n = 0;
  for (const e of step.files ?? []) n += pending(e).size;
  for (const files of Object.values(step.exe ?? {})) for (const size of Object.values(files)) n += size;
  for (const g of step.links ?? []) n += byteLength(g.to) * g.names.length;
  return n;
}

interface Pending extends Lite {
  size: number;
  link?: string;
  content?: string;
}

const DEFAULT_DIR: Lite = { type: 'dir', mode: 0o755, uid: 0, gid: 0 };

/**
 * One layer's changes: the entries the step names, the remainder files that make its size exact,
 * and every parent directory (as a layer tar lists them). A path the lower layers already hold
 * is a "modify". `lower` is updated to the state after the layer.
 */
function layerChanges(step: LayerStep, bytes: number, lower: Map<string, Lite>, layerIndex: number, image: string): LayerChange[] {
  const entries = new Map<string, Pending>();
  const put = (path: string, e: Pending) => {
    for (const a of ancestors(path)) {
      if (lower.get(a)?.type === 'symlink') throw new Error(`catalog: ${image}: ${path} lies under the symlink ${a}`);
    }
    entries.set(path, e);
  };
  for (const e of step.files ?? []) put(e.p, pending(e));
  for (const [dir, files] of Object.entries(step.exe ?? {})) {
    for (const [name, size] of Object.entries(files)) put(`${dir}/${name}`, { type: 'file', size, mode: 0o755, uid: 0, gid: 0 });
  }
  for (const g of step.links ?? []) {
    for (const name of g.names) put(`${g.dir}/${name}`, { type: 'symlink', size: byteLength(g.to), link: g.to, mode: 0o777, uid: 0, gid: 0 });
  }
  let named = 0;
  for (const e of entries.values()) named += e.size;
  const rest = bytes - named;
  if (rest < 0) throw new Error(`catalog: ${image}: layer ${layerIndex} names ${named} bytes of files but is ${bytes} bytes`);
  const bulk = Object.entries(step.bulk ?? {});
  if (rest > 0 && bulk.length === 0) throw new Error(`catalog: ${image}: layer ${layerIndex} has ${rest} unnamed bytes and no bulk directory`);
  const weight = bulk.reduce((a, [, w]) => a + w, 0);
  let given = 0;
  bulk.forEach(([dir, w], i) => {
    const share = i === bulk.length - 1 ? rest - given : Math.floor((rest * w) / weight);
    given += share;
    if (share <= 0) return;
    let path = `${dir}/.sized-remainder`;
    if (lower.has(path) || entries.has(path)) path = `${dir}/.sized-remainder-${layerIndex}`;
    put(path, { type: 'file', size: share, mode: 0o644, uid: 0, gid: 0 });
  });
  // Parent directories: as the lower layers have them, or new root-owned 0755 directories.
  for (const path of [...entries.keys()]) {
    for (const a of ancestors(path)) {
      if (entries.has(a)) continue;
      const l = lower.get(a);
      entries.set(a, { ...(l && l.type === 'dir' ? l : DEFAULT_DIR), size: 0 });
    }
  }
  const changes: LayerChange[] = [];
  for (const [path, e] of entries) {
    const c: LayerChange = {
      path,
      kind: lower.has(path) ? 'modify' : 'add',
      type: e.type,
      size: e.size,
      mode: e.mode,
      uid: e.uid,
      gid: e.gid,
      entry: path.slice(1) + (e.type === 'dir' ? '/' : ''),
    };
    if (e.link !== undefined) c.link = e.link;
    if (e.content !== undefined) c.content = e.content;
    changes.push(c);
  }
  for (const [path, e] of entries) lower.set(path, { type: e.type, mode: e.mode, uid: e.uid, gid: e.gid });
  return changes.sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
}

function pending(e: Entry): Pending {
  const owner = { uid: e.u ?? 0, gid: e.g ?? 0 };
  if (e.d) return { type: 'dir', size: 0, mode: e.m ?? 0o755, ...owner };
  if (e.l !== undefined) return { type: 'symlink', size: byteLength(e.l), link: e.l, mode: e.m ?? 0o777, ...owner };
  const size = e.c !== undefined ? byteLength(e.c) : e.s ?? 0;
  return { type: 'file', size, mode: e.m ?? (e.x ? 0o755 : 0o644), ...owner, ...(e.c !== undefined ? { content: e.c } : {}) };
}
