// Turns `docker save` output into a BaseImage: config, history and per-layer changes with the
// sizes the Docker engine (overlay2) reports. Browser-safe: works on the tarball's bytes.

import type { BaseImage, EntryType, Healthcheck, HistoryEntry, ImageConfig, LayerChanges } from '../types';
import { basename, byteLength, dirname, join, normalize } from '../fs/path';
import { applyChanges, PathTree, type LayerChangeWithContent } from './merge';
import { iterateTar, type TarEntry } from './tar';

/**
 * Text the engine reads from an image: everything small under /etc (accounts, shadow files,
 * login.defs, skel, apt and apk config, os-release) and the package databases.
 */
const DATABASES = new Set(['/var/lib/dpkg/status', '/lib/apk/db/installed']);
const CONTENT_MAX = 64 * 1024;
const DATABASE_MAX = 2 * 1024 * 1024;

function keepsContent(path: string, size: number): boolean {
  if (DATABASES.has(path)) return size <= DATABASE_MAX;
  return (path.startsWith('/etc/') || path === '/usr/lib/os-release') && size <= CONTENT_MAX;
}

const utf8 = new TextDecoder('utf-8');

interface ManifestItem {
  Config: string;
  RepoTags: string[];
  Layers: string[];
}

export function loadSavedImage(bytes: Uint8Array, name?: string): BaseImage {
  const files = new Map<string, TarEntry>();
  for (const entry of iterateTar(bytes)) files.set(clean(entry.name), entry);

  const manifest = readManifest(files);
  const item = pickImage(manifest, name);
  const config = asObject(readJson(files, item.Config), item.Config);

  const lower = new PathTree<EntryType>();
  const layers: LayerChanges[] = item.Layers.map((path) => {
    const layer = readLayer(layerBytes(files, path), lower, path);
    applyChanges(lower, layer.changes, (c) => c.type);
    return layer;
  });

  return {
    name: name ?? item.RepoTags[0] ?? digestOf(item.Config),
    config: normaliseConfig(config.config),
    history: readHistory(config.history, layers),
    layers,
    source: 'docker save tarball',
  };
}

// ---- tarball structure ----

function readManifest(files: Map<string, TarEntry>): ManifestItem[] {
  if (!files.has('manifest.json')) {
    const hint = files.has('index.json') ? ' (OCI-only layouts without manifest.json are not supported)' : '';
    throw new Error(`saved image: no manifest.json in the tarball; is this \`docker save\` output?${hint}`);
  }
  const raw = readJson(files, 'manifest.json');
  if (!Array.isArray(raw) || raw.length === 0) throw new Error('saved image: manifest.json lists no images');
  return raw.map((item: unknown, i) => {
    const obj = asObject(item, `manifest.json[${i}]`);
    if (typeof obj.Config !== 'string' || !Array.isArray(obj.Layers) || !obj.Layers.every((l) => typeof l === 'string')) {
      throw new Error(`saved image: manifest.json[${i}] needs a Config path and a Layers list`);
    }
    const tags = Array.isArray(obj.RepoTags) ? obj.RepoTags.filter((t): t is string => typeof t === 'string') : [];
    return { Config: obj.Config, RepoTags: tags, Layers: obj.Layers as string[] };
  });
}

/** The image tagged `name` (Docker Hub shorthand and an implied :latest allowed), else the first. */
function pickImage(manifest: ManifestItem[], name: string | undefined): ManifestItem {
  if (name !== undefined) {
    const wanted = canonicalRef(name);
    const found = manifest.find((m) => m.RepoTags.some((t) => t === name || canonicalRef(t) === wanted));
    if (found) return found;
  }
  return manifest[0];
}

