// The playground on the built site, in Chromium: typing rebuilds and the panels follow, a broken
// COPY is reported at its line (error box and Monaco marker), and share links round-trip.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { afterBuild, editLine, lastBuild, monacoMarkerLines, openPage, openTab, pg, settled } from './support/page';

const base = inject('baseURL');
let browser: Browser;
beforeAll(async () => void (browser = await launchChromium()));
afterAll(async () => browser?.close());

// Lines of the playground page's example (src/pages/playground.astro).
const LINE_COPY_GOMOD = 5;
const LINE_COPY_BINARY = 12;

describe('playground', () => {
  test('typing in the editor rebuilds, and the Files and Output panels follow', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/playground/`);
    await settled(page);
    const root = pg(page);
    const files = await openTab(page, 'files');
    await files.locator('[data-testid=file-row][data-path="/app"]').waitFor();

    const build = await editLine(page, LINE_COPY_BINARY, 'COPY --from=build /out/app /server');
    expect(build.ok).toBe(true);
    expect(build.dockerfile.split('\n')[LINE_COPY_BINARY - 1]).toBe('COPY --from=build /out/app /server');
    await root.locator('[data-testid=editor][data-state=monaco]').waitFor();

    // Files: the binary moved, nothing is left at the old path.
    await files.locator('[data-testid=file-row][data-path="/server"]').waitFor();
    expect(await files.locator('[data-testid=file-row][data-path="/app"]').count()).toBe(0);

    // Output: `docker history` shows the new COPY.
    const output = await openTab(page, 'output');
    const history = await output.locator('[data-testid=history-row]').allInnerTexts();
    expect(history.some((r) => r.includes('COPY /out/app /server'))).toBe(true);
    expect(history.some((r) => /COPY \/out\/app \/app\b/.test(r))).toBe(false);
    await expect.poll(() => root.locator('[data-testid=pg-status]').innerText()).toMatch(/^Built in \d+ ms$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a broken COPY source shows the error at its line: error box and Monaco marker', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/playground/`);
    await settled(page);
    const root = pg(page);
    const errorBox = root.locator('[data-testid=error-box]');
    expect(await errorBox.isHidden()).toBe(true);

    const build = await editLine(page, LINE_COPY_GOMOD, 'COPY go.sum ./');
    expect(build.ok).toBe(false);
    await errorBox.and(page.locator(':not([hidden])')).waitFor();
    const text = await errorBox.innerText();
    expect(text).toMatch(/^Line 5: /);
    expect(text).toContain('"/go.sum": not found');
    await root.locator('.monaco-editor .view-overlays .squiggly-error').first().waitFor();
    expect(await monacoMarkerLines(page, 'error')).toEqual([LINE_COPY_GOMOD]);
    // The Files panel says there is no image.
    const files = await openTab(page, 'files');
    await expect.poll(() => files.innerText()).toContain('No final image');

    // Fixing the line clears the error and the marker.
    await editLine(page, LINE_COPY_GOMOD, 'COPY go.mod ./');
    await errorBox.waitFor({ state: 'hidden' });
    await expect.poll(() => monacoMarkerLines(page, 'error')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a broken context (before Monaco loads) marks the line in the static editor', async () => {
    const { page, problems, requests, context } = await openPage(browser);
    await page.goto(`${base}/playground/`);
    await settled(page);
    const root = pg(page);
    // Rename go.mod in the context editor: COPY go.mod now fails, and the editor is still the static copy.
    const build = await afterBuild(page, async () => {
      await root.getByRole('button', { name: 'Rename go.mod' }).click();
      const input = root.getByLabel('New path for go.mod');
      await input.fill('go.mod.bak');
      await input.press('Enter');
    });
    expect(build.ok).toBe(false);
    expect(build.files.map((f) => f.path)).toContain('go.mod.bak');
    expect(await root.locator('[data-testid=error-box]').innerText()).toMatch(/^Line 5: .*"\/go\.mod": not found/);
    expect(await root.locator('[data-testid=editor]').getAttribute('data-state')).toBe('static');
    const marked = await root.locator('[data-testid=editor-static] .line').evaluateAll((ls) => ls.flatMap((l, i) => (l.classList.contains('pg-line-error') ? [i + 1] : [])));
    expect(marked).toEqual([LINE_COPY_GOMOD]);
    expect(requests.filter((u) => /monaco/i.test(u))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a share link round-trips the Dockerfile, context, build args, secret ids and target', async () => {
    const a = await openPage(browser);
    await a.page.goto(`${base}/playground/`);
    await settled(a.page);
    const root = pg(a.page);
    await editLine(a.page, LINE_COPY_BINARY, 'COPY --from=build /out/app /srv/app');
    // A new context file with text.
    await afterBuild(a.page, async () => {
      await root.getByLabel('New file').fill('notes/todo.txt');
      await root.getByLabel('New file').press('Enter');
    });
    await afterBuild(a.page, () => root.locator('[data-testid=context-file-content]').fill('shared note: ünïcödé & <b>text</b>\n'));
    // A build arg and a secret (whose value must stay out of the link).
    await afterBuild(a.page, () => root.getByRole('button', { name: 'Add build arg' }).click());
    await afterBuild(a.page, () => root.getByLabel('Build arg name 1', { exact: true }).fill('VERSION'));
    await afterBuild(a.page, () => root.getByLabel('Build arg value 1', { exact: true }).fill('1.2.3'));
    await afterBuild(a.page, () => root.getByRole('button', { name: 'Add secret' }).click());
    await afterBuild(a.page, () => root.getByLabel('Secret id 1', { exact: true }).fill('npm_token'));
    await afterBuild(a.page, () => root.getByLabel('Secret value 1', { exact: true }).fill('s3cr3t-value'));
    // The target: the kitchen stage.
    await root.locator('[data-testid=target-select] option[value=build]').waitFor({ state: 'attached' });
    const made = await afterBuild(a.page, () => root.locator('[data-testid=target-select]').selectOption('build'));
    expect(made.target).toBe('build');
    expect(made.buildArgs).toEqual({ VERSION: '1.2.3' });

    await root.locator('[data-testid=share-button]').click();
    const urlBox = root.locator('[data-testid=share-url]');
    await urlBox.and(a.page.locator(':not([value=""])')).waitFor();
    const url = await urlBox.inputValue();
    expect(url).toMatch(new RegExp(`^${base}/playground/#pg=[A-Za-z0-9_-]+$`));
    expect(decodeURIComponent(url)).not.toContain('s3cr3t');
    await a.context.close();

    // A fresh browser context: nothing but the link.
    const b = await openPage(browser);
    await b.page.goto(url);
    await settled(b.page);
    const got = await lastBuild(b.page);
    const rootB = pg(b.page);
    expect(await rootB.locator('[data-testid=pg-message]').innerText()).toContain('Loaded the playground from the link.');
    expect(got.dockerfile).toBe(made.dockerfile);
    expect(got.files).toEqual(made.files);
    expect(got.buildArgs).toEqual(made.buildArgs);
    expect(got.target).toBe('build');
    expect(got.secretIds).toEqual(['npm_token']);
    // ...and the page shows it: editor text, context tree, rows, target.
    expect(await rootB.locator('[data-testid=editor-static] code').textContent()).toBe(made.dockerfile);
    const paths = await rootB.locator('[data-testid=context-file]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')));
    expect(paths.sort()).toEqual(made.files.map((f) => f.path).sort());
    expect(await rootB.getByLabel('Build arg name 1', { exact: true }).inputValue()).toBe('VERSION');
    expect(await rootB.getByLabel('Build arg value 1', { exact: true }).inputValue()).toBe('1.2.3');
    expect(await rootB.getByLabel('Secret id 1', { exact: true }).inputValue()).toBe('npm_token');
    expect(await rootB.getByLabel('Secret value 1', { exact: true }).inputValue()).toBe('');
    expect(await rootB.locator('[data-testid=target-select]').inputValue()).toBe('build');
    expect(b.problems).toEqual([]);
    await b.context.close();
  });

  test('a damaged share link says so clearly and loads the example', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/playground/`);
    await settled(page);
    const example = await lastBuild(page);

    for (const [hash, why] of [
      ['bm90LWRlZmxhdGVkLWRhdGE', 'could not be decompressed'],
      ['abc!def', 'contains characters a Stagecraft link never has'],
    ] as const) {
      const p = await context.newPage();
      p.on('pageerror', (e) => problems.push(e.message));
      await p.goto(`${base}/playground/#pg=${hash}`);
      await settled(p);
      const msg = pg(p).locator('[data-testid=pg-message]');
      await msg.waitFor();
      expect(await msg.getAttribute('data-kind')).toBe('error');
      const text = await msg.innerText();
      expect(text).toMatch(/^This link could not be loaded: the link /);
      expect(text).toContain(why);
      expect(text).toContain('The example is shown instead.');
      const shown = await lastBuild(p);
      expect(shown.dockerfile).toBe(example.dockerfile);
      expect(shown.files).toEqual(example.files);
      expect(shown.ok).toBe(true);
      expect(await pg(p).locator('[data-testid=editor-static] code').textContent()).toBe(example.dockerfile);
      await p.close();
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
