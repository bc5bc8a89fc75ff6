// Command models against the busybox fixture, as busybox/POSIX behave; layer facts from
// OBSERVED.md §4 (cases 23-25).
import { describe, expect, it } from 'vitest';
import { APP, baseFs, sh } from '../fixtures';
import type { LayerChange } from '../../../../src/engine/types';

const row = (c: LayerChange) => `${c.kind} ${c.entry} ${(c.mode & 0o7777).toString(8)} ${c.uid}/${c.gid} ${c.size}${c.link !== undefined ? ' -> ' + c.link : ''}`;

describe('echo', () => {
  it('busybox ash echo prints backslashes literally; -n drops the newline; -e interprets', () => {
    const r = sh('echo "a\\tb" > /x; echo -n nonl > /n; echo -e "a\\tb" > /e; echo one  two > /s');
    expect(r.status).toBe(0);
    expect(r.read('/x')).toBe('a\\tb\n');
    expect(r.read('/n')).toBe('nonl');
    expect(r.fs.get('/n')!.size).toBe(4); // OBSERVED §4: echo -n nonl → 4 bytes
    expect(r.read('/e')).toBe('a\tb\n');
    expect(r.read('/s')).toBe('one two\n');
  });

  it('dash (Debian /bin/sh) echo interprets escapes; \\c stops output; -E turns escapes off', () => {
    const r = sh('echo "a\\tb" > /x; echo "cut\\chere" > /c; echo -E "a\\tb" > /E', { dash: true });
    expect(r.read('/x')).toBe('a\tb\n');
    expect(r.read('/c')).toBe('cut');
    expect(r.read('/E')).toBe('a\\tb\n');
  });

  it('-- is printed, not an option', () => {
    expect(sh('echo -- a > /w').read('/w')).toBe('-- a\n');
  });

  it('no arguments prints a newline', () => {
    expect(sh('echo > /w').read('/w')).toBe('\n');
  });
});

describe('printf', () => {
  it('interprets escapes in the format and %s %d %x %o %c %%', () => {
    const r = sh(`printf 'line1\\nline2\\n' > /q; printf '%s-%d|%x|%o|%c|%%\\n' a 7 255 8 zed > /p`);
    expect(r.read('/q')).toBe('line1\nline2\n');
    expect(r.read('/p')).toBe('a-7|ff|10|z|%\n');
  });

  it('widths, left alignment and zero padding', () => {
    expect(sh(`printf '[%5s][%-3s][%03d]' r l 5 > /p`).read('/p')).toBe('[    r][l  ][005]');
  });

  it('reuses the format for extra arguments', () => {
    expect(sh(`printf '%s\\n' a b c > /r`).read('/r')).toBe('a\nb\nc\n');
  });

  it('%b interprets escapes in the argument, %s does not', () => {
    expect(sh(`printf '%b|%s' 'x\\ty' 'x\\ty' > /b`).read('/b')).toBe('x\ty|x\\ty');
  });

  it('no trailing newline unless the format has one', () => {
    expect(sh('printf hi > /s').read('/s')).toBe('hi');
  });
});

describe('cat and tee', () => {
  it('concatenates files, stdin and -', () => {
    const r = sh('echo hello > /a; cat /a /a > /b; cat < /a > /c; echo x | cat - /a > /d');
    expect(r.read('/b')).toBe('hello\nhello\n');
    expect(r.read('/c')).toBe('hello\n');
    expect(r.read('/d')).toBe('x\nhello\n');
  });

  it('a missing file fails with busybox words', () => {
    const r = sh('cat /missing');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("cat: can't open '/missing': No such file or directory\n");
  });

  it('a here-document feeds stdin (expanded unless the delimiter is quoted)', () => {
    const r = sh("X=val; cat > /h1 <<EOF\nalpha $X\n  beta\nEOF\ncat > /h2 <<'EOF'\n$X\nEOF", { env: {} });
    expect(r.read('/h1')).toBe('alpha val\n  beta\n');
    expect(r.read('/h2')).toBe('$X\n');
  });

  it('tee writes every file and passes the input on (OBSERVED §4, case 25)', () => {
    const r = sh('echo teed | tee /t1 /t2 > /t3; echo more | tee -a /t1 > /dev/null');
    expect(r.read('/t1')).toBe('teed\nmore\n');
    expect(r.read('/t2')).toBe('teed\n');
    expect(r.read('/t3')).toBe('teed\n');
  });
});

