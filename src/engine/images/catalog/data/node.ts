// node:18 / 20 / 22 — Debian (FROM buildpack-deps:bookworm), slim (FROM debian:bookworm-slim) and
// Alpine. Layers follow nodejs/docker-node: the node user, ENV NODE_VERSION, the Node tarball in
// /usr/local, ENV YARN_VERSION, yarn in /opt, COPY docker-entrypoint.sh.
import type { Entry, ImageSpec, Step } from '../types';
import { ALPINE_GROUP, ALPINE_PASSWD, ALPINE_SHADOW, DEBIAN_GROUP, DEBIAN_PASSWD, NODE_USER_ALPINE, NODE_USER_DEBIAN } from './common';

const REPO_INFO = 'docker-library/repo-info';

const USER_DEBIAN: Step = {
  run: 'RUN /bin/sh -c groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit',
  exact: true,
  files: [
    { p: '/etc/passwd', c: `${DEBIAN_PASSWD}${NODE_USER_DEBIAN}` },
    { p: '/etc/passwd-', c: DEBIAN_PASSWD },
    { p: '/etc/group', c: `${DEBIAN_GROUP}node:x:1000:\n` },
    { p: '/etc/group-', c: DEBIAN_GROUP },
    { p: '/etc/shadow', s: 578, m: 0o640, g: 42 },
    { p: '/etc/gshadow', s: 503, m: 0o640, g: 42 },
    { p: '/etc/subuid', c: 'node:100000:65536\n' },
    { p: '/etc/subgid', c: 'node:100000:65536\n' },
    { p: '/home/node', d: true, u: 1000, g: 1000 },
    { p: '/home/node/.bashrc', s: 3_526, u: 1000, g: 1000 },
    { p: '/home/node/.profile', s: 807, u: 1000, g: 1000 },
    { p: '/home/node/.bash_logout', s: 220, u: 1000, g: 1000 },
  ],
};

/** The node tarball unpacked into /usr/local (the binary's size is per major version). */
const NODE_TREE: Entry[] = [
  { p: '/usr/local/bin/nodejs', l: '/usr/local/bin/node' },
  { p: '/usr/local/bin/npm', l: '../lib/node_modules/npm/bin/npm-cli.js' },
  { p: '/usr/local/bin/npx', l: '../lib/node_modules/npm/bin/npx-cli.js' },
  { p: '/usr/local/bin/corepack', l: '../lib/node_modules/corepack/dist/corepack.js' },
  { p: '/usr/local/lib/node_modules/npm/bin/npm-cli.js', s: 54, x: true },
  { p: '/usr/local/lib/node_modules/npm/bin/npx-cli.js', s: 2_922, x: true },
  { p: '/usr/local/lib/node_modules/npm/package.json', s: 6_318 },
  { p: '/usr/local/lib/node_modules/corepack/dist/corepack.js', s: 88, x: true },
  { p: '/usr/local/include/node/node.h', s: 62_000 },
  { p: '/usr/local/share/man/man1/node.1', s: 31_000 },
  { p: '/usr/local/share/doc/node/gdbinit', s: 3_200 },
  { p: '/usr/local/CHANGELOG.md', s: 310_000 },
  { p: '/usr/local/LICENSE', s: 120_000 },
  { p: '/usr/local/README.md', s: 40_000 },
];

const NODE_BULK = { '/usr/local/lib/node_modules/npm': 12, '/usr/local/lib/node_modules/corepack': 1, '/usr/local/include/node': 6, '/usr/local/share': 1 };

const YARN: Step = {
  run: 'RUN /bin/sh -c set -ex && export GNUPGHOME="$(mktemp -d)" && … && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz" && … && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/ && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn && ln -s /opt/yarn-v$YARN_VERSION/bin/yarnpkg /usr/local/bin/yarnpkg && … && yarn --version && rm -rf /tmp/* # buildkit',
  mb: 5.3,
  files: [
    { p: '/opt/yarn-v1.22.22/bin/yarn', s: 1_015, x: true },
    { p: '/opt/yarn-v1.22.22/bin/yarn.js', s: 42, x: true },
    { p: '/opt/yarn-v1.22.22/bin/yarnpkg', s: 42, x: true },
    { p: '/opt/yarn-v1.22.22/lib/cli.js', s: 5_250_000 },
    { p: '/opt/yarn-v1.22.22/package.json', s: 1_800 },
    { p: '/usr/local/bin/yarn', l: '/opt/yarn-v1.22.22/bin/yarn' },
    { p: '/usr/local/bin/yarnpkg', l: '/opt/yarn-v1.22.22/bin/yarnpkg' },
  ],
  bulk: { '/opt/yarn-v1.22.22': 1 },
};

