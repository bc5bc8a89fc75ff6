// USER and --chown resolution against the stage's own /etc/passwd and /etc/group
// (OBSERVED.md §4 case 26, §5 case 29; FACTS.md "Filesystem").
import { describe, expect, it } from 'vitest';
import { chownIds, groups, lookupGroup, lookupUser, passwd, runUser, UserError } from '../../../../src/engine/build/users';
import { baseFs, sh } from '../fixtures';

const fs = baseFs();

describe('passwd and group files', () => {
  it('reads entries with uid, gid and home', () => {
    expect(passwd(fs).map((p) => `${p.name}:${p.uid}:${p.gid}:${p.home}`)).toEqual([
      'root:0:0:/root',
      'daemon:1:1:/usr/sbin',
      'nobody:65534:65534:/nonexistent',
      'app:1000:1000:/home/app',
      'svc:2000:3000:/nonexistent',
    ]);
    expect(groups(fs).map((g) => `${g.name}:${g.gid}`)).toEqual(['root:0', 'daemon:1', 'nogroup:65534', 'app:1000', 'svcgrp:3000']);
  });

  it('skips malformed lines', () => {
    const f = sh('printf "bad line\\nx:x:notanumber:1::/:/bin/sh\\nok:x:5:6::/home/ok:/bin/sh\\n" > /etc/passwd').fs;
    expect(passwd(f).map((p) => p.name)).toEqual(['ok']);
  });

  it('a missing /etc/passwd resolves nobody', () => {
    const f = sh('rm /etc/passwd /etc/group').fs;
    expect(passwd(f)).toEqual([]);
    expect(lookupUser(f, 'root')).toBeNull();
    expect(lookupGroup(f, 'root')).toBeNull();
  });

  it('looks up by name', () => {
    expect(lookupUser(fs, 'svc')).toEqual({ uid: 2000, gid: 3000, name: 'svc', home: '/nonexistent' });
    expect(lookupUser(fs, 'ghost')).toBeNull();
    expect(lookupGroup(fs, 'svcgrp')).toBe(3000);
    expect(lookupGroup(fs, 'ghosts')).toBeNull();
  });

  it('users added by an earlier step resolve (read from the stage filesystem)', () => {
    const f = sh('echo "extra:x:4000:4000::/home/extra:/bin/sh" >> /etc/passwd').fs;
    expect(lookupUser(f, 'extra')).toMatchObject({ uid: 4000, gid: 4000, home: '/home/extra' });
  });
});

describe('runUser (USER for RUN and WORKDIR)', () => {
  it('empty is root', () => {
    expect(runUser(fs, '')).toEqual({ uid: 0, gid: 0, name: 'root', home: '/root' });
  });

  it('a name takes its primary group (OBSERVED §4: USER app → 1000/1000, USER svc → 2000/3000)', () => {
    expect(runUser(fs, 'app')).toMatchObject({ uid: 1000, gid: 1000, home: '/home/app' });
    expect(runUser(fs, 'svc')).toMatchObject({ uid: 2000, gid: 3000 });
  });

  it('name:group and uid:gid (OBSERVED §3: USER app:svcgrp → 1000/3000; case 19 USER 1000:1000)', () => {
    expect(runUser(fs, 'app:svcgrp')).toMatchObject({ uid: 1000, gid: 3000 });
    expect(runUser(fs, '1000:1000')).toMatchObject({ uid: 1000, gid: 1000 });
    expect(runUser(fs, 'app:0')).toMatchObject({ uid: 1000, gid: 0 });
  });

  it('a numeric uid in passwd takes that entry; an unknown uid runs with gid 0', () => {
    expect(runUser(fs, '2000')).toMatchObject({ uid: 2000, gid: 3000, name: 'svc' });
    expect(runUser(fs, '4321')).toMatchObject({ uid: 4321, gid: 0 });
  });

  it('unknown names fail with runc words', () => {
    expect(() => runUser(fs, 'ghost')).toThrow(UserError);
    expect(() => runUser(fs, 'ghost')).toThrow('unable to find user ghost: no matching entries in passwd file');
    expect(() => runUser(fs, 'app:ghosts')).toThrow('unable to find group ghosts: no matching entries in group file');
  });
});

describe('chownIds (COPY/ADD --chown, OBSERVED §5 case 29)', () => {
  it('--chown=app → 1000/1000; --chown=svc → 2000/3000 (primary group)', () => {
    expect(chownIds(fs, 'app')).toEqual({ uid: 1000, gid: 1000 });
    expect(chownIds(fs, 'svc')).toEqual({ uid: 2000, gid: 3000 });
  });

  it('--chown=app:svcgrp → 1000/3000; --chown=1000:1000', () => {
    expect(chownIds(fs, 'app:svcgrp')).toEqual({ uid: 1000, gid: 3000 });
    expect(chownIds(fs, '1000:1000')).toEqual({ uid: 1000, gid: 1000 });
  });

  it('--chown=2000 (numeric uid, no group) → 2000/2000: gid = uid, not the passwd group', () => {
    expect(chownIds(fs, '2000')).toEqual({ uid: 2000, gid: 2000 });
  });

  it('mixes: name with numeric group, numeric uid with group name', () => {
    expect(chownIds(fs, 'svc:0')).toEqual({ uid: 2000, gid: 0 });
    expect(chownIds(fs, '5:svcgrp')).toEqual({ uid: 5, gid: 3000 });
  });

  it('unknown user or group fails', () => {
    expect(() => chownIds(fs, 'ghost')).toThrow(UserError);
    expect(() => chownIds(fs, 'ghost')).toThrow("can't find uid for user ghost");
    expect(() => chownIds(fs, 'app:ghosts')).toThrow("can't find gid for group ghosts");
  });
});
