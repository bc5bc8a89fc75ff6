// The image filesystem of one stage while it builds. Steps mutate it in place; a journal of the
// values each path had before the step turns into that step's layer: adds, modifies, whiteouts
// and opaque directories, the way an overlay snapshot diff would record them.
import type { EntryType, LayerChange } from '../types';
import { ancestors, basename, dirname, isUnder, join } from './path';

/** Where the bytes of a path came from. */
export interface Origin {
  stage: string;
  instruction: string;
  line: number | null;
}

export interface Node {
  type: EntryType;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  link?: string;
  /** Known text content. */
  content?: string;
  /** Identity of the bytes: equal ids mean equal bytes (cache checksums, "did it change?"). */
  data: string;
  origin: Origin;
  /** Index of the stage's layer that last wrote this path. */
  layer: number;
  /** The instruction that put a copied file into this stage (COPY --from), when not its origin. */
  copiedBy?: string;
  /** Set when a command the engine cannot model wrote this file (its size is a guess). */
  unknown?: boolean;
  /** Bumped by metadata-only writes (touch): a new mtime copies the file up into the layer. */
  mtime?: number;
}

interface StepJournal {
  /** Path → the node it had before the step (null: did not exist). */
  before: Map<string, Node | null>;
  /** Directories whose entries were added or removed (their mtime changed). */
  touched: Set<string>;
  /** Directories deleted and made again in this step: opaque in the layer. */
  recreated: Set<string>;
}

export class FileSystem {
  private readonly nodes = new Map<string, Node>();
  private readonly children = new Map<string, Set<string>>();
  private journal: StepJournal | null = null;

  constructor(readonly root: Node) {
    this.children.set('/', new Set());
  }

  clone(): FileSystem {
    const fs = new FileSystem(this.root);
    for (const [p, n] of this.nodes) fs.nodes.set(p, n);
    for (const [p, c] of this.children) fs.children.set(p, new Set(c));
    return fs;
  }

  get(path: string): Node | undefined {
    return path === '/' ? this.root : this.nodes.get(path);
  }

  has(path: string): boolean {
    return path === '/' || this.nodes.has(path);
  }

  isDir(path: string): boolean {
    return this.get(path)?.type === 'dir';
  }

  /** Child names of a directory, sorted. */
  list(dir: string): string[] {
    const c = this.children.get(dir);
    return c ? [...c].sort() : [];
  }

  /** Every path under dir (depth-first, sorted), dir excluded. */
  walk(dir: string): string[] {
    const out: string[] = [];
    const visit = (d: string) => {
      for (const name of this.list(d)) {
        const p = join(d, name);
        out.push(p);
        if (this.nodes.get(p)?.type === 'dir') visit(p);
      }
    };
    visit(dir);
    return out;
  }

  /** All paths, sorted. */
  paths(): string[] {
    return [...this.nodes.keys()].sort();
  }

  /** Follows symlinks in every component; returns the resolved path (which may not exist). */
  realpath(path: string, depth = 0): string {
    if (depth > 40) return path;
    const parts = path.split('/').filter(Boolean);
    let cur = '/';
    for (let i = 0; i < parts.length; i++) {
      const next = join(cur, parts[i]!);
      const node = this.nodes.get(next);
      if (node?.type === 'symlink' && node.link !== undefined) {
        const target = node.link.startsWith('/') ? node.link : join(cur, node.link);
        const rest = parts.slice(i + 1).join('/');
        return this.realpath(normalizeAbs(target) + (rest ? '/' + rest : ''), depth + 1);
      }
      cur = next;
    }
    return cur;
  }

  /** Writes are always allowed on a stage's own filesystem (mounts decide otherwise). */
  checkWritable(): void {}

  /** Creates or replaces a path; the parent must exist. */
  set(path: string, node: Node): void {
    if (path === '/') return;
    const parent = dirname(path);
    const existed = this.nodes.get(path);
    this.record(path);
    if (existed && existed.type === 'dir' && node.type !== 'dir') this.removeTree(path);
    this.nodes.set(path, node);
    let siblings = this.children.get(parent);
    if (!siblings) this.children.set(parent, (siblings = new Set()));
    if (!siblings.has(basename(path))) {
      siblings.add(basename(path));
      this.touch(parent);
    }
    if (node.type === 'dir' && !this.children.has(path)) this.children.set(path, new Set());
    if (this.journal && this.journal.before.get(path)?.type === 'dir' && !existed && node.type === 'dir') {
      this.journal.recreated.add(path);
    }
  }

