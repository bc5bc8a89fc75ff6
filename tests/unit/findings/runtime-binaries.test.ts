// Will it run? Binaries and the C library (toolchain descriptors "#!stagecraft-binary ..." and
// "#!stagecraft-native-module ..."), and CA certificates for HTTPS clients.
import { describe, expect, it } from 'vitest';
import { GO_GLIBC, GO_GLIBC_LONG, GO_MUSL, GO_STATIC, GO_STATIC_LONG, NATIVE_GLIBC, NATIVE_MUSL, of, rules, run } from './fixtures';

const goOn = (base: string, binary: string, extra = '') =>
  run(
    `
FROM test/golang:1.22 AS build
COPY app /out/app
FROM ${base}
COPY --from=build /out/app /app
${extra}ENTRYPOINT ["/app"]
`,
    { files: { app: binary } },
  );

describe('dynamic-binary-without-libc', () => {
  it('reports a glibc-linked Go binary on scratch, on the FROM line, with CGO_ENABLED=0 as the fix', () => {
    const r = goOn('scratch', GO_GLIBC);
    const [f, ...rest] = of(r, 'dynamic-binary-without-libc');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', line: 3, path: '/app', surface: 'container start' });
    expect(r.image!.layers[f!.layer!]!.line).toBe(4);
    expect(f!.message).toContain('no C library at all');
    expect(f!.message).toContain('no such file or directory');
    expect(f!.fix).toContain('CGO_ENABLED=0');
    expect(of(r, 'entrypoint-missing')).toEqual([]);
  });

  it('reports it on a distroless static base and on Alpine (musl instead)', () => {
    expect(of(goOn('test/distroless-static', GO_GLIBC), 'dynamic-binary-without-libc')).toHaveLength(1);
    const alpine = of(goOn('test/alpine:3', GO_GLIBC), 'dynamic-binary-without-libc');
    expect(alpine).toHaveLength(1);
    expect(alpine[0]!.message).toContain('musl instead');
    expect(alpine[0]!.fix).toContain('golang:alpine');
    expect(of(goOn('test/debian:12', GO_MUSL), 'dynamic-binary-without-libc')[0]!.message).toContain('needs musl');
  });

  it('reads the toolchain models\' long descriptor form (libc= and interpreter= lines)', () => {
    const scratch = of(goOn('scratch', GO_GLIBC_LONG), 'dynamic-binary-without-libc');
    expect(scratch).toHaveLength(1);
    expect(scratch[0]!.message).toContain('(/lib64/ld-linux-x86-64.so.2)');
    expect(of(goOn('test/alpine:3', GO_GLIBC_LONG), 'dynamic-binary-without-libc')).toHaveLength(1);
    expect(rules(goOn('test/debian:12', GO_GLIBC_LONG))).toEqual([]);
    expect(rules(goOn('test/distroless-static', GO_STATIC_LONG))).toEqual([]);
  });

  it('follows a shell wrapper to the binary', () => {
    const r = goOn('test/busybox:1', GO_GLIBC, 'CMD ["sh", "-c", "/app"]\n').findings;
    expect(r.filter((f) => f.rule === 'dynamic-binary-without-libc')).toHaveLength(1);
  });

  it('stays quiet for static binaries, matching libcs and binaries without a descriptor', () => {
    expect(rules(goOn('test/distroless-static', GO_STATIC))).toEqual([]);
    expect(of(goOn('scratch', GO_STATIC), 'dynamic-binary-without-libc')).toEqual([]);
    expect(rules(goOn('test/debian:12', GO_GLIBC))).toEqual([]);
    expect(rules(goOn('test/alpine:3', GO_MUSL))).toEqual([]);
    expect(of(goOn('scratch', 'just bytes'), 'dynamic-binary-without-libc')).toEqual([]);
  });

  it('stays quiet when a step it cannot model may have installed a C library', () => {
    const r = goOn('test/busybox:1', GO_GLIBC, 'RUN mystery-tool install glibc\n');
    expect(of(r, 'dynamic-binary-without-libc')).toEqual([]);
  });
});

