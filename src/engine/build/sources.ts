// Where COPY, ADD and bind mounts read from: the build context or another stage's filesystem,
// behind one interface with absolute paths ("/" is the context root or the stage root).
import type { BuildContext, ContextFile } from '../context/context';
import type { FileSystem, Node, Origin } from '../fs/tree';
import type { EntryType } from '../types';

export interface SourceNode {
  type: EntryType;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  link?: string;
  content?: string;
  bytes?: Uint8Array;
  data: string;
  /** Producer of the bytes when they come from a stage. */
  origin?: Origin;
  unknown?: boolean;
}

export interface Source {
  kind: 'context' | 'stage';
  get(path: string): SourceNode | undefined;
  list(dir: string): string[];
  /** Follows symlinks (inside the source). */
  realpath(path: string): string;
}

export function contextSource(ctx: BuildContext): Source {
  const rel = (p: string) => (p.charCodeAt(0) === 47 ? p.replace(/^\/+/, '') : p);
  // One node per context file, made on first use (COPY reads the same files step after step).
  const nodes = new Map<ContextFile, SourceNode>();
  return {
    kind: 'context',
    get(path) {
      const r = rel(path);
      if (r === '') return { type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, data: 'dir' };
      const f = ctx.get(r);
      if (!f) return f;
      let n = nodes.get(f);
      if (!n) {
        n = { type: f.type, size: f.size, mode: f.mode, uid: 0, gid: 0, data: f.data, ...(f.link !== undefined ? { link: f.link } : {}), ...(f.content !== undefined ? { content: f.content } : {}), ...(f.bytes !== undefined ? { bytes: f.bytes } : {}) };
        nodes.set(f, n);
      }
      return n;
    },
    list: (dir) => ctx.list(rel(dir)),
    realpath(path) {
      const f = ctx.resolve(rel(path));
      return f ? '/' + f.path : path;
    },
  };
}

export function stageSource(fs: FileSystem): Source {
  return {
    kind: 'stage',
    get: (path): Node | undefined => fs.get(path),
    list: (dir) => fs.list(dir),
    realpath: (path) => fs.realpath(path),
  };
}