  /** Creates missing parent directories of `path` with the given template. */
  mkdirAll(dir: string, make: (path: string) => Node): void {
    if (dir === '/' || this.isDir(dir)) return;
    this.mkdirAll(dirname(dir), make);
    if (!this.isDir(dir)) this.set(dir, make(dir));
  }

  /** Removes a path and everything under it. */
  remove(path: string): void {
    if (path === '/' || !this.nodes.has(path)) return;
    this.removeTree(path);
    this.record(path);
    this.nodes.delete(path);
    this.children.get(dirname(path))?.delete(basename(path));
    this.touch(dirname(path));
  }

  private removeTree(path: string): void {
    const kids = this.children.get(path);
    if (!kids) return;
    for (const name of [...kids]) {
      const p = join(path, name);
      this.removeTree(p);
      this.record(p);
      this.nodes.delete(p);
    }
    this.children.delete(path);
  }

  private record(path: string): void {
    const j = this.journal;
    if (j && !j.before.has(path)) j.before.set(path, this.nodes.get(path) ?? null);
  }

  /** Marks a directory as modified in this step (a mount point was made and removed in it). */
  markTouched(dir: string): void {
    if (dir !== '/' && this.nodes.has(dir)) this.journal?.touched.add(dir);
  }

  private touch(dir: string): void {
    this.journal?.touched.add(dir);
  }

  beginStep(): void {
    this.journal = { before: new Map(), touched: new Set(), recreated: new Set() };
  }

  /**
   * Ends the step: the layer's entries, sorted as a tar would list them. Directories appear when
   * they are new, their metadata changed, or an entry was added to or removed from them.
   */
  endStep(): LayerChange[] {
    const j = this.journal;
    this.journal = null;
    if (!j) return [];
    const out: LayerChange[] = [];
    const seen = new Set<string>();
    const emit = (path: string, kind: LayerChange['kind'], n: Node, entry = path.slice(1)) => {
      out.push({
        path, kind, type: n.type, size: sizeOf(n), mode: n.mode, uid: n.uid, gid: n.gid, entry,
        ...(n.link !== undefined ? { link: n.link } : {}),
        // Small text stays with the layer: leak checks read what a deleted file held.
        ...(n.content !== undefined && n.content.length <= 65536 ? { content: n.content } : {}),
      });
    };
    for (const [path, before] of j.before) {
      const after = this.nodes.get(path) ?? null;
      if (!before && !after) continue;
      if (after && before === after) continue;
      if (!after) {
        // Only the topmost deleted path gets a whiteout; an opaque parent covers it too.
        const parent = dirname(path);
        // A parent that is gone, now a file, or recreated (opaque) already hides the path.
        if (parent !== '/' && (this.nodes.get(parent)?.type !== 'dir' || j.recreated.has(parent))) continue;
        if (!isInsideRecreated(path, j.recreated)) {
          out.push({ path, kind: 'whiteout', type: before!.type, size: 0, mode: 0o600, uid: 0, gid: 0, entry: join(parent, '.wh.' + basename(path)).slice(1) });
        }
        continue;
      }
      if (!before) {
        emit(path, 'add', after);
      } else if (j.recreated.has(path)) {
        emit(path, 'modify', after);
        out.push({ path, kind: 'opaque', type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, entry: join(path, '.wh..wh..opq').slice(1) });
      } else if (!sameNode(before, after) || j.touched.has(path)) {
        emit(path, 'modify', after);
      } else continue;
      seen.add(path);
    }
    for (const dir of j.touched) {
      if (dir === '/' || seen.has(dir) || j.before.has(dir)) continue;
      const n = this.nodes.get(dir);
      if (n) {
        emit(dir, 'modify', n);
        seen.add(dir);
      }
    }
    // A layer tar lists every parent directory of what it holds, changed or not.
    for (const c of [...out]) {
      for (const dir of ancestors(c.path)) {
        if (seen.has(dir)) continue;
        seen.add(dir);
        const n = this.nodes.get(dir);
        if (n) emit(dir, j.before.has(dir) && !j.before.get(dir) ? 'add' : 'modify', n);
      }
    }
    return out.sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
  }
}

function isInsideRecreated(path: string, recreated: Set<string>): boolean {
  for (const d of recreated) if (isUnder(path, d)) return true;
  return false;
}

function normalizeAbs(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

export function sameNode(a: Node, b: Node): boolean {
  return a.type === b.type && a.data === b.data && a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.link === b.link && a.size === b.size && a.mtime === b.mtime;
}

/**
 * Bytes a path adds to a layer, as `docker history` reports layers BuildKit built: regular file
 * sizes only (symlinks count 0 there, unlike layers Docker imported or loaded).
 */
export function sizeOf(n: { type: EntryType; size: number }): number {
  return n.type === 'file' ? n.size : 0;
}
