// OS package managers: apk (Alpine), apt-get/apt and dpkg basics (Debian), update-ca-certificates.
// Installing writes each package's files with their sizes (the largest files at their real paths,
// the rest of the package as one entry in the directory that holds most of it), the package
// databases (/lib/apk/db/installed, /var/lib/dpkg/status) and the caches Docker users care about
// (/var/cache/apk indexes, /var/lib/apt/lists, /var/cache/apt/archives).
//
// Sources of the tables:
// - Debian: bookworm's Packages index (apt-cache show: Version, Depends, Recommends), the closure
//   `apt-get -s install` resolves against the Priority: required set plus apt (debootstrap
//   minbase, i.e. debian:bookworm-slim), and for each package the file list and byte sizes of the
//   same package installed on a bookworm machine (dpkg -L + stat). Read on 2026-11-29.
// - `apt-get update` lists: the files and byte sizes apt wrote on a bookworm machine configured as
//   Docker's debian images are (docker-gzip-indexes: lists kept lz4-compressed), on 2026-11-29.
// - Alpine: approximate installed sizes (APKINDEX `I:`) of Alpine 3.20 x86_64 packages, recalled
//   from pkgs.alpinelinux.org, not fetched: every apk install states that assumption.
import { basename, dirname, join, resolve } from '../../fs/path';
import type { Node } from '../../fs/tree';
import { registerCommand, ok, fail, type CommandContext, type CommandResult, type Data } from '../model';
import { dirNode, fileNode, readData } from '../files';

// ---- shared file helpers (also used by users.ts, python.ts, java.ts, download.ts) -------------

export interface Owner {
  uid: number;
  gid: number;
}

/** Creates `dir` and its missing parents (following symlinks such as /bin -> usr/bin); returns its real path, or null when a component is a file. */
export function mkdirs(ctx: CommandContext, dir: string, owner?: Owner, mode = 0o755): string | null {
  let cur = '/';
  for (const part of resolve('/', dir).split('/').filter(Boolean)) {
    const next = ctx.fs.realpath(join(cur, part));
    const n = ctx.fs.get(next);
    if (!n) ctx.fs.set(next, { ...dirNode(ctx, mode), ...(owner ?? {}) });
    else if (n.type !== 'dir') return null;
    cur = next;
  }
  return cur;
}

export interface PutOptions {
  mode?: number;
  owner?: Owner;
  /** Identity of the bytes (equal ids: equal bytes), e.g. "deb:curl=7.88.1:/usr/bin/curl". */
  id?: string;
  /** Small text the file starts with (a descriptor other models read), its size kept. */
  head?: string;
}

/** Writes a file of `content` (text) or of a known byte count; parents are created. Returns the real path. */
export function putFile(ctx: CommandContext, path: string, content: string | number, opts: PutOptions = {}): string | null {
  const dir = mkdirs(ctx, dirname(resolve(ctx.cwd, path)), opts.owner);
  if (dir === null) return null;
  const real = join(dir, basename(path));
  const existing = ctx.fs.get(real);
  if (existing?.type === 'dir') ctx.fs.remove(real);
  const mode = opts.mode ?? 0o644;
  let node: Node;
  if (typeof content === 'string') {
    node = { ...fileNode(ctx, { text: content }, mode), ...(opts.owner ?? {}) };
  } else {
    node = {
      type: 'file',
      size: content,
      mode,
      uid: opts.owner?.uid ?? ctx.user.uid,
      gid: opts.owner?.gid ?? ctx.user.gid,
      data: `model:${opts.id ?? real}:${content}`,
      origin: ctx.origin,
      layer: ctx.layer,
      ...(opts.head !== undefined ? { content: opts.head } : {}),
    };
  }
  ctx.fs.set(real, node);
  return real;
}

export function putLink(ctx: CommandContext, path: string, target: string, owner?: Owner): void {
  const dir = mkdirs(ctx, dirname(resolve(ctx.cwd, path)), owner);
  if (dir === null) return;
  const real = join(dir, basename(path));
  if (ctx.fs.get(real)?.type === 'dir') return;
  ctx.fs.set(real, { type: 'symlink', size: 0, mode: 0o777, uid: owner?.uid ?? ctx.user.uid, gid: owner?.gid ?? ctx.user.gid, link: target, data: 'link:' + target, origin: ctx.origin, layer: ctx.layer });
}

/** Known text of a file (following symlinks); null when missing, a directory, or of unknown bytes. */
export function readText(ctx: CommandContext, path: string): string | null {
  const d = readData(ctx.fs, resolve(ctx.cwd, path));
  return d && 'text' in d ? d.text : null;
}

/** Replaces a file's text, keeping its mode and owner (as editing tools rewrite /etc/passwd). */
export function rewriteText(ctx: CommandContext, path: string, text: string, mode = 0o644): void {
  const real = ctx.fs.realpath(path);
  const existing = ctx.fs.get(real);
  if (existing && existing.type === 'file') ctx.fs.set(real, { ...fileNode(ctx, { text }, mode, existing) });
  else putFile(ctx, path, text, { mode, owner: { uid: 0, gid: 0 } });
}

/** Whether a regular file (after symlinks) exists. */
export function isFile(ctx: CommandContext, path: string): boolean {
  return ctx.fs.get(ctx.fs.realpath(resolve(ctx.cwd, path)))?.type === 'file';
}

