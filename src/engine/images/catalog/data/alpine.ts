// alpine:3.19 … 3.24 — one layer each (ADD alpine-minirootfs-<ver>-x86_64.tar.gz /). Sizes from
// docker-library/repo-info (repos/alpine/local/*.md) where recorded.
import type { Entry, ImageSpec } from '../types';
import { ALPINE_APPLETS, ALPINE_ROOTFS, DEFAULT_PATH } from './common';

const FACTS = {
  libc: 'musl',
  shell: '/bin/sh (busybox ash)',
  packageManager: 'apk',
  caCertificates: true,
  tzdata: false,
} as const;

const CONFIG = { env: [`PATH=${DEFAULT_PATH}`], cmd: ['/bin/sh'], workdir: '/' };

const BULK = { '/usr/lib': 3, '/usr/share/apk': 1, '/etc/apk/keys': 1 };

const osRelease = {
  '3.19': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME="Alpine Linux v3.19"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
  '3.20': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
  '3.21': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.8\nPRETTY_NAME="Alpine Linux v3.21"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
  '3.22': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.6\nPRETTY_NAME="Alpine Linux v3.22"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
  '3.23': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.23.6\nPRETTY_NAME="Alpine Linux v3.23"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
  '3.24': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.24.2\nPRETTY_NAME="Alpine Linux v3.24"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
};

const KEYS: Entry[] = [
  { p: '/etc/apk/keys/alpine-devel@lists.alpinelinux.org-6165ee59.rsa.pub', s: 800 },
  { p: '/etc/apk/keys/alpine-devel@lists.alpinelinux.org-61666e3f.rsa.pub', s: 800 },
];

/** apk-tools 2.14 (3.19–3.22) links libapk.so.2.14; apk-tools 3 (3.23+) libapk.so.3. */
const APK2: Entry[] = [{ p: '/usr/lib/libapk.so.2.14.0', s: 175_000, x: true }];
const APK3: Entry[] = [{ p: '/usr/lib/libapk.so.3.0.0', s: 270_000, x: true }];

const REPO_INFO = 'docker-library/repo-info';

