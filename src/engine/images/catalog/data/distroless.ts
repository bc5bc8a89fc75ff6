// gcr.io/distroless/*-debian12: static → base → cc → nodejs / python3, and java21 (on base-nossl).
// Each comes as :latest (root), :nonroot (User 65532, WorkingDir /home/nonroot), :debug (busybox in
// /busybox, ENTRYPOINT ["/busybox/sh"]) and :debug-nonroot. Layer rows are descriptive (rules_oci
// builds these with Bazel; `docker history` shows one row per tar). Sources:
// GoogleContainerTools/distroless static/static.bzl, common/BUILD.bazel, base/config.bzl,
// java/java.bzl, nodejs/nodejs.bzl, python3/python.bzl.
import type { ImageSpec } from '../types';
import { BUSYBOX_APPLETS, DEFAULT_PATH, DISTROLESS_GROUP, DISTROLESS_PASSWD } from './common';

const GCT = 'GoogleContainerTools/distroless';
const R = 'gcr.io/distroless/';

const OS_RELEASE = `PRETTY_NAME="Distroless"
NAME="Debian GNU/Linux"
ID="debian"
VERSION_ID="12"
VERSION="Debian GNU/Linux 12 (bookworm)"
HOME_URL="https://github.com/GoogleContainerTools/distroless"
SUPPORT_URL="https://github.com/GoogleContainerTools/distroless/blob/master/README.md"
BUG_REPORT_URL="https://github.com/GoogleContainerTools/distroless/issues/new"
`;

const NONROOT = { user: '65532', workdir: '/home/nonroot' };
const DEBUG_PATH = `PATH=${DEFAULT_PATH}:/busybox`;
const DEBUG_SHELL = '/busybox/sh (busybox; there is no /bin/sh)';

const NOTES = {
  static: 'No shell, no package manager, no libc: for fully static binaries (Go with CGO_ENABLED=0, Rust musl). RUN fails here because /bin/sh does not exist; copy files in with COPY --from. Has /etc/passwd (root, nobody, nonroot 65532), CA certificates, tzdata and /tmp.',
  nonroot: 'The :nonroot tags set User 65532 (nonroot) and WorkingDir /home/nonroot; the files are the same as :latest.',
  debug: 'The :debug tags add busybox in /busybox (on PATH) and set ENTRYPOINT ["/busybox/sh"]. /bin/sh still does not exist: a RUN needs SHELL ["/busybox/sh", "-c"].',
};

