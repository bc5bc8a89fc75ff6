// golang:1.21 / 1.22 / 1.23 / 1.25, Debian (bookworm) and Alpine. Layers follow the
// docker-library/golang Dockerfiles: FROM buildpack-deps:bookworm-scm (or alpine), the cgo
// toolchain (Debian only), ENV …, COPY --link /target/ / (the Go tree), mkdir $GOPATH, WORKDIR.
import type { Entry, ImageSpec, Step } from '../types';
import { GCC12 } from './debian';

const REPO_INFO = 'docker-library/repo-info';
const GO_PATH_ENV = 'PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The Go distribution under /usr/local/go: the big binaries by name, the rest in remainder files. */
const GO_TREE: Entry[] = [
  { p: '/usr/local/go/bin/go', s: 14_000_000, x: true },
  { p: '/usr/local/go/bin/gofmt', s: 3_000_000, x: true },
  { p: '/usr/local/go/pkg/tool/linux_amd64/compile', s: 22_000_000, x: true },
  { p: '/usr/local/go/pkg/tool/linux_amd64/link', s: 7_500_000, x: true },
  { p: '/usr/local/go/pkg/tool/linux_amd64/asm', s: 4_300_000, x: true },
  { p: '/usr/local/go/pkg/tool/linux_amd64/cgo', s: 4_600_000, x: true },
  { p: '/usr/local/go/pkg/tool/linux_amd64/vet', s: 9_200_000, x: true },
  { p: '/usr/local/go/pkg/tool/linux_amd64/cover', s: 4_800_000, x: true },
  { p: '/usr/local/go/pkg/tool/linux_amd64/buildid', s: 2_400_000, x: true },
  { p: '/usr/local/go/pkg/tool/linux_amd64/objdump', s: 4_400_000, x: true },
  { p: '/usr/local/go/go.env', c: 'GOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\nGOTOOLCHAIN=auto\n' },
  { p: '/usr/local/go/VERSION', s: 48 },
  { p: '/usr/local/go/LICENSE', s: 1_453 },
  { p: '/usr/local/go/lib/time/zoneinfo.zip', s: 406_000 },
];

/** Where the Go tree's other bytes are (standard library sources, tests, misc). */
const GO_BULK = { '/usr/local/go/src': 60, '/usr/local/go/pkg': 15, '/usr/local/go/test': 12, '/usr/local/go/misc': 2, '/usr/local/go/lib': 1, '/usr/local/go/api': 1 };

const MKDIR_GOPATH: Step = {
  run: 'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit',
  exact: true,
  files: [
    { p: '/go', d: true, m: 0o1777 },
    { p: '/go/src', d: true, m: 0o1777 },
    { p: '/go/bin', d: true, m: 0o1777 },
  ],
};

/** WORKDIR on a directory that exists still makes an (empty) layer. */
const WORKDIR_GO: Step = { run: 'WORKDIR /go', exact: true, files: [] };

