// COPY / ADD end to end on the busybox fixture (OBSERVED.md §5 cases 27-32, §2 history, §8
// errors). Expected tar listings are quoted from OBSERVED.md or follow from the rules it states.
import { describe, expect, it } from 'vitest';
import { built, entries, file, newHistory, ok, run, tarRows, under } from '../fixtures';
import { writeTar } from '../../images/tar-writer';

const FROM = 'FROM local/busybox:latest\n';
const CASE_27 = { 'a.txt': 'a\n', 'b.txt': 'b\n', 'dir/d1.txt': 'd1\n', 'dir/nested/n1.txt': 'n1\n', 'other/o.txt': 'o\n' };

describe('directories: the contents are copied, not the directory (case 27)', () => {
  it.each([['COPY dir /x/'], ['COPY dir/ /x'], ['COPY dir /x']])('%s', (line) => {
    const r = ok(FROM + line, { files: CASE_27 });
    expect(under(r, '/x')).toEqual(['/x/d1.txt', '/x/nested', '/x/nested/n1.txt']);
    expect(tarRows(built(r)[0]!)).toEqual(['d0755 0/0 0 x/', '-0644 0/0 3 x/d1.txt', 'd0755 0/0 0 x/nested/', '-0644 0/0 3 x/nested/n1.txt']);
  });

  it('several sources into a directory: files by name, directory contents merged', () => {
    const r = ok(FROM + 'COPY a.txt b.txt other /multi/', { files: CASE_27 });
    expect(under(r, '/multi')).toEqual(['/multi/a.txt', '/multi/b.txt', '/multi/o.txt']);
  });

  it('COPY . copies the whole context', () => {
    const r = ok(FROM + 'COPY . /ctx/', { files: CASE_27 });
    expect(under(r, '/ctx').filter((p) => file(r, p)!.type === 'file')).toEqual(['/ctx/a.txt', '/ctx/b.txt', '/ctx/dir/d1.txt', '/ctx/dir/nested/n1.txt', '/ctx/other/o.txt']);
  });
});

describe('destinations (case 27)', () => {
  it('without a trailing slash the destination is the file name', () => {
    const r = ok(FROM + 'COPY a.txt /dst', { files: CASE_27 });
    expect(tarRows(built(r)[0]!)).toEqual(['-0644 0/0 2 dst']);
  });

  it('a trailing slash makes a directory', () => {
    const r = ok(FROM + 'COPY a.txt /dst2/', { files: CASE_27 });
    expect(tarRows(built(r)[0]!)).toEqual(['d0755 0/0 0 dst2/', '-0644 0/0 2 dst2/a.txt']);
  });

  it('an existing directory without a trailing slash receives the file by name', () => {
    const r = ok(FROM + 'COPY a.txt /tmp', { files: CASE_27 });
    expect(file(r, '/tmp/a.txt')?.type).toBe('file');
    expect(file(r, '/tmp')?.type).toBe('dir');
  });

  it('relative destinations resolve against WORKDIR', () => {
    const r = ok(FROM + 'WORKDIR /app\nCOPY a.txt rel/\nCOPY b.txt .\nCOPY other ./otherdir', { files: CASE_27 });
    expect(under(r, '/app')).toEqual(['/app/b.txt', '/app/otherdir', '/app/otherdir/o.txt', '/app/rel', '/app/rel/a.txt']);
    const layers = built(r);
    expect(tarRows(layers[1]!)).toEqual(['d0755 0/0 0 app/', 'd0755 0/0 0 app/rel/', '-0644 0/0 2 app/rel/a.txt']);
    expect(tarRows(layers[2]!)).toEqual(['d0755 0/0 0 app/', '-0644 0/0 2 app/b.txt']);
  });

  it('without WORKDIR, relative destinations resolve against /', () => {
    const r = ok(FROM + 'COPY a.txt rel/', { files: CASE_27 });
    expect(file(r, '/rel/a.txt')?.type).toBe('file');
  });

  it('missing parents are created 0755 root', () => {
    const r = ok(FROM + 'COPY a.txt /deep/er/path/', { files: CASE_27 });
    expect(tarRows(built(r)[0]!)).toEqual(['d0755 0/0 0 deep/', 'd0755 0/0 0 deep/er/', 'd0755 0/0 0 deep/er/path/', '-0644 0/0 2 deep/er/path/a.txt']);
  });

  it('several sources need a destination ending in /', () => {
    const r = run(FROM + 'COPY a.txt b.txt /notdir', { files: CASE_27 });
    expect(r.ok).toBe(false);
    expect(r.error).toEqual({ message: 'When using COPY with more than one source file, the destination must be a directory and end with a /', line: 2 });
  });

  it('destination variables are expanded', () => {
    const r = ok(FROM + 'ARG D=/opt/x\nENV E=sub\nCOPY a.txt $D/${E}/', { files: CASE_27 });
    expect(file(r, '/opt/x/sub/a.txt')?.type).toBe('file');
  });
});

