// What a RUN step sees: the stage's filesystem with secret, cache and bind mounts laid over it.
// Writes under a mount go to the mount (or fail when it is read-only), so mounted data never
// reaches the layer.
import type { FileSystem, Node } from './tree';
import { isUnder, join } from './path';

/** The operations commands use; FileSystem and MountedFs both provide them. */
export interface Fs {
  get(path: string): Node | undefined;
  has(path: string): boolean;
  isDir(path: string): boolean;
  list(dir: string): string[];
  walk(dir: string): string[];
  set(path: string, node: Node): void;
  remove(path: string): void;
  realpath(path: string): string;
  /** Throws ReadOnlyError when the path is on a read-only mount. */
  checkWritable(path: string): void;
}

export class ReadOnlyError extends Error {}

export interface Mount {
  target: string;
  /** The filesystem the mount shows, and the path in it that appears at target. */
  fs: FileSystem;
  source: string;
  readonly: boolean;
}

export class MountedFs implements Fs {
  constructor(
    private readonly base: FileSystem,
    private readonly mounts: Mount[],
  ) {}

  private route(path: string): { fs: FileSystem; path: string; mount: Mount | null } {
    // The last matching mount wins, as later mounts shadow earlier ones.
    for (let i = this.mounts.length - 1; i >= 0; i--) {
      const m = this.mounts[i]!;
      if (path === m.target || isUnder(path, m.target)) {
        const rest = path.slice(m.target.length);
        return { fs: m.fs, path: m.source === '/' ? rest || '/' : m.source + rest, mount: m };
      }
    }
    return { fs: this.base, path, mount: null };
  }

  get(path: string): Node | undefined {
    const r = this.route(path);
    return r.fs.get(r.path);
  }
  has(path: string): boolean {
    const r = this.route(path);
    return r.fs.has(r.path);
  }
  isDir(path: string): boolean {
    const r = this.route(path);
    return r.fs.isDir(r.path);
  }
  list(dir: string): string[] {
    const r = this.route(dir);
    const names = new Set(r.fs.list(r.path));
    // Mount points show up in their parent's listing.
    for (const m of this.mounts) {
      const parent = m.target.slice(0, m.target.lastIndexOf('/')) || '/';
      if (parent === dir) names.add(m.target.slice(m.target.lastIndexOf('/') + 1));
    }
    return [...names].sort();
  }
  walk(dir: string): string[] {
    const out: string[] = [];
    const visit = (d: string) => {
      for (const name of this.list(d)) {
        const p = join(d, name);
        out.push(p);
        if (this.isDir(p)) visit(p);
      }
    };
    visit(dir);
    return out;
  }
  set(path: string, node: Node): void {
    this.checkWritable(path);
    const r = this.route(path);
    r.fs.set(r.path, node);
  }
  remove(path: string): void {
    this.checkWritable(path);
    const r = this.route(path);
    if (r.mount && r.path === r.mount.source) throw new ReadOnlyError(`${path}: Resource busy`);
    r.fs.remove(r.path);
  }
  realpath(path: string): string {
    return this.mounts.some((m) => path === m.target || isUnder(path, m.target)) ? path : this.base.realpath(path);
  }
  checkWritable(path: string): void {
    const r = this.route(path);
    if (r.mount?.readonly) throw new ReadOnlyError(`${path}: Read-only file system`);
  }
}
