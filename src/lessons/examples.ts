// The example projects under content/examples/<path>/, read from disk when the site builds (and
// in tests). Build-time only: it uses Node's fs, so client code must not import it.
//
// An example folder holds a small project plus its Dockerfiles, one per form a lesson compares
// (Dockerfile.single, Dockerfile.multi, …). Each form is built with the folder as its context,
// exactly as `docker build -f Dockerfile.multi .` would be run there.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContextEntry } from '../engine/types';
import { EXAMPLE_PATH } from './schema';

/** content/examples, from the project root (astro build, astro dev and vitest all run there). */
export const EXAMPLES_ROOT = resolve(process.cwd(), 'content/examples');

export interface Example {
  /** "go", "node/express", … */
  path: string;
  /** Absolute folder path. */
  dir: string;
  /** Every file and folder of the project: the build context (before .dockerignore). */
  context: ContextEntry[];
  /** Dockerfile.<form> by form ("single", "multi", …); a plain "Dockerfile" is form "default". */
  dockerfiles: Record<string, string>;
}

export function exampleDir(path: string): string {
  if (!EXAMPLE_PATH.test(path)) throw new Error(`Bad example path "${path}"`);
  return join(EXAMPLES_ROOT, path);
}

const cache = new Map<string, Example>();

export function readExample(path: string): Example {
  const hit = cache.get(path);
  if (hit) return hit;
  const dir = exampleDir(path);
  const context: ContextEntry[] = [];
  const walk = (abs: string, rel: string) => {
    for (const name of readdirSync(abs).sort()) {
      const full = join(abs, name);
      const relPath = rel ? `${rel}/${name}` : name;
      const st = lstatSync(full);
      if (st.isDirectory()) {
        context.push({ path: relPath, type: 'dir', mode: 0o755 });
        walk(full, relPath);
      } else if (st.isFile()) {
        // Example projects are small text projects; modes are fixed so a checkout's umask or
        // filesystem cannot change a figure.
        context.push({ path: relPath, type: 'file', content: readFileSync(full, 'utf8'), mode: st.mode & 0o111 ? 0o755 : 0o644 });
      }
    }
  };
  walk(dir, '');
  const dockerfiles: Record<string, string> = {};
  for (const e of context) {
    if (e.type !== 'file' || e.path.includes('/')) continue;
    if (e.path === 'Dockerfile') dockerfiles.default = e.content!;
    const m = /^Dockerfile\.([A-Za-z0-9_-]+)$/.exec(e.path);
    if (m) dockerfiles[m[1]!] = e.content!;
  }
  const ex: Example = { path, dir, context, dockerfiles };
  cache.set(path, ex);
  return ex;
}

/** The example's Dockerfile of one form; throws for an unknown form so a typo fails the build. */
export function exampleDockerfile(path: string, form: string): string {
  const df = readExample(path).dockerfiles[form];
  if (df === undefined) throw new Error(`content/examples/${path} has no Dockerfile.${form}`);
  return df;
}

/** A file of the example as text; throws when it is missing. */
export function exampleFile(path: string, file: string): string {
  const e = readExample(path).context.find((f) => f.path === file && f.type === 'file');
  if (!e) throw new Error(`content/examples/${path} has no file "${file}"`);
  return e.content!;
}

/**
 * The context files a playground loads: every file except the Dockerfiles (the playground's editor
 * is the Dockerfile) and folders (implied by the paths).
 */
export function playgroundFiles(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readExample(path).context) {
    if (e.type !== 'file' || /^Dockerfile(\.|$)/.test(e.path)) continue;
    out[e.path] = e.content!;
  }
  return out;
}
