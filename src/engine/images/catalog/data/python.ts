// python:3.11 / 3.12 / 3.13 — Debian (FROM buildpack-deps:bookworm), slim-bookworm and Alpine.
// Layers follow docker-library/python: ENV PATH, (ENV LANG up to 3.12), runtime deps, ENV GPG_KEY /
// PYTHON_VERSION / PYTHON_SHA256, the source build into /usr/local, the python/pip symlinks.
import type { Entry, ImageSpec, Step } from '../types';

const REPO_INFO = 'docker-library/repo-info';
const PY_PATH = 'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** Release managers' keys: Pablo Galindo (3.10, 3.11), Thomas Wouters (3.12, 3.13). */
const KEY_311 = 'A035C8C19219BA821ECEA86B64E628F8D684696D';
const KEY_312 = '7169605F62C751356D054A26A821E680E5FA6305';

/** /usr/local after `make install` (tests and .pyc removed); the big files by name. */
const PY311: Entry[] = [
  { p: '/usr/local/bin/python3.11', s: 14_480, x: true },
  { p: '/usr/local/bin/python3', l: 'python3.11' },
  { p: '/usr/local/bin/python3.11-config', s: 3_105, x: true },
  { p: '/usr/local/bin/python3-config', l: 'python3.11-config' },
  { p: '/usr/local/bin/pip3', s: 232, x: true },
  { p: '/usr/local/bin/pip3.11', s: 232, x: true },
  { p: '/usr/local/bin/idle3.11', s: 97, x: true },
  { p: '/usr/local/bin/idle3', l: 'idle3.11' },
  { p: '/usr/local/bin/pydoc3.11', s: 82, x: true },
  { p: '/usr/local/bin/pydoc3', l: 'pydoc3.11' },
  { p: '/usr/local/lib/libpython3.11.so.1.0', s: 7_600_000, x: true },
  { p: '/usr/local/lib/libpython3.11.so', l: 'libpython3.11.so.1.0' },
  { p: '/usr/local/lib/libpython3.so', s: 15_000, x: true },
  { p: '/usr/local/lib/python3.11/os.py', s: 39_504 },
  { p: '/usr/local/lib/python3.11/site-packages/README.txt', s: 119 },
];
const PY312: Entry[] = [
  { p: '/usr/local/bin/python3.12', s: 14_480, x: true },
  { p: '/usr/local/bin/python3', l: 'python3.12' },
  { p: '/usr/local/bin/python3.12-config', s: 3_105, x: true },
  { p: '/usr/local/bin/python3-config', l: 'python3.12-config' },
  { p: '/usr/local/bin/pip3', s: 232, x: true },
  { p: '/usr/local/bin/pip3.12', s: 232, x: true },
  { p: '/usr/local/bin/idle3.12', s: 97, x: true },
  { p: '/usr/local/bin/idle3', l: 'idle3.12' },
  { p: '/usr/local/bin/pydoc3.12', s: 82, x: true },
  { p: '/usr/local/bin/pydoc3', l: 'pydoc3.12' },
  { p: '/usr/local/lib/libpython3.12.so.1.0', s: 7_900_000, x: true },
  { p: '/usr/local/lib/libpython3.12.so', l: 'libpython3.12.so.1.0' },
  { p: '/usr/local/lib/libpython3.so', s: 15_000, x: true },
  { p: '/usr/local/lib/python3.12/os.py', s: 41_226 },
  { p: '/usr/local/lib/python3.12/site-packages/README.txt', s: 119 },
];
const PY313: Entry[] = [
  { p: '/usr/local/bin/python3.13', s: 14_480, x: true },
  { p: '/usr/local/bin/python3', l: 'python3.13' },
  { p: '/usr/local/bin/python3.13-config', s: 3_105, x: true },
  { p: '/usr/local/bin/python3-config', l: 'python3.13-config' },
  { p: '/usr/local/bin/pip3', s: 232, x: true },
  { p: '/usr/local/bin/pip3.13', s: 232, x: true },
  { p: '/usr/local/bin/idle3.13', s: 97, x: true },
  { p: '/usr/local/bin/idle3', l: 'idle3.13' },
  { p: '/usr/local/bin/pydoc3.13', s: 82, x: true },
  { p: '/usr/local/bin/pydoc3', l: 'pydoc3.13' },
  { p: '/usr/local/lib/libpython3.13.so.1.0', s: 8_300_000, x: true },
  { p: '/usr/local/lib/libpython3.13.so', l: 'libpython3.13.so.1.0' },
  { p: '/usr/local/lib/libpython3.so', s: 15_000, x: true },
  { p: '/usr/local/lib/python3.13/os.py', s: 41_500 },
  { p: '/usr/local/lib/python3.13/site-packages/README.txt', s: 119 },
];

