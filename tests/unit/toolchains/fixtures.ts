// Small base images for the toolchain models, shaped like the official ones in what the models
// read: golang (/usr/local/go/bin/go, /usr/local/go/VERSION, GOPATH=/go, GOTOOLCHAIN=local, gcc on
// the Debian variant, glibc's or musl's loader) and node (/usr/local/bin/node, npm and npx as
// symlinks into /usr/local/lib/node_modules/npm, yarn 1.22 under /opt, NODE_VERSION). Busybox-like
// applets give RUN scripts mkdir/cp/rm/cat/head/grep. Until the image catalog lands, tests pass
// these through BuildInput.images.
import { build } from '../../../src/engine/index';
import { BuildContext } from '../../../src/engine/context/context';
import { execute } from '../../../src/engine/build/execute';
import { planBuild } from '../../../src/engine/build/plan';
import { parseDockerfile } from '../../../src/engine/parse/parse';
import type { FileSystem, Node } from '../../../src/engine/fs/tree';
import type { BaseImage, BuildInput, BuildResult, ContextEntry, LayerChange, LayerReport } from '../../../src/engine/types';

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const APPLETS = ['sh', 'cat', 'cp', 'mv', 'rm', 'mkdir', 'ls', 'echo', 'head', 'grep', 'wc', 'test', 'true', 'false', 'touch', 'chmod', 'chown', 'ln', 'find', 'stat', 'env'];

function change(c: Partial<LayerChange> & { path: string }): LayerChange {
  const type = c.type ?? 'file';
  return {
    kind: 'add',
    type,
    size: c.size ?? (c.content !== undefined ? Buffer.byteLength(c.content) : 0),
    mode: c.mode ?? (type === 'dir' ? 0o755 : type === 'symlink' ? 0o777 : 0o644),
    uid: c.uid ?? 0,
    gid: c.gid ?? 0,
    entry: c.path.slice(1) + (type === 'dir' ? '/' : ''),
    ...c,
  } as LayerChange;
}

const dir = (path: string, mode = 0o755) => change({ path, type: 'dir', mode });
const file = (path: string, size: number, mode = 0o755) => change({ path, size, mode });
const text = (path: string, content: string, mode = 0o644) => change({ path, content, mode });
const link = (path: string, target: string) => change({ path, type: 'symlink', link: target });

function image(name: string, changes: LayerChange[], env: string[], workdir: string): BaseImage {
  // Parents first, as a layer tar lists them.
  const seen = new Set(changes.map((c) => c.path));
  const parents: LayerChange[] = [];
  for (const c of changes) {
    const parts = c.path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const p = '/' + parts.slice(0, i).join('/');
      if (!seen.has(p)) {
        seen.add(p);
        parents.push(dir(p));
      }
    }
  }
  const all = [...parents, ...changes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const size = all.reduce((a, c) => a + (c.type === 'file' ? c.size : 0), 0);
  return {
    name,
    config: { Env: env, User: '', WorkingDir: workdir, Cmd: ['sh'], Entrypoint: null, ExposedPorts: {}, Labels: {}, Volumes: {}, Shell: null, StopSignal: '', Healthcheck: null, OnBuild: null },
    history: [{ created_by: '', empty_layer: false, size, comment: 'unit-test fixture' }],
    layers: [{ created_by: '', size, changes: all }],
    source: 'unit-test fixture for the toolchain models',
  };
}

