// debian:bookworm(-slim), the buildpack-deps:bookworm chain (curl → scm → full) that the golang,
// node and python images build on, and ubuntu:22.04/24.04. Sizes from docker-library/repo-info.
import type { Entry, ImageSpec, LayerStep } from '../types';
import {
  DEBIAN_BULK,
  DEBIAN_DIRS,
  DEBIAN_ETC,
  DEBIAN_GROUP,
  DEBIAN_LINKS,
  DEBIAN_PASSWD,
  DEBIAN_SLIM_BULK,
  DEBIAN_TZ,
  DEBIAN_USR_BIN,
  DEBIAN_USR_SBIN,
  DEFAULT_PATH,
  UBUNTU_BULK,
  UBUNTU_GROUP_2204,
  UBUNTU_GROUP_2404,
  UBUNTU_PASSWD_2204,
  UBUNTU_PASSWD_2404,
} from './common';

const REPO_INFO = 'docker-library/repo-info';

const DEBIAN_SHADOW = `root:*:20338:0:99999:7:::
daemon:*:20338:0:99999:7:::
bin:*:20338:0:99999:7:::
sys:*:20338:0:99999:7:::
sync:*:20338:0:99999:7:::
games:*:20338:0:99999:7:::
man:*:20338:0:99999:7:::
lp:*:20338:0:99999:7:::
mail:*:20338:0:99999:7:::
news:*:20338:0:99999:7:::
uucp:*:20338:0:99999:7:::
proxy:*:20338:0:99999:7:::
www-data:*:20338:0:99999:7:::
backup:*:20338:0:99999:7:::
list:*:20338:0:99999:7:::
irc:*:20338:0:99999:7:::
_apt:*:20338:0:99999:7:::
nobody:*:20338:0:99999:7:::
`;

const BOOKWORM_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const BOOKWORM_FILES: Entry[] = [
  ...DEBIAN_DIRS,
  ...DEBIAN_LINKS,
  ...DEBIAN_ETC,
  ...DEBIAN_TZ,
  { p: '/etc/passwd', c: DEBIAN_PASSWD },
  { p: '/etc/group', c: DEBIAN_GROUP },
  { p: '/etc/shadow', c: DEBIAN_SHADOW, m: 0o640, g: 42 },
  { p: '/etc/gshadow', s: 492, m: 0o640, g: 42 },
  { p: '/etc/debian_version', c: '12.13\n' },
  { p: '/usr/lib/os-release', c: BOOKWORM_OS_RELEASE },
  { p: '/etc/apt/sources.list.d/debian.sources', s: 430 },
];

const BOOKWORM_FACTS = {
  libc: 'glibc',
  shell: '/bin/sh (dash); bash',
  packageManager: 'apt',
  caCertificates: false,
  tzdata: true,
} as const;

