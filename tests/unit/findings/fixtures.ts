// In-memory base images for the finding rules' tests: just enough files for the rules to read.
//   test/busybox:1          static busybox with /bin/sh and applets in /bin (no /usr/bin/env, like the real image);
//                           /etc/passwd root + app (1000); no libc
//   test/alpine:3           busybox layout + /usr/bin/env + musl loader + CA bundle; root + app (1000)
//   test/debian:12          glibc (loader, libc.so.6) + CA bundle + /bin/sh (dash), /bin/bash, /usr/bin/env
//   test/distroless-static  no shell, no libc: passwd (root, nonroot 65532) and the CA bundle
//   test/node:22            debian + /usr/local/bin/node; ENTRYPOINT ["docker-entrypoint.sh"] (exec "$@"), CMD ["node"]
//   test/node:22-sizeonly   the same, with docker-entrypoint.sh's text unknown (as the catalog lists it)
//   test/node:22-alpine     alpine + /usr/local/bin/node
//   test/python:3.12        debian + /usr/local/bin/python3 (python -> python3)
//   test/distroless-python  glibc, no shell, /usr/bin/python3 -> python3.11, ENTRYPOINT ["/usr/bin/python3.11"]
//   test/jre:21             debian + /opt/java/openjdk (bin/java, lib/security/cacerts), JAVA_HOME, PATH
//   test/golang:1.22        debian + /usr/local/go/bin/go (a file the simulator has no model of)
// /usr/bin/mystery-tool (in every image with a shell) is a program the simulator has no model of.
// Busybox applets are symlinks to /bin/busybox so the simulator's command models can run in every
// image that has a shell. Binaries built by toolchain models carry "#!stagecraft-binary ..." text;
// the tests write those descriptors directly.
import { build } from '../../../src/engine/index';
import type { BaseImage, BuildResult, ContextEntry, Finding, ImageConfig, ImageFacts, LayerChange } from '../../../src/engine/types';

export const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const GO_STATIC = '#!stagecraft-binary go static linux/amd64\n';
export const GO_GLIBC = '#!stagecraft-binary go dynamic glibc linux/amd64\n';
export const GO_MUSL = '#!stagecraft-binary go dynamic musl linux/amd64\n';
/** The long form written by src/engine/shell/commands/toolchain/descriptors.ts (libc and loader on their own lines). */
export const GO_GLIBC_LONG = '#!stagecraft-binary go dynamic linux/amd64\nlibc=glibc\ninterpreter=/lib64/ld-linux-x86-64.so.2\nneeds=libc.so.6\ncgo=true\n';
export const GO_STATIC_LONG = '#!stagecraft-binary go static linux/amd64\nlibc=none\ncgo=false\n';
export const NATIVE_GLIBC = '#!stagecraft-native-module node glibc\n';
export const NATIVE_MUSL = '#!stagecraft-native-module node musl\n';

type Entry = Partial<LayerChange> & { path: string };

