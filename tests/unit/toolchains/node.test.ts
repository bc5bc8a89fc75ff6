// The node models end to end: build() with node-like fixture images and small contexts.
import { describe, expect, it } from 'vitest';
import { parseBinaryDescriptor, parseNativeModuleDescriptor } from '../../../src/engine/shell/commands/toolchain/descriptors';
import { packageFacts } from '../../../src/engine/shell/commands/toolchain/npm-registry';
import { findCatalogImage } from '../../../src/engine/images/catalog';
import { MB, images, layerSize, nodeImage, run, runtime, step, type Run } from './fixtures';

const pkg = (deps: Record<string, string>, dev: Record<string, string> = {}, scripts: Record<string, string> = {}) =>
  JSON.stringify({ name: 'api', version: '1.0.0', scripts, dependencies: deps, devDependencies: dev }, null, 2);
/** A lockfile that lists only the top-level packages (the model fills in the rest from its graph). */
const lock = (deps: Record<string, string>, dev: Record<string, string> = {}) =>
  JSON.stringify({
    name: 'api',
    lockfileVersion: 3,
    packages: {
      '': { name: 'api', version: '1.0.0', dependencies: deps, devDependencies: dev },
      ...Object.fromEntries(Object.keys(deps).map((d) => [`node_modules/${d}`, { version: '1.0.0' }])),
      ...Object.fromEntries(Object.keys(dev).map((d) => [`node_modules/${d}`, { version: '1.0.0', dev: true }])),
    },
  });

const DEPS = { express: '^5.0.0' };
const DEV = { typescript: '^5.6.0', '@types/node': '^22.0.0', '@types/express': '^5.0.0' };
const app = (scripts: Record<string, string> = { build: 'tsc' }) => ({
  'package.json': pkg(DEPS, DEV, scripts),
  'package-lock.json': lock(DEPS, DEV),
  'tsconfig.json': '{\n  // emitted JavaScript goes to dist\n  "compilerOptions": { "outDir": "dist", "rootDir": "src", "target": "ES2022", "module": "commonjs", "strict": true, },\n  "include": ["src"]\n}\n',
  'src/index.ts': 'import express from "express";\nimport { greet } from "./lib/greet";\nconst app = express();\napp.get("/", (_req, res) => { res.send(greet("world")); });\napp.listen(3000);\n',
  'src/lib/greet.ts': 'export function greet(name: string): string {\n  return `hello ${name}`;\n}\n',
});
const NODE = images(nodeImage(), nodeImage({ libc: 'glibc' }), nodeImage({ name: 'node:16-alpine', nodeVersion: '16.20.2', npmVersion: '8.19.4' }), runtime('alpine:3.20', 'musl'));
const CI = 'FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n';
const closure = (names: string[]) => {
  const seen = new Set<string>();
  const q = [...names];
  while (q.length) {
    const n = q.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    q.push(...(packageFacts(n)?.deps ?? []));
  }
  return seen;
};