/** Whether a command is on PATH (as the interpreter looks it up). */
export function onPath(ctx: CommandContext, name: string): string | null {
  if (name.includes('/')) return isFile(ctx, name) ? resolve(ctx.cwd, name) : null;
  for (const d of (ctx.env.get('PATH') ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').split(':')) {
    if (d && isFile(ctx, join(resolve('/', d), name))) return join(resolve('/', d), name);
  }
  return null;
}

/** The C library of the filesystem: glibc's or musl's dynamic loader. */
export function libcOf(ctx: CommandContext): 'glibc' | 'musl' | 'unknown' {
  if (isFile(ctx, '/lib/ld-musl-x86_64.so.1') || isFile(ctx, '/lib/ld-musl-aarch64.so.1')) return 'musl';
  if (isFile(ctx, '/lib64/ld-linux-x86-64.so.2') || isFile(ctx, '/lib/x86_64-linux-gnu/libc.so.6') || isFile(ctx, '/usr/lib/x86_64-linux-gnu/libc.so.6') || isFile(ctx, '/lib/ld-linux-aarch64.so.1')) return 'glibc';
  return 'unknown';
}

/** Sum of the sizes of the regular files under a directory (following nothing). */
export function treeSize(ctx: CommandContext, dir: string): number {
  let total = 0;
  for (const p of ctx.fs.walk(dir)) {
    const n = ctx.fs.get(p);
    if (n?.type === 'file') total += n.size;
  }
  return total;
}

export const MB = 1024 * 1024;
export const human = (bytes: number): string => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`);

const ROOT: Owner = { uid: 0, gid: 0 };
const text = (s: string): Data => ({ text: s });

// ---- Alpine (apk) -------------------------------------------------------------------------------

/** version, dependencies, files ([path, bytes] or [path, link target]), remaining bytes, directory holding them. */
type ApkRow = [string, string, [string, number | string][], number, string];

// Approximate Alpine 3.20 x86_64 installed sizes (APKINDEX I:), recalled from pkgs.alpinelinux.org.
const APK: Record<string, ApkRow> = {
  'ca-certificates': ['20240705-r0', '', [['/usr/sbin/update-ca-certificates', 34_816], ['/etc/ca-certificates.conf', 6_400]], 228_000, '/usr/share/ca-certificates/mozilla'],
  tzdata: ['2024b-r0', '', [['/usr/share/zoneinfo/tzdata.zi', 109_000], ['/usr/share/zoneinfo/zone1970.tab', 17_600]], 1_480_000, '/usr/share/zoneinfo'],
  curl: ['8.9.1-r2', 'ca-certificates libcurl', [['/usr/bin/curl', 247_000]], 0, ''],
  libcurl: ['8.9.1-r2', 'brotli-libs c-ares libidn2 libpsl nghttp2-libs zstd-libs', [['/usr/lib/libcurl.so.4.8.0', 690_000], ['/usr/lib/libcurl.so.4', 'libcurl.so.4.8.0']], 0, ''],
  'brotli-libs': ['1.1.0-r2', '', [['/usr/lib/libbrotlienc.so.1.1.0', 590_000], ['/usr/lib/libbrotlidec.so.1.1.0', 50_000], ['/usr/lib/libbrotlicommon.so.1.1.0', 140_000]], 0, ''],
  'c-ares': ['1.28.1-r0', '', [['/usr/lib/libcares.so.2.14.1', 210_000]], 0, ''],
  libidn2: ['2.3.7-r0', 'libunistring', [['/usr/lib/libidn2.so.0.4.0', 240_000]], 0, ''],
  libunistring: ['1.2-r0', '', [['/usr/lib/libunistring.so.5.1.0', 1_820_000]], 0, ''],
  libpsl: ['0.21.5-r1', '', [['/usr/lib/libpsl.so.5.3.5', 110_000]], 0, ''],
  'nghttp2-libs': ['1.62.1-r0', '', [['/usr/lib/libnghttp2.so.14.28.1', 170_000]], 0, ''],
  'zstd-libs': ['1.5.6-r0', '', [['/usr/lib/libzstd.so.1.5.6', 820_000]], 0, ''],
  wget: ['1.24.5-r0', 'libidn2 libunistring pcre2', [['/usr/bin/wget', 480_000]], 0, ''],
  pcre2: ['10.43-r0', '', [['/usr/lib/libpcre2-8.so.0.13.0', 620_000]], 140_000, '/usr/lib'],
  git: ['2.45.2-r0', 'ca-certificates libcurl libexpat pcre2 zlib', [['/usr/bin/git', 3_500_000], ['/usr/libexec/git-core/git-remote-http', 1_900_000]], 8_900_000, '/usr/libexec/git-core'],
  libexpat: ['2.6.3-r0', '', [['/usr/lib/libexpat.so.1.9.3', 190_000]], 0, ''],
  bash: ['5.2.26-r0', 'readline', [['/bin/bash', 1_180_000]], 120_000, '/usr/share/locale'],
  readline: ['8.2.10-r0', 'libncursesw', [['/usr/lib/libreadline.so.8.2', 290_000]], 0, ''],
  libncursesw: ['6.4_p20240420-r1', 'ncurses-terminfo-base', [['/usr/lib/libncursesw.so.6.4', 400_000]], 0, ''],
  'ncurses-terminfo-base': ['6.4_p20240420-r1', '', [], 36_000, '/etc/terminfo'],
  openssl: ['3.3.2-r0', '', [['/usr/bin/openssl', 760_000]], 0, ''],
  'openssl-dev': ['3.3.2-r0', 'pkgconf', [], 2_400_000, '/usr/include/openssl'],
  'build-base': ['0.5-r3', 'binutils file fortify-headers g++ gcc libc-dev make patch', [], 0, ''],
  binutils: ['2.42-r0', 'jansson libctf zstd-libs', [['/usr/bin/ld.bfd', 1_400_000], ['/usr/bin/ld.gold', 2_700_000], ['/usr/lib/libbfd-2.42.so', 1_700_000]], 2_600_000, '/usr/bin'],
  jansson: ['2.14-r4', '', [['/usr/lib/libjansson.so.4.14.0', 60_000]], 0, ''],
  libctf: ['2.42-r0', '', [['/usr/lib/libctf.so.0.0.0', 180_000]], 0, ''],
  file: ['5.45-r1', 'libmagic', [['/usr/bin/file', 30_000]], 0, ''],
  libmagic: ['5.45-r1', '', [['/usr/share/misc/magic.mgc', 7_800_000], ['/usr/lib/libmagic.so.1.0.0', 160_000]], 0, ''],
  'fortify-headers': ['1.1-r3', '', [], 100_000, '/usr/include/fortify'],
  gcc: ['13.2.1_git20240309-r0', 'binutils gmp isl26 libatomic libgcc libgomp libstdc++ mpc1 mpfr4 zstd-libs', [['/usr/libexec/gcc/x86_64-alpine-linux-musl/13.2.1/cc1', 37_000_000], ['/usr/libexec/gcc/x86_64-alpine-linux-musl/13.2.1/lto1', 35_000_000], ['/usr/bin/gcc', 1_200_000], ['/usr/bin/cc', 'gcc']], 36_000_000, '/usr/lib/gcc/x86_64-alpine-linux-musl/13.2.1'],
  'g++': ['13.2.1_git20240309-r0', 'gcc libstdc++-dev musl-dev', [['/usr/libexec/gcc/x86_64-alpine-linux-musl/13.2.1/cc1plus', 40_000_000], ['/usr/bin/g++', 1_200_000], ['/usr/bin/c++', 'g++']], 300_000, '/usr/bin'],
  'libstdc++-dev': ['13.2.1_git20240309-r0', '', [['/usr/lib/libstdc++.a', 7_300_000]], 10_500_000, '/usr/include/c++/13.2.1'],
  'libstdc++': ['13.2.1_git20240309-r0', 'libgcc', [['/usr/lib/libstdc++.so.6.0.32', 2_400_000]], 0, ''],
  libgcc: ['13.2.1_git20240309-r0', '', [['/usr/lib/libgcc_s.so.1', 150_000]], 0, ''],
  libatomic: ['13.2.1_git20240309-r0', '', [['/usr/lib/libatomic.so.1.2.0', 30_000]], 0, ''],
  libgomp: ['13.2.1_git20240309-r0', '', [['/usr/lib/libgomp.so.1.0.0', 320_000]], 0, ''],
  gmp: ['6.3.0-r1', '', [['/usr/lib/libgmp.so.10.5.0', 460_000]], 0, ''],
  isl26: ['0.26-r1', '', [['/usr/lib/libisl.so.23.3.0', 2_600_000]], 0, ''],
  mpc1: ['1.3.1-r1', '', [['/usr/lib/libmpc.so.3.3.1', 120_000]], 0, ''],
  mpfr4: ['4.2.1-r0', '', [['/usr/lib/libmpfr.so.6.2.1', 2_900_000]], 0, ''],
  'libc-dev': ['0.7.2-r5', 'musl-dev', [], 0, ''],
  'musl-dev': ['1.2.5-r0', '', [['/usr/lib/libc.a', 2_700_000]], 2_200_000, '/usr/include'],
  make: ['4.4.1-r2', '', [['/usr/bin/make', 260_000]], 0, ''],
  patch: ['2.7.6-r10', '', [['/usr/bin/patch', 120_000]], 0, ''],
  'linux-headers': ['6.6-r0', '', [], 7_200_000, '/usr/include/linux'],
  pkgconf: ['2.2.0-r0', '', [['/usr/bin/pkgconf', 40_000], ['/usr/bin/pkg-config', 'pkgconf'], ['/usr/lib/libpkgconf.so.5.0.0', 70_000]], 0, ''],
  'libffi-dev': ['3.4.6-r0', 'libffi pkgconf', [], 60_000, '/usr/include'],
  libffi: ['3.4.6-r0', '', [['/usr/lib/libffi.so.8.1.4', 50_000]], 0, ''],
  'zlib-dev': ['1.3.1-r1', 'pkgconf', [['/usr/lib/libz.a', 120_000]], 100_000, '/usr/include'],
  'libc6-compat': ['1.2.5-r0', '', [['/lib64/ld-linux-x86-64.so.2', '/lib/libc.musl-x86_64.so.1'], ['/lib/ld-linux-x86-64.so.2', '/lib/libc.musl-x86_64.so.1'], ['/lib/libc.so.6', 'libc.musl-x86_64.so.1'], ['/lib/libm.so.6', 'libc.musl-x86_64.so.1'], ['/lib/libpthread.so.0', 'libc.musl-x86_64.so.1'], ['/lib/libdl.so.2', 'libc.musl-x86_64.so.1'], ['/lib/librt.so.1', 'libc.musl-x86_64.so.1']], 0, ''],
  gcompat: ['1.1.0-r4', 'libucontext musl-obstack', [['/lib/libgcompat.so.0', 60_000], ['/lib64/ld-linux-x86-64.so.2', '/lib/libgcompat.so.0'], ['/lib/ld-linux-x86-64.so.2', '/lib/libgcompat.so.0']], 0, ''],
  libucontext: ['1.2-r3', '', [['/lib/libucontext.so.1', 20_000]], 0, ''],
  'musl-obstack': ['1.2.3-r2', '', [['/lib/libobstack.so.1.0.0', 20_000]], 0, ''],
  jq: ['1.7.1-r0', 'oniguruma', [['/usr/bin/jq', 40_000], ['/usr/lib/libjq.so.1.0.4', 330_000]], 0, ''],
  oniguruma: ['6.9.9-r0', '', [['/usr/lib/libonig.so.5.4.0', 520_000]], 0, ''],
  tini: ['0.19.0-r3', '', [['/sbin/tini', 26_000]], 0, ''],
  'dumb-init': ['1.2.5-r3', '', [['/usr/bin/dumb-init', 40_000]], 0, ''],
  'su-exec': ['0.2-r3', '', [['/sbin/su-exec', 14_000]], 0, ''],
  shadow: ['4.15.1-r0', 'linux-pam', [['/usr/sbin/useradd', 160_000], ['/usr/sbin/usermod', 150_000], ['/usr/sbin/groupadd', 90_000], ['/usr/sbin/userdel', 110_000], ['/usr/sbin/groupdel', 80_000]], 1_500_000, '/usr/bin'],
  'linux-pam': ['1.6.0-r0', '', [['/lib/libpam.so.0.85.1', 60_000]], 800_000, '/lib/security'],
  unzip: ['6.0-r14', '', [['/usr/bin/unzip', 190_000]], 60_000, '/usr/bin'],
  zip: ['3.0-r12', '', [['/usr/bin/zip', 230_000]], 180_000, '/usr/bin'],
  xz: ['5.6.2-r0', 'xz-libs', [['/usr/bin/xz', 90_000]], 60_000, '/usr/bin'],
  'xz-libs': ['5.6.2-r0', '', [['/usr/lib/liblzma.so.5.6.2', 200_000]], 0, ''],
  tar: ['1.35-r2', '', [['/bin/tar', 500_000]], 0, ''],
  coreutils: ['9.5-r1', 'coreutils-env coreutils-fmt coreutils-sha512sum libattr acl-libs utmps-libs', [['/bin/coreutils', 1_100_000]], 0, ''],
  'coreutils-env': ['9.5-r1', '', [['/usr/bin/env', 'coreutils']], 0, ''],
  'coreutils-fmt': ['9.5-r1', '', [['/usr/bin/fmt', 'coreutils']], 0, ''],
  'coreutils-sha512sum': ['9.5-r1', '', [['/usr/bin/sha512sum', 'coreutils']], 0, ''],
  libattr: ['2.5.2-r0', '', [['/lib/libattr.so.1.1.2502', 20_000]], 0, ''],
  'acl-libs': ['2.3.2-r0', '', [['/lib/libacl.so.1.1.2302', 40_000]], 0, ''],
  'utmps-libs': ['0.1.2.2-r1', 'skalibs-libs', [['/usr/lib/libutmps.so.0.1.2.2', 20_000]], 0, ''],
  'skalibs-libs': ['2.14.1.1-r0', '', [['/usr/lib/libskarnet.so.2.14.1.1', 200_000]], 0, ''],
  'openssh-client-default': ['9.7_p1-r4', '', [['/usr/bin/ssh', 900_000], ['/usr/bin/scp', 140_000], ['/usr/bin/ssh-keygen', 480_000]], 600_000, '/usr/bin'],
  'openssh-client': ['9.7_p1-r4', 'openssh-client-default', [], 0, ''],
  libpq: ['16.4-r0', '', [['/usr/lib/libpq.so.5.16', 380_000]], 0, ''],
  'libpq-dev': ['16.4-r0', 'libpq openssl-dev pkgconf', [['/usr/bin/pg_config', 30_000], ['/usr/lib/libpq.a', 560_000]], 150_000, '/usr/include'],
  'postgresql-dev': ['16-r0', 'libpq-dev', [], 0, ''],
  python3: ['3.12.7-r0', 'libbz2 libffi gdbm mpdecimal libpanelw readline sqlite-libs xz-libs', [['/usr/bin/python3.12', 14_000], ['/usr/bin/python3', 'python3.12'], ['/usr/lib/libpython3.12.so.1.0', 5_400_000]], 38_000_000, '/usr/lib/python3.12'],
  'python3-dev': ['3.12.7-r0', 'python3 pkgconf', [], 5_000_000, '/usr/include/python3.12'],
  'py3-pip': ['24.0-r2', 'python3', [['/usr/bin/pip3', 200], ['/usr/bin/pip', 'pip3']], 11_000_000, '/usr/lib/python3.12/site-packages/pip'],
  libbz2: ['1.0.8-r6', '', [['/usr/lib/libbz2.so.1.0.8', 75_000]], 0, ''],
  gdbm: ['1.24-r0', '', [['/usr/lib/libgdbm.so.6.0.0', 90_000]], 0, ''],
  mpdecimal: ['4.0.0-r0', '', [['/usr/lib/libmpdec.so.4.0.0', 200_000]], 0, ''],
  libpanelw: ['6.4_p20240420-r1', 'libncursesw', [['/usr/lib/libpanelw.so.6.4', 15_000]], 0, ''],
  'sqlite-libs': ['3.46.1-r0', '', [['/usr/lib/libsqlite3.so.0.8.6', 1_500_000]], 0, ''],
  'openjdk17-jre-headless': ['17.0.13_p11-r0', 'java-common ca-certificates', [['/usr/lib/jvm/java-17-openjdk/lib/modules', 90_000_000], ['/usr/lib/jvm/java-17-openjdk/lib/server/libjvm.so', 21_000_000]], 12_000_000, '/usr/lib/jvm/java-17-openjdk/lib'],
  'java-common': ['0.5-r0', '', [['/usr/bin/java', '/usr/lib/jvm/default-jvm/bin/java']], 0, ''],
};

/** alpine:3.20's own packages (what /lib/apk/db/installed lists when its content is not known). */
const APK_BASE = 'alpine-baselayout alpine-baselayout-data alpine-keys apk-tools busybox busybox-binsh ca-certificates-bundle libcrypto3 libssl3 musl musl-utils scanelf ssl_client zlib'.split(' ');
/** The repositories' index sizes (APKINDEX.tar.gz, Alpine 3.20, approximate). */
const APKINDEX_SIZE: Record<string, number> = { main: 1_030_000, community: 1_420_000 };

// ---- Debian (apt, dpkg) ---------------------------------------------------------------------------

/**
 * version, Depends (resolved as apt resolves them on debian:bookworm-slim), Recommends, the two
 * largest files outside bin directories [path, bytes], the bin-directory entries [path, bytes or
 * link target], the bytes of the package's other files, how many they are, and the directory
 * that holds most of them.
 */
type DebRow = [string, string, string, [string, number][], [string, number | string][], number, number, string];

const DEB: Record<string, DebRow> = {
  'alsa-topology-conf': ['1.2.5.1-2', '', '', [['/usr/share/alsa/topology/hda-dsp/skl_hda_dsp_generic-tplg.conf',195027],['/usr/share/alsa/topology/bxtrt298/bxt_i2s.conf',74488]], [], 142394, 5, '/usr/lib/firmware'],
  'alsa-ucm-conf': ['1.2.8-1', 'libasound2', '', [['/usr/share/alsa/ucm2/common/pcm/split.conf',8565],['/usr/share/alsa/ucm2/HDA/HiFi-analog.conf',5990]], [], 286055, 311, '/usr/share/alsa/ucm2/codecs/rt5640'],
  'binutils': ['2.40-2', 'binutils-common libbinutils binutils-x86-64-linux-gnu', '', [['/usr/share/doc/binutils/changelog.Debian.gz',60777],['/usr/share/doc/binutils/copyright',1795]], [['/usr/bin/addr2line','x86_64-linux-gnu-addr2line'],['/usr/bin/ar','x86_64-linux-gnu-ar'],['/usr/bin/as','x86_64-linux-gnu-as'],['/usr/bin/c++filt','x86_64-linux-gnu-c++filt'],['/usr/bin/dwp','x86_64-linux-gnu-dwp'],['/usr/bin/elfedit','x86_64-linux-gnu-elfedit'],['/usr/bin/gold','x86_64-linux-gnu-gold'],['/usr/bin/gp-archive','x86_64-linux-gnu-gp-archive'],['/usr/bin/gp-collect-app','x86_64-linux-gnu-gp-collect-app'],['/usr/bin/gp-display-html','x86_64-linux-gnu-gp-display-html'],['/usr/bin/gp-display-src','x86_64-linux-gnu-gp-display-src'],['/usr/bin/gp-display-text','x86_64-linux-gnu-gp-display-text'],['/usr/bin/gprof','x86_64-linux-gnu-gprof'],['/usr/bin/gprofng','x86_64-linux-gnu-gprofng'],['/usr/bin/ld','x86_64-linux-gnu-ld'],['/usr/bin/ld.bfd','x86_64-linux-gnu-ld.bfd'],['/usr/bin/ld.gold','x86_64-linux-gnu-ld.gold'],['/usr/bin/nm','x86_64-linux-gnu-nm'],['/usr/bin/objcopy','x86_64-linux-gnu-objcopy'],['/usr/bin/objdump','x86_64-linux-gnu-objdump'],['/usr/bin/ranlib','x86_64-linux-gnu-ranlib'],['/usr/bin/readelf','x86_64-linux-gnu-readelf'],['/usr/bin/size','x86_64-linux-gnu-size'],['/usr/bin/strings','x86_64-linux-gnu-strings'],['/usr/bin/strip','x86_64-linux-gnu-strip']], 1081, 2, '/usr/share/bug/binutils'],
  'binutils-common': ['2.40-2', '', '', [['/usr/share/locale/uk/LC_MESSAGES/gas.mo',746982],['/usr/share/locale/ru/LC_MESSAGES/gas.mo',725665]], [], 13743642, 162, '/usr/share/locale/fr/LC_MESSAGES'],
  'binutils-x86-64-linux-gnu': ['2.40-2', 'binutils-common libbinutils libctf-nobfd0 libctf0 libgprofng0 libjansson4', '', [['/usr/share/doc/binutils/test-summary-amd64.gz',29026],['/usr/lib/x86_64-linux-gnu/bfd-plugins/libdep.so',14392]], [['/usr/bin/x86_64-linux-gnu-addr2line',23696],['/usr/bin/x86_64-linux-gnu-ar',52400],['/usr/bin/x86_64-linux-gnu-as',918952],['/usr/bin/x86_64-linux-gnu-c++filt',18952],['/usr/bin/x86_64-linux-gnu-dwp',1880736],['/usr/bin/x86_64-linux-gnu-elfedit',35872],['/usr/bin/x86_64-linux-gnu-gp-archive',162880],['/usr/bin/x86_64-linux-gnu-gp-collect-app',179480],['/usr/bin/x86_64-linux-gnu-gp-display-html',592170],['/usr/bin/x86_64-linux-gnu-gp-display-src',154432],['/usr/bin/x86_64-linux-gnu-gp-display-text',263480],['/usr/bin/x86_64-linux-gnu-gprof',110952],['/usr/bin/x86_64-linux-gnu-gprofng',150104],['/usr/bin/x86_64-linux-gnu-ld.bfd',1336592],['/usr/bin/x86_64-linux-gnu-ld.gold',3138240],['/usr/bin/x86_64-linux-gnu-nm',45088],['/usr/bin/x86_64-linux-gnu-objcopy',159400],['/usr/bin/x86_64-linux-gnu-objdump',371264],['/usr/bin/x86_64-linux-gnu-ranlib',52400],['/usr/bin/x86_64-linux-gnu-readelf',769408],['/usr/bin/x86_64-linux-gnu-size',27504],['/usr/bin/x86_64-linux-gnu-strings',31728],['/usr/bin/x86_64-linux-gnu-strip',159432],['/usr/bin/x86_64-linux-gnu-gold','x86_64-linux-gnu-ld.gold'],['/usr/bin/x86_64-linux-gnu-ld','x86_64-linux-gnu-ld.bfd']], 912557, 103, '/usr/lib/x86_64-linux-gnu/ldscripts'],
  'build-essential': ['12.9', 'libc6-dev gcc g++ make dpkg-dev', '', [['/usr/share/doc/build-essential/changelog.gz',3695],['/usr/share/build-essential/list',3616]], [], 1460, 3, '/usr/share/doc/build-essential'],
  'bzip2': ['1.0.8-5+b1', '', '', [['/usr/share/doc/bzip2/changelog.Debian.gz',10422],['/usr/share/man/man1/bzip2.1.gz',6578]], [['/usr/bin/bunzip2',39224],['/usr/bin/bzcat',39224],['/usr/bin/bzdiff',2225],['/usr/bin/bzexe',4893],['/usr/bin/bzgrep',3775],['/usr/bin/bzip2',39224],['/usr/bin/bzip2recover',14568],['/usr/bin/bzmore',1297],['/usr/bin/bzcmp','bzdiff'],['/usr/bin/bzegrep','bzgrep'],['/usr/bin/bzfgrep','bzgrep'],['/usr/bin/bzless','bzmore']], 11786, 7, '/usr/share/doc/bzip2'],
  'ca-certificates': ['20250419~deb12u2', 'openssl', '', [['/usr/share/doc/ca-certificates/copyright',18940],['/usr/share/doc/ca-certificates/changelog.gz',3136]], [['/usr/sbin/update-ca-certificates',5672]], 231999, 162, '/usr/share/ca-certificates/mozilla'],
  'ca-certificates-java': ['20230710~deb12u1', 'ca-certificates', '', [['/usr/share/ca-certificates-java/ca-certificates-java.jar',6407],['/usr/share/doc/ca-certificates-java/changelog.gz',1686]], [], 2616, 6, '/usr/share/doc/ca-certificates-java'],
  'cpp': ['4:12.2.0-3', 'cpp-12', '', [['/usr/share/doc/cpp/README.Debian',6920],['/usr/share/doc/cpp/copyright',2196]], [['/usr/bin/cpp','cpp-12'],['/usr/bin/x86_64-linux-gnu-cpp','cpp-12']], 1415, 2, '/usr/share/doc/cpp'],
  'cpp-12': ['12.2.0-14+deb12u1', 'libisl23 libmpc3 libmpfr6', '', [['/usr/lib/gcc/x86_64-linux-gnu/12/cc1',33342568],['/usr/share/lintian/overrides/cpp-12',70]], [['/usr/bin/x86_64-linux-gnu-cpp-12',1301496],['/usr/bin/cpp-12','x86_64-linux-gnu-cpp-12']], 0, 0, ''],
  'curl': ['7.88.1-10+deb12u15', 'libcurl4', '', [['/usr/share/doc/curl/changelog.gz',99408],['/usr/share/man/man1/curl.1.gz',58705]], [['/usr/bin/curl',280800]], 46493, 3, '/usr/share/doc/curl'],
  'dbus': ['1.14.10-1~deb12u1', 'dbus-bin dbus-daemon dbus-system-bus-common libdbus-1-3 libexpat1', '', [['/usr/share/doc/dbus/NEWS.gz',53896],['/usr/lib/dbus-1.0/dbus-daemon-launch-helper',51272]], [], 40851, 10, '/usr/share/doc/dbus'],
  'dbus-bin': ['1.14.10-1~deb12u1', 'libdbus-1-3', '', [['/usr/share/doc/dbus-bin/NEWS.gz',53896],['/usr/share/doc/dbus-bin/copyright',22102]], [['/usr/bin/dbus-cleanup-sockets',14560],['/usr/bin/dbus-monitor',26856],['/usr/bin/dbus-send',30944],['/usr/bin/dbus-update-activation-environment',14560],['/usr/bin/dbus-uuidgen',14560]], 22167, 8, '/usr/share/doc/dbus-bin'],
  'dbus-daemon': ['1.14.10-1~deb12u1', 'dbus-bin dbus-session-bus-common libapparmor1 libdbus-1-3 libexpat1', '', [['/usr/share/doc/dbus-daemon/NEWS.gz',53896],['/usr/share/doc/dbus-daemon/copyright',22102]], [['/usr/bin/dbus-daemon',244288],['/usr/bin/dbus-run-session',14568]], 30821, 6, '/usr/share/man/man1'],
  'dbus-session-bus-common': ['1.14.10-1~deb12u1', '', '', [['/usr/share/doc/dbus-session-bus-common/NEWS.gz',53896],['/usr/share/doc/dbus-session-bus-common/copyright',22102]], [], 16876, 5, '/usr/share/doc/dbus-session-bus-common'],
  'dbus-system-bus-common': ['1.14.10-1~deb12u1', '', '', [['/usr/share/doc/dbus-system-bus-common/NEWS.gz',53896],['/usr/share/doc/dbus-system-bus-common/copyright',22102]], [], 19442, 7, '/usr/share/doc/dbus-system-bus-common'],
  'default-libmysqlclient-dev': ['1.1.0', 'libmariadb-dev-compat', '', [], [], 8478, 0, ''],
  'dirmngr': ['2.2.40-1.1+deb12u2', 'gpgconf libassuan0 libksba8 libldap-2.5-0 libnpth0', 'gnupg', [['/usr/share/doc/dirmngr/changelog.gz',436225],['/usr/lib/gnupg/dirmngr_ldap',84920]], [['/usr/bin/dirmngr',600200],['/usr/bin/dirmngr-client',109432]], 100021, 14, '/usr/share/doc/dirmngr'],
  'dpkg-dev': ['1.21.23', 'perl libdpkg-perl bzip2 xz-utils patch make binutils', 'build-essential gcc fakeroot gnupg libalgorithm-merge-perl', [['/usr/share/doc/dpkg-dev/changelog.gz',231679],['/usr/share/doc/dpkg/spec/triggers.txt',36616]], [['/usr/bin/dpkg-architecture',15202],['/usr/bin/dpkg-buildflags',8335],['/usr/bin/dpkg-buildpackage',33409],['/usr/bin/dpkg-checkbuilddeps',7624],['/usr/bin/dpkg-distaddfile',2783],['/usr/bin/dpkg-genbuildinfo',18921],['/usr/bin/dpkg-genchanges',17809],['/usr/bin/dpkg-gencontrol',14538],['/usr/bin/dpkg-gensymbols',10906],['/usr/bin/dpkg-mergechangelogs',9095],['/usr/bin/dpkg-name',6776],['/usr/bin/dpkg-parsechangelog',4947],['/usr/bin/dpkg-scanpackages',8669],['/usr/bin/dpkg-scansources',9200],['/usr/bin/dpkg-shlibdeps',31914],['/usr/bin/dpkg-source',23457],['/usr/bin/dpkg-vendor',3256]], 1076714, 287, '/usr/share/man/de/man1'],
  'dumb-init': ['1.2.5-2', '', '', [], [], 34856, 0, ''],
  'fakeroot': ['1.31-1.2', 'libfakeroot', '', [['/usr/share/man/nl/man1/fakeroot-tcp.1.gz',4794],['/usr/share/man/nl/man1/fakeroot-sysv.1.gz',4794]], [['/usr/bin/faked-sysv',35592],['/usr/bin/faked-tcp',35616],['/usr/bin/fakeroot-sysv',3995],['/usr/bin/fakeroot-tcp',3990]], 81733, 31, '/usr/share/man/de/man1'],
  'file': ['1:5.44-3', 'libmagic1', '', [['/usr/share/doc/file/changelog.gz',19834],['/usr/share/man/man1/file.1.gz',8850]], [['/usr/bin/file',27120]], 9668, 5, '/usr/share/doc/file'],
  'fontconfig-config': ['2.14.1-4', 'fonts-dejavu-core', '', [['/usr/share/doc/fontconfig-config/changelog.gz',262491],['/usr/share/fontconfig/conf.avail/35-lang-normalize.conf',42037]], [], 105564, 47, '/usr/share/fontconfig/conf.avail'],
  'fonts-dejavu-core': ['2.37-6', '', '', [['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',759720],['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',708920]], [], 1524345, 25, '/usr/share/fonts/truetype/dejavu'],
  'g++': ['4:12.2.0-3', 'cpp gcc g++-12 gcc-12', '', [['/usr/share/lintian/overrides/g++',27]], [['/usr/bin/g++','g++-12'],['/usr/bin/x86_64-linux-gnu-g++','g++-12']], 0, 0, ''],
  'g++-12': ['12.2.0-14+deb12u1', 'gcc-12 libstdc++-12-dev libisl23 libmpc3 libmpfr6', '', [['/usr/lib/gcc/x86_64-linux-gnu/12/cc1plus',35464168],['/usr/lib/gcc/x86_64-linux-gnu/12/g++-mapper-server',220504]], [['/usr/bin/x86_64-linux-gnu-g++-12',1305592],['/usr/bin/g++-12','x86_64-linux-gnu-g++-12']], 19031, 3, '/usr/share/doc/gcc-12-base/C++'],
  'gcc': ['4:12.2.0-3', 'cpp gcc-12', 'libc6-dev', [['/usr/share/man/man1/c99-gcc.1.gz',1421],['/usr/share/man/man1/c89-gcc.1.gz',1365]], [['/usr/bin/c89-gcc',428],['/usr/bin/c99-gcc',454],['/usr/bin/gcc','gcc-12'],['/usr/bin/gcc-ar','gcc-ar-12'],['/usr/bin/gcc-nm','gcc-nm-12'],['/usr/bin/gcc-ranlib','gcc-ranlib-12'],['/usr/bin/gcov','gcov-12'],['/usr/bin/gcov-dump','gcov-dump-12'],['/usr/bin/gcov-tool','gcov-tool-12'],['/usr/bin/lto-dump','lto-dump-12'],['/usr/bin/x86_64-linux-gnu-gcc','gcc-12'],['/usr/bin/x86_64-linux-gnu-gcc-ar','gcc-ar-12'],['/usr/bin/x86_64-linux-gnu-gcc-nm','gcc-nm-12'],['/usr/bin/x86_64-linux-gnu-gcc-ranlib','gcc-ranlib-12'],['/usr/bin/x86_64-linux-gnu-gcov','gcov-12'],['/usr/bin/x86_64-linux-gnu-gcov-dump','gcov-dump-12'],['/usr/bin/x86_64-linux-gnu-gcov-tool','gcov-tool-12'],['/usr/bin/x86_64-linux-gnu-lto-dump','lto-dump-12']], 27, 1, '/usr/share/lintian/overrides'],
  'gcc-12': ['12.2.0-14+deb12u1', 'cpp-12 libcc1-0 binutils libgcc-12-dev libisl23 libmpc3 libmpfr6', 'libc6-dev', [['/usr/lib/gcc/x86_64-linux-gnu/12/lto1',31949128],['/usr/lib/gcc/x86_64-linux-gnu/12/lto-wrapper',1180024]], [['/usr/bin/x86_64-linux-gnu-gcc-12',1301496],['/usr/bin/x86_64-linux-gnu-gcc-ar-12',35368],['/usr/bin/x86_64-linux-gnu-gcc-nm-12',35368],['/usr/bin/x86_64-linux-gnu-gcc-ranlib-12',35368],['/usr/bin/x86_64-linux-gnu-gcov-12',737440],['/usr/bin/x86_64-linux-gnu-gcov-dump-12',581656],['/usr/bin/x86_64-linux-gnu-gcov-tool-12',602200],['/usr/bin/x86_64-linux-gnu-lto-dump-12',31945032],['/usr/bin/gcc-12','x86_64-linux-gnu-gcc-12'],['/usr/bin/gcc-ar-12','x86_64-linux-gnu-gcc-ar-12'],['/usr/bin/gcc-nm-12','x86_64-linux-gnu-gcc-nm-12'],['/usr/bin/gcc-ranlib-12','x86_64-linux-gnu-gcc-ranlib-12'],['/usr/bin/gcov-12','x86_64-linux-gnu-gcov-12'],['/usr/bin/gcov-dump-12','x86_64-linux-gnu-gcov-dump-12'],['/usr/bin/gcov-tool-12','x86_64-linux-gnu-gcov-tool-12'],['/usr/bin/lto-dump-12','x86_64-linux-gnu-lto-dump-12']], 1412907, 21, '/usr/lib/gcc/x86_64-linux-gnu/12'],
  'git': ['1:2.39.5-0+deb12u3', 'libcurl3-gnutls libexpat1 perl liberror-perl git-man', 'ca-certificates patch less openssh-client', [['/usr/lib/git-core/git',3713416],['/usr/lib/git-core/git-remote-http',2204032]], [['/usr/bin/git',3713416],['/usr/bin/git-shell',2141792],['/usr/bin/scalar',2199656],['/usr/bin/git-receive-pack','git'],['/usr/bin/git-upload-archive','git'],['/usr/bin/git-upload-pack','git']], 31341270, 698, '/usr/lib/git-core'],
  'git-man': ['1:2.39.5-0+deb12u3', '', '', [['/usr/share/doc/git-man/changelog.gz',968990],['/usr/share/man/man1/git-config.1.gz',85281]], [], 993350, 188, '/usr/share/man/man1'],
  'gnupg': ['2.2.40-1.1+deb12u2', 'dirmngr gnupg-l10n gnupg-utils gpg gpg-agent gpg-wks-client gpg-wks-server gpgsm', '', [['/usr/share/doc/gnupg/changelog.gz',436225],['/usr/share/info/gnupg-module-overview.png',123361]], [], 313000, 37, '/usr/share/info'],
  'gnupg-l10n': ['2.2.40-1.1+deb12u2', '', '', [['/usr/share/doc/gnupg-l10n/changelog.gz',436225],['/usr/share/locale/uk/LC_MESSAGES/gnupg2.mo',302977]], [], 4153173, 59, '/usr/share/locale/ru/LC_MESSAGES'],
  'gnupg-utils': ['2.2.40-1.1+deb12u2', 'libassuan0 libksba8 libreadline8', 'gpg gpg-agent gpgconf gpgsm', [['/usr/share/doc/gnupg-utils/changelog.gz',436225],['/usr/share/doc/gnupg-utils/copyright',10555]], [['/usr/bin/gpg-zip',3516],['/usr/bin/gpgcompose',932120],['/usr/bin/gpgparsemail',35128],['/usr/bin/gpgsplit',76352],['/usr/bin/gpgtar',151064],['/usr/bin/kbxutil',166680],['/usr/bin/lspgpot',1081],['/usr/bin/migrate-pubring-from-classic-gpg',3060],['/usr/bin/watchgnupg',18672],['/usr/sbin/addgnupghome',3075],['/usr/sbin/applygnupgdefaults',2217]], 13418, 13, '/usr/share/man/man1'],
  'gosu': ['1.14-1+b10', '', '', [], [], 2058444, 0, ''],
  'gpg': ['2.2.40-1.1+deb12u2', 'gpgconf libassuan0 libreadline8 libsqlite3-0', 'gnupg', [['/usr/share/doc/gpg/changelog.gz',436225],['/usr/share/man/man1/gpg.1.gz',47941]], [['/usr/bin/gpg',1108440]], 14497, 3, '/usr/share/doc/gpg'],
  'gpg-agent': ['2.2.40-1.1+deb12u2', 'gpgconf pinentry-curses libassuan0 libnpth0', 'gnupg', [['/usr/share/doc/gpg-agent/changelog.gz',436225],['/usr/lib/gnupg/gpg-protect-tool',211992]], [['/usr/bin/gpg-agent',435424]], 250003, 20, '/usr/lib/gnupg'],
  'gpg-wks-client': ['2.2.40-1.1+deb12u2', 'dirmngr gpg gpg-agent libassuan0', 'gnupg', [['/usr/share/doc/gpg-wks-client/changelog.gz',436225],['/usr/lib/gnupg/gpg-wks-client',228440]], [], 17193, 5, '/usr/share/doc/gpg-wks-client'],
  'gpg-wks-server': ['2.2.40-1.1+deb12u2', 'gpg gpg-agent', 'gnupg', [['/usr/share/doc/gpg-wks-server/changelog.gz',436225],['/usr/share/doc/gpg-wks-server/copyright',10555]], [['/usr/bin/gpg-wks-server',207872]], 6229, 3, '/usr/share/doc/gpg-wks-server'],
  'gpgconf': ['2.2.40-1.1+deb12u2', 'libassuan0 libreadline8', '', [['/usr/share/doc/gpgconf/changelog.gz',436225],['/usr/share/doc/gpgconf/copyright',10555]], [['/usr/bin/gpg-connect-agent',158680],['/usr/bin/gpgconf',178928]], 23398, 6, '/usr/share/man/man1'],
  'gpgsm': ['2.2.40-1.1+deb12u2', 'gpgconf libassuan0 libksba8 libreadline8', 'gnupg', [['/usr/share/doc/gpgsm/changelog.gz',436225],['/usr/share/man/man1/gpgsm.1.gz',12849]], [['/usr/bin/gpgsm',540320]], 14498, 3, '/usr/share/doc/gpgsm'],
  'icu-devtools': ['72.1-3+deb12u1', 'libicu72', '', [['/usr/share/man/man1/uconv.1.gz',3404],['/usr/share/man/man1/pkgdata.1.gz',2743]], [['/usr/bin/derb',23352],['/usr/bin/genbrk',19168],['/usr/bin/gencfu',15024],['/usr/bin/gencnval',27200],['/usr/bin/gendict',27432],['/usr/bin/genrb',172008],['/usr/bin/icuexportdata',54496],['/usr/bin/icuinfo',14912],['/usr/bin/makeconv',52256],['/usr/bin/pkgdata',48632],['/usr/bin/uconv',56152],['/usr/sbin/escapesrc',22928],['/usr/sbin/genccode',15032],['/usr/sbin/gencmn',15032],['/usr/sbin/gennorm2',64320],['/usr/sbin/gensprep',27376],['/usr/sbin/icupkg',23592]], 20202, 14, '/usr/share/man/man1'],
  'iputils-ping': ['3:20221126-1+deb12u1', 'libcap2-bin', '', [], [], 113991, 0, ''],
  'java-common': ['0.74', '', '', [['/usr/share/java/java_defaults.mk',2150],['/usr/share/bash-completion/completions/update-java-alternatives',2059]], [['/usr/sbin/update-java-alternatives',3174]], 3081, 3, '/usr/share/doc/java-common'],
  'javascript-common': ['11+nmu1', '', '', [['/usr/share/doc/javascript-common/changelog.gz',2187],['/usr/share/doc/javascript-common/copyright',1042]], [], 681, 4, '/usr/share/doc/javascript-common'],
  'jq': ['1.6-2.1+deb12u3', 'libjq1', '', [['/usr/share/man/man1/jq.1.gz',31087],['/usr/share/doc/jq/copyright',20973]], [['/usr/bin/jq',30800]], 17084, 4, '/usr/share/doc/jq'],
  'krb5-locales': ['1.20.1-2+deb12u5', '', '', [['/usr/share/locale/de/LC_MESSAGES/mit-krb5.mo',199295],['/usr/share/doc/krb5-locales/copyright',63047]], [], 3583, 2, '/usr/share/doc/krb5-locales'],
  'less': ['590-2.1~deb12u2', '', '', [['/usr/share/man/man1/less.1.gz',22947],['/usr/share/doc/less/NEWS.gz',11046]], [['/usr/bin/less',198960],['/usr/bin/lessecho',14584],['/usr/bin/lesskey',24200],['/usr/bin/lesspipe',9047],['/usr/bin/lessfile','lesspipe']], 14948, 8, '/usr/share/doc/less'],
  'libabsl20220623': ['20220623.1-1+deb12u2', '', '', [['/usr/lib/x86_64-linux-gnu/libabsl_strings.so.20220623.0.0',120920],['/usr/lib/x86_64-linux-gnu/libabsl_cord_internal.so.20220623.0.0',108632]], [], 1599684, 65, '/usr/lib/x86_64-linux-gnu'],
  'libalgorithm-diff-perl': ['1.201-1', 'perl', 'libalgorithm-diff-xs-perl', [['/usr/share/perl5/Algorithm/Diff.pm',50989],['/usr/share/doc/libalgorithm-diff-perl/examples/diffnew.pl',17552]], [], 46145, 10, '/usr/share/doc/libalgorithm-diff-perl/examples'],
  'libalgorithm-diff-xs-perl': ['0.04-8+b1', 'perl libalgorithm-diff-perl', '', [['/usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Algorithm/Diff/XS/XS.so',18272],['/usr/lib/x86_64-linux-gnu/perl5/5.36/Algorithm/Diff/XS.pm',3562]], [], 4662, 5, '/usr/share/doc/libalgorithm-diff-xs-perl'],
  'libalgorithm-merge-perl': ['0.08-5', 'perl libalgorithm-diff-perl', '', [['/usr/share/perl5/Algorithm/Merge.pm',25110],['/usr/share/man/man3/Algorithm::Merge.3pm.gz',3215]], [], 2402, 3, '/usr/share/doc/libalgorithm-merge-perl'],
  'libaom3': ['3.6.0-1+deb12u3', '', '', [['/usr/lib/x86_64-linux-gnu/libaom.so.3.6.0',5643672],['/usr/share/doc/libaom3/copyright',12416]], [], 10246, 2, '/usr/share/doc/libaom3'],
  'libapparmor1': ['3.0.8-3', '', '', [['/usr/lib/x86_64-linux-gnu/libapparmor.so.1.8.4',80600],['/usr/share/doc/libapparmor1/changelog.Debian.gz',9076]], [], 6065, 1, '/usr/share/doc/libapparmor1'],
  'libasan8': ['12.2.0-14+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libasan.so.8.0.0',8198800]], [], 0, 0, ''],
  'libasound2': ['1.2.8-1+b1', 'libasound2-data', '', [['/usr/lib/x86_64-linux-gnu/libasound.so.2.0.0',1079888],['/usr/share/doc/libasound2/examples/asoundrc.txt',11473]], [], 5086, 4, '/usr/share/doc/libasound2'],
  'libasound2-data': ['1.2.8-1', '', 'alsa-ucm-conf alsa-topology-conf', [['/usr/share/alsa/alsa.conf',10117],['/usr/share/alsa/cards/USB-Audio.conf',9742]], [], 139536, 78, '/usr/share/alsa/cards'],
  'libassuan0': ['2.5.5-5', '', '', [['/usr/lib/x86_64-linux-gnu/libassuan.so.0.8.5',84120],['/usr/share/doc/libassuan0/changelog.gz',13055]], [], 5074, 2, '/usr/share/doc/libassuan0'],
  'libatomic1': ['12.2.0-14+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libatomic.so.1.2.0',30776]], [], 0, 0, ''],
  'libavahi-client3': ['0.8-10+deb12u1', 'libavahi-common3 libdbus-1-3', '', [['/usr/lib/x86_64-linux-gnu/libavahi-client.so.3.2.9',75952],['/usr/share/doc/libavahi-client3/NEWS.gz',14406]], [], 11578, 3, '/usr/share/doc/libavahi-client3'],
  'libavahi-common-data': ['0.8-10+deb12u1', '', '', [['/usr/share/locale/uk/LC_MESSAGES/avahi.mo',21110],['/usr/share/locale/el/LC_MESSAGES/avahi.mo',20996]], [], 590496, 46, '/usr/share/doc/libavahi-common-data'],
  'libavahi-common3': ['0.8-10+deb12u1', 'libavahi-common-data', '', [['/usr/lib/x86_64-linux-gnu/libavahi-common.so.3.5.4',51496],['/usr/share/doc/libavahi-common3/NEWS.gz',14406]], [], 11579, 3, '/usr/share/doc/libavahi-common3'],
  'libavif15': ['0.11.1-1+deb12u1', 'libaom3 libdav1d6 libgav1-1 librav1e0 libsvtav1enc1 libyuv0', '', [['/usr/lib/x86_64-linux-gnu/libavif.so.15.0.1',163128],['/usr/share/doc/libavif15/changelog.gz',16651]], [], 15014, 3, '/usr/share/doc/libavif15'],
  'libbinutils': ['2.40-2', 'binutils-common', '', [['/usr/lib/x86_64-linux-gnu/libbfd-2.40-system.so',1514448],['/usr/lib/x86_64-linux-gnu/libopcodes-2.40-system.so',895128]], [], 103122, 2, '/usr/lib/x86_64-linux-gnu'],
  'libbrotli1': ['1.0.9-2+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libbrotlienc.so.1.0.9',591920],['/usr/lib/x86_64-linux-gnu/libbrotlicommon.so.1.0.9',137376]], [], 49842, 5, '/usr/lib/x86_64-linux-gnu'],
  'libbsd0': ['0.11.7-2', '', '', [['/usr/lib/x86_64-linux-gnu/libbsd.so.0.11.7',84840],['/usr/share/doc/libbsd0/changelog.gz',69702]], [], 31613, 3, '/usr/share/doc/libbsd0'],
  'libc-dev-bin': ['2.36-9+deb12u14', '', 'manpages manpages-dev libc-devtools', [['/usr/share/doc/libc-dev-bin/changelog.Debian.gz',28755],['/usr/share/doc/libc-dev-bin/copyright',25467]], [['/usr/bin/gencat',27392]], 2742, 2, '/usr/share/man/man1'],
  'libc-devtools': ['2.36-9+deb12u14', 'libgd3', 'manpages manpages-dev', [['/usr/share/doc/libc-devtools/changelog.Debian.gz',28755],['/usr/share/doc/libc-devtools/copyright',25467]], [['/usr/bin/memusage',7469],['/usr/bin/memusagestat',23232],['/usr/bin/mtrace',6499],['/usr/bin/sotruss',4282],['/usr/bin/sprof',27456]], 1172, 3, '/usr/share/man/man1'],
  'libc-l10n': ['2.36-9+deb12u14', '', '', [['/usr/share/locale/uk/LC_MESSAGES/libc.mo',193480],['/usr/share/locale/bg/LC_MESSAGES/libc.mo',190549]], [], 3967104, 38, '/usr/share/locale/ru/LC_MESSAGES'],
  'libc6-dev': ['2.36-9+deb12u14', 'libc-dev-bin linux-libc-dev libcrypt-dev libnsl-dev rpcsvc-proto', '', [['/usr/lib/x86_64-linux-gnu/libc.a',5452590],['/usr/lib/x86_64-linux-gnu/libm-2.36.a',2307876]], [], 4164274, 501, '/usr/lib/x86_64-linux-gnu'],
  'libcap2-bin': ['1:2.66-4+deb12u3+b1', '', 'libpam-cap', [['/usr/share/doc/libcap2-bin/copyright',4631],['/usr/share/man/man1/capsh.1.gz',3849]], [['/usr/sbin/capsh',54568],['/usr/sbin/getcap',14576],['/usr/sbin/getpcaps',14576],['/usr/sbin/setcap',14576]], 7837, 9, '/usr/share/doc/libcap2-bin'],
  'libcbor0.8': ['0.8.0-2+b1', '', '', [['/usr/lib/x86_64-linux-gnu/libcbor.so.0.8.0',69192],['/usr/share/doc/libcbor0.8/README.md',4060]], [], 5292, 4, '/usr/share/doc/libcbor0.8'],
  'libcc1-0': ['12.2.0-14+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libcc1.so.0.0.0',126464]], [], 0, 0, ''],
  'libcrypt-dev': ['1:4.4.33-2', '', '', [['/usr/lib/x86_64-linux-gnu/libcrypt.a',269124],['/usr/include/crypt.h',11131]], [], 38062, 11, '/usr/share/doc/libcrypt-dev'],
  'libctf-nobfd0': ['2.40-2', '', '', [['/usr/lib/x86_64-linux-gnu/libctf-nobfd.so.0.0.0',228184],['/usr/share/doc/libctf-nobfd0/changelog.Debian.gz',60777]], [], 1795, 1, '/usr/share/doc/libctf-nobfd0'],
  'libctf0': ['2.40-2', 'libbinutils', '', [['/usr/lib/x86_64-linux-gnu/libctf.so.0.0.0',220192]], [], 0, 0, ''],
  'libcups2': ['2.4.2-3+deb12u9', 'libavahi-client3 libavahi-common3 libgssapi-krb5-2', '', [['/usr/lib/x86_64-linux-gnu/libcups.so.2',636880],['/usr/share/doc/libcups2/copyright',6513]], [], 16843, 4, '/usr/share/doc/libcups2'],
  'libcurl3-gnutls': ['7.88.1-10+deb12u15', 'libbrotli1 libgssapi-krb5-2 libldap-2.5-0 libnghttp2-14 libpsl5 librtmp1 libssh2-1', 'ca-certificates', [['/usr/lib/x86_64-linux-gnu/libcurl-gnutls.so.4.8.0',695736],['/usr/share/doc/libcurl3-gnutls/changelog.gz',99408]], [], 30878, 3, '/usr/share/doc/libcurl3-gnutls'],
  'libcurl4': ['7.88.1-10+deb12u15', 'libbrotli1 libgssapi-krb5-2 libldap-2.5-0 libnghttp2-14 libpsl5 librtmp1 libssh2-1 libssl3', 'ca-certificates', [['/usr/lib/x86_64-linux-gnu/libcurl.so.4.8.0',712120],['/usr/share/doc/libcurl4/changelog.gz',99408]], [], 30808, 2, '/usr/share/doc/libcurl4'],
  'libdav1d6': ['1.0.0-2+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libdav1d.so.6.6.0',1630208],['/usr/share/doc/libdav1d6/copyright',9722]], [], 1118, 1, '/usr/share/doc/libdav1d6'],
  'libdbus-1-3': ['1.14.10-1~deb12u1', '', 'dbus', [['/usr/lib/x86_64-linux-gnu/libdbus-1.so.3.32.4',346264],['/usr/share/doc/libdbus-1-3/NEWS.gz',53896]], [], 35196, 4, '/usr/share/doc/libdbus-1-3'],
  'libde265-0': ['1.0.11-1+deb12u3', '', '', [['/usr/lib/x86_64-linux-gnu/libde265.so.0.1.4',452776],['/usr/share/doc/libde265-0/copyright',7228]], [], 1977, 2, '/usr/share/doc/libde265-0'],
  'libdeflate0': ['1.14-1', '', '', [['/usr/lib/x86_64-linux-gnu/libdeflate.so.0',149384],['/usr/share/doc/libdeflate0/changelog.Debian.gz',1804]], [], 1483, 1, '/usr/share/doc/libdeflate0'],
  'libdpkg-perl': ['1.21.23', 'perl', 'libfile-fcntllock-perl liblocale-gettext-perl bzip2 xz-utils', [['/usr/share/doc/libdpkg-perl/changelog.gz',231679],['/usr/share/locale/fr/LC_MESSAGES/dpkg-dev.mo',124546]], [], 1553786, 147, '/usr/share/perl5/Dpkg'],
  'libedit2': ['3.1-20221030-2', 'libbsd0', '', [['/usr/lib/x86_64-linux-gnu/libedit.so.2.0.70',216640],['/usr/share/man/man7/editline.7edit.gz',7661]], [], 9971, 6, '/usr/share/doc/libedit2'],
  'liberror-perl': ['0.17029-2', 'perl', '', [['/usr/share/perl5/Error.pm',30152],['/usr/share/man/man3/Error.3pm.gz',7898]], [], 17537, 12, '/usr/share/doc/liberror-perl'],
  'libexpat1': ['2.5.0-1+deb12u5', '', '', [['/usr/lib/x86_64-linux-gnu/libexpat.so.1.8.10',174176],['/usr/lib/x86_64-linux-gnu/libexpatw.so.1.8.10',174168]], [], 24723, 4, '/usr/share/doc/libexpat1'],
  'libexpat1-dev': ['2.5.0-1+deb12u5', 'libexpat1 libc6-dev', '', [['/usr/lib/x86_64-linux-gnu/libexpatw.a',285216],['/usr/lib/x86_64-linux-gnu/libexpat.a',284504]], [], 228199, 20, '/usr/share/doc/libexpat1-dev/expat.html'],
  'libfakeroot': ['1.31-1.2', '', '', [['/usr/lib/x86_64-linux-gnu/libfakeroot/libfakeroot-tcp.so',61664],['/usr/lib/x86_64-linux-gnu/libfakeroot/libfakeroot-sysv.so',57488]], [], 8206, 6, '/usr/share/doc/libfakeroot'],
  'libffi-dev': ['3.4.4-1', '', '', [['/usr/lib/x86_64-linux-gnu/libffi.a',63524],['/usr/lib/x86_64-linux-gnu/libffi_pic.a',63444]], [], 162290, 30, '/usr/share/doc/libffi8/html'],
  'libfido2-1': ['1.12.0-2+b1', 'libcbor0.8 libssl3', '', [['/usr/lib/x86_64-linux-gnu/libfido2.so.1.12.0',219040],['/usr/share/doc/libfido2-1/copyright',3626]], [], 1488, 2, '/usr/share/doc/libfido2-1'],
  'libfile-fcntllock-perl': ['0.22-4+b1', 'perl', '', [['/usr/lib/x86_64-linux-gnu/perl5/5.36/auto/File/FcntlLock/FcntlLock.so',14352],['/usr/lib/x86_64-linux-gnu/perl5/5.36/File/FcntlLock/XS.pod',10719]], [], 77675, 17, '/usr/lib/x86_64-linux-gnu/perl5/5.36/File/FcntlLock'],
  'libfontconfig1': ['2.14.1-4', 'libexpat1 libfreetype6 fontconfig-config', '', [['/usr/lib/x86_64-linux-gnu/libfontconfig.so.1.12.0',306112],['/usr/share/doc/libfontconfig1/changelog.gz',262491]], [], 3260, 2, '/usr/share/doc/libfontconfig1'],
  'libfreetype6': ['2.12.1+dfsg-5+deb12u4', 'libbrotli1 libpng16-16', '', [['/usr/lib/x86_64-linux-gnu/libfreetype.so.6.18.3',821160],['/usr/share/doc/libfreetype6/changelog.gz',32111]], [], 33866, 3, '/usr/share/doc/libfreetype6'],
  'libgav1-1': ['0.18.0-1+b1', 'libabsl20220623', '', [['/usr/lib/x86_64-linux-gnu/libgav1.so.1.0.0',948240],['/usr/share/doc/libgav1-1/copyright',2658]], [], 1165, 2, '/usr/share/doc/libgav1-1'],
  'libgcc-12-dev': ['12.2.0-14+deb12u1', 'libgomp1 libitm1 libatomic1 libasan8 liblsan0 libtsan2 libubsan1 libquadmath0', 'libc6-dev', [['/usr/lib/gcc/x86_64-linux-gnu/12/libgcc.a',3080764],['/usr/lib/gcc/x86_64-linux-gnu/12/libasan.a',2815884]], [], 8629329, 151, '/usr/lib/gcc/x86_64-linux-gnu/12'],
  'libgd3': ['2.3.3-9+deb12u1', 'libavif15 libfontconfig1 libfreetype6 libheif1 libjpeg62-turbo libpng16-16 libtiff6 libwebp7 libxpm4', '', [['/usr/lib/x86_64-linux-gnu/libgd.so.3.0.11',417992],['/usr/share/doc/libgd3/copyright',10240]], [], 4581, 3, '/usr/share/doc/libgd3'],
  'libgdbm-compat4': ['1.23-3', 'libgdbm6', '', [['/usr/share/doc/libgdbm-compat4/changelog.gz',39916],['/usr/lib/x86_64-linux-gnu/libgdbm_compat.so.4.0.0',14176]], [], 4055, 2, '/usr/share/doc/libgdbm-compat4'],
  'libgdbm6': ['1.23-3', '', '', [['/usr/lib/x86_64-linux-gnu/libgdbm.so.6.0.0',71704],['/usr/share/doc/libgdbm6/changelog.gz',39916]], [], 4055, 2, '/usr/share/doc/libgdbm6'],
  'libglib2.0-0': ['2.74.6-2+deb12u9', '', 'libglib2.0-data shared-mime-info xdg-user-dirs', [['/usr/lib/x86_64-linux-gnu/libgio-2.0.so.0.7400.6',1953008],['/usr/lib/x86_64-linux-gnu/libglib-2.0.so.0.7400.6',1273360]], [], 803890, 11, '/usr/lib/x86_64-linux-gnu'],
  'libglib2.0-data': ['2.74.6-2+deb12u9', '', '', [['/usr/share/locale/bg/LC_MESSAGES/glib20.mo',179424],['/usr/share/locale/uk/LC_MESSAGES/glib20.mo',178267]], [], 9005146, 100, '/usr/share/locale/ru/LC_MESSAGES'],
  'libgomp1': ['12.2.0-14+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libgomp.so.1.0.0',290392]], [], 0, 0, ''],
  'libgpm2': ['1.20.7-10+b1', '', '', [['/usr/lib/x86_64-linux-gnu/libgpm.so.2',26552],['/usr/share/doc/libgpm2/copyright',2719]], [], 2417, 3, '/usr/share/doc/libgpm2'],
  'libgprofng0': ['2.40-2', 'libbinutils', '', [['/usr/lib/x86_64-linux-gnu/libgprofng.so.0.0.0',2498152],['/usr/lib/x86_64-linux-gnu/gprofng/libgp-collector.so',1325176]], [], 98760, 4, '/usr/lib/x86_64-linux-gnu/gprofng'],
  'libgraphite2-3': ['1.3.14-1+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libgraphite2.so.3.2.1',174264],['/usr/share/doc/libgraphite2-3/copyright',9348]], [], 9098, 2, '/usr/share/doc/libgraphite2-3'],
  'libgssapi-krb5-2': ['1.20.1-2+deb12u5', 'libk5crypto3 libkrb5-3 libkrb5support0', '', [['/usr/lib/x86_64-linux-gnu/libgssapi_krb5.so.2.2',338680],['/usr/share/doc/libgssapi-krb5-2/copyright',63047]], [], 3274, 2, '/usr/share/doc/libgssapi-krb5-2'],
  'libharfbuzz0b': ['6.0.0+dfsg-3', 'libfreetype6 libglib2.0-0 libgraphite2-3', '', [['/usr/share/doc/libharfbuzz0b/changelog.gz',1542995],['/usr/lib/x86_64-linux-gnu/libharfbuzz.so.0.60000.0',1064504]], [], 33551, 2, '/usr/share/doc/libharfbuzz0b'],
  'libheif1': ['1.15.1-1+deb12u1', 'libaom3 libdav1d6 libde265-0 libx265-199', '', [['/usr/lib/x86_64-linux-gnu/libheif.so.1.15.1',637144],['/usr/share/doc/libheif1/copyright',8636]], [], 1656, 1, '/usr/share/doc/libheif1'],
  'libicu-dev': ['72.1-3+deb12u1', 'libicu72 icu-devtools libc6-dev', '', [['/usr/lib/x86_64-linux-gnu/libicudata.a',31252892],['/usr/lib/x86_64-linux-gnu/libicui18n.a',8086096]], [], 9457164, 206, '/usr/include/unicode'],
  'libicu72': ['72.1-3+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libicudata.so.72.1',31262256],['/usr/lib/x86_64-linux-gnu/libicui18n.so.72.1',3307688]], [], 2444088, 7, '/usr/lib/x86_64-linux-gnu'],
  'libisl23': ['0.25-1.1', '', '', [['/usr/lib/x86_64-linux-gnu/libisl.so.23.2.0',2139864],['/usr/share/doc/libisl23/copyright',7035]], [], 5902, 3, '/usr/share/doc/libisl23'],
  'libitm1': ['12.2.0-14+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libitm.so.1.0.0',100720]], [], 0, 0, ''],
  'libjansson4': ['2.14-2', '', '', [['/usr/lib/x86_64-linux-gnu/libjansson.so.4.14.0',59784],['/usr/share/doc/libjansson4/examples/json_process.c',8824]], [], 15289, 4, '/usr/share/doc/libjansson4'],
  'libjbig0': ['2.1-6.1', '', '', [['/usr/lib/x86_64-linux-gnu/libjbig.so.0',66240],['/usr/share/doc/libjbig0/changelog.gz',3993]], [], 2592, 2, '/usr/share/doc/libjbig0'],
  'libjpeg62-turbo': ['1:2.1.5-2', '', '', [['/usr/lib/x86_64-linux-gnu/libjpeg.so.62.3.0',600128],['/usr/share/doc/libjpeg62-turbo/copyright',38846]], [], 33182, 3, '/usr/share/doc/libjpeg62-turbo'],
  'libjq1': ['1.6-2.1+deb12u3', 'libonig5', '', [['/usr/lib/x86_64-linux-gnu/libjq.so.1.0.4',317536],['/usr/share/doc/libjq1/copyright',20973]], [], 12274, 2, '/usr/share/doc/libjq1'],
  'libjs-jquery': ['3.6.1+dfsg+~3.5.14-1', '', 'javascript-common', [['/usr/share/javascript/jquery/jquery.js',289782],['/usr/share/javascript/jquery/jquery.min.map',155166]], [], 260158, 8, '/usr/share/javascript/jquery'],
  'libjs-sphinxdoc': ['5.3.0-4', 'libjs-jquery libjs-underscore', '', [['/usr/share/doc/libjs-sphinxdoc/changelog.gz',103877],['/usr/share/javascript/sphinxdoc/1.0/searchtools.js',18747]], [], 48516, 10, '/usr/share/javascript/sphinxdoc/1.0'],
  'libjs-underscore': ['1.13.4~dfsg+~1.11.4-3', '', 'javascript-common libjs-jquery', [['/usr/share/doc/libjs-underscore/index.html',174057],['/usr/share/javascript/underscore/underscore.js',68416]], [], 102905, 9, '/usr/share/javascript/underscore'],
  'libk5crypto3': ['1.20.1-2+deb12u5', 'libkrb5support0', '', [['/usr/lib/x86_64-linux-gnu/libk5crypto.so.3.1',183048],['/usr/share/doc/libk5crypto3/copyright',63047]], [], 3211, 1, '/usr/share/doc/libk5crypto3'],
  'libkeyutils1': ['1.6.3-2', '', '', [['/usr/lib/x86_64-linux-gnu/libkeyutils.so.1.10',22448],['/usr/share/doc/libkeyutils1/copyright',2104]], [], 665, 1, '/usr/share/doc/libkeyutils1'],
  'libkrb5-3': ['1.20.1-2+deb12u5', 'libk5crypto3 libkeyutils1 libkrb5support0 libssl3', 'krb5-locales', [['/usr/lib/x86_64-linux-gnu/libkrb5.so.3.3',888080],['/usr/lib/x86_64-linux-gnu/krb5/plugins/preauth/spake.so',85592]], [], 76631, 5, '/usr/share/doc/libkrb5-3'],
  'libkrb5support0': ['1.20.1-2+deb12u5', '', '', [['/usr/share/doc/libkrb5support0/copyright',63047],['/usr/lib/x86_64-linux-gnu/libkrb5support.so.0.1',52224]], [], 3213, 1, '/usr/share/doc/libkrb5support0'],
  'libksba8': ['1.6.3-2', '', '', [['/usr/lib/x86_64-linux-gnu/libksba.so.8.14.3',268304],['/usr/share/doc/libksba8/changelog.gz',17038]], [], 17412, 5, '/usr/share/doc/libksba8'],
  'liblcms2-2': ['2.14-2+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/liblcms2.so.2.0.14',398304],['/usr/share/doc/liblcms2-2/copyright',5362]], [], 5446, 2, '/usr/share/doc/liblcms2-2'],
  'libldap-2.5-0': ['2.5.13+dfsg-5', 'libsasl2-2', 'libldap-common', [['/usr/lib/x86_64-linux-gnu/libldap-2.5.so.0.1.8',380432],['/usr/lib/x86_64-linux-gnu/liblber-2.5.so.0.1.8',63832]], [], 75441, 5, '/usr/share/doc/libldap-2.5-0'],
  'libldap-common': ['2.5.13+dfsg-5', '', '', [['/usr/share/doc/libldap-common/copyright',62837],['/usr/share/doc/libldap-common/changelog.Debian.gz',7838]], [], 10072, 3, '/usr/share/man/man5'],
  'liblerc4': ['4.0.0+ds-2', '', '', [['/usr/lib/x86_64-linux-gnu/libLerc.so.4',616464],['/usr/share/doc/liblerc4/changelog.gz',3037]], [], 2613, 3, '/usr/share/doc/liblerc4'],
  'liblocale-gettext-perl': ['1.07-5', '', '', [['/usr/lib/x86_64-linux-gnu/perl5/5.36/auto/Locale/gettext/gettext.so',18272],['/usr/lib/x86_64-linux-gnu/perl5/5.36/Locale/gettext.pm',6854]], [], 8313, 5, '/usr/share/doc/liblocale-gettext-perl'],
  'liblsan0': ['12.2.0-14+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/liblsan.so.0.0.0',2995512]], [], 0, 0, ''],
  'libmagic-mgc': ['1:5.44-3', '', '', [['/usr/lib/file/magic.mgc',8281024],['/usr/share/doc/libmagic-mgc/changelog.gz',19834]], [], 8446, 3, '/usr/share/doc/libmagic-mgc'],
  'libmagic1': ['1:5.44-3', 'libmagic-mgc', '', [['/usr/lib/x86_64-linux-gnu/libmagic.so.1.0.0',174344],['/usr/share/doc/libmagic1/changelog.gz',19834]], [], 16986, 7, '/usr/share/doc/libmagic1'],
  'libmariadb-dev': ['1:10.11.19-0+deb12u1', 'libmariadb3 libssl-dev zlib1g-dev', '', [], [], 924180, 0, ''],
  'libmariadb-dev-compat': ['1:10.11.19-0+deb12u1', 'libmariadb-dev', '', [], [], 66887, 0, ''],
  'libmariadb3': ['1:10.11.19-0+deb12u1', 'mariadb-common libssl3', '', [], [], 520970, 0, ''],
  'libmpc3': ['1.3.1-1', 'libmpfr6', '', [['/usr/lib/x86_64-linux-gnu/libmpc.so.3.3.1',135064],['/usr/share/doc/libmpc3/copyright',743]], [], 431, 1, '/usr/share/doc/libmpc3'],
  'libmpfr6': ['4.2.0-1', '', '', [['/usr/lib/x86_64-linux-gnu/libmpfr.so.6.2.0',762256],['/usr/share/doc/libmpfr6/changelog.gz',372514]], [], 35071, 7, '/usr/share/doc/libmpfr6'],
  'libncursesw6': ['6.4-4', '', 'libgpm2', [['/usr/lib/x86_64-linux-gnu/libncursesw.so.6.4',231344],['/usr/lib/x86_64-linux-gnu/libformw.so.6.4',77200]], [], 65944, 2, '/usr/lib/x86_64-linux-gnu'],
  'libnghttp2-14': ['1.52.0-1+deb12u3', '', '', [['/usr/lib/x86_64-linux-gnu/libnghttp2.so.14.24.1',190928],['/usr/share/doc/libnghttp2-14/copyright',6535]], [], 5647, 3, '/usr/share/doc/libnghttp2-14'],
  'libnpth0': ['1.6-3', '', '', [['/usr/lib/x86_64-linux-gnu/libnpth.so.0.1.2',22912],['/usr/share/doc/libnpth0/changelog.gz',9993]], [], 2954, 2, '/usr/share/doc/libnpth0'],
  'libnsl-dev': ['1.3.0-2', 'libnsl2 libtirpc-dev', '', [['/usr/lib/x86_64-linux-gnu/libnsl.a',207924],['/usr/include/rpcsvc/nis.x',16802]], [], 105811, 17, '/usr/include/rpcsvc'],
  'libnsl2': ['1.3.0-2', 'libtirpc3', '', [['/usr/lib/x86_64-linux-gnu/libnsl.so.2.0.1',97560],['/usr/share/doc/libnsl2/copyright',13646]], [], 755, 2, '/usr/share/doc/libnsl2'],
  'libnspr4': ['2:4.35-1', '', '', [['/usr/lib/x86_64-linux-gnu/libnspr4.so',254440],['/usr/lib/x86_64-linux-gnu/libplc4.so',22632]], [], 21957, 4, '/usr/lib/x86_64-linux-gnu'],
  'libnss3': ['2:3.87.1-1+deb12u4', 'libnspr4 libsqlite3-0', '', [['/usr/lib/x86_64-linux-gnu/libnss3.so',1406352],['/usr/lib/x86_64-linux-gnu/libfreeblpriv3.so',751784]], [], 1964256, 14, '/usr/lib/x86_64-linux-gnu'],
  'libnuma1': ['2.0.16-1', '', '', [['/usr/lib/x86_64-linux-gnu/libnuma.so.1.0.0',52312],['/usr/share/doc/libnuma1/copyright',1357]], [], 679, 1, '/usr/share/doc/libnuma1'],
  'libonig5': ['6.9.8-1', '', '', [['/usr/lib/x86_64-linux-gnu/libonig.so.5.3.0',614016],['/usr/share/doc/libonig5/changelog.gz',35220]], [], 6354, 2, '/usr/share/doc/libonig5'],
  'libpam-cap': ['1:2.66-4+deb12u3+b1', '', '', [['/usr/lib/x86_64-linux-gnu/security/pam_cap.so',14248],['/usr/share/doc/libpam-cap/copyright',4631]], [], 8219, 8, '/usr/share/doc/libpam-cap'],
  'libpcsclite1': ['1.9.9-2', '', '', [['/usr/lib/x86_64-linux-gnu/libpcsclite.so.1.0.0',47016],['/usr/share/doc/libpcsclite1/changelog.gz',27102]], [], 4931, 2, '/usr/share/doc/libpcsclite1'],
  'libperl5.36': ['5.36.0-7+deb12u4', 'libgdbm-compat4 libgdbm6 perl-modules-5.36', '', [['/usr/lib/x86_64-linux-gnu/perl/5.36.0/CORE/charclass_invlists.h',4472989],['/usr/lib/x86_64-linux-gnu/libperl.so.5.36.0',3832160]], [['/usr/bin/cpan5.36-x86_64-linux-gnu',8381],['/usr/bin/perl5.36-x86_64-linux-gnu',14752]], 20822339, 384, '/usr/lib/x86_64-linux-gnu/perl/5.36.0/CORE'],
  'libpkgconf3': ['1.8.1-1', '', '', [['/usr/lib/x86_64-linux-gnu/libpkgconf.so.3.0.0',68896],['/usr/share/doc/libpkgconf3/copyright',7501]], [], 9322, 2, '/usr/share/doc/libpkgconf3'],
  'libpng16-16': ['1.6.39-2+deb12u6', '', '', [['/usr/lib/x86_64-linux-gnu/libpng16.so.16.39.0',219056],['/usr/share/doc/libpng16-16/changelog.gz',98110]], [], 93464, 7, '/usr/share/doc/libpng16-16'],
  'libpq-dev': ['15.20-0+deb12u1', 'libpq5 libssl-dev', '', [['/usr/lib/x86_64-linux-gnu/libpq.a',339938],['/usr/include/postgresql/internal/c.h',46989]], [['/usr/bin/pg_config',1229]], 177043, 19, '/usr/include/postgresql'],
  'libpq5': ['15.20-0+deb12u1', 'libgssapi-krb5-2 libldap-2.5-0 libssl3', '', [['/usr/lib/x86_64-linux-gnu/libpq.so.5.15',346096],['/usr/share/locale/ka/LC_MESSAGES/libpq5-15.mo',50946]], [], 437352, 15, '/usr/share/locale/el/LC_MESSAGES'],
  'libproc2-0': ['2:4.0.2-3', '', '', [['/usr/lib/x86_64-linux-gnu/libproc2.so.0.0.1',203272],['/usr/share/doc/libproc2-0/changelog.gz',13394]], [], 6619, 3, '/usr/share/doc/libproc2-0'],
  'libpsl5': ['0.21.2-1', '', 'publicsuffix', [['/usr/lib/x86_64-linux-gnu/libpsl.so.5.3.4',75616],['/usr/share/doc/libpsl5/copyright',3310]], [], 4120, 2, '/usr/share/doc/libpsl5'],
  'libpython3-dev': ['3.11.2-1+b1', 'libpython3.11-dev', '', [['/usr/share/doc/libpython3-dev/copyright',16122],['/usr/share/doc/libpython3-dev/changelog.Debian.gz',2994]], [['/usr/bin/x86_64-linux-gnu-python3-config','x86_64-linux-gnu-python3.11-config']], 709, 2, '/usr/share/doc/libpython3-dev'],
  'libpython3-stdlib': ['3.11.2-1+b1', 'libpython3.11-stdlib', '', [['/usr/share/doc/libpython3-stdlib/copyright',16122],['/usr/share/doc/libpython3-stdlib/changelog.Debian.gz',2997]], [], 709, 2, '/usr/share/doc/libpython3-stdlib'],
  'libpython3.11': ['3.11.2-6+deb12u9', 'libpython3.11-stdlib libexpat1', '', [['/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0',7732544],['/usr/share/lintian/overrides/libpython3.11',179]], [], 0, 0, ''],
  'libpython3.11-dev': ['3.11.2-6+deb12u9', 'libpython3.11-stdlib libpython3.11 libexpat1-dev zlib1g-dev', 'libc6-dev', [['/usr/lib/python3.11/config-3.11-x86_64-linux-gnu/libpython3.11.a',13300434],['/usr/lib/python3.11/config-3.11-x86_64-linux-gnu/libpython3.11-pic.a',11782146]], [['/usr/bin/x86_64-linux-gnu-python3.11-config',3077]], 1175253, 208, '/usr/include/python3.11'],
  'libpython3.11-minimal': ['3.11.2-6+deb12u9', 'libssl3', 'libpython3.11-stdlib', [['/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so',212272],['/usr/lib/python3.11/inspect.py',124193]], [], 4813391, 279, '/usr/lib/python3.11'],
  'libpython3.11-stdlib': ['3.11.2-6+deb12u9', 'libpython3.11-minimal media-types libncursesw6 libnsl2 libreadline8 libsqlite3-0 libtirpc3', '', [['/usr/lib/python3.11/pydoc_data/topics.py',756209],['/usr/lib/python3.11/lib-dynload/_decimal.cpython-311-x86_64-linux-gnu.so',310920]], [], 7245691, 319, '/usr/lib/python3.11/lib-dynload'],
  'libquadmath0': ['12.2.0-14+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libquadmath.so.0.0.0',285304]], [], 0, 0, ''],
  'librav1e0': ['0.5.1-6', '', '', [['/usr/lib/x86_64-linux-gnu/librav1e.so.0.5.1',2701536],['/usr/share/doc/librav1e0/copyright',10350]], [], 497, 1, '/usr/share/doc/librav1e0'],
  'libreadline8': ['8.2-1.3', 'readline-common', '', [['/usr/lib/x86_64-linux-gnu/libreadline.so.8.2',354536],['/usr/lib/x86_64-linux-gnu/libhistory.so.8.2',51648]], [], 37055, 7, '/usr/share/doc/libreadline8'],
  'librtmp1': ['2.4+20151223.gitfa8646d.1-2+b2', '', '', [['/usr/lib/x86_64-linux-gnu/librtmp.so.1',122280],['/usr/share/doc/librtmp1/changelog.gz',4237]], [], 5785, 3, '/usr/share/doc/librtmp1'],
  'libsasl2-2': ['2.1.28+dfsg-10+deb12u1', 'libsasl2-modules-db', 'libsasl2-modules', [['/usr/lib/x86_64-linux-gnu/libsasl2.so.2.0.25',113392],['/usr/share/doc/libsasl2-2/copyright',32354]], [], 8285, 4, '/usr/share/doc/libsasl2-2'],
  'libsasl2-modules': ['2.1.28+dfsg-10+deb12u1', 'libssl3', '', [['/usr/lib/x86_64-linux-gnu/sasl2/libdigestmd5.so.2.0.25',60008],['/usr/lib/x86_64-linux-gnu/sasl2/libscram.so.2.0.25',44032]], [], 153336, 8, '/usr/lib/x86_64-linux-gnu/sasl2'],
  'libsasl2-modules-db': ['2.1.28+dfsg-10+deb12u1', '', '', [['/usr/share/doc/libsasl2-modules-db/copyright',32354],['/usr/lib/x86_64-linux-gnu/sasl2/libsasldb.so.2.0.25',30632]], [], 3128, 2, '/usr/share/doc/libsasl2-modules-db'],
  'libsqlite3-0': ['3.40.1-2+deb12u2', '', '', [['/usr/lib/x86_64-linux-gnu/libsqlite3.so.0.8.6',1437848],['/usr/share/doc/libsqlite3-0/changelog.html.gz',115735]], [], 106653, 4, '/usr/share/doc/libsqlite3-0'],
  'libssh2-1': ['1.10.0-3+deb12u1', 'libssl3', '', [['/usr/lib/x86_64-linux-gnu/libssh2.so.1.0.1',260552],['/usr/share/doc/libssh2-1/changelog.gz',72915]], [], 10571, 5, '/usr/share/doc/libssh2-1'],
  'libssl-dev': ['3.0.22-1~deb12u2', 'libssl3', '', [['/usr/lib/x86_64-linux-gnu/libcrypto.a',9118728],['/usr/lib/x86_64-linux-gnu/libssl.a',1233122]], [], 2030352, 141, '/usr/include/openssl'],
  'libssl3': ['3.0.22-1~deb12u2', '', '', [['/usr/lib/x86_64-linux-gnu/libcrypto.so.3',4734232],['/usr/lib/x86_64-linux-gnu/libssl.so.3',688160]], [], 484576, 7, '/usr/share/doc/libssl3'],
  'libstdc++-12-dev': ['12.2.0-14+deb12u1', 'libgcc-12-dev libc6-dev', '', [['/usr/lib/gcc/x86_64-linux-gnu/12/libstdc++.a',6030624],['/usr/lib/gcc/x86_64-linux-gnu/12/libstdc++fs.a',708154]], [], 12700529, 810, '/usr/include/c++/12/bits'],
  'libsvtav1enc1': ['1.4.1+dfsg-1', '', '', [['/usr/lib/x86_64-linux-gnu/libSvtAv1Enc.so.1.4.1',6759376],['/usr/share/doc/libsvtav1enc1/copyright',13987]], [], 5735, 2, '/usr/share/doc/libsvtav1enc1'],
  'libtiff6': ['4.5.0-6+deb12u4', 'libdeflate0 libjbig0 libjpeg62-turbo liblerc4 libwebp7', '', [['/usr/lib/x86_64-linux-gnu/libtiff.so.6.0.0',571400],['/usr/share/doc/libtiff6/changelog.gz',133295]], [], 6123, 2, '/usr/share/doc/libtiff6'],
  'libtirpc-common': ['1.3.3+ds-1', '', '', [['/usr/share/doc/libtirpc-common/copyright',13121],['/usr/share/doc/libtirpc-common/changelog.Debian.gz',4590]], [], 5153, 4, '/usr/share/doc/libtirpc-common'],
  'libtirpc-dev': ['1.3.3+ds-1', 'libtirpc3', '', [['/usr/lib/x86_64-linux-gnu/libtirpc.a',398224],['/usr/include/tirpc/rpc/rpcb_prot.h',25776]], [], 250263, 75, '/usr/include/tirpc/rpc'],
  'libtirpc3': ['1.3.3+ds-1', 'libgssapi-krb5-2 libtirpc-common', '', [['/usr/lib/x86_64-linux-gnu/libtirpc.so.3.0.0',186832],['/usr/share/doc/libtirpc3/copyright',13121]], [], 7781, 3, '/usr/share/doc/libtirpc3'],
  'libtsan2': ['12.2.0-14+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libtsan.so.2.0.0',7991864]], [], 0, 0, ''],
  'libubsan1': ['12.2.0-14+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libubsan.so.1.0.0',2698376]], [], 0, 0, ''],
  'libwebp7': ['1.2.4-0.2+deb12u1', '', '', [['/usr/lib/x86_64-linux-gnu/libwebp.so.7.1.5',453240],['/usr/share/doc/libwebp7/changelog.gz',87157]], [], 3477, 2, '/usr/share/doc/libwebp7'],
  'libx11-6': ['2:1.8.4-2+deb12u2', 'libxcb1 libx11-data', '', [['/usr/lib/x86_64-linux-gnu/libX11.so.6.4.0',1318408],['/usr/share/doc/libx11-6/changelog.gz',181718]], [], 50276, 4, '/usr/share/doc/libx11-6'],
  'libx11-data': ['2:1.8.4-2+deb12u2', '', '', [['/usr/share/X11/locale/en_US.UTF-8/Compose',512443],['/usr/share/doc/libx11-data/changelog.gz',181718]], [], 749445, 192, '/usr/share/X11/locale'],
  'libx265-199': ['3.5-2+b1', 'libnuma1', '', [['/usr/lib/x86_64-linux-gnu/libx265.so.199',16394944],['/usr/share/doc/libx265-199/changelog.gz',10166]], [], 8502, 3, '/usr/share/doc/libx265-199'],
  'libxau6': ['1:1.0.9-1', '', '', [['/usr/lib/x86_64-linux-gnu/libXau.so.6.0.0',14496],['/usr/share/doc/libxau6/changelog.gz',10817]], [], 3807, 2, '/usr/share/doc/libxau6'],
  'libxcb1': ['1.15-1', 'libxau6 libxdmcp6', '', [['/usr/lib/x86_64-linux-gnu/libxcb.so.1.1.0',166824],['/usr/share/doc/libxcb1/changelog.gz',91673]], [], 8547, 2, '/usr/share/doc/libxcb1'],
  'libxdmcp6': ['1:1.1.2-3', 'libbsd0', '', [['/usr/lib/x86_64-linux-gnu/libXdmcp.so.6.0.0',22728],['/usr/share/doc/libxdmcp6/changelog.gz',14039]], [], 4015, 2, '/usr/share/doc/libxdmcp6'],
  'libxext6': ['2:1.3.4-1+b1', 'libx11-6', '', [['/usr/lib/x86_64-linux-gnu/libXext.so.6.4.0',81568],['/usr/share/doc/libxext6/changelog.gz',21057]], [], 14195, 3, '/usr/share/doc/libxext6'],
  'libxml2': ['2.9.14+dfsg-1.3~deb12u6', 'libicu72', '', [['/usr/lib/x86_64-linux-gnu/libxml2.so.2.9.14',1750104],['/usr/share/doc/libxml2/changelog.gz',57135]], [], 11717, 5, '/usr/share/doc/libxml2'],
  'libxml2-dev': ['2.9.14+dfsg-1.3~deb12u6', 'libicu-dev libxml2', '', [['/usr/lib/x86_64-linux-gnu/libxml2.a',2811454],['/usr/share/doc/libxml2-dev/changelog.gz',57135]], [['/usr/bin/xml2-config',1436]], 444377, 54, '/usr/include/libxml2/libxml'],
  'libxmuu1': ['2:1.1.3-3', 'libx11-6', '', [['/usr/lib/x86_64-linux-gnu/libXmuu.so.1.0.0',22664],['/usr/share/doc/libxmuu1/changelog.gz',12882]], [], 6679, 2, '/usr/share/doc/libxmuu1'],
  'libxpm4': ['1:3.5.12-1.1+deb12u1', 'libx11-6', '', [['/usr/lib/x86_64-linux-gnu/libXpm.so.4.11.0',81000],['/usr/share/doc/libxpm4/changelog.gz',13669]], [], 5031, 2, '/usr/share/doc/libxpm4'],
  'libyuv0': ['0.0~git20230123.b2528b0-1', 'libjpeg62-turbo', '', [['/usr/lib/x86_64-linux-gnu/libyuv.so.0.0.1857',669624],['/usr/share/doc/libyuv0/copyright',3367]], [], 1225, 1, '/usr/share/doc/libyuv0'],
  'linux-libc-dev': ['6.1.192-3', '', '', [['/usr/share/doc/linux-libc-dev/changelog.Debian.gz',1203486],['/usr/include/linux/nl80211.h',333304]], [], 5172112, 934, '/usr/include/linux'],
  'locales': ['2.36-9+deb12u14', 'libc-l10n', '', [['/usr/share/i18n/locales/cns11643_stroke',4523291],['/usr/share/i18n/locales/iso14651_t1_common',3386286]], [['/usr/sbin/locale-gen',1411],['/usr/sbin/update-locale',3063],['/usr/sbin/validlocale',1773]], 7930463, 607, '/usr/share/i18n/locales'],
  'make': ['4.3-4.1', '', '', [['/usr/share/locale/bg/LC_MESSAGES/make.mo',59330],['/usr/share/locale/ru/LC_MESSAGES/make.mo',56673]], [['/usr/bin/make',240280],['/usr/bin/make-first-existing-target',4905],['/usr/bin/gmake','make']], 1173309, 41, '/usr/share/doc/make'],
  'manpages': ['6.03-2', '', '', [['/usr/share/doc/manpages/Changes.old.gz',438702],['/usr/share/doc/manpages/copyright',86734]], [], 856342, 224, '/usr/share/man/man7'],
  'manpages-dev': ['6.03-2', 'manpages', '', [['/usr/share/man/man2/perf_event_open.2.gz',32523],['/usr/share/man/man2/ptrace.2.gz',25066]], [], 1910334, 894, '/usr/share/man/man3'],
  'mariadb-common': ['1:10.11.19-0+deb12u1', 'mysql-common', '', [], [], 65003, 0, ''],
  'media-types': ['10.0.0', '', '', [['/etc/mime.types',73816],['/usr/share/doc/media-types/changelog.gz',6403]], [], 816, 2, '/usr/share/bug/media-types'],
  'mysql-common': ['5.8+1.1.0', '', '', [], [], 31088, 0, ''],
  'nano': ['7.2-1+deb12u1', 'libncursesw6', '', [], [], 2641592, 0, ''],
  'netbase': ['6.4', '', '', [['/etc/services',12813],['/etc/protocols',3144]], [], 6312, 4, '/usr/share/doc/netbase'],
  'netcat-openbsd': ['1.219-1', 'libbsd0', '', [], [], 101744, 0, ''],
  'openjdk-17-jre-headless': ['17.0.21.1+2-1~deb12u1', 'ca-certificates-java java-common libcups2 libfontconfig1 liblcms2-2 libjpeg62-turbo libnss3 libasound2 libfreetype6 libharfbuzz0b libpcsclite1', '', [['/usr/lib/jvm/java-17-openjdk-amd64/lib/modules',128651445],['/usr/lib/jvm/java-17-openjdk-amd64/lib/server/libjvm.so',24112704]], [], 39534530, 113, '/usr/lib/jvm/java-17-openjdk-amd64/lib/server'],
  'openssh-client': ['1:9.2p1-2+deb12u10', 'libedit2 libfido2-1 libgssapi-krb5-2 libssl3', 'xauth', [['/usr/lib/openssh/ssh-keysign',653888],['/usr/lib/openssh/ssh-pkcs11-helper',469360]], [['/usr/bin/scp',273024],['/usr/bin/sftp',289376],['/usr/bin/ssh',1125408],['/usr/bin/ssh-add',530880],['/usr/bin/ssh-agent',485760],['/usr/bin/ssh-argv0',1455],['/usr/bin/ssh-copy-id',12676],['/usr/bin/ssh-keygen',661952],['/usr/bin/ssh-keyscan',637408],['/usr/bin/slogin','ssh']], 735554, 28, '/usr/lib/openssh'],
  'openssl': ['3.0.22-1~deb12u2', 'libssl3', '', [['/usr/share/doc/openssl/changelog.gz',250297],['/usr/share/man/man7/migration_guide.7ssl.gz',26755]], [['/usr/bin/c_rehash',6925],['/usr/bin/openssl',976136]], 879136, 203, '/usr/share/man/man7'],
  'patch': ['2.7.6-7+deb12u1', '', '', [['/usr/share/doc/patch/changelog.gz',17456],['/usr/share/man/man1/patch.1.gz',11853]], [['/usr/bin/patch',191936]], 17526, 6, '/usr/share/doc/patch'],
  'perl': ['5.36.0-7+deb12u4', 'perl-modules-5.36 libperl5.36', 'netbase', [['/usr/share/doc/perl/copyright',109772],['/usr/share/man/man1/h2xs.1.gz',6969]], [['/usr/bin/corelist',15375],['/usr/bin/cpan',8360],['/usr/bin/enc2xs',41947],['/usr/bin/encguess',3069],['/usr/bin/h2ph',29227],['/usr/bin/h2xs',60934],['/usr/bin/instmodsh',4373],['/usr/bin/json_pp',4992],['/usr/bin/libnetcfg',15778],['/usr/bin/perlbug',45183],['/usr/bin/perldoc',125],['/usr/bin/perlivp',10867],['/usr/bin/perlthanks',45183],['/usr/bin/piconv',8360],['/usr/bin/pl2pm',4536],['/usr/bin/pod2html',4137],['/usr/bin/pod2man',15034],['/usr/bin/pod2text',10803],['/usr/bin/pod2usage',4107],['/usr/bin/podchecker',3658],['/usr/bin/prove',13659],['/usr/bin/ptar',3566],['/usr/bin/ptardiff',2645],['/usr/bin/ptargrep',4395],['/usr/bin/shasum',9979],['/usr/bin/splain',19449],['/usr/bin/streamzip',7941],['/usr/bin/xsubpp',5167],['/usr/bin/zipdetails',70193]], 88977, 31, '/usr/share/man/man1'],
  'perl-modules-5.36': ['5.36.0-7+deb12u4', '', 'perl', [['/usr/share/perl/5.36.0/Unicode/Collate/allkeys.txt',1939332],['/usr/share/perl/5.36.0/unicore/Name.pl',1122477]], [], 14384943, 1197, '/usr/share/perl/5.36.0'],
  'pinentry-curses': ['1.2.1-1', 'libassuan0 libncursesw6', '', [['/usr/share/doc/pinentry-curses/changelog.gz',39289],['/usr/share/doc/pinentry-curses/copyright',5775]], [['/usr/bin/pinentry-curses',72264]], 10794, 5, '/usr/share/doc/pinentry-curses'],
  'pkg-config': ['1.8.1-1', 'pkgconf', '', [['/usr/share/doc/pkg-config/copyright',7501],['/usr/share/doc/pkg-config/changelog.gz',6613]], [], 2866, 2, '/usr/share/doc/pkg-config'],
  'pkgconf': ['1.8.1-1', 'pkgconf-bin', '', [['/usr/share/aclocal/pkg.m4',12735],['/usr/share/doc/pkgconf/copyright',7501]], [['/usr/bin/pkg-config','pkgconf'],['/usr/bin/x86_64-linux-gnu-pkg-config','pkgconf'],['/usr/bin/x86_64-linux-gnu-pkgconf','pkgconf']], 18018, 8, '/usr/share/doc/pkgconf'],
  'pkgconf-bin': ['1.8.1-1', 'libpkgconf3', '', [['/usr/share/doc/pkgconf-bin/copyright',7501],['/usr/share/doc/pkgconf-bin/changelog.gz',6613]], [['/usr/bin/pkgconf',45096]], 6949, 4, '/usr/share/doc/pkgconf-bin'],
  'postgresql-client': ['15+248+deb12u2', 'postgresql-client-15', '', [], [], 15073, 0, ''],
  'postgresql-client-15': ['15.20-0+deb12u1', 'libpq5 postgresql-client-common sensible-utils libreadline8 libssl3', '', [['/usr/lib/postgresql/15/bin/psql',790048],['/usr/lib/postgresql/15/bin/pg_dump',438624]], [], 7011888, 334, '/usr/lib/postgresql/15/bin'],
  'postgresql-client-common': ['248+deb12u2', 'netbase perl', '', [['/usr/share/perl5/PgCommon.pm',44770],['/usr/share/postgresql-common/pg_wrapper',10481]], [['/usr/bin/clusterdb','../share/postgresql-common/pg_wrapper'],['/usr/bin/createdb','../share/postgresql-common/pg_wrapper'],['/usr/bin/createlang','../share/postgresql-common/pg_wrapper'],['/usr/bin/createuser','../share/postgresql-common/pg_wrapper'],['/usr/bin/dropdb','../share/postgresql-common/pg_wrapper'],['/usr/bin/droplang','../share/postgresql-common/pg_wrapper'],['/usr/bin/dropuser','../share/postgresql-common/pg_wrapper'],['/usr/bin/pg_basebackup','../share/postgresql-common/pg_wrapper'],['/usr/bin/pg_dump','../share/postgresql-common/pg_wrapper'],['/usr/bin/pg_dumpall','../share/postgresql-common/pg_wrapper'],['/usr/bin/pg_isready','../share/postgresql-common/pg_wrapper'],['/usr/bin/pg_receivewal','../share/postgresql-common/pg_wrapper'],['/usr/bin/pg_receivexlog','../share/postgresql-common/pg_wrapper'],['/usr/bin/pg_recvlogical','../share/postgresql-common/pg_wrapper'],['/usr/bin/pg_restore','../share/postgresql-common/pg_wrapper'],['/usr/bin/pgbench','../share/postgresql-common/pg_wrapper'],['/usr/bin/psql','../share/postgresql-common/pg_wrapper'],['/usr/bin/reindexdb','../share/postgresql-common/pg_wrapper'],['/usr/bin/vacuumdb','../share/postgresql-common/pg_wrapper'],['/usr/bin/vacuumlo','../share/postgresql-common/pg_wrapper']], 30847, 10, '/usr/share/postgresql-common'],
  'procps': ['2:4.0.2-3', 'libncursesw6 libproc2-0', 'psmisc', [['/usr/share/locale/uk/LC_MESSAGES/procps-ng.mo',125614],['/usr/share/locale/ro/LC_MESSAGES/procps-ng.mo',103322]], [['/usr/bin/kill',22840],['/usr/bin/ps',146360],['/usr/sbin/sysctl',31040],['/usr/bin/free',26936],['/usr/bin/pgrep',35248],['/usr/bin/pidwait',35248],['/usr/bin/pmap',35160],['/usr/bin/pwdx',14648],['/usr/bin/skill',31056],['/usr/bin/slabtop',22904],['/usr/bin/tload',18760],['/usr/bin/top',134736],['/usr/bin/uptime',14648],['/usr/bin/vmstat',35552],['/usr/bin/w',22840],['/usr/bin/watch',27352],['/usr/bin/pkill','pgrep'],['/usr/bin/snice','skill']], 1086663, 131, '/usr/share/locale/ko/LC_MESSAGES'],
  'psmisc': ['23.6-1', '', '', [['/usr/share/locale/uk/LC_MESSAGES/psmisc.mo',23962],['/usr/share/locale/ru/LC_MESSAGES/psmisc.mo',23507]], [['/usr/bin/fuser',40784],['/usr/bin/killall',32720],['/usr/bin/peekfd',14848],['/usr/bin/prtstat',19016],['/usr/bin/pslog',14792],['/usr/bin/pstree',36640],['/usr/bin/pstree.x11','pstree']], 568893, 103, '/usr/share/locale/sr/LC_MESSAGES'],
  'publicsuffix': ['20230209.2326-1', '', '', [['/usr/share/publicsuffix/public_suffix_list.dat',245996],['/usr/share/publicsuffix/public_suffix_list.dafsa',54368]], [], 33567, 5, '/usr/share/doc/publicsuffix'],
  'python3': ['3.11.2-1+b1', 'python3-minimal python3.11 libpython3-stdlib', '', [['/usr/share/doc/python3/copyright',16122],['/usr/share/doc/python3/python-policy.txt.gz',11825]], [['/usr/bin/pdb3','pdb3.11'],['/usr/bin/pydoc3','pydoc3.11'],['/usr/bin/pygettext3','pygettext3.11']], 16786, 9, '/usr/lib/valgrind'],
  'python3-dev': ['3.11.2-1+b1', 'python3 libpython3-dev python3.11-dev python3-distutils libjs-sphinxdoc', '', [['/usr/share/doc/python3/python-policy.html',88358],['/usr/share/doc/python3/searchindex.js',17276]], [['/usr/bin/python3-config','python3.11-config']], 25417, 7, '/usr/share/doc/python3/_static'],
  'python3-distutils': ['3.11.2-3', 'python3 python3-lib2to3', '', [['/usr/lib/python3.11/distutils/dist.py',50385],['/usr/lib/python3.11/distutils/ccompiler.py',47418]], [], 512960, 51, '/usr/lib/python3.11/distutils'],
  'python3-lib2to3': ['3.11.2-3', 'python3', '', [['/usr/lib/python3.11/lib2to3/pytree.py',27974],['/usr/lib/python3.11/lib2to3/refactor.py',27507]], [], 259134, 76, '/usr/lib/python3.11/lib2to3/fixes'],
  'python3-minimal': ['3.11.2-1+b1', 'python3.11-minimal', '', [['/usr/share/doc/python3-minimal/copyright',16122],['/usr/share/python3/debpython/version.py',14257]], [['/usr/bin/py3clean',7810],['/usr/bin/py3compile',13308],['/usr/bin/py3versions','../share/python3/py3versions.py'],['/usr/bin/python3','python3.11']], 39866, 12, '/usr/share/python3/debpython'],
  'python3-pip': ['23.0.1+dfsg-1', 'ca-certificates python3-distutils python3-setuptools python3-wheel python3', 'build-essential python3-dev', [['/usr/lib/python3/dist-packages/pip/_vendor/certifi/cacert.pem',276401],['/usr/lib/python3/dist-packages/pip/_vendor/pyparsing/core.py',213344]], [['/usr/bin/pip',221],['/usr/bin/pip3',221],['/usr/bin/pip3.11',221]], 5945528, 598, '/usr/lib/python3/dist-packages/pip/_vendor/chardet'],
  'python3-pip-whl': ['23.0.1+dfsg-1', 'ca-certificates', '', [['/usr/share/python-wheels/pip-23.0.1-py3-none-any.whl',1698754],['/usr/share/doc/python3-pip-whl/changelog.gz',56494]], [], 23619, 3, '/usr/share/doc/python3-pip-whl'],
  'python3-pkg-resources': ['66.1.1-1+deb12u2', 'python3', '', [['/usr/lib/python3/dist-packages/pkg_resources/_vendor/pyparsing/core.py',213310],['/usr/lib/python3/dist-packages/pkg_resources/_vendor/more_itertools/more.py',133344]], [], 679068, 53, '/usr/lib/python3/dist-packages/pkg_resources/_vendor/pyparsing'],
  'python3-setuptools': ['66.1.1-1+deb12u2', 'python3-pkg-resources python3-distutils python3', '', [['/usr/lib/python3/dist-packages/setuptools/config/_validate_pyproject/fastjsonschema_validations.py',269900],['/usr/lib/python3/dist-packages/setuptools/_vendor/pyparsing/core.py',213310]], [], 1970689, 197, '/usr/lib/python3/dist-packages/setuptools/_distutils'],
  'python3-setuptools-whl': ['66.1.1-1+deb12u2', '', '', [['/usr/share/python-wheels/setuptools-66.1.1-py3-none-any.whl',1261745],['/usr/share/doc/python3-setuptools-whl/changelog.gz',71454]], [], 5548, 2, '/usr/share/doc/python3-setuptools-whl'],
  'python3-venv': ['3.11.2-1+b1', 'python3.11-venv python3 python3-distutils', '', [], [], 5652, 0, ''],
  'python3-wheel': ['0.38.4-2', 'python3-distutils python3', '', [['/usr/lib/python3/dist-packages/wheel/bdist_wheel.py',19293],['/usr/lib/python3/dist-packages/wheel/macosx_libfile.py',16145]], [], 66504, 23, '/usr/lib/python3/dist-packages/wheel/vendored/packaging'],
  'python3.11': ['3.11.2-6+deb12u9', 'python3.11-minimal libpython3.11-stdlib media-types', 'ca-certificates', [['/usr/share/doc/python3.11/NEWS.gz',516580],['/usr/share/doc/python3.11/copyright',49855]], [['/usr/bin/pydoc3.11',79],['/usr/bin/pygettext3.11',24235],['/usr/bin/pdb3.11','../lib/python3.11/pdb.py']], 43702, 12, '/usr/share/doc/python3.11'],
  'python3.11-dev': ['3.11.2-6+deb12u9', 'python3.11 libpython3.11-dev libpython3.11', 'libc6-dev', [['/usr/share/doc/python3.11/HISTORY.gz',492522],['/usr/share/doc/python3.11/test_results.gz',114257]], [['/usr/bin/python3.11-config','x86_64-linux-gnu-python3.11-config']], 7556, 4, '/usr/share/doc/python3.11'],
  'python3.11-minimal': ['3.11.2-6+deb12u9', 'libpython3.11-minimal libexpat1', 'python3.11', [['/usr/share/doc/python3.11-minimal/copyright',49855],['/usr/share/doc/python3.11-minimal/changelog.Debian.gz',7947]], [['/usr/bin/python3.11',6831736]], 9217, 5, '/usr/share/man/man1'],
  'python3.11-venv': ['3.11.2-6+deb12u9', 'python3.11 python3-pip-whl python3-setuptools-whl python3-distutils', '', [['/usr/lib/python3.11/ensurepip/__init__.py',10882],['/usr/lib/python3.11/ensurepip/_uninstall.py',808]], [], 151, 2, '/usr/lib/python3.11/ensurepip'],
  'readline-common': ['8.2-1.3', '', '', [['/usr/share/info/rluserman.info.gz',26693],['/usr/share/man/man3/readline.3readline.gz',15809]], [], 28198, 7, '/usr/share/doc/readline-common'],
  'rpcsvc-proto': ['1.4.3-1', '', '', [['/usr/include/rpcsvc/nfs_prot.h',11448],['/usr/include/rpcsvc/nlm_prot.h',9374]], [['/usr/bin/rpcgen',97280]], 107541, 26, '/usr/include/rpcsvc'],
  'sensible-utils': ['0.0.17+nmu1', '', '', [['/usr/share/doc/sensible-utils/copyright',5427],['/usr/share/doc/sensible-utils/changelog.gz',1630]], [['/usr/bin/select-editor',2450],['/usr/bin/sensible-browser',1290],['/usr/bin/sensible-editor',1269],['/usr/bin/sensible-pager',565]], 11573, 18, '/usr/share/man/fr/man1'],
  'shared-mime-info': ['2.2-1', 'libglib2.0-0 libxml2', '', [['/usr/share/mime/packages/freedesktop.org.xml',2408297],['/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf',140429]], [['/usr/bin/update-mime-database',60696]], 2316056, 89, '/usr/share/doc/shared-mime-info/shared-mime-info-spec.html'],
  'sudo': ['1.9.13p3-1+deb12u4', '', '', [], [], 5704294, 0, ''],
  'tini': ['0.19.0-1+b3', '', '', [['/usr/share/doc/tini/copyright',1377],['/usr/share/doc/tini/changelog.Debian.gz',284]], [['/usr/bin/tini',27792],['/usr/bin/tini-static',708080]], 234, 1, '/usr/share/doc/tini'],
  'unzip': ['6.0-28+deb12u1', '', '', [['/usr/share/doc/unzip/History.600.gz',21529],['/usr/share/man/man1/unzip.1.gz',18130]], [['/usr/bin/funzip',23000],['/usr/bin/unzip',179248],['/usr/bin/unzipsfx',84848],['/usr/bin/zipgrep',2959],['/usr/bin/zipinfo',179248]], 36706, 9, '/usr/share/doc/unzip'],
  'vim-common': ['2:9.0.1378-2+deb12u2', '', 'xxd vim-tiny', [['/usr/share/doc/vim-common/changelog.gz',28958],['/usr/share/doc/vim-common/copyright',27896]], [['/usr/bin/helpztags',2514]], 104919, 30, '/usr/share/icons/hicolor/scalable/apps'],
  'vim-tiny': ['2:9.0.1378-2+deb12u2', 'vim-common', '', [], [], 1591173, 0, ''],
  'wget': ['1.21.3-1+deb12u1', 'libpsl5', 'ca-certificates', [['/usr/share/doc/wget/changelog.gz',250396],['/usr/share/locale/uk/LC_MESSAGES/wget.mo',100069]], [['/usr/bin/wget',470384]], 2641355, 86, '/usr/share/locale/ru/LC_MESSAGES'],
  'xauth': ['1:1.1.2-1', 'libx11-6 libxau6 libxext6 libxmuu1', '', [['/usr/share/doc/xauth/changelog.gz',12067],['/usr/share/man/man1/xauth.1.gz',4271]], [['/usr/bin/xauth',52736]], 2099, 2, '/usr/share/doc/xauth'],
  'xdg-user-dirs': ['0.18-1', '', '', [['/usr/share/doc/xdg-user-dirs/changelog.gz',15377],['/usr/share/doc/xdg-user-dirs/copyright',2795]], [['/usr/bin/xdg-user-dir',234],['/usr/bin/xdg-user-dirs-update',26784]], 127563, 83, '/usr/share/man/man5'],
  'xxd': ['2:9.0.1378-2+deb12u2', '', '', [['/usr/share/doc/xxd/changelog.gz',28958],['/usr/share/doc/xxd/copyright',27896]], [['/usr/bin/xxd',18648]], 37836, 8, '/usr/share/doc/xxd'],
  'xz-utils': ['5.4.1-1+deb12u2', '', '', [['/usr/share/doc/xz-utils/changelog.gz',88441],['/usr/share/locale/uk/LC_MESSAGES/xz.mo',35300]], [['/usr/bin/lzmainfo',14648],['/usr/bin/xz',84680],['/usr/bin/xzdiff',7422],['/usr/bin/xzgrep',10333],['/usr/bin/xzless',1813],['/usr/bin/xzmore',2190],['/usr/bin/unxz','xz'],['/usr/bin/xzcat','xz'],['/usr/bin/xzcmp','xzdiff'],['/usr/bin/xzegrep','xzgrep'],['/usr/bin/xzfgrep','xzgrep']], 803701, 69, '/usr/share/doc/xz-utils'],
  'zip': ['3.0-13+deb12u1', '', 'unzip', [['/usr/share/doc/zip/CHANGES.gz',68152],['/usr/share/man/man1/zip.1.gz',28488]], [['/usr/bin/zip',217360],['/usr/bin/zipcloak',94696],['/usr/bin/zipnote',86176],['/usr/bin/zipsplit',90304]], 29163, 7, '/usr/share/doc/zip'],
  'zlib1g-dev': ['1:1.2.13.dfsg-1', 'libc6-dev', '', [['/usr/share/doc/zlib1g-dev/crc-doc.1.0.pdf.gz',721681],['/usr/lib/x86_64-linux-gnu/libz.a',148862]], [], 439345, 27, '/usr/share/doc/zlib1g-dev/examples'],
};

/** debian:bookworm-slim's packages (Priority: required, apt and their dependencies), name=version. */
const DEB_BASE = 'adduser=3.134 apt=2.6.2 base-files=12.4+deb12u15 base-passwd=3.6.1 bash=5.2.15-2+b13 bsdutils=1:2.38.1-5+deb12u3 coreutils=9.1-1 dash=0.5.12-2 debconf=1.5.82 debian-archive-keyring=2023.3+deb12u2 debianutils=5.7-0.5~deb12u1 diffutils=1:3.8-4 dpkg=1.21.23 e2fsprogs=1.47.0-2+b2 findutils=4.9.0-4 gcc-12-base=12.2.0-14+deb12u1 gpgv=2.2.40-1.1+deb12u2 grep=3.8-5 gzip=1.12-1 hostname=3.23+nmu1 init-system-helpers=1.65.2+deb12u1 libacl1=2.3.1-3 libapt-pkg6.0=2.6.2 libattr1=1:2.5.1-4 libaudit-common=1:3.0.9-1 libaudit1=1:3.0.9-1 libblkid1=2.38.1-5+deb12u3 libbz2-1.0=1.0.8-5+b1 libc-bin=2.36-9+deb12u14 libc6=2.36-9+deb12u14 libcap-ng0=0.8.3-1+b3 libcap2=1:2.66-4+deb12u3+b1 libcom-err2=1.47.0-2+b2 libcrypt1=1:4.4.33-2 libdb5.3=5.3.28+dfsg2-1 libdebconfclient0=0.270 libext2fs2=1.47.0-2+b2 libffi8=3.4.4-1 libgcc-s1=12.2.0-14+deb12u1 libgcrypt20=1.10.1-3+deb12u1 libgmp10=2:6.2.1+dfsg1-1.1 libgnutls30=3.7.9-2+deb12u7 libgpg-error0=1.46-1 libhogweed6=3.8.1-2 libidn2-0=2.3.3-1+b1 liblz4-1=1.9.4-1 liblzma5=5.4.1-1+deb12u2 libmd0=1.0.4-2 libmount1=2.38.1-5+deb12u3 libnettle8=3.8.1-2 libp11-kit0=0.24.1-2 libpam-modules=1.5.2-6+deb12u3 libpam-modules-bin=1.5.2-6+deb12u3 libpam-runtime=1.5.2-6+deb12u3 libpam0g=1.5.2-6+deb12u3 libpcre2-8-0=10.42-1+deb12u2 libseccomp2=2.5.4-1+deb12u1 libselinux1=3.4-1+b6 libsemanage-common=3.4-1 libsemanage2=3.4-1+b5 libsepol2=3.4-2.1 libsmartcols1=2.38.1-5+deb12u3 libss2=1.47.0-2+b2 libstdc++6=12.2.0-14+deb12u1 libsystemd0=252.39-1~deb12u2 libtasn1-6=4.19.0-2+deb12u1 libtinfo6=6.4-4 libudev1=252.39-1~deb12u2 libunistring2=1.0-2 libuuid1=2.38.1-5+deb12u3 libxxhash0=0.8.1-1 libzstd1=1.5.4+dfsg2-5+deb12u1 login=1:4.13+dfsg1-1+deb12u2 logsave=1.47.0-2+b2 mawk=1.3.4.20200120-3.1 mount=2.38.1-5+deb12u3 ncurses-base=6.4-4 ncurses-bin=6.4-4 passwd=1:4.13+dfsg1-1+deb12u2 perl-base=5.36.0-7+deb12u4 sed=4.9-1+deb12u1 sysvinit-utils=3.06-4 tar=1.34+dfsg-1.2+deb12u1 tzdata=2026f-0+deb12u1 usr-is-merged=37~deb12u1 util-linux=2.38.1-5+deb12u3 util-linux-extra=2.38.1-5+deb12u3 zlib1g=1:1.2.13.dfsg-1';

const debBase = new Map(DEB_BASE.split(' ').map((e) => e.split('=') as [string, string]));

interface DebState {
  /** Installed package → version. */
  installed: Map<string, string>;
  /** Whether /var/lib/dpkg/status was read (else debian:bookworm-slim's set is assumed). */
  known: boolean;
}

function dpkgState(ctx: CommandContext): DebState {
  const status = readText(ctx, '/var/lib/dpkg/status');
  if (status === null) return { installed: new Map(debBase), known: false };
  const installed = new Map<string, string>();
  for (const stanza of status.split(/\n\s*\n/)) {
    const pkg = /^Package: (.+)$/m.exec(stanza)?.[1];
    if (pkg && /^Status: install ok installed$/m.test(stanza)) installed.set(pkg.trim(), /^Version: (.+)$/m.exec(stanza)?.[1]?.trim() ?? '');
  }
  return { installed, known: true };
}

function stanza(pkg: string, version: string, kb: number, depends: string): string {
  return `Package: ${pkg}\nStatus: install ok installed\nPriority: optional\nArchitecture: amd64\nVersion: ${version}\nInstalled-Size: ${kb}\n${depends ? `Depends: ${depends.split(' ').join(', ')}\n` : ''}Description: ${pkg}\n`;
}

function debBytes(row: DebRow): number {
  return row[3].reduce((a, f) => a + f[1], 0) + row[4].reduce((a, f) => a + (typeof f[1] === 'number' ? f[1] : 0), 0) + row[5];
}

/** The packages `apt-get install` adds for `wanted`, in dependency order (dependencies first). */
function debClosure(wanted: string[], installed: Map<string, string>, recommends: boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (p: string) => {
    if (seen.has(p) || installed.has(p)) return;
    seen.add(p);
    const row = DEB[p];
    if (!row) return;
    for (const d of row[1].split(' ').filter(Boolean)) visit(d);
    if (recommends) for (const d of row[2].split(' ').filter(Boolean)) visit(d);
    out.push(p);
  };
  for (const w of wanted) visit(w);
  return out;
}

/** Paths a Debian package puts on disk (what removing it deletes). */
function debPaths(pkg: string, row: DebRow): string[] {
  return [...row[3].map((f) => f[0]), ...row[4].map((f) => f[0]), ...(row[5] > 0 ? [restPath(row[7] || `/usr/share/${pkg}`, pkg, row[6])] : [])];
}

/** The entry that stands for the package files the table does not list one by one. */
function restPath(dir: string, pkg: string, count: number): string {
  return join(dir, `[${count > 1 ? `${count} more files` : 'other files'} of ${pkg}]`);
}

function installDeb(ctx: CommandContext, pkg: string, row: DebRow): void {
  const id = (p: string) => `deb:${pkg}=${row[0]}:${p}`;
  for (const [p, size] of row[3]) putFile(ctx, p, size, { owner: ROOT, id: id(p) });
  for (const [p, v] of row[4]) {
    if (typeof v === 'number') putFile(ctx, p, v, { owner: ROOT, mode: 0o755, id: id(p) });
    else putLink(ctx, p, v, ROOT);
  }
  if (row[5] > 0) putFile(ctx, restPath(row[7] || `/usr/share/${pkg}`, pkg, row[6]), row[5], { owner: ROOT, id: id('rest') });
  const files = row[3].length + row[4].length + Math.max(row[6], 1);
  putFile(ctx, `/var/lib/dpkg/info/${pkg}.list`, files * 48, { owner: ROOT, id: id('list') });
  putFile(ctx, `/var/lib/dpkg/info/${pkg}.md5sums`, files * 70, { owner: ROOT, id: id('md5sums') });
  // Maintainer scripts that leave files behind.
  if (pkg === 'ca-certificates') {
    // update-ca-certificates (postinst) concatenates the bundle; size as on a bookworm machine.
    putFile(ctx, '/etc/ssl/certs/ca-certificates.crt', 225_079, { owner: ROOT, id: 'ca-bundle:debian' });
    putFile(ctx, '/etc/ca-certificates.conf', 6_400, { owner: ROOT, id: id('conf') });
  }
  if (pkg === 'ca-certificates-java') putFile(ctx, '/etc/ssl/certs/java/cacerts', 160_000, { owner: ROOT, id: 'java-cacerts' });
}

function aptListsPresent(ctx: CommandContext): boolean {
  const dir = ctx.fs.realpath('/var/lib/apt/lists');
  // An image whose files the simulator does not know (no /var/lib/apt at all): assume lists.
  if (!ctx.fs.isDir(dir) && !ctx.fs.isDir(ctx.fs.realpath('/var/lib/apt'))) return true;
  return ctx.fs.list(dir).some((n) => n.includes('_Packages'));
}

/** A file of /etc/apt/apt.conf.d mentioning `needle` (case-insensitive). */
function aptConfig(ctx: CommandContext, needle: RegExp): boolean {
  const dir = ctx.fs.realpath('/etc/apt/apt.conf.d');
  return ctx.fs.list(dir).some((n) => needle.test(readText(ctx, join(dir, n)) ?? ''));
}

/** `apt-get update` on bookworm as Docker's debian images run it: name, bytes (lz4-compressed and plain). */
const APT_LISTS: [string, number, number][] = [
  ['deb.debian.org_debian_dists_bookworm_InRelease', 151_075, 151_075],
  ['deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages', 18_840_233, 50_060_337],
  ['deb.debian.org_debian_dists_bookworm-updates_InRelease', 55_403, 55_403],
  ['deb.debian.org_debian_dists_bookworm-updates_main_binary-amd64_Packages', 11_648, 32_757],
  ['deb.debian.org_debian-security_dists_bookworm-security_InRelease', 34_770, 34_770],
  ['deb.debian.org_debian-security_dists_bookworm-security_main_binary-amd64_Packages', 774_128, 2_559_141],
];
const APT_USER: Owner = { uid: 42, gid: 0 };

function codename(ctx: CommandContext): string | null {
  const rel = readText(ctx, '/etc/os-release') ?? '';
  return /^VERSION_CODENAME=(\S+)/m.exec(rel)?.[1] ?? null;
}

function aptUpdate(ctx: CommandContext): CommandResult {
  const compressed = isFile(ctx, '/etc/apt/apt.conf.d/docker-gzip-indexes') || aptConfig(ctx, /GzipIndexes\s+"?true/i);
  const release = codename(ctx);
  const lists = mkdirs(ctx, '/var/lib/apt/lists', ROOT)!;
  mkdirs(ctx, join(lists, 'partial'), APT_USER, 0o700);
  mkdirs(ctx, join(lists, 'auxfiles'), APT_USER, 0o755);
  if (!isFile(ctx, join(lists, 'lock'))) putFile(ctx, join(lists, 'lock'), 0, { owner: ROOT, mode: 0o640, id: 'apt-lock' });
  let total = 0;
  let out = '';
  APT_LISTS.forEach(([name, lz4, plain], i) => {
    const rel = name.replace(/bookworm/g, release ?? 'bookworm');
    const file = name.endsWith('_Packages') ? rel + (compressed ? '.lz4' : '') : rel;
    const size = name.endsWith('_Packages') && !compressed ? plain : lz4;
    total += size;
    putFile(ctx, join(lists, file), size, { owner: ROOT, id: `apt-list:${file}` });
    out += `Get:${i + 1} http://${rel.split('_').slice(0, 3).join('/').replace('_dists', '')} [${Math.round(size / 1000)} kB]\n`;
  });
  ctx.assume(
    `apt-get update writes the package lists of Debian ${release ?? 'bookworm'} as measured on bookworm on 2026-11-29 (${human(total)}${compressed ? ', kept lz4-compressed as Docker\'s debian images configure apt (docker-gzip-indexes)' : ', uncompressed'}); the real size moves with every point and security release. They stay in this layer unless the same RUN deletes /var/lib/apt/lists/*`,
  );
  if (release && release !== 'bookworm') ctx.assume(`the list sizes of ${release} are taken to be bookworm's`);
  return ok(text(out + 'Reading package lists...\n'));
}

