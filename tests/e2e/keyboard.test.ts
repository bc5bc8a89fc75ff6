// The results tabs work from the keyboard alone: Tab reaches them (passing the editor the way its
// hint says: Ctrl+M lets Tab leave Monaco), the arrow keys, Home and End switch them (WAI-ARIA
// tabs, activation follows focus), and Tab moves on into the shown panel.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { buildCount, openPage, pg, settled } from './support/page';

const base = inject('baseURL');
let browser: Browser;
beforeAll(async () => void (browser = await launchChromium()));
afterAll(async () => browser?.close());

const TABS = ['stages', 'files', 'layers', 'leaks', 'cache', 'output', 'size'];

/** What has the focus: a testid, or "monaco", or a short tag description. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    if (el.closest('.monaco-editor')) return 'monaco';
    return el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
  });
}

/** The tab shown: its aria-selected, its roving tabindex, and the one panel not hidden. */
async function shown(page: Page): Promise<{ selected: string[]; tabbable: string[]; panels: string[] }> {
  return pg(page).evaluate((root) => ({
    selected: [...root.querySelectorAll('[role=tab][aria-selected=true]')].map((t) => t.getAttribute('data-pg-tab')!),
    tabbable: [...root.querySelectorAll<HTMLElement>('[role=tab]')].filter((t) => t.tabIndex === 0).map((t) => t.getAttribute('data-pg-tab')!),
    panels: [...root.querySelectorAll<HTMLElement>('[role=tabpanel]')].filter((p) => !p.hidden).map((p) => p.getAttribute('data-pg-panel')!),
  }));
}

describe('keyboard', () => {
  test('Tab reaches the results tabs; arrows, Home and End switch them; Tab enters the panel', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/playground/`);
    await settled(page);
    const builds = await buildCount(page);

    const path: string[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      let now = await focused(page);
      if (now === 'editor-static') {
        // Focusing the static copy loads Monaco and moves the focus into it.
        await pg(page).locator('[data-testid=editor][data-state=monaco]').waitFor();
        await page.waitForFunction(() => document.activeElement?.closest('.monaco-editor') !== null);
        now = 'monaco';
      }
      if (now === 'monaco') {
        // In Monaco, Tab indents; Ctrl+M (the hint next to the editor) makes Tab move the focus.
        if (!path.includes('monaco')) await page.keyboard.press('Control+M');
      }
      path.push(now);
      if (now === 'tab-stages') break;
    }
    expect(path.at(-1), `focus went through: ${path.join(' → ')}`).toBe('tab-stages');
    if (process.env.E2E_VERBOSE) console.log(path.join(' → '));
    // Tab never typed into the editor: no edit, so no new build.
    expect(await buildCount(page)).toBe(builds);

    expect(await shown(page)).toEqual({ selected: ['stages'], tabbable: ['stages'], panels: ['stages'] });
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('tab-files');
    expect(await shown(page)).toEqual({ selected: ['files'], tabbable: ['files'], panels: ['files'] });
    await pg(page).locator('[data-testid=panel-files] [data-testid=file-row]').first().waitFor();
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('tab-size');
    expect(await shown(page)).toEqual({ selected: ['size'], tabbable: ['size'], panels: ['size'] });
    await page.keyboard.press('ArrowRight'); // wraps around
    expect(await focused(page)).toBe('tab-stages');
    await page.keyboard.press('ArrowLeft'); // and back
    expect(await focused(page)).toBe('tab-size');
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe('tab-stages');
    for (const t of TABS.slice(1, 4)) {
      await page.keyboard.press('ArrowRight');
      expect((await shown(page)).panels).toEqual([t]);
    }
    // Tab leaves the tab list for the shown panel (a tab stop of its own), Shift+Tab comes back.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('panel-leaks');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('tab-leaks');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('tabbing past the editor while Monaco loads keeps the focus where it went', async () => {
    const { page, problems, context } = await openPage(browser);
    // Hold Monaco's chunk until the learner has tabbed on, so the order is certain.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/_astro\/monaco[.-][^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${base}/playground/`);
    await settled(page);
    await pg(page).locator('[data-testid=reset-button]').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('editor-static');
    await pg(page).locator('[data-testid=editor].pg-editor-loading').waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next).not.toBe('editor-static');
    release();
    await pg(page).locator('[data-testid=editor][data-state=monaco]').waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await focused(page)).toBe(next);
    // Focusing the editor again does take the learner into Monaco.
    await page.keyboard.press('Shift+Tab');
    await page.waitForFunction(() => document.activeElement?.closest('.monaco-editor') !== null);
    expect(problems).toEqual([]);
    await context.close();
  });
});