describe('npm ci', () => {
  it('installs dependencies and devDependencies, one directory per package, sized from the measured table', () => {
    const r = run(CI, app(), NODE);
    expect(r.result.ok).toBe(true);
    const express = r.node('/app/node_modules/express/package.json')!;
    expect(JSON.parse(express.content!).name).toBe('express');
    expect(r.du('/app/node_modules/express')).toBe(packageFacts('express')!.size);
    expect(r.node('/app/node_modules/typescript/bin/tsc')?.mode).toBe(0o755);
    expect(r.node('/app/node_modules/.bin/tsc')).toMatchObject({ type: 'symlink', link: '../typescript/bin/tsc' });
    // typescript ^5 uses the 5.x measurement (23.7 MB, no dependencies), not 7.x's native build.
    expect(r.du('/app/node_modules/typescript')).toBe(23_690_602);
    expect(r.node('/app/node_modules/@typescript/typescript-linux-x64')).toBeUndefined();
    const names = closure(['express', '@types/node', '@types/express']);
    const expected = [...names].reduce((a, n) => a + packageFacts(n)!.size, 0) + 23_690_602;
    const nm = r.du('/app/node_modules') - (r.size('/app/node_modules/.package-lock.json') ?? 0);
    expect(nm).toBeGreaterThan(expected * 0.99);
    expect(nm).toBeLessThan(expected * 1.01);
    expect(r.notes.some((n) => n.startsWith(`line 4: npm ci: /app/node_modules sized from package.json and the measured dependency graph: ${names.size + 1} packages`))).toBe(true);
  });

  it('--omit=dev, --production, --only=production and NODE_ENV=production leave devDependencies out', () => {
    const full = run(CI, app(), NODE).du('/app/node_modules');
    for (const cmd of ['npm ci --omit=dev', 'npm ci --production', 'npm ci --only=production', 'NODE_ENV=production npm ci']) {
      const r = run(CI.replace('RUN npm ci', `RUN ${cmd}`), app(), NODE);
      expect(r.node('/app/node_modules/typescript'), cmd).toBeUndefined();
      expect(r.node('/app/node_modules/express'), cmd).toBeDefined();
      const prod = r.du('/app/node_modules');
      expect(full - prod, cmd).toBeGreaterThan(25 * MB);
      expect(r.notes.some((n) => n.includes('devDependencies omitted') && n.includes('not installed')), cmd).toBe(true);
    }
    const env = run('FROM node:22-alpine\nENV NODE_ENV=production\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n', app(), NODE);
    expect(env.node('/app/node_modules/typescript')).toBeUndefined();
    const include = run('FROM node:22-alpine\nENV NODE_ENV=production\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --include=dev\n', app(), NODE);
    expect(include.node('/app/node_modules/typescript')).toBeDefined();
  });

  it('fails without package-lock.json, with npm 10\'s text (npm error …) and npm 8\'s (npm ERR! …)', () => {
    const files = { 'package.json': pkg(DEPS) };
    const r = step(nodeImage(), files, 'npm ci');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock.json or\nnpm error npm-shrinkwrap.json with lockfileVersion >= 1.');
    const old = step(nodeImage({ npmVersion: '8.19.4' }), files, 'npm ci');
    expect(old.stderr).toContain('npm ERR! The `npm ci` command can only install with an existing package-lock.json or\n');
    // npm's version from NODE_VERSION when its package.json cannot be read.
    expect(step(nodeImage({ hideNpmVersion: true, nodeVersion: '16.20.2' }), files, 'npm ci').stderr).toContain('npm ERR! code EUSAGE');
    const b = run(CI, files, NODE);
    expect(b.result.ok).toBe(false);
    expect(b.result.error!.message).toContain('did not complete successfully: exit code: 1');
    expect(b.result.error!.line).toBe(4);
  });

  it('fails when package.json and the lockfile are out of sync', () => {
    const r = step(nodeImage(), { 'package.json': pkg({ ...DEPS, lodash: '^4.17.21' }), 'package-lock.json': lock(DEPS) }, 'npm ci');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync.');
    expect(r.stderr).toContain(`npm error Missing: lodash@${packageFacts('lodash')!.version} from lock file\n`);
  });

  it('fails without package.json', () => {
    const r = step(nodeImage(), {}, 'npm ci');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '/app/package.json'");
  });

  it('an unknown package gets the default size, and the note names it', () => {
    const r = run(CI, { 'package.json': pkg({ 'left-pad-enterprise': '^1.2.0' }), 'package-lock.json': lock({ 'left-pad-enterprise': '^1.2.0' }) }, NODE);
    expect(r.du('/app/node_modules/left-pad-enterprise')).toBe(500_000);
    expect(JSON.parse(r.node('/app/node_modules/left-pad-enterprise/package.json')!.content!).version).toBe('1.2.0');
    expect(r.notes.some((n) => n.includes('1 unknown at the 500 kB default (left-pad-enterprise)'))).toBe(true);
  });

  it('a lockfile that lists the whole tree decides the set: dev flags, nesting, other platforms skipped', () => {
    const full = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '^1' }, devDependencies: { b: '^1' } },
        'node_modules/a': { version: '1.0.0', dependencies: { c: '^1' } },
        'node_modules/b': { version: '1.0.0', dev: true, bin: { bee: 'cli.js' } },
        'node_modules/c': { version: '1.0.0' },
        'node_modules/a/node_modules/c': { version: '2.0.0' },
        'node_modules/@esbuild/darwin-arm64': { version: '0.23.0', optional: true, os: ['darwin'], cpu: ['arm64'] },
        'node_modules/@esbuild/linux-x64': { version: '0.23.0', optional: true, os: ['linux'], cpu: ['x64'] },
        'node_modules/lightningcss-linux-x64-gnu': { version: '1.0.0', optional: true, os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
        'node_modules/lightningcss-linux-x64-musl': { version: '1.0.0', optional: true, os: ['linux'], cpu: ['x64'], libc: ['musl'] },
      },
    });
    const r = run(CI, { 'package.json': pkg({ a: '^1' }, { b: '^1' }), 'package-lock.json': full }, NODE);
    for (const p of ['a', 'b', 'c', 'a/node_modules/c', '@esbuild/linux-x64', 'lightningcss-linux-x64-musl']) expect(r.node(`/app/node_modules/${p}/package.json`), p).toBeDefined();
    expect(r.node('/app/node_modules/@esbuild/darwin-arm64')).toBeUndefined();
    expect(r.node('/app/node_modules/lightningcss-linux-x64-gnu')).toBeUndefined();
    expect(r.node('/app/node_modules/.bin/bee')).toMatchObject({ link: '../b/cli.js' });
    expect(r.du('/app/node_modules/c')).toBe(40_000);
    expect(parseBinaryDescriptor(r.node('/app/node_modules/@esbuild/linux-x64/bin/esbuild')!.content)).toMatchObject({ linkage: 'static' });
    expect(r.notes.some((n) => n.includes('sized from the lockfile'))).toBe(true);
    const prod = run(CI.replace('npm ci', 'npm ci --omit=dev'), { 'package.json': pkg({ a: '^1' }, { b: '^1' }), 'package-lock.json': full }, NODE);
    expect(prod.node('/app/node_modules/b')).toBeUndefined();
    expect(prod.node('/app/node_modules/a')).toBeDefined();
  });

  it('leaves npm\'s cache in /root/.npm/_cacache (sized), unless a cache mount covers it or the RUN cleans it', () => {
    const r = run(CI, app(), NODE);
    const cache = r.du('/root/.npm/_cacache');
    expect(cache / r.du('/app/node_modules')).toBeGreaterThan(0.27);
    expect(cache / r.du('/app/node_modules')).toBeLessThan(0.3);
    expect(r.notes.some((n) => n.startsWith('line 4: npm ci: cache /root/.npm: ') && n.includes('28.5 %'))).toBe(true);
    const mounted = run(CI.replace('RUN npm ci', 'RUN --mount=type=cache,target=/root/.npm npm ci'), app(), NODE);
    expect(mounted.node('/root/.npm/_cacache')).toBeUndefined();
    expect(layerSize(mounted, 4)).toBeLessThan(layerSize(r, 4) - cache + 1_000);
    const cleaned = run(CI.replace('RUN npm ci', 'RUN npm ci && npm cache clean --force'), app(), NODE);
    expect(cleaned.node('/root/.npm/_cacache')).toBeUndefined();
    expect(layerSize(cleaned, 4)).toBe(layerSize(mounted, 4));
    // Cleaning in a later RUN hides the cache but the bytes stay in the earlier layer.
    const later = run(CI + 'RUN npm cache clean --force\n', app(), NODE);
    expect(later.node('/root/.npm/_cacache')).toBeUndefined();
    expect(layerSize(later, 4)).toBe(layerSize(r, 4));
    // --cache and npm_config_cache move it.
    expect(run(CI.replace('npm ci', 'npm ci --cache /tmp/npm'), app(), NODE).node('/tmp/npm/_cacache')).toBeDefined();
    expect(run(CI.replace('RUN npm ci', 'ENV npm_config_cache=/tmp/c\nRUN npm ci'), app(), NODE).node('/tmp/c/_cacache')).toBeDefined();
  });

  it('npm cache clean without --force refuses', () => {
    const r = step(nodeImage(), {}, 'npm cache clean');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm error As of npm@5, the npm cache self-heals from corruption issues\n');
    expect(r.stderr).toContain('npm error with --force.\n');
  });

  it('runs as the USER with their home for the cache', () => {
    const r = run('FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN chown -R node /app\nUSER node\nRUN npm ci\n', app(), NODE);
    expect(r.result.ok).toBe(true);
    expect(r.node('/home/node/.npm/_cacache')?.uid).toBe(1000);
    expect(r.node('/app/node_modules/express/package.json')?.uid).toBe(1000);
  });
});

