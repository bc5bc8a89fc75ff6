import { describe, expect, it } from 'vitest';
import { loadSavedImage } from '../../../src/engine/images/saved-image';
import type { LayerChange } from '../../../src/engine/types';
import { savedImageTar, writeTar, type FixtureEntry, type FixtureImage } from './tar-writer';

const PASSWD = 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n';
const SVC = 'svc:x:2000:3000::/:/bin/false\n';

/** A busybox-like base layer, written the way `docker import` writes it ("./" names). */
const baseLayer: FixtureEntry[] = [
  { name: './', type: 'dir' },
  { name: './etc/', type: 'dir' },
  { name: './etc/passwd', content: PASSWD },
  { name: './etc/group', content: 'root:x:0:\n' },
  { name: './etc/hostname', content: 'box\n' },
  { name: './bin/', type: 'dir' },
  { name: './bin/busybox', content: 'B'.repeat(1000), mode: 0o755 },
  { name: './bin/sh', type: 'symlink', linkname: 'busybox', mode: 0o777 },
  { name: './home/', type: 'dir' },
  { name: './home/app/', type: 'dir', uid: 1000, gid: 1000 },
  { name: './usr/', type: 'dir' },
  { name: './usr/lib/', type: 'dir' },
  { name: './usr/lib/libx.so', content: 'lib' },
];

const history = (...rows: [string, boolean?][]) =>
  rows.map(([created_by, empty]) => ({ created, created_by, ...(empty ? { empty_layer: true } : {}), comment: 'buildkit.dockerfile.v0' }));
const created = '2026-01-01T00:00:00Z';

function image(layers: FixtureEntry[][], extra: Partial<FixtureImage> = {}): FixtureImage {
  return {
    tags: ['local/test:latest'],
    config: {
      config: { Env: ['PATH=/bin'], Cmd: ['sh'] },
      history: [{ created, created_by: 'base', comment: 'Imported from -' }, ...history(...layers.slice(1).map((_, i): [string] => [`RUN step ${i + 1}`]))],
    },
    layers,
    ...extra,
  };
}

const brief = (c: LayerChange) => [c.kind, c.type, c.path, c.size];