function aptInstall(ctx: CommandContext, tool: string, names: string[], o: { yes: boolean; recommends: boolean; cmd: string }): CommandResult {
  const head = 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n';
  const state = dpkgState(ctx);
  if (!state.known) ctx.assume(`/var/lib/dpkg/status is not known: the installed packages are taken to be debian:bookworm-slim's`);
  const wanted: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/[=/].*$/, '').replace(/:amd64$/, '');
    if (raw !== name) ctx.assume(`${raw}: the version or release pin is ignored; the simulator's table has ${name} ${DEB[name]?.[0] ?? ''}`.trim());
    if (state.installed.has(name) && !DEB[name]) continue;
    if (!aptListsPresent(ctx) && !state.installed.has(name)) {
      return { status: 100, stdout: text(head), stderr: `E: Unable to locate package ${name}\n` };
    }
    if (!DEB[name] && !state.installed.has(name)) {
      ctx.opaque(`${tool} install ${name}: the simulator has no table entry for the Debian package "${name}"; its files, size and dependencies are unknown`);
      continue;
    }
    wanted.push(name);
  }
  const adds = debClosure(wanted, state.installed, o.recommends);
  let out = head;
  for (const w of wanted) if (state.installed.has(w)) out += `${w} is already the newest version (${state.installed.get(w)}).\n`;
  if (!adds.length) return ok(text(out + '0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n'));
  const extra = adds.filter((p) => !wanted.includes(p));
  const bytes = adds.reduce((a, p) => a + debBytes(DEB[p]!), 0);
  if (extra.length) out += `The following additional packages will be installed:\n  ${extra.join(' ')}\n`;
  out += `The following NEW packages will be installed:\n  ${adds.join(' ')}\n0 upgraded, ${adds.length} newly installed, 0 to remove and 0 not upgraded.\nAfter this operation, ${human(bytes)} of additional disk space will be used.\n`;
  if (extra.length && !o.yes) return { status: 1, stdout: text(out + 'Do you want to continue? [Y/n] Abort.\n') };
  for (const p of adds) {
    installDeb(ctx, p, DEB[p]!);
    out += `Setting up ${p} (${DEB[p]![0]}) ...\n`;
  }
  // The package database and apt's logs.
  const status = readText(ctx, '/var/lib/dpkg/status');
  const stanzas = adds.map((p) => stanza(p, DEB[p]![0], Math.ceil(debBytes(DEB[p]!) / 1024), DEB[p]![1])).join('\n');
  if (status !== null) {
    putFile(ctx, '/var/lib/dpkg/status-old', status, { owner: ROOT });
    rewriteText(ctx, '/var/lib/dpkg/status', status.replace(/\n*$/, '\n\n') + stanzas);
  } else {
    putFile(ctx, '/var/lib/dpkg/status', 60_000 + stanzas.length, { owner: ROOT, id: `dpkg-status:${adds.join(',')}` });
  }
  const auto = extra.map((p) => `Package: ${p}\nArchitecture: amd64\nAuto-Installed: 1\n`).join('\n');
  if (auto) {
    const old = readText(ctx, '/var/lib/apt/extended_states');
    putFile(ctx, '/var/lib/apt/extended_states', (old ? old.replace(/\n*$/, '\n\n') : '') + auto, { owner: ROOT });
  }
  const log = (path: string, add: string) => {
    const old = readText(ctx, path);
    putFile(ctx, path, (old ?? '') + add, { owner: ROOT, mode: path.endsWith('dpkg.log') ? 0o644 : 0o640 });
  };
  log('/var/log/dpkg.log', adds.map((p) => `install ${p}:amd64 <none> ${DEB[p]![0]}\nstatus installed ${p}:amd64 ${DEB[p]![0]}\n`).join(''));
  log('/var/log/apt/history.log', `\nCommandline: ${o.cmd}\nInstall: ${adds.map((p) => `${p}:amd64 (${DEB[p]![0]}${extra.includes(p) ? ', automatic' : ''})`).join(', ')}\n`);
  putFile(ctx, '/var/log/apt/term.log', 200 * adds.length, { owner: ROOT, mode: 0o640, id: `apt-term:${o.cmd}` });
  putFile(ctx, '/var/log/apt/eipp.log.xz', 20_000, { owner: ROOT, mode: 0o600, id: `apt-eipp:${o.cmd}` });
  putFile(ctx, '/var/cache/debconf/templates.dat', 600_000 + 3_000 * adds.length, { owner: ROOT, id: `debconf:${adds.join(',')}` });
  mkdirs(ctx, '/var/cache/apt/archives/partial', APT_USER, 0o700);
  // Docker's debian images configure apt to delete downloaded .deb files (docker-clean); `apt`
  // itself never keeps them (Binary::apt::APT::Keep-Downloaded-Packages "false").
  const clean = tool === 'apt' || isFile(ctx, '/etc/apt/apt.conf.d/docker-clean') || aptConfig(ctx, /Keep-Downloaded-Packages\s+"?false/i);
  if (!clean) {
    for (const p of adds) putFile(ctx, `/var/cache/apt/archives/${p}_${DEB[p]![0].replace(/^\d+:/, '')}_amd64.deb`, Math.round(debBytes(DEB[p]!) * 0.35), { owner: ROOT, id: `deb-file:${p}` });
    ctx.assume(`apt keeps the downloaded .deb files in /var/cache/apt/archives (no docker-clean configuration): their size is taken as 35% of the installed size`);
  }
  ctx.assume(`${tool} install: ${adds.length} package${adds.length > 1 ? 's' : ''} (${human(bytes)}) from the simulator's Debian bookworm table; each package's largest files are listed at their paths and the rest of it as one entry`);
  return ok(text(out));
}