const GCC_LAYER: Step = {
  run: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends g++ gcc libc6-dev make pkg-config; rm -rf /var/lib/apt/lists/* # buildkit',
  mb: 258.77,
  ...GCC12,
};

const CA_LAYER: Step = {
  run: 'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit',
  mb: 0.45,
  files: [
    { p: '/usr/sbin/update-ca-certificates', s: 30_000, x: true },
    { p: '/etc/ca-certificates.conf', s: 6_000 },
    { p: '/etc/ssl/certs/ca-certificates.crt', s: 218_000 },
  ],
  bulk: { '/usr/share/ca-certificates/mozilla': 1 },
};

const DEBIAN_FACTS = {
  libc: 'glibc',
  shell: '/bin/sh (dash); bash',
  packageManager: 'apt',
  caCertificates: true,
  tzdata: true,
} as const;

const ALPINE_FACTS = {
  libc: 'musl',
  shell: '/bin/sh (busybox ash)',
  packageManager: 'apk',
  caCertificates: true,
  tzdata: false,
} as const;

const DEBIAN_NOTE = 'gcc is installed, so CGO_ENABLED defaults to 1 and binaries using net or os/user link dynamically against glibc (build with CGO_ENABLED=0 for scratch or distroless/static). GOTOOLCHAIN=local stops go.mod from downloading a newer toolchain.';
const ALPINE_NOTE = 'No C toolchain, so cgo is off by default and binaries are static. GOTOOLCHAIN=local stops go.mod from downloading a newer toolchain.';

export const GOLANG: ImageSpec[] = [
  // ---- Go 1.25 (measured) ----
  {
    tags: ['golang:1.25', 'golang:1.25-bookworm', 'golang:1.25.13', 'golang:1.25.13-bookworm'],
    from: 'buildpack-deps:bookworm-scm',
    steps: [
      GCC_LAYER,
      { empty: 'ENV GOLANG_VERSION=1.25.13' },
      { empty: 'ENV GOTOOLCHAIN=local' },
      { empty: 'ENV GOPATH=/go' },
      { empty: `ENV ${GO_PATH_ENV}` },
      { run: 'COPY /target/ / # buildkit', files: GO_TREE, bulk: GO_BULK },
      MKDIR_GOPATH,
      WORKDIR_GO,
    ],
    config: { env: ['GOLANG_VERSION=1.25.13', 'GOTOOLCHAIN=local', 'GOPATH=/go', GO_PATH_ENV], workdir: '/go' },
    size: { mb: 807.36, basis: 'measured', source: `${REPO_INFO} repos/golang/local/1.25-bookworm.md`, asOf: '2026-08-13 (1.25.13)' },
    facts: { ...DEBIAN_FACTS, sources: [`${REPO_INFO} repos/golang/local/1.25-bookworm.md`, `${REPO_INFO} repos/golang/remote/1.25-bookworm.md`], notes: DEBIAN_NOTE },
  },
  {
    tags: ['golang:1.25-alpine', 'golang:1.25-alpine3.24', 'golang:1.25.13-alpine', 'golang:1.25.13-alpine3.24'],
    from: 'alpine:3.24',
    steps: [
      CA_LAYER,
      { empty: 'ENV GOLANG_VERSION=1.25.13' },
      { empty: 'ENV GOTOOLCHAIN=local' },
      { empty: 'ENV GOPATH=/go' },
      { empty: `ENV ${GO_PATH_ENV}` },
      { run: 'COPY /target/ / # buildkit', files: GO_TREE, bulk: GO_BULK },
      MKDIR_GOPATH,
      WORKDIR_GO,
    ],
    config: { env: ['GOLANG_VERSION=1.25.13', 'GOTOOLCHAIN=local', 'GOPATH=/go', GO_PATH_ENV], workdir: '/go' },
    size: { mb: 215.26, basis: 'measured', source: `${REPO_INFO} repos/golang/local/1.25-alpine.md`, asOf: '2026-08-13' },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/golang/local/1.25-alpine.md`, `${REPO_INFO} repos/golang/remote/1.25-alpine.md`], notes: ALPINE_NOTE },
    variants: [{ tags: ['golang:1.25-alpine3.23', 'golang:1.25.13-alpine3.23'], from: 'alpine:3.23' }],
  },
  // ---- Go 1.23 (final release 1.23.12) ----
  {
    tags: ['golang:1.23', 'golang:1.23-bookworm', 'golang:1.23.12', 'golang:1.23.12-bookworm'],
    from: 'buildpack-deps:bookworm-scm',
    steps: [
      GCC_LAYER,
      { empty: 'ENV GOLANG_VERSION=1.23.12' },
      { empty: 'ENV GOTOOLCHAIN=local' },
      { empty: 'ENV GOPATH=/go' },
      { empty: `ENV ${GO_PATH_ENV}` },
      { run: 'COPY /target/ / # buildkit', mb: 226.25, files: GO_TREE, bulk: GO_BULK },
      MKDIR_GOPATH,
      WORKDIR_GO,
    ],
    config: { env: ['GOLANG_VERSION=1.23.12', 'GOTOOLCHAIN=local', 'GOPATH=/go', GO_PATH_ENV], workdir: '/go' },
    size: {
      mb: 827.22,
      basis: 'derived',
      source: 'buildpack-deps:bookworm-scm (342.2, measured) + the cgo toolchain layer (258.77, from the measured golang:1.25 figures) + the Go 1.23 tree (226.25, from the golang:1.23-alpine estimate)',
      corrected: { from: 810, why: 'the research data interpolated 810 ± 40; the catalog builds it from measured layers so that the Go tree is the same size in the Debian and Alpine images' },
    },
    facts: { ...DEBIAN_FACTS, sources: [`${REPO_INFO} repos/golang/local/1.25-bookworm.md`, `${REPO_INFO} repos/buildpack-deps/local/bookworm-scm.md`, 'docker-library/golang 1.23/bookworm/Dockerfile'], date: '2026-11', notes: DEBIAN_NOTE },
  },
  {
    tags: ['golang:1.23-alpine', 'golang:1.23-alpine3.22', 'golang:1.23.12-alpine', 'golang:1.23.12-alpine3.22'],
    from: 'alpine:3.22',
    steps: [
      CA_LAYER,
      { empty: 'ENV GOLANG_VERSION=1.23.12' },
      { empty: 'ENV GOTOOLCHAIN=local' },
      { empty: 'ENV GOPATH=/go' },
      { empty: `ENV ${GO_PATH_ENV}` },
      { run: 'COPY /target/ / # buildkit', files: GO_TREE, bulk: GO_BULK },
      MKDIR_GOPATH,
      WORKDIR_GO,
    ],
    config: { env: ['GOLANG_VERSION=1.23.12', 'GOTOOLCHAIN=local', 'GOPATH=/go', GO_PATH_ENV], workdir: '/go' },
    size: {
      mb: 235,
      basis: 'estimate',
      source: 'between golang:1.20rc3-alpine3.17 (253.49 MB, 2023, docker-library/repo-info repos/golang/local/1.20rc3-alpine.md) and golang:1.25-alpine (215.26 MB, 2026); ± 25 MB',
    },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/golang/local/1.25-alpine.md`, `${REPO_INFO} repos/golang/local/1.20rc3-alpine.md`, 'docker-library/golang 1.23/alpine3.22/Dockerfile'], date: '2026-11', notes: `The last 1.23 release (1.23.12, August 2025) was built on Alpine 3.21 and 3.22. ${ALPINE_NOTE}` },
    variants: [{ tags: ['golang:1.23-alpine3.21', 'golang:1.23.12-alpine3.21'], from: 'alpine:3.21' }],
  },
  // ---- Go 1.22 (final release 1.22.12) ----
  {
    tags: ['golang:1.22', 'golang:1.22-bookworm', 'golang:1.22.12', 'golang:1.22.12-bookworm'],
    from: 'buildpack-deps:bookworm-scm',
    steps: [
      GCC_LAYER,
      { empty: 'ENV GOLANG_VERSION=1.22.12' },
      { empty: 'ENV GOTOOLCHAIN=local' },
      { empty: 'ENV GOPATH=/go' },
      { empty: `ENV ${GO_PATH_ENV}` },
      { run: 'COPY /target/ / # buildkit', mb: 226.75, files: GO_TREE, bulk: GO_BULK },
      MKDIR_GOPATH,
      WORKDIR_GO,
    ],
    config: { env: ['GOLANG_VERSION=1.22.12', 'GOTOOLCHAIN=local', 'GOPATH=/go', GO_PATH_ENV], workdir: '/go' },
    size: {
      mb: 827.72,
      basis: 'derived',
      source: 'buildpack-deps:bookworm-scm (342.2, measured) + the cgo toolchain layer (258.77, from the measured golang:1.25 figures) + the Go 1.22 tree (226.75, from the golang:1.22-alpine estimate)',
      corrected: { from: 810, why: 'the research data interpolated 810 ± 40; the catalog builds it from measured layers so that the Go tree is the same size in the Debian and Alpine images' },
    },
    facts: { ...DEBIAN_FACTS, sources: [`${REPO_INFO} repos/golang/local/1.25-bookworm.md`, `${REPO_INFO} repos/buildpack-deps/local/bookworm-scm.md`, 'docker-library/golang 1.22/alpine3.20/Dockerfile'], date: '2026-11', notes: DEBIAN_NOTE },
  },
  {
    tags: ['golang:1.22-alpine', 'golang:1.22-alpine3.21', 'golang:1.22.12-alpine', 'golang:1.22.12-alpine3.21'],
    from: 'alpine:3.21',
    steps: [
      CA_LAYER,
      { empty: 'ENV GOLANG_VERSION=1.22.12' },
      { empty: 'ENV GOTOOLCHAIN=local' },
      { empty: 'ENV GOPATH=/go' },
      { empty: `ENV ${GO_PATH_ENV}` },
      { run: 'COPY /target/ / # buildkit', files: GO_TREE, bulk: GO_BULK },
      MKDIR_GOPATH,
      WORKDIR_GO,
    ],
    config: { env: ['GOLANG_VERSION=1.22.12', 'GOTOOLCHAIN=local', 'GOPATH=/go', GO_PATH_ENV], workdir: '/go' },
    size: { mb: 235, basis: 'estimate', source: 'between golang:1.20rc3-alpine3.17 (253.49 MB, 2023) and golang:1.25-alpine (215.26 MB, 2026); ± 25 MB' },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/golang/local/1.25-alpine.md`, `${REPO_INFO} repos/golang/local/1.20rc3-alpine.md`, 'docker-library/golang 1.22/alpine3.20/Dockerfile'], date: '2026-11', notes: `The last 1.22 release (1.22.12, February 2025) was built on Alpine 3.20 and 3.21. ${ALPINE_NOTE}` },
    variants: [{ tags: ['golang:1.22-alpine3.20', 'golang:1.22.12-alpine3.20'], from: 'alpine:3.20' }],
  },
  // ---- Go 1.21 (final release 1.21.13) ----
  {
    tags: ['golang:1.21', 'golang:1.21-bookworm', 'golang:1.21.13', 'golang:1.21.13-bookworm'],
    from: 'buildpack-deps:bookworm-scm',
    steps: [
      GCC_LAYER,
      { empty: 'ENV GOLANG_VERSION=1.21.13' },
      { empty: 'ENV GOTOOLCHAIN=local' },
      { empty: 'ENV GOPATH=/go' },
      { empty: `ENV ${GO_PATH_ENV}` },
      { run: 'COPY /target/ / # buildkit', mb: 226.75, files: GO_TREE, bulk: GO_BULK },
      MKDIR_GOPATH,
      WORKDIR_GO,
    ],
    config: { env: ['GOLANG_VERSION=1.21.13', 'GOTOOLCHAIN=local', 'GOPATH=/go', GO_PATH_ENV], workdir: '/go' },
    size: {
      mb: 827.72,
      basis: 'derived',
      source: 'buildpack-deps:bookworm-scm (342.2, measured) + the cgo toolchain layer (258.77, from the measured golang:1.25 figures) + the Go 1.21 tree (226.75, from the golang:1.21-alpine estimate)',
      corrected: { from: 810, why: 'the research data interpolated 810 ± 40; the catalog builds it from measured layers so that the Go tree is the same size in the Debian and Alpine images' },
    },
    facts: { ...DEBIAN_FACTS, sources: [`${REPO_INFO} repos/golang/local/1.25-bookworm.md`, `${REPO_INFO} repos/buildpack-deps/local/bookworm-scm.md`], date: '2026-11', notes: DEBIAN_NOTE },
  },
  {
    tags: ['golang:1.21-alpine', 'golang:1.21-alpine3.20', 'golang:1.21.13-alpine', 'golang:1.21.13-alpine3.20'],
    from: 'alpine:3.20',
    steps: [
      CA_LAYER,
      { empty: 'ENV GOLANG_VERSION=1.21.13' },
      { empty: 'ENV GOTOOLCHAIN=local' },
      { empty: 'ENV GOPATH=/go' },
      { empty: `ENV ${GO_PATH_ENV}` },
      { run: 'COPY /target/ / # buildkit', files: GO_TREE, bulk: GO_BULK },
      MKDIR_GOPATH,
      WORKDIR_GO,
    ],
    config: { env: ['GOLANG_VERSION=1.21.13', 'GOTOOLCHAIN=local', 'GOPATH=/go', GO_PATH_ENV], workdir: '/go' },
    size: { mb: 235, basis: 'estimate', source: 'between golang:1.20rc3-alpine3.17 (253.49 MB, 2023) and golang:1.25-alpine (215.26 MB, 2026); ± 25 MB' },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/golang/local/1.25-alpine.md`, `${REPO_INFO} repos/golang/local/1.20rc3-alpine.md`], date: '2026-11', notes: `The last 1.21 release (1.21.13, August 2024) was built on Alpine 3.19 and 3.20. ${ALPINE_NOTE}` },
    variants: [{ tags: ['golang:1.21-alpine3.19', 'golang:1.21.13-alpine3.19'], from: 'alpine:3.19' }],
  },
];
