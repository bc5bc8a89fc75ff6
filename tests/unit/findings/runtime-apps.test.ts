// Will it run? Language runtimes left behind in the build stage: node, node_modules, a JRE, a
// Python virtual environment whose interpreter is elsewhere.
import { describe, expect, it } from 'vitest';
import type { ContextEntry } from '../../../src/engine/types';
import { of, rules, run } from './fixtures';

const SERVER = "const express = require('express');\nconst path = require('node:path');\nimport('./routes.js');\n";
const PKG = JSON.stringify({ name: 'app', dependencies: { express: '^4.19.0' }, devDependencies: { typescript: '^5.0.0' } });

describe('node-runtime-missing', () => {
  it('reports node on a distroless static image (built in node, shipped without it)', () => {
    const r = run(`
FROM test/node:22 AS build
WORKDIR /app
COPY server.js package.json ./
FROM test/distroless-static
WORKDIR /app
COPY --from=build /app /app
CMD ["node", "server.js"]
`, { files: { 'server.js': "console.log('hi')\n", 'package.json': '{"name":"app"}' } });
    expect(rules(r)).toEqual(['node-runtime-missing']);
    const [f] = of(r, 'node-runtime-missing');
    expect(f).toMatchObject({ severity: 'error', line: 7, field: 'Cmd', path: 'node' });
    expect(f!.message).toContain('no Node.js runtime');
    expect(f!.fix).toContain('distroless/nodejs');
  });

  it('reports npm start and a shell-form node command on BusyBox', () => {
    expect(of(run('FROM test/busybox:1\nCMD ["npm", "start"]\n'), 'node-runtime-missing')).toHaveLength(1);
    const shell = of(run('FROM test/busybox:1\nCMD node /app/server.js\n'), 'node-runtime-missing');
    expect(shell).toHaveLength(1);
    expect(shell[0]!.message).toContain('the shell command');
  });

  it('reports a script whose #! asks env for node (and, on BusyBox, the missing /usr/bin/env itself)', () => {
    const df = (base: string) => `
FROM ${base}
COPY --chmod=755 cli.js /usr/local/bin/cli
ENTRYPOINT ["cli"]
`;
    const files = { 'cli.js': '#!/usr/bin/env node\nconsole.log(1)\n' };
    const alpine = run(df('test/alpine:3'), { files });
    expect(rules(alpine)).toEqual(['node-runtime-missing']);
    expect(of(alpine, 'node-runtime-missing')[0]!.message).toContain('#!/usr/bin/env node');
    const busybox = run(df('test/busybox:1'), { files });
    expect(rules(busybox)).toEqual(['entrypoint-missing']);
    expect(of(busybox, 'entrypoint-missing')[0]!.path).toBe('/usr/bin/env');
  });

  it('stays quiet on a Node.js image', () => {
    const r = run(`
FROM test/node:22
WORKDIR /app
COPY server.js ./
CMD ["node", "server.js"]
`, { files: { 'server.js': "console.log('hi')\n" } });
    expect(rules(r)).toEqual([]);
  });
});

describe('node-modules-missing', () => {
  it('reports dependencies required by the script with no node_modules on the search path', () => {
    const r = run(`
FROM test/node:22 AS build
WORKDIR /app
COPY . .
FROM test/node:22
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
CMD ["node", "dist/server.js"]
`, { files: { 'dist/server.js': SERVER, 'dist/routes.js': '', 'package.json': PKG } });
    expect(rules(r)).toEqual(['node-modules-missing']);
    const [f] = of(r, 'node-modules-missing');
    expect(f).toMatchObject({ severity: 'error', line: 6, path: '/app/node_modules' });
    expect(r.image!.layers[f!.layer!]!.line).toBe(6);
    expect(f!.message).toContain('"express"');
    expect(f!.message).not.toContain('typescript');
    expect(f!.message).toContain("Cannot find module 'express'");
    expect(f!.fix).toContain('npm ci --omit=dev');
  });

  it('says "unless it is a bundle" (info) when the script\'s text is unknown', () => {
    const context: ContextEntry[] = [
      { path: 'dist/server.js', type: 'file', size: 120_000 },
      { path: 'package.json', type: 'file', content: PKG },
    ];
    const r = run(`
FROM test/node:22
WORKDIR /app
COPY . .
CMD ["node", "dist/server.js"]
`, { context });
    const [f] = of(r, 'node-modules-missing');
    expect(f).toMatchObject({ severity: 'info' });
    expect(f!.message).toContain('bundle');
  });

  it('stays quiet with node_modules (here or in a parent), NODE_PATH, or no listed dependency required', () => {
    const withModules = run(`
FROM test/node:22
WORKDIR /app
COPY . .
CMD ["node", "dist/server.js"]
`, { files: { 'dist/server.js': SERVER, 'dist/routes.js': '', 'package.json': PKG, 'node_modules/express/package.json': '{}' } });
    expect(rules(withModules)).toEqual([]);
    const nodePath = run(`
FROM test/node:22
COPY express.json /usr/lib/node/express/package.json
ENV NODE_PATH=/usr/lib/node
WORKDIR /app
COPY dist ./dist
COPY package.json ./
CMD ["node", "dist/server.js"]
`, { files: { 'dist/server.js': SERVER, 'dist/routes.js': '', 'package.json': PKG, 'express.json': '{}' } });
    expect(rules(nodePath)).toEqual([]);
    const builtinsOnly = run(`
FROM test/node:22
WORKDIR /app
COPY . .
CMD ["node", "server.js"]
`, { files: { 'server.js': "const fs = require('fs');\nconst lodash = require('lodash');\n", 'package.json': PKG } });
    expect(rules(builtinsOnly)).toEqual([]);
  });
});

