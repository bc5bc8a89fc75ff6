// Sizes: every catalog image's layers add up to its figure, byte for byte, and the figures agree
// with shared/data/base-images.json except where docs/base-images.md records a correction.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogEntries, catalogFacts, findCatalogImage } from '../../../src/engine/images/catalog';

const MB = 1_000_000;
const doc = readFileSync(new URL('../../../docs/base-images.md', import.meta.url), 'utf8');

/**
 * [ref, figure in base-images.json (uncompressed_size.value_mb), the catalog's figure]. Copied by
 * hand from the JSON; where the two differ, docs/base-images.md must say why.
 */
const JSON_FIGURES: [string, number, number][] = [
  ['scratch', 0, 0],
  ['alpine:3.19', 7.8, 7.8],
  ['alpine:3.20', 7.8, 7.8],
  ['alpine:3.21', 7.8, 7.8],
  ['busybox:latest', 4.45, 4.45],
  ['busybox:1.37', 4.45, 4.45],
  ['debian:bookworm', 116.57, 116.57],
  ['debian:12', 116.57, 116.57],
  ['debian:bookworm-slim', 74.83, 74.83],
  ['debian:12-slim', 74.83, 74.83],
  ['ubuntu:22.04', 78.08, 78.08],
  ['ubuntu:24.04', 78.16, 78.16],
  ['golang:1.21', 810, 827.72],
  ['golang:1.21-bookworm', 810, 827.72],
  ['golang:1.22', 810, 827.72],
  ['golang:1.23', 810, 827.22],
  ['golang:1.23-bookworm', 810, 827.22],
  ['golang:1.25', 807.36, 807.36],
  ['golang:1.21-alpine', 235, 235],
  ['golang:1.22-alpine', 235, 235],
  ['golang:1.23-alpine', 235, 235],
  ['golang:1.25-alpine', 215.26, 215.26],
  ['node:22', 1130, 1130],
  ['node:22-bookworm', 1130, 1130],
  ['node:20', 1100, 1100],
  ['node:18', 1090, 1090],
  ['node:22-slim', 227.34, 227.34],
  ['node:22-bookworm-slim', 227.34, 227.34],
  ['node:20-slim', 205, 205],
  ['node:18-slim', 195, 195],
  ['node:22-alpine', 167.63, 167.63],
  ['node:22-alpine3.23', 167.63, 167.63],
  ['node:20-alpine', 135, 135.62],
  ['node:20-alpine3.19', 135, 135],
  ['node:18-alpine', 127, 127],
  ['python:3.12', 1020, 1020],
  ['python:3.12-bookworm', 1020, 1020],
  ['python:3.12-slim', 124.3, 124.3],
  ['python:3.12-slim-bookworm', 124.3, 124.3],
  ['python:3.12-alpine', 48.84, 48.84],
  ['python:3.11', 1020, 1010],
  ['python:3.11-slim', 125, 125],
  ['python:3.11-alpine', 49, 49],
  ['python:3.13', 1020, 1020],
  ['python:3.13-slim', 125, 120.97],
  ['python:3.13-alpine', 49, 49],
  ['eclipse-temurin:21-jdk', 448.57, 448.57],
  ['eclipse-temurin:21-jdk-noble', 448.57, 448.57],
  ['eclipse-temurin:17-jdk', 420, 420],
  ['eclipse-temurin:21-jre', 287.54, 287.54],
  ['eclipse-temurin:17-jre', 275, 275],
  ['eclipse-temurin:21-jre-alpine', 207.7, 207.7],
  ['eclipse-temurin:17-jre-alpine', 195, 195],
  ['maven:3.9-eclipse-temurin-21', 537.87, 537.87],
  ['maven:3-eclipse-temurin-21-noble', 537.87, 537.87],
  ['maven:3.9-eclipse-temurin-17', 510, 510],
  ['gradle:8-jdk21', 795.13, 795.13],
  ['gradle:8.14.5-jdk21', 795.13, 795.13],
  ['gcr.io/distroless/static-debian12:latest', 2.0, 2.0],
  ['gcr.io/distroless/static-debian12:nonroot', 2.0, 2.0],
  ['gcr.io/distroless/static-debian12:debug', 2.0, 4.0],
  ['gcr.io/distroless/static-debian12:debug-nonroot', 2.0, 4.0],
  ['gcr.io/distroless/base-debian12:latest', 20, 20],
  ['gcr.io/distroless/base-debian12:nonroot', 20, 20],
  ['gcr.io/distroless/base-debian12:debug', 20, 22],
  ['gcr.io/distroless/cc-debian12:latest', 23, 23],
  ['gcr.io/distroless/cc-debian12:debug-nonroot', 23, 25],
  ['gcr.io/distroless/java21-debian12:latest', 200, 200],
  ['gcr.io/distroless/java21-debian12:nonroot', 200, 200],
  ['gcr.io/distroless/java21-debian12:debug', 200, 355.03],
  ['gcr.io/distroless/nodejs20-debian12:latest', 181, 181],
  ['gcr.io/distroless/nodejs20-debian12:debug', 181, 183],
  ['gcr.io/distroless/nodejs22-debian12:latest', 190, 190],
  ['gcr.io/distroless/nodejs22-debian12:nonroot', 190, 190],
  ['gcr.io/distroless/python3-debian12:latest', 55, 55],
  ['gcr.io/distroless/python3-debian12:debug', 55, 57],
  ['nginx:alpine', 40.7, 62.94],
];

