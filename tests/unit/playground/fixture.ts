// A hand-made BuildResult shaped like the engine's, so the view models are tested without
// depending on what the engine (or its image catalog) can do today.
import type { BuildResult, ImageConfig } from '../../../src/engine/types';

export const XSS = '<img src=x onerror=alert(1)><script>alert(2)</script>';

const config: ImageConfig = {
  Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  User: '65532:65532',
  WorkingDir: '/',
  Cmd: null,
  Entrypoint: ['/app'],
  ExposedPorts: {},
  Labels: { note: XSS },
  Volumes: {},
  Shell: null,
  StopSignal: '',
  Healthcheck: null,
  OnBuild: null,
};

export const DOCKERFILE = `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app .
FROM alpine AS test
RUN echo test
FROM scratch
COPY --from=build /out/app /app
COPY --from=build /src/${'${'}X} /x
USER 65532:65532
ENTRYPOINT ["/app"]
`;

export function result(): BuildResult {
  return {
    ok: true,
    error: null,
    stages: [
      { index: 0, name: 'build', base: 'golang:1.23', built: true, lane: 0, dependsOn: [], line: 1 },
      { index: 1, name: 'test', base: 'alpine', built: false, skippedReason: 'not needed to build the target stage "stage-2"', lane: 1, dependsOn: [], line: 5 },
      { index: 2, name: null, base: 'scratch', built: true, lane: 0, dependsOn: [0], line: 7 },
    ],
    steps: [
      { stage: 0, step: '1/4', instruction: 'FROM golang:1.23', line: 1, status: 'CACHED', reason: 'same instruction and inputs as the previous build' },
      { stage: 0, step: '2/4', instruction: 'WORKDIR /src', line: 2, status: 'CACHED', reason: 'same' },
      { stage: 0, step: '3/4', instruction: 'COPY . .', line: 3, status: 'DONE', reason: 'source files changed: main.go' },
      { stage: 0, step: '4/4', instruction: 'RUN go build -o /out/app .', line: 4, status: 'DONE', reason: 'an earlier step was rebuilt', opaque: 'the simulator has no model of `go`' },
      { stage: 2, step: '1/2', instruction: 'COPY --from=build /out/app /app', line: 8, status: 'DONE', reason: 'source files changed: out/app' },
      { stage: 2, step: '2/2', instruction: `COPY --from=build /src/${XSS} /x`, line: 9, status: 'DONE', reason: XSS },
    ],
    image: {
      config,
      history: [
        { created_by: 'COPY /out/app /app # buildkit', empty_layer: false, size: 1_234_567 },
        { created_by: `COPY /src/${XSS} /x # buildkit`, empty_layer: false, size: 12 },
        { created_by: 'USER 65532:65532', empty_layer: true, size: 0 },
        { created_by: 'ENTRYPOINT ["/app"]', empty_layer: true, size: 0, comment: 'buildkit.dockerfile.v0' },
      ],
      layers: [
        {
          created_by: 'COPY /out/app /app # buildkit',
          size: 1_234_567,
          history: 0,
          stage: 2,
          line: 8,
          changes: [{ path: '/app', kind: 'add', type: 'file', size: 1_234_567, mode: 0o755, uid: 0, gid: 0, entry: 'app' }],
        },
        {
          created_by: `COPY /src/${XSS} /x # buildkit`,
          size: 12,
          history: 1,
          stage: 2,
          line: 9,
          changes: [
            { path: '/x', kind: 'add', type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, entry: 'x' },
            { path: `/x/${XSS}`, kind: 'add', type: 'file', size: 12, mode: 0o644, uid: 0, gid: 0, entry: `x/${XSS}` },
            { path: '/x/old', kind: 'whiteout', type: 'file', size: 0, mode: 0o644, uid: 0, gid: 0, entry: 'x/.wh.old' },
          ],
        },
      ],
      files: [
        { path: '/x', type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, layer: 1, stage: 'build', instruction: 'WORKDIR /src', copiedBy: `COPY --from=build /src/${XSS} /x` },
        { path: `/x/${XSS}`, type: 'file', size: 12, mode: 0o644, uid: 0, gid: 0, layer: 1, stage: 'build', instruction: 'COPY . .', copiedBy: `COPY --from=build /src/${XSS} /x` },
        { path: '/app', type: 'file', size: 1_234_567, mode: 0o755, uid: 0, gid: 0, layer: 0, stage: 'build', instruction: 'RUN go build -o /out/app .', copiedBy: 'COPY --from=build /out/app /app' },
        { path: '/etc/os-release', type: 'file', size: 100, mode: 0o644, uid: 0, gid: 0, layer: 0, stage: 'base', instruction: '' },
      ],
      size: 1_234_579,
      wasted: { bytes: 0, efficiency: 1, entries: [] },
      kitchen: [{ stage: 0, bytes: 300_000_000, largest: [{ path: `/src/${XSS}`, size: 12 }, { path: '/root/.cache/go-build', size: 250_000_000 }] }],
      base: { name: 'scratch', facts: null },
    },
    findings: [
      { rule: 'secret-file-in-image', severity: 'error', message: `A secret file ${XSS} reaches the final image`, line: 9, surface: 'image filesystem', stage: 2, layer: 1, path: `/x/${XSS}`, fix: `Add ${XSS} to .dockerignore` },
      { rule: 'secret-in-env', severity: 'warning', message: 'ENV holds a secret', line: null, surface: 'image config', field: 'Env', fix: 'use a secret mount' },
    ],
    lint: [{ rule: 'StageNameCasing', source: 'buildkit', severity: 'warning', message: 'Stage name should be lowercase', line: 5, endLine: 5, explanation: 'why', url: 'https://docs.docker.com/' }],
    notes: [`The image "golang:1.23" is not known ${XSS}`],
  };
}

export function failedResult(): BuildResult {
  return {
    ok: false,
    error: { message: 'failed to compute cache key: failed to calculate checksum of ref: "/nope": not found', line: 3 },
    stages: [{ index: 0, name: null, base: 'scratch', built: false, skippedReason: 'failed', lane: 0, dependsOn: [], line: 1 }],
    steps: [
      { stage: 0, step: '1/2', instruction: 'WORKDIR /', line: 2, status: 'CACHED', reason: 'same' },
      { stage: 0, step: '2/2', instruction: 'COPY nope /', line: 3, status: 'ERROR', reason: 'the instruction changed' },
    ],
    image: null,
    findings: [],
    lint: [],
    notes: [],
  };
}