describe('wildcards match at the context root (case 28)', () => {
  const files = { 'readme.md': 'r', 'src/a.js': 'a', 'src/b.js': 'b', 'src/c.ts': 'c', 'src/lib/l.js': 'l', 'two.txt': '2', 'one.txt': '1', 'docs/deep.txt': 'd' };

  it('*.txt: root files only', () => {
    expect(under(ok(FROM + 'COPY *.txt /dst/', { files }), '/dst')).toEqual(['/dst/one.txt', '/dst/two.txt']);
  });

  it('src/*.js: not src/lib/l.js', () => {
    expect(under(ok(FROM + 'COPY src/*.js /app/', { files }), '/app')).toEqual(['/app/a.js', '/app/b.js']);
  });

  it('? and [..] classes', () => {
    expect(under(ok(FROM + 'COPY s?c/lib/*.js /lib/', { files }), '/lib')).toEqual(['/lib/l.js']);
    expect(under(ok(FROM + 'COPY [ot]*.txt /bracket/', { files }), '/bracket')).toEqual(['/bracket/one.txt', '/bracket/two.txt']);
  });

  it('history keeps the patterns', () => {
    expect(newHistory(ok(FROM + 'COPY *.txt /dst/\nCOPY s?c/lib/*.js /lib/\nCOPY [ot]*.txt /bracket/', { files }))).toEqual([
      'COPY *.txt /dst/ # buildkit',
      'COPY s?c/lib/*.js /lib/ # buildkit',
      'COPY [ot]*.txt /bracket/ # buildkit',
    ]);
  });

  it('a pattern that matches nothing is "not found"', () => {
    const r = run(FROM + 'COPY nomatch*.txt /x/', { files });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('not found');
    expect(r.error?.line).toBe(2);
  });
});

describe('--chown / --chmod (case 29)', () => {
  const files = { 'f.txt': 'f\n', 'tree/t.txt': 't\n', 'tree/sub/u.txt': 'u\n', 'script.sh': '#!/bin/sh\n' };

  it('--chown=app: the file and every parent the COPY creates are 1000/1000', () => {
    const r = ok(FROM + 'COPY --chown=app f.txt /opt/byname/deep/f.txt', { files });
    expect(tarRows(built(r)[0]!)).toEqual(['d0755 1000/1000 0 opt/', 'd0755 1000/1000 0 opt/byname/', 'd0755 1000/1000 0 opt/byname/deep/', '-0644 1000/1000 2 opt/byname/deep/f.txt']);
  });

  it('--chown=svc takes the primary group 3000', () => {
    expect(file(ok(FROM + 'COPY --chown=svc f.txt /opt/svc/', { files }), '/opt/svc/f.txt')).toMatchObject({ uid: 2000, gid: 3000 });
  });

  it('--chown=1000:1000 applies to the whole copied tree', () => {
    const r = ok(FROM + 'COPY --chown=1000:1000 tree /opt/numeric/', { files });
    for (const p of ['/opt/numeric', '/opt/numeric/t.txt', '/opt/numeric/sub', '/opt/numeric/sub/u.txt']) expect(file(r, p)).toMatchObject({ uid: 1000, gid: 1000 });
  });

  it('--chmod=0755; parents created by a --chmod COPY are drwxr-xr-x 0/0', () => {
    const r = ok(FROM + 'COPY --chmod=0755 script.sh /usr/local/bin/', { files });
    expect(tarRows(built(r)[0]!)).toEqual(['d0755 0/0 0 usr/', 'd0755 0/0 0 usr/local/', 'd0755 0/0 0 usr/local/bin/', '-0755 0/0 10 usr/local/bin/script.sh']);
  });

  it('--chown=app:svcgrp --chmod=640 → -rw-r----- 1000/3000', () => {
    expect(file(ok(FROM + 'COPY --chown=app:svcgrp --chmod=640 f.txt /opt/both.txt', { files }), '/opt/both.txt')).toMatchObject({ mode: 0o640, uid: 1000, gid: 3000 });
  });

  it('--chown=2000 (numeric uid, no group) → 2000/2000', () => {
    expect(file(ok(FROM + 'COPY --chown=2000 f.txt /opt/uidonly.txt', { files }), '/opt/uidonly.txt')).toMatchObject({ uid: 2000, gid: 2000 });
  });

  it('history keeps --chown and --chmod as written', () => {
    expect(newHistory(ok(FROM + 'COPY --chown=app f.txt /opt/byname/deep/f.txt\nCOPY --chmod=0755 script.sh /usr/local/bin/\nCOPY --chown=app:svcgrp --chmod=640 f.txt /opt/both.txt', { files }))).toEqual([
      'COPY --chown=app f.txt /opt/byname/deep/f.txt # buildkit',
      'COPY --chmod=0755 script.sh /usr/local/bin/ # buildkit',
      'COPY --chown=app:svcgrp --chmod=640 f.txt /opt/both.txt # buildkit',
    ]);
  });

  it('--chown resolves users a previous RUN created', () => {
    const r = ok(FROM + 'RUN echo "web:x:4000:4001::/:/bin/false" >> /etc/passwd\nCOPY --chown=web f.txt /f', { files });
    expect(file(r, '/f')).toMatchObject({ uid: 4000, gid: 4001 });
  });

  it('an unknown user fails on the COPY line', () => {
    const r = run(FROM + 'COPY --chown=ghost f.txt /x', { files });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain("can't find uid for user ghost");
    expect(r.error?.line).toBe(2);
  });

  it('context file modes are kept without --chmod', () => {
    const r = ok(FROM + 'COPY run.sh /run.sh', { context: [{ path: 'run.sh', type: 'file', content: '#!/bin/sh\n', mode: 0o755 }] });
    expect(file(r, '/run.sh')).toMatchObject({ mode: 0o755, uid: 0, gid: 0 });
  });
});

