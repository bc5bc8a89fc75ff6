// Accounts: busybox adduser/addgroup on Alpine, shadow-utils useradd/groupadd and Debian's
// adduser on Debian. The exact /etc lines, the home directories, and USER / --chown resolving
// the new names in later steps.
import { describe, expect, it } from 'vitest';
import { ALPINE, DEBIAN, file, ok, run, text, notes } from './fixtures-jpo';

describe('busybox addgroup/adduser (Alpine)', () => {
  it('makes a system group and user: gid 101 (100 is "users"), uid 100, shell /bin/false, home 2755', () => {
    const r = ok(`FROM ${ALPINE}\nRUN addgroup -S app && adduser -S -G app app\n`);
    expect(text(r, '/etc/group')).toContain('\napp:x:101:app\n');
    expect(text(r, '/etc/passwd')).toMatch(/\napp:x:100:101:Linux User,,,:\/home\/app:\/bin\/false\n$/);
    expect(text(r, '/etc/shadow')).toMatch(/\napp:!:20454:0:99999:7:::\n$/);
    expect(file(r, '/home/app')).toMatchObject({ type: 'dir', uid: 100, gid: 101, mode: 0o2755 });
  });

  it('USER app then RUN touch gives a file owned by the new uid/gid, and COPY --chown=app:app resolves', () => {
    const r = ok(`FROM ${ALPINE}\nRUN addgroup -S app && adduser -S -G app app\nCOPY --chown=app:app a.txt /srv/a.txt\nUSER app\nRUN touch /tmp/x\n`, { files: { 'a.txt': 'hi' } });
    expect(file(r, '/tmp/x')).toMatchObject({ uid: 100, gid: 101 });
    expect(file(r, '/srv/a.txt')).toMatchObject({ uid: 100, gid: 101 });
  });

  it('a normal user gets the first free id from 1000, a group of its own name, root\'s shell', () => {
    const r = ok(`FROM ${ALPINE}\nRUN adduser -D appuser\n`);
    expect(text(r, '/etc/passwd')).toContain('\nappuser:x:1000:1000:Linux User,,,:/home/appuser:/bin/sh\n');
    expect(text(r, '/etc/group')).toContain('\nappuser:x:1000:\n');
    expect(file(r, '/home/appuser')).toMatchObject({ uid: 1000, gid: 1000 });
  });

  it('-S without -G puts the user in nogroup (65533 on Alpine) and lists it as a member', () => {
    const r = ok(`FROM ${ALPINE}\nRUN adduser -S -H -u 1001 svc\n`);
    expect(text(r, '/etc/passwd')).toContain('\nsvc:x:1001:65533:Linux User,,,:/home/svc:/bin/false\n');
    expect(text(r, '/etc/group')).toContain('\nnogroup:x:65533:svc\n');
    expect(file(r, '/home/svc')).toBeUndefined();
  });

  it('honours -g GID, -u UID, -h, -s', () => {
    const r = ok(`FROM ${ALPINE}\nRUN addgroup -g 1500 web && adduser -D -u 1500 -G web -h /srv/web -s /bin/ash -g "Web" web\n`);
    expect(text(r, '/etc/passwd')).toContain('\nweb:x:1500:1500:Web:/srv/web:/bin/ash\n');
    expect(file(r, '/srv/web')).toMatchObject({ uid: 1500, gid: 1500 });
  });

  it('fails without -D: adduser runs passwd, which has no terminal in a build', () => {
    const r = run(`FROM ${ALPINE}\nRUN adduser app\n`);
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('exit code: 1');
  });

  it('fails on a taken name, uid or gid', () => {
    expect(run(`FROM ${ALPINE}\nRUN adduser -D nobody\n`).ok).toBe(false);
    expect(run(`FROM ${ALPINE}\nRUN adduser -D -u 405 x\n`).ok).toBe(false);
    expect(run(`FROM ${ALPINE}\nRUN addgroup -g 100 x\n`).ok).toBe(false);
    expect(run(`FROM ${ALPINE}\nRUN adduser -S -G nosuch app\n`).ok).toBe(false);
  });

  it('USER of a name never created fails', () => {
    const r = run(`FROM ${ALPINE}\nUSER app\nRUN true\n`);
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('unable to find user app');
  });

  it('deluser removes the user and its same-named group', () => {
    const r = ok(`FROM ${ALPINE}\nRUN adduser -D tmp && deluser tmp\n`);
    expect(text(r, '/etc/passwd')).not.toContain('\ntmp:');
    expect(text(r, '/etc/group')).not.toContain('\ntmp:');
  });
});