function canonicalRef(ref: string): string {
  let r = ref.replace(/^docker\.io\//, '').replace(/^library\//, '');
  if (!r.includes('@') && !basename(r).includes(':')) r += ':latest';
  return r;
}

/** An untagged image (saved by id) is named by its config digest, as `docker images` shows it. */
function digestOf(configPath: string): string {
  const hex = /([0-9a-f]{64})(\.json)?$/.exec(configPath)?.[1];
  return hex ? `sha256:${hex}` : '';
}

function readJson(files: Map<string, TarEntry>, path: string): unknown {
  const text = utf8.decode(fileData(files, path));
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`saved image: ${path} is not valid JSON (${(e as Error).message})`);
  }
}

/** A file's bytes, following the symlinks legacy `docker save` writes for repeated layers. */
function fileData(files: Map<string, TarEntry>, path: string): Uint8Array {
  let key = clean(path);
  for (let hops = 0; hops < 8; hops++) {
    const entry = files.get(key);
    if (!entry) throw new Error(`saved image: ${path} (listed in manifest.json) is missing from the tarball`);
    if (entry.typeflag === '0' || entry.typeflag === '1') return entry.data;
    if (entry.typeflag !== '2') throw new Error(`saved image: ${path} is not a regular file in the tarball`);
    key = clean(entry.linkname.startsWith('/') ? entry.linkname : join(dirname('/' + key), entry.linkname));
  }
  throw new Error(`saved image: too many symlinks resolving ${path}`);
}

function layerBytes(files: Map<string, TarEntry>, path: string): Uint8Array {
  const data = fileData(files, path);
  const gzip = data[0] === 0x1f && data[1] === 0x8b;
  const zstd = data[0] === 0x28 && data[1] === 0xb5 && data[2] === 0x2f && data[3] === 0xfd;
  if (gzip || zstd) {
    throw new Error(`saved image: layer ${path} is ${gzip ? 'gzip' : 'zstd'}-compressed; compressed layers are not supported yet`);
  }
  return data;
}

/** Tar names to clean relative paths: "./a//b/" → "a/b", "./" → "". */
function clean(name: string): string {
  return normalize('/' + name).slice(1);
}

// ---- layers ----

/**
 * One layer tar as changes against the merged lower layers. Its size is what Docker reports for a
 * loaded or imported layer (overlay2 sums the unpacked diff dir): file bytes plus symlink target
 * lengths, each hardlinked inode once. A layer the engine built itself with BuildKit is sized
 * without its symlinks, so the building engine can show a few bytes less for the same layer.
 */
function readLayer(tar: Uint8Array, lower: PathTree<EntryType>, where: string): LayerChanges {
  const changes: LayerChangeWithContent[] = [];
  const index = new Map<string, number>(); // key → position in `changes`: a repeated entry replaces the earlier one
  const counted = new Map<string, number>(); // key → bytes it adds to the layer size

  let entries: TarEntry[];
  try {
    entries = [...iterateTar(tar)];
  } catch (e) {
    throw new Error(`saved image: layer ${where}: ${(e as Error).message}`);
  }

  for (const e of entries) {
    const rel = clean(e.name);
    if (rel === '') continue; // the layer root "./"
    const path = '/' + rel;
    const base = basename(path);
    const attrs = { mode: e.mode & 0o7777, uid: e.uid, gid: e.gid, entry: e.name.replace(/^\.\//, '') };
    let change: LayerChangeWithContent;
    let bytes = 0;

    if (base === '.wh..wh..opq') {
      change = { path: dirname(path), kind: 'opaque', type: 'dir', size: 0, ...attrs };
    } else if (base.startsWith('.wh..wh.')) {
      continue; // other aufs bookkeeping entries (.wh..wh.plnk) are not files
    } else if (base.startsWith('.wh.')) {
      const target = join(dirname(path), base.slice(4));
      const type = lower.has(target) ? (lower.get(target) ?? 'dir') : 'file';
      change = { path: target, kind: 'whiteout', type, size: 0, ...attrs };
    } else {
      const kind = lower.has(path) ? 'modify' : 'add';
      if (e.typeflag === '5') {
        change = { path, kind, type: 'dir', size: 0, ...attrs };
      } else if (e.typeflag === '2') {
        const size = byteLength(e.linkname);
        change = { path, kind, type: 'symlink', size, link: e.linkname, ...attrs };
        bytes = size;
      } else if (e.typeflag === '0' || e.typeflag === '1') {
        change = { path, kind, type: 'file', size: e.size, ...attrs };
        bytes = e.typeflag === '0' ? e.size : 0; // a hardlink shares its target's (already counted) inode
        if (e.typeflag === '0' && keepsContent(path, e.size) && !e.data.includes(0)) change.content = utf8.decode(e.data);
      } else {
        // Devices and fifos have no EntryType of their own; they take no space.
        change = { path, kind, type: 'file', size: 0, ...attrs };
      }
    }

    // An opaque marker and its directory's own entry share a path but are separate changes.
    const key = change.kind === 'opaque' ? '\0opq' + change.path : change.path;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, changes.length);
      changes.push(change);
    } else {
      changes[at] = change;
    }
    counted.set(key, bytes);
  }

  let size = 0;
  for (const bytes of counted.values()) size += bytes;
  return { created_by: '', size, changes };
}

