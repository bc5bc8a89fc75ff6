// Ref resolution: aliases, registry prefixes, digests, and unknown tags that must stay unknown.
import { describe, expect, it } from 'vitest';
import { canonicalCatalogRef, catalogTags, findCatalogImage, normalizeCatalogRef } from '../../../src/engine/images/catalog';

describe('aliases resolve to one image', () => {
  const same: [string, string][] = [
    ['golang:1.23', 'golang:1.23-bookworm'],
    ['golang:1.23', 'golang:1.23.12'],
    ['golang:1.23-alpine', 'golang:1.23-alpine3.22'],
    ['node:22-alpine', 'node:22-alpine3.24'],
    ['node:22-alpine', 'node:jod-alpine'],
    ['node:22', 'node:jod'],
    ['node:22-slim', 'node:22-bookworm-slim'],
    ['node:20', 'node:iron'],
    ['node:18', 'node:hydrogen'],
    ['python:3.12-slim', 'python:3.12-slim-bookworm'],
    ['python:3.12', 'python:3.12-bookworm'],
    ['alpine', 'alpine:latest'],
    ['alpine:latest', 'alpine:3.24'],
    ['alpine:3', 'alpine:3.24'],
    ['alpine:3.21', 'alpine:3.21.8'],
    ['debian:bookworm', 'debian:12'],
    ['ubuntu:24.04', 'ubuntu:noble'],
    ['busybox', 'busybox:1.38'],
    ['eclipse-temurin:21', 'eclipse-temurin:21-jdk-noble'],
    ['maven:3.9-eclipse-temurin-21', 'maven:3-eclipse-temurin-21-noble'],
    ['gradle:8-jdk21', 'gradle:8.14.5-jdk21'],
    ['nginx:alpine', 'nginx:1.31.6-alpine'],
    ['gcr.io/distroless/static-debian12', 'gcr.io/distroless/static-debian12:latest'],
  ];
  it.each(same)('%s = %s', (a, b) => {
    const ia = findCatalogImage(a);
    expect(ia).not.toBeNull();
    expect(findCatalogImage(b)).toBe(ia);
  });

  it('the image is named by its canonical ref', () => {
    expect(findCatalogImage('golang:1.23-bookworm')!.name).toBe('golang:1.23');
    expect(findCatalogImage('node:jod-alpine')!.name).toBe('node:22-alpine');
    expect(findCatalogImage('alpine')!.name).toBe('alpine:3.24');
    expect(canonicalCatalogRef('python:3.12-slim-bookworm')).toBe('python:3.12-slim');
    expect(findCatalogImage('golang:1.23')!.source).toMatch(/^catalog: /);
  });

  it('different alpine variants are different images', () => {
    const a320 = findCatalogImage('node:22-alpine3.20')!;
    const a324 = findCatalogImage('node:22-alpine3.24')!;
    expect(a320).not.toBe(a324);
    const release = (img: typeof a320) => img.layers[0]!.changes.find((c) => c.path === '/etc/alpine-release')!.content;
    expect(release(a320)).toBe('3.20.3\n');
    expect(release(a324)).toBe('3.24.2\n');
  });
});

describe('registry prefixes and digests', () => {
  it('docker.io/library/… and library/… name Docker Hub official images', () => {
    expect(findCatalogImage('docker.io/library/golang:1.23')).toBe(findCatalogImage('golang:1.23'));
    expect(findCatalogImage('docker.io/golang:1.23')).toBe(findCatalogImage('golang:1.23'));
    expect(findCatalogImage('index.docker.io/library/alpine:3.21')).toBe(findCatalogImage('alpine:3.21'));
    expect(findCatalogImage('library/node:22')).toBe(findCatalogImage('node:22'));
    expect(findCatalogImage('docker.io/library/alpine')).toBe(findCatalogImage('alpine:3.24'));
  });

  it('a digest resolves by the name part', () => {
    const digest = '@sha256:' + 'a'.repeat(64);
    expect(findCatalogImage('golang:1.23' + digest)).toBe(findCatalogImage('golang:1.23'));
    expect(findCatalogImage('gcr.io/distroless/static-debian12:nonroot' + digest)).toBe(findCatalogImage('gcr.io/distroless/static-debian12:nonroot'));
    expect(findCatalogImage('alpine' + digest)).toBe(findCatalogImage('alpine:latest'));
  });

  it('refs are case-insensitive and trimmed', () => {
    expect(findCatalogImage(' Golang:1.23 ')).toBe(findCatalogImage('golang:1.23'));
    expect(normalizeCatalogRef('docker.io/library/Alpine')).toBe('alpine:latest');
    expect(normalizeCatalogRef('gcr.io/distroless/static-debian12')).toBe('gcr.io/distroless/static-debian12:latest');
  });
});

describe('unknown tags stay unknown', () => {
  it.each([
    'golang:1.24', // not in the catalog: never mapped to 1.23 or 1.25
    'golang:1.99',
    'golang:latest', // 1.27 in late 2026
    'golang:1.23-alpine3.20', // 1.23.12 was not built on Alpine 3.20
    'node:lts', // Node 24 in late 2026
    'node:latest',
    'node:24',
    'node:22-alpine3.18',
    'python:3', // 3.14 in late 2026
    'python:3.12-slim-trixie',
    'python:3.14',
    'debian:latest', // trixie
    'debian:trixie',
    'ubuntu:latest', // 26.04
    'ubuntu:20.04',
    'alpine:3.18',
    'alpine:edge',
    'nginx:latest',
    'nginx:1.27-alpine',
    'eclipse-temurin:25',
    'gcr.io/distroless/static-debian13',
    'gcr.io/distroless/static-debian12:latest-amd64',
    'gcr.io/distroless/nodejs18-debian12',
    'maven:latest',
    'myorg/app:1.0',
  ])('%s → null', (ref) => {
    expect(findCatalogImage(ref)).toBeNull();
  });

  it('known tags of a repository are listed for "did you mean"', () => {
    const tags = catalogTags('golang');
    expect(tags).toContain('1.23');
    expect(tags).toContain('1.23-alpine');
    expect(tags).not.toContain('1.24');
    expect(catalogTags('docker.io/library/alpine')).toContain('3.21');
    expect(catalogTags('gcr.io/distroless/static-debian12')).toEqual(expect.arrayContaining(['latest', 'nonroot', 'debug', 'debug-nonroot']));
    expect(catalogTags('myorg/app')).toEqual([]);
  });
});

describe('scratch', () => {
  it('is an empty image with facts', () => {
    const s = findCatalogImage('scratch')!;
    expect(s.layers).toEqual([]);
    expect(s.facts!.size).toBe(0);
    expect(s.facts!.shell).toBeNull();
    expect(s.config.WorkingDir).toBe('/');
    expect(s.config.Env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
  });
});