describe('every catalog image', () => {
  const entries = catalogEntries();

  it('holds the images the brief asks for (and nothing named twice)', () => {
    expect(entries.length).toBeGreaterThan(90);
    const all = entries.flatMap((e) => [e.name, ...e.aliases]);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(entries.map((e) => [e.name]))('%s: layers add up to facts.size, changes add up to each layer', (name) => {
    const image = findCatalogImage(name)!;
    const facts = image.facts!;
    expect(facts.size).toBe(Math.round(catalogEntries().find((e) => e.name === name)!.figure.mb * MB));
    expect(image.layers.reduce((a, l) => a + l.size, 0)).toBe(facts.size);
    for (const layer of image.layers) {
      const bytes = layer.changes.reduce((a, c) => a + (c.kind === 'add' || c.kind === 'modify' ? c.size : 0), 0);
      expect(bytes).toBe(layer.size);
    }
    // Non-empty history rows own the layers, in order, with their sizes.
    const rows = image.history.filter((h) => !h.empty_layer);
    expect(rows.map((h) => h.size)).toEqual(image.layers.map((l) => l.size));
    expect(rows.map((h) => h.created_by)).toEqual(image.layers.map((l) => l.created_by));
  });

  it('every figure names its basis and source, and a date', () => {
    for (const e of entries) {
      expect(['measured', 'derived', 'third_party', 'documented', 'estimate']).toContain(e.figure.basis);
      expect(e.figure.source.length).toBeGreaterThan(5);
      expect(e.facts.sources.length).toBeGreaterThan(0);
      expect(e.facts.date).toMatch(/^20\d\d/);
      expect(e.facts.notes).toContain('Size:');
    }
  });
});

describe('figures against shared/data/base-images.json', () => {
  it.each(JSON_FIGURES)('%s: JSON %s MB, catalog %s MB', (ref, json, expected) => {
    const facts = catalogFacts(ref);
    expect(facts, `${ref} is in the catalog`).not.toBeNull();
    expect(facts!.size).toBe(Math.round(expected * MB));
    if (expected !== json) expect(doc, `docs/base-images.md explains the change for ${ref}`).toContain(`\`${ref}\``);
  });

  it('spot checks of exact byte counts', () => {
    expect(catalogFacts('alpine:3.21')!.size).toBe(7_800_000);
    expect(catalogFacts('golang:1.25')!.size).toBe(807_360_000);
    expect(catalogFacts('node:22-slim')!.size).toBe(227_340_000);
    expect(catalogFacts('gcr.io/distroless/static-debian12:nonroot')!.size).toBe(2_000_000);
    expect(catalogFacts('scratch')!.size).toBe(0);
  });

  it('derived images share their parents\' layers (the same objects)', () => {
    const debian = findCatalogImage('debian:bookworm')!;
    const golang = findCatalogImage('golang:1.23')!;
    const node = findCatalogImage('node:22')!;
    expect(golang.layers[0]).toBe(debian.layers[0]);
    expect(node.layers[0]).toBe(debian.layers[0]);
    // The Go tree is the same size in the Debian and Alpine images of one version.
    const goLayer = (ref: string) => findCatalogImage(ref)!.layers.find((l) => l.created_by.startsWith('COPY /target/'))!.size;
    expect(goLayer('golang:1.23')).toBe(goLayer('golang:1.23-alpine'));
    expect(goLayer('golang:1.25')).toBe(goLayer('golang:1.25-alpine'));
  });
});