export const DISTROLESS: ImageSpec[] = [
  // ---- static ----
  {
    tags: [`${R}static-debian12:latest`],
    steps: [
      {
        run: 'bazel build //static:static_root_amd64_debian12 (base-files, netbase, tzdata)',
        files: [
          { p: '/etc/debian_version', c: '12.13\n' },
          { p: '/etc/host.conf', s: 9 },
          { p: '/etc/services', s: 12_813 },
          { p: '/etc/protocols', s: 2_932 },
          { p: '/etc/ethertypes', s: 1_816 },
          { p: '/usr/share/zoneinfo/Etc/UTC', s: 114 },
          { p: '/usr/share/zoneinfo/UTC', l: 'Etc/UTC' },
          { p: '/var/lib/dpkg/status.d', d: true },
          { p: '/var/lib/dpkg/status.d/base-files', s: 540 },
          { p: '/var/lib/dpkg/status.d/netbase', s: 370 },
          { p: '/var/lib/dpkg/status.d/tzdata', s: 680 },
        ],
        bulk: { '/usr/share/zoneinfo': 12, '/usr/share/doc': 1, '/usr/share/common-licenses': 1 },
      },
      {
        run: 'bazel build //static:static_root_amd64_debian12 (rootfs, passwd, home, group, tmp, nsswitch, os-release)',
        exact: true,
        files: [
          { p: '/etc/passwd', c: DISTROLESS_PASSWD },
          { p: '/etc/group', c: DISTROLESS_GROUP },
          { p: '/root', d: true, m: 0o700 },
          { p: '/home', d: true },
          { p: '/home/nonroot', d: true, m: 0o700, u: 65532, g: 65532 },
          { p: '/tmp', d: true, m: 0o1777 },
          { p: '/etc/nsswitch.conf', s: 286 },
          { p: '/etc/os-release', c: OS_RELEASE },
        ],
      },
      {
        run: 'bazel build //static:static_root_amd64_debian12 (ca-certificates)',
        exact: true,
        files: [{ p: '/etc/ssl/certs/ca-certificates.crt', s: 221_000 }, { p: '/usr/share/doc/ca-certificates/copyright', s: 1_000 }],
      },
    ],
    config: { env: [`PATH=${DEFAULT_PATH}`, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'], user: '0', workdir: '/' },
    size: { mb: 2.0, basis: 'documented', source: `${GCT} README.md ("around 2 MiB")` },
    facts: {
      libc: 'none',
      shell: null,
      packageManager: 'none',
      caCertificates: true,
      tzdata: true,
      sources: [`${GCT} README.md`, `${GCT} static/static.bzl`, `${GCT} common/BUILD.bazel`],
      date: '2026-11',
      notes: NOTES.static,
    },
    variants: [{ tags: [`${R}static-debian12:nonroot`], config: NONROOT, facts: { notes: `${NOTES.static} ${NOTES.nonroot}` } }],
  },
  {
    tags: [`${R}static-debian12:debug`],
    from: `${R}static-debian12:latest`,
    steps: [
      {
        run: 'bazel build //static:static_debug_root_amd64_debian12 (busybox)',
        files: [{ p: '/busybox', d: true }, { p: '/busybox/busybox', s: 1_130_000, x: true }],
        links: [{ dir: '/busybox', to: 'busybox', names: BUSYBOX_APPLETS }],
        bulk: { '/busybox': 1 },
      },
    ],
    config: { entrypoint: ['/busybox/sh'], env: [DEBUG_PATH] },
    size: { mb: 4.0, basis: 'derived', source: 'static-debian12 (2.0, documented) + busybox (2.0: the debug/non-debug difference of nodejs20-debian12 in distroless issue #1548)' },
    facts: { shell: DEBUG_SHELL, sources: [`${GCT} static/static.bzl`, `${GCT} static/testdata/debug.yaml`, 'https://github.com/GoogleContainerTools/distroless/issues/1548'], date: '2026-11', notes: `${NOTES.static} ${NOTES.debug}` },
    variants: [{ tags: [`${R}static-debian12:debug-nonroot`], from: `${R}static-debian12:nonroot`, facts: { notes: `${NOTES.static} ${NOTES.debug} ${NOTES.nonroot}` } }],
  },
  // ---- base: static + glibc + libssl3 ----
  {
    tags: [`${R}base-debian12:latest`],
    from: `${R}static-debian12:latest`,
    steps: [
      {
        run: 'bazel build //base:base_root_amd64_debian12 (libc6)',
        mb: 12.6,
        files: [
          { p: '/lib/x86_64-linux-gnu/libc.so.6', s: 1_922_136, x: true },
          { p: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', s: 210_968, x: true },
          { p: '/lib/x86_64-linux-gnu/libm.so.6', s: 907_784 },
          { p: '/lib/x86_64-linux-gnu/libresolv.so.2', s: 68_104 },
          { p: '/lib/x86_64-linux-gnu/libnss_files.so.2', s: 14_480 },
          { p: '/lib/x86_64-linux-gnu/libnss_dns.so.2', s: 14_480 },
          { p: '/lib/x86_64-linux-gnu/libpthread.so.0', s: 14_480 },
          { p: '/lib/x86_64-linux-gnu/libdl.so.2', s: 14_480 },
          { p: '/lib64/ld-linux-x86-64.so.2', l: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2' },
          { p: '/var/lib/dpkg/status.d/libc6', s: 900 },
        ],
        bulk: { '/usr/lib/x86_64-linux-gnu/gconv': 8, '/lib/x86_64-linux-gnu': 1, '/usr/share/doc': 1 },
      },
      {
        run: 'bazel build //base:base_root_amd64_debian12 (libssl3)',
        files: [
          { p: '/usr/lib/x86_64-linux-gnu/libssl.so.3', s: 696_000 },
          { p: '/usr/lib/x86_64-linux-gnu/libcrypto.so.3', s: 4_700_000 },
          { p: '/var/lib/dpkg/status.d/libssl3', s: 700 },
        ],
        bulk: { '/usr/lib/x86_64-linux-gnu/ossl-modules': 1, '/usr/lib/x86_64-linux-gnu/engines-3': 1 },
      },
    ],
    size: { mb: 20, basis: 'estimate', source: 'a third-party size table (~20 MB); static + libc6 + libssl3; unverified' },
    facts: { libc: 'glibc', sources: [`${GCT} base/config.bzl`, `${GCT} README.md`], date: '2026-11', notes: 'static plus glibc and OpenSSL (libssl3): for dynamically linked binaries, e.g. Go with cgo.' },
    variants: [
      { tags: [`${R}base-debian12:nonroot`], from: `${R}static-debian12:nonroot` },
      { tags: [`${R}base-debian12:debug`], from: `${R}static-debian12:debug` },
      { tags: [`${R}base-debian12:debug-nonroot`], from: `${R}static-debian12:debug-nonroot` },
    ],
  },
  // ---- cc: base + libgcc, libgomp, libstdc++ ----
  {
    tags: [`${R}cc-debian12:latest`],
    from: `${R}base-debian12:latest`,
    steps: [
      {
        run: 'bazel build //cc:cc_root_amd64_debian12 (libgcc-s1, libgomp1, libstdc++6)',
        files: [
          { p: '/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30', s: 2_190_440 },
          { p: '/usr/lib/x86_64-linux-gnu/libstdc++.so.6', l: 'libstdc++.so.6.0.30' },
          { p: '/lib/x86_64-linux-gnu/libgcc_s.so.1', s: 125_312 },
          { p: '/usr/lib/x86_64-linux-gnu/libgomp.so.1.0.0', s: 310_000 },
          { p: '/usr/lib/x86_64-linux-gnu/libgomp.so.1', l: 'libgomp.so.1.0.0' },
        ],
        bulk: { '/usr/share/doc': 1, '/usr/share/gcc': 1 },
      },
    ],
    size: { mb: 23, basis: 'estimate', source: 'base-debian12 (20, estimate) plus libgcc-s1, libgomp1 and libstdc++6 (~3 MB)' },
    facts: { sources: [`${GCT} README.md`, `${GCT} base/README.md`], date: '2026-11', notes: 'base plus the C++ runtime: for Rust (glibc) and C/C++ binaries.' },
    variants: [
      { tags: [`${R}cc-debian12:nonroot`], from: `${R}base-debian12:nonroot` },
      { tags: [`${R}cc-debian12:debug`], from: `${R}base-debian12:debug` },
      { tags: [`${R}cc-debian12:debug-nonroot`], from: `${R}base-debian12:debug-nonroot` },
    ],
  },
  // ---- nodejs22 / nodejs20: cc + /nodejs ----
  {
    tags: [`${R}nodejs22-debian12:latest`],
    from: `${R}cc-debian12:latest`,
    steps: [
      {
        run: 'bazel build //nodejs:nodejs22_root_amd64_debian12 (node 22 in /nodejs)',
        files: [
          { p: '/nodejs/bin/node', s: 117_000_000, x: true },
          { p: '/nodejs/LICENSE', s: 120_000 },
          { p: '/nodejs/README.md', s: 40_000 },
          { p: '/nodejs/include/node/node.h', s: 62_000 },
        ],
        bulk: { '/nodejs/include/node': 1 },
      },
    ],
    config: { entrypoint: ['/nodejs/bin/node'] },
    size: { mb: 190, basis: 'estimate', source: 'by analogy with nodejs20-debian12 (181 MB, distroless issues #1482 and #1548)' },
    facts: { sources: [`${GCT} nodejs/nodejs.bzl`, `${GCT} README.md`], date: '2026-11', notes: 'Node.js in /nodejs; node is not on PATH and there is no npm: install node_modules in a build stage and COPY them in. ENTRYPOINT ["/nodejs/bin/node"], so CMD is the script: CMD ["server.js"].' },
    variants: [
      { tags: [`${R}nodejs22-debian12:nonroot`], from: `${R}cc-debian12:nonroot` },
      { tags: [`${R}nodejs22-debian12:debug`], from: `${R}cc-debian12:debug` },
      { tags: [`${R}nodejs22-debian12:debug-nonroot`], from: `${R}cc-debian12:debug-nonroot` },
    ],
  },
  {
    tags: [`${R}nodejs20-debian12:latest`],
    from: `${R}cc-debian12:latest`,
    steps: [
      {
        run: 'bazel build //nodejs:nodejs20_root_amd64_debian12 (node 20 in /nodejs)',
        files: [
          { p: '/nodejs/bin/node', s: 98_000_000, x: true },
          { p: '/nodejs/LICENSE', s: 115_000 },
          { p: '/nodejs/README.md', s: 39_000 },
          { p: '/nodejs/include/node/node.h', s: 60_000 },
        ],
        bulk: { '/nodejs/include/node': 1 },
      },
    ],
    config: { entrypoint: ['/nodejs/bin/node'] },
    size: { mb: 181, basis: 'third_party', source: 'https://github.com/GoogleContainerTools/distroless/issues/1548 (`docker images` 181MB; debug 183MB; /nodejs/include 55.4M)', asOf: '2023-12 / 2024-03' },
    facts: { sources: ['https://github.com/GoogleContainerTools/distroless/issues/1548', `${GCT} nodejs/nodejs.bzl`], notes: 'Node 20 reached end of life in April 2026; distroless deprecated nodejs20 in May 2026. Node.js in /nodejs, no npm.' },
    variants: [
      { tags: [`${R}nodejs20-debian12:nonroot`], from: `${R}cc-debian12:nonroot` },
      { tags: [`${R}nodejs20-debian12:debug`], from: `${R}cc-debian12:debug` },
      { tags: [`${R}nodejs20-debian12:debug-nonroot`], from: `${R}cc-debian12:debug-nonroot` },
    ],
  },
  // ---- python3: cc + Debian 12's python3.11 ----
  {
    tags: [`${R}python3-debian12:latest`],
    from: `${R}cc-debian12:latest`,
    steps: [
      {
        run: 'bazel build //python3:python3_root_amd64_debian12 (python3.11 and its libraries from Debian 12)',
        files: [
          { p: '/usr/bin/python3.11', s: 6_831_736, x: true },
          { p: '/usr/lib/python3.11/os.py', s: 39_504 },
          { p: '/usr/lib/x86_64-linux-gnu/libsqlite3.so.0.8.6', s: 1_500_000 },
          { p: '/usr/lib/x86_64-linux-gnu/libsqlite3.so.0', l: 'libsqlite3.so.0.8.6' },
        ],
        bulk: { '/usr/lib/python3.11': 20, '/usr/lib/python3.11/lib-dynload': 3, '/usr/lib/x86_64-linux-gnu': 3 },
      },
      {
        run: 'bazel build //python3:python3_root_amd64_debian12 (python aliases)',
        exact: true,
        files: [
          { p: '/usr/bin/python', l: '/usr/bin/python3.11' },
          { p: '/usr/bin/python3', l: '/usr/bin/python3.11' },
        ],
      },
    ],
    config: { env: ['LANG=C.UTF-8'], entrypoint: ['/usr/bin/python3.11'] },
    size: { mb: 55, basis: 'estimate', source: 'cc-debian12 (23, estimate) plus Debian 12\'s python3.11 packages (~32 MB)' },
    facts: { sources: [`${GCT} python3/python.bzl`, `${GCT} README.md`], date: '2026-11', notes: 'Debian 12\'s Python 3.11 at /usr/bin/python3.11, no pip: install packages in a build stage (e.g. into a virtualenv or with pip --target) and COPY them in.' },
    variants: [
      { tags: [`${R}python3-debian12:nonroot`], from: `${R}cc-debian12:nonroot` },
      { tags: [`${R}python3-debian12:debug`], from: `${R}cc-debian12:debug` },
      { tags: [`${R}python3-debian12:debug-nonroot`], from: `${R}cc-debian12:debug-nonroot` },
    ],
  },
  // ---- java21: base-nossl (static + libc6) + runtime libraries + Temurin 21 (JRE; JDK in :debug) ----
  {
    tags: [`${R}java21-debian12:latest`],
    from: `${R}static-debian12:latest`,
    steps: [
      {
        run: 'bazel build //base:base_nossl_root_amd64_debian12 (libc6)',
        mb: 12.6,
        files: [
          { p: '/lib/x86_64-linux-gnu/libc.so.6', s: 1_922_136, x: true },
          { p: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', s: 210_968, x: true },
          { p: '/lib/x86_64-linux-gnu/libm.so.6', s: 907_784 },
          { p: '/lib64/ld-linux-x86-64.so.2', l: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2' },
        ],
        bulk: { '/usr/lib/x86_64-linux-gnu/gconv': 8, '/lib/x86_64-linux-gnu': 1, '/usr/share/doc': 1 },
      },
      {
        run: 'bazel build //java:java_build_base_root_amd64_debian12 (zlib, libjpeg, lcms2, freetype, fonts-dejavu-core, fontconfig, expat, libuuid, brotli, libcrypt, libstdc++6, libgcc-s1, C.UTF-8 locale, libpng)',
        mb: 14,
        files: [{ p: '/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30', s: 2_190_440 }, { p: '/usr/lib/x86_64-linux-gnu/libstdc++.so.6', l: 'libstdc++.so.6.0.30' }],
        bulk: { '/usr/share/fonts/truetype/dejavu': 4, '/usr/lib/x86_64-linux-gnu': 6, '/usr/lib/locale/C.utf8': 1 },
      },
      {
        run: 'bazel build //java:java21_root_amd64_debian12 (Temurin 21 JRE in /usr/lib/jvm/temurin21_jre_amd64)',
        files: [
          { p: '/usr/lib/jvm/temurin21_jre_amd64/bin/java', s: 12_600, x: true },
          { p: '/usr/lib/jvm/temurin21_jre_amd64/bin/keytool', s: 12_640, x: true },
          { p: '/usr/lib/jvm/temurin21_jre_amd64/lib/modules', s: 62_000_000 },
          { p: '/usr/lib/jvm/temurin21_jre_amd64/lib/server/libjvm.so', s: 23_500_000 },
          { p: '/usr/lib/jvm/temurin21_jre_amd64/lib/server/classes.jsa', s: 15_200_000 },
          { p: '/usr/bin/java', l: '/usr/lib/jvm/temurin21_jre_amd64/bin/java' },
        ],
        bulk: { '/usr/lib/jvm/temurin21_jre_amd64/lib': 1 },
      },
    ],
    config: { env: ['LANG=C.UTF-8', 'JAVA_VERSION=21.0.10+7'], entrypoint: ['/usr/bin/java', '-jar'] },
    size: { mb: 200, basis: 'estimate', source: 'distroless java-debian10:11 was 200 MB (distroless PR #769, 2021); third-party tables ~220 MB' },
    facts: {
      libc: 'glibc',
      sources: [`${GCT} java/java.bzl`, `${GCT} README.md`],
      date: '2026-11',
      notes: 'Temurin 21 JRE (JAVA_VERSION is a representative release, estimate). ENTRYPOINT ["/usr/bin/java", "-jar"], so CMD is the jar: CMD ["app.jar"]. Debian 12 java images were removed from distroless on 2026-02-27 (Java on Debian 12 reached its end of support in January 2026).',
    },
    variants: [{ tags: [`${R}java21-debian12:nonroot`], from: `${R}static-debian12:nonroot` }],
  },
  {
    tags: [`${R}java21-debian12:debug`],
    from: `${R}static-debian12:debug`,
    steps: [
      {
        run: 'bazel build //base:base_nossl_debug_root_amd64_debian12 (libc6)',
        mb: 12.6,
        files: [
          { p: '/lib/x86_64-linux-gnu/libc.so.6', s: 1_922_136, x: true },
          { p: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', s: 210_968, x: true },
          { p: '/lib/x86_64-linux-gnu/libm.so.6', s: 907_784 },
          { p: '/lib64/ld-linux-x86-64.so.2', l: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2' },
        ],
        bulk: { '/usr/lib/x86_64-linux-gnu/gconv': 8, '/lib/x86_64-linux-gnu': 1, '/usr/share/doc': 1 },
      },
      {
        run: 'bazel build //java:java_build_base_debug_root_amd64_debian12 (zlib, libjpeg, lcms2, freetype, fonts-dejavu-core, fontconfig, expat, libuuid, brotli, libcrypt, libstdc++6, libgcc-s1, C.UTF-8 locale, libpng)',
        mb: 14,
        files: [{ p: '/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30', s: 2_190_440 }, { p: '/usr/lib/x86_64-linux-gnu/libstdc++.so.6', l: 'libstdc++.so.6.0.30' }],
        bulk: { '/usr/share/fonts/truetype/dejavu': 4, '/usr/lib/x86_64-linux-gnu': 6, '/usr/lib/locale/C.utf8': 1 },
      },
      {
        run: 'bazel build //java:java21_debug_root_amd64_debian12 (Temurin 21 JDK in /usr/lib/jvm/temurin21_jdk_amd64)',
        files: [
          { p: '/usr/lib/jvm/temurin21_jdk_amd64/bin/java', s: 12_600, x: true },
          { p: '/usr/lib/jvm/temurin21_jdk_amd64/bin/javac', s: 12_640, x: true },
          { p: '/usr/lib/jvm/temurin21_jdk_amd64/bin/jshell', s: 12_640, x: true },
          { p: '/usr/lib/jvm/temurin21_jdk_amd64/bin/jcmd', s: 12_640, x: true },
          { p: '/usr/lib/jvm/temurin21_jdk_amd64/lib/modules', s: 140_000_000 },
          { p: '/usr/lib/jvm/temurin21_jdk_amd64/lib/server/libjvm.so', s: 23_500_000 },
          { p: '/usr/lib/jvm/temurin21_jdk_amd64/lib/server/classes.jsa', s: 15_200_000 },
          { p: '/usr/bin/java', l: '/usr/lib/jvm/temurin21_jdk_amd64/bin/java' },
        ],
        bulk: { '/usr/lib/jvm/temurin21_jdk_amd64/jmods': 3, '/usr/lib/jvm/temurin21_jdk_amd64/lib': 1 },
      },
    ],
    config: { env: ['LANG=C.UTF-8', 'JAVA_VERSION=21.0.10+7'], entrypoint: ['/usr/bin/java', '-jar'] },
    size: {
      mb: 355.03,
      basis: 'estimate',
      source: 'java21-debian12 (200, estimate) + busybox (2.0) + the JDK-over-JRE difference of eclipse-temurin 21 on noble (153.03, derived from measured sizes); for Debian 12 the debug image ships the JDK',
      corrected: { from: 200, why: 'the research data gives one figure for all four tags, but java.bzl builds the Debian 12 :debug images with the Temurin JDK instead of the JRE' },
    },
    facts: { libc: 'glibc', sources: [`${GCT} java/java.bzl`], date: '2026-11', notes: `Temurin 21 JDK (javac, jshell, jcmd) plus busybox. ${NOTES.debug}` },
    variants: [{ tags: [`${R}java21-debian12:debug-nonroot`], from: `${R}static-debian12:debug-nonroot` }],
  },
];