function aptRemove(ctx: CommandContext, names: string[], purge: boolean): CommandResult {
  const state = dpkgState(ctx);
  const status = readText(ctx, '/var/lib/dpkg/status');
  let next = status;
  let out = 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n';
  for (const raw of names) {
    const name = raw.replace(/[=/].*$/, '');
    if (!state.installed.has(name)) {
      out += `Package '${name}' is not installed, so not removed\n`;
      continue;
    }
    const row = DEB[name];
    if (!row) {
      ctx.opaque(`apt-get remove ${name}: the simulator does not know which files the package "${name}" owns`);
      continue;
    }
    for (const p of debPaths(name, row)) ctx.fs.remove(ctx.fs.realpath(p));
    for (const ext of ['list', 'md5sums']) ctx.fs.remove(`/var/lib/dpkg/info/${name}.${ext}`);
    if (next !== null) next = next.split(/\n\s*\n/).filter((s) => !new RegExp(`^Package: ${name.replace(/[.+]/g, '\\$&')}$`, 'm').test(s)).join('\n\n');
    out += `Removing ${name} (${row[0]}) ...\n`;
    if (purge) out += `Purging configuration files for ${name} (${row[0]}) ...\n`;
  }
  if (status !== null && next !== null && next !== status) rewriteText(ctx, '/var/lib/dpkg/status', next.replace(/\n*$/, '\n'));
  return ok(text(out));
}

