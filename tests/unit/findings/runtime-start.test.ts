// Will it start? The CMD/ENTRYPOINT program, /bin/sh for a shell-form CMD, a script's #!
// interpreter, the USER — and silence whenever the simulator cannot know.
import { describe, expect, it } from 'vitest';
import type { ContextEntry } from '../../../src/engine/types';
import { GO_STATIC, of, rules, run } from './fixtures';

const RUNTIME_RULES = ['entrypoint-missing', 'dynamic-binary-without-libc', 'node-runtime-missing', 'node-modules-missing', 'jar-without-jre', 'venv-interpreter-missing', 'ca-certificates-missing', 'user-missing', 'native-module-libc-mismatch'];
const runtime = (r: ReturnType<typeof run>) => r.findings.filter((f) => RUNTIME_RULES.includes(f.rule));

describe('entrypoint-missing', () => {
  it('reports an absolute CMD path that nothing copied in', () => {
    const r = run(`
FROM test/golang:1.22 AS build
COPY app /out/app
FROM scratch
COPY --from=build /out/app /app
CMD ["/server"]
`, { files: { app: GO_STATIC } });
    const [f, ...rest] = of(r, 'entrypoint-missing');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', line: 5, path: '/server', field: 'Cmd', surface: 'container start', stage: 1 });
    expect(f!.message).toContain('stat /server: no such file or directory');
  });

  it('resolves a relative path against WORKDIR, and suggests a file of the same name', () => {
    const r = run(`
FROM test/busybox:1
COPY server /usr/local/bin/server
WORKDIR /app
ENTRYPOINT ["./server"]
`, { files: { server: GO_STATIC } });
    const [f] = of(r, 'entrypoint-missing');
    expect(f).toMatchObject({ line: 4, path: '/app/server', field: 'Entrypoint' });
    expect(f!.message).toContain('did you mean that path?');
    expect(f!.message).toContain('/usr/local/bin/server');
  });

  it('looks a bare name up in PATH', () => {
    const r = run(`
FROM test/busybox:1
CMD ["server"]
`);
    const [f] = of(r, 'entrypoint-missing');
    expect(f!.message).toContain('executable file not found in $PATH');
    expect(f!.path).toBe('server');
  });

  it('reports a shell-form CMD on an image without /bin/sh and suggests the exec form', () => {
    const r = run(`
FROM test/golang:1.22 AS build
COPY app /out/app
FROM scratch
COPY --from=build /out/app /app
CMD /app --port 8080
`, { files: { app: GO_STATIC } });
    const [f] = of(r, 'entrypoint-missing');
    expect(f).toMatchObject({ line: 5, path: '/bin/sh' });
    expect(f!.message).toContain('shell form');
    expect(f!.fix).toContain('CMD ["/app", "--port", "8080"]');
  });

  it('reports a script whose #! interpreter is missing (bash on BusyBox)', () => {
    const r = run(`
FROM test/busybox:1
COPY --chmod=755 run.sh /run.sh
ENTRYPOINT ["/run.sh"]
`, { files: { 'run.sh': '#!/bin/bash\nexec /app\n' } });
    const [f] = of(r, 'entrypoint-missing');
    expect(f).toMatchObject({ line: 3, path: '/bin/bash' });
    expect(f!.message).toContain('#!/bin/bash');
    expect(f!.fix).toContain('#!/bin/sh');
  });

  it('follows `sh -c` to the command it runs', () => {
    const r = run(`
FROM test/busybox:1
WORKDIR /app
CMD ["sh", "-c", "exec ./server --port 80"]
`);
    const [f] = of(r, 'entrypoint-missing');
    expect(f).toMatchObject({ line: 3, path: '/app/server' });
    expect(f!.message).toContain('the shell command');
  });

  it('reports a script or jar that a runtime is given but the image lacks', () => {
    const node = run(`
FROM test/node:22
WORKDIR /app
CMD ["node", "dist/server.js"]
`);
    expect(of(node, 'entrypoint-missing')[0]).toMatchObject({ line: 3, path: '/app/dist/server.js' });
    expect(of(node, 'entrypoint-missing')[0]!.message).toContain("Cannot find module '/app/dist/server.js'");
    const java = run(`
FROM test/jre:21
CMD ["java", "-jar", "/app/app.jar"]
`);
    expect(of(java, 'entrypoint-missing')[0]!.message).toContain('Unable to access jarfile /app/app.jar');
    expect(of(java, 'jar-without-jre')).toEqual([]);
  });

  it('points at the CMD when the base image supplies the ENTRYPOINT', () => {
    const r = run(`
FROM test/distroless-python
WORKDIR /app
CMD ["main.py"]
`);
    const [f] = of(r, 'entrypoint-missing');
    expect(f).toMatchObject({ line: 3, path: '/app/main.py' });
    expect(f!.message).toContain(`run by the base image's ENTRYPOINT ["/usr/bin/python3.11"]`);
  });

  it('follows an `exec "$@"` entrypoint script (the node image\'s docker-entrypoint.sh puts node in front)', () => {
    const r = run(`
FROM test/node:22
WORKDIR /app
CMD ["server.js"]
`);
    const [f] = of(r, 'entrypoint-missing');
    expect(f).toMatchObject({ line: 3, path: '/app/server.js' });
    expect(f!.message).toContain('docker-entrypoint.sh');
    expect(rules(run('FROM test/node:22\nWORKDIR /app\nCOPY server.js ./\nCMD ["server.js"]\n', { files: { 'server.js': '1' } }))).toEqual([]);
  });

  it('assumes the official `exec "$@"` behaviour of a base image\'s docker-entrypoint.sh whose text is unknown', () => {
    const missing = run('FROM test/node:22-sizeonly\nWORKDIR /app\nCMD ["server.js"]\n');
    expect(of(missing, 'entrypoint-missing').map((f) => f.path)).toEqual(['/app/server.js']);
    const present = run('FROM test/node:22-sizeonly\nWORKDIR /app\nCOPY server.js ./\nCMD ["node", "server.js"]\n', { files: { 'server.js': '1' } });
    expect(runtime(present)).toEqual([]);
    // Only for the base image's own script: the learner's unknown script is not guessed at.
    const own = run('FROM test/busybox:1\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["server.js"]\n', { context: [{ path: 'docker-entrypoint.sh', type: 'file', size: 300 }] });
    expect(runtime(own)).toEqual([]);
  });

  it('trusts the command a base image sets for itself', () => {
    const r = run(`
FROM test/jre:21
RUN echo hi > /hi
`);
    expect(runtime(r)).toEqual([]);
  });

  it('warns when there is no command at all', () => {
    const r = run(`
FROM test/golang:1.22 AS build
COPY app /out/app
FROM scratch
COPY --from=build /out/app /app
`, { files: { app: GO_STATIC } });
    const [f] = of(r, 'entrypoint-missing');
    expect(f).toMatchObject({ severity: 'warning', line: 3, field: 'Cmd' });
    expect(f!.message).toContain('no command specified');
  });

  it('stays quiet when the program is there (path, PATH, symlink, WORKDIR, inherited CMD, shell form with a shell)', () => {
    const cases = [
      `FROM test/golang:1.22 AS build\nCOPY app /out/app\nFROM scratch\nCOPY --from=build /out/app /app\nCMD ["/app"]\n`,
      `FROM test/busybox:1\nCOPY app /usr/local/bin/app\nCMD ["app", "--port", "80"]\n`,
      `FROM test/busybox:1\nCOPY app /opt/app/bin/app\nRUN ln -s /opt/app/bin/app /usr/bin/app\nENTRYPOINT ["app"]\n`,
      `FROM test/busybox:1\nWORKDIR /srv\nCOPY app ./app\nCMD ["./app"]\n`,
      `FROM test/busybox:1\nRUN echo hi > /hi\n`,
      `FROM test/busybox:1\nCOPY app /app\nCMD /app --port 80\n`,
      `FROM test/busybox:1\nCOPY --chmod=755 run.sh /run.sh\nENTRYPOINT ["/run.sh"]\n`,
      `FROM test/busybox:1\nWORKDIR /app\nCOPY app ./server\nCMD ["sh", "-c", "cd /app && ./server"]\n`,
    ];
    for (const df of cases) {
      const r = run(df, { files: { app: GO_STATIC, 'run.sh': '#!/bin/sh\nexec /app\n' } });
      expect(of(r, 'entrypoint-missing'), df).toEqual([]);
    }
  });

  it('stays quiet when the simulator cannot know: unknown base, unmodelled step, COPY from an unmodelled stage', () => {
    const unknownBase = run(`
FROM example.com/unknown/image:1
CMD ["/nothing/here"]
`);
    expect(runtime(unknownBase)).toEqual([]);
    const opaqueStep = run(`
FROM test/debian:12
RUN mystery-tool --install /opt/server
CMD ["/opt/server/bin/server"]
`);
    expect(runtime(opaqueStep)).toEqual([]);
    const opaqueBuilder = run(`
FROM test/golang:1.22 AS build
RUN mkdir /out && mystery-tool build -o /out/server
FROM scratch
COPY --from=build /out /out
CMD ["/out/server"]
`);
    expect(runtime(opaqueBuilder)).toEqual([]);
  });

  it('knows where a relative COPY --from an unmodelled stage lands (WORKDIR)', () => {
    const df = (cmd: string) => `
FROM test/golang:1.22 AS build
RUN mkdir /out && mystery-tool build -o /out/server
FROM test/busybox:1
WORKDIR /app
COPY --from=build /out ./bin
CMD ["${cmd}"]
`;
    expect(of(run(df('/app/bin/server')), 'entrypoint-missing')).toEqual([]);
    expect(of(run(df('/srv/server')), 'entrypoint-missing')).toHaveLength(1);
  });

  it('still reports a path no uncertain COPY could have written', () => {
    const r = run(`
FROM test/golang:1.22 AS build
RUN mkdir /out && mystery-tool build -o /out/server
FROM scratch
COPY --from=build /out /out
CMD ["/srv/server"]
`);
    expect(of(r, 'entrypoint-missing').map((f) => f.path)).toEqual(['/srv/server']);
  });
});

