// Shared by the lesson tests: the lesson sources, their frontmatter (parsed as Astro parses it),
// and the example projects read from disk independently of src/lessons/examples.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { ContextEntry } from '../../../src/engine/types';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const LESSONS_DIR = join(ROOT, 'content/lessons');
export const EXAMPLES_DIR = join(ROOT, 'content/examples');

export interface LessonSource {
  id: string;
  file: string;
  source: string;
  frontmatter: Record<string, unknown>;
}

export function lessonSources(): LessonSource[] {
  return readdirSync(LESSONS_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const source = readFileSync(join(LESSONS_DIR, f), 'utf8');
      return { id: f.replace(/\.mdx$/, ''), file: `content/lessons/${f}`, source, frontmatter: parseFrontmatter(source).frontmatter };
    });
}

/** The example folder as a build context, read here rather than through src/lessons/examples.ts. */
export function contextOf(example: string): ContextEntry[] {
  const out: ContextEntry[] = [];
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(abs).isDirectory()) {
        out.push({ path, type: 'dir', mode: 0o755 });
        walk(abs, path);
      } else out.push({ path, type: 'file', content: readFileSync(abs, 'utf8'), mode: 0o644 });
    }
  };
  walk(join(EXAMPLES_DIR, example), '');
  return out;
}

export const dockerfileOf = (example: string, form: string) => readFileSync(join(EXAMPLES_DIR, example, `Dockerfile.${form}`), 'utf8');