registerCommand({ names: ['apt-get'], run: (args, ctx) => aptMain('apt-get', args, ctx) });
registerCommand({ names: ['apt'], run: (args, ctx) => aptMain('apt', args, ctx) });

function aptMain(tool: string, args: string[], ctx: CommandContext): CommandResult {
  const mutating = args.some((a) => ['update', 'install', 'remove', 'purge', 'autoremove', 'clean', 'upgrade', 'dist-upgrade', 'full-upgrade'].includes(a));
  if (mutating && ctx.user.uid !== 0) {
    return fail(`E: Could not open lock file /var/lib/${args.includes('update') ? 'apt/lists' : 'dpkg'}/lock${args.includes('update') ? '' : '-frontend'} - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n`, 100);
  }
  let yes = false;
  let recommends = !aptConfig(ctx, /Install-Recommends\s+"?(false|0)/i);
  let purge = false;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '-t' || a === '-c' || a === '--option' || a === '--target-release') {
      const v = args[++i] ?? '';
      if (/^APT::Install-Recommends=(false|0)$/i.test(v)) recommends = false;
      if (/^APT::Get::Assume-Yes=(true|1)$/i.test(v)) yes = true;
    } else if (a === '--no-install-recommends') recommends = false;
    else if (a === '--install-recommends') recommends = true;
    else if (a === '--yes' || a === '--assume-yes' || a === '--force-yes') yes = true;
    else if (a === '--purge') purge = true;
    else if (a.startsWith('--')) continue;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('y')) yes = true;
      // -qq implies -y for apt-get
      if (a.includes('qq') || a === '-qq') yes = true;
    } else operands.push(a);
  }
  const [sub, ...pkgs] = operands;
  const cmd = [tool, ...args].join(' ');
  switch (sub) {
    case 'update':
      return aptUpdate(ctx);
    case 'install':
      if (!pkgs.length) return ok(text('Reading package lists...\nBuilding dependency tree...\nReading state information...\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n'));
      return aptInstall(ctx, tool, pkgs, { yes, recommends, cmd });
    case 'remove':
    case 'purge':
      return aptRemove(ctx, pkgs, purge || sub === 'purge');
    case 'autoremove':
      ctx.assume(`${tool} autoremove: no automatically installed package is left unneeded (the simulator does not track them)`);
      return ok();
    case 'clean':
    case 'autoclean':
      for (const dir of ['/var/cache/apt/archives', '/var/cache/apt']) {
        for (const n of ctx.fs.list(ctx.fs.realpath(dir))) if (n.endsWith('.deb') || n.endsWith('.bin')) ctx.fs.remove(join(ctx.fs.realpath(dir), n));
      }
      return ok();
    case 'upgrade':
    case 'dist-upgrade':
    case 'full-upgrade':
      if (!aptListsPresent(ctx)) return ok(text('Reading package lists...\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n'));
      ctx.assume(`${tool} ${sub}: the base image's packages are taken to be current, so nothing is upgraded`);
      return ok(text('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n'));
    case undefined:
      return fail(`E: Invalid operation\n`, 100);
    default:
      ctx.opaque(`${tool} ${sub}: not modelled`);
      return ok();
  }
}