describe('jar-without-jre', () => {
  it('reports java -jar on an image without a Java runtime', () => {
    const r = run(`
FROM test/jre:21 AS build
COPY app.jar /out/app.jar
FROM test/distroless-static
COPY --from=build /out/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
`, { files: { 'app.jar': 'PK' } });
    expect(rules(r)).toEqual(['jar-without-jre']);
    const [f] = of(r, 'jar-without-jre');
    expect(f).toMatchObject({ severity: 'error', line: 5, field: 'Entrypoint' });
    expect(f!.message).toContain('java -jar /app.jar');
    expect(f!.fix).toContain('eclipse-temurin:21-jre');
  });

  it('points at JAVA_HOME when the JRE is there but not on PATH', () => {
    const r = run(`
FROM test/jre:21 AS jre
FROM test/debian:12
COPY --from=jre /opt/java/openjdk /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk
COPY app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
`, { files: { 'app.jar': 'PK' } });
    const [f] = of(r, 'jar-without-jre');
    expect(f!.message).toContain('/opt/java/openjdk/bin/java');
    expect(f!.fix).toContain('ENV PATH=/opt/java/openjdk/bin:$PATH');
  });

  it('stays quiet on a JRE image', () => {
    const r = run(`
FROM test/jre:21
COPY app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
`, { files: { 'app.jar': 'PK' } });
    expect(rules(r)).toEqual([]);
  });
});

describe('venv-interpreter-missing', () => {
  const VENV = `
FROM test/python:3.12 AS build
RUN mkdir -p /opt/venv/bin /opt/venv/lib && ln -s /usr/local/bin/python3 /opt/venv/bin/python && ln -s python /opt/venv/bin/python3 && printf 'home = /usr/local/bin\\n' > /opt/venv/pyvenv.cfg
COPY gunicorn /opt/venv/bin/gunicorn
COPY app.py /app/app.py
`;
  const files = { 'app.py': 'import flask\n', gunicorn: '#!/opt/venv/bin/python\nfrom gunicorn.app import run\n' };

  it('reports a venv whose python points at the build stage\'s interpreter, on the COPY line', () => {
    const r = run(`${VENV}FROM test/distroless-python
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENTRYPOINT ["/opt/venv/bin/python", "/app/app.py"]
`, { files });
    expect(rules(r)).toEqual(['venv-interpreter-missing']);
    const [f] = of(r, 'venv-interpreter-missing');
    expect(f).toMatchObject({ severity: 'error', line: 6, path: '/opt/venv/bin/python' });
    expect(r.image!.layers[f!.layer!]!.line).toBe(6);
    expect(f!.message).toContain('/usr/local/bin/python3');
    expect(f!.message).toContain("This image's Python is /usr/bin/python3.11");
    expect(f!.message).toContain('no such file or directory');
  });

  it('reports python found further down PATH (it runs, without the venv packages)', () => {
    const r = run(`${VENV}FROM test/distroless-python
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENV PATH=/opt/venv/bin:/usr/local/bin:/usr/bin:/bin
ENTRYPOINT ["python3", "/app/app.py"]
`, { files });
    const [f] = of(r, 'venv-interpreter-missing');
    expect(f!.message).toContain('falls through to /usr/bin/python3.11');
    expect(f!.message).toContain('ModuleNotFoundError');
  });

  it('reports a console script whose #! is the venv python', () => {
    const r = run(`${VENV}FROM test/distroless-python
COPY --from=build /opt/venv /opt/venv
ENTRYPOINT ["/opt/venv/bin/gunicorn", "app:app"]
`, { files });
    const [f] = of(r, 'venv-interpreter-missing');
    expect(f!.message).toContain('#!/opt/venv/bin/python');
  });

  it('stays quiet when the final image has the same interpreter', () => {
    const r = run(`${VENV}FROM test/python:3.12
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENTRYPOINT ["/opt/venv/bin/python", "/app/app.py"]
`, { files });
    expect(rules(r)).toEqual([]);
  });
});
