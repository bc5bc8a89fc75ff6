import { describe, expect, it } from 'vitest';
import { mergeLayers, mergeLayersWithProvenance, PathTree } from '../../../src/engine/images/merge';
import { loadSavedImage } from '../../../src/engine/images/saved-image';
import type { ChangeKind, EntryType, LayerChange, LayerChanges } from '../../../src/engine/types';
import { savedImageTar } from './tar-writer';

function ch(kind: ChangeKind, path: string, type: EntryType = 'file', extra: Partial<LayerChange> = {}): LayerChange {
  return { path, kind, type, size: type === 'file' ? 1 : 0, mode: type === 'dir' ? 0o755 : 0o644, uid: 0, gid: 0, entry: path.slice(1), ...extra };
}
const layer = (...changes: LayerChange[]): LayerChanges => ({ created_by: '', size: 0, changes });
const paths = (layers: LayerChanges[]) => mergeLayers(layers).map((f) => f.path);

const base = layer(
  ch('add', '/etc', 'dir'),
  ch('add', '/etc/passwd'),
  ch('add', '/etc/group'),
  ch('add', '/usr', 'dir'),
  ch('add', '/usr/lib', 'dir'),
  ch('add', '/usr/lib/a.so'),
  ch('add', '/usr/bin', 'dir'),
  ch('add', '/usr/bin/tool'),
  ch('add', '/bin', 'dir'),
  ch('add', '/bin/sh', 'symlink', { link: 'busybox', size: 7 }),
);

describe('mergeLayers', () => {
  it('lists a single layer sorted by path, without the root', () => {
    expect(paths([base])).toEqual(['/bin', '/bin/sh', '/etc', '/etc/group', '/etc/passwd', '/usr', '/usr/bin', '/usr/bin/tool', '/usr/lib', '/usr/lib/a.so']);
    const sh = mergeLayers([base]).find((f) => f.path === '/bin/sh');
    expect(sh).toEqual({ path: '/bin/sh', type: 'symlink', size: 7, mode: 0o644, uid: 0, gid: 0, link: 'busybox' });
  });

  it('whiteouts delete a path and everything under it', () => {
    const result = paths([base, layer(ch('whiteout', '/usr', 'dir'), ch('whiteout', '/etc/group'))]);
    expect(result).toEqual(['/bin', '/bin/sh', '/etc', '/etc/passwd']);
  });

  it('an opaque dir keeps the dir and what the same layer writes into it, whatever the entry order', () => {
    const result = paths([
      base,
      layer(ch('add', '/usr/new'), ch('modify', '/usr', 'dir', { mode: 0o700 }), ch('opaque', '/usr', 'dir')),
    ]);
    expect(result.filter((p) => p.startsWith('/usr'))).toEqual(['/usr', '/usr/new']);
    expect(mergeLayers([base, layer(ch('opaque', '/usr', 'dir'))]).find((f) => f.path === '/usr')?.mode).toBe(0o755);
  });

  it('a later entry replaces an earlier one; a file replacing a dir drops its subtree', () => {
    const files = mergeLayers([
      base,
      layer(ch('modify', '/etc/passwd', 'file', { size: 99, uid: 5 }), ch('modify', '/usr/lib', 'file', { size: 3 })),
    ]);
    expect(files.find((f) => f.path === '/etc/passwd')).toMatchObject({ size: 99, uid: 5 });
    expect(files.filter((f) => f.path.startsWith('/usr/lib'))).toEqual([expect.objectContaining({ path: '/usr/lib', type: 'file', size: 3 })]);
  });

  it('a dir entry over a dir keeps its children', () => {
    const files = mergeLayers([base, layer(ch('modify', '/usr', 'dir', { uid: 1000 }))]);
    expect(files.find((f) => f.path === '/usr')?.uid).toBe(1000);
    expect(files.map((f) => f.path)).toContain('/usr/lib/a.so');
  });

  it('re-adds a deleted path in a later layer', () => {
    expect(paths([base, layer(ch('whiteout', '/etc', 'dir')), layer(ch('add', '/etc', 'dir'), ch('add', '/etc/new'))]).filter((p) => p.startsWith('/etc'))).toEqual([
      '/etc',
      '/etc/new',
    ]);
  });

  it('keeps files whose parent directories no layer wrote, and does not invent the parents', () => {
    expect(paths([layer(ch('add', '/a/b/c'))])).toEqual(['/a/b/c']);
  });

  it('sorts by plain string order', () => {
    expect(paths([layer(ch('add', '/a/b'), ch('add', '/a-b'), ch('add', '/a', 'dir'), ch('add', '/B'))])).toEqual(['/B', '/a', '/a-b', '/a/b']);
  });

  it('returns an empty filesystem for no layers', () => {
    expect(mergeLayers([])).toEqual([]);
  });
});

describe('mergeLayersWithProvenance', () => {
  it('reports the layer that last wrote each path', () => {
    const merged = mergeLayersWithProvenance([base, layer(ch('modify', '/etc', 'dir'), ch('modify', '/etc/passwd')), layer(ch('add', '/app', 'dir'))]);
    const layerOf = Object.fromEntries(merged.map((f) => [f.path, f.layer]));
    expect(layerOf['/etc']).toBe(1);
    expect(layerOf['/etc/passwd']).toBe(1);
    expect(layerOf['/etc/group']).toBe(0);
    expect(layerOf['/app']).toBe(2);
  });

  it('carries captured content through a whole docker save round trip', () => {
    const img = loadSavedImage(
      savedImageTar([
        {
          tags: ['t:1'],
          config: { config: {}, history: [{ created_by: 'base' }, { created_by: 'RUN adduser' }, { created_by: 'RUN rm' }] },
          layers: [
            [
              { name: './', type: 'dir' },
              { name: './etc/', type: 'dir' },
              { name: './etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
              { name: './etc/group', content: 'root:x:0:\n' },
              { name: './tmp/', type: 'dir', mode: 0o1777 },
              { name: './tmp/junk', content: 'j' },
            ],
            [
              { name: 'etc/', type: 'dir' },
              { name: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/:/bin/sh\n' },
            ],
            [{ name: 'tmp/', type: 'dir', mode: 0o1777 }, { name: 'tmp/.wh..wh..opq' }, { name: 'etc/.wh.group' }],
          ],
        },
      ]),
    );
    const merged = mergeLayersWithProvenance(img.layers);
    expect(merged.map((f) => [f.path, f.layer])).toEqual([
      ['/etc', 1],
      ['/etc/passwd', 1],
      ['/tmp', 2],
    ]);
    expect(merged[1].content).toBe('root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/:/bin/sh\n');
    expect(merged[2].mode).toBe(0o1777);
    expect(mergeLayers(img.layers)[1]).not.toHaveProperty('layer');
  });
});

describe('PathTree', () => {
  it('deletes subtrees and tells written from implied paths', () => {
    const tree = new PathTree<string>();
    tree.set('/a/b/c', 'file');
    expect(tree.has('/a/b')).toBe(true);
    expect(tree.get('/a/b')).toBeUndefined();
    tree.delete('/a');
    expect(tree.has('/a/b/c')).toBe(false);
    expect(tree.entries()).toEqual([]);
  });
});
