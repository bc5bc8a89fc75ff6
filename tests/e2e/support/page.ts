// Helpers shared by the e2e tests: a fresh page that records what went wrong in it, and waits on
// the playground's own signals (data-ready, data-building, the stagecraft:build event), never on
// fixed sleeps.
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';

/** Everything that belongs to the editor: Monaco's chunk, its worker, its language and its font. */
export const EDITOR_ASSET = /\/_astro\/(monaco|editor\.worker|dockerfile|codicon)[.-][^/]*$/;

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions, console errors and dialogs (alert/confirm/prompt) seen so far. */
  problems: string[];
  dialogs: string[];
  requests: string[];
}

/** What the init script keeps from each `stagecraft:build` (the event does not bubble: caught in the capture phase). */
export interface SeenBuild {
  playground: string;
  ok: boolean;
  dockerfile: string;
  files: { path: string; content: string }[];
  buildArgs: Record<string, string>;
  secretIds: string[];
  target: string;
}

declare global {
  interface Window {
    __builds?: SeenBuild[];
  }
}

function recordBuilds(): void {
  window.__builds = [];
  addEventListener(
    'stagecraft:build',
    (e) => {
      const { input, result } = (e as CustomEvent).detail;
      window.__builds!.push({
        playground: (e.target as HTMLElement).id,
        ok: Boolean(result.ok),
        dockerfile: input.dockerfile,
        files: input.context
          .filter((c: { type: string; path: string }) => c.type === 'file' && c.path !== 'Dockerfile')
          .map((c: { path: string; content?: string }) => ({ path: c.path, content: c.content ?? '' })),
        buildArgs: { ...(input.buildArgs ?? {}) },
        secretIds: Object.keys(input.secrets ?? {}),
        target: input.target ?? '',
      });
    },
    true,
  );
}

export async function openPage(browser: Browser, options: BrowserContextOptions & { theme?: 'light' | 'dark' } = {}): Promise<Opened> {
  const { theme, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...(theme ? { colorScheme: theme } : {}), ...contextOptions });
  if (theme) await context.addInitScript((t) => localStorage.setItem('theme', t), theme);
  await context.addInitScript(recordBuilds);
  const page = await context.newPage();
  const opened: Opened = { context, page, problems: [], dialogs: [], requests: [] };
  page.on('pageerror', (e) => opened.problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') opened.problems.push(`console.error: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    opened.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('request', (r) => opened.requests.push(r.url()));
  return opened;
}

export const pg = (page: Page, id = 'pg'): Locator => page.locator(`[data-testid=playground]#${id}`);

/**
 * Waits until the playground is mounted and its newest build is shown. The engine starts only
 * when the playground nears the viewport, so scroll to it first, as a learner would.
 */
export async function settled(page: Page, id = 'pg'): Promise<void> {
  await page.locator(`[data-testid=playground]#${id}[data-ready=true]`).waitFor({ state: 'attached' });
  await pg(page, id).scrollIntoViewIfNeeded();
  await page.locator(`[data-testid=playground]#${id}[data-ready=true][data-building=false]`).waitFor({ state: 'attached' });
}

export async function buildCount(page: Page, id = 'pg'): Promise<number> {
  return page.evaluate((id) => (window.__builds ?? []).filter((b) => b.playground === id).length, id);
}

/** Runs `action`, then waits for a newer build of that playground to be shown. Returns it. */
export async function afterBuild(page: Page, action: () => Promise<unknown>, id = 'pg'): Promise<SeenBuild> {
  const before = await buildCount(page, id);
  await action();
  await page.waitForFunction(
    ([id, n]) => {
      const root = document.getElementById(id as string);
      return (window.__builds ?? []).filter((b) => b.playground === id).length > (n as number) && root?.dataset.building === 'false';
    },
    [id, before],
  );
  return lastBuild(page, id);
}

export async function lastBuild(page: Page, id = 'pg'): Promise<SeenBuild> {
  const b = await page.evaluate((id) => (window.__builds ?? []).filter((x) => x.playground === id).at(-1) ?? null, id);
  if (!b) throw new Error(`playground ${id} has not built yet`);
  return b;
}

/**
 * Clicks a line of the static editor: Monaco loads, mounts, and selects that whole line, so what
 * is typed next replaces it.
 */
export async function editLine(page: Page, line: number, text: string, id = 'pg', how: 'type' | 'insert' = 'type'): Promise<SeenBuild> {
  const root = pg(page, id);
  const editor = root.locator('[data-testid=editor]');
  if ((await editor.getAttribute('data-state')) === 'static') {
    await root.locator('[data-testid=editor-static] .line').nth(line - 1).click();
    await root.locator('[data-testid=editor][data-state=monaco]').waitFor();
    await page.waitForFunction((id) => document.getElementById(id as string)?.querySelector('.monaco-editor')?.contains(document.activeElement), id);
  } else {
    await focusMonaco(page, id);
    await selectLine(page, line);
  }
  return afterBuild(page, () => (how === 'type' ? page.keyboard.type(text) : page.keyboard.insertText(text)), id);
}

export async function focusMonaco(page: Page, id = 'pg'): Promise<void> {
  await pg(page, id).locator('.monaco-editor .view-lines').click();
  await page.waitForFunction((id) => document.getElementById(id as string)?.querySelector('.monaco-editor')?.contains(document.activeElement), id);
}

/** With Monaco focused: select line `line` (1-based), without its line break. */
export async function selectLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Home'); // Monaco's Home toggles between the first non-blank and column 1
  await page.keyboard.press('Shift+End');
}

/** With Monaco mounted: replaces the whole text (insertText: no auto-closing of brackets or quotes). */
export async function replaceAll(page: Page, text: string, id = 'pg'): Promise<SeenBuild> {
  await focusMonaco(page, id);
  return afterBuild(page, async () => {
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
  }, id);
}

/** Line numbers that carry a Monaco marker of this kind (from the rendered squiggles and the gutter). */
export async function monacoMarkerLines(page: Page, kind: 'error' | 'warning' | 'info' = 'error', id = 'pg'): Promise<number[]> {
  return page.evaluate(
    ([id, kind]) => {
      const ed = document.getElementById(id as string)!.querySelector('.monaco-editor')!;
      const tops = [...ed.querySelectorAll(`.view-overlays .squiggly-${kind}`)].map((s) => (s.parentElement as HTMLElement).style.top);
      const numbers = new Map([...ed.querySelectorAll<HTMLElement>('.margin-view-overlays > div')].map((d) => [d.style.top, Number(d.textContent?.trim())]));
      return [...new Set(tops)].map((t) => numbers.get(t) ?? NaN).sort((a, b) => a - b);
    },
    [id, kind],
  );
}

/** Opens a results tab by clicking it and waits for its panel (loaded with the tab) to be filled. */
export async function openTab(page: Page, tab: string, id = 'pg'): Promise<Locator> {
  const root = pg(page, id);
  await root.locator(`[data-testid=tab-${tab}]`).click();
  const panel = root.locator(`[data-testid=panel-${tab}]`);
  await root.locator(`[data-testid=panel-${tab}]:not([hidden]) > :not(p.pg-empty)`).first().waitFor();
  return panel;
}