// ---- config and history ----

/** History rows; the i-th non-empty row owns the i-th layer and takes its size and created_by. */
function readHistory(raw: unknown, layers: LayerChanges[]): HistoryEntry[] {
  const rows = Array.isArray(raw) ? raw : [];
  let next = 0;
  const history: HistoryEntry[] = rows.map((row: unknown) => {
    const h = isObject(row) ? row : {};
    const entry: HistoryEntry = {
      created_by: typeof h.created_by === 'string' ? h.created_by : '',
      empty_layer: h.empty_layer === true,
      size: 0,
    };
    if (typeof h.comment === 'string') entry.comment = h.comment;
    if (!entry.empty_layer && next < layers.length) {
      const layer = layers[next++];
      layer.created_by = entry.created_by;
      entry.size = layer.size;
    }
    return entry;
  });
  // Layers the history does not describe still need a row, so history sizes add up to the image size.
  for (; next < layers.length; next++) history.push({ created_by: '', empty_layer: false, size: layers[next].size });
  return history;
}

function normaliseConfig(raw: unknown): ImageConfig {
  const c = isObject(raw) ? raw : {};
  return {
    Env: strings(c.Env) ?? [],
    User: str(c.User),
    WorkingDir: str(c.WorkingDir),
    Cmd: strings(c.Cmd),
    Entrypoint: strings(c.Entrypoint),
    ExposedPorts: emptySet(c.ExposedPorts),
    Labels: isObject(c.Labels)
      ? Object.fromEntries(Object.entries(c.Labels).filter((kv): kv is [string, string] => typeof kv[1] === 'string'))
      : {},
    Volumes: emptySet(c.Volumes),
    Shell: strings(c.Shell),
    StopSignal: str(c.StopSignal),
    Healthcheck: healthcheck(c.Healthcheck),
    OnBuild: strings(c.OnBuild),
    ...(c.ArgsEscaped === true ? { ArgsEscaped: true } : {}),
  };
}

function healthcheck(raw: unknown): Healthcheck | null {
  if (!isObject(raw)) return null;
  const out: Healthcheck = { Test: strings(raw.Test) ?? [] };
  for (const key of ['Interval', 'Timeout', 'StartPeriod', 'StartInterval', 'Retries'] as const) {
    if (typeof raw[key] === 'number') out[key] = raw[key];
  }
  return out;
}

function emptySet(raw: unknown): Record<string, Record<string, never>> {
  return isObject(raw) ? Object.fromEntries(Object.keys(raw).map((k) => [k, {}])) : {};
}

function strings(raw: unknown): string[] | null {
  return Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string') : null;
}

function str(raw: unknown): string {
  return typeof raw === 'string' ? raw : '';
}

function isObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function asObject(raw: unknown, what: string): Record<string, unknown> {
  if (!isObject(raw)) throw new Error(`saved image: ${what} is not a JSON object`);
  return raw;
}