describe('redirections', () => {
  it('> truncates, >> appends, a new file is 0644 owned by the user', () => {
    const r = sh('echo one > /f; echo two >> /f; echo three >> /g', { user: APP, cwd: '/' });
    expect(r.read('/f')).toBe('one\ntwo\n');
    expect(r.fs.get('/g')).toMatchObject({ mode: 0o644, uid: 1000, gid: 1000 });
  });

  it('writing into a missing directory fails like busybox sh (OBSERVED §4: VOLUME does not create it)', () => {
    const r = sh('echo x > /data/file.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("/bin/sh: can't create /data/file.txt: nonexistent directory");
  });

  it('appending to a base file copies the whole file up (OBSERVED §4, case 24: 260 bytes)', () => {
    const r = sh('echo "extra:x:4000:4000::/:/bin/false" >> /etc/passwd');
    expect(r.changes.map(row)).toEqual(['modify etc 755 0/0 0', 'modify etc/passwd 644 0/0 260']);
  });

  it('> /dev/null discards output', () => {
    const r = sh('echo hi > /dev/null');
    expect(r.status).toBe(0);
    expect(r.changes).toEqual([]);
  });
});

describe('mkdir', () => {
  it('fails without -p when the parent is missing, or when the path exists', () => {
    const r1 = sh('mkdir /a/b/c');
    expect(r1.status).toBe(1);
    expect(r1.stderr).toBe("mkdir: can't create directory '/a/b/c': No such file or directory\n");
    const r2 = sh('mkdir /etc');
    expect(r2.status).toBe(1);
    expect(r2.stderr).toBe("mkdir: can't create directory '/etc': File exists\n");
  });

  it('-p makes every parent and accepts existing directories', () => {
    const r = sh('mkdir -p /a/b/c && mkdir -p /a/b /etc');
    expect(r.status).toBe(0);
    expect(r.changes.map(row)).toEqual(['add a 755 0/0 0', 'add a/b 755 0/0 0', 'add a/b/c 755 0/0 0']);
  });

  it('-m sets the mode of the directory', () => {
    expect(sh('mkdir -m 700 /m').fs.get('/m')!.mode).toBe(0o700);
  });

  it('directories belong to the user running the step', () => {
    expect(sh('mkdir /home/app/sub', { user: APP }).fs.get('/home/app/sub')).toMatchObject({ uid: 1000, gid: 1000, mode: 0o755 });
  });

  it('-p through a file fails', () => {
    expect(sh('mkdir -p /etc/passwd/x').status).toBe(1);
  });
});

describe('rm', () => {
  it('deleting base files writes one whiteout each (OBSERVED §4, case 23)', () => {
    const r = sh('rm /etc/hostname');
    expect(r.changes.map(row)).toEqual(['modify etc 755 0/0 0', 'whiteout etc/.wh.hostname 600 0/0 0']);
  });

  it('a missing file fails unless -f', () => {
    const r = sh('rm /nonexist');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("rm: can't remove '/nonexist': No such file or directory\n");
    expect(sh('rm -f /nonexist').status).toBe(0);
  });

  it('a directory needs -r', () => {
    const r = sh('rm /etc');
    expect(r.status).toBe(1);
    expect(r.fs.has('/etc/passwd')).toBe(true);
  });

  it('rm -rf /usr/* whites out each top-level child (OBSERVED §4, case 23)', () => {
    const r = sh('rm -rf /usr/*');
    expect(r.changes.map(row)).toEqual(['modify usr 755 0/0 0', 'whiteout usr/.wh.bin 600 0/0 0', 'whiteout usr/.wh.sbin 600 0/0 0']);
  });

  it('removes a symlink, not its target', () => {
    const r = sh('rm /bin/cat');
    expect(r.fs.has('/bin/cat')).toBe(false);
    expect(r.fs.has('/bin/busybox')).toBe(true);
  });
});

describe('touch', () => {
  it('creates an empty file', () => {
    expect(sh('touch /w').fs.get('/w')).toMatchObject({ type: 'file', size: 0, mode: 0o644 });
  });

  it('touching a base file copies it up into the layer', () => {
    const r = sh('touch /etc/group');
    expect(r.changes.map((c) => c.entry)).toContain('etc/group');
  });

  it('fails in a missing directory', () => {
    expect(sh('touch /nope/x').status).toBe(1);
  });
});

describe('cp', () => {
  it('copies a file; the copy is a new file of the caller with the source mode', () => {
    const r = sh('cp /etc/passwd /pw && cp /bin/busybox /bb');
    expect(r.fs.get('/pw')).toMatchObject({ type: 'file', size: r.fs.get('/etc/passwd')!.size, mode: 0o644, uid: 0 });
    expect(r.fs.get('/bb')!.mode).toBe(0o755);
  });

  it('into a directory keeps the name', () => {
    expect(sh('cp /etc/passwd /tmp').fs.get('/tmp/passwd')?.type).toBe('file');
  });

  it('refuses a directory without -r', () => {
    const r = sh('cp /etc /e');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("omitting directory '/etc'");
  });

  it('-r copies a tree (OBSERVED §4, case 25)', () => {
    const r = sh('mkdir -p /w/a/b/c && echo x > /w/a/b/c/p.txt && cp -r /w/a /w/acopy');
    expect(r.fs.get('/w/acopy/b/c/p.txt')?.content).toBe('x\n');
  });

  it('follows a symlink source (cp without -a/-P)', () => {
    const r = sh('cp /bin/sh /mysh');
    expect(r.fs.get('/mysh')).toMatchObject({ type: 'file', size: r.fs.get('/bin/busybox')!.size });
  });

  it('-a keeps symlinks, modes and owners', () => {
    const r = sh('mkdir /src && ln -s /etc/passwd /src/l && touch /src/f && chown 1000:1000 /src/f && chmod 600 /src/f && cp -a /src /dst');
    expect(r.fs.get('/dst/l')).toMatchObject({ type: 'symlink', link: '/etc/passwd' });
    expect(r.fs.get('/dst/f')).toMatchObject({ mode: 0o600, uid: 1000, gid: 1000 });
  });

  it('cp of a 0400 file keeps its mode (OBSERVED §6: the copied secret is -r--------)', () => {
    const r = sh('echo s > /sec && chmod 400 /sec && cp /sec /copy');
    expect(r.fs.get('/copy')!.mode).toBe(0o400);
  });

  it('several sources need a directory target', () => {
    expect(sh('cp /etc/passwd /etc/group /newfile').status).toBe(1);
  });

  it('a missing source fails', () => {
    const r = sh('cp /w/x /y');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("cp: can't stat '/w/x': No such file or directory\n");
  });
});

describe('mv', () => {
  it('moves: the new name is added and the old one whited out (OBSERVED §4, case 25)', () => {
    const fs = baseFs();
    sh('mkdir /w && echo -n nonl > /w/n.txt', { fs });
    const r = sh('mv /w/n.txt /w/moved.txt', { fs });
    expect(r.changes.map(row).sort()).toEqual(['add w/moved.txt 644 0/0 4', 'modify w 755 0/0 0', 'whiteout w/.wh.n.txt 600 0/0 0']);
  });

  it('keeps owner and mode', () => {
    const r = sh('mv /home/app /home/renamed');
    expect(r.fs.get('/home/renamed')).toMatchObject({ type: 'dir', uid: 1000, gid: 1000 });
    expect(r.fs.has('/home/app')).toBe(false);
  });
});

describe('ln', () => {
  it('-s makes symlinks with the target verbatim (OBSERVED §4, case 25)', () => {
    const fs = baseFs();
    sh('mkdir /w && touch /w/moved.txt', { fs });
    const r = sh('ln -s /w/moved.txt /w/link && ln -s a/b /w/rel-link', { fs });
    expect(r.changes.map(row).sort()).toEqual(['add w/link 777 0/0 0 -> /w/moved.txt', 'add w/rel-link 777 0/0 0 -> a/b', 'modify w 755 0/0 0']);
  });

  it('an existing name fails unless -f', () => {
    expect(sh('ln -s /x /etc/passwd').status).toBe(1);
    expect(sh('ln -sf /x /etc/passwd').fs.get('/etc/passwd')).toMatchObject({ type: 'symlink', link: '/x' });
  });

  it('a link into a directory takes the target name', () => {
    expect(sh('ln -s /etc/passwd /tmp').fs.get('/tmp/passwd')).toMatchObject({ type: 'symlink', link: '/etc/passwd' });
  });
});

describe('chmod', () => {
  it('octal modes; a base file is copied up whole (OBSERVED §4, case 24)', () => {
    const r = sh('chmod 600 /etc/group');
    expect(r.changes.map(row)).toEqual(['modify etc 755 0/0 0', 'modify etc/group 600 0/0 66']);
  });

  it('symbolic modes', () => {
    const r = sh('touch /a /b /c /d && chmod u+x,go-r /a && chmod +x /b && chmod a=rX /c && chmod 755 /d && chmod g-x,o= /d && chmod g+s /tmp && chmod o-t /tmp');
    expect(r.fs.get('/a')!.mode).toBe(0o700);
    expect(r.fs.get('/b')!.mode).toBe(0o755);
    expect(r.fs.get('/c')!.mode).toBe(0o444);
    expect(r.fs.get('/d')!.mode).toBe(0o740);
    expect(r.fs.get('/tmp')!.mode).toBe(0o2777);
  });

  it('X adds execute only to directories and already-executable files', () => {
    const r = sh('touch /f && mkdir -m 700 /dd && chmod a+X /f /dd');
    expect(r.fs.get('/f')!.mode).toBe(0o644);
    expect(r.fs.get('/dd')!.mode).toBe(0o711);
  });

  it('-R applies to a tree', () => {
    const r = sh('mkdir -p /t/s && touch /t/s/f && chmod -R 700 /t');
    expect(r.fs.get('/t/s/f')!.mode).toBe(0o700);
    expect(r.fs.get('/t/s')!.mode).toBe(0o700);
  });

  it('rejects an invalid mode and a missing file', () => {
    expect(sh('chmod 999 /etc/passwd').status).toBe(1);
    expect(sh('chmod 644 /nope').status).toBe(1);
  });
});

describe('chown / chgrp (names from the image /etc/passwd and /etc/group)', () => {
  it('uid:gid numbers (OBSERVED §4, case 24)', () => {
    const r = sh('chown 1000:1000 /etc/hostname');
    expect(r.changes.map(row)).toEqual(['modify etc 755 0/0 0', 'modify etc/hostname 644 1000/1000 0']);
  });

  it('user alone keeps the group; "user:" takes the login group; user:group', () => {
    const r = sh('chown app /etc/passwd; chown svc: /etc/group; chown app:svcgrp /etc/hosts; chown nobody:nogroup /etc/resolv.conf');
    expect(r.fs.get('/etc/passwd')).toMatchObject({ uid: 1000, gid: 0 });
    expect(r.fs.get('/etc/group')).toMatchObject({ uid: 2000, gid: 3000 });
    expect(r.fs.get('/etc/hosts')).toMatchObject({ uid: 1000, gid: 3000 });
    expect(r.fs.get('/etc/resolv.conf')).toMatchObject({ uid: 65534, gid: 65534 });
  });

  it('chown :group and chgrp change only the group', () => {
    const r = sh('chown :svcgrp /etc/passwd; chgrp app /etc/group');
    expect(r.fs.get('/etc/passwd')).toMatchObject({ uid: 0, gid: 3000 });
    expect(r.fs.get('/etc/group')).toMatchObject({ uid: 0, gid: 1000 });
  });

  it('users created by an earlier command of the step resolve', () => {
    const r = sh('echo "extra:x:4000:4001::/:/bin/false" >> /etc/passwd && touch /f && chown extra /f');
    expect(r.status).toBe(0);
    expect(r.fs.get('/f')).toMatchObject({ uid: 4000, gid: 0 });
  });

  it('-R applies to a tree', () => {
    const r = sh('mkdir -p /t/s && touch /t/s/f && chown -R app:app /t');
    expect(r.fs.get('/t/s/f')).toMatchObject({ uid: 1000, gid: 1000 });
  });

  it('unknown names fail and change nothing', () => {
    const r1 = sh('chown ghost /etc/passwd');
    expect(r1.status).toBe(1);
    expect(r1.changes).toEqual([]);
    expect(sh('chgrp ghosts /etc/passwd').status).toBe(1);
  });
});

describe('dd', () => {
  it('bs × count from /dev/zero (OBSERVED §3: 100 KiB file of case 24)', () => {
    const r = sh('dd if=/dev/zero of=/big bs=1024 count=100');
    expect(r.fs.get('/big')!.size).toBe(102400);
  });

  it('size suffixes k, M, b (512), w (2), c (1)', () => {
    const r = sh('dd if=/dev/zero of=/k bs=1k count=3; dd if=/dev/zero of=/m bs=1M count=2; dd if=/dev/zero of=/b bs=1b count=2; dd if=/dev/zero of=/w bs=1w count=5; dd if=/dev/zero of=/c bs=7c count=1');
    expect(['/k', '/m', '/b', '/w', '/c'].map((p) => r.fs.get(p)!.size)).toEqual([3072, 2 * 1024 * 1024, 1024, 10, 7]);
  });

  it('the default block size is 512', () => {
    expect(sh('dd if=/dev/zero of=/d count=3').fs.get('/d')!.size).toBe(1536);
  });

  it('copies a file (capped by bs × count)', () => {
    const r = sh('dd if=/etc/passwd of=/all; dd if=/etc/passwd of=/part bs=10 count=2');
    expect(r.fs.get('/all')!.size).toBe(r.fs.get('/etc/passwd')!.size);
    expect(r.fs.get('/part')!.size).toBe(20);
  });

  it('a missing input fails', () => {
    expect(sh('dd if=/nope of=/x').status).toBe(1);
  });
});

describe('test / [', () => {
  it.each([
    ['test -f /etc/passwd', 0],
    ['test -f /etc', 1],
    ['test -d /etc', 0],
    ['[ -e /nope ]', 1],
    ['[ -x /bin/busybox ]', 0],
    ['[ -s /etc/hosts ]', 1],
    ['[ -s /etc/passwd ]', 0],
    ['[ -L /bin/sh ]', 0],
    ['[ -h /etc ]', 1],
    ['[ a = a ]', 0],
    ['[ a != a ]', 1],
    ['[ 3 -lt 10 ]', 0],
    ['[ 10 -le 3 ]', 1],
    ['test 1 -eq 01', 0],
    ['[ -z "" ]', 0],
    ['[ -n "" ]', 1],
    ['[ x ]', 0],
    ['[ "" ]', 1],
    ['[ ]', 1],
    ['test', 1],
    ['[ ! -e /nope ]', 0],
    ['[ -f /etc/passwd -a -d /tmp ]', 0],
    ['[ -f /nope -o -d /tmp ]', 0],
    ['[ -f /nope -a -d /tmp ]', 1],
  ])('%s → %i', (script, status) => {
    expect(sh(script).status).toBe(status);
  });

  it('[ without its closing ] is an error (status 2)', () => {
    expect(sh('[ a = a').status).toBe(2);
  });
});

describe('shell: statuses, builtins, PATH', () => {
  it('&& and || follow exit statuses; the last status is the script status', () => {
    expect(sh('true && false').status).toBe(1);
    expect(sh('false || true').status).toBe(0);
    expect(sh('false; true').status).toBe(0);
    expect(sh('! true').status).toBe(1);
  });

  it('exit N stops the script with N', () => {
    const r = sh('exit 3; echo no > /no');
    expect(r.status).toBe(3);
    expect(r.fs.has('/no')).toBe(false);
  });

  it('an exit status is one byte, as in sh (exit 777 exits 9)', () => {
    expect(sh('exit 777').status).toBe(9);
    expect(sh('exit 256').status).toBe(0);
  });

  it('set -e stops at the first failing command', () => {
    const r = sh('set -e; false; echo x > /f');
    expect(r.status).toBe(1);
    expect(r.fs.has('/f')).toBe(false);
  });

  it('without set -e a failing command in the middle does not stop the script', () => {
    const r = sh('false; echo x > /f');
    expect(r.status).toBe(0);
    expect(r.fs.has('/f')).toBe(true);
  });

  it('a command missing from PATH is "not found" with status 127', () => {
    const r = sh('nosuchcmd arg');
    expect(r.status).toBe(127);
    expect(r.stderr).toBe('/bin/sh: nosuchcmd: not found\n');
  });

  it('cd changes the directory for later commands; a missing one fails', () => {
    const r = sh('cd /etc && cat passwd > /p');
    expect(r.read('/p')).toBe(r.read('/etc/passwd'));
    expect(sh('cd /nope').status).toBe(2);
  });

  it('a subshell does not change the outer directory or variables', () => {
    const r = sh('(cd /etc; X=1); echo "[$X]" > rel');
    expect(r.read('/rel')).toBe('[]\n');
  });

  it('assignments and export set variables for later commands', () => {
    const r = sh('X=1; export Y=2; echo "$X$Y" > /v');
    expect(r.read('/v')).toBe('12\n');
  });

  // Regression (found by tests/property): a script that runs itself recursed until the stack
  // overflowed and build() threw a RangeError.
  it.each([[`export X='sh -c "$X"'; sh -c "$X"`], ["echo '. /s' > /s; . /s"], ["echo 'sh /s' > /s; sh /s"]])('regression: self-recursive %s stops with an opaque note', (script) => {
    const r = sh(script);
    expect(r.status).toBe(2);
    expect(r.opaque.join('\n')).toContain('nested more than 50 levels');
  });

  it('deeply nested groups and substitutions run without overflowing the stack', () => {
    expect(sh('( '.repeat(2000) + 'true' + ' )'.repeat(2000)).status).toBe(0);
    expect(sh('echo ' + '$(echo '.repeat(1000) + 'x' + ')'.repeat(1000) + ' > /o').status).toBe(0);
  });

  // ENGINE BUG (src/engine/shell/interpreter.ts, found by tests/property): an expansion the
  // simulator cannot model in a redirection target (${X%y}, $(cmd) whose output is unknown) throws
  // UnsupportedExpansion out of Interpreter.run, so build() throws. applyRedirects (and the `<`
  // handling in command()) should catch it like argv expansion does: record it as opaque.
  it.each([['echo hi > ${X%y}'], ['echo hi >> $(id)'], ['cat < `id`']])('ENGINE BUG interpreter.ts: %s is opaque, not an exception', (script) => {
    let r: ReturnType<typeof sh> | undefined;
    expect(() => {
      r = sh(script);
    }).not.toThrow();
    expect(r!.opaque.length).toBeGreaterThan(0);
  });

  it('sh -c runs a nested script', () => {
    const r = sh(`sh -c 'echo nested > /n'`);
    expect(r.read('/n')).toBe('nested\n');
  });

  it('pwd and id -u:id -g report the step user and directory (OBSERVED §4, case 26)', () => {
    const r = sh('pwd > /tmp/pwd; id -u > /tmp/u', { user: APP, cwd: '/home/app' });
    expect(r.read('/tmp/pwd')).toBe('/home/app\n');
    expect(r.read('/tmp/u')).toBe('1000\n');
  });
});
