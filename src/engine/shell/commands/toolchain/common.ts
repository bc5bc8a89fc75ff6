// Shared helpers for the toolchain models (go, npm, yarn, pnpm, tsc …): making directories and
// many sized files cheaply, reading go.mod / package.json from the step's filesystem, telling the
// image's libc and architecture from its files, and printing sizes for assumption notes.
//
// Toolchain models write files whose bytes the simulator does not have (a compiled program, a
// package's sources). Such a file is a Node with a real `size`, no `unknown` flag (the model
// stands behind the estimate and says so through ctx.assume), and a `data` id derived from what
// produced it, so the same inputs give the same id (cache comparisons, "did it change?").
import { contentId, hash } from '../../../context/checksum';
import { byteLength, dirname, join, resolve } from '../../../fs/path';
import type { Node } from '../../../fs/tree';
import type { CommandContext } from '../../model';

export type Ctx = CommandContext;

export const abs = (ctx: Ctx, p: string): string => resolve(ctx.cwd, p);

/** Creates `dir` and its missing parents (owned by the step's user). False when a file is in the way. */
export function ensureDir(ctx: Ctx, dir: string, mode = 0o755): boolean {
  if (dir === '/') return true;
  const n = ctx.fs.get(dir);
  if (n) {
    if (n.type === 'dir') return true;
    if (n.type !== 'symlink') return false;
    const real = ctx.fs.realpath(dir);
    return real !== dir && ensureDir(ctx, real, mode);
  }
  const parent = dirname(dir);
  if (!ensureDir(ctx, parent, mode === 0o555 ? 0o755 : mode)) return false;
  // The parent may be reached through a symlink: create the directory where it really lives.
  const at = ctx.fs.get(parent)?.type === 'dir' ? dir : join(ctx.fs.realpath(parent), dir.slice(parent.length + 1));
  if (ctx.fs.get(at)?.type === 'dir') return true;
  ctx.fs.set(at, { type: 'dir', size: 0, mode, uid: ctx.user.uid, gid: ctx.user.gid, data: 'dir', origin: ctx.origin, layer: ctx.layer });
  return true;
}

function same(a: Node | undefined, b: Node): boolean {
  return !!a && a.type === b.type && a.data === b.data && a.size === b.size && a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.link === b.link;
}

/** Writes a node unless an identical one is already there (a re-run keeps the earlier layer's file). */
function put(ctx: Ctx, path: string, node: Node): void {
  if (same(ctx.fs.get(path), node)) return;
  ctx.fs.set(path, node);
}

/** A file with known text (its size is the text's UTF-8 length). Parents must exist. */
export function writeText(ctx: Ctx, path: string, text: string, mode = 0o644): void {
  const size = byteLength(text);
  put(ctx, path, { type: 'file', size, mode, uid: ctx.user.uid, gid: ctx.user.gid, content: text, data: contentId('file', text, size), origin: ctx.origin, layer: ctx.layer });
}

/**
 * A file of `size` bytes the simulator does not hold. `id` names the bytes (equal ids, equal
 * bytes). `content`, when given, is a descriptor text (see descriptors.ts), not the bytes.
 */
export function writeSized(ctx: Ctx, path: string, size: number, id: string, mode = 0o644, content?: string): void {
  const n: Node = {
    type: 'file',
    size: Math.max(0, Math.round(size)),
    mode,
    uid: ctx.user.uid,
    gid: ctx.user.gid,
    data: content !== undefined ? contentId('file', content, size) : 'tool:' + hash(id),
    origin: ctx.origin,
    layer: ctx.layer,
    ...(content !== undefined ? { content } : {}),
  };
  put(ctx, path, n);
}

export function writeSymlink(ctx: Ctx, path: string, target: string): void {
  put(ctx, path, { type: 'symlink', size: 0, mode: 0o777, uid: ctx.user.uid, gid: ctx.user.gid, link: target, data: 'link:' + target, origin: ctx.origin, layer: ctx.layer });
}

/** Removes a path if present (no error when missing). */
export function removePath(ctx: Ctx, path: string): void {
  if (ctx.fs.get(path)) ctx.fs.remove(path);
}

/** Known text of a file (following symlinks); null when missing, a directory, or bytes unknown. */
export function readText(ctx: Ctx, path: string): string | null {
  const n = ctx.fs.get(ctx.fs.realpath(path));
  return n && n.type === 'file' && n.content !== undefined ? n.content : null;
}

export function isFile(ctx: Ctx, path: string): boolean {
  return ctx.fs.get(ctx.fs.realpath(path))?.type === 'file';
}

export function isDir(ctx: Ctx, path: string): boolean {
  return ctx.fs.isDir(ctx.fs.realpath(path));
}

/** JSON, tolerating the comments and trailing commas tsconfig.json allows. Null when unparseable. */
export function parseJsonc(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    /* fall through to the tolerant reading */
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      if (i < 0) break;
      i++;
    } else out += c;
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    return null;
  }
}

