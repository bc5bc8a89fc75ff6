// FileSystem journal → layer changes, as an overlay snapshot diff records them (FACTS.md
// "Filesystem", OBSERVED.md §4): adds, copy-ups, whiteouts only for the topmost deleted path,
// opaque directories for `rm -rf d && mkdir d`, nothing for create+delete except the touched
// parent, every parent directory listed.
import { describe, expect, it } from 'vitest';
import { FileSystem, sameNode, sizeOf, type Node } from '../../../../src/engine/fs/tree';
import type { LayerChange } from '../../../../src/engine/types';

const origin = { stage: 't', instruction: 'RUN test', line: 1 };
const dir = (mode = 0o755, uid = 0): Node => ({ type: 'dir', size: 0, mode, uid, gid: uid, data: 'dir', origin, layer: 0 });
const file = (content: string, mode = 0o644): Node => ({ type: 'file', size: content.length, mode, uid: 0, gid: 0, content, data: 'sha:' + content, origin, layer: 0 });
const link = (target: string): Node => ({ type: 'symlink', size: 0, mode: 0o777, uid: 0, gid: 0, link: target, data: 'link:' + target, origin, layer: 0 });

/** A lower layer: /etc/{passwd,group}, /data/{a,keep,sub/b}, /home/app, /tmp (1777), /usr/{bin,sbin}. */
function lower(): FileSystem {
  const fs = new FileSystem(dir());
  for (const d of ['/etc', '/data', '/data/sub', '/home', '/usr', '/usr/bin', '/usr/sbin', '/usr/bin/x']) fs.set(d, dir());
  fs.set('/tmp', dir(0o1777));
  fs.set('/home/app', dir(0o755, 1000));
  fs.set('/etc/passwd', file('root:x:0:0::/root:/bin/sh\n'));
  fs.set('/etc/group', file('root:x:0:\n'));
  fs.set('/data/a', file('a\n'));
  fs.set('/data/keep', file('keep\n'));
  fs.set('/data/sub/b', file('b\n'));
  fs.set('/usr/bin/x/tool', file('tool'));
  return fs;
}

function step(fs: FileSystem, f: (fs: FileSystem) => void): LayerChange[] {
  fs.beginStep();
  f(fs);
  return fs.endStep();
}

const rows = (changes: LayerChange[]) => changes.map((c) => `${c.kind} ${c.entry}`).sort();

describe('reading', () => {
  it('lists children sorted and walks depth-first', () => {
    const fs = lower();
    expect(fs.list('/data')).toEqual(['a', 'keep', 'sub']);
    expect(fs.walk('/data')).toEqual(['/data/a', '/data/keep', '/data/sub', '/data/sub/b']);
    expect(fs.list('/nope')).toEqual([]);
  });

  it('realpath follows absolute and relative symlinks in every component', () => {
    const fs = lower();
    fs.set('/abs', link('/data'));
    fs.set('/data/rel', link('sub'));
    fs.set('/data/up', link('../etc/passwd'));
    expect(fs.realpath('/abs/sub/b')).toBe('/data/sub/b');
    expect(fs.realpath('/data/rel/b')).toBe('/data/sub/b');
    expect(fs.realpath('/data/up')).toBe('/etc/passwd');
    expect(fs.realpath('/abs/missing')).toBe('/data/missing');
  });

  it('a symlink loop does not hang', () => {
    const fs = lower();
    fs.set('/l1', link('/l2'));
    fs.set('/l2', link('/l1'));
    expect(typeof fs.realpath('/l1/x')).toBe('string');
  });

  it('clone is independent', () => {
    const fs = lower();
    const c = fs.clone();
    c.remove('/data');
    c.set('/new', file('n'));
    expect(fs.has('/data/a')).toBe(true);
    expect(fs.has('/new')).toBe(false);
    expect(fs.list('/')).not.toContain('new');
  });
});

