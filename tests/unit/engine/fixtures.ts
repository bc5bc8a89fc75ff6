// In-memory base images for engine unit tests. `busybox()` mirrors local/busybox:latest as
// /work/shared/buildkit/make-bases.sh builds it: a static /bin/busybox with applet symlinks,
// /etc/passwd (root, daemon, nobody, app 1000:1000, svc 2000:3000), /etc/group (svcgrp 3000),
// /home/app owned 1000:1000, /tmp 1777, empty /etc/hosts /etc/hostname /etc/resolv.conf,
// Env PATH and Cmd ["sh"], one layer whose history entry is created_by "" ("Imported from -").
import { lookupGroup, lookupUser } from '../../../src/engine/build/users';
import type { FileSystem, Origin } from '../../../src/engine/fs/tree';
import { MountedFs, type Mount } from '../../../src/engine/fs/view';
import { resolveBase } from '../../../src/engine/images/base';
import { build } from '../../../src/engine/index';
import '../../../src/engine/shell/commands';
import { Interpreter } from '../../../src/engine/shell/interpreter';
import type { User } from '../../../src/engine/shell/model';
import type { BaseImage, BuildInput, BuildResult, ContextEntry, FileReport, LayerChange, LayerReport } from '../../../src/engine/types';

export const BASE = 'local/busybox:latest';
export const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const PASSWD = [
  'root:x:0:0:root:/root:/bin/sh',
  'daemon:x:1:1:daemon:/usr/sbin:/bin/false',
  'nobody:x:65534:65534:nobody:/nonexistent:/bin/false',
  'app:x:1000:1000:app:/home/app:/bin/sh',
  'svc:x:2000:3000:svc (primary group svcgrp):/nonexistent:/bin/false',
  '',
].join('\n');

export const GROUP = ['root:x:0:', 'daemon:x:1:', 'nogroup:x:65534:', 'app:x:1000:', 'svcgrp:x:3000:', ''].join('\n');

/** Busybox applets the tests rely on (the real image has ~400; each is a symlink to busybox). */
export const APPLETS = [
  '[', 'ash', 'basename', 'cat', 'chgrp', 'chmod', 'chown', 'cp', 'cut', 'date', 'dd', 'dirname', 'echo', 'env', 'false',
  'find', 'grep', 'head', 'id', 'ln', 'ls', 'mkdir', 'mv', 'printf', 'pwd', 'readlink', 'rm', 'rmdir', 'sh', 'sleep',
  'sort', 'stat', 'tail', 'tee', 'test', 'touch', 'tr', 'true', 'wc', 'wget', 'whoami',
];

export const BUSYBOX_SIZE = 1_984_426 - PASSWD.length - GROUP.length;

export interface BaseOptions {
  name?: string;
  /** Make /bin/sh a symlink to dash (Debian's /bin/sh) instead of busybox. */
  dash?: boolean;
  /** Extra files in the base layer. */
  extra?: Partial<LayerChange>[];
}

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

export function busybox(opts: BaseOptions = {}): BaseImage {
  const dirs = ['/bin', '/dev', '/etc', '/home', '/proc', '/root', '/sbin', '/sys', '/usr', '/usr/bin', '/usr/sbin', '/var'];
  const changes: LayerChange[] = [
    ...dirs.map((path) => change({ path, type: 'dir' })),
    change({ path: '/tmp', type: 'dir', mode: 0o1777 }),
    change({ path: '/home/app', type: 'dir', uid: 1000, gid: 1000 }),
    change({ path: '/bin/busybox', size: BUSYBOX_SIZE, mode: 0o755 }),
    ...APPLETS.filter((a) => !(opts.dash && a === 'sh')).map((a) => change({ path: `/bin/${a}`, type: 'symlink', link: 'busybox' })),
    ...(opts.dash ? [change({ path: '/bin/dash', size: 1000, mode: 0o755 }), change({ path: '/bin/sh', type: 'symlink', link: 'dash' })] : []),
    change({ path: '/etc/passwd', content: PASSWD }),
    change({ path: '/etc/group', content: GROUP }),
    change({ path: '/etc/hosts', content: '' }),
    change({ path: '/etc/hostname', content: '' }),
    change({ path: '/etc/resolv.conf', content: '' }),
    ...(opts.extra ?? []).map((c) => change(c as LayerChange)),
  ];
  const size = changes.reduce((a, c) => a + (c.type === 'file' ? c.size : 0), 0);
  return {
    name: opts.name ?? BASE,
    config: {
      Env: [`PATH=${PATH}`],
      User: '',
      WorkingDir: '',
      Cmd: ['sh'],
      Entrypoint: null,
      ExposedPorts: {},
      Labels: {},
      Volumes: {},
      Shell: null,
      StopSignal: '',
      Healthcheck: null,
      OnBuild: null,
    },
    history: [{ created_by: '', empty_layer: false, size, comment: 'Imported from -' }],
    layers: [{ created_by: '', size, changes }],
    source: 'unit-test fixture mirroring make-bases.sh',
  };
}

/** Context entries from a path → content map (directories are implied). */
export function ctx(files: Record<string, string> = {}): ContextEntry[] {
  return Object.entries(files).map(([path, content]) => ({ path, type: 'file' as const, content }));
}

