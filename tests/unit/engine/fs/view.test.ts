// MountedFs: what a RUN step sees with secret/cache/bind mounts laid over the stage filesystem.
// Reads under a mount come from the mount, writes go to it (never to the layer), read-only
// mounts refuse writes (OBSERVED.md §4: /etc/hosts is read-only in RUN; §6 mounts leave nothing).
import { describe, expect, it } from 'vitest';
import { FileSystem, type Node } from '../../../../src/engine/fs/tree';
import { MountedFs, ReadOnlyError } from '../../../../src/engine/fs/view';

const origin = { stage: 't', instruction: 'RUN test', line: 1 };
const dir = (): Node => ({ type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, data: 'dir', origin, layer: 0 });
const file = (content: string): Node => ({ type: 'file', size: content.length, mode: 0o644, uid: 0, gid: 0, content, data: 'sha:' + content, origin, layer: 0 });

function setup() {
  const base = new FileSystem(dir());
  base.set('/etc', dir());
  base.set('/etc/hosts', file('base hosts\n'));
  base.set('/root', dir());
  base.set('/root/.cache', dir());
  base.set('/root/.cache/old', file('under the mount'));
  const stage = new FileSystem(dir());
  stage.set('/out', dir());
  stage.set('/out/a1', file('artifact-1\n'));
  stage.set('/out/a2', file('artifact-2\n'));
  const cache = new FileSystem(dir());
  const hosts = new FileSystem(dir());
  hosts.set('/file', file('127.0.0.1 localhost\n'));
  const secret = new FileSystem(dir());
  secret.set('/secret', { ...file('s3cr3t-value'), mode: 0o400 });
  const view = new MountedFs(base, [
    { target: '/etc/hosts', fs: hosts, source: '/file', readonly: true },
    { target: '/mnt', fs: stage, source: '/out', readonly: true },
    { target: '/root/.cache', fs: cache, source: '/', readonly: false },
    { target: '/run/secrets/token', fs: secret, source: '/secret', readonly: true },
  ]);
  return { base, stage, cache, view };
}

describe('MountedFs reads', () => {
  it('a bind mount shows the source subtree at the target', () => {
    const { view } = setup();
    expect(view.get('/mnt/a1')?.content).toBe('artifact-1\n');
    expect(view.list('/mnt')).toEqual(['a1', 'a2']);
    expect(view.isDir('/mnt')).toBe(true);
    expect(view.walk('/mnt')).toEqual(['/mnt/a1', '/mnt/a2']);
  });

  it('a file mount replaces the image file', () => {
    const { view } = setup();
    expect(view.get('/etc/hosts')?.content).toBe('127.0.0.1 localhost\n');
    expect(view.get('/run/secrets/token')).toMatchObject({ content: 's3cr3t-value', mode: 0o400 });
  });

  it('a mount hides what the image has under its target', () => {
    const { view } = setup();
    expect(view.has('/root/.cache/old')).toBe(false);
    expect(view.list('/root/.cache')).toEqual([]);
  });

  it('mount points appear in their parent listing even when the image lacks them', () => {
    const { view } = setup();
    expect(view.list('/')).toContain('mnt');
    expect(view.list('/run/secrets')).toEqual(['token']);
  });

  it('paths outside mounts read the stage filesystem', () => {
    const { view } = setup();
    expect(view.get('/etc')?.type).toBe('dir');
    expect(view.has('/nope')).toBe(false);
  });
});

describe('MountedFs writes', () => {
  it('read-only mounts refuse writes and deletes with "Read-only file system"', () => {
    const { view, stage } = setup();
    expect(() => view.set('/etc/hosts', file('x'))).toThrow(ReadOnlyError);
    expect(() => view.set('/etc/hosts', file('x'))).toThrow('Read-only file system');
    expect(() => view.set('/mnt/new', file('x'))).toThrow(ReadOnlyError);
    expect(() => view.remove('/mnt/a1')).toThrow(ReadOnlyError);
    expect(() => view.checkWritable('/run/secrets/token')).toThrow(ReadOnlyError);
    expect(stage.has('/out/new')).toBe(false);
  });

  it('writes under a writable mount go to the mount, never to the stage filesystem', () => {
    const { view, base, cache } = setup();
    base.beginStep();
    view.set('/root/.cache/pkgs', dir());
    view.set('/root/.cache/pkgs/blob', file('cached\n'));
    expect(base.endStep()).toEqual([]);
    expect(cache.get('/pkgs/blob')?.content).toBe('cached\n');
    expect(base.has('/root/.cache/pkgs')).toBe(false);
    expect(view.get('/root/.cache/pkgs/blob')?.content).toBe('cached\n');
  });

  it('writes outside mounts go to the stage filesystem', () => {
    const { view, base } = setup();
    view.set('/leaked-token', view.get('/run/secrets/token')!);
    expect(base.get('/leaked-token')).toMatchObject({ content: 's3cr3t-value', mode: 0o400 });
  });

  it('a mount point itself cannot be removed (busy)', () => {
    const { view } = setup();
    expect(() => view.remove('/root/.cache')).toThrow(ReadOnlyError);
  });

  it('the stage paths are writable', () => {
    const { view } = setup();
    expect(() => view.checkWritable('/etc/passwd')).not.toThrow();
  });
});

describe('MountedFs realpath', () => {
  it('does not follow image symlinks for paths under a mount', () => {
    const { view, base } = setup();
    base.set('/lnk', { type: 'symlink', size: 0, mode: 0o777, uid: 0, gid: 0, link: '/etc', data: 'link:/etc', origin, layer: 0 });
    expect(view.realpath('/mnt/a1')).toBe('/mnt/a1');
    expect(view.realpath('/lnk/group')).toBe('/etc/group');
  });
});
