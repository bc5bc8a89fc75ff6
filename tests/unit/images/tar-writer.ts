// A tiny tar writer for test fixtures: ustar headers, with PAX or GNU records for long names,
// plus a builder for `docker save`-shaped tarballs. Only what the tests need.

export type FixtureType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo';

export interface FixtureEntry {
  name: string;
  type?: FixtureType;
  content?: string | Uint8Array;
  mode?: number;
  uid?: number;
  gid?: number;
  linkname?: string;
  /** Extra PAX records for this entry (written as an 'x' header before it). */
  pax?: Record<string, string>;
  /** Raw typeflag byte, overriding `type` (e.g. '\0' for a legacy regular file). */
  typeflag?: string;
}

export interface WriteOptions {
  /** How names and link targets over 100 bytes are written: PAX (default), GNU 'L'/'K', or a ustar prefix. */
  longNames?: 'pax' | 'gnu' | 'prefix';
  /** Records for a leading PAX global header ('g'). */
  globalPax?: Record<string, string>;
  /** Leave out the two zero blocks that end an archive. */
  noEndBlocks?: boolean;
}

const TYPEFLAG: Record<FixtureType, string> = {
  file: '0',
  hardlink: '1',
  symlink: '2',
  char: '3',
  block: '4',
  dir: '5',
  fifo: '6',
};

const enc = new TextEncoder();

export function writeTar(entries: FixtureEntry[], opts: WriteOptions = {}): Uint8Array {
  const blocks: Uint8Array[] = [];
  const push = (header: Uint8Array, data: Uint8Array): void => {
    blocks.push(header, pad(data));
  };
  if (opts.globalPax) push(header({ name: 'pax_global_header', typeflag: 'g', size: paxSize(opts.globalPax) }), paxData(opts.globalPax));

  for (const e of entries) {
    const typeflag = e.typeflag ?? TYPEFLAG[e.type ?? 'file'];
    const data = typeof e.content === 'string' ? enc.encode(e.content) : (e.content ?? new Uint8Array());
    let name = e.name;
    let linkname = e.linkname ?? '';
    let prefix = '';
    const pax: Record<string, string> = { ...e.pax };
    const longName = enc.encode(name).length > 100;
    const longLink = enc.encode(linkname).length > 100;
    const mode = opts.longNames ?? 'pax';

    if (mode === 'gnu') {
      if (longName) push(header({ name: '././@LongLink', typeflag: 'L', size: enc.encode(name).length + 1, gnu: true }), cstr(name));
      if (longLink) push(header({ name: '././@LongLink', typeflag: 'K', size: enc.encode(linkname).length + 1, gnu: true }), cstr(linkname));
    } else if (mode === 'prefix' && longName) {
      // ustar splits at a '/' leaving at most 155 bytes of prefix and 100 of name (ASCII names here).
      let cut = -1;
      for (let i = name.indexOf('/'); i >= 0 && i <= 155; i = name.indexOf('/', i + 1)) if (name.length - i - 1 <= 100) cut = i;
      if (cut < 0) throw new Error(`fixture name cannot be split into ustar prefix/name: ${name}`);
      [prefix, name] = [name.slice(0, cut), name.slice(cut + 1)];
    } else {
      if (longName) pax.path = name;
      if (longLink) pax.linkpath = linkname;
    }
    if (Object.keys(pax).length > 0) push(header({ name: 'PaxHeaders/' + name.slice(0, 80), typeflag: 'x', size: paxSize(pax) }), paxData(pax));

    if (longName && mode !== 'prefix') name = name.slice(0, 100);
    if (longLink) linkname = linkname.slice(0, 100);
    const h = header({
      name,
      prefix,
      typeflag,
      size: data.length,
      mode: e.mode ?? (typeflag === '5' ? 0o755 : 0o644),
      uid: e.uid ?? 0,
      gid: e.gid ?? 0,
      linkname,
      gnu: mode === 'gnu',
    });
    push(h, data);
  }
  if (!opts.noEndBlocks) blocks.push(new Uint8Array(1024));
  return concat(blocks);
}