export interface RunOptions extends Partial<Omit<BuildInput, 'dockerfile' | 'context'>> {
  files?: Record<string, string>;
  context?: ContextEntry[];
  base?: BaseImage;
}

/** Builds a Dockerfile on the busybox fixture. */
export function run(dockerfile: string, opts: RunOptions = {}): BuildResult {
  const { files, context, base, images, ...rest } = opts;
  return build({
    dockerfile,
    context: context ?? ctx(files),
    images: images ?? { [BASE]: base ?? busybox() },
    ...rest,
  });
}

/** Builds and asserts success, with the error in the failure message. */
export function ok(dockerfile: string, opts: RunOptions = {}): BuildResult & { image: NonNullable<BuildResult['image']> } {
  const r = run(dockerfile, opts);
  if (!r.ok || !r.image) throw new Error(`build failed: ${JSON.stringify(r.error)}`);
  return r as BuildResult & { image: NonNullable<BuildResult['image']> };
}

/** The final image's file at a path. */
export function file(r: BuildResult, path: string): FileReport | undefined {
  return r.image?.files.find((f) => f.path === path);
}

/** Paths of the final image under a directory (the directory excluded). */
export function under(r: BuildResult, dir: string): string[] {
  return (r.image?.files ?? []).filter((f) => f.path.startsWith(dir + '/')).map((f) => f.path);
}

/** Layers the Dockerfile built (the base layer dropped). */
export function built(r: BuildResult): LayerReport[] {
  return (r.image?.layers ?? []).filter((l) => l.stage !== null);
}

/** A layer as `tar -tv --numeric-owner` lists it: "entry type mode uid/gid size [-> link]". */
export function tarRows(l: LayerReport): string[] {
  return l.changes.map((c) => {
    const t = c.kind === 'whiteout' || c.kind === 'opaque' ? '-' : c.type === 'dir' ? 'd' : c.type === 'symlink' ? 'l' : '-';
    const name = c.kind === 'opaque' || c.kind === 'whiteout' ? c.entry : c.path.slice(1) + (c.type === 'dir' ? '/' : '');
    return `${t}${(c.mode & 0o7777).toString(8).padStart(4, '0')} ${c.uid}/${c.gid} ${c.size} ${name}${c.link !== undefined ? ' -> ' + c.link : ''}`;
  });
}

/** The entries of a layer by their tar names (whiteouts and opaque markers as `.wh.` entries). */
export function entries(l: LayerReport): string[] {
  return l.changes.map((c) => (c.kind === 'whiteout' || c.kind === 'opaque' ? c.entry : c.path.slice(1) + (c.type === 'dir' ? '/' : '')));
}

/** created_by of every history entry. */
export function history(r: BuildResult): string[] {
  return (r.image?.history ?? []).map((h) => h.created_by);
}

/** created_by of the history entries the Dockerfile added (base rows dropped). */
export function newHistory(r: BuildResult, base = 1): string[] {
  return history(r).slice(base);
}

// ---- Shell harness: a script run against the busybox filesystem, as one RUN step would. ----

export const ROOT: User = { uid: 0, gid: 0, name: 'root', home: '/root' };
export const APP: User = { uid: 1000, gid: 1000, name: 'app', home: '/home/app' };

/** A fresh filesystem of the busybox fixture (or another base). */
export function baseFs(image: BaseImage = busybox()): FileSystem {
  return resolveBase(image.name, { [image.name]: image }).fs;
}

export interface ShOptions {
  fs?: FileSystem;
  cwd?: string;
  user?: User;
  env?: Record<string, string>;
  mounts?: Mount[];
  dash?: boolean;
}

export interface ShResult {
  status: number;
  stderr: string;
  fs: FileSystem;
  /** The layer this "RUN" would commit. */
  changes: LayerChange[];
  opaque: string[];
  /** Text content of a file (following symlinks), undefined when missing or unknown. */
  read(path: string): string | undefined;
}

/** Runs a script as one RUN step on a filesystem (busybox by default) and commits the layer. */
export function sh(script: string, opts: ShOptions = {}): ShResult {
  const fs = opts.fs ?? baseFs(busybox({ dash: opts.dash ?? false }));
  const opaque: string[] = [];
  const origin: Origin = { stage: 'stage-0', instruction: `RUN ${script}`, line: 2 };
  fs.beginStep();
  const view = opts.mounts ? new MountedFs(fs, opts.mounts) : fs;
  const interp = new Interpreter({
    fs: view,
    env: new Map(Object.entries({ PATH, ...(opts.env ?? {}) })),
    cwd: opts.cwd ?? '/',
    user: opts.user ?? ROOT,
    origin,
    layer: 1,
    opaque: (w: string) => opaque.push(w),
    assume: () => {},
    lookupUser: (n: string) => lookupUser(fs, n),
    lookupGroup: (n: string) => lookupGroup(fs, n),
  });
  const r = interp.run(script);
  const changes = fs.endStep();
  return {
    status: r.status,
    stderr: r.stderr,
    fs,
    changes,
    opaque,
    read: (p: string) => fs.get(fs.realpath(p))?.content,
  };
}
