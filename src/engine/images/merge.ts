// Stacks layers the way overlayfs does and lists the resulting filesystem.

import type { ImageFile, LayerChange, LayerChanges } from '../types';

/** LayerChange plus the text content saved-image.ts captures for a few small files. */
export type LayerChangeWithContent = LayerChange & { content?: string };

/** An ImageFile with the index of the layer that last wrote it. */
export type MergedFile = ImageFile & { layer: number };

interface Node<T> {
  /** Undefined for directories implied by a deeper path but never written themselves. */
  value: T | undefined;
  children: Map<string, Node<T>>;
}

/** Absolute paths in a tree, so deleting a directory drops its subtree without scanning every path. */
export class PathTree<T> {
  private readonly root: Node<T> = { value: undefined, children: new Map() };

  /** Whether the path exists, either written or implied by a deeper path. */
  has(path: string): boolean {
    return this.find(path) !== undefined;
  }

  get(path: string): T | undefined {
    return this.find(path)?.value;
  }

  /** Sets a value, creating implied parents; with `dropChildren` the path's old subtree goes too. */
  set(path: string, value: T, dropChildren = false): void {
    let node = this.root;
    for (const part of split(path)) {
      let child = node.children.get(part);
      if (!child) node.children.set(part, (child = { value: undefined, children: new Map() }));
      node = child;
    }
    node.value = value;
    if (dropChildren) node.children.clear();
  }

  /** Removes the path and everything under it. */
  delete(path: string): void {
    const parts = split(path);
    const name = parts.pop();
    if (name === undefined) return this.root.children.clear();
    this.findParts(parts)?.children.delete(name);
  }

  clearChildren(path: string): void {
    this.find(path)?.children.clear();
  }

  /** Written paths and their values, in no particular order. */
  entries(): [string, T][] {
    const out: [string, T][] = [];
    const walk = (node: Node<T>, path: string): void => {
      for (const [name, child] of node.children) {
        const childPath = path + '/' + name;
        if (child.value !== undefined) out.push([childPath, child.value]);
        walk(child, childPath);
      }
    };
    walk(this.root, '');
    return out;
  }

  private find(path: string): Node<T> | undefined {
    return this.findParts(split(path));
  }

  private findParts(parts: string[]): Node<T> | undefined {
    let node: Node<T> | undefined = this.root;
    for (const part of parts) {
      node = node.children.get(part);
      if (!node) return undefined;
    }
    return node;
  }
}

function split(path: string): string[] {
  return path.split('/').filter((p) => p !== '');
}

/**
 * Applies one layer's changes on top of `tree`. Whiteouts and opaque markers only hide lower
 * layers, so they go first: a marker must not delete what the same layer writes, whatever the
 * order of the tar entries. A non-directory replacing a directory drops its subtree (overlayfs
 * needs no whiteout for that).
 */
export function applyChanges<T>(tree: PathTree<T>, changes: readonly LayerChange[], value: (c: LayerChange) => T): void {
  for (const c of changes) {
    if (c.kind === 'whiteout') tree.delete(c.path);
    else if (c.kind === 'opaque') {
      if (tree.has(c.path)) tree.clearChildren(c.path);
      else tree.set(c.path, value(c));
    }
  }
  for (const c of changes) {
    if (c.kind === 'add' || c.kind === 'modify') tree.set(c.path, value(c), c.type !== 'dir');
  }
}

/** The final filesystem with, for each path, the index of the layer that last wrote it. */
export function mergeLayersWithProvenance(layers: readonly LayerChanges[]): MergedFile[] {
  const tree = new PathTree<MergedFile>();
  layers.forEach((layer, index) => applyChanges(tree, layer.changes, (c) => toFile(c, index)));
  const files = tree.entries().map(([, file]) => file);
  // Code-unit order, so the result is deterministic and matches a plain string sort.
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The final filesystem of an image (root excluded), sorted by path. */
export function mergeLayers(layers: readonly LayerChanges[]): ImageFile[] {
  return mergeLayersWithProvenance(layers).map(({ layer: _layer, ...file }) => file);
}

function toFile(c: LayerChangeWithContent, layer: number): MergedFile {
  const file: MergedFile = { path: c.path, type: c.type, size: c.size, mode: c.mode, uid: c.uid, gid: c.gid, layer };
  if (c.type === 'symlink' && c.link !== undefined) file.link = c.link;
  if (c.content !== undefined) file.content = c.content;
  return file;
}