describe('native modules', () => {
  const sharp = { 'package.json': pkg({ sharp: '^0.33.5' }), 'package-lock.json': lock({ sharp: '^0.33.5' }) };

  it('sharp picks its prebuilt addon and libvips for the image\'s libc', () => {
    const musl = run(CI, sharp, NODE);
    const addon = musl.node('/app/node_modules/@img/sharp-linuxmusl-x64/lib/sharp-linuxmusl-x64.node')!;
    expect(addon.content!.split('\n')[0]).toBe('#!stagecraft-native-module node musl');
    expect(parseNativeModuleDescriptor(addon.content)).toMatchObject({ runtime: 'node', libc: 'musl', package: '@img/sharp-linuxmusl-x64', platform: 'linux/amd64', loader: 'direct' });
    expect(musl.size('/app/node_modules/@img/sharp-libvips-linuxmusl-x64/lib/libvips-cpp.so.8.18.7')).toBe(18_699_288);
    expect(musl.node('/app/node_modules/@img/sharp-linux-x64')).toBeUndefined();
    const glibc = run(CI.replace('node:22-alpine', 'node:22'), sharp, NODE);
    expect(parseNativeModuleDescriptor(glibc.node('/app/node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node')!.content)!.libc).toBe('glibc');
    expect(glibc.notes.some((n) => n.includes('native addons built for glibc: @img/sharp-linux-x64'))).toBe(true);
  });

  it('a glibc-built addon copied into an alpine stage keeps saying glibc', () => {
    const r = run('FROM node:22 AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:22-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\n', sharp, NODE);
    expect(r.result.ok).toBe(true);
    const d = parseNativeModuleDescriptor(r.node('/app/node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node')!.content)!;
    expect(d.libc).toBe('glibc');
    expect(r.node('/lib/ld-musl-x86_64.so.1')).toBeDefined();
  });

  it('bcrypt 5 builds one addon for the install image; bcrypt 6 ships both libcs', () => {
    const five = run(CI, { 'package.json': pkg({ bcrypt: '^5.1.1' }), 'package-lock.json': lock({ bcrypt: '^5.1.1' }) }, NODE);
    expect(parseNativeModuleDescriptor(five.node('/app/node_modules/bcrypt/lib/binding/napi-v3/bcrypt_lib.node')!.content)!.libc).toBe('musl');
    const six = run(CI, { 'package.json': pkg({ bcrypt: '^6.0.0' }), 'package-lock.json': lock({ bcrypt: '^6.0.0' }) }, NODE);
    const both = ['glibc', 'musl'].map((l) => parseNativeModuleDescriptor(six.node(`/app/node_modules/bcrypt/prebuilds/linux-x64/bcrypt.${l}.node`)!.content)!);
    expect(both.map((d) => [d.libc, d.loader])).toEqual([['glibc', 'node-gyp-build'], ['musl', 'node-gyp-build']]);
  });

  it('better-sqlite3 11 is built for the install image', () => {
    const r = run(CI.replace('node:22-alpine', 'node:22'), { 'package.json': pkg({ 'better-sqlite3': '^11.3.0' }), 'package-lock.json': lock({ 'better-sqlite3': '^11.3.0' }) }, NODE);
    expect(parseNativeModuleDescriptor(r.node('/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node')!.content)).toMatchObject({ libc: 'glibc', package: 'better-sqlite3' });
  });
});