describe('clones and remembered answers', () => {
  it('a clone and its original share nothing they write', () => {
    const a = lower();
    const b = a.clone();
    b.set('/data/new', file('n'));
    a.remove('/data/a');
    expect(a.has('/data/new')).toBe(false);
    expect(b.has('/data/a')).toBe(true);
    expect(b.list('/data')).toEqual(['a', 'keep', 'new', 'sub']);
    expect(a.list('/data')).toEqual(['keep', 'sub']);
    expect(a.paths()).not.toContain('/data/new');
    expect(b.paths()).toContain('/data/new');
  });

  it('realpath and paths see writes made after an earlier answer', () => {
    const fs = lower();
    expect(fs.realpath('/lib/x')).toBe('/lib/x');
    const before = fs.paths();
    fs.set('/lib', link('/usr/bin'));
    expect(fs.realpath('/lib/x')).toBe('/usr/bin/x');
    expect(fs.paths()).toEqual([...before, '/lib'].sort());
    fs.paths().push('/changed by the caller');
    expect(fs.paths()).not.toContain('/changed by the caller');
  });
});

describe('layer changes', () => {
  it('a new file is added with every parent directory listed, changed or not', () => {
    const fs = lower();
    const changes = step(fs, (f) => f.set('/home/app/new.txt', file('x')));
    expect(rows(changes)).toEqual(['add home/app/new.txt', 'modify home', 'modify home/app']);
    expect(changes.find((c) => c.entry === 'home/app')).toMatchObject({ type: 'dir', uid: 1000 });
  });

  it('new directories are adds; the existing parent is a modify', () => {
    const changes = step(lower(), (f) => f.mkdirAll('/a/b/c', () => dir()));
    expect(rows(changes)).toEqual(['add a', 'add a/b', 'add a/b/c']);
    const changes2 = step(lower(), (f) => f.mkdirAll('/data/n/m', () => dir()));
    expect(rows(changes2)).toEqual(['add data/n', 'add data/n/m', 'modify data']);
  });

  it('changing a lower file copies the whole file up (OBSERVED §4, case 24)', () => {
    const fs = lower();
    const changes = step(fs, (f) => f.set('/etc/group', { ...f.get('/etc/group')!, mode: 0o600 }));
    expect(rows(changes)).toEqual(['modify etc', 'modify etc/group']);
    expect(changes.find((c) => c.entry === 'etc/group')).toMatchObject({ size: 10, mode: 0o600 });
  });

  it('rewriting a file with identical metadata and bytes records nothing', () => {
    const fs = lower();
    const changes = step(fs, (f) => f.set('/etc/group', { ...f.get('/etc/group')! }));
    expect(changes).toEqual([]);
  });

  it('a metadata-only write (new mtime) is still a copy-up', () => {
    const fs = lower();
    const changes = step(fs, (f) => f.set('/etc/group', { ...f.get('/etc/group')!, mtime: 1 }));
    expect(rows(changes)).toContain('modify etc/group');
  });

  it('deleting a lower file writes a whiteout (-rw------- 0/0 0) next to it', () => {
    const changes = step(lower(), (f) => f.remove('/data/a'));
    expect(rows(changes)).toEqual(['modify data', 'whiteout data/.wh.a']);
    expect(changes.find((c) => c.kind === 'whiteout')).toMatchObject({ path: '/data/a', mode: 0o600, uid: 0, gid: 0, size: 0, type: 'file' });
  });

  it('deleting a directory tree whites out only its topmost path', () => {
    const changes = step(lower(), (f) => f.remove('/data'));
    expect(rows(changes)).toEqual(['whiteout .wh.data']);
    expect(changes[0]).toMatchObject({ type: 'dir' });
  });

  it('removing every child of a lower directory: one whiteout per child (OBSERVED §4: rm -rf /usr/*)', () => {
    const changes = step(lower(), (f) => {
      for (const n of f.list('/usr')) f.remove('/usr/' + n);
    });
    expect(rows(changes)).toEqual(['modify usr', 'whiteout usr/.wh.bin', 'whiteout usr/.wh.sbin']);
  });

  it('rm -rf d && mkdir d makes d opaque, with the new contents (OBSERVED §4, case 23)', () => {
    const changes = step(lower(), (f) => {
      f.remove('/data/sub');
      f.set('/data/sub', dir());
      f.set('/data/sub/new', file('new\n'));
    });
    expect(rows(changes)).toEqual(['add data/sub/new', 'modify data', 'modify data/sub', 'opaque data/sub/.wh..wh..opq']);
    expect(changes.find((c) => c.kind === 'opaque')).toMatchObject({ path: '/data/sub', mode: 0o755, uid: 0, gid: 0 });
  });

  it('an opaque directory of the base: rm -rf /home && mkdir /home (OBSERVED §4, case 23)', () => {
    const changes = step(lower(), (f) => {
      f.remove('/home');
      f.set('/home', dir());
    });
    expect(rows(changes)).toEqual(['modify home', 'opaque home/.wh..wh..opq']);
  });

  it('a file created and deleted in one step leaves only the touched parent (OBSERVED §4: only tmp/)', () => {
    const changes = step(lower(), (f) => {
      f.set('/tmp/scratch', file('temp\n'));
      f.remove('/tmp/scratch');
    });
    expect(changes.map((c) => [c.kind, c.entry, c.mode])).toEqual([['modify', 'tmp', 0o1777]]);
  });

  it('a directory tree created and deleted in one step leaves only the parent', () => {
    const changes = step(lower(), (f) => {
      f.mkdirAll('/data/t/u', () => dir());
      f.set('/data/t/u/f', file('f'));
      f.remove('/data/t');
    });
    expect(rows(changes)).toEqual(['modify data']);
  });

  it('a directory replaced by a file: just the file, no whiteout or opaque marker (OBSERVED §4, case 24)', () => {
    const fs = lower();
    step(fs, (f) => {
      f.mkdirAll('/thing/inner', () => dir());
      f.set('/thing/inner/x', file('x\n'));
    });
    const changes = step(fs, (f) => {
      f.remove('/thing');
      f.set('/thing', file('now a file\n'));
    });
    expect(changes.map((c) => c.entry)).toEqual(['thing']);
    expect(changes[0]).toMatchObject({ type: 'file', size: 11, mode: 0o644 });
    expect(changes[0]!.kind === 'add' || changes[0]!.kind === 'modify').toBe(true);
  });

  it('deleting a file whose parent is deleted too: one whiteout for the parent', () => {
    const changes = step(lower(), (f) => {
      f.remove('/data/sub/b');
      f.remove('/data/sub');
    });
    expect(rows(changes)).toEqual(['modify data', 'whiteout data/.wh.sub']);
  });

  it('entries are listed in tar order (bytewise by entry name)', () => {
    const changes = step(lower(), (f) => {
      f.set('/data/z', file('z'));
      f.set('/data/B', file('B'));
      f.set('/data/a.txt', file('a'));
    });
    const names = changes.map((c) => c.entry);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('sizes count regular files only', () => {
    expect(sizeOf({ type: 'file', size: 7 })).toBe(7);
    expect(sizeOf({ type: 'symlink', size: 12 })).toBe(0);
    expect(sizeOf({ type: 'dir', size: 4096 })).toBe(0);
  });

  it('outside a step nothing is recorded', () => {
    const fs = lower();
    fs.set('/outside', file('o'));
    expect(fs.endStep()).toEqual([]);
  });
});

describe('sameNode', () => {
  it('compares type, bytes, mode, owner, link, size and mtime', () => {
    const a = file('x');
    expect(sameNode(a, { ...a })).toBe(true);
    expect(sameNode(a, { ...a, mode: 0o600 })).toBe(false);
    expect(sameNode(a, { ...a, uid: 1 })).toBe(false);
    expect(sameNode(a, { ...a, data: 'sha:y' })).toBe(false);
    expect(sameNode(a, { ...a, mtime: 2 })).toBe(false);
    expect(sameNode(a, { ...a, origin: { stage: 'other', instruction: 'x', line: 9 } })).toBe(true);
  });
});