describe('--link (case 30)', () => {
  it('same layer contents as without it; --link dropped from history', () => {
    const files = { 'l.txt': 'l\n', 'ld/x.txt': 'x\n' };
    const a = ok(FROM + 'WORKDIR /app\nCOPY --link l.txt /app/\nCOPY --link --chown=app ld /app/ld/', { files });
    const b = ok(FROM + 'WORKDIR /app\nCOPY l.txt /app/\nCOPY --chown=app ld /app/ld/', { files });
    expect(built(a).map(tarRows)).toEqual(built(b).map(tarRows));
    expect(newHistory(a)).toEqual(['WORKDIR /app', 'COPY l.txt /app/ # buildkit', 'COPY --chown=app ld /app/ld/ # buildkit']);
  });
});

describe('symlinks (case 31)', () => {
  const context = [
    { path: 'real/target.txt', type: 'file' as const, content: 'target\n' },
    { path: 'withlinks/inner.txt', type: 'file' as const, content: 'inner\n' },
    { path: 'link-to-file.txt', type: 'symlink' as const, link: 'real/target.txt' },
    { path: 'link-to-dir', type: 'symlink' as const, link: 'real' },
    { path: 'withlinks/inner-link', type: 'symlink' as const, link: 'inner.txt' },
    { path: 'withlinks/abs-link', type: 'symlink' as const, link: '/etc/passwd' },
  ];

  it('a symlink named as the source is followed: the link name with the target content', () => {
    const r = ok(FROM + 'COPY link-to-file.txt /copied/', { context });
    expect(tarRows(built(r)[0]!)).toEqual(['d0755 0/0 0 copied/', '-0644 0/0 7 copied/link-to-file.txt']);
  });

  it('a symlink to a directory copies the directory contents', () => {
    expect(under(ok(FROM + 'COPY link-to-dir /linkdir/', { context }), '/linkdir')).toEqual(['/linkdir/target.txt']);
  });

  it('symlinks inside a copied directory stay links with verbatim targets', () => {
    const r = ok(FROM + 'COPY withlinks /withlinks/', { context });
    expect(tarRows(built(r)[0]!)).toEqual(['d0755 0/0 0 withlinks/', 'l0777 0/0 0 withlinks/abs-link -> /etc/passwd', 'l0777 0/0 0 withlinks/inner-link -> inner.txt', '-0644 0/0 6 withlinks/inner.txt']);
  });
});

