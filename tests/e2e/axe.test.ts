// axe-core finds no violations on the home page, the lesson index, the lesson and the playground,
// in the light and the dark theme. The playground is checked with every results tab shown in turn
// (each panel is only rendered, and only visible to axe, when its tab is selected), and once more
// with Monaco loaded.
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { editLine, openPage, openTab, settled } from './support/page';

const base = inject('baseURL');
let browser: Browser;
beforeAll(async () => void (browser = await launchChromium()));
afterAll(async () => browser?.close());

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'lesson index', path: '/lessons/' },
  { name: 'lesson', path: '/lessons/go-multi-stage/', playground: 'challenge-go-scratch' },
  { name: 'playground', path: '/playground/', playground: 'pg' },
] as const;
const TABS = ['files', 'layers', 'leaks', 'cache', 'output', 'size'];

/** One line per failing node: rule, impact, target and axe's summary. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

async function axe(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations, passes, incomplete } = await builder.analyze();
  // A run that checked nothing proves nothing (e.g. an include that matched no element).
  expect(passes.length, `axe passed no rule for ${include ?? 'the page'}`).toBeGreaterThan(3);
  // Contrast axe could not decide (text partly outside the viewport or over another box, usually):
  // measured here against the composited backgrounds of the element's ancestors.
  const review = incomplete.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes.filter((n) => !n.any.some((a) => /only non-text/.test(a.message))));
  const reviewed = await contrastOf(page, review.map((n) => n.target.join(' ')));
  if (process.env.E2E_VERBOSE) {
    const other = incomplete.filter((r) => r.id !== 'color-contrast').map((r) => `${r.id} x${r.nodes.length}`);
    console.log(`${page.url()} ${include ?? ''}: ${passes.length} rules pass; contrast reviewed here: ${reviewed.map((r) => `${r.target} ${r.ratio === Infinity ? '(no visible text)' : `${r.ratio.toFixed(2)}:1`}`).join(', ') || 'none'}; other needs-review: ${other.join(', ') || 'none'}`);
  }
  return [
    ...describeViolations(violations),
    ...reviewed.filter((r) => r.ratio < r.needed).map((r) => `color-contrast (reviewed) ${r.target}: ${r.ratio.toFixed(2)}:1, needs ${r.needed}:1`),
  ];
}

/** WCAG contrast of each element's text against its ancestors' backgrounds, blended front to back. */
function contrastOf(page: Page, targets: string[]): Promise<{ target: string; ratio: number; needed: number }[]> {
  return page.evaluate((targets) => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA => {
      const m = c.match(/[\d.]+/g)!.map(Number);
      return [m[0]!, m[1]!, m[2]!, m[3] ?? 1];
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      return [0, 1, 2].map((i) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / (a || 1)).concat(a) as RGBA;
    };
    const lum = ([r, g, b]: RGBA) => {
      const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    return targets.map((target) => {
      const el = document.querySelector(target);
      // Replaced since axe looked (the editor swapping its static copy for Monaco): nothing to read.
      if (!el) return { target, ratio: Infinity, needed: 0 };
      const cs = getComputedStyle(el);
      // Nothing to read: an empty text field (Monaco's hidden IME textarea), or invisible text.
      const empty = (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) && el.value === '';
      if (empty || parse(cs.color)[3] === 0 || cs.opacity === '0' || cs.visibility === 'hidden') return { target, ratio: Infinity, needed: 0 };
      let bg: RGBA = [0, 0, 0, 0];
      for (let e: Element | null = el; e && bg[3] < 1; e = e.parentElement) bg = over(bg, parse(getComputedStyle(e).backgroundColor));
      bg = over(bg, [255, 255, 255, 1]);
      const fg = over(parse(cs.color), bg);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const size = parseFloat(cs.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
      return { target, ratio: (hi! + 0.05) / (lo! + 0.05), needed: large ? 3 : 4.5 };
    });
  }, targets);
}

describe('axe', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const p of PAGES) {
      test(`${p.name}, ${theme} theme: no violations`, async () => {
        const { page, context, problems } = await openPage(browser, { theme });
        await page.goto(`${base}${p.path}`);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        if ('playground' in p) await settled(page, p.playground);
        const found = await axe(page);
        if ('playground' in p && p.name === 'playground') {
          for (const tab of TABS) {
            await openTab(page, tab, p.playground);
            found.push(...(await axe(page, `#${p.playground} [data-testid=panel-${tab}]`)).map((l) => `[${tab} tab] ${l}`));
          }
        }
        expect(found).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      });
    }

    test(`playground with the editor loaded and an error marker, ${theme} theme: no violations`, async () => {
      const { page, context, problems } = await openPage(browser, { theme });
      await page.goto(`${base}/playground/`);
      await settled(page);
      await editLine(page, 5, 'COPY go.sum ./');
      await page.locator('#pg .monaco-editor .squiggly-error').first().waitFor();
      expect(await axe(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
