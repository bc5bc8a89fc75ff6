// Config instructions: the image config and the exact `created_by` strings BuildKit writes
// (OBSERVED.md §2 table, §3). Every expected string below is quoted from OBSERVED.md.
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../../src/engine/build/config';
import { newHistory, ok, PATH, run } from '../fixtures';

const FROM = 'FROM local/busybox:latest\n';

describe('history of config instructions (OBSERVED §2)', () => {
  it('ENV: quotes and escapes removed, pairs space-joined, legacy form, references expanded (case 18)', () => {
    const r = ok(
      FROM +
        `ENV GREETING="hello world" QUOTED='single $quoted' ESCAPED=a\\ b\n` +
        'ENV LEGACY value with spaces\n' +
        'ENV PATH=/opt/bin:$PATH HOME_DIR=/srv\n' +
        'ENV SUB=${HOME_DIR}/sub BRACED="${GREETING}!"\n',
    );
    expect(newHistory(r)).toEqual([
      'ENV GREETING=hello world QUOTED=single $quoted ESCAPED=a b',
      'ENV LEGACY=value with spaces',
      'ENV PATH=/opt/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME_DIR=/srv',
      'ENV SUB=/srv/sub BRACED=hello world!',
    ]);
    // Env order: base PATH first (replaced in place), new keys appended (OBSERVED §3)
    expect(r.image.config.Env).toEqual([
      'PATH=/opt/bin:' + PATH,
      'GREETING=hello world',
      'QUOTED=single $quoted',
      'ESCAPED=a b',
      'LEGACY=value with spaces',
      'HOME_DIR=/srv',
      'SUB=/srv/sub',
      'BRACED=hello world!',
    ]);
  });

  it('ENV values on one line see the environment from before the line', () => {
    const r = ok(FROM + 'ENV A=1\nENV A=2 B=$A\n');
    expect(newHistory(r)[1]).toBe('ENV A=2 B=1');
  });

  it('ARG as written (default, not the override); ENV and LABEL from ARG bake the value (case 15)', () => {
    const r = ok(FROM + 'ARG A=adefault\nARG B=bdefault\nARG C\nARG EMPTY=\nENV FROM_ARG=$A\nLABEL version=${B}\n', { buildArgs: { B: 'bfromcli' } });
    expect(newHistory(r)).toEqual(['ARG A=adefault', 'ARG B=bdefault', 'ARG C', 'ARG EMPTY=', 'ENV FROM_ARG=adefault', 'LABEL version=bfromcli']);
    expect(r.image.config.Env).toEqual([`PATH=${PATH}`, 'FROM_ARG=adefault']);
    expect(r.image.config.Labels).toEqual({ version: 'bfromcli' });
  });

  it('global ARGs: no history entry; empty in the stage until redeclared (case 14)', () => {
    const r = ok('ARG BASE=local/busybox:latest\nARG V=global-default\nFROM $BASE\nARG V\nARG BASE\nLABEL base=$BASE\n');
    expect(newHistory(r)).toEqual(['ARG V', 'ARG BASE', 'LABEL base=local/busybox:latest']);
  });

  it('LABEL (case 19, case 44)', () => {
    const r = ok(FROM + 'LABEL maintainer="team@example.com" org.example.multi="a b" plain=1\nLABEL "quoted key"="v=1" empty=""\n');
    expect(newHistory(r)).toEqual(['LABEL maintainer=team@example.com org.example.multi=a b plain=1', 'LABEL quoted key=v=1 empty=']);
    expect(r.image.config.Labels).toEqual({ maintainer: 'team@example.com', 'org.example.multi': 'a b', plain: '1', 'quoted key': 'v=1', empty: '' });
  });

  it('EXPOSE: ranges expanded, protocol defaulted, keys sorted as strings in Go map syntax (case 19)', () => {
    const r = ok(FROM + 'EXPOSE 80 53/udp 8000-8002/tcp\n');
    expect(newHistory(r)).toEqual(['EXPOSE map[53/udp:{} 80/tcp:{} 8000/tcp:{} 8001/tcp:{} 8002/tcp:{}]']);
    expect(Object.keys(r.image.config.ExposedPorts).sort()).toEqual(['53/udp', '80/tcp', '8000/tcp', '8001/tcp', '8002/tcp']);
  });

  it('EXPOSE in a child stage lists only that line; ports merge across stages (case 44)', () => {
    const r = ok(FROM.replace('\n', ' AS a\n') + 'EXPOSE 80\nFROM a\nEXPOSE 443 80/tcp\n');
    expect(newHistory(r)).toEqual(['EXPOSE map[80/tcp:{}]', 'EXPOSE map[443/tcp:{} 80/tcp:{}]']);
    expect(Object.keys(r.image.config.ExposedPorts).sort()).toEqual(['443/tcp', '80/tcp']);
  });

  it('VOLUME shell and JSON forms (case 19); VOLUME does not create the directory (OBSERVED §4)', () => {
    const r = ok(FROM + 'VOLUME /data /logs\nVOLUME ["/cache"]\n');
    expect(newHistory(r)).toEqual(['VOLUME [/data /logs]', 'VOLUME [/cache]']);
    expect(r.image.config.Volumes).toEqual({ '/data': {}, '/logs': {}, '/cache': {} });
    expect(r.image.files.some((f) => f.path === '/data')).toBe(false);
  });

  it('USER is written as given (cases 19, 26, 44)', () => {
    const r = ok(FROM + 'USER 1000:1000\nUSER app\nUSER app:svcgrp\n');
    expect(newHistory(r)).toEqual(['USER 1000:1000', 'USER app', 'USER app:svcgrp']);
    expect(r.image.config.User).toBe('app:svcgrp');
  });

  it('CMD / ENTRYPOINT exec form: Go %q list (cases 03, 19)', () => {
    const r = ok(FROM + 'ENTRYPOINT ["/bin/sh", "-c"]\nCMD ["echo hello"]\nCMD ["sh", "-c", "echo base"]\n');
    expect(newHistory(r)).toEqual(['ENTRYPOINT ["/bin/sh" "-c"]', 'CMD ["echo hello"]', 'CMD ["sh" "-c" "echo base"]']);
  });

  it('shell forms are wrapped with the SHELL current at that line; HEALTHCHECK shell form is not (case 20)', () => {
    const r = ok(FROM + 'CMD echo "default cmd"\nSHELL ["/bin/sh", "-e", "-c"]\nENTRYPOINT exec echo entry\nHEALTHCHECK CMD test -f /etc/passwd\nSHELL ["/bin/ash", "-c"]\n');
    expect(newHistory(r)).toEqual([
      'CMD ["/bin/sh" "-c" "echo \\"default cmd\\""]',
      'SHELL [/bin/sh -e -c]',
      'ENTRYPOINT ["/bin/sh" "-e" "-c" "exec echo entry"]',
      `HEALTHCHECK &{["CMD-SHELL" "test -f /etc/passwd"] "0s" "0s" "0s" "0s" '\\x00'}`,
      'SHELL [/bin/ash -c]',
    ]);
    expect(r.image.config.Shell).toEqual(['/bin/ash', '-c']);
    expect(r.image.config.Healthcheck).toEqual({ Test: ['CMD-SHELL', 'test -f /etc/passwd'] });
  });

  it('HEALTHCHECK exec form with flags: a Go struct dump, retries as a rune (case 19)', () => {
    const r = ok(FROM + 'HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["wget", "-q", "-O-", "http://localhost/"]\n');
    expect(newHistory(r)).toEqual([`HEALTHCHECK &{["CMD" "wget" "-q" "-O-" "http://localhost/"] "30s" "5s" "10s" "0s" '\\x03'}`]);
    expect(r.image.config.Healthcheck).toEqual({
      Test: ['CMD', 'wget', '-q', '-O-', 'http://localhost/'],
      Interval: 30_000_000_000,
      Timeout: 5_000_000_000,
      StartPeriod: 10_000_000_000,
      Retries: 3,
    });
  });

  it('HEALTHCHECK NONE', () => {
    const r = ok(FROM + 'HEALTHCHECK NONE\n');
    expect(r.image.config.Healthcheck).toEqual({ Test: ['NONE'] });
  });

  it('STOPSIGNAL (case 19)', () => {
    const r = ok(FROM + 'STOPSIGNAL SIGTERM\n');
    expect(newHistory(r)).toEqual(['STOPSIGNAL SIGTERM']);
    expect(r.image.config.StopSignal).toBe('SIGTERM');
  });

  it('ONBUILD: no history entry, text kept verbatim in config.OnBuild (case 12)', () => {
    const r = ok(FROM + 'ONBUILD COPY trigger.txt /triggered.txt\nONBUILD RUN echo "onbuild ran" > /onbuild.txt\n');
    expect(newHistory(r)).toEqual([]);
    expect(r.image.config.OnBuild).toEqual(['COPY trigger.txt /triggered.txt', 'RUN echo "onbuild ran" > /onbuild.txt']);
  });

  it('config entries are empty layers with size 0; the comment is buildkit.dockerfile.v0', () => {
    const r = ok(FROM + 'ENV A=1\nLABEL b=2\n');
    for (const h of r.image.history.slice(1)) {
      expect(h).toMatchObject({ empty_layer: true, size: 0 });
    }
  });
});