export function readJson(ctx: Ctx, path: string): Record<string, unknown> | null {
  const t = readText(ctx, path);
  if (t === null) return null;
  const v = parseJsonc(t);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

export type Libc = 'glibc' | 'musl' | 'unknown';

export interface Platform {
  libc: Libc;
  /** GOARCH spelling: amd64, arm64, arm, 386 … */
  arch: string;
  /** Node's spelling of arch (x64, arm64, arm, ia32). */
  nodeArch: string;
  /** Whether libc and arch were read from the image's files (else assumed). */
  known: boolean;
}

const LOADERS: [string, Libc, string][] = [
  ['/lib/ld-musl-x86_64.so.1', 'musl', 'amd64'],
  ['/lib/ld-musl-aarch64.so.1', 'musl', 'arm64'],
  ['/lib/ld-musl-armhf.so.1', 'musl', 'arm'],
  ['/lib64/ld-linux-x86-64.so.2', 'glibc', 'amd64'],
  ['/lib/x86_64-linux-gnu/libc.so.6', 'glibc', 'amd64'],
  ['/usr/lib/x86_64-linux-gnu/libc.so.6', 'glibc', 'amd64'],
  ['/lib/ld-linux-aarch64.so.1', 'glibc', 'arm64'],
  ['/lib/aarch64-linux-gnu/libc.so.6', 'glibc', 'arm64'],
  ['/usr/lib/aarch64-linux-gnu/libc.so.6', 'glibc', 'arm64'],
  ['/lib/ld-linux-armhf.so.3', 'glibc', 'arm'],
];

export const NODE_ARCH: Record<string, string> = { amd64: 'x64', arm64: 'arm64', arm: 'arm', '386': 'ia32' };

/** The image's C library and architecture, from its dynamic loader. */
export function platformOf(ctx: Ctx): Platform {
  for (const [path, libc, arch] of LOADERS) {
    if (ctx.fs.get(path) || ctx.fs.get(ctx.fs.realpath(path))) return { libc, arch, nodeArch: NODE_ARCH[arch] ?? arch, known: true };
  }
  return { libc: 'unknown', arch: 'amd64', nodeArch: 'x64', known: false };
}

/** The dynamic loader and C library soname a program linked for this libc/arch needs. */
export function loaderFor(libc: 'glibc' | 'musl', arch: string): { interpreter: string; needs: string } {
  if (libc === 'musl') {
    const m = arch === 'arm64' ? 'aarch64' : arch === 'arm' ? 'armhf' : 'x86_64';
    return { interpreter: `/lib/ld-musl-${m}.so.1`, needs: `libc.musl-${m}.so.1` };
  }
  const interpreter = arch === 'arm64' ? '/lib/ld-linux-aarch64.so.1' : arch === 'arm' ? '/lib/ld-linux-armhf.so.3' : '/lib64/ld-linux-x86-64.so.2';
  return { interpreter, needs: 'libc.so.6' };
}

/** Whether `name` resolves to a file on the PATH of the step (a C compiler, a tool). */
export function onPath(ctx: Ctx, name: string, env: Map<string, string> = ctx.env): boolean {
  const path = env.get('PATH') ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  return path.split(':').some((d) => d && isFile(ctx, resolve('/', d + '/' + name)));
}

/** "8.2 MB" (decimal megabytes, as docker prints sizes). */
export function mb(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return `${bytes} B`;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A long lowercase hex string derived from text (cache keys, content-addressed names). */
export function hexId(text: string, length = 64): string {
  // FNV-1a seeds two lanes; murmur3's finalizer stretches them, so every digit depends on every bit.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  let out = '';
  while (out.length < length) {
    h1 = Math.imul(h1 ^ (h1 >>> 16) ^ h2, 0x85ebca6b);
    h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
    h1 ^= h1 >>> 16;
    h2 = Math.imul((h2 + 0x9e3779b9) ^ h1, 0x27d4eb2f);
    h2 ^= h2 >>> 15;
    out += HEX[h1 >>> 24]! + HEX[(h1 >>> 16) & 255]! + HEX[(h1 >>> 8) & 255]! + HEX[h1 & 255]! + HEX[h2 >>> 24]! + HEX[(h2 >>> 16) & 255]! + HEX[(h2 >>> 8) & 255]! + HEX[h2 & 255]!;
  }
  return out.length === length ? out : out.slice(0, length);
}

/** Files directly in a directory (sorted), with their nodes. */
export function filesIn(ctx: Ctx, dir: string): { name: string; node: Node }[] {
  const real = ctx.fs.realpath(dir);
  const out: { name: string; node: Node }[] = [];
  for (const name of ctx.fs.list(real)) {
    const n = ctx.fs.get(join(real, name));
    if (n) out.push({ name, node: n });
  }
  return out;
}

/** Splits "--flag=value" and "--flag value" for the named long flags. */
export function flagValue(args: string[], names: string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    for (const n of names) {
      if (a === n) return args[i + 1] ?? '';
      if (a.startsWith(n + '=')) return a.slice(n.length + 1);
    }
  }
  return null;
}
