// The catalog through the engine's public entry: FROM a catalog image, sizes, inherited config,
// users, and RUN against the image's real shell (or its absence).
import { describe, expect, it } from 'vitest';
import { build } from '../../../src/engine/index';
import { catalogFacts, findCatalogImage } from '../../../src/engine/images/catalog';
import type { BuildResult } from '../../../src/engine/types';

const run = (dockerfile: string): BuildResult => build({ dockerfile, context: [] });
const ok = (dockerfile: string) => {
  const r = run(dockerfile);
  if (!r.ok || !r.image) throw new Error(`build failed: ${JSON.stringify(r.error)}`);
  return r as BuildResult & { image: NonNullable<BuildResult['image']> };
};
const baseBytes = (r: BuildResult) => r.image!.layers.filter((l) => l.stage === null).reduce((a, l) => a + l.size, 0);

describe('FROM a catalog image', () => {
  it('golang:1.23 — the base is known, sized as the catalog says, config inherited', () => {
    const r = ok('FROM golang:1.23\nRUN go version > /v\n');
    expect(r.notes.join('\n')).not.toMatch(/not known/);
    expect(baseBytes(r)).toBe(827_220_000);
    expect(r.image.size).toBeGreaterThanOrEqual(827_220_000);
    expect(r.image.base?.facts?.size).toBe(827_220_000);
    expect(r.image.config.WorkingDir).toBe('/go');
    expect(r.image.config.Env).toContain('GOTOOLCHAIN=local');
    expect(r.image.config.Cmd).toEqual(['bash']);
    // go is on PATH (/usr/local/go/bin), so the step runs; its output is not modelled.
    expect(r.image.files.some((f) => f.path === '/v')).toBe(true);
  });

  it('an image with no RUN is exactly the catalog figure', () => {
    for (const ref of ['alpine:3.21', 'node:22-slim', 'gcr.io/distroless/static-debian12:nonroot', 'eclipse-temurin:21-jre']) {
      const r = ok(`FROM ${ref}\nLABEL x=y\n`);
      expect(r.image.size, ref).toBe(catalogFacts(ref)!.size);
      expect(r.image.layers.length).toBe(findCatalogImage(ref)!.layers.length);
    }
  });

  it('history lists the base rows first, with their sizes', () => {
    const r = ok('FROM node:22-alpine\nCMD ["node", "app.js"]\n');
    const base = findCatalogImage('node:22-alpine')!;
    expect(r.image.history.slice(0, base.history.length).map((h) => h.created_by)).toEqual(base.history.map((h) => h.created_by));
    expect(r.image.history.slice(0, base.history.length).map((h) => h.size)).toEqual(base.history.map((h) => h.size));
    expect(r.image.config.Entrypoint).toEqual(['docker-entrypoint.sh']);
    expect(r.image.config.Cmd).toEqual(['node', 'app.js']);
  });

  it('files report their base provenance', () => {
    const r = ok('FROM alpine:3.21\nLABEL a=b\n');
    const sh = r.image.files.find((f) => f.path === '/bin/sh')!;
    expect(sh).toMatchObject({ type: 'symlink', link: '/bin/busybox', stage: 'base' });
  });
});

describe('RUN on catalog images', () => {
  it('alpine:3.20: ls /bin lists the busybox applets', () => {
    const r = ok('FROM alpine:3.20\nRUN ls /bin > /x\n');
    const base = findCatalogImage('alpine:3.20')!;
    const names = base.layers[0]!.changes.filter((c) => c.path.startsWith('/bin/') && c.path.lastIndexOf('/') === 4).map((c) => c.path.slice(5));
    const expected = names.sort().reduce((a, n) => a + n.length + 1, 0);
    expect(r.image.files.find((f) => f.path === '/x')!.size).toBe(expected);
    expect(names).toEqual(expect.arrayContaining(['busybox', 'sh', 'ls', 'cat']));
  });

  it('debian: RUN runs through /bin/sh → dash; apt-get is on PATH', () => {
    const r = ok('FROM debian:bookworm-slim\nRUN mkdir -p /app && apt-get update\n');
    expect(r.image.files.some((f) => f.path === '/app')).toBe(true);
  });

  it('a command the image does not have fails with "not found"', () => {
    const r = run('FROM alpine:3.21\nRUN apt-get update\n');
    expect(r.ok).toBe(false);
    expect(r.error!.message).toMatch(/exit code: 127/);
    expect(run('FROM node:22-slim\nRUN curl -fsSL https://example.com\n').ok).toBe(false);
  });

  it('USER node resolves in node images', () => {
    for (const ref of ['node:22', 'node:22-slim', 'node:22-alpine', 'node:20-alpine']) {
      const r = ok(`FROM ${ref}\nUSER node\nRUN touch /tmp/mine\n`);
      expect(r.image.files.find((f) => f.path === '/tmp/mine'), ref).toMatchObject({ uid: 1000, gid: 1000 });
      expect(r.image.config.User).toBe('node');
    }
    expect(run('FROM debian:bookworm\nUSER node\nRUN true\n').error?.message).toMatch(/unable to find user node/);
  });

  it('USER nonroot resolves in distroless, and COPY --chown=nonroot uses uid 65532', () => {
    const r = ok('FROM gcr.io/distroless/static-debian12:nonroot\nUSER nonroot\nCOPY --from=alpine:3.21 --chown=nonroot:nonroot /etc/alpine-release /home/nonroot/r\n');
    expect(r.image.config.User).toBe('nonroot');
    expect(r.image.files.find((f) => f.path === '/home/nonroot/r')).toMatchObject({ uid: 65532, gid: 65532 });
  });

  it('a RUN in distroless (non-debug) fails: /bin/sh does not exist', () => {
    for (const ref of ['gcr.io/distroless/static-debian12', 'gcr.io/distroless/base-debian12:nonroot', 'gcr.io/distroless/nodejs22-debian12', 'gcr.io/distroless/python3-debian12', 'gcr.io/distroless/java21-debian12']) {
      const r = run(`FROM ${ref}\nRUN echo hi\n`);
      expect(r.ok, ref).toBe(false);
      expect(r.error!.message).toContain('"/bin/sh": stat /bin/sh: no such file or directory');
      expect(r.error!.line).toBe(2);
    }
  });

  it(':debug images still have no /bin/sh, but SHELL ["/busybox/sh", "-c"] works', () => {
    expect(run('FROM gcr.io/distroless/base-debian12:debug\nRUN echo hi\n').ok).toBe(false);
    const r = ok('FROM gcr.io/distroless/base-debian12:debug\nSHELL ["/busybox/sh", "-c"]\nRUN echo hi > /x && ls / > /y\n');
    expect(r.image.files.find((f) => f.path === '/x')!.size).toBe(3);
  });

  it('COPY --from a catalog image copies its real files', () => {
    const r = ok('FROM scratch\nCOPY --from=golang:1.23 /usr/local/go/bin/gofmt /gofmt\n');
    expect(r.image.files.find((f) => f.path === '/gofmt')).toMatchObject({ size: 3_000_000, mode: 0o755 });
  });

  it('an unknown tag of a known repository is reported as unknown', () => {
    const r = ok('FROM golang:1.24\nRUN true\n');
    expect(r.notes.join('\n')).toMatch(/"golang:1.24" is not known/);
    expect(r.image.size).toBe(0);
  });
});
