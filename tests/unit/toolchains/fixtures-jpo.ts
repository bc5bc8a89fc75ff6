// Small base images for the java/python/os-packages/users/download models, until the catalog
// lands: alpine-like (busybox applets, apk, musl), debian-like (bookworm-slim: usrmerge, dash as
// /bin/sh, shadow-utils, apt with Docker's apt.conf.d, glibc), a Maven + Temurin image and a
// python:3.12-slim-like image. /etc files carry the real distributions' contents.
import { build } from '../../../src/engine/index';
import { BuildContext } from '../../../src/engine/context/context';
import { execute } from '../../../src/engine/build/execute';
import { planBuild } from '../../../src/engine/build/plan';
import { parseDockerfile } from '../../../src/engine/parse/parse';
import type { FileSystem } from '../../../src/engine/fs/tree';
import type { BaseImage, BuildInput, BuildResult, ContextEntry, FileReport, ImageConfig, LayerChange } from '../../../src/engine/types';

export const ALPINE = 'test/alpine:3.20';
export const DEBIAN = 'test/debian:bookworm-slim';
export const MAVEN = 'test/maven:3.9-temurin-21';
export const PYTHON = 'test/python:3.12-slim';
export const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

type Spec = [path: string, what: 'dir' | number | string | { link: string }, mode?: number, owner?: [number, number]];

function changes(specs: Spec[]): LayerChange[] {
  return specs.map(([path, what, mode, owner]) => {
    const base = { path, kind: 'add' as const, uid: owner?.[0] ?? 0, gid: owner?.[1] ?? 0, entry: path.slice(1) };
    if (what === 'dir') return { ...base, type: 'dir', size: 0, mode: mode ?? 0o755, entry: path.slice(1) + '/' };
    if (typeof what === 'object') return { ...base, type: 'symlink', size: 0, mode: 0o777, link: what.link };
    if (typeof what === 'number') return { ...base, type: 'file', size: what, mode: mode ?? 0o644 };
    return { ...base, type: 'file', size: Buffer.byteLength(what), mode: mode ?? 0o644, content: what };
  });
}

function config(env: string[], cmd: string[]): ImageConfig {
  return { Env: env, User: '', WorkingDir: '', Cmd: cmd, Entrypoint: null, ExposedPorts: {}, Labels: {}, Volumes: {}, Shell: null, StopSignal: '', Healthcheck: null, OnBuild: null };
}

function image(name: string, layers: Spec[][], env: string[], cmd: string[], libc: 'glibc' | 'musl', pm: 'apk' | 'apt'): BaseImage {
  const ls = layers.map((l, i) => {
    const c = changes(l);
    return { created_by: `fixture layer ${i}`, size: c.reduce((a, x) => a + (x.type === 'file' ? x.size : 0), 0), changes: c };
  });
  return {
    name,
    config: config(env, cmd),
    history: ls.map((l) => ({ created_by: l.created_by, empty_layer: false, size: l.size })),
    layers: ls,
    source: 'unit-test fixture (fixtures-jpo.ts)',
    facts: { libc, shell: '/bin/sh', packageManager: pm, caCertificates: pm === 'apk', tzdata: pm === 'apt', size: ls.reduce((a, l) => a + l.size, 0), sources: ['fixture'], date: '2026-11-29' },
  };
}

// ---- alpine:3.20 ----------------------------------------------------------------------------------

export const ALPINE_PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

export const ALPINE_GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

const ALPINE_APPLETS_BIN = ['sh', 'ash', 'cat', 'chmod', 'chown', 'cp', 'echo', 'grep', 'ln', 'ls', 'mkdir', 'mv', 'rm', 'rmdir', 'sed', 'tar', 'touch', 'true', 'false'];
const ALPINE_APPLETS_USR_BIN = ['env', 'find', 'head', 'id', 'tail', 'test', '[', 'wc', 'wget', 'whoami', 'readlink', 'sort', 'tee', 'tr', 'xargs'];
const ALPINE_APPLETS_USR_SBIN = ['adduser', 'addgroup', 'deluser', 'delgroup'];