/** gcc 12 as apt installs it on Debian 12 (shared by buildpack-deps:bookworm and the golang images). */
export const GCC12: Pick<LayerStep, 'files' | 'bulk'> = {
  files: [
    { p: '/usr/bin/x86_64-linux-gnu-gcc-12', s: 1_227_000, x: true },
    { p: '/usr/bin/x86_64-linux-gnu-g++-12', s: 1_227_000, x: true },
    { p: '/usr/bin/x86_64-linux-gnu-cpp-12', s: 1_227_000, x: true },
    { p: '/usr/bin/gcc-12', l: 'x86_64-linux-gnu-gcc-12' },
    { p: '/usr/bin/g++-12', l: 'x86_64-linux-gnu-g++-12' },
    { p: '/usr/bin/cpp-12', l: 'x86_64-linux-gnu-cpp-12' },
    { p: '/usr/bin/gcc', l: 'gcc-12' },
    { p: '/usr/bin/g++', l: 'g++-12' },
    { p: '/usr/bin/cpp', l: 'cpp-12' },
    { p: '/usr/bin/cc', l: '/etc/alternatives/cc' },
    { p: '/usr/bin/c++', l: '/etc/alternatives/c++' },
    { p: '/etc/alternatives/cc', l: '/usr/bin/gcc' },
    { p: '/etc/alternatives/c++', l: '/usr/bin/g++' },
    { p: '/usr/bin/x86_64-linux-gnu-ld.bfd', s: 1_797_000, x: true },
    { p: '/usr/bin/x86_64-linux-gnu-ld', l: 'x86_64-linux-gnu-ld.bfd' },
    { p: '/usr/bin/ld', l: 'x86_64-linux-gnu-ld' },
    { p: '/usr/bin/x86_64-linux-gnu-as', s: 699_000, x: true },
    { p: '/usr/bin/as', l: 'x86_64-linux-gnu-as' },
    { p: '/usr/bin/x86_64-linux-gnu-ar', s: 60_000, x: true },
    { p: '/usr/bin/ar', l: 'x86_64-linux-gnu-ar' },
    { p: '/usr/bin/make', s: 255_000, x: true },
    { p: '/usr/bin/pkgconf', s: 60_000, x: true },
    { p: '/usr/bin/pkg-config', l: 'pkgconf' },
    { p: '/usr/libexec/gcc/x86_64-linux-gnu/12/cc1', s: 35_000_000, x: true },
    { p: '/usr/libexec/gcc/x86_64-linux-gnu/12/cc1plus', s: 38_000_000, x: true },
    { p: '/usr/libexec/gcc/x86_64-linux-gnu/12/lto1', s: 34_000_000, x: true },
    { p: '/usr/libexec/gcc/x86_64-linux-gnu/12/collect2', s: 300_000, x: true },
    { p: '/usr/libexec/gcc/x86_64-linux-gnu/12/lto-wrapper', s: 900_000, x: true },
    { p: '/usr/include/stdio.h', s: 31_000 },
    { p: '/usr/include/stdlib.h', s: 42_000 },
    { p: '/usr/lib/x86_64-linux-gnu/libc.a', s: 6_100_000 },
    { p: '/usr/lib/x86_64-linux-gnu/libc.so', s: 283 },
  ],
  bulk: { '/usr/include': 10, '/usr/lib/x86_64-linux-gnu': 30, '/usr/lib/gcc/x86_64-linux-gnu/12': 25, '/usr/share': 5 },
};