const ENTRYPOINT: Step[] = [
  { run: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', exact: true, files: [{ p: '/usr/local/bin/docker-entrypoint.sh', s: 388, x: true }] },
  { empty: 'ENTRYPOINT ["docker-entrypoint.sh"]' },
  { empty: 'CMD ["node"]' },
];

const NODE_RUN_DEBIAN = 'RUN /bin/sh -c ARCH= && dpkgArch="$(dpkg --print-architecture)" && case "${dpkgArch##*-}" in amd64) ARCH=\'x64\';; … esac && … && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz" && … && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner && … && ln -s /usr/local/bin/node /usr/local/bin/nodejs && node --version && npm --version # buildkit';
const NODE_RUN_SLIM = 'RUN /bin/sh -c ARCH= OPENSSL_ARCH= && dpkgArch="$(dpkg --print-architecture)" && … && set -ex && savedAptMark="$(apt-mark showmanual)" && apt-get update && apt-get install -y ca-certificates curl wget gnupg dirmngr xz-utils libatomic1 --no-install-recommends && … && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner && … && apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false && ln -s /usr/local/bin/node /usr/local/bin/nodejs && node --version && npm --version && rm -rf /tmp/* # buildkit';
const NODE_RUN_ALPINE = 'RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && apk add --no-cache libstdc++ && apk add --no-cache --virtual .build-deps curl && … && curl -fsSLO --compressed "https://unofficial-builds.nodejs.org/download/release/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz" && … && tar -xJf "node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz" -C /usr/local --strip-components=1 --no-same-owner && ln -s /usr/local/bin/node /usr/local/bin/nodejs && … && find /usr/local/include/node/openssl/archs -mindepth 1 -maxdepth 1 ! -name "$OPENSSL_ARCH" -exec rm -rf {} \\; && apk del .build-deps && node --version && npm --version # buildkit';

const USER_ALPINE: Entry[] = [
  { p: '/etc/passwd', c: `${ALPINE_PASSWD}${NODE_USER_ALPINE}` },
  { p: '/etc/group', c: `${ALPINE_GROUP}node:x:1000:node\n` },
  { p: '/etc/shadow', c: `${ALPINE_SHADOW}node:!:20338:0:99999:7:::\n`, m: 0o640, g: 42 },
  { p: '/home/node', d: true, u: 1000, g: 1000 },
  { p: '/usr/lib/libstdc++.so.6.0.33', s: 2_600_000 },
  { p: '/usr/lib/libstdc++.so.6', l: 'libstdc++.so.6.0.33' },
  { p: '/usr/lib/libgcc_s.so.1', s: 150_000 },
];

const DEBIAN_FACTS = { libc: 'glibc', shell: '/bin/sh (dash); bash', packageManager: 'apt', caCertificates: true, tzdata: true } as const;
const SLIM_FACTS = { libc: 'glibc', shell: '/bin/sh (dash); bash', packageManager: 'apt', caCertificates: false, tzdata: true } as const;
const ALPINE_FACTS = { libc: 'musl', shell: '/bin/sh (busybox ash)', packageManager: 'apk', caCertificates: true, tzdata: false } as const;

const USER_NOTE = 'The image has a user "node" (uid/gid 1000, home /home/node) but runs as root unless the Dockerfile says USER node.';
const SLIM_NOTE = 'ca-certificates is purged after Node is installed (Node and npm carry their own CA list; curl/wget are gone too).';
const OLD_ALPINE_NOTE = 'The catalog gives this tag the same Node release as the newest Alpine variant; the real last build of an older-Alpine tag carried an earlier release of the same major version.';

export const NODE: ImageSpec[] = [
  // ---- Node 22 (Jod, LTS) ----
  {
    tags: ['node:22', 'node:22-bookworm', 'node:22.23', 'node:22.23-bookworm', 'node:22.23.2', 'node:22.23.2-bookworm', 'node:jod', 'node:jod-bookworm'],
    from: 'buildpack-deps:bookworm',
    steps: [
      USER_DEBIAN,
      { empty: 'ENV NODE_VERSION=22.23.2' },
      { run: NODE_RUN_DEBIAN, files: [{ p: '/usr/local/bin/node', s: 117_000_000, x: true }, ...NODE_TREE], bulk: NODE_BULK },
      { empty: 'ENV YARN_VERSION=1.22.22' },
      YARN,
      ...ENTRYPOINT,
    ],
    config: { env: ['NODE_VERSION=22.23.2', 'YARN_VERSION=1.22.22'], entrypoint: ['docker-entrypoint.sh'], cmd: ['node'] },
    size: { mb: 1130, basis: 'measured', source: `${REPO_INFO} repos/node/local/22.23.2.md`, asOf: '2026-08-05 (22.23.2; "~1.13 Gb")' },
    facts: { ...DEBIAN_FACTS, sources: [`${REPO_INFO} repos/node/local/22.23.2.md`, `${REPO_INFO} repos/node/remote/22.md`, 'nodejs/docker-node 22/bookworm/Dockerfile'], notes: `Built on buildpack-deps:bookworm (gcc, make and -dev libraries, so node-gyp works). ${USER_NOTE}` },
  },
  {
    tags: ['node:22-slim', 'node:22-bookworm-slim', 'node:22.23-slim', 'node:22.23-bookworm-slim', 'node:22.23.2-slim', 'node:22.23.2-bookworm-slim', 'node:jod-slim', 'node:jod-bookworm-slim'],
    from: 'debian:bookworm-slim',
    steps: [
      USER_DEBIAN,
      { empty: 'ENV NODE_VERSION=22.23.2' },
      { run: NODE_RUN_SLIM, files: [{ p: '/usr/local/bin/node', s: 117_000_000, x: true }, ...NODE_TREE], bulk: NODE_BULK },
      { empty: 'ENV YARN_VERSION=1.22.22' },
      YARN,
      ...ENTRYPOINT,
    ],
    config: { env: ['NODE_VERSION=22.23.2', 'YARN_VERSION=1.22.22'], entrypoint: ['docker-entrypoint.sh'], cmd: ['node'] },
    size: { mb: 227.34, basis: 'measured', source: `${REPO_INFO} repos/node/local/22-slim.md`, asOf: '2026-09-19' },
    facts: { ...SLIM_FACTS, sources: [`${REPO_INFO} repos/node/local/22-slim.md`, `${REPO_INFO} repos/node/remote/22-slim.md`], notes: `${SLIM_NOTE} ${USER_NOTE}` },
  },
  {
    tags: ['node:22-alpine3.23', 'node:22.23-alpine3.23', 'node:22.23.2-alpine3.23', 'node:jod-alpine3.23'],
    from: 'alpine:3.23',
    steps: [
      { empty: 'ENV NODE_VERSION=22.23.2' },
      { run: NODE_RUN_ALPINE, files: [...USER_ALPINE, { p: '/usr/local/bin/node', s: 117_000_000, x: true }, ...NODE_TREE], bulk: NODE_BULK },
      { empty: 'ENV YARN_VERSION=1.22.22' },
      YARN,
      ...ENTRYPOINT,
    ],
    config: { env: ['NODE_VERSION=22.23.2', 'YARN_VERSION=1.22.22'], entrypoint: ['docker-entrypoint.sh'], cmd: ['node'] },
    size: { mb: 167.63, basis: 'measured', source: `${REPO_INFO} repos/node/local/22-alpine3.23.md`, asOf: '2026-09-17 (22.23.2)' },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/node/local/22-alpine3.23.md`, `${REPO_INFO} repos/node/remote/22-alpine.md`, 'nodejs/docker-node 22/alpine3.20/Dockerfile'], notes: `Node from unofficial-builds.nodejs.org (musl), plus libstdc++. ${USER_NOTE}` },
    variants: [
      { tags: ['node:22-alpine', 'node:22-alpine3.24', 'node:22.23-alpine', 'node:22.23-alpine3.24', 'node:22.23.2-alpine', 'node:22.23.2-alpine3.24', 'node:jod-alpine', 'node:jod-alpine3.24'], from: 'alpine:3.24' },
      { tags: ['node:22-alpine3.22', 'node:jod-alpine3.22'], from: 'alpine:3.22', facts: { notes: `${OLD_ALPINE_NOTE} ${USER_NOTE}` } },
      { tags: ['node:22-alpine3.21', 'node:jod-alpine3.21'], from: 'alpine:3.21', facts: { notes: `${OLD_ALPINE_NOTE} ${USER_NOTE}` } },
      { tags: ['node:22-alpine3.20', 'node:jod-alpine3.20'], from: 'alpine:3.20', facts: { notes: `${OLD_ALPINE_NOTE} ${USER_NOTE}` } },
      { tags: ['node:22-alpine3.19'], from: 'alpine:3.19', facts: { notes: `${OLD_ALPINE_NOTE} ${USER_NOTE}` } },
    ],
  },
  // ---- Node 20 (Iron; end of life 2026-04-30) ----
  {
    tags: ['node:20', 'node:20-bookworm', 'node:iron', 'node:iron-bookworm'],
    from: 'buildpack-deps:bookworm',
    steps: [
      USER_DEBIAN,
      { empty: 'ENV NODE_VERSION=20.18.3' },
      { run: NODE_RUN_DEBIAN, files: [{ p: '/usr/local/bin/node', s: 98_000_000, x: true }, ...NODE_TREE], bulk: NODE_BULK },
      { empty: 'ENV YARN_VERSION=1.22.22' },
      YARN,
      ...ENTRYPOINT,
    ],
    config: { env: ['NODE_VERSION=20.18.3', 'YARN_VERSION=1.22.22'], entrypoint: ['docker-entrypoint.sh'], cmd: ['node'] },
    size: { mb: 1100, basis: 'estimate', source: 'by analogy with node:22 (1.13 GB); the node 20 binary is smaller' },
    facts: { ...DEBIAN_FACTS, sources: ['https://github.com/bitnami/minideb/issues/182'], date: '2026-11', notes: `NODE_VERSION 20.18.3 is the release the third-party record saw (February 2025); later 20.x builds existed until end of life. ${USER_NOTE}` },
  },
  {
    tags: ['node:20-slim', 'node:20-bookworm-slim', 'node:iron-slim', 'node:iron-bookworm-slim'],
    from: 'debian:bookworm-slim',
    steps: [
      USER_DEBIAN,
      { empty: 'ENV NODE_VERSION=20.18.3' },
      { run: NODE_RUN_SLIM, files: [{ p: '/usr/local/bin/node', s: 98_000_000, x: true }, ...NODE_TREE], bulk: NODE_BULK },
      { empty: 'ENV YARN_VERSION=1.22.22' },
      YARN,
      ...ENTRYPOINT,
    ],
    config: { env: ['NODE_VERSION=20.18.3', 'YARN_VERSION=1.22.22'], entrypoint: ['docker-entrypoint.sh'], cmd: ['node'] },
    size: { mb: 205, basis: 'estimate', source: 'scaled from node:22-slim (227.34 MB) by the compressed sizes (67.5 vs 79.9 MB)' },
    facts: { ...SLIM_FACTS, sources: ['https://github.com/bitnami/minideb/issues/182'], date: '2026-11', notes: `${SLIM_NOTE} ${USER_NOTE}` },
  },
  {
    tags: ['node:20-alpine3.19', 'node:iron-alpine3.19'],
    from: 'alpine:3.19',
    steps: [
      { empty: 'ENV NODE_VERSION=20.18.3' },
      { run: NODE_RUN_ALPINE, files: [...USER_ALPINE, { p: '/usr/local/bin/node', s: 98_000_000, x: true }, ...NODE_TREE], bulk: NODE_BULK },
      { empty: 'ENV YARN_VERSION=1.22.22' },
      YARN,
      ...ENTRYPOINT,
    ],
    config: { env: ['NODE_VERSION=20.18.3', 'YARN_VERSION=1.22.22'], entrypoint: ['docker-entrypoint.sh'], cmd: ['node'] },
    size: { mb: 135, basis: 'third_party', source: 'https://github.com/GoogleContainerTools/distroless/issues/1482 (`docker images`, node:20-alpine on Alpine 3.19)', asOf: '2023-12-14' },
    facts: { ...ALPINE_FACTS, sources: ['https://github.com/GoogleContainerTools/distroless/issues/1482'], notes: USER_NOTE },
    variants: [
      { tags: ['node:20-alpine', 'node:20-alpine3.23', 'node:iron-alpine', 'node:iron-alpine3.23'], from: 'alpine:3.23', facts: { notes: `Node 20's last Alpine was 3.23. ${USER_NOTE}` } },
      { tags: ['node:20-alpine3.22', 'node:iron-alpine3.22'], from: 'alpine:3.22' },
      { tags: ['node:20-alpine3.21', 'node:iron-alpine3.21'], from: 'alpine:3.21' },
      { tags: ['node:20-alpine3.20', 'node:iron-alpine3.20'], from: 'alpine:3.20' },
    ],
  },
  // ---- Node 18 (Hydrogen; end of life 2025-04-30, last release 18.20.8) ----
  {
    tags: ['node:18', 'node:18-bookworm', 'node:18.20', 'node:18.20.8', 'node:18.20.8-bookworm', 'node:hydrogen', 'node:hydrogen-bookworm'],
    from: 'buildpack-deps:bookworm',
    steps: [
      USER_DEBIAN,
      { empty: 'ENV NODE_VERSION=18.20.8' },
      { run: NODE_RUN_DEBIAN, files: [{ p: '/usr/local/bin/node', s: 91_000_000, x: true }, ...NODE_TREE], bulk: NODE_BULK },
      { empty: 'ENV YARN_VERSION=1.22.22' },
      YARN,
      ...ENTRYPOINT,
    ],
    config: { env: ['NODE_VERSION=18.20.8', 'YARN_VERSION=1.22.22'], entrypoint: ['docker-entrypoint.sh'], cmd: ['node'] },
    size: { mb: 1090, basis: 'estimate', source: 'no 2024–26 record stored; by analogy with node:22' },
    facts: { ...DEBIAN_FACTS, sources: [], date: '2026-11', notes: `Estimates only. ${USER_NOTE}` },
  },
  {
    tags: ['node:18-slim', 'node:18-bookworm-slim', 'node:18.20.8-slim', 'node:hydrogen-slim'],
    from: 'debian:bookworm-slim',
    steps: [
      USER_DEBIAN,
      { empty: 'ENV NODE_VERSION=18.20.8' },
      { run: NODE_RUN_SLIM, files: [{ p: '/usr/local/bin/node', s: 91_000_000, x: true }, ...NODE_TREE], bulk: NODE_BULK },
      { empty: 'ENV YARN_VERSION=1.22.22' },
      YARN,
      ...ENTRYPOINT,
    ],
    config: { env: ['NODE_VERSION=18.20.8', 'YARN_VERSION=1.22.22'], entrypoint: ['docker-entrypoint.sh'], cmd: ['node'] },
    size: { mb: 195, basis: 'estimate', source: 'no 2024–26 record stored; by analogy with node:22-slim' },
    facts: { ...SLIM_FACTS, sources: [], date: '2026-11', notes: `Estimates only. ${SLIM_NOTE} ${USER_NOTE}` },
  },
  {
    tags: ['node:18-alpine', 'node:18-alpine3.21', 'node:18.20.8-alpine', 'node:18.20.8-alpine3.21', 'node:hydrogen-alpine', 'node:hydrogen-alpine3.21'],
    from: 'alpine:3.21',
    steps: [
      { empty: 'ENV NODE_VERSION=18.20.8' },
      { run: NODE_RUN_ALPINE, files: [...USER_ALPINE, { p: '/usr/local/bin/node', s: 91_000_000, x: true }, ...NODE_TREE], bulk: NODE_BULK },
      { empty: 'ENV YARN_VERSION=1.22.22' },
      YARN,
      ...ENTRYPOINT,
    ],
    config: { env: ['NODE_VERSION=18.20.8', 'YARN_VERSION=1.22.22'], entrypoint: ['docker-entrypoint.sh'], cmd: ['node'] },
    size: { mb: 127, basis: 'estimate', source: 'no 2024–26 record stored; by analogy with node:20-alpine' },
    facts: { ...ALPINE_FACTS, sources: [], date: '2026-11', notes: `Estimates only. Node 18's last Alpine was 3.21. ${USER_NOTE}` },
    variants: [
      { tags: ['node:18-alpine3.20', 'node:18.20.8-alpine3.20', 'node:hydrogen-alpine3.20'], from: 'alpine:3.20' },
      { tags: ['node:18-alpine3.19', 'node:hydrogen-alpine3.19'], from: 'alpine:3.19', facts: { notes: `${OLD_ALPINE_NOTE} ${USER_NOTE}` } },
    ],
  },
];
