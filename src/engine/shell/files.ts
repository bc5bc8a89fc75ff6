// File helpers shared by command models: reading and writing bytes, making nodes stamped with
// the step's user and provenance, with the default umask 022.
import { contentId } from '../context/checksum';
import { byteLength, dirname } from '../fs/path';
import type { Node } from '../fs/tree';
import { ReadOnlyError, type Fs } from '../fs/view';
import type { CommandContext, Data } from './model';

type Ctx = Pick<CommandContext, 'fs' | 'user' | 'origin' | 'layer' | 'opaque'>;

let unknownCounter = 0;

export function dataSize(d: Data): number {
  return 'text' in d ? byteLength(d.text) : d.size ?? 0;
}

/** The bytes of a file, following symlinks; null when missing or a directory. */
export function readData(fs: Fs, path: string): Data | null {
  const n = fs.get(fs.realpath(path));
  if (!n || n.type !== 'file') return null;
  return n.content !== undefined ? { text: n.content } : { unknown: `the contents of ${path}`, size: n.size };
}

export function fileNode(ctx: Ctx, data: Data, mode = 0o644, over?: Node): Node {
  const size = dataSize(data);
  const text = 'text' in data ? data.text : undefined;
  return {
    type: 'file',
    size,
    mode: over ? over.mode : mode,
    uid: over ? over.uid : ctx.user.uid,
    gid: over ? over.gid : ctx.user.gid,
    ...(text !== undefined ? { content: text } : {}),
    data: text !== undefined ? contentId('file', text, size) : `unknown:${++unknownCounter}`,
    origin: ctx.origin,
    layer: ctx.layer,
    ...('unknown' in data ? { unknown: true } : {}),
  };
}

export function dirNode(ctx: Ctx, mode = 0o755): Node {
  return { type: 'dir', size: 0, mode, uid: ctx.user.uid, gid: ctx.user.gid, data: 'dir', origin: ctx.origin, layer: ctx.layer };
}

/** A copy of a node written by this step (copy-up: same bytes, new layer). */
export function restamp(ctx: Ctx, n: Node, changes: Partial<Node> = {}): Node {
  return { ...n, origin: changes.origin ?? n.origin, layer: ctx.layer, ...changes };
}

/** Writes (or appends) data to a path; returns an error message for stderr, or null. */
export function writeData(ctx: Ctx, path: string, data: Data, append: boolean): string | null {
  const fs = ctx.fs;
  const real = fs.realpath(path);
  const existing = fs.get(real);
  if (existing?.type === 'dir') return `/bin/sh: can't create ${path}: Is a directory\n`;
  if (!fs.isDir(fs.realpath(dirname(real)))) return `/bin/sh: can't create ${path}: nonexistent directory\n`;
  if ('unknown' in data && data.size === undefined) ctx.opaque(`${data.unknown} written to ${path} (its size is unknown)`);
  let next: Data = data;
  if (append && existing) {
    const old = readData(fs, real);
    next = old && 'text' in old && 'text' in data ? { text: old.text + data.text } : { unknown: `appended data`, size: existing.size + dataSize(data) };
  }
  try {
    fs.set(real, fileNode(ctx, next, 0o644, existing));
  } catch (e) {
    if (e instanceof ReadOnlyError) return `/bin/sh: can't create ${path}: Read-only file system\n`;
    throw e;
  }
  return null;
}

/** Bytes of several sources in a row (cat a b, a script's combined output). */
export function concatData(parts: Data[]): Data {
  if (parts.every((p) => 'text' in p)) return { text: parts.map((p) => (p as { text: string }).text).join('') };
  const sizes = parts.map((p) => ('text' in p ? new TextEncoder().encode(p.text).length : p.size));
  const known = sizes.every((s) => s !== undefined);
  return known ? { unknown: 'binary data', size: sizes.reduce((a, b) => a! + b!, 0)! } : { unknown: 'data of unknown size' };
}