export const DEBIAN: ImageSpec[] = [
  {
    tags: ['debian:bookworm', 'debian:12'],
    steps: [
      { run: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1789689600'", files: BOOKWORM_FILES, exe: { '/usr/bin': DEBIAN_USR_BIN, '/usr/sbin': DEBIAN_USR_SBIN }, bulk: DEBIAN_BULK },
      { empty: 'CMD ["bash"]' },
    ],
    config: { env: [`PATH=${DEFAULT_PATH}`], cmd: ['bash'], workdir: '/' },
    size: { mb: 116.57, basis: 'measured', source: `${REPO_INFO} repos/debian/local/bookworm.md`, asOf: '2026-07-13' },
    facts: {
      ...BOOKWORM_FACTS,
      sources: [`${REPO_INFO} repos/debian/local/bookworm.md`, `${REPO_INFO} repos/golang/remote/1.25-bookworm.md`],
      notes: 'Merged /usr: /bin, /sbin and /lib are symlinks into /usr. /bin/sh is dash. ca-certificates is not installed (HTTPS needs apt-get install ca-certificates); tzdata is (2026b).',
    },
  },
  {
    tags: ['debian:bookworm-slim', 'debian:12-slim'],
    steps: [
      { run: "# debian.sh --arch 'amd64' --slim out/ 'bookworm' '@1789689600'", files: BOOKWORM_FILES, exe: { '/usr/bin': DEBIAN_USR_BIN, '/usr/sbin': DEBIAN_USR_SBIN }, bulk: DEBIAN_SLIM_BULK },
      { empty: 'CMD ["bash"]' },
    ],
    config: { env: [`PATH=${DEFAULT_PATH}`], cmd: ['bash'], workdir: '/' },
    size: { mb: 74.83, basis: 'measured', source: `${REPO_INFO} repos/debian/local/bookworm-slim.md`, asOf: '2026-09-18' },
    facts: {
      ...BOOKWORM_FACTS,
      sources: [`${REPO_INFO} repos/debian/local/bookworm-slim.md`, `${REPO_INFO} repos/debian/remote/bookworm-slim.md`],
      notes: 'debian:bookworm without documentation, man pages and most locales. tzdata 2026b is installed (repo-info package list); ca-certificates is not.',
    },
  },
  {
    tags: ['buildpack-deps:bookworm-curl'],
    from: 'debian:bookworm',
    steps: [
      {
        run: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates curl gnupg netbase sq wget; rm -rf /var/lib/apt/lists/* # buildkit',
        files: [
          { p: '/usr/bin/openssl', s: 1_000_000, x: true },
          { p: '/usr/bin/sq', s: 9_500_000, x: true },
          { p: '/etc/ssl/certs/ca-certificates.crt', s: 221_000 },
          { p: '/etc/services', s: 12_813 },
          { p: '/etc/protocols', s: 2_932 },
          { p: '/usr/lib/x86_64-linux-gnu/libcurl.so.4.8.0', s: 700_000 },
          { p: '/usr/lib/x86_64-linux-gnu/libcurl.so.4', l: 'libcurl.so.4.8.0' },
          { p: '/usr/lib/x86_64-linux-gnu/libssl.so.3', s: 696_000 },
          { p: '/usr/lib/x86_64-linux-gnu/libcrypto.so.3', s: 4_700_000 },
        ],
        exe: { '/usr/bin': { curl: 260_000, wget: 510_000, gpg: 1_100_000, gpgconf: 150_000, 'gpg-agent': 350_000, dirmngr: 600_000 } },
        bulk: { '/usr/lib/x86_64-linux-gnu': 20, '/usr/share': 6, '/usr/share/ca-certificates': 1 },
      },
    ],
    size: { mb: 164.98, basis: 'measured', source: `${REPO_INFO} repos/buildpack-deps/local/bookworm-curl.md`, asOf: '2026-08-05', corrected: { from: null, why: 'not in the research data; read from repo-info (the base of the golang, node and python images)' } },
    facts: { caCertificates: true, sources: [`${REPO_INFO} repos/buildpack-deps/local/bookworm-curl.md`], notes: 'debian:bookworm plus curl, wget, gnupg and ca-certificates.' },
  },
  {
    tags: ['buildpack-deps:bookworm-scm'],
    from: 'buildpack-deps:bookworm-curl',
    steps: [
      {
        run: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends git mercurial openssh-client subversion procps; rm -rf /var/lib/apt/lists/* # buildkit',
        files: [
          { p: '/usr/bin/git', s: 3_900_000, x: true },
          { p: '/usr/bin/hg', s: 1_480, x: true },
          { p: '/usr/bin/python3.11', s: 6_831_736, x: true },
          { p: '/usr/bin/python3', l: 'python3.11' },
          { p: '/usr/bin/pkill', l: 'pgrep' },
        ],
        exe: {
          '/usr/bin': {
            ssh: 920_000, scp: 130_000, sftp: 140_000, 'ssh-keygen': 480_000, 'ssh-keyscan': 470_000, svn: 340_000, svnadmin: 60_000,
            ps: 140_000, top: 130_000, free: 30_000, pgrep: 35_000, kill: 31_000, watch: 30_000, uptime: 15_000, vmstat: 40_000,
          },
        },
        bulk: {
          '/usr/lib/x86_64-linux-gnu': 30, '/usr/lib/python3.11': 20, '/usr/lib/python3/dist-packages': 10, '/usr/share/perl/5.36': 10,
          '/usr/lib/git-core': 12, '/usr/share': 10,
        },
      },
    ],
    size: { mb: 342.2, basis: 'measured', source: `${REPO_INFO} repos/buildpack-deps/local/bookworm-scm.md`, asOf: '2026-08-25', corrected: { from: null, why: 'not in the research data; read from repo-info (the base of the golang images)' } },
    facts: { sources: [`${REPO_INFO} repos/buildpack-deps/local/bookworm-scm.md`], notes: 'Adds git, mercurial (which brings Debian\'s python3.11), openssh-client, subversion and procps.' },
  },
  {
    tags: ['buildpack-deps:bookworm'],
    from: 'buildpack-deps:bookworm-scm',
    steps: [
      {
        run: 'RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick libbz2-dev libc6-dev libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev libjpeg-dev libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev libncurses5-dev libncursesw5-dev libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev libxslt-dev libyaml-dev make patch unzip xz-utils zlib1g-dev; rm -rf /var/lib/apt/lists/* # buildkit',
        files: [
          ...GCC12.files!,
          { p: '/usr/bin/convert-im6.q16', s: 15_000, x: true },
          { p: '/usr/bin/convert', l: '/etc/alternatives/convert' },
          { p: '/etc/alternatives/convert', l: '/usr/bin/convert-im6.q16' },
        ],
        exe: { '/usr/bin': { patch: 200_000, unzip: 180_000, xz: 85_000, bzip2: 40_000, file: 30_000, autoconf: 14_000, automake: 260_000, libtool: 360_000 } },
        bulk: { '/usr/include': 10, '/usr/lib/x86_64-linux-gnu': 45, '/usr/lib/gcc/x86_64-linux-gnu/12': 12, '/usr/share': 15, '/usr/lib/x86_64-linux-gnu/ImageMagick-6.9.11': 3 },
      },
    ],
    size: { mb: 929.95, basis: 'measured', source: `${REPO_INFO} repos/buildpack-deps/local/bookworm.md`, asOf: '2026-07-14', corrected: { from: null, why: 'not in the research data; read from repo-info (the base of node:22 and python:3.x)' } },
    facts: { sources: [`${REPO_INFO} repos/buildpack-deps/local/bookworm.md`], notes: 'Adds gcc/g++, make and the -dev libraries most native builds need.' },
  },
  {
    tags: ['ubuntu:22.04', 'ubuntu:jammy'],
    steps: [
      { empty: 'ARG RELEASE' },
      { empty: 'ARG LAUNCHPAD_BUILD_ARCH' },
      { empty: 'LABEL org.opencontainers.image.ref.name=ubuntu' },
      { empty: 'LABEL org.opencontainers.image.version=22.04' },
      {
        run: 'ADD file:<rootfs tarball digest> in / ',
        files: [
          ...DEBIAN_DIRS,
          ...DEBIAN_LINKS,
          ...DEBIAN_ETC,
          { p: '/etc/passwd', c: UBUNTU_PASSWD_2204 },
          { p: '/etc/group', c: UBUNTU_GROUP_2204 },
          { p: '/etc/shadow', s: 502, m: 0o640, g: 42 },
          { p: '/etc/gshadow', s: 420, m: 0o640, g: 42 },
          { p: '/etc/debian_version', c: 'bookworm/sid\n' },
          { p: '/etc/lsb-release', c: 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=22.04\nDISTRIB_CODENAME=jammy\nDISTRIB_DESCRIPTION="Ubuntu 22.04.5 LTS"\n' },
          {
            p: '/usr/lib/os-release',
            c: 'PRETTY_NAME="Ubuntu 22.04.5 LTS"\nNAME="Ubuntu"\nVERSION_ID="22.04"\nVERSION="22.04.5 LTS (Jammy Jellyfish)"\nVERSION_CODENAME=jammy\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=jammy\n',
          },
        ],
        exe: { '/usr/bin': DEBIAN_USR_BIN, '/usr/sbin': DEBIAN_USR_SBIN },
        bulk: UBUNTU_BULK,
      },
      { empty: 'CMD ["/bin/bash"]' },
    ],
    config: { env: [`PATH=${DEFAULT_PATH}`], cmd: ['/bin/bash'], labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '22.04' } },
    size: { mb: 78.08, basis: 'measured', source: `${REPO_INFO} repos/ubuntu/local/22.04.md`, asOf: '2026-07-31' },
    facts: {
      libc: 'glibc',
      shell: '/bin/sh (dash); bash',
      packageManager: 'apt',
      caCertificates: false,
      tzdata: false,
      sources: [`${REPO_INFO} repos/ubuntu/local/22.04.md`],
      notes: 'Built by Canonical with the classic builder (ADD file:… in /, empty WorkingDir). No tzdata and no ca-certificates: installing tzdata non-interactively needs DEBIAN_FRONTEND=noninteractive.',
    },
  },
  {
    tags: ['ubuntu:24.04', 'ubuntu:noble'],
    steps: [
      { empty: 'ARG RELEASE' },
      { empty: 'ARG LAUNCHPAD_BUILD_ARCH' },
      { empty: 'LABEL org.opencontainers.image.ref.name=ubuntu' },
      { empty: 'LABEL org.opencontainers.image.version=24.04' },
      {
        run: 'ADD file:<rootfs tarball digest> in / ',
        files: [
          ...DEBIAN_DIRS,
          ...DEBIAN_LINKS,
          ...DEBIAN_ETC,
          { p: '/etc/passwd', c: UBUNTU_PASSWD_2404 },
          { p: '/etc/group', c: UBUNTU_GROUP_2404 },
          { p: '/etc/shadow', s: 502, m: 0o640, g: 42 },
          { p: '/etc/gshadow', s: 420, m: 0o640, g: 42 },
          { p: '/home/ubuntu', d: true, m: 0o750, u: 1000, g: 1000 },
          { p: '/home/ubuntu/.bashrc', s: 3_771, u: 1000, g: 1000 },
          { p: '/home/ubuntu/.profile', s: 807, u: 1000, g: 1000 },
          { p: '/home/ubuntu/.bash_logout', s: 220, u: 1000, g: 1000 },
          { p: '/etc/debian_version', c: 'trixie/sid\n' },
          { p: '/etc/lsb-release', c: 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=24.04\nDISTRIB_CODENAME=noble\nDISTRIB_DESCRIPTION="Ubuntu 24.04.4 LTS"\n' },
          {
            p: '/usr/lib/os-release',
            c: 'PRETTY_NAME="Ubuntu 24.04.4 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.4 LTS (Noble Numbat)"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=noble\nLOGO=ubuntu-logo\n',
          },
        ],
        exe: { '/usr/bin': DEBIAN_USR_BIN, '/usr/sbin': DEBIAN_USR_SBIN },
        bulk: UBUNTU_BULK,
      },
      { empty: 'CMD ["/bin/bash"]' },
    ],
    config: { env: [`PATH=${DEFAULT_PATH}`], cmd: ['/bin/bash'], labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' } },
    size: { mb: 78.16, basis: 'measured', source: `${REPO_INFO} repos/ubuntu/local/24.04.md`, asOf: '2026-08-17' },
    facts: {
      libc: 'glibc',
      shell: '/bin/sh (dash); bash',
      packageManager: 'apt',
      caCertificates: false,
      tzdata: false,
      sources: [`${REPO_INFO} repos/ubuntu/local/24.04.md`, `${REPO_INFO} repos/eclipse-temurin/remote/21-jdk-noble.md`, `${REPO_INFO} repos/gradle/remote/8-jdk21.md`],
      notes: 'Ships a default user "ubuntu" (uid/gid 1000), so useradd --uid 1000 fails here. No tzdata and no ca-certificates. Classic-builder history (ADD file:… in /).',
    },
  },
];