describe('npm run build and the tools it calls', () => {
  const BUILD = 'FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n';

  it('tsc (from node_modules/.bin) emits dist/ sized from src/*.ts', () => {
    const r = run(BUILD, app(), NODE);
    expect(r.result.ok).toBe(true);
    const src = app()['src/index.ts'].length;
    expect(r.size('/app/dist/index.js')).toBe(Math.round(src * 0.93));
    expect(r.node('/app/dist/lib/greet.js')).toBeDefined();
    expect(r.node('/app/dist/index.d.ts')).toBeUndefined();
    expect(r.notes.some((n) => n.startsWith('line 6: tsc: compiled 2 files from /app/src into /app/dist, assumed free of type errors'))).toBe(true);
  });

  it('tsc honours sourceMap, declaration, noEmit and --outDir', () => {
    const files = { ...app({ build: 'tsc -p tsconfig.build.json' }), 'tsconfig.build.json': '{ "extends": "./tsconfig.json", "compilerOptions": { "declaration": true, "sourceMap": true } }' };
    const r = run(BUILD, files, NODE);
    expect(r.node('/app/dist/index.js.map')).toBeDefined();
    expect(r.node('/app/dist/lib/greet.d.ts')).toBeDefined();
    const noEmit = run(BUILD, app({ build: 'tsc --noEmit' }), NODE);
    expect(noEmit.node('/app/dist')).toBeUndefined();
    const out = run(BUILD, app({ build: 'tsc --outDir build' }), NODE);
    expect(out.node('/app/build/index.js')).toBeDefined();
  });

  it('tsc with no inputs fails with TS18003', () => {
    const r = step(nodeImage(), { 'tsconfig.json': '{"include":["src"]}', 'node_modules/.bin/tsc': 'x' }, 'tsc', { env: { PATH: '/app/node_modules/.bin:/usr/local/bin:/usr/bin:/bin' } });
    expect(r.status).toBe(2);
    expect((r.stdout as { text: string }).text).toBe(`error TS18003: No inputs were found in config file '/app/tsconfig.json'. Specified 'include' paths were '["src"]' and 'exclude' paths were '[]'.\n`);
  });

  it('npx tsc runs the project\'s tsc; without typescript installed npx fetches the wrong "tsc" package', () => {
    const r = run('FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npx tsc\n', app(), NODE);
    expect(r.node('/app/dist/index.js')).toBeDefined();
    const stub = step(nodeImage(), { 'package.json': pkg({}) }, 'npx tsc');
    expect(stub.status).toBe(1);
    expect((stub.stdout as { text: string }).text).toContain('This is not the tsc command you are looking for');
  });

  it('a missing script fails with npm\'s text; a script whose tool is missing fails with sh\'s', () => {
    const r = step(nodeImage(), { 'package.json': pkg({}, {}, { start: 'node dist/index.js' }) }, 'npm run build');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('npm error Missing script: "build"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run\nnpm error\n');
    const noTsc = step(nodeImage(), { 'package.json': pkg({}, {}, { build: 'tsc' }) }, 'npm run build');
    expect(noTsc.status).toBe(127);
    expect(noTsc.stderr).toContain('tsc: not found');
    expect(noTsc.stderr).toContain('npm error command sh -c tsc');
  });

  it('prints npm\'s header and runs pre/post scripts', () => {
    const r = step(nodeImage(), { 'package.json': pkg({}, {}, { prebuild: 'mkdir -p out', build: 'touch out/built', postbuild: 'echo done > out/post' }) }, 'npm run build > /log.txt');
    expect(r.status).toBe(0);
    expect(r.fs.get('/app/out/built')).toBeDefined();
    expect(r.text('/app/out/post')).toBe('done\n');
    expect(r.text('/log.txt')).toContain('> api@1.0.0 build\n> touch out/built\n');
  });

  it('arguments reach the script: npm run NAME -- ARGS, npm start ARGS, node --run NAME', () => {
    const files = { 'package.json': pkg({}, {}, { build: 'mkdir -p', start: 'touch' }) };
    expect(step(nodeImage(), files, 'npm run build -- out/a').fs.get('/app/out/a')?.type).toBe('dir');
    expect(step(nodeImage(), files, 'npm start started').fs.get('/app/started')?.type).toBe('file');
    expect(step(nodeImage(), files, 'node --run build out/b').fs.get('/app/out/b')?.type).toBe('dir');
  });

  it('an unknown build tool is opaque', () => {
    const r = step(nodeImage(), { 'package.json': pkg({}, {}, { build: 'node scripts/build.js' }), 'scripts/build.js': 'const fs = require("fs");\nfs.writeFileSync("out.txt", "x");\n' }, 'npm run build');
    expect(r.status).toBe(0);
    expect(r.opaque[0]).toContain('node scripts/build.js: the program runs; what it does is not simulated');
  });

  it('vite build writes dist/ with hashed assets and copies public/', () => {
    const files = {
      'package.json': pkg({ react: '^19.0.0', 'react-dom': '^19.0.0' }, { vite: '^6.0.0', '@vitejs/plugin-react': '^4.3.0', typescript: '^5.6.0' }, { build: 'tsc --noEmit && vite build' }),
      'package-lock.json': lock({ react: '^19.0.0', 'react-dom': '^19.0.0' }, { vite: '^6.0.0', '@vitejs/plugin-react': '^4.3.0', typescript: '^5.6.0' }),
      'index.html': '<!doctype html><div id="root"></div><script type="module" src="/src/main.tsx"></script>\n',
      'tsconfig.json': '{"compilerOptions":{"jsx":"react-jsx","noEmit":true},"include":["src"]}',
      'src/main.tsx': 'import { createRoot } from "react-dom/client";\n'.repeat(40),
      'src/index.css': 'body { margin: 0; }\n'.repeat(20),
      'public/favicon.svg': '<svg/>'.repeat(100),
    };
    const r = run(BUILD, files, NODE);
    expect(r.result.ok).toBe(true);
    const assets = r.fs!.list('/app/dist/assets');
    expect(assets.some((a) => /^index-[0-9a-f]{8}\.js$/.test(a))).toBe(true);
    expect(assets.some((a) => /^index-[0-9a-f]{8}\.css$/.test(a))).toBe(true);
    expect(r.size('/app/dist/favicon.svg')).toBe(600);
    const js = assets.find((a) => a.endsWith('.js'))!;
    expect(r.size(`/app/dist/assets/${js}`)).toBeGreaterThan(140_000);
    expect(r.notes.some((n) => n.includes('vite build: /app/dist') && n.includes('react-dom'))).toBe(true);
  });

  it('webpack and esbuild write their bundles', () => {
    const files = { 'package.json': pkg({ lodash: '^4.17.21' }, {}, { build: 'webpack --mode production', bundle: 'esbuild src/index.ts --bundle --minify --platform=node --outfile=out/server.js' }), 'src/index.ts': 'import _ from "lodash";\nconsole.log(_.chunk([1, 2, 3], 2));\n'.repeat(10), 'node_modules/.bin/webpack': 'x', 'node_modules/.bin/esbuild': 'x' };
    const env = { PATH: '/app/node_modules/.bin:/usr/local/bin:/usr/bin:/bin' };
    const w = step(nodeImage(), files, 'npm run build', { env });
    expect(w.status).toBe(0);
    expect(w.fs.get('/app/dist/main.js')!.size).toBeGreaterThan(70_000);
    const e = step(nodeImage(), files, 'npm run bundle', { env });
    expect(e.fs.get('/app/out/server.js')!.size).toBe(Math.round(files['src/index.ts'].length * 0.45 + 60_000));
    expect(e.notes.some((n) => n.startsWith('esbuild: 1 entry point'))).toBe(true);
  });

  it('next build with output "standalone" writes .next/standalone with traced node_modules', () => {
    const files = {
      'package.json': pkg({ next: '^15.0.0', react: '^19.0.0', 'react-dom': '^19.0.0' }, {}, { build: 'next build' }),
      'package-lock.json': lock({ next: '^15.0.0', react: '^19.0.0', 'react-dom': '^19.0.0' }),
      'next.config.mjs': "export default { output: 'standalone' };\n",
      'app/page.tsx': 'export default function Page() { return <h1>hi</h1>; }\n',
    };
    const r = run(BUILD, files, NODE);
    expect(r.result.ok).toBe(true);
    expect(r.node('/app/.next/BUILD_ID')?.content).toMatch(/^[a-fA-J]{21}$/);
    expect(r.node('/app/.next/standalone/server.js')).toBeDefined();
    expect(r.du('/app/.next/standalone/node_modules/next')).toBe(18_000_000);
    expect(r.du('/app/.next/cache')).toBeGreaterThan(20 * MB);
    // next's own install: the musl swc binary, 100 MB.
    expect(parseNativeModuleDescriptor(r.node('/app/node_modules/@next/swc-linux-x64-musl/next-swc.linux-x64-musl.node')!.content)!.libc).toBe('musl');
  });
});