// ---- dpkg, update-ca-certificates -----------------------------------------------------------------

registerCommand({
  names: ['dpkg', 'dpkg-query'],
  run(args, ctx) {
    if (args.includes('--print-architecture')) return ok(text('amd64\n'));
    if (args.includes('-i') || args.includes('--install')) {
      const deb = args.filter((a) => !a.startsWith('-')).join(' ');
      ctx.opaque(`dpkg -i ${deb}: the contents of a downloaded .deb are unknown to the simulator`);
      return ok();
    }
    if (args.includes('--add-architecture')) {
      ctx.assume('dpkg --add-architecture: foreign architectures are not modelled');
      return ok();
    }
    const state = dpkgState(ctx);
    const s = args.indexOf('-s') >= 0 ? args.indexOf('-s') : args.indexOf('--status');
    if (s >= 0) {
      const name = args[s + 1] ?? '';
      if (!state.installed.has(name)) return fail(`dpkg-query: package '${name}' is not installed and no information is available\n`);
      return ok(text(`Package: ${name}\nStatus: install ok installed\nVersion: ${state.installed.get(name)}\n`));
    }
    if (args.includes('-l') || args.includes('--list') || args.includes('-W') || args.includes('--show')) {
      return ok(text([...state.installed].sort().map(([p, v]) => `ii  ${p}  ${v}  amd64\n`).join('')));
    }
    ctx.opaque(`dpkg ${args.join(' ')}: not modelled`);
    return ok();
  },
});