const BULK_311 = { '/usr/local/lib/python3.11': 20, '/usr/local/lib/python3.11/lib-dynload': 6, '/usr/local/lib/python3.11/site-packages/pip': 8, '/usr/local/include/python3.11': 1 };
const BULK_312 = { '/usr/local/lib/python3.12': 20, '/usr/local/lib/python3.12/lib-dynload': 6, '/usr/local/lib/python3.12/site-packages/pip': 8, '/usr/local/include/python3.12': 1 };
const BULK_313 = { '/usr/local/lib/python3.13': 20, '/usr/local/lib/python3.13/lib-dynload': 6, '/usr/local/lib/python3.13/site-packages/pip': 8, '/usr/local/include/python3.13': 1 };

const SYMLINKS: Step = {
  run: 'RUN /bin/sh -c set -eux; for src in idle3 pip3 pydoc3 python3 python3-config; do dst="$(echo "$src" | tr -d 3)"; [ -s "/usr/local/bin/$src" ]; [ ! -e "/usr/local/bin/$dst" ]; ln -svT "$src" "/usr/local/bin/$dst"; done # buildkit',
  exact: true,
  files: [
    { p: '/usr/local/bin/idle', l: 'idle3' },
    { p: '/usr/local/bin/pip', l: 'pip3' },
    { p: '/usr/local/bin/pydoc', l: 'pydoc3' },
    { p: '/usr/local/bin/python', l: 'python3' },
    { p: '/usr/local/bin/python-config', l: 'python3-config' },
  ],
};

