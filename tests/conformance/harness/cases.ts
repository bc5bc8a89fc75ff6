// A conformance case on disk: Dockerfile, context/, case.json. Materialises the context (with the
// symlinks case.json lists, and the optional edit) into a temp dir both builders read.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CaseSpec {
  description: string;
  covers?: string[];
  buildArgs?: Record<string, string>;
  secrets?: Record<string, string>;
  target?: string;
  symlinks?: Record<string, string>;
  edit?: { files?: Record<string, string | null>; buildArgs?: Record<string, string> };
  expectError?: string;
  skipRealEngine?: string;
  hostDependent?: string;
  /** A string planted in every secret of the case: leak findings are checked against where it really is. */
  leakMarker?: string;
}

export interface Case {
  name: string;
  dir: string;
  dockerfile: string;
  spec: CaseSpec;
}

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'cases');

export function loadCases(): Case[] {
  return readdirSync(CASES_DIR)
    .filter((n) => existsSync(join(CASES_DIR, n, 'case.json')))
    .sort()
    .map((name) => {
      const dir = join(CASES_DIR, name);
      return { name, dir, dockerfile: readFileSync(join(dir, 'Dockerfile'), 'utf8'), spec: JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseSpec };
    });
}

/** Copies the case's context to a temp dir, creates its symlinks, applies the edit if asked. */
export function materialize(c: Case, edited: boolean): { context: string; secretsDir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), `sc-${c.name.slice(0, 2)}-`));
  const context = join(root, 'context');
  mkdirSync(context);
  if (existsSync(join(c.dir, 'context'))) cpSync(join(c.dir, 'context'), context, { recursive: true });
  for (const [link, target] of Object.entries(c.spec.symlinks ?? {})) {
    const p = join(root, link);
    mkdirSync(dirname(p), { recursive: true });
    rmSync(p, { force: true, recursive: true });
    symlinkSync(target, p);
  }
  if (edited) {
    for (const [file, content] of Object.entries(c.spec.edit?.files ?? {})) {
      const p = join(context, file);
      if (content === null) rmSync(p, { force: true, recursive: true });
      else {
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, content);
      }
    }
  }
  const secretsDir = join(root, 'secrets');
  mkdirSync(secretsDir);
  for (const [id, value] of Object.entries(c.spec.secrets ?? {})) writeFileSync(join(secretsDir, id), value);
  return { context, secretsDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function buildArgsOf(c: Case, edited: boolean): Record<string, string> {
  return { ...(c.spec.buildArgs ?? {}), ...(edited ? c.spec.edit?.buildArgs ?? {} : {}) };
}