describe('image config (OBSERVED §3)', () => {
  it('CMD sets ArgsEscaped and it stays after ENTRYPOINT clears an inherited CMD (case 03)', () => {
    const r = ok(FROM.replace('\n', ' AS base\n') + 'CMD ["sh", "-c", "echo base"]\nFROM base AS final\nENTRYPOINT ["/bin/echo"]\n');
    expect(r.image.config.Cmd).toBeNull();
    expect(r.image.config.Entrypoint).toEqual(['/bin/echo']);
    expect(r.image.config.ArgsEscaped).toBe(true);
  });

  it('ENTRYPOINT keeps a CMD set earlier in the same stage (case 20)', () => {
    const r = ok(FROM + 'CMD echo "default cmd"\nENTRYPOINT ["/bin/true"]\n');
    expect(r.image.config.Cmd).toEqual(['/bin/sh', '-c', 'echo "default cmd"']);
  });

  it('ENTRYPOINT clears the base image CMD; no CMD means no ArgsEscaped key', () => {
    const r = ok(FROM + 'ENTRYPOINT ["/bin/true"]\n');
    expect(r.image.config.Cmd).toBeNull();
    expect('ArgsEscaped' in r.image.config).toBe(false);
  });

  it('FROM <stage> inherits Env, User, WorkingDir, ExposedPorts, Labels, Cmd, Entrypoint, Shell (cases 03, 44)', () => {
    const r = ok(
      FROM.replace('\n', ' AS base\n') +
        'ENV APP_HOME=/srv/app\nWORKDIR /srv/app\nUSER app\nEXPOSE 8080\nLABEL org.example.tier=base\nSHELL ["/bin/sh", "-e", "-c"]\nCMD ["sh"]\n' +
        'FROM base AS final\nRUN true\n',
    );
    expect(r.image.config).toMatchObject({
      Env: [`PATH=${PATH}`, 'APP_HOME=/srv/app'],
      User: 'app',
      WorkingDir: '/srv/app',
      ExposedPorts: { '8080/tcp': {} },
      Labels: { 'org.example.tier': 'base' },
      Cmd: ['sh'],
      Shell: ['/bin/sh', '-e', '-c'],
    });
    expect(newHistory(r).at(-1)).toBe('RUN /bin/sh -e -c true # buildkit');
  });

  it('FROM scratch: default PATH, WorkingDir /, no Cmd (case 01)', () => {
    const r = ok('FROM scratch\nCOPY a.txt /a.txt\n', { files: { 'a.txt': 'a' } });
    expect(r.image.config).toMatchObject({ Env: [`PATH=${PATH}`], WorkingDir: '/', Cmd: null, Entrypoint: null });
    expect(r.image.history.map((h) => h.created_by)).toEqual(['COPY a.txt /a.txt # buildkit']);
  });

  it('ARG values are not in Env', () => {
    const r = ok(FROM + 'ARG SECRETISH=x\nRUN true\n');
    expect(r.image.config.Env).toEqual([`PATH=${PATH}`]);
  });

  it('the config is the target stage config', () => {
    const r = ok(FROM.replace('\n', ' AS a\n') + 'LABEL stage=a\n' + FROM.replace('\n', ' AS b\n') + 'LABEL stage=b\n', { target: 'a' });
    expect(r.image.config.Labels).toEqual({ stage: 'a' });
  });
});