function change(c: Entry): LayerChange {
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

const dir = (path: string, mode = 0o755): Entry => ({ path, type: 'dir', mode });
const file = (path: string, content?: string, mode = 0o644, size?: number): Entry => ({ path, type: 'file', mode, ...(content !== undefined ? { content } : {}), ...(size !== undefined ? { size } : {}) });
const exe = (path: string, content?: string, size = 1000): Entry => ({ path, type: 'file', mode: 0o755, size, ...(content !== undefined ? { content } : {}) });
const link = (path: string, target: string): Entry => ({ path, type: 'symlink', link: target });

const APPLETS = ['[', 'ash', 'cat', 'chmod', 'chown', 'cp', 'echo', 'env', 'false', 'grep', 'id', 'ln', 'ls', 'mkdir', 'mv', 'printf', 'rm', 'sh', 'test', 'touch', 'true', 'wc', 'adduser', 'addgroup'];

const PASSWD_APP = 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\napp:x:1000:1000:app:/home/app:/bin/sh\n';
const GROUP_APP = 'root:x:0:\nnogroup:x:65534:\napp:x:1000:\n';

function config(c: Partial<ImageConfig> = {}): ImageConfig {
  return {
    Env: [`PATH=${PATH}`],
    User: '',
    WorkingDir: '',
    Cmd: null,
    Entrypoint: null,
    ExposedPorts: {},
    Labels: {},
    Volumes: {},
    Shell: null,
    StopSignal: '',
    Healthcheck: null,
    OnBuild: null,
    ...c,
  };
}

function facts(libc: ImageFacts['libc'], caCertificates: boolean, shell: string | null): ImageFacts {
  return { libc, shell, packageManager: 'none', caCertificates, tzdata: false, size: 0, sources: ['unit-test fixture'], date: '2025-01-01' };
}

/** One-layer base image from a list of entries (parents created by the loader). */
export function image(name: string, entries: Entry[], cfg: Partial<ImageConfig> = {}, f?: ImageFacts): BaseImage {
  const changes = entries.map(change);
  const size = changes.reduce((a, c) => a + (c.type === 'file' ? c.size : 0), 0);
  return {
    name,
    config: config(cfg),
    history: [{ created_by: '', empty_layer: false, size, comment: 'Imported from -' }],
    layers: [{ created_by: '', size, changes }],
    source: 'unit-test fixture',
    ...(f ? { facts: f } : {}),
  };
}

function busyboxEntries(): Entry[] {
  return [
    ...['/bin', '/dev', '/etc', '/home', '/proc', '/root', '/sbin', '/sys', '/usr', '/usr/bin', '/usr/sbin', '/usr/local', '/usr/local/bin', '/var', '/run'].map((p) => dir(p)),
    dir('/tmp', 0o1777),
    { path: '/home/app', type: 'dir', uid: 1000, gid: 1000 },
    exe('/bin/busybox', undefined, 1_000_000),
    // A program no command model knows: a RUN of it is opaque (its effects unknown).
    exe('/usr/bin/mystery-tool', undefined, 5_000),
    ...APPLETS.map((a) => link(`/bin/${a}`, 'busybox')),
    file('/etc/passwd', PASSWD_APP),
    file('/etc/group', GROUP_APP),
    file('/etc/hosts', ''),
    file('/etc/resolv.conf', ''),
  ];
}

const CA = '-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----\n';

export function busybox(): BaseImage {
  return image('test/busybox:1', busyboxEntries(), { Cmd: ['sh'] }, facts('none', false, '/bin/sh'));
}

function alpineEntries(): Entry[] {
  return [
    ...busyboxEntries(),
    link('/usr/bin/env', '/bin/busybox'),
    dir('/lib'),
    exe('/lib/ld-musl-x86_64.so.1', undefined, 600_000),
    link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1'),
    dir('/etc/ssl'),
    dir('/etc/ssl/certs'),
    file('/etc/ssl/certs/ca-certificates.crt', CA),
    link('/etc/ssl/cert.pem', 'certs/ca-certificates.crt'),
  ];
}

export function alpine(): BaseImage {
  return image('test/alpine:3', alpineEntries(), { Cmd: ['/bin/sh'] }, facts('musl', true, '/bin/sh'));
}

function debianEntries(): Entry[] {
  return [
    ...busyboxEntries().filter((e) => e.path !== '/bin/sh'),
    exe('/bin/dash'),
    link('/bin/sh', 'dash'),
    exe('/bin/bash'),
    link('/usr/bin/env', '/bin/busybox'),
    dir('/lib'),
    dir('/lib/x86_64-linux-gnu'),
    exe('/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', undefined, 200_000),
    file('/lib/x86_64-linux-gnu/libc.so.6', undefined, 0o755, 2_000_000),
    dir('/lib64'),
    link('/lib64/ld-linux-x86-64.so.2', '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
    dir('/etc/ssl'),
    dir('/etc/ssl/certs'),
    file('/etc/ssl/certs/ca-certificates.crt', CA),
  ];
}

export function debian(): BaseImage {
  return image('test/debian:12', debianEntries(), { Cmd: ['bash'] }, facts('glibc', true, '/bin/sh'));
}

export function distrolessStatic(): BaseImage {
  return image(
    'test/distroless-static',
    [
      dir('/etc'),
      file('/etc/passwd', 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n'),
      file('/etc/group', 'root:x:0:\nnonroot:x:65532:\n'),
      dir('/etc/ssl'),
      dir('/etc/ssl/certs'),
      file('/etc/ssl/certs/ca-certificates.crt', CA),
      dir('/tmp', 0o1777),
      dir('/home/nonroot'),
    ],
    {},
    facts('none', true, null),
  );
}

/** docker-entrypoint.sh of the official node images. */
export const NODE_ENTRYPOINT = `#!/bin/sh
set -e

# Run command with node if the first argument contains a "-" or is not a system command.
if [ "\${1#-}" != "\${1}" ] || [ -z "$(command -v "\${1}")" ] || { [ -f "\${1}" ] && ! [ -x "\${1}" ]; }; then
  set -- node "$@"
fi

exec "$@"
`;

export function node(): BaseImage {
  return image(
    'test/node:22',
    [
      ...debianEntries(),
      exe('/usr/local/bin/node', '#!stagecraft-binary node dynamic glibc linux/amd64\n', 90_000_000),
      link('/usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js'),
      file('/usr/local/lib/node_modules/npm/bin/npm-cli.js', '#!/usr/bin/env node\n', 0o755),
      file('/usr/local/bin/docker-entrypoint.sh', NODE_ENTRYPOINT, 0o755),
    ],
    { Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'] },
    facts('glibc', true, '/bin/sh'),
  );
}

/** node:22 as the catalog knows it: docker-entrypoint.sh listed by size only (its text unknown). */
export function nodeSizeOnly(): BaseImage {
  const n = node();
  const changes = n.layers[0]!.changes.map((c) => (c.path === '/usr/local/bin/docker-entrypoint.sh' ? { ...c, content: undefined, size: 388 } : c));
  return { ...n, name: 'test/node:22-sizeonly', layers: [{ ...n.layers[0]!, changes }] };
}

export function nodeAlpine(): BaseImage {
  return image('test/node:22-alpine', [...alpineEntries(), exe('/usr/local/bin/node', '#!stagecraft-binary node dynamic musl linux/amd64\n', 90_000_000)], { Cmd: ['node'] }, facts('musl', true, '/bin/sh'));
}

export function python(): BaseImage {
  return image('test/python:3.12', [...debianEntries(), exe('/usr/local/bin/python3.12', undefined, 15_000), link('/usr/local/bin/python3', 'python3.12'), link('/usr/local/bin/python', 'python3')], { Cmd: ['python3'] }, facts('glibc', true, '/bin/sh'));
}

export function distrolessPython(): BaseImage {
  return image(
    'test/distroless-python',
    [
      dir('/etc'),
      file('/etc/passwd', 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n'),
      dir('/lib'),
      dir('/lib/x86_64-linux-gnu'),
      exe('/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
      exe('/lib/x86_64-linux-gnu/libc.so.6'),
      dir('/lib64'),
      link('/lib64/ld-linux-x86-64.so.2', '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
      dir('/usr'),
      dir('/usr/bin'),
      exe('/usr/bin/python3.11', undefined, 6_000_000),
      link('/usr/bin/python3', 'python3.11'),
      dir('/etc/ssl'),
      dir('/etc/ssl/certs'),
      file('/etc/ssl/certs/ca-certificates.crt', CA),
    ],
    { Entrypoint: ['/usr/bin/python3.11'] },
    facts('glibc', true, null),
  );
}

export function jre(): BaseImage {
  return image(
    'test/jre:21',
    [...debianEntries(), exe('/opt/java/openjdk/bin/java', undefined, 20_000), file('/opt/java/openjdk/lib/security/cacerts', undefined, 0o644, 160_000)],
    { Env: ['JAVA_HOME=/opt/java/openjdk', `PATH=/opt/java/openjdk/bin:${PATH}`], Cmd: ['jshell'] },
    facts('glibc', true, '/bin/sh'),
  );
}

export function golang(): BaseImage {
  return image('test/golang:1.22', [...debianEntries(), exe('/usr/local/go/bin/go', undefined, 15_000_000)], { Env: [`PATH=/usr/local/go/bin:${PATH}`] }, facts('glibc', true, '/bin/sh'));
}

export const IMAGES: Record<string, BaseImage> = Object.fromEntries(
  [busybox(), alpine(), debian(), distrolessStatic(), node(), nodeSizeOnly(), nodeAlpine(), python(), distrolessPython(), jre(), golang()].map((i) => [i.name, i]),
);

export interface Options {
  files?: Record<string, string>;
  context?: ContextEntry[];
  secrets?: Record<string, string>;
  buildArgs?: Record<string, string>;
  target?: string;
  /** Extra base images (added to IMAGES). */
  images?: Record<string, BaseImage>;
}

/** Builds with every fixture image available; throws with the error if the build fails. */
export function run(dockerfile: string, opts: Options = {}): BuildResult {
  const context = opts.context ?? Object.entries(opts.files ?? {}).map(([path, content]) => ({ path, type: 'file' as const, content }));
  const r = build({
    dockerfile: dockerfile.replace(/^\n/, ''),
    context,
    images: { ...IMAGES, ...(opts.images ?? {}) },
    ...(opts.secrets ? { secrets: opts.secrets } : {}),
    ...(opts.buildArgs ? { buildArgs: opts.buildArgs } : {}),
    ...(opts.target ? { target: opts.target } : {}),
  });
  if (!r.ok) throw new Error(`build failed: ${JSON.stringify(r.error)}\n${dockerfile}`);
  return r;
}

/** The findings of one rule. */
export function of(r: BuildResult, rule: string): Finding[] {
  return r.findings.filter((f) => f.rule === rule);
}

/** Rule ids found, sorted. */
export function rules(r: BuildResult): string[] {
  return [...new Set(r.findings.map((f) => f.rule))].sort();
}

/** Findings of the secret rules only. */
export const SECRET_RULES = [
  'secret-file-in-image',
  'secret-in-deleted-layer',
  'mounted-secret-copied',
  'secret-in-env',
  'secret-in-build-arg',
  'secret-in-label',
  'secret-in-run-command',
  'secret-in-builder-stage',
  'secret-build-arg-provenance',
];

export function secretFindings(r: BuildResult): Finding[] {
  return r.findings.filter((f) => SECRET_RULES.includes(f.rule));
}

export * from './tokens';