function system(libc: 'glibc' | 'musl', users: string[] = []): LayerChange[] {
  return [
    dir('/bin'), dir('/etc'), dir('/lib'), dir('/root', 0o700), dir('/tmp', 0o1777), dir('/usr/bin'), dir('/usr/local/bin'),
    file('/bin/busybox', 1_000_000),
    ...APPLETS.map((a) => link(`/bin/${a}`, 'busybox')),
    text('/etc/passwd', ['root:x:0:0:root:/root:/bin/sh', ...users, ''].join('\n')),
    text('/etc/group', ['root:x:0:', ...users.map((u) => `${u.split(':')[0]}:x:${u.split(':')[3]}:`), ''].join('\n')),
    ...(libc === 'glibc'
      ? [
          file('/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', 210_968),
          file('/lib/x86_64-linux-gnu/libc.so.6', 1_922_136),
          link('/lib64/ld-linux-x86-64.so.2', '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
        ]
      : [file('/lib/ld-musl-x86_64.so.1', 600_000), link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1')]),
  ];
}

export interface GolangOptions {
  name?: string;
  libc?: 'glibc' | 'musl';
  /** gcc on the PATH (the Debian-based golang images have it; alpine ones do not). */
  gcc?: boolean;
  version?: string;
  /** Env of the image (GOTOOLCHAIN=local, as the official images set it, unless overridden). */
  env?: string[];
}

export function golang(opts: GolangOptions = {}): BaseImage {
  const libc = opts.libc ?? 'glibc';
  const version = opts.version ?? '1.23.4';
  return image(
    opts.name ?? (libc === 'musl' ? 'golang:1.23-alpine' : 'golang:1.23'),
    [
      ...system(libc),
      dir('/go', 0o1777), dir('/go/bin', 0o1777), dir('/go/src', 0o1777),
      file('/usr/local/go/bin/go', 14_000_000),
      file('/usr/local/go/bin/gofmt', 3_000_000),
      text('/usr/local/go/VERSION', `go${version}\ntime 2024-12-03T17:02:06Z\n`),
      ...((opts.gcc ?? libc === 'glibc') ? [file('/usr/bin/gcc', 1_400_000), link('/usr/bin/cc', 'gcc')] : []),
    ],
    opts.env ?? [`PATH=/go/bin:/usr/local/go/bin:${PATH}`, `GOLANG_VERSION=${version}`, 'GOTOOLCHAIN=local', 'GOPATH=/go'],
    '/go',
  );
}

export interface NodeOptions {
  name?: string;
  libc?: 'glibc' | 'musl';
  nodeVersion?: string;
  npmVersion?: string;
  /** Leave npm's package.json contents out (npm's version then comes from NODE_VERSION). */
  hideNpmVersion?: boolean;
}

export function nodeImage(opts: NodeOptions = {}): BaseImage {
  const libc = opts.libc ?? 'musl';
  const nodeVersion = opts.nodeVersion ?? '22.12.0';
  const npm = opts.npmVersion ?? '10.9.0';
  return image(
    opts.name ?? (libc === 'musl' ? 'node:22-alpine' : 'node:22'),
    [
      ...system(libc, ['node:x:1000:1000:Linux User,,,:/home/node:/bin/sh']),
      change({ path: '/home/node', type: 'dir', uid: 1000, gid: 1000 }),
      file('/usr/local/bin/node', 117_000_000),
      opts.hideNpmVersion ? file('/usr/local/lib/node_modules/npm/package.json', 2_500, 0o644) : text('/usr/local/lib/node_modules/npm/package.json', JSON.stringify({ name: 'npm', version: npm })),
      file('/usr/local/lib/node_modules/npm/bin/npm-cli.js', 54),
      file('/usr/local/lib/node_modules/npm/bin/npx-cli.js', 2_900),
      file('/usr/local/lib/node_modules/corepack/dist/corepack.js', 70),
      link('/usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js'),
      link('/usr/local/bin/npx', '../lib/node_modules/npm/bin/npx-cli.js'),
      link('/usr/local/bin/corepack', '../lib/node_modules/corepack/dist/corepack.js'),
      file('/opt/yarn-v1.22.22/bin/yarn', 1_000),
      file('/opt/yarn-v1.22.22/lib/cli.js', 5_300_000, 0o644),
      link('/usr/local/bin/yarn', '/opt/yarn-v1.22.22/bin/yarn'),
      link('/usr/local/bin/yarnpkg', '/opt/yarn-v1.22.22/bin/yarn'),
    ],
    [`PATH=${PATH}`, `NODE_VERSION=${nodeVersion}`, 'YARN_VERSION=1.22.22'],
    '/',
  );
}

/** An empty final stage (FROM scratch needs nothing); alpine-like and debian-like runtimes. */
export function runtime(name: string, libc: 'glibc' | 'musl'): BaseImage {
  return image(name, system(libc), [`PATH=${PATH}`], '/');
}

export function images(...list: BaseImage[]): Record<string, BaseImage> {
  return Object.fromEntries(list.map((i) => [i.name, i]));
}

/** Context entries from a path → content map. A number is a file of that size with unknown bytes. */
export function context(files: Record<string, string | number>): ContextEntry[] {
  return Object.entries(files).map(([path, c]) => (typeof c === 'number' ? { path, type: 'file' as const, size: c } : { path, type: 'file' as const, content: c }));
}

export interface Run {
  result: BuildResult;
  /** The target stage's filesystem after the build (null when it failed). */
  fs: FileSystem | null;
  node(path: string): Node | undefined;
  size(path: string): number | undefined;
  /** Sum of file sizes under a directory of the final filesystem. */
  du(dir: string): number;
  /** Notes from the build, as BuildResult.notes holds them. */
  notes: string[];
  /** The layers the Dockerfile built (base layers dropped). */
  layers: LayerReport[];
}

/** Builds with build() (the public result) and again through execute() to keep the filesystem. */
export function run(dockerfile: string, files: Record<string, string | number>, imgs: Record<string, BaseImage>, extra: Partial<BuildInput> = {}): Run {
  const input: BuildInput = { dockerfile, context: context(files), images: imgs, ...extra };
  const result = build(input);
  let fs: FileSystem | null = null;
  if (result.ok) {
    const parsed = parseDockerfile(dockerfile);
    const metaArgs = new Map<string, string>([['TARGETARCH', 'amd64'], ['TARGETOS', 'linux'], ['TARGETPLATFORM', 'linux/amd64']]);
    const plan = planBuild(parsed.instructions, metaArgs, extra.target);
    const exec = execute({ plan, context: new BuildContext(input.context), buildArgs: new Map(Object.entries(extra.buildArgs ?? {})), metaArgs, secrets: new Map(), images: imgs, escape: parsed.escape });
    fs = exec.states[plan.target]?.fs ?? null;
  }
  const node = (p: string) => (fs ? fs.get(p) : undefined);
  return {
    result,
    fs,
    node,
    size: (p) => node(p)?.size,
    du: (d) => (fs ? fs.walk(d).reduce((a, p) => a + (fs!.get(p)?.type === 'file' ? fs!.get(p)!.size : 0), 0) : 0),
    notes: result.notes,
    layers: (result.image?.layers ?? []).filter((l) => l.stage !== null),
  };
}

/** Bytes a layer adds, as `docker history` shows it. */
export function layerSize(r: Run, line: number): number {
  return r.layers.find((l) => l.line === line)?.size ?? -1;
}

export const MB = 1_000_000;

// ---- One RUN step through the interpreter, to read stderr/stdout (BuildResult.error carries only
// "exit code: N", not the command's own message).
import { resolveBase } from '../../../src/engine/images/base';
import { Interpreter } from '../../../src/engine/shell/interpreter';
import { contentId } from '../../../src/engine/context/checksum';
import { envFromConfig } from '../../../src/engine/build/state';
import type { Data } from '../../../src/engine/shell/model';
import '../../../src/engine/shell/commands/index';

export interface Step {
  status: number;
  stderr: string;
  stdout: Data;
  fs: FileSystem;
  notes: string[];
  opaque: string[];
  text(path: string): string | undefined;
}

/** Runs `script` as one RUN on the image with `files` placed under `cwd` (default /app). */
export function step(img: BaseImage, files: Record<string, string | number>, script: string, opts: { cwd?: string; env?: Record<string, string>; fs?: FileSystem } = {}): Step {
  const cwd = opts.cwd ?? '/app';
  const fs = opts.fs ?? resolveBase(img.name, { [img.name]: img }).fs;
  const origin = { stage: 'stage-0', instruction: 'COPY . .', line: 1 };
  const dir = (p: string) => fs.mkdirAll(p, () => ({ type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, data: 'dir', origin, layer: 1 }) as Node);
  if (!opts.fs) {
    dir(cwd);
    for (const [p, c] of Object.entries(files)) {
      const path = `${cwd}/${p}`;
      dir(path.slice(0, path.lastIndexOf('/')));
      const content = typeof c === 'string' ? c : undefined;
      const size = typeof c === 'string' ? Buffer.byteLength(c) : c;
      fs.set(path, { type: 'file', size, mode: 0o644, uid: 0, gid: 0, ...(content !== undefined ? { content } : {}), data: contentId('file', content, size), origin, layer: 1 });
    }
  }
  const notes: string[] = [];
  const opaque: string[] = [];
  fs.beginStep();
  const env = envFromConfig(img.config);
  for (const [k, v] of Object.entries(opts.env ?? {})) env.set(k, v);
  const interp = new Interpreter({
    fs, env, cwd, user: { uid: 0, gid: 0, name: 'root', home: '/root' },
    origin: { stage: 'stage-0', instruction: `RUN ${script}`, line: 2 }, layer: 2,
    opaque: (w) => opaque.push(w), assume: (w) => notes.push(w), lookupUser: () => null, lookupGroup: () => null,
  });
  const r = interp.run(script);
  fs.endStep();
  return { status: r.status, stderr: r.stderr, stdout: r.stdout, fs, notes, opaque, text: (p) => fs.get(fs.realpath(p))?.content };
}