registerCommand({
  names: ['update-ca-certificates'],
  run(_args, ctx) {
    if (!ctx.fs.isDir(ctx.fs.realpath('/usr/share/ca-certificates'))) return ok(text('Updating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\n'));
    const debian = ctx.fs.isDir(ctx.fs.realpath('/var/lib/dpkg'));
    putFile(ctx, '/etc/ssl/certs/ca-certificates.crt', debian ? 225_079 : 222_000, { owner: ROOT, id: `ca-bundle:${debian ? 'debian' : 'alpine'}:${treeSize(ctx, '/usr/local/share/ca-certificates')}` });
    const local = ctx.fs.walk(ctx.fs.realpath('/usr/local/share/ca-certificates')).filter((p) => p.endsWith('.crt'));
    if (local.length) {
      const n = ctx.fs.get(ctx.fs.realpath('/etc/ssl/certs/ca-certificates.crt'))!;
      ctx.fs.set(ctx.fs.realpath('/etc/ssl/certs/ca-certificates.crt'), { ...n, size: n.size + local.reduce((a, p) => a + (ctx.fs.get(p)?.size ?? 0), 0) });
    }
    return ok(text(`Updating certificates in /etc/ssl/certs...\n${local.length} added, 0 removed; done.\n`));
  },
});