interface HeaderFields {
  name: string;
  typeflag: string;
  size: number;
  prefix?: string;
  mode?: number;
  uid?: number;
  gid?: number;
  linkname?: string;
  gnu?: boolean;
}

export function header(f: HeaderFields): Uint8Array {
  const h = new Uint8Array(512);
  put(h, 0, 100, f.name);
  octal(h, 100, 8, f.mode ?? 0o644);
  octal(h, 108, 8, f.uid ?? 0);
  octal(h, 116, 8, f.gid ?? 0);
  octal(h, 124, 12, f.size);
  octal(h, 136, 12, 1577836800); // mtime 2020-01-01
  h[156] = f.typeflag.charCodeAt(0);
  put(h, 157, 100, f.linkname ?? '');
  put(h, 257, 8, f.gnu ? 'ustar  \0' : 'ustar\u000000');
  put(h, 265, 32, 'root');
  put(h, 297, 32, 'root');
  put(h, 345, 155, f.prefix ?? '');
  setChecksum(h);
  return h;
}

/** Recomputes a header's checksum (for tests that patch header bytes on purpose). */
export function setChecksum(h: Uint8Array): void {
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  put(h, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
}

function put(h: Uint8Array, at: number, len: number, text: string): void {
  const bytes = enc.encode(text);
  if (bytes.length > len) throw new Error(`fixture field too long: ${text}`);
  h.set(bytes, at);
}

function octal(h: Uint8Array, at: number, len: number, value: number): void {
  put(h, at, len, value.toString(8).padStart(len - 1, '0') + '\0');
}

function paxData(records: Record<string, string>): Uint8Array {
  return enc.encode(Object.entries(records).map(([k, v]) => paxRecord(k, v)).join(''));
}

function paxSize(records: Record<string, string>): number {
  return paxData(records).length;
}

/** "<len> key=value\n" where len counts the record's own digits too. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyLen = enc.encode(body).length;
  let len = bodyLen + 1;
  while (String(len).length + bodyLen !== len) len++;
  return `${len}${body}`;
}

function cstr(text: string): Uint8Array {
  return enc.encode(text + '\0');
}

function pad(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 512) * 512);
  out.set(data);
  return out;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ---- docker save tarballs ----

export interface FixtureImage {
  tags: string[];
  /** The image config JSON (`config`, `history`, ...); rootfs is filled in. */
  config: Record<string, unknown>;
  /** Each layer's tar entries, bottom first (or raw bytes, e.g. a gzip blob). */
  layers: (FixtureEntry[] | Uint8Array)[];
}

/**
 * A `docker save` tarball as Docker 26 writes it: blobs/sha256/<hex> plus manifest.json.
 * Digests are fake (a counter), which the loader never verifies.
 */
export function savedImageTar(images: FixtureImage[], opts: { legacy?: boolean } = {}): Uint8Array {
  let counter = 0;
  const nextHex = (): string => (++counter).toString(16).padStart(64, '0');
  const files: FixtureEntry[] = opts.legacy ? [] : [{ name: 'blobs/', type: 'dir' }, { name: 'blobs/sha256/', type: 'dir' }];
  const manifest = images.map((img) => {
    const layerPaths = img.layers.map((layer) => {
      const hex = nextHex();
      const path = opts.legacy ? `${hex}/layer.tar` : `blobs/sha256/${hex}`;
      files.push({ name: path, content: layer instanceof Uint8Array ? layer : writeTar(layer) });
      return path;
    });
    const hex = nextHex();
    const configPath = opts.legacy ? `${hex}.json` : `blobs/sha256/${hex}`;
    const config = { architecture: 'amd64', os: 'linux', ...img.config, rootfs: { type: 'layers', diff_ids: layerPaths.map(() => 'sha256:' + '0'.repeat(64)) } };
    files.push({ name: configPath, content: JSON.stringify(config) });
    return { Config: configPath, RepoTags: img.tags, Layers: layerPaths };
  });
  files.push({ name: 'manifest.json', content: JSON.stringify(manifest) });
  if (!opts.legacy) files.push({ name: 'index.json', content: '{"schemaVersion":2,"manifests":[]}' }, { name: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' });
  return writeTar(files);
}