describe('shadow-utils useradd/groupadd (Debian)', () => {
  it('useradd -r takes the highest free system id (999) and makes a group of the same name; no home without -m', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN groupadd -r app && useradd -r -g app app\n`);
    expect(text(r, '/etc/group')).toContain('\napp:x:999:\n');
    expect(text(r, '/etc/passwd')).toMatch(/\napp:x:999:999::\/home\/app:\/bin\/sh\n$/);
    expect(text(r, '/etc/shadow')).toMatch(/\napp:!:20454::::::\n$/);
    expect(text(r, '/etc/gshadow')).toContain('\napp:!::\n');
    expect(file(r, '/home/app')).toBeUndefined();
  });

  it('useradd -m: uid 1000, own group 1000, home 0755 with /etc/skel copied, subordinate ids, backups', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN useradd -m -s /bin/bash dev\nUSER dev\nWORKDIR /home/dev\nRUN touch notes\n`);
    expect(text(r, '/etc/passwd')).toContain('\ndev:x:1000:1000::/home/dev:/bin/bash\n');
    expect(text(r, '/etc/group')).toContain('\ndev:x:1000:\n');
    expect(file(r, '/home/dev')).toMatchObject({ uid: 1000, gid: 1000, mode: 0o755 });
    expect(file(r, '/home/dev/.bashrc')).toMatchObject({ uid: 1000, gid: 1000, size: 3526 });
    expect(file(r, '/home/dev/notes')).toMatchObject({ uid: 1000, gid: 1000 });
    // Real useradd on Debian 12 (conformance case 48): subuid/subgid ranges, FILE- backups, the lock.
    expect(text(r, '/etc/subuid')).toContain('dev:100000:65536\n');
    expect(file(r, '/etc/passwd-')).toBeDefined();
    expect(file(r, '/etc/.pwd.lock')).toMatchObject({ mode: 0o600, size: 0 });
  });

  it('Debian 12 useradd leaves /var/log/lastlog alone, even for a huge uid (case 48)', () => {
    const big = ok(`FROM ${DEBIAN}\nRUN useradd -u 1000000 big\n`);
    const before = ok(`FROM ${DEBIAN}\nRUN true\n`);
    expect(file(big, '/var/log/lastlog')?.size).toBe(file(before, '/var/log/lastlog')?.size);
    expect(notes(big)).not.toContain('lastlog');
  });

  it('the next normal user takes the highest used uid + 1', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN useradd -u 1500 a && useradd b\n`);
    expect(text(r, '/etc/passwd')).toContain('\nb:x:1501:1501::/home/b:/bin/sh\n');
  });

  it('fails when a group of the user\'s name exists and -g is not given, and on duplicates', () => {
    expect(run(`FROM ${DEBIAN}\nRUN groupadd app && useradd app\n`).error?.message).toContain('exit code: 9');
    expect(run(`FROM ${DEBIAN}\nRUN groupadd users\n`).error?.message).toContain('exit code: 9');
    expect(run(`FROM ${DEBIAN}\nRUN groupadd -f users\n`).ok).toBe(true);
    expect(run(`FROM ${DEBIAN}\nRUN useradd -g nosuch app\n`).error?.message).toContain('exit code: 6');
  });

  it('COPY --chown=app resolves the user created by useradd', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN useradd -r app\nCOPY --chown=app app.py /app/\n`, { files: { 'app.py': 'print(1)\n' } });
    expect(file(r, '/app/app.py')).toMatchObject({ uid: 999, gid: 999 });
  });

  it("Debian's adduser --system --group: first free uid from 100, first free gid from 100 (100 is users), home /nonexistent", () => {
    const r = run(`FROM ${DEBIAN}\nRUN adduser --system --group app\n`);
    expect(r.ok).toBe(true);
    expect(text(r, '/etc/passwd')).toContain('\napp:x:100:101::/nonexistent:/usr/sbin/nologin\n');
    expect(text(r, '/etc/group')).toContain('\napp:x:101:\n');
    expect(file(r, '/nonexistent')).toBeUndefined();
  });

  it("Debian's adduser for a normal user: /home/NAME 0700, /bin/bash; without --disabled-password it fails", () => {
    const r = ok(`FROM ${DEBIAN}\nRUN adduser --disabled-password --gecos "" dev\n`);
    expect(text(r, '/etc/passwd')).toContain('\ndev:x:1000:1000::/home/dev:/bin/bash\n');
    expect(file(r, '/home/dev')).toMatchObject({ mode: 0o700, uid: 1000 });
    expect(run(`FROM ${DEBIAN}\nRUN adduser dev\n`).ok).toBe(false);
  });
});

describe('as a non-root user', () => {
  it('account and package tools need root', () => {
    expect(run(`FROM ${ALPINE}\nUSER nobody\nRUN adduser -D x\n`).ok).toBe(false);
    expect(run(`FROM ${ALPINE}\nUSER nobody\nRUN apk add --no-cache curl\n`).error?.message).toContain('exit code: 99');
    expect(run(`FROM ${DEBIAN}\nUSER nobody\nRUN apt-get update\n`).error?.message).toContain('exit code: 100');
    expect(run(`FROM ${DEBIAN}\nUSER nobody\nRUN useradd x\n`).ok).toBe(false);
  });
});
