// The base image catalog: images the simulator knows without a tarball. The figures and file
// trees live in ./data (one module per image family, plain data); ./build.ts turns an entry into
// a BaseImage the first time it is asked for. See docs/base-images.md.
import type { BaseImage, ImageFacts } from '../../types';
import { Catalog, recordsOf, type CatalogRecord } from './build';
import type { SizeFigure } from './types';
import { ALPINE } from './data/alpine';
import { DEBIAN } from './data/debian';
import { DISTROLESS } from './data/distroless';
import { GOLANG } from './data/golang';
import { JAVA } from './data/java';
import { MISC } from './data/misc';
import { NODE } from './data/node';
import { PYTHON } from './data/python';

let catalog: Catalog | null = null;

function get(): Catalog {
  return (catalog ??= new Catalog(recordsOf([...MISC, ...ALPINE, ...DEBIAN, ...GOLANG, ...NODE, ...PYTHON, ...JAVA, ...DISTROLESS])));
}

/**
 * The catalog's spelling of a ref: lower case, no "docker.io/library/" prefix, ":latest" when
 * no tag is given, and no digest (a digest resolves by the name part, as the simulator cannot
 * check it).
 */
export function normalizeCatalogRef(ref: string): string {
  let r = ref.trim().toLowerCase();
  const at = r.indexOf('@');
  if (at >= 0) r = r.slice(0, at);
  r = r.replace(/^(?:registry-1\.docker\.io|index\.docker\.io|docker\.io)\//, '');
  r = r.replace(/^library\//, '');
  if (r === 'scratch') return r;
  const slash = r.lastIndexOf('/');
  if (!r.slice(slash + 1).includes(':')) r += ':latest';
  return r;
}

function recordOf(ref: string): CatalogRecord | null {
  return get().get(normalizeCatalogRef(ref)) ?? null;
}

/** The image a FROM ref names, or null when the catalog does not know that exact tag. */
export function findCatalogImage(ref: string): BaseImage | null {
  const r = recordOf(ref);
  return r ? get().image(r) : null;
}

/** The facts of an image (without building its file tree), or null. */
export function catalogFacts(ref: string): ImageFacts | null {
  const r = recordOf(ref);
  return r ? get().facts(r) : null;
}

/** The canonical ref an alias stands for ("golang:1.23" → "golang:1.23"; "node:jod-alpine" → "node:22-alpine"). */
export function canonicalCatalogRef(ref: string): string | null {
  return recordOf(ref)?.name ?? null;
}

export interface CatalogEntry {
  /** Canonical ref. */
  name: string;
  /** Every other ref that names the same image. */
  aliases: string[];
  /** The ref of the image it is built FROM, when the catalog holds it. */
  from: string | null;
  facts: ImageFacts;
  /** The size figure with its basis and source. */
  figure: SizeFigure;
}

/** Every image of the catalog, in data order. */
export function catalogEntries(): CatalogEntry[] {
  const c = get();
  return c.records.map((r) => ({ name: r.name, aliases: r.tags.slice(1), from: r.from, facts: c.facts(r), figure: c.figure(r) }));
}

/** Known tags of a repository ("golang", "gcr.io/distroless/static-debian12"), for "did you mean". */
export function catalogTags(repository: string): string[] {
  const repo = normalizeCatalogRef(repository).replace(/:[^:/]*$/, '');
  return get()
    .tags()
    .filter((t) => t.slice(0, t.lastIndexOf(':')) === repo)
    .map((t) => t.slice(t.lastIndexOf(':') + 1));
}