export const ALPINE: ImageSpec[] = [
  {
    tags: ['alpine:3.19', 'alpine:3.19.1'],
    steps: [
      {
        run: 'ADD alpine-minirootfs-3.19.1-x86_64.tar.gz / # buildkit',
        files: [...ALPINE_ROOTFS, ...KEYS, ...APK2, { p: '/etc/apk/repositories', c: 'https://dl-cdn.alpinelinux.org/alpine/v3.19/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.19/community\n' }, { p: '/etc/alpine-release', c: '3.19.1\n' }, { p: '/usr/lib/os-release', c: osRelease['3.19'] }],
        links: ALPINE_APPLETS,
        bulk: BULK,
      },
      { empty: 'CMD ["/bin/sh"]' },
    ],
    config: CONFIG,
    size: { mb: 7.8, basis: 'estimate', source: 'by analogy with alpine:3.21.8 (7.8 MB); 3.19 is not in the stored repo-info' },
    facts: { ...FACTS, sources: [`${REPO_INFO} repos/alpine/local/3.21.8.md`, `${REPO_INFO} repos/alpine/remote/3.21.md`], date: '2026-11', notes: 'busybox 1.36, apk-tools 2.14. /etc/alpine-release shows 3.19.1 (a representative point release).' },
  },
  {
    tags: ['alpine:3.20', 'alpine:3.20.3'],
    steps: [
      {
        run: 'ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit',
        files: [...ALPINE_ROOTFS, ...KEYS, ...APK2, { p: '/etc/apk/repositories', c: 'https://dl-cdn.alpinelinux.org/alpine/v3.20/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/community\n' }, { p: '/etc/alpine-release', c: '3.20.3\n' }, { p: '/usr/lib/os-release', c: osRelease['3.20'] }],
        links: ALPINE_APPLETS,
        bulk: BULK,
      },
      { empty: 'CMD ["/bin/sh"]' },
    ],
    config: CONFIG,
    size: { mb: 7.8, basis: 'estimate', source: 'by analogy with alpine:3.21.8 (7.8 MB); 3.20 is not in the stored repo-info' },
    facts: { ...FACTS, sources: [`${REPO_INFO} repos/alpine/local/3.21.8.md`, `${REPO_INFO} repos/alpine/remote/3.21.md`], date: '2026-11', notes: 'busybox 1.36, apk-tools 2.14. /etc/alpine-release shows 3.20.3 (a representative point release).' },
  },
  {
    tags: ['alpine:3.21', 'alpine:3.21.8'],
    steps: [
      {
        run: 'ADD alpine-minirootfs-3.21.8-x86_64.tar.gz / # buildkit',
        files: [...ALPINE_ROOTFS, ...KEYS, ...APK2, { p: '/etc/apk/repositories', c: 'https://dl-cdn.alpinelinux.org/alpine/v3.21/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.21/community\n' }, { p: '/etc/alpine-release', c: '3.21.8\n' }, { p: '/usr/lib/os-release', c: osRelease['3.21'] }],
        links: ALPINE_APPLETS,
        bulk: BULK,
      },
      { empty: 'CMD ["/bin/sh"]' },
    ],
    config: CONFIG,
    size: { mb: 7.8, basis: 'measured', source: `${REPO_INFO} repos/alpine/local/3.21.8.md`, asOf: '2026-09-17' },
    facts: { ...FACTS, sources: [`${REPO_INFO} repos/alpine/local/3.21.8.md`, `${REPO_INFO} repos/alpine/remote/3.21.md`], notes: 'busybox 1.37, apk-tools 2.14, OpenSSL 3.3; ca-certificates-bundle only (/etc/ssl/certs/ca-certificates.crt).' },
  },
  {
    tags: ['alpine:3.22', 'alpine:3.22.6'],
    steps: [
      {
        run: 'ADD alpine-minirootfs-3.22.6-x86_64.tar.gz / # buildkit',
        files: [...ALPINE_ROOTFS, ...KEYS, ...APK2, { p: '/etc/apk/repositories', c: 'https://dl-cdn.alpinelinux.org/alpine/v3.22/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.22/community\n' }, { p: '/etc/alpine-release', c: '3.22.6\n' }, { p: '/usr/lib/os-release', c: osRelease['3.22'] }],
        links: ALPINE_APPLETS,
        bulk: BULK,
      },
      { empty: 'CMD ["/bin/sh"]' },
    ],
    config: CONFIG,
    size: { mb: 8.3, basis: 'measured', source: `${REPO_INFO} repos/alpine/local/3.22.md`, asOf: '2026-09-17', corrected: { from: null, why: 'not in the research data; read from repo-info' } },
    facts: { ...FACTS, sources: [`${REPO_INFO} repos/alpine/local/3.22.md`], notes: 'busybox 1.37, apk-tools 2.14, OpenSSL 3.5.' },
  },
  {
    tags: ['alpine:3.23', 'alpine:3.23.6'],
    steps: [
      {
        run: 'ADD alpine-minirootfs-3.23.6-x86_64.tar.gz / # buildkit',
        files: [...ALPINE_ROOTFS, ...KEYS, ...APK3, { p: '/etc/apk/repositories', c: 'https://dl-cdn.alpinelinux.org/alpine/v3.23/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.23/community\n' }, { p: '/etc/alpine-release', c: '3.23.6\n' }, { p: '/usr/lib/os-release', c: osRelease['3.23'] }],
        links: ALPINE_APPLETS,
        bulk: BULK,
      },
      { empty: 'CMD ["/bin/sh"]' },
    ],
    config: CONFIG,
    size: { mb: 8.42, basis: 'measured', source: `${REPO_INFO} repos/alpine/local/3.23.6.md`, asOf: '2026-09-17', corrected: { from: null, why: 'not in the research data; read from repo-info' } },
    facts: { ...FACTS, sources: [`${REPO_INFO} repos/alpine/local/3.23.6.md`], notes: 'busybox 1.37, apk-tools 3.0 (libapk 3), OpenSSL 3.5.' },
  },
  {
    tags: ['alpine:3.24', 'alpine:3.24.2', 'alpine:latest', 'alpine:3'],
    steps: [
      {
        run: 'ADD alpine-minirootfs-3.24.2-x86_64.tar.gz / # buildkit',
        files: [...ALPINE_ROOTFS, ...KEYS, ...APK3, { p: '/etc/apk/repositories', c: 'https://dl-cdn.alpinelinux.org/alpine/v3.24/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.24/community\n' }, { p: '/etc/alpine-release', c: '3.24.2\n' }, { p: '/usr/lib/os-release', c: osRelease['3.24'] }],
        links: ALPINE_APPLETS,
        bulk: BULK,
      },
      { empty: 'CMD ["/bin/sh"]' },
    ],
    config: CONFIG,
    size: { mb: 8.42, basis: 'measured', source: `${REPO_INFO} repos/alpine/local/3.24.2.md`, asOf: '2026-09-17', corrected: { from: null, why: 'not in the research data; read from repo-info' } },
    facts: { ...FACTS, sources: [`${REPO_INFO} repos/alpine/local/3.24.2.md`], notes: 'The newest Alpine in the catalog, so alpine, alpine:latest and alpine:3 name it (as they did on Docker Hub in late 2026). busybox 1.37, apk-tools 3.0, musl 1.2.6, OpenSSL 3.5.' },
  },
];
