// The four seed examples, single-stage and multi-stage, built by the engine. The figures the
// engine computes are printed next to the seed articles' claims, and docs/seed-examples.md must
// show exactly these figures (it is written from them, never by hand).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContext } from '../../../src/cli/read-context';
import { build } from '../../../src/engine/index';
import { catalogFacts } from '../../../src/engine/images/catalog';
import type { BuildResult } from '../../../src/engine/types';
import { humanSize } from '../../../src/lib/units';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** What the seed articles claimed (single-stage → multi-stage), as published. */
const ARTICLES = {
  go: { single: '1.13 GB', multi: '9.08 MB', toolchain: '/usr/local/go' },
  node: { single: '1.14 GB', multi: '130 MB', toolchain: '/app/node_modules/typescript' },
  python: { single: '1.34 GB', multi: '250 MB', toolchain: '/usr/bin/gcc' },
  java: { single: '1.4 GB', multi: '297 MB', toolchain: '/usr/share/maven' },
} as const;

type Lang = keyof typeof ARTICLES;

function buildExample(lang: Lang, form: 'single' | 'multi'): BuildResult {
  const dir = join(ROOT, 'content', 'examples', lang);
  return build({ dockerfile: readFileSync(join(dir, `Dockerfile.${form}`), 'utf8'), context: readContext(dir) });
}

function baseOf(dockerfile: string): string {
  const froms = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]!);
  return froms[froms.length - 1]!;
}

const results = Object.fromEntries(
  (Object.keys(ARTICLES) as Lang[]).map((lang) => [lang, { single: buildExample(lang, 'single'), multi: buildExample(lang, 'multi') }]),
) as Record<Lang, { single: BuildResult; multi: BuildResult }>;

/** The table docs/seed-examples.md carries: one row per example, engine figures only. */
function tableRows(): string[] {
  return (Object.keys(ARTICLES) as Lang[]).map((lang) => {
    const r = results[lang];
    const single = r.single.image!.size;
    const multi = r.multi.image!.size;
    const singleBase = baseOf(readFileSync(join(ROOT, 'content', 'examples', lang, 'Dockerfile.single'), 'utf8'));
    const multiBase = baseOf(readFileSync(join(ROOT, 'content', 'examples', lang, 'Dockerfile.multi'), 'utf8'));
    const a = ARTICLES[lang];
    return `| ${lang} | ${a.single} → ${a.multi} | ${humanSize(single)} → ${humanSize(multi)} | ${(single / multi).toFixed(1)}× | \`${singleBase}\` ${humanSize(catalogFacts(singleBase)!.size)} | \`${multiBase}\` ${humanSize(catalogFacts(multiBase)!.size)} |`;
  });
}

describe('seed examples: single-stage vs multi-stage', () => {
  for (const lang of Object.keys(ARTICLES) as Lang[]) {
    describe(lang, () => {
      const { single, multi } = results[lang];

      it('both forms build, with every step modelled', () => {
        expect(single.error).toBeNull();
        expect(multi.error).toBeNull();
        expect(single.steps.filter((s) => s.opaque)).toEqual([]);
        expect(multi.steps.filter((s) => s.opaque)).toEqual([]);
      });

      it('the single-stage image carries its whole base image, toolchain included', () => {
        const base = catalogFacts(baseOf(readFileSync(join(ROOT, 'content', 'examples', lang, 'Dockerfile.single'), 'utf8')))!;
        expect(single.image!.size).toBeGreaterThanOrEqual(base.size);
        expect(single.image!.files.some((f) => f.path.startsWith(ARTICLES[lang].toolchain))).toBe(true);
      });

      it('the multi-stage image is smaller and leaves the toolchain in the kitchen', () => {
        expect(multi.image!.size).toBeLessThan(single.image!.size);
        expect(multi.image!.files.some((f) => f.path.startsWith(ARTICLES[lang].toolchain))).toBe(false);
        expect(multi.image!.kitchen.reduce((a, k) => a + k.bytes, 0)).toBeGreaterThan(0);
      });

      it('the multi-stage image will run and leaks nothing', () => {
        expect(multi.findings.filter((f) => f.severity === 'error')).toEqual([]);
      });
    });
  }

  it('docs/seed-examples.md shows the engine\'s figures', () => {
    const rows = tableRows();
    console.log(['| example | articles | engine | smaller | single-stage base | multi-stage base |', ...rows].join('\n'));
    const doc = readFileSync(join(ROOT, 'docs', 'seed-examples.md'), 'utf8');
    for (const row of rows) expect(doc).toContain(row);
  });
});