describe('native-module-libc-mismatch', () => {
  const nodeApp = (build: string, final: string) =>
    run(
      `
FROM ${build} AS deps
WORKDIR /app
COPY node_modules ./node_modules
FROM ${final}
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY server.js package.json ./
CMD ["node", "server.js"]
`,
      {
        files: {
          'node_modules/bcrypt/package.json': '{"name":"bcrypt"}',
          'node_modules/bcrypt/lib/binding/napi-v3/bcrypt_lib.node': build.includes('alpine') ? NATIVE_MUSL : NATIVE_GLIBC,
          'node_modules/bcrypt/index.js': 'module.exports = {}',
          'server.js': "const bcrypt = require('bcrypt');\n",
          'package.json': '{"dependencies":{"bcrypt":"^5.1.0"}}',
        },
      },
    );

  it('reports glibc-built native modules on an Alpine (musl) image, on the COPY line', () => {
    const r = nodeApp('test/node:22', 'test/node:22-alpine');
    expect(rules(r)).toEqual(['native-module-libc-mismatch']);
    const [f] = of(r, 'native-module-libc-mismatch');
    expect(f).toMatchObject({ severity: 'error', line: 6, path: '/app/node_modules/bcrypt/lib/binding/napi-v3/bcrypt_lib.node' });
    expect(f!.message).toContain('glibc');
    expect(f!.message).toContain('musl');
    expect(f!.fix).toContain('node:22-alpine for both stages');
  });

  it('reports musl-built modules on a glibc image', () => {
    expect(of(nodeApp('test/node:22-alpine', 'test/node:22'), 'native-module-libc-mismatch')).toHaveLength(1);
  });

  it('stays quiet for a package that ships a module for each C library (node-gyp-build prebuilds)', () => {
    const r = run(`
FROM test/node:22-alpine
WORKDIR /app
COPY . .
CMD ["node", "server.js"]
`, {
      files: {
        'node_modules/bcrypt/prebuilds/linux-x64/bcrypt.glibc.node': '#!stagecraft-native-module node glibc\npackage=bcrypt\nloader=node-gyp-build\n',
        'node_modules/bcrypt/prebuilds/linux-x64/bcrypt.musl.node': '#!stagecraft-native-module node musl\npackage=bcrypt\nloader=node-gyp-build\n',
        'server.js': "require('bcrypt')\n",
        'package.json': '{"dependencies":{"bcrypt":"^6.0.0"}}',
      },
    });
    expect(rules(r)).toEqual([]);
  });

  it('treats the -gnu and -musl variants of a package as one (either one will do)', () => {
    const files = (variants: string[]) => Object.fromEntries([
      ...variants.map((v) => [`node_modules/@next/swc-linux-x64-${v}/next-swc.linux-x64-${v}.node`, `#!stagecraft-native-module node ${v === 'gnu' ? 'glibc' : 'musl'}\npackage=@next/swc-linux-x64-${v}\n`]),
      ['server.js', '1'],
    ]);
    const df = 'FROM test/node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';
    expect(of(run(df, { files: files(['gnu', 'musl']) }), 'native-module-libc-mismatch')).toEqual([]);
    const gnuOnly = of(run(df, { files: files(['gnu']) }), 'native-module-libc-mismatch');
    expect(gnuOnly.map((f) => f.path)).toEqual(['/app/node_modules/@next/swc-linux-x64-gnu/next-swc.linux-x64-gnu.node']);
  });

  it('stays quiet when both stages share the C library', () => {
    expect(rules(nodeApp('test/node:22', 'test/node:22'))).toEqual([]);
    expect(rules(nodeApp('test/node:22-alpine', 'test/node:22-alpine'))).toEqual([]);
  });
});

describe('ca-certificates-missing', () => {
  it('warns for a Go program on scratch, and offers the builder\'s bundle', () => {
    const r = goOn('scratch', GO_STATIC);
    const [f] = of(r, 'ca-certificates-missing');
    expect(f).toMatchObject({ severity: 'warning', line: 3, path: '/etc/ssl/certs/ca-certificates.crt' });
    expect(f!.message).toContain('x509: certificate signed by unknown authority');
    expect(f!.fix).toContain('COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt');
  });

  it('warns for a Python program on an image without a bundle', () => {
    const r = run(`
FROM test/python:3.12 AS py
FROM test/busybox:1
COPY --from=py /usr/local/bin/python3.12 /usr/local/bin/python3
COPY app.py /app/app.py
CMD ["python3", "/app/app.py"]
`, { files: { 'app.py': 'import urllib.request\n' } });
    expect(of(r, 'ca-certificates-missing')[0]!.message).toContain('Python');
  });

  it('stays quiet with a bundle, for unknown programs, and for Node.js (its own CA store)', () => {
    expect(of(goOn('test/distroless-static', GO_STATIC), 'ca-certificates-missing')).toEqual([]);
    const copied = run(`
FROM test/golang:1.22 AS build
COPY app /out/app
FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`, { files: { app: GO_STATIC } });
    expect(rules(copied)).toEqual([]);
    expect(of(goOn('scratch', 'not a descriptor'), 'ca-certificates-missing')).toEqual([]);
    const nodeOnBusybox = run(`
FROM test/node:22 AS node
FROM test/busybox:1
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY server.js /app/server.js
CMD ["node", "/app/server.js"]
`, { files: { 'server.js': 'require("https")\n' } });
    expect(of(nodeOnBusybox, 'ca-certificates-missing')).toEqual([]);
  });
});