// ---- apk ------------------------------------------------------------------------------------------

interface ApkState {
  installed: Map<string, string>;
  /** Dependencies of virtual packages (apk add --virtual NAME ...). */
  virtuals: Map<string, string[]>;
  known: boolean;
}

function apkState(ctx: CommandContext): ApkState {
  const db = readText(ctx, '/lib/apk/db/installed');
  if (db === null) return { installed: new Map(APK_BASE.map((p) => [p, ''])), virtuals: new Map(), known: false };
  const installed = new Map<string, string>();
  const virtuals = new Map<string, string[]>();
  for (const entry of db.split(/\n\s*\n/)) {
    const p = /^P:(.+)$/m.exec(entry)?.[1];
    if (!p) continue;
    installed.set(p, /^V:(.+)$/m.exec(entry)?.[1] ?? '');
    if (p.startsWith('.') || /^V:\d{8}\.\d{6}$/m.test(entry)) virtuals.set(p, (/^D:(.*)$/m.exec(entry)?.[1] ?? '').split(' ').filter(Boolean));
  }
  return { installed, virtuals, known: true };
}

function apkBytes(row: ApkRow): number {
  return row[2].reduce((a, f) => a + (typeof f[1] === 'number' ? f[1] : 0), 0) + row[3];
}

function apkClosure(wanted: string[], installed: Map<string, string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (p: string) => {
    if (seen.has(p) || installed.has(p)) return;
    seen.add(p);
    const row = APK[p];
    if (!row) return;
    for (const d of row[1].split(' ').filter(Boolean)) visit(d);
    out.push(p);
  };
  for (const w of wanted) visit(w);
  return out;
}

function apkPaths(pkg: string, row: ApkRow): string[] {
  return [...row[2].map((f) => f[0]), ...(row[3] > 0 ? [restPath(row[4], pkg, 0)] : [])];
}

function apkRepositories(ctx: CommandContext): string[] {
  const text = readText(ctx, '/etc/apk/repositories');
  const release = (readText(ctx, '/etc/alpine-release') ?? '3.20.3').trim().split('.').slice(0, 2).join('.');
  const repos = text?.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return repos?.length ? repos : [`https://dl-cdn.alpinelinux.org/alpine/v${release}/main`, `https://dl-cdn.alpinelinux.org/alpine/v${release}/community`];
}

/** APKINDEX.<8 hex>.tar.gz: apk names the cached index after a checksum of the repository URL. */
function indexName(url: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193) >>> 0;
  return `APKINDEX.${h.toString(16).padStart(8, '0')}.tar.gz`;
}

function apkFetchIndexes(ctx: CommandContext, store: boolean): string {
  let out = '';
  for (const repo of apkRepositories(ctx)) {
    out += `fetch ${repo}/x86_64/APKINDEX.tar.gz\n`;
    if (!store) continue;
    const kind = repo.endsWith('/community') ? 'community' : 'main';
    putFile(ctx, `/var/cache/apk/${indexName(repo)}`, APKINDEX_SIZE[kind] ?? 1_000_000, { owner: ROOT, id: `apkindex:${repo}` });
  }
  if (store) ctx.assume(`apk keeps the repository indexes in /var/cache/apk (≈${human(apkRepositories(ctx).reduce((a, r) => a + (APKINDEX_SIZE[r.endsWith('/community') ? 'community' : 'main'] ?? 1_000_000), 0))}, approximate sizes for Alpine 3.20); \`apk add --no-cache\` would not`);
  return out;
}

function writeApkDb(ctx: CommandContext, add: string[], virtual: { name: string; deps: string[] } | null, remove: string[]): void {
  const db = readText(ctx, '/lib/apk/db/installed');
  const entry = (p: string) => {
    const row = APK[p]!;
    return `C:Q1${p.length.toString(16)}stagecraft=\nP:${p}\nV:${row[0]}\nA:x86_64\nS:${Math.round(apkBytes(row) * 0.45)}\nI:${apkBytes(row)}\nT:${p}\nD:${row[1]}\n`;
  };
  const entries = add.map(entry);
  if (virtual) entries.push(`C:Q1virtual=\nP:${virtual.name}\nV:20260101.000000\nA:noarch\nS:0\nI:0\nT:virtual meta package\nD:${virtual.deps.join(' ')}\n`);
  if (db !== null) {
    const kept = db.split(/\n\s*\n/).filter((e) => e.trim() && !remove.includes(/^P:(.+)$/m.exec(e)?.[1] ?? ''));
    rewriteText(ctx, '/lib/apk/db/installed', [...kept.map((e) => e.replace(/\n*$/, '\n')), ...entries].join('\n'));
  } else {
    putFile(ctx, '/lib/apk/db/installed', 20_000 + entries.join('\n').length, { owner: ROOT, id: `apkdb:${add.join(',')}:${remove.join(',')}` });
  }
}

function apkWorld(ctx: CommandContext, change: (world: string[]) => string[]): void {
  const world = readText(ctx, '/etc/apk/world');
  const list = world === null ? [...APK_BASE.filter((p) => ['alpine-baselayout', 'alpine-keys', 'apk-tools', 'busybox', 'ca-certificates-bundle', 'musl-utils'].includes(p))] : world.split(/\s+/).filter(Boolean);
  rewriteText(ctx, '/etc/apk/world', [...new Set(change(list))].sort().join('\n') + '\n');
}

registerCommand({
  names: ['apk'],
  run(args, ctx) {
    let noCache = false;
    let update = false;
    let virtual: string | null = null;
    const operands: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--no-cache') noCache = true;
      else if (a === '-U' || a === '--update' || a === '--update-cache') update = true;
      else if (a === '-t' || a === '--virtual') virtual = args[++i] ?? null;
      else if (a.startsWith('--virtual=')) virtual = a.slice(10);
      else if (a === '-X' || a === '--repository' || a === '-p' || a === '--root' || a === '--arch' || a === '--cache-dir' || a === '--keys-dir') i++;
      else if (a.startsWith('-')) continue;
      else operands.push(a);
    }
    const [sub, ...names] = operands;
    if (ctx.user.uid !== 0 && ['add', 'del', 'update', 'upgrade'].includes(sub ?? '')) {
      return fail(`ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n`, 99);
    }
    if (sub === 'update') {
      const out = apkFetchIndexes(ctx, true);
      return ok(text(out + 'OK: 24000 distinct packages available\n'));
    }
    if (sub === 'add') {
      const state = apkState(ctx);
      if (!state.known) ctx.assume(`/lib/apk/db/installed is not known: the installed packages are taken to be alpine:3.20's`);
      let out = '';
      const indexCached = ctx.fs.list(ctx.fs.realpath('/var/cache/apk')).some((n) => n.startsWith('APKINDEX.'));
      if (noCache || update || !indexCached) out += apkFetchIndexes(ctx, !noCache);
      const wanted: string[] = [];
      for (const raw of names) {
        const name = raw.replace(/[=<>~].*$/, '');
        if (state.installed.has(name)) continue;
        if (!APK[name]) {
          ctx.opaque(`apk add ${name}: the simulator has no table entry for the Alpine package "${name}"; its files, size and dependencies are unknown`);
          continue;
        }
        wanted.push(name);
      }
      const adds = apkClosure(wanted, state.installed);
      adds.forEach((p, i) => {
        const row = APK[p]!;
        out += `(${i + 1}/${adds.length + (virtual ? 1 : 0)}) Installing ${p} (${row[0]})\n`;
        for (const [path, v] of row[2]) {
          if (typeof v === 'number') putFile(ctx, path, v, { owner: ROOT, mode: /\/s?bin\//.test(path) ? 0o755 : 0o644, id: `apk:${p}=${row[0]}:${path}` });
          else putLink(ctx, path, v, ROOT);
        }
        if (row[3] > 0) putFile(ctx, restPath(row[4], p, 0), row[3], { owner: ROOT, id: `apk:${p}=${row[0]}:rest` });
        if (p === 'ca-certificates') putFile(ctx, '/etc/ssl/certs/ca-certificates.crt', 222_000, { owner: ROOT, id: 'ca-bundle:alpine' });
      });
      if (virtual) out += `(${adds.length + 1}/${adds.length + 1}) Installing ${virtual} (20260101.000000)\n`;
      writeApkDb(ctx, adds, virtual ? { name: virtual, deps: names.map((n) => n.replace(/[=<>~].*$/, '')) } : null, []);
      apkWorld(ctx, (w) => (virtual ? [...w, virtual] : [...w, ...names]));
      if (adds.length) putFile(ctx, '/lib/apk/db/scripts.tar', 40_000 + 2_000 * adds.length, { owner: ROOT, id: `apk-scripts:${adds.join(',')}` });
      const bytes = adds.reduce((a, p) => a + apkBytes(APK[p]!), 0);
      if (adds.length) ctx.assume(`apk add: ${adds.length} package${adds.length > 1 ? 's' : ''} (${human(bytes)}); installed sizes are approximate Alpine 3.20 figures from the simulator's table, the largest files at their paths and the rest of each package as one entry`);
      return ok(text(out + `OK: ${Math.round(bytes / MB)} MiB in ${state.installed.size + adds.length} packages\n`));
    }
    if (sub === 'del') {
      const state = apkState(ctx);
      const removedNames = names.map((n) => n.replace(/[=<>~].*$/, ''));
      let world: string[] = [];
      apkWorld(ctx, (w) => (world = w.filter((x) => !removedNames.includes(x))));
      // Keep what the remaining world needs; remove the rest that the simulator installed.
      const needed = new Set<string>();
      const need = (p: string): void => {
        if (needed.has(p)) return;
        needed.add(p);
        for (const d of state.virtuals.get(p) ?? APK[p]?.[1].split(' ').filter(Boolean) ?? []) need(d);
      };
      for (const p of APK_BASE) need(p);
      for (const w of world) need(w);
      const gone = [...state.installed.keys()].filter((p) => !needed.has(p) && (APK[p] || state.virtuals.has(p)));
      let out = '';
      gone.forEach((p, i) => {
        out += `(${i + 1}/${gone.length}) Purging ${p} (${state.installed.get(p)})\n`;
        const row = APK[p];
        if (row) for (const path of apkPaths(p, row)) ctx.fs.remove(ctx.fs.realpath(path));
      });
      for (const n of removedNames) if (!state.installed.has(n)) return fail(`ERROR: No such package: ${n}\n`);
      writeApkDb(ctx, [], null, gone);
      return ok(text(out + `OK: ${state.installed.size - gone.length} packages\n`));
    }
    if (sub === 'upgrade') {
      ctx.assume('apk upgrade: the base image\'s packages are taken to be current, so nothing is upgraded');
      return ok(text('OK\n'));
    }
    if (sub === 'info' || sub === 'list') return ok(text([...apkState(ctx).installed.keys()].sort().join('\n') + '\n'));
    if (sub === 'cache') {
      if (names[0] === 'clean' || names[0] === 'purge') for (const n of ctx.fs.list(ctx.fs.realpath('/var/cache/apk'))) ctx.fs.remove(join(ctx.fs.realpath('/var/cache/apk'), n));
      return ok();
    }
    if (sub === undefined) return ok(text('apk-tools 2.14\n'));
    ctx.opaque(`apk ${sub}: not modelled`);
    return ok();
  },
});