describe('config errors', () => {
  it('EXPOSE of something that is not a port', () => {
    const r = run(FROM + 'EXPOSE http\n');
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('invalid containerPort: http');
    expect(r.error?.line).toBe(2);
  });

  it('VOLUME with an empty path', () => {
    const r = run(FROM + 'VOLUME ""\n');
    expect(r.ok).toBe(false);
    expect(r.error?.message).toBe('VOLUME specified can not be an empty string');
  });

  it('an unset ${X?} in ENV fails on its line', () => {
    const r = run(FROM + 'RUN true\nENV A="${NOPE?is required}"\n');
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('NOPE: is required');
    expect(r.error?.line).toBe(3);
  });

  it('HEALTHCHECK durations must parse', () => {
    const r = run(FROM + 'HEALTHCHECK --interval=soon CMD true\n');
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('time: invalid duration "soon"');
  });
});

describe('parseDuration (Go time.ParseDuration)', () => {
  it.each([
    ['0', 0],
    ['30s', 30e9],
    ['1m30s', 90e9],
    ['1.5s', 1.5e9],
    ['100ms', 100e6],
    ['2h', 7.2e12],
    ['10us', 10e3],
  ])('%s', (text, ns) => {
    expect(parseDuration(text)).toBe(ns);
  });

  it('rejects text that is not a duration', () => {
    for (const t of ['', 'soon', '10', '1x', 's']) expect(parseDuration(t)).toBeNull();
  });
});