describe('loadSavedImage', () => {
  it('reads name, source, config and the base layer', () => {
    const img = loadSavedImage(savedImageTar([image([baseLayer])]));
    expect(img.name).toBe('local/test:latest');
    expect(img.source).toBe('docker save tarball');
    expect(img.config).toEqual({
      Env: ['PATH=/bin'],
      User: '',
      WorkingDir: '',
      Cmd: ['sh'],
      Entrypoint: null,
      ExposedPorts: {},
      Labels: {},
      Volumes: {},
      Shell: null,
      StopSignal: '',
      Healthcheck: null,
      OnBuild: null,
    });
    const [layer] = img.layers;
    expect(layer.created_by).toBe('base');
    // the root "./" entry is dropped; names lose "./"; every path is new
    expect(layer.changes[0]).toEqual({ path: '/etc', kind: 'add', type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, entry: 'etc/' });
    expect(layer.changes.every((c) => c.kind === 'add')).toBe(true);
    expect(layer.changes.find((c) => c.path === '/bin/sh')).toMatchObject({ type: 'symlink', link: 'busybox', size: 7, entry: 'bin/sh' });
    expect(layer.changes.find((c) => c.path === '/home/app')).toMatchObject({ uid: 1000, gid: 1000 });
    // file bytes (passwd, group, hostname, busybox, libx.so) plus the 7-byte symlink target
    expect(layer.size).toBe(PASSWD.length + 10 + 4 + 1000 + 3 + 7);
    expect(img.history).toEqual([{ created_by: 'base', empty_layer: false, size: layer.size, comment: 'Imported from -' }]);
  });

  it('normalises a full config, keeping Healthcheck durations in nanoseconds', () => {
    const config = {
      Env: null,
      User: 'app',
      WorkingDir: '/app',
      Entrypoint: ['node'],
      Cmd: ['server.js'],
      ExposedPorts: { '8080/tcp': {} },
      Labels: { 'org.opencontainers.image.title': 'x' },
      Volumes: { '/data': {} },
      Shell: ['/bin/bash', '-c'],
      StopSignal: 'SIGTERM',
      Healthcheck: { Test: ['CMD-SHELL', 'true'], Interval: 30_000_000_000, Timeout: 5_000_000_000, Retries: 3 },
      OnBuild: ['RUN echo hi'],
    };
    const img = loadSavedImage(savedImageTar([image([baseLayer], { config: { config, history: [] } })]));
    expect(img.config).toEqual({ ...config, Env: [] });
  });

  it('classifies add, modify, whiteout and opaque changes against the lower layers', () => {
    const img = loadSavedImage(
      savedImageTar([
        image([
          baseLayer,
          [
            { name: 'etc/', type: 'dir' },
            { name: 'etc/passwd', content: PASSWD + SVC },
            { name: 'etc/.wh.group' },
            { name: 'etc/.wh.never-existed' },
            { name: 'app/', type: 'dir' },
            { name: 'app/secret.txt', content: 's3cret' },
          ],
          [
            { name: 'app/', type: 'dir' },
            { name: 'app/.wh.secret.txt' },
            { name: '.wh.home' },
            { name: 'usr/', type: 'dir' },
            { name: 'usr/.wh..wh..opq' },
            { name: 'usr/new', content: 'x\n' },
          ],
          [
            { name: 'home/', type: 'dir' },
            { name: 'app/secret.txt', content: 'back' },
          ],
        ]),
      ]),
    );
    const [, l1, l2, l3] = img.layers;
    expect(l1.changes.map(brief)).toEqual([
      ['modify', 'dir', '/etc', 0],
      ['modify', 'file', '/etc/passwd', PASSWD.length + SVC.length],
      ['whiteout', 'file', '/etc/group', 0],
      ['whiteout', 'file', '/etc/never-existed', 0],
      ['add', 'dir', '/app', 0],
      ['add', 'file', '/app/secret.txt', 6],
    ]);
    expect(l1.changes[2].entry).toBe('etc/.wh.group');
    expect(l2.changes.map(brief)).toEqual([
      ['modify', 'dir', '/app', 0],
      ['whiteout', 'file', '/app/secret.txt', 0],
      ['whiteout', 'dir', '/home', 0],
      ['modify', 'dir', '/usr', 0],
      ['opaque', 'dir', '/usr', 0],
      ['add', 'file', '/usr/new', 2],
    ]);
    expect(l2.changes[1].entry).toBe('app/.wh.secret.txt');
    expect(l2.changes[4].entry).toBe('usr/.wh..wh..opq');
    // deleted paths are new again once whited out
    expect(l3.changes.map(brief)).toEqual([
      ['add', 'dir', '/home', 0],
      ['add', 'file', '/app/secret.txt', 4],
    ]);
    expect([l1.size, l2.size, l3.size]).toEqual([PASSWD.length + SVC.length + 6, 2, 4]);
  });

  it('sizes layers like overlay2: file bytes, symlink target bytes, hardlinks once, dirs and whiteouts 0', () => {
    const img = loadSavedImage(
      savedImageTar([
        image([
          baseLayer,
          [
            { name: 'h1', content: 'data\n' },
            { name: 'h2', type: 'hardlink', linkname: 'h1' },
            { name: 'h3', type: 'hardlink', linkname: 'h1' },
            { name: 'b', type: 'symlink', linkname: '/a.txt' },
            { name: 'ü', type: 'symlink', linkname: 'zielé' },
            { name: 'd/', type: 'dir' },
            { name: '.wh.tmp' },
            { name: 'dev/', type: 'dir' },
            { name: 'dev/null', type: 'char' },
          ],
        ]),
      ]),
    );
    const layer = img.layers[1];
    expect(layer.changes.filter((c) => c.path.startsWith('/h')).map(brief)).toEqual([
      ['add', 'file', '/h1', 5],
      ['add', 'file', '/h2', 5],
      ['add', 'file', '/h3', 5],
    ]);
    expect(layer.changes.find((c) => c.path === '/ü')).toMatchObject({ size: 6, link: 'zielé' });
    expect(layer.changes.find((c) => c.path === '/dev/null')).toMatchObject({ type: 'file', size: 0 });
    expect(layer.size).toBe(5 + 6 + 6);
  });

  it('keeps permission bits only and captures small identity files as text', () => {
    const big = 'x'.repeat(64 * 1024 + 1);
    const img = loadSavedImage(
      savedImageTar([
        image([
          baseLayer,
          [
            { name: 'usr/local/bin/suid', content: '#!', mode: 0o104755 },
            { name: 'etc/os-release', content: 'ID=test\n' },
            { name: 'usr/lib/os-release', content: big },
            { name: 'etc/motd', content: 'hi' },
          ],
        ]),
      ]),
    );
    const changes = img.layers[1].changes;
    expect(changes[0].mode).toBe(0o4755);
    const content = (path: string) => (changes.find((c) => c.path === path) as { content?: string }).content;
    expect(content('/etc/os-release')).toBe('ID=test\n');
    expect(content('/usr/lib/os-release')).toBeUndefined();
    // Small text under /etc is kept (account, shadow and skel files are read by the models).
    expect(content('/etc/motd')).toBe('hi');
    expect((img.layers[0].changes.find((c) => c.path === '/etc/passwd') as { content?: string }).content).toBe(PASSWD);
  });

  it('maps history rows to layers, skipping empty ones', () => {
    const fixture = image([baseLayer, [{ name: 'a', content: 'abc' }], [{ name: 'b', content: 'de' }]], {});
    fixture.config.history = [
      { created_by: 'base' },
      { created_by: 'ENV A=1', empty_layer: true, comment: 'buildkit.dockerfile.v0' },
      { created_by: 'RUN a', comment: 'buildkit.dockerfile.v0' },
      { created_by: 'USER app', empty_layer: true },
      { created_by: 'RUN b' },
    ];
    const img = loadSavedImage(savedImageTar([fixture]));
    expect(img.history.map((h) => [h.created_by, h.empty_layer, h.size])).toEqual([
      ['base', false, img.layers[0].size],
      ['ENV A=1', true, 0],
      ['RUN a', false, 3],
      ['USER app', true, 0],
      ['RUN b', false, 2],
    ]);
    expect(img.history[1].comment).toBe('buildkit.dockerfile.v0');
    expect('comment' in img.history[0]).toBe(false);
    expect(img.layers.map((l) => l.created_by)).toEqual(['base', 'RUN a', 'RUN b']);
  });

  it('adds history rows for layers the history does not describe', () => {
    const fixture = image([baseLayer, [{ name: 'a', content: 'abc' }]]);
    fixture.config.history = undefined;
    const img = loadSavedImage(savedImageTar([fixture]));
    expect(img.history.map((h) => [h.created_by, h.size])).toEqual([
      ['', img.layers[0].size],
      ['', 3],
    ]);
  });

  it('picks the image tagged with the requested name, else the first', () => {
    const tar = savedImageTar([
      image([baseLayer], { tags: ['one:1', 'one:latest'] }),
      image([[{ name: 'only-in-two', content: '2' }]], { tags: ['library/two:latest'] }),
    ]);
    expect(loadSavedImage(tar).name).toBe('one:1');
    const two = loadSavedImage(tar, 'two');
    expect(two.name).toBe('two');
    expect(two.layers[0].changes.map((c) => c.path)).toEqual(['/only-in-two']);
    const fallback = loadSavedImage(tar, 'three:1');
    expect(fallback.name).toBe('three:1');
    expect(fallback.layers).toHaveLength(1);
    expect(fallback.layers[0].changes.length).toBeGreaterThan(1);
  });

  it('reads the legacy layout, including layer.tar symlinks to a repeated layer', () => {
    const tar = savedImageTar([image([baseLayer, [{ name: 'x', content: '1' }]])], { legacy: true });
    expect(loadSavedImage(tar).layers[1].changes.map(brief)).toEqual([['add', 'file', '/x', 1]]);

    const layer = writeTar([{ name: 'same', content: 'abc' }]);
    const hex = (n: number) => String(n).padStart(64, '0');
    const config = { config: {}, history: [{ created_by: 'one' }, { created_by: 'two' }] };
    const linked = writeTar([
      { name: `${hex(1)}/`, type: 'dir' },
      { name: `${hex(1)}/layer.tar`, content: layer },
      { name: `${hex(2)}/`, type: 'dir' },
      { name: `${hex(2)}/layer.tar`, type: 'symlink', linkname: `../${hex(1)}/layer.tar` },
      { name: `${hex(9)}.json`, content: JSON.stringify(config) },
      { name: 'manifest.json', content: JSON.stringify([{ Config: `${hex(9)}.json`, RepoTags: null, Layers: [`${hex(1)}/layer.tar`, `${hex(2)}/layer.tar`] }]) },
    ]);
    const img = loadSavedImage(linked);
    expect(img.name).toBe(`sha256:${hex(9)}`);
    expect(img.layers.map((l) => l.changes.map(brief))).toEqual([[['add', 'file', '/same', 3]], [['modify', 'file', '/same', 3]]]);
  });

  describe('errors', () => {
    it('rejects compressed layers', () => {
      const gz = Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
      const tar = savedImageTar([{ tags: ['z:1'], config: { config: {} }, layers: [gz] }]);
      expect(() => loadSavedImage(tar)).toThrow(/compressed layers are not supported yet/);
    });

    it('rejects a tarball without manifest.json', () => {
      expect(() => loadSavedImage(writeTar([{ name: 'index.json', content: '{}' }]))).toThrow(/no manifest.json.*OCI/);
    });

    it('rejects a manifest that names a missing layer', () => {
      const tar = writeTar([
        { name: 'c.json', content: '{}' },
        { name: 'manifest.json', content: JSON.stringify([{ Config: 'c.json', RepoTags: [], Layers: ['blobs/sha256/abc'] }]) },
      ]);
      expect(() => loadSavedImage(tar)).toThrow(/blobs\/sha256\/abc .*missing/);
    });

    it('rejects invalid JSON and a corrupt layer tar with the layer named', () => {
      expect(() => loadSavedImage(writeTar([{ name: 'manifest.json', content: '[{' }]))).toThrow(/manifest.json is not valid JSON/);
      const tar = savedImageTar([{ tags: [], config: {}, layers: [new Uint8Array(700).fill(65)] }]);
      expect(() => loadSavedImage(tar)).toThrow(/layer blobs\/sha256\/\w+: tar: /);
    });

    it('rejects bytes that are not a tar', () => {
      expect(() => loadSavedImage(new TextEncoder().encode('not a tarball'.repeat(100)))).toThrow(/^tar: /);
    });
  });
});