describe('COPY --from', () => {
  it('copies from a stage, with the stage owners; --from dropped from history (cases 01, 02)', () => {
    const r = ok(FROM.replace('\n', ' AS Build\n') + 'RUN mkdir -p /out && echo built > /out/stamp && chown 1000:1000 /out/stamp\nFROM scratch\nCOPY --from=BUILD /out/ /\n');
    expect(r.image.files.map((f) => `${f.path} ${f.uid}/${f.gid} ${f.size}`)).toEqual(['/stamp 1000/1000 6']);
    expect(r.image.history.map((h) => h.created_by)).toEqual(['COPY /out/ / # buildkit']);
    expect(file(r, '/stamp')).toMatchObject({ stage: 'build', copiedBy: 'COPY --from=BUILD /out/ /' });
  });

  it('--from=<index>', () => {
    const r = ok(FROM + 'RUN echo zero > /zero.txt\n' + FROM + 'COPY --from=0 /zero.txt /got/\n');
    expect(file(r, '/got/zero.txt')).toMatchObject({ type: 'file', size: 5 });
  });

  it('a missing path in the stage is "not found"', () => {
    const r = run(FROM.replace('\n', ' AS b\n') + FROM + 'COPY --from=b /nope /x\n');
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('"/nope": not found');
    expect(r.error?.line).toBe(3);
  });

  it('an unknown name close to a stage name suggests it (OBSERVED §8, case 05)', () => {
    const r = run(FROM.replace('\n', ' AS build\n') + 'RUN echo hi > /hi\n\n' + FROM + 'COPY --from=biuld /hi /hi\n');
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('biuld: failed to resolve source metadata for docker.io/library/biuld:latest');
    expect(r.error?.message).toMatch(/ \(did you mean build\?\)$/);
    expect(r.error?.line).toBe(5);
  });
});

describe('heredocs (case 21)', () => {
  it('COPY <<EOF writes the body; --chmod applies', () => {
    const r = ok(FROM + 'COPY <<EOF /etc/app/config.ini\n[main]\nname=demo\nEOF\nCOPY --chmod=0755 <<EOF /usr/local/bin/hello\n#!/bin/sh\necho hello\nEOF\n');
    expect(file(r, '/etc/app/config.ini')).toMatchObject({ size: 17, mode: 0o644 });
    expect(file(r, '/usr/local/bin/hello')).toMatchObject({ size: 21, mode: 0o755 });
    expect(newHistory(r)).toEqual(['COPY <<EOF /etc/app/config.ini # buildkit', 'COPY --chmod=0755 <<EOF /usr/local/bin/hello # buildkit']);
  });

  it('an unquoted delimiter expands variables, a quoted one does not', () => {
    const r = ok(FROM + 'ENV NAME=demo\nCOPY <<EOF /a\n$NAME\nEOF\nCOPY <<"EOF" /b\n$NAME\nEOF\n');
    expect(file(r, '/a')?.size).toBe(5);
    expect(file(r, '/b')?.size).toBe(6);
  });
});

describe('ADD of local files (case 32)', () => {
  it('files and directories like COPY; --chown applies', () => {
    const r = ok(FROM + 'ADD file.txt /added/\nADD adddir /added/dir\nADD --chown=app file.txt /added/owned.txt', {
      files: { 'file.txt': 'file\n', 'adddir/top.txt': 't', 'adddir/sub/s.txt': 's' },
    });
    expect(under(r, '/added')).toEqual(['/added/dir', '/added/dir/sub', '/added/dir/sub/s.txt', '/added/dir/top.txt', '/added/file.txt', '/added/owned.txt']);
    expect(file(r, '/added/owned.txt')).toMatchObject({ uid: 1000, gid: 1000 });
    expect(newHistory(r)).toEqual(['ADD file.txt /added/ # buildkit', 'ADD adddir /added/dir # buildkit', 'ADD --chown=app file.txt /added/owned.txt # buildkit']);
  });

  it('ADD extracts a local tar archive (archive modes, owner 0/0); COPY copies the file', () => {
    const tar = writeTar([
      { name: 'pkg/', type: 'dir', mode: 0o755 },
      { name: 'pkg/bin/', type: 'dir', mode: 0o755 },
      { name: 'pkg/bin/tool', content: '#!/bin/sh\necho tool\n', mode: 0o755 },
    ]);
    const r = ok(FROM + 'ADD bundle.tar /unpacked/\nCOPY bundle.tar /notunpacked/', { context: [{ path: 'bundle.tar', type: 'file', bytes: tar }] });
    expect(file(r, '/unpacked/pkg/bin/tool')).toMatchObject({ type: 'file', mode: 0o755, uid: 0, gid: 0, size: 20 });
    expect(file(r, '/notunpacked/bundle.tar')).toMatchObject({ type: 'file', size: tar.length });
  });
});

describe('layers and provenance', () => {
  it('a COPY is a layer even when it changes nothing new', () => {
    const r = ok(FROM + 'COPY a.txt /a\nCOPY a.txt /a', { files: CASE_27 });
    const layers = built(r);
    expect(layers).toHaveLength(2);
    expect(r.image.history.slice(1).every((h) => !h.empty_layer)).toBe(true);
  });

  it('files record the instruction that wrote them', () => {
    const r = ok(FROM + 'COPY a.txt /a', { files: CASE_27 });
    expect(file(r, '/a')).toMatchObject({ instruction: 'COPY a.txt /a', layer: 1 });
    expect(entries(r.image.layers[1]!)).toEqual(['a']);
  });
});