describe('npm prune and install', () => {
  it('npm prune --production removes devDependencies; in a later RUN the earlier layer keeps the bytes', () => {
    const r = run('FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nRUN npm prune --production\n', app(), NODE);
    expect(r.node('/app/node_modules/typescript')).toBeUndefined();
    expect(r.node('/app/node_modules/.bin/tsc')).toBeUndefined();
    expect(r.node('/app/node_modules/express')).toBeDefined();
    expect(r.notes.some((n) => n.startsWith('line 5: npm prune --production: removed'))).toBe(true);
    expect(r.result.image!.wasted.bytes).toBeGreaterThan(23 * MB);
    const omit = run('FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci && npm prune --omit=dev\n', app(), NODE);
    expect(omit.node('/app/node_modules/typescript')).toBeUndefined();
  });

  it('npm install without a lockfile writes package-lock.json; npm install <pkg> adds it to package.json', () => {
    const r = run('FROM node:22-alpine\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\n', { 'package.json': pkg(DEPS) }, NODE);
    const l = JSON.parse(r.node('/app/package-lock.json')!.content!);
    expect(l.lockfileVersion).toBe(3);
    expect(l.packages['node_modules/express']).toBeDefined();
    const add = step(nodeImage(), { 'package.json': pkg(DEPS) }, 'npm install lodash');
    expect(add.status).toBe(0);
    expect(JSON.parse(add.text('/app/package.json')!).dependencies.lodash).toBe(`^${packageFacts('lodash')!.version}`);
    expect(add.fs.get('/app/node_modules/lodash')).toBeDefined();
  });

  it('npm install <pkg> without package.json creates one', () => {
    const r = step(nodeImage(), {}, 'npm install typescript@5');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.text('/app/package.json')!)).toEqual({ dependencies: { typescript: '^5.9.3' } });
    expect(r.fs.get('/app/node_modules/typescript/bin/tsc')).toBeDefined();
  });

  it('npm install -g links commands into /usr/local/bin', () => {
    const r = run('FROM node:22-alpine\nRUN npm install -g typescript@5\n', {}, NODE);
    expect(r.node('/usr/local/bin/tsc')).toMatchObject({ type: 'symlink', link: '../lib/node_modules/typescript/bin/tsc' });
    expect(r.du('/usr/local/lib/node_modules/typescript')).toBe(23_690_602);
  });

  it('npm install runs the root package\'s lifecycle scripts unless --ignore-scripts', () => {
    const files = { 'package.json': pkg({}, {}, { postinstall: 'touch /app/.installed' }), 'package-lock.json': lock({}) };
    expect(step(nodeImage(), files, 'npm ci').fs.get('/app/.installed')).toBeDefined();
    expect(step(nodeImage(), files, 'npm ci --ignore-scripts').fs.get('/app/.installed')).toBeUndefined();
  });
});