export function alpine(): BaseImage {
  const apkdb = ['alpine-baselayout', 'alpine-baselayout-data', 'alpine-keys', 'apk-tools', 'busybox', 'busybox-binsh', 'ca-certificates-bundle', 'libcrypto3', 'libssl3', 'musl', 'musl-utils', 'scanelf', 'ssl_client', 'zlib']
    .map((p) => `C:Q1base=\nP:${p}\nV:1\nA:x86_64\n`)
    .join('\n');
  return image(
    ALPINE,
    [
      [
        ...['/bin', '/dev', '/etc', '/etc/apk', '/etc/ssl', '/etc/ssl/certs', '/home', '/lib', '/lib/apk', '/lib/apk/db', '/media', '/mnt', '/opt', '/proc', '/run', '/sbin', '/srv', '/sys', '/usr', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/local', '/usr/local/bin', '/usr/share', '/var', '/var/cache', '/var/cache/apk', '/var/log'].map((p): Spec => [p, 'dir']),
        ['/root', 'dir', 0o700],
        ['/tmp', 'dir', 0o1777],
        ['/bin/busybox', 808_712, 0o755],
        ...ALPINE_APPLETS_BIN.map((a): Spec => [`/bin/${a}`, { link: '/bin/busybox' }]),
        ...ALPINE_APPLETS_USR_BIN.map((a): Spec => [`/usr/bin/${a}`, { link: '/bin/busybox' }]),
        ...ALPINE_APPLETS_USR_SBIN.map((a): Spec => [`/usr/sbin/${a}`, { link: '/bin/busybox' }]),
        ['/sbin/apk', 305_160, 0o755],
        ['/lib/ld-musl-x86_64.so.1', 653_952, 0o755],
        ['/lib/libc.musl-x86_64.so.1', { link: 'ld-musl-x86_64.so.1' }],
        ['/lib/libz.so.1', 100_000, 0o755],
        ['/etc/ssl/certs/ca-certificates.crt', 219_000],
        ['/etc/alpine-release', '3.20.3\n'],
        ['/etc/os-release', 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\n'],
        ['/etc/apk/repositories', 'https://dl-cdn.alpinelinux.org/alpine/v3.20/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/community\n'],
        ['/etc/apk/world', 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nca-certificates-bundle\nlibc-utils\n'],
        ['/lib/apk/db/installed', apkdb],
        ['/etc/passwd', ALPINE_PASSWD],
        ['/etc/group', ALPINE_GROUP],
        ['/etc/shadow', 'root:*::0:::::\nbin:!::0:::::\nnobody:!::0:::::\n', 0o640, [0, 42]],
        ['/etc/hosts', ''],
        ['/etc/resolv.conf', ''],
      ],
    ],
    [`PATH=${PATH}`],
    ['/bin/sh'],
    'musl',
    'apk',
  );
}

// ---- debian:bookworm-slim -----------------------------------------------------------------------

export const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

export const DEBIAN_GROUP = ['root:0', 'daemon:1', 'bin:2', 'sys:3', 'adm:4', 'tty:5', 'disk:6', 'lp:7', 'mail:8', 'news:9', 'uucp:10', 'man:12', 'proxy:13', 'kmem:15', 'dialout:20', 'fax:21', 'voice:22', 'cdrom:24', 'floppy:25', 'tape:26', 'sudo:27', 'audio:29', 'dip:30', 'www-data:33', 'backup:34', 'operator:37', 'list:38', 'irc:39', 'src:40', 'shadow:42', 'utmp:43', 'video:44', 'sasl:45', 'plugdev:46', 'staff:50', 'games:60', 'users:100', 'nogroup:65534']
  .map((g) => `${g.split(':')[0]}:x:${g.split(':')[1]}:`)
  .join('\n') + '\n';

const DEBIAN_BASE_PACKAGES = 'adduser apt base-files base-passwd bash bsdutils coreutils dash debconf debian-archive-keyring debianutils diffutils dpkg e2fsprogs findutils gcc-12-base gpgv grep gzip hostname init-system-helpers libacl1 libapt-pkg6.0 libattr1 libaudit-common libaudit1 libblkid1 libbz2-1.0 libc-bin libc6 libcap-ng0 libcap2 libcom-err2 libcrypt1 libdb5.3 libdebconfclient0 libext2fs2 libffi8 libgcc-s1 libgcrypt20 libgmp10 libgnutls30 libgpg-error0 libhogweed6 libidn2-0 liblz4-1 liblzma5 libmd0 libmount1 libnettle8 libp11-kit0 libpam-modules libpam-modules-bin libpam-runtime libpam0g libpcre2-8-0 libseccomp2 libselinux1 libsemanage-common libsemanage2 libsepol2 libsmartcols1 libss2 libstdc++6 libsystemd0 libtasn1-6 libtinfo6 libudev1 libunistring2 libuuid1 libxxhash0 libzstd1 login logsave mawk mount ncurses-base ncurses-bin passwd perl-base sed sysvinit-utils tar tzdata usr-is-merged util-linux util-linux-extra zlib1g'.split(' ');

const DEBIAN_BINS = ['bash', 'cat', 'chmod', 'chown', 'cp', 'echo', 'env', 'find', 'grep', 'gzip', 'head', 'id', 'ln', 'ls', 'mkdir', 'mv', 'readlink', 'rm', 'rmdir', 'sed', 'sort', 'tail', 'tar', 'tee', 'test', '[', 'touch', 'tr', 'true', 'false', 'wc', 'whoami', 'xargs', 'dpkg', 'dpkg-query', 'apt-get', 'apt', 'perl'];

export function debianLayer(): Spec[] {
  return [
    ['/bin', { link: 'usr/bin' }],
    ['/sbin', { link: 'usr/sbin' }],
    ['/lib', { link: 'usr/lib' }],
    ['/lib64', { link: 'usr/lib64' }],
    ...['/boot', '/dev', '/etc', '/etc/apt', '/etc/apt/apt.conf.d', '/etc/default', '/etc/skel', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/lib64', '/usr/lib/x86_64-linux-gnu', '/usr/local', '/usr/local/bin', '/usr/local/lib', '/usr/local/sbin', '/usr/share', '/usr/share/doc', '/var', '/var/cache', '/var/cache/apt', '/var/cache/apt/archives', '/var/cache/debconf', '/var/lib', '/var/lib/apt', '/var/lib/apt/lists', '/var/lib/dpkg', '/var/log', '/var/log/apt'].map((p): Spec => [p, 'dir']),
    ['/var/cache/apt/archives/partial', 'dir', 0o700, [42, 0]],
    ['/var/lib/apt/lists/partial', 'dir', 0o700, [42, 0]],
    ['/root', 'dir', 0o700],
    ['/tmp', 'dir', 0o1777],
    ['/usr/bin/dash', 125_560, 0o755],
    ['/usr/bin/sh', { link: 'dash' }],
    ...DEBIAN_BINS.map((b): Spec => [`/usr/bin/${b}`, b === 'bash' ? 1_265_648 : 60_000, 0o755]),
    ...['useradd', 'groupadd', 'userdel', 'groupdel', 'usermod'].map((b): Spec => [`/usr/sbin/${b}`, 150_000, 0o755]),
    ['/usr/sbin/adduser', '#!/usr/bin/perl\n', 0o755],
    ['/usr/sbin/addgroup', { link: 'adduser' }],
    ['/usr/sbin/delgroup', { link: 'deluser' }],
    ['/usr/sbin/deluser', '#!/usr/bin/perl\n', 0o755],
    ['/usr/lib/x86_64-linux-gnu/libc.so.6', 1_922_136, 0o755],
    ['/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', 210_968, 0o755],
    ['/usr/lib64/ld-linux-x86-64.so.2', { link: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2' }],
    ['/usr/share/zoneinfo', 'dir'],
    ['/usr/share/zoneinfo/[tzdata]', 1_500_000],
    ['/etc/os-release', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\nID=debian\n'],
    ['/etc/debian_version', '12.11\n'],
    ['/etc/apt/apt.conf.d/docker-clean', 'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nAPT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nDir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n'],
    ['/etc/apt/apt.conf.d/docker-gzip-indexes', 'Acquire::GzipIndexes "true";\n'],
    ['/etc/apt/apt.conf.d/docker-no-languages', 'Acquire::Languages "none";\n'],
    ['/etc/apt/apt.conf.d/docker-autoremove-suggests', 'Apt::AutoRemove::SuggestsImportant "false";\n'],
    ['/var/lib/dpkg/status', DEBIAN_BASE_PACKAGES.map((p) => `Package: ${p}\nStatus: install ok installed\nVersion: 1\n`).join('\n')],
    ['/var/cache/debconf/templates.dat', 500_000],
    ['/etc/passwd', DEBIAN_PASSWD],
    ['/etc/group', DEBIAN_GROUP],
    ['/etc/shadow', 'root:*:20000:0:99999:7:::\n_apt:*:20000:0:99999:7:::\nnobody:*:20000:0:99999:7:::\n', 0o640, [0, 42]],
    ['/etc/gshadow', 'root:*::\nnogroup:*::\n', 0o640, [0, 42]],
    ['/etc/login.defs', 'MAIL_DIR        /var/mail\nUMASK\t\t022\nPASS_MAX_DAYS\t99999\nPASS_MIN_DAYS\t0\nPASS_WARN_AGE\t7\nUID_MIN\t\t\t 1000\nUID_MAX\t\t\t60000\nGID_MIN\t\t\t 1000\nGID_MAX\t\t\t60000\nUSERGROUPS_ENAB yes\n'],
    ['/etc/default/useradd', 'SHELL=/bin/sh\n'],
    ['/etc/skel/.bashrc', 3_526],
    ['/etc/skel/.profile', 807],
    ['/etc/skel/.bash_logout', 220],
    ['/etc/hosts', ''],
    ['/etc/resolv.conf', ''],
  ];
}

export function debian(): BaseImage {
  return image(DEBIAN, [debianLayer()], [`PATH=${PATH}`], ['bash'], 'glibc', 'apt');
}

// ---- maven:3.9-eclipse-temurin-21 ---------------------------------------------------------------

export function maven(): BaseImage {
  const jdk = '/opt/java/openjdk';
  return image(
    MAVEN,
    [
      debianLayer(),
      [
        ['/opt/java', 'dir'],
        ...['bin', 'lib', 'lib/server', 'jmods'].map((d): Spec => [`${jdk}/${d}`, 'dir']),
        ...['java', 'javac', 'jar', 'jlink', 'jdeps', 'keytool'].map((b): Spec => [`${jdk}/bin/${b}`, 12_888, 0o755]),
        [`${jdk}/lib/modules`, 140_000_000],
        [`${jdk}/lib/server/libjvm.so`, 22_900_000, 0o755],
        [`${jdk}/jmods/[jmod files]`, 80_000_000],
        [`${jdk}/release`, 'JAVA_VERSION="21.0.8"\n'],
        ['/usr/share/maven', 'dir'],
        ['/usr/share/maven/bin', 'dir'],
        ['/usr/share/maven/bin/mvn', 6_000, 0o755],
        ['/usr/share/maven/lib', 'dir'],
        ['/usr/share/maven/lib/[Maven libraries]', 10_000_000],
        ['/usr/bin/mvn', { link: '/usr/share/maven/bin/mvn' }],
      ],
    ],
    [`PATH=${jdk}/bin:${PATH}`, `JAVA_HOME=${jdk}`, 'JAVA_VERSION=jdk-21.0.8+9', 'MAVEN_HOME=/usr/share/maven', 'MAVEN_CONFIG=/root/.m2'],
    ['mvn'],
    'glibc',
    'apt',
  );
}

// ---- python:3.12-slim -----------------------------------------------------------------------------

export function python(): BaseImage {
  const pipScript = (n: string) => `#!/usr/local/bin/python3.12\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom pip._internal.cli.main import main\nif __name__ == "__main__":\n    sys.exit(main())\n# ${n}\n`;
  return image(
    PYTHON,
    [
      debianLayer(),
      [
        ['/usr/local/bin/python3.12', 14_352, 0o755],
        ['/usr/local/bin/python3', { link: 'python3.12' }],
        ['/usr/local/bin/python', { link: 'python3' }],
        ['/usr/local/bin/pip', pipScript('pip'), 0o755],
        ['/usr/local/bin/pip3', pipScript('pip3'), 0o755],
        ['/usr/local/bin/pip3.12', pipScript('pip3.12'), 0o755],
        ['/usr/local/lib/libpython3.12.so.1.0', 27_000_000, 0o755],
        ['/usr/local/lib/python3.12', 'dir'],
        ['/usr/local/lib/python3.12/[standard library]', 40_000_000],
        ['/usr/local/lib/python3.12/site-packages', 'dir'],
        ['/usr/local/lib/python3.12/site-packages/pip', 'dir'],
        ['/usr/local/lib/python3.12/site-packages/pip/[files of pip]', 12_000_000],
        ['/usr/local/lib/python3.12/site-packages/pip-24.0.dist-info', 'dir'],
        ['/usr/local/lib/python3.12/site-packages/pip-24.0.dist-info/METADATA', 'Metadata-Version: 2.1\nName: pip\nVersion: 24.0\n'],
        ['/usr/local/include', 'dir'],
        ['/usr/local/include/python3.12', 'dir'],
        ['/usr/local/include/python3.12/Python.h', 3_200],
      ],
    ],
    [`PATH=${PATH}`, 'LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'PYTHON_VERSION=3.12.7', 'PYTHON_SHA256=0000'],
    ['python3'],
    'glibc',
    'apt',
  );
}

// ---- building -------------------------------------------------------------------------------------

export const IMAGES: Record<string, BaseImage> = { [ALPINE]: alpine(), [DEBIAN]: debian(), [MAVEN]: maven(), [PYTHON]: python() };

export function ctx(files: Record<string, string> = {}, modes: Record<string, number> = {}): ContextEntry[] {
  return Object.entries(files).map(([path, content]) => ({ path, type: 'file' as const, content, ...(modes[path] !== undefined ? { mode: modes[path] } : {}) }));
}

export interface JpoOptions extends Partial<Omit<BuildInput, 'dockerfile' | 'context'>> {
  files?: Record<string, string>;
  modes?: Record<string, number>;
}

export function run(dockerfile: string, opts: JpoOptions = {}): BuildResult {
  const { files, modes, ...rest } = opts;
  const r = build({ dockerfile, context: ctx(files, modes), images: IMAGES, ...rest });
  sources.set(r, [dockerfile, opts]);
  return r;
}

export function ok(dockerfile: string, opts: JpoOptions = {}): BuildResult & { image: NonNullable<BuildResult['image']> } {
  const r = run(dockerfile, opts);
  if (!r.ok || !r.image) throw new Error(`build failed: ${JSON.stringify(r.error)}\nnotes: ${r.notes.join('\n')}`);
  return r as BuildResult & { image: NonNullable<BuildResult['image']> };
}

export function file(r: BuildResult, path: string): FileReport | undefined {
  return r.image?.files.find((f) => f.path === path);
}

export function under(r: BuildResult, dir: string): FileReport[] {
  return (r.image?.files ?? []).filter((f) => f.path.startsWith(dir + '/'));
}

export function bytesUnder(r: BuildResult, dir: string): number {
  return under(r, dir).reduce((a, f) => a + (f.type === 'file' ? f.size : 0), 0);
}

/** The layer a Dockerfile line made, by line number. */
export function layerAt(r: BuildResult, line: number) {
  return r.image!.layers.find((l) => l.line === line)!;
}

/** The target stage's filesystem after a build (BuildResult does not carry file contents). */
export function finalFs(dockerfile: string, opts: JpoOptions = {}): FileSystem {
  const parsed = parseDockerfile(dockerfile);
  const plan = planBuild(parsed.instructions, new Map([['TARGETPLATFORM', 'linux/amd64']]), opts.target);
  const exec = execute({ plan, context: new BuildContext(ctx(opts.files, opts.modes)), buildArgs: new Map(), metaArgs: new Map(), secrets: new Map(), images: IMAGES, escape: parsed.escape });
  if (exec.failure) throw new Error(exec.failure.message);
  return exec.states[plan.target]!.fs;
}

const fsCache = new WeakMap<BuildResult, FileSystem>();
const sources = new WeakMap<BuildResult, [string, JpoOptions]>();

/** Text of a file in the final image of a build made with ok()/run(). */
export function text(r: BuildResult, path: string): string | undefined {
  let fs = fsCache.get(r);
  if (!fs) {
    const [df, opts] = sources.get(r)!;
    fsCache.set(r, (fs = finalFs(df, opts)));
  }
  return fs.get(fs.realpath(path))?.content;
}

/** Opaque notes of all steps. */
export const opaque = (r: BuildResult): string => r.steps.map((s) => s.opaque ?? '').join('\n');
export const notes = (r: BuildResult): string => r.notes.join('\n');
export const MB = 1024 * 1024;