const DEPS_FULL: Step = {
  run: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends libbluetooth-dev tk-dev uuid-dev; rm -rf /var/lib/apt/lists/* # buildkit',
  mb: 28,
  files: [{ p: '/usr/include/tk.h', s: 91_000 }, { p: '/usr/include/tcl.h', s: 93_000 }],
  bulk: { '/usr/lib/x86_64-linux-gnu': 6, '/usr/include': 2, '/usr/share': 2 },
};

const DEPS_SLIM: Step = {
  run: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates netbase tzdata; rm -rf /var/lib/apt/lists/* # buildkit',
  mb: 9,
  files: [
    { p: '/usr/bin/openssl', s: 1_000_000, x: true },
    { p: '/usr/lib/x86_64-linux-gnu/libssl.so.3', s: 696_000 },
    { p: '/usr/lib/x86_64-linux-gnu/libcrypto.so.3', s: 4_700_000 },
    { p: '/etc/ssl/certs/ca-certificates.crt', s: 221_000 },
    { p: '/etc/services', s: 12_813 },
    { p: '/etc/protocols', s: 2_932 },
  ],
  bulk: { '/usr/share/ca-certificates': 1, '/usr/lib/x86_64-linux-gnu': 1 },
};

const DEPS_ALPINE: Step = {
  run: 'RUN /bin/sh -c set -eux; apk add --no-cache ca-certificates tzdata # buildkit',
  mb: 2,
  files: [
    { p: '/usr/sbin/update-ca-certificates', s: 30_000, x: true },
    { p: '/etc/ssl/certs/ca-certificates.crt', s: 218_000 },
    { p: '/usr/share/zoneinfo/UTC', s: 111 },
  ],
  bulk: { '/usr/share/zoneinfo': 6, '/usr/share/ca-certificates': 1 },
};

const BUILD_DEBIAN = 'RUN /bin/sh -c set -eux; savedAptMark="$(apt-mark showmanual)"; apt-get update; apt-get install -y --no-install-recommends dpkg-dev gcc gnupg libbluetooth-dev libbz2-dev libc6-dev libdb-dev libffi-dev libgdbm-dev liblzma-dev libncursesw5-dev libreadline-dev libsqlite3-dev libssl-dev make tk-dev uuid-dev wget xz-utils zlib1g-dev; wget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; … ./configure --build="$gnuArch" --enable-loadable-sqlite-extensions --enable-optimizations --enable-option-checking=fatal --enable-shared --with-lto --with-ensurepip; make -j "$nproc" …; make install; … find /usr/local -depth \\( \\( -type d -a \\( -name test -o -name tests -o -name idle_test \\) \\) -o \\( -type f -a \\( -name \'*.pyc\' -o -name \'*.pyo\' -o -name \'libpython*.a\' \\) \\) \\) -exec rm -rf \'{}\' +; … python3 --version; pip3 --version # buildkit';
const BUILD_ALPINE = 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps bluez-dev bzip2-dev dpkg-dev dpkg findutils gcc gdbm-dev gnupg libc-dev libffi-dev libnsl-dev libtirpc-dev linux-headers make ncurses-dev openssl-dev pax-utils readline-dev sqlite-dev tar tcl-dev tk tk-dev util-linux-dev xz xz-dev zlib-dev; … ./configure … --enable-shared --with-lto --with-ensurepip; make -j "$nproc" …; make install; … apk del --no-network .build-deps; python3 --version; pip3 --version # buildkit';

const DEBIAN_FACTS = { libc: 'glibc', shell: '/bin/sh (dash); bash', packageManager: 'apt', caCertificates: true, tzdata: true } as const;
const ALPINE_FACTS = { libc: 'musl', shell: '/bin/sh (busybox ash)', packageManager: 'apk', caCertificates: true, tzdata: true } as const;
const PY_NOTE = 'Python is built from source into /usr/local (python3, pip3 and their python/pip symlinks); Debian\'s own python3 (if any) is shadowed by PATH. pip installs into /usr/local/lib/python3.x/site-packages as root.';
const SLIM_DEFAULT_NOTE = 'python:3.x-slim (no suffix) meant slim-bookworm until Debian 13; from late 2025 Docker Hub points it at slim-trixie, which the catalog does not hold.';

export const PYTHON: ImageSpec[] = [
  // ---- 3.12 ----
  {
    tags: ['python:3.12', 'python:3.12-bookworm', 'python:3.12.14', 'python:3.12.14-bookworm'],
    from: 'buildpack-deps:bookworm',
    steps: [
      { empty: `ENV ${PY_PATH}` },
      { empty: 'ENV LANG=C.UTF-8' },
      DEPS_FULL,
      { empty: `ENV GPG_KEY=${KEY_312}` },
      { empty: 'ENV PYTHON_VERSION=3.12.14' },
      { run: BUILD_DEBIAN, files: PY312, bulk: BULK_312 },
      SYMLINKS,
      { empty: 'CMD ["python3"]' },
    ],
    config: { env: [PY_PATH, 'LANG=C.UTF-8', `GPG_KEY=${KEY_312}`, 'PYTHON_VERSION=3.12.14'], cmd: ['python3'] },
    size: { mb: 1020, basis: 'measured', source: `${REPO_INFO} repos/python/local/3.12-bookworm.md`, asOf: '2026-08-13 (3.12.14; "~1.02 Gb")' },
    facts: { ...DEBIAN_FACTS, sources: [`${REPO_INFO} repos/python/local/3.12-bookworm.md`, 'docker-library/python 3.12/slim-bookworm/Dockerfile'], notes: `${PY_NOTE} The real image also sets PYTHON_SHA256 (the tarball checksum), which the research did not record.` },
  },
  {
    tags: ['python:3.12-slim', 'python:3.12-slim-bookworm', 'python:3.12.13-slim', 'python:3.12.13-slim-bookworm'],
    from: 'debian:bookworm-slim',
    steps: [
      { empty: `ENV ${PY_PATH}` },
      { empty: 'ENV LANG=C.UTF-8' },
      DEPS_SLIM,
      { empty: `ENV GPG_KEY=${KEY_312}` },
      { empty: 'ENV PYTHON_VERSION=3.12.13' },
      { run: BUILD_DEBIAN, files: PY312, bulk: BULK_312 },
      SYMLINKS,
      { empty: 'CMD ["python3"]' },
    ],
    config: { env: [PY_PATH, 'LANG=C.UTF-8', `GPG_KEY=${KEY_312}`, 'PYTHON_VERSION=3.12.13'], cmd: ['python3'] },
    size: { mb: 124.3, basis: 'measured', source: `${REPO_INFO} repos/python/local/3.12-slim-bookworm.md`, asOf: '2026-08-05 (3.12.13)' },
    facts: { ...DEBIAN_FACTS, sources: [`${REPO_INFO} repos/python/local/3.12-slim-bookworm.md`, `${REPO_INFO} repos/python/remote/3.12-slim.md`, 'docker-library/python 3.12/slim-bookworm/Dockerfile'], notes: `${PY_NOTE} No compiler: pip packages without a manylinux wheel fail to build. ${SLIM_DEFAULT_NOTE} PYTHON_SHA256 not recorded.` },
  },
  {
    tags: ['python:3.12-alpine3.23', 'python:3.12.14-alpine3.23'],
    from: 'alpine:3.23',
    steps: [
      { empty: `ENV ${PY_PATH}` },
      { empty: 'ENV LANG=C.UTF-8' },
      DEPS_ALPINE,
      { empty: `ENV GPG_KEY=${KEY_312}` },
      { empty: 'ENV PYTHON_VERSION=3.12.14' },
      { run: BUILD_ALPINE, files: PY312, bulk: BULK_312 },
      SYMLINKS,
      { empty: 'CMD ["python3"]' },
    ],
    config: { env: [PY_PATH, 'LANG=C.UTF-8', `GPG_KEY=${KEY_312}`, 'PYTHON_VERSION=3.12.14'], cmd: ['python3'] },
    size: { mb: 48.84, basis: 'measured', source: `${REPO_INFO} repos/python/local/3.12-alpine3.23.md`, asOf: '2026-08-13 (3.12.14)' },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/python/local/3.12-alpine3.23.md`], notes: `${PY_NOTE} musl: many wheels on PyPI are glibc-only (manylinux), so pip builds from source more often. PYTHON_SHA256 not recorded.` },
    variants: [{ tags: ['python:3.12-alpine', 'python:3.12-alpine3.24', 'python:3.12.14-alpine', 'python:3.12.14-alpine3.24'], from: 'alpine:3.24' }],
  },
  // ---- 3.11 ----
  {
    tags: ['python:3.11', 'python:3.11-bookworm', 'python:3.11.16', 'python:3.11.16-bookworm'],
    from: 'buildpack-deps:bookworm',
    steps: [
      { empty: `ENV ${PY_PATH}` },
      { empty: 'ENV LANG=C.UTF-8' },
      DEPS_FULL,
      { empty: `ENV GPG_KEY=${KEY_311}` },
      { empty: 'ENV PYTHON_VERSION=3.11.16' },
      { empty: 'ENV PYTHON_SHA256=91bcdebfdde239a003ae93738a7fce0f9230fee5c4bc2b86f6e6e8c6f98aabe8' },
      { run: BUILD_DEBIAN, files: PY311, bulk: BULK_311 },
      SYMLINKS,
      { empty: 'CMD ["python3"]' },
    ],
    config: { env: [PY_PATH, 'LANG=C.UTF-8', `GPG_KEY=${KEY_311}`, 'PYTHON_VERSION=3.11.16', 'PYTHON_SHA256=91bcdebfdde239a003ae93738a7fce0f9230fee5c4bc2b86f6e6e8c6f98aabe8'], cmd: ['python3'] },
    size: {
      mb: 1010,
      basis: 'measured',
      source: `${REPO_INFO} repos/python/local/3.11-bookworm.md`,
      asOf: '2026-08-13 (3.11.16; "~1.01 Gb")',
      corrected: { from: 1020, why: 'the research data estimated it as python:3.12-bookworm; repo-info records 1.01 GB' },
    },
    facts: { ...DEBIAN_FACTS, sources: [`${REPO_INFO} repos/python/local/3.11-bookworm.md`], notes: PY_NOTE },
  },
  {
    tags: ['python:3.11-slim', 'python:3.11-slim-bookworm', 'python:3.11.16-slim', 'python:3.11.16-slim-bookworm'],
    from: 'debian:bookworm-slim',
    steps: [
      { empty: `ENV ${PY_PATH}` },
      { empty: 'ENV LANG=C.UTF-8' },
      DEPS_SLIM,
      { empty: `ENV GPG_KEY=${KEY_311}` },
      { empty: 'ENV PYTHON_VERSION=3.11.16' },
      { empty: 'ENV PYTHON_SHA256=91bcdebfdde239a003ae93738a7fce0f9230fee5c4bc2b86f6e6e8c6f98aabe8' },
      { run: BUILD_DEBIAN, files: PY311, bulk: BULK_311 },
      SYMLINKS,
      { empty: 'CMD ["python3"]' },
    ],
    config: { env: [PY_PATH, 'LANG=C.UTF-8', `GPG_KEY=${KEY_311}`, 'PYTHON_VERSION=3.11.16', 'PYTHON_SHA256=91bcdebfdde239a003ae93738a7fce0f9230fee5c4bc2b86f6e6e8c6f98aabe8'], cmd: ['python3'] },
    size: { mb: 125, basis: 'estimate', source: 'within ± 10 MB of python:3.12-slim-bookworm (124.3 MB)' },
    facts: { ...DEBIAN_FACTS, sources: [`${REPO_INFO} repos/python/local/3.12-slim-bookworm.md`], date: '2026-11', notes: `${PY_NOTE} ${SLIM_DEFAULT_NOTE}` },
  },
  {
    tags: ['python:3.11-alpine3.23', 'python:3.11.16-alpine3.23'],
    from: 'alpine:3.23',
    steps: [
      { empty: `ENV ${PY_PATH}` },
      { empty: 'ENV LANG=C.UTF-8' },
      DEPS_ALPINE,
      { empty: `ENV GPG_KEY=${KEY_311}` },
      { empty: 'ENV PYTHON_VERSION=3.11.16' },
      { empty: 'ENV PYTHON_SHA256=91bcdebfdde239a003ae93738a7fce0f9230fee5c4bc2b86f6e6e8c6f98aabe8' },
      { run: BUILD_ALPINE, files: PY311, bulk: BULK_311 },
      SYMLINKS,
      { empty: 'CMD ["python3"]' },
    ],
    config: { env: [PY_PATH, 'LANG=C.UTF-8', `GPG_KEY=${KEY_311}`, 'PYTHON_VERSION=3.11.16', 'PYTHON_SHA256=91bcdebfdde239a003ae93738a7fce0f9230fee5c4bc2b86f6e6e8c6f98aabe8'], cmd: ['python3'] },
    size: { mb: 49, basis: 'estimate', source: 'by analogy with python:3.12-alpine3.23 (48.84 MB)' },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/python/local/3.12-alpine3.23.md`], date: '2026-11', notes: PY_NOTE },
    variants: [{ tags: ['python:3.11-alpine', 'python:3.11-alpine3.24', 'python:3.11.16-alpine', 'python:3.11.16-alpine3.24'], from: 'alpine:3.24' }],
  },
  // ---- 3.13 (no ENV LANG: docker-library/python dropped it from 3.13 on) ----
  {
    tags: ['python:3.13', 'python:3.13-bookworm', 'python:3.13.14', 'python:3.13.14-bookworm'],
    from: 'buildpack-deps:bookworm',
    steps: [
      { empty: `ENV ${PY_PATH}` },
      DEPS_FULL,
      { empty: `ENV GPG_KEY=${KEY_312}` },
      { empty: 'ENV PYTHON_VERSION=3.13.14' },
      { empty: 'ENV PYTHON_SHA256=639e43243c620a308f968213df9e00f2f8f62332f7adbaa7a7eeb9783057c690' },
      { run: BUILD_DEBIAN, files: PY313, bulk: BULK_313 },
      SYMLINKS,
      { empty: 'CMD ["python3"]' },
    ],
    config: { env: [PY_PATH, `GPG_KEY=${KEY_312}`, 'PYTHON_VERSION=3.13.14', 'PYTHON_SHA256=639e43243c620a308f968213df9e00f2f8f62332f7adbaa7a7eeb9783057c690'], cmd: ['python3'] },
    size: {
      mb: 1020,
      basis: 'measured',
      source: `${REPO_INFO} repos/python/local/3.13-bookworm.md`,
      asOf: '2026-07-14 (3.13.14; "~1.02 Gb")',
      corrected: { from: 1020, why: 'same figure, now measured (the research data had it as an estimate)' },
    },
    facts: { ...DEBIAN_FACTS, sources: [`${REPO_INFO} repos/python/local/3.13-bookworm.md`], notes: PY_NOTE },
  },
  {
    tags: ['python:3.13-slim', 'python:3.13-slim-bookworm', 'python:3.13.15-slim', 'python:3.13.15-slim-bookworm'],
    from: 'debian:bookworm-slim',
    steps: [
      { empty: `ENV ${PY_PATH}` },
      DEPS_SLIM,
      { empty: `ENV GPG_KEY=${KEY_312}` },
      { empty: 'ENV PYTHON_VERSION=3.13.15' },
      { empty: 'ENV PYTHON_SHA256=1e66a7945a48390ee4c2a4268a0e4185884059a13c4aab6d148aa208deea4a76' },
      { run: BUILD_DEBIAN, files: PY313, bulk: BULK_313 },
      SYMLINKS,
      { empty: 'CMD ["python3"]' },
    ],
    config: { env: [PY_PATH, `GPG_KEY=${KEY_312}`, 'PYTHON_VERSION=3.13.15', 'PYTHON_SHA256=1e66a7945a48390ee4c2a4268a0e4185884059a13c4aab6d148aa208deea4a76'], cmd: ['python3'] },
    size: {
      mb: 120.97,
      basis: 'measured',
      source: `${REPO_INFO} repos/python/local/3.13-slim-bookworm.md`,
      asOf: '2026-08-25 (3.13.15)',
      corrected: { from: 125, why: 'the research data estimated ± 10 MB of 3.12-slim; repo-info records 120.97 MB' },
    },
    facts: { ...DEBIAN_FACTS, sources: [`${REPO_INFO} repos/python/local/3.13-slim-bookworm.md`], notes: `${PY_NOTE} ${SLIM_DEFAULT_NOTE}` },
  },
  {
    tags: ['python:3.13-alpine3.23', 'python:3.13.15-alpine3.23'],
    from: 'alpine:3.23',
    steps: [
      { empty: `ENV ${PY_PATH}` },
      DEPS_ALPINE,
      { empty: `ENV GPG_KEY=${KEY_312}` },
      { empty: 'ENV PYTHON_VERSION=3.13.15' },
      { empty: 'ENV PYTHON_SHA256=1e66a7945a48390ee4c2a4268a0e4185884059a13c4aab6d148aa208deea4a76' },
      { run: BUILD_ALPINE, files: PY313, bulk: BULK_313 },
      SYMLINKS,
      { empty: 'CMD ["python3"]' },
    ],
    config: { env: [PY_PATH, `GPG_KEY=${KEY_312}`, 'PYTHON_VERSION=3.13.15', 'PYTHON_SHA256=1e66a7945a48390ee4c2a4268a0e4185884059a13c4aab6d148aa208deea4a76'], cmd: ['python3'] },
    size: { mb: 49, basis: 'estimate', source: 'by analogy with python:3.12-alpine3.23 (48.84 MB)' },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/python/local/3.12-alpine3.23.md`], date: '2026-11', notes: PY_NOTE },
    variants: [{ tags: ['python:3.13-alpine', 'python:3.13-alpine3.24', 'python:3.13.15-alpine', 'python:3.13.15-alpine3.24'], from: 'alpine:3.24' }],
  },
];