describe('yarn and pnpm', () => {
  const YARN_LOCK = '# yarn lockfile v1\n\n\nexpress@^5.0.0:\n  version "5.0.0"\n  dependencies:\n    accepts "^2.0.0"\n\naccepts@^2.0.0:\n  version "2.0.0"\n\ntypescript@^5.6.0:\n  version "5.6.3"\n';
  const yarnApp = { 'package.json': pkg({ express: '^5.0.0' }, { typescript: '^5.6.0' }), 'yarn.lock': YARN_LOCK };

  it('yarn --production leaves devDependencies out; the lock tells what is dev by reachability', () => {
    const full = run('FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN yarn install --frozen-lockfile\n', yarnApp, NODE);
    expect(full.result.ok).toBe(true);
    expect(full.node('/app/node_modules/typescript')).toBeDefined();
    expect(full.node('/app/node_modules/accepts')).toBeDefined();
    const prod = run('FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN yarn --production\n', yarnApp, NODE);
    expect(prod.node('/app/node_modules/typescript')).toBeUndefined();
    expect(prod.node('/app/node_modules/accepts')).toBeDefined();
    expect(full.du('/app/node_modules') - prod.du('/app/node_modules')).toBeGreaterThan(23 * MB);
    expect(prod.notes.some((n) => n.includes('yarn install: devDependencies omitted (--production)'))).toBe(true);
  });

  it('keeps its cache in /usr/local/share/.cache/yarn for root (unpacked: bigger than node_modules)', () => {
    const r = run('FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN yarn install\n', yarnApp, NODE);
    expect(r.du('/usr/local/share/.cache/yarn/v6') / r.du('/app/node_modules')).toBeGreaterThan(1.2);
    const clean = run('FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN yarn install && yarn cache clean\n', yarnApp, NODE);
    expect(clean.du('/usr/local/share/.cache/yarn/v6')).toBe(0);
  });

  it('--frozen-lockfile without yarn.lock fails', () => {
    const r = step(nodeImage(), { 'package.json': pkg(DEPS) }, 'yarn install --frozen-lockfile');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.');
    const ok = step(nodeImage(), { 'package.json': pkg(DEPS) }, 'yarn');
    expect(ok.status).toBe(0);
    expect(ok.text('/app/yarn.lock')).toContain('# yarn lockfile v1');
  });

  it('yarn build runs the script', () => {
    const r = step(nodeImage(), { 'package.json': pkg({}, {}, { build: 'mkdir dist' }) }, 'yarn build');
    expect(r.fs.get('/app/dist')?.type).toBe('dir');
  });

  const PNPM = 'FROM node:22-alpine\nRUN npm install -g pnpm\nWORKDIR /app\nCOPY . .\n';
  const pnpmApp = { 'package.json': pkg(DEPS, { typescript: '^5.6.0' }), 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n" };

  it('pnpm install: packages in node_modules/.pnpm, direct ones linked on top; --prod leaves dev out', () => {
    const r = run(PNPM + 'RUN pnpm install --frozen-lockfile\n', pnpmApp, NODE);
    expect(r.result.ok).toBe(true);
    const express = r.node('/app/node_modules/express')!;
    expect(express.type).toBe('symlink');
    expect(express.link).toMatch(/^\.pnpm\/express@[\d.]+\/node_modules\/express$/);
    expect(r.node(`/app/node_modules/${express.link}/package.json`)).toBeDefined();
    expect(r.node('/app/node_modules/accepts')).toBeUndefined();
    expect(r.node('/app/node_modules/typescript')).toBeDefined();
    expect(r.node('/root/.local/share/pnpm/store/v3/files')).toBeDefined();
    const prod = run(PNPM + 'RUN pnpm install --prod --frozen-lockfile\n', pnpmApp, NODE);
    expect(prod.node('/app/node_modules/typescript')).toBeUndefined();
  });

  it('pnpm --frozen-lockfile (the default with CI=true) fails without pnpm-lock.yaml', () => {
    const r = run(PNPM + 'RUN pnpm install --frozen-lockfile\n', { 'package.json': pkg(DEPS) }, NODE);
    expect(r.result.ok).toBe(false);
    const s = step(nodeImage(), { 'package.json': pkg(DEPS) }, 'npm install -g pnpm && CI=true pnpm install');
    expect(s.status).toBe(1);
    expect(s.stderr).toContain('ERR_PNPM_NO_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is absent');
  });

  it('corepack enable pnpm works through the shim and downloads pnpm on first use', () => {
    const r = run('FROM node:22-alpine\nRUN corepack enable pnpm\nWORKDIR /app\nCOPY . .\nRUN pnpm install\n', pnpmApp, NODE);
    expect(r.result.ok).toBe(true);
    expect(r.node('/usr/local/bin/pnpm')).toMatchObject({ link: '../lib/node_modules/corepack/dist/pnpm.js' });
    expect(r.node('/root/.cache/node/corepack/v1/pnpm/9.15.0')).toBeDefined();
  });
});

describe('node', () => {
  it('node -v prints NODE_VERSION; a console.log-only script prints; anything else is opaque', () => {
    expect(step(nodeImage(), {}, 'node -v > /v').text('/v')).toBe('v22.12.0\n');
    expect(step(nodeImage(), { 'hello.js': "// hi\nconsole.log('hello');\nconsole.log(42);\n" }, 'node hello.js > /o').text('/o')).toBe('hello\n42\n');
    expect(step(nodeImage(), {}, `node -e "console.log('x')" > /o`).text('/o')).toBe('x\n');
    const o = step(nodeImage(), { 'server.js': 'require("http").createServer().listen(3000);\n' }, 'node server.js');
    expect(o.status).toBe(0);
    expect(o.opaque[0]).toContain('node server.js');
  });

  it('a missing script fails like node', () => {
    const r = step(nodeImage(), {}, 'node dist/index.js');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Error: Cannot find module '/app/dist/index.js'");
  });
});

describe('assumptions and speed', () => {
  it('every install estimate reaches BuildResult.notes with its line', () => {
    const r: Run = run('FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev && npm cache clean --force\n', app(), NODE);
    const notes = r.notes.filter((n) => n.startsWith('line 4: npm ci:'));
    expect(notes.length).toBeGreaterThanOrEqual(3);
    expect(notes.some((n) => n.includes('±30 %'))).toBe(true);
  });

  it('a 300-package install stays one directory per package with a few files', () => {
    const deps = { express: '^5', next: '^16', mongoose: '^9' };
    const dev = { jest: '^30', eslint: '^10', webpack: '^5' };
    const r = step(nodeImage(), { 'package.json': pkg(deps, dev), 'package-lock.json': lock(deps, dev) }, 'npm ci');
    expect(r.status).toBe(0);
    const paths = r.fs.walk('/app/node_modules');
    const packages = paths.filter((p) => p.endsWith('/package.json')).length;
    expect(packages).toBeGreaterThan(250);
    expect(paths.length).toBeLessThan(packages * 6);
  });
});

describe('with the image catalog', () => {
  it('the catalog has both node images', () => {
    expect(findCatalogImage('node:22-alpine')).not.toBeNull();
    expect(findCatalogImage('node:22')).not.toBeNull();
  });
  it('node:22-alpine installs musl sharp, node:22 glibc sharp', () => {
    const files = { 'package.json': pkg({ sharp: '^0.33.5' }), 'package-lock.json': lock({ sharp: '^0.33.5' }) };
    const alpine = run('FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n', files, {});
    expect(parseNativeModuleDescriptor(alpine.node('/app/node_modules/@img/sharp-linuxmusl-x64/lib/sharp-linuxmusl-x64.node')!.content)!.libc).toBe('musl');
    const debian = run('FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\n', files, {});
    expect(parseNativeModuleDescriptor(debian.node('/app/node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node')!.content)!.libc).toBe('glibc');
  });
});