describe('user-missing', () => {
  it('reports a named USER on an image without /etc/passwd', () => {
    const r = run(`
FROM test/golang:1.22 AS build
COPY app /out/app
FROM scratch
COPY --from=build /out/app /app
USER app
ENTRYPOINT ["/app"]
`, { files: { app: GO_STATIC } });
    const [f] = of(r, 'user-missing');
    expect(f).toMatchObject({ severity: 'error', line: 5, field: 'User' });
    expect(f!.message).toContain('no matching entries in passwd file');
    expect(f!.fix).toContain('USER 10001:10001');
  });

  it('reports a named user or group missing from passwd/group', () => {
    const r = run(`
FROM test/busybox:1
USER ghost
`);
    expect(of(r, 'user-missing')[0]).toMatchObject({ severity: 'error', line: 2 });
    expect(of(r, 'user-missing')[0]!.fix).toContain('adduser -D ghost');
    const g = run(`
FROM test/busybox:1
USER app:wheel
`);
    expect(of(g, 'user-missing').map((f) => [f.severity, f.message.includes('group "wheel"')])).toEqual([['error', true]]);
  });

  it('notes a numeric uid without a passwd entry (info)', () => {
    const r = run(`
FROM test/busybox:1
USER 4242
`);
    expect(of(r, 'user-missing')[0]).toMatchObject({ severity: 'info', line: 2 });
    expect(of(r, 'user-missing')[0]!.message).toContain('HOME=/');
  });

  it('stays quiet for users the image has, root, and when a step it cannot model may have added the user', () => {
    for (const df of [
      'FROM test/busybox:1\nUSER app\n',
      'FROM test/busybox:1\nUSER 1000:1000\n',
      'FROM test/busybox:1\nUSER app:app\n',
      'FROM test/busybox:1\nUSER root\n',
      'FROM test/distroless-static\nUSER nonroot:nonroot\nCMD ["/x"]\n',
      'FROM test/busybox:1\nRUN mystery-tool add-user svc\nUSER svc\n',
      'FROM example.com/unknown:1\nUSER someone\n',
    ]) {
      expect(of(run(df), 'user-missing'), df).toEqual([]);
    }
  });

  it('sees a passwd copied in from a builder', () => {
    const r = run(`
FROM test/busybox:1 AS build
FROM scratch
COPY --from=build /etc/passwd /etc/passwd
COPY --from=build /bin/busybox /bin/sh
USER app
CMD ["sh"]
`);
    expect(of(r, 'user-missing')).toEqual([]);
    expect(rules(r)).toEqual([]);
  });
});

export const ctxEntries = (files: Record<string, string>): ContextEntry[] => Object.entries(files).map(([path, content]) => ({ path, type: 'file', content }));
