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
  private nodes = new Map<string, Node>();
  private children = new Map<string, Set<string>>();
  /** Set when `nodes` and `children` are shared with a clone: copied before the first write. */
  private shared = false;
  /** The child-name sets this filesystem made or copied (the others are shared with a clone). */
  private ownSets = new WeakSet<Set<string>>();
  /**
   * realpath answers (every command looks up the same PATH entries). They depend on symlinks
   * only, so only a write that makes, changes or removes one (or may remove one) forgets them.
   */
  private realpaths = new Map<string, string>();
  /**
   * The sorted paths as they were at some point, and what was created or removed since: a later
   * paths() merges the few new paths in instead of sorting them all again (the image report and
   * the findings list the final image's paths; its base image's were sorted in an earlier build).
   */
  private sortedPaths: string[] | null = null;
  private createdSince: string[] = [];
  private removedSince = false;
  private clones = 0;
  private journal: StepJournal | null = null;
  /** Between beginStep and endStep; the journal itself is made on the step's first write. */
  private stepOpen = false;

  constructor(readonly root: Node) {
    this.newChildren('/');
  }

  /**
   * A copy that shares the maps until either side writes (copy-on-write): a stage built FROM
   * another, or a bind mount, often reads far more paths than it writes, or writes none.
   */
  clone(): FileSystem {
    // A filesystem cloned again and again is a shared base (an image, once per build that uses
    // it): sorted once, its clones only merge in what they add.
    if (++this.clones === 2 && !this.sortedPaths) this.paths();
    const fs = new FileSystem(this.root);
    fs.nodes = this.nodes;
    fs.children = this.children;
    fs.sortedPaths = this.sortedPaths;
    fs.createdSince = [...this.createdSince];
    fs.removedSince = this.removedSince;
    fs.shared = this.shared = true;
    return fs;
  }

  /**
   * Makes the maps this filesystem's own before a write. The child-name sets stay shared until
   * one of them changes (mutableChildren).
   */
  private own(): void {
    if (!this.shared) return;
    this.nodes = new Map(this.nodes);
    this.children = new Map(this.children);
    this.ownSets = new WeakSet();
    this.shared = false;
  }

  /** The child names of a directory, to change: copied first if still shared with a clone. */
  private mutableChildren(dir: string): Set<string> | undefined {
    let names = this.children.get(dir);
    if (names && !this.ownSets.has(names)) {
      this.children.set(dir, (names = new Set(names)));
      this.ownSets.add(names);
    }
    return names;
  }

  private newChildren(dir: string): Set<string> {
    const names = new Set<string>();
    this.children.set(dir, names);
    this.ownSets.add(names);
    return names;
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

  /** Every path and its node, in no particular order (no sort, for callers that need none). */
  entries(): IterableIterator<[string, Node]> {
    return this.nodes.entries();
  }

  /** All paths, sorted (a fresh array: callers may keep or change it). */
  paths(): string[] {
    if (!this.sortedPaths || this.createdSince.length > this.nodes.size / 4) {
      this.sortedPaths = [...this.nodes.keys()].sort();
    } else if (this.createdSince.length || this.removedSince) {
      this.sortedPaths = mergeSorted(this.removedSince ? this.sortedPaths.filter((p) => this.nodes.has(p)) : this.sortedPaths, this.createdSince.filter((p) => this.nodes.has(p)).sort());
    }
    this.createdSince = [];
    this.removedSince = false;
    return this.sortedPaths.slice();
  }

  /** Follows symlinks in every component; returns the resolved path (which may not exist). */
  realpath(path: string): string {
    let real = this.realpaths.get(path);
    if (real === undefined) this.realpaths.set(path, (real = this.resolveLinks(path, 0)));
    return real;
  }

  private resolveLinks(path: string, depth: number): string {
    if (depth > 40) return path;
    let cur = '/';
    // Component by component (runs of non-'/' characters), without splitting the whole path.
    for (let i = 0; i < path.length; ) {
      if (path.charCodeAt(i) === 47) {
        i++;
        continue;
      }
      let end = path.indexOf('/', i);
      if (end < 0) end = path.length;
      const next = join(cur, path.slice(i, end));
      const node = this.nodes.get(next);
      if (node?.type === 'symlink' && node.link !== undefined) {
        const target = node.link.startsWith('/') ? node.link : join(cur, node.link);
        const rest = path.slice(end).split('/').filter(Boolean).join('/');
        return this.resolveLinks(normalizeAbs(target) + (rest ? '/' + rest : ''), depth + 1);
      }
      cur = next;
      i = end;
    }
    return cur;
  }

  /** Writes are always allowed on a stage's own filesystem (mounts decide otherwise). */
  checkWritable(): void {}

  /** Creates or replaces a path; the parent must exist. */
  set(path: string, node: Node): void {
    if (path === '/') return;
    this.own();
    const parent = dirname(path);
    const existed = this.nodes.get(path);
    if (!existed && this.sortedPaths) this.createdSince.push(path);
    if (node.type === 'symlink' || existed?.type === 'symlink' || (existed?.type === 'dir' && node.type !== 'dir')) this.forgetRealpaths();
    this.record(path);
    if (existed && existed.type === 'dir' && node.type !== 'dir') this.removeTree(path);
    this.nodes.set(path, node);
    const siblings = this.children.get(parent);
    if (!siblings?.has(basename(path))) {
      (this.mutableChildren(parent) ?? this.newChildren(parent)).add(basename(path));
      this.touch(parent);
    }
    if (node.type === 'dir' && !this.children.has(path)) this.newChildren(path);
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
    this.own();
    this.forgetRealpaths();
    this.removedSince = true;
    this.removeTree(path);
    this.record(path);
    this.nodes.delete(path);
    this.mutableChildren(dirname(path))?.delete(basename(path));
    this.touch(dirname(path));
  }

  private removeTree(path: string): void {
    const kids = this.children.get(path);
    if (!kids) return;
    this.removedSince = true;
    for (const name of [...kids]) {
      const p = join(path, name);
      this.removeTree(p);
      this.record(p);
      this.nodes.delete(p);
    }
    this.children.delete(path);
  }

  private forgetRealpaths(): void {
    if (this.realpaths.size) this.realpaths.clear();
  }

  /** The open step's journal, made on first use (many steps write nothing). */
  private openJournal(): StepJournal | null {
    if (!this.stepOpen) return null;
    return (this.journal ??= { before: new Map(), touched: new Set(), recreated: new Set() });
  }

  private record(path: string): void {
    const j = this.openJournal();
    if (j && !j.before.has(path)) j.before.set(path, this.nodes.get(path) ?? null);
  }

  /** Marks a directory as modified in this step (a mount point was made and removed in it). */
  markTouched(dir: string): void {
    if (dir !== '/' && this.nodes.has(dir)) this.openJournal()?.touched.add(dir);
  }

  private touch(dir: string): void {
    this.openJournal()?.touched.add(dir);
  }

  beginStep(): void {
    this.stepOpen = true;
    this.journal = null;
  }

  /**
   * Ends the step: the layer's entries, sorted as a tar would list them. Directories appear when
   * they are new, their metadata changed, or an entry was added to or removed from them.
   */
  endStep(): LayerChange[] {
    const j = this.journal;
    this.journal = null;
    this.stepOpen = false;
    // A step that wrote nothing (RUN true, a RUN that only reads) makes an empty layer.
    if (!j || (!j.before.size && !j.touched.size)) return [];
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

/** Two sorted lists as one, each string once (a path removed and made again is in both). */
function mergeSorted(a: string[], b: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const next = y === undefined || (x !== undefined && x <= y) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
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
