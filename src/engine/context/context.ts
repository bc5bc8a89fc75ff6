// The build context as BuildKit receives it: files minus what .dockerignore excludes (Docker's
// own matching rules, via @balena/dockerignore). Ignored files never reach the builder, so they
// cannot be copied and cannot bust the cache.
import ignore from '@balena/dockerignore';
import type { ContextEntry, EntryType } from '../types';
import { byteLength } from '../fs/path';
import { contentId } from './checksum';

export interface ContextFile {
  /** Path relative to the context root, no leading slash ("src/main.go"). */
  path: string;
  type: EntryType;
  size: number;
  mode: number;
  link?: string;
  content?: string;
  bytes?: Uint8Array;
  /** Identity of the bytes (for COPY cache checksums). */
  data: string;
}

export class BuildContext {
  private readonly files = new Map<string, ContextFile>();
  private readonly children = new Map<string, Set<string>>();
  /** Paths excluded by .dockerignore (reported, never sent). */
  readonly ignored: string[] = [];

  constructor(entries: ContextEntry[]) {
    const all = new Map<string, ContextFile>();
    for (const e of entries) {
      const path = clean(e.path);
      if (!path) continue;
      const size = e.size ?? (e.type === 'file' ? (e.bytes ? e.bytes.length : byteLength(e.content ?? '')) : 0);
      const mode = e.mode ?? (e.type === 'dir' ? 0o755 : e.type === 'symlink' ? 0o777 : 0o644);
      all.set(path, {
        path,
        type: e.type,
        size,
        mode,
        ...(e.link !== undefined ? { link: e.link } : {}),
        ...(e.content !== undefined ? { content: e.content } : {}),
        ...(e.bytes !== undefined ? { bytes: e.bytes } : {}),
        data: contentId(e.type, e.content, size, e.link, e.bytes),
      });
    }
    // Parent directories are implied by their files.
    for (const path of [...all.keys()]) {
      for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
        const dir = path.slice(0, i);
        if (!all.has(dir)) all.set(dir, { path: dir, type: 'dir', size: 0, mode: 0o755, data: 'dir' });
      }
    }
    const rules = all.get('.dockerignore')?.content;
    const ig = rules ? ignore().add(rules.split(/\r?\n/)) : null;
    const paths = [...all.keys()].sort();
    for (const path of paths) {
      const f = all.get(path)!;
      if (ig && path !== '.dockerignore' && ig.ignores(path)) {
        // A directory that holds a re-included file is still sent.
        if (f.type !== 'dir' || !paths.some((p) => p.startsWith(path + '/') && !ig.ignores(p))) {
          this.ignored.push(path);
          continue;
        }
      }
      this.files.set(path, f);
    }
    for (const path of this.files.keys()) {
      const i = path.lastIndexOf('/');
      const dir = i < 0 ? '' : path.slice(0, i);
      if (dir && !this.files.has(dir)) continue;
      let set = this.children.get(dir);
      if (!set) this.children.set(dir, (set = new Set()));
      set.add(path.slice(i + 1));
    }
  }

  get(path: string): ContextFile | undefined {
    return this.files.get(clean(path));
  }

  /** Child names of a context directory ("" is the root), sorted. */
  list(dir: string): string[] {
    return [...(this.children.get(clean(dir)) ?? [])].sort();
  }

  /** Every path under a directory ("" = all), sorted. */
  walk(dir: string): ContextFile[] {
    const out: ContextFile[] = [];
    const visit = (d: string) => {
      for (const name of this.list(d)) {
        const p = d ? d + '/' + name : name;
        const f = this.files.get(p);
        if (!f) continue;
        out.push(f);
        if (f.type === 'dir') visit(p);
      }
    };
    visit(clean(dir));
    return out;
  }

  /** Follows symlinks inside the context (a symlink named as a COPY source is copied as its target). */
  resolve(path: string, depth = 0): ContextFile | undefined {
    const f = this.get(path);
    if (!f || f.type !== 'symlink' || depth > 20) return f;
    const base = clean(path).split('/').slice(0, -1).join('/');
    const target = f.link!.startsWith('/') ? f.link! : (base ? base + '/' : '') + f.link!;
    return this.resolve(target, depth + 1);
  }

  get size(): number {
    return this.files.size;
  }
}

/** Context-relative form: no leading "./" or "/", no trailing "/", "." → "". */
export function clean(path: string): string {
  if (isClean(path)) return path;
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** Whether a path is already in context-relative form (COPY looks up such paths again and again). */
function isClean(path: string): boolean {
  if (path === '') return true;
  if (path.charCodeAt(0) === 47 || path.charCodeAt(path.length - 1) === 47) return false;
  // Components are separated by single slashes and are neither "." nor "..".
  for (let start = 0; start <= path.length; ) {
    let end = path.indexOf('/', start);
    if (end < 0) end = path.length;
    const len = end - start;
    if (len === 0) return false;
    if (path.charCodeAt(start) === 46 && (len === 1 || (len === 2 && path.charCodeAt(start + 1) === 46))) return false;
    start = end + 1;
  }
  return true;
}
