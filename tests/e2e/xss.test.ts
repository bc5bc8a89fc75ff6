// Everything a learner (or a share link) controls is shown as text: a Dockerfile and file names
// holding <script> and <img onerror> payloads run nothing and inject no element, in the editor,
// the context editor, the error box and every panel.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { encodeState, type PlaygroundState } from '../../src/lib/share';
import { launchChromium } from './support/chromium';
import { afterBuild, editLine, openPage, openTab, pg, settled, type Opened } from './support/page';

const base = inject('baseURL');
let browser: Browser;
beforeAll(async () => void (browser = await launchChromium()));
afterAll(async () => browser?.close());

// Each payload, if it ever ran, would count itself in window.__xss and open a dialog.
const RUN = 'window.__xss=(window.__xss||0)+1;alert(1)';
const SCRIPT = `<script>${RUN}</script>`;
const IMG = `<img src=x onerror="${RUN}">`;
const SVG = `<svg onload="${RUN}">`;
const IMG_FILE = '<img src=x onerror=alert(1)>'; // a file name (no "/": one path segment)
const SCRIPT_FILE = '<script>alert(1)</script>'; // "<script>alert(1)<" / "script>"

const dockerfile = [
  `# ${SCRIPT} ${IMG}`,
  'FROM scratch',
  `COPY ["${IMG_FILE}", "/${IMG_FILE}"]`,
  `COPY ${SCRIPT_FILE} /s/`,
  `LABEL note="${IMG.replace(/"/g, "'")}"`,
  `ENV GREETING="${SVG.replace(/"/g, "'")}"`,
  `CMD ["${SCRIPT.replace(/"/g, "'")}"]`,
  '',
].join('\n');

const state: PlaygroundState = {
  dockerfile,
  files: [
    { path: IMG_FILE, content: `${SCRIPT}\n${IMG}\n` },
    { path: SCRIPT_FILE, content: `${SVG}\n` },
  ],
  buildArgs: [{ key: 'X', value: IMG }],
  secrets: [],
  target: '',
};

async function link(s: PlaygroundState): Promise<string> {
  const enc = await encodeState(s);
  if (!enc.ok) throw new Error(enc.error);
  return `${base}/playground/#pg=${enc.value}`;
}

/** Nothing ran and nothing was injected: no dialog, no counter, no element or attribute that runs code. */
async function nothingRan(o: Opened, page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const root = document.querySelector('[data-testid=playground]')!;
    const onAttrs = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`));
    return {
      xss: (window as unknown as { __xss?: number }).__xss ?? 0,
      scripts: [...root.querySelectorAll('script')].map((s) => s.type),
      imgs: root.querySelectorAll('img').length,
      svgOnload: document.querySelectorAll('svg[onload]').length,
      iframes: document.querySelectorAll('iframe').length,
      onAttrs,
    };
  });
  expect(found).toEqual({ xss: 0, scripts: ['application/json'], imgs: 0, svgOnload: 0, iframes: 0, onAttrs: [] });
  expect(o.dialogs).toEqual([]);
  // <img src=x> would have asked for /playground/x.
  expect(o.requests.filter((u) => /\/x$/.test(u))).toEqual([]);
  expect(o.problems.filter((p) => /xss|alert/i.test(p))).toEqual([]);
}

describe('untrusted text', () => {
  test('payloads in a shared Dockerfile, file names, contents and build args render as text in every panel', async () => {
    const o = await openPage(browser);
    const { page } = o;
    await page.goto(await link(state));
    await settled(page);
    const root = pg(page);
    // The editor (static view) shows the Dockerfile's characters, not markup.
    expect(await root.locator('[data-testid=editor-static] code').textContent()).toBe(dockerfile);
    // The context tree lists the file names as text.
    const tree = await root.locator('[data-testid=context-tree]').innerText();
    expect(tree).toContain(IMG_FILE);
    expect(tree).toContain('<script>alert(1)</');
    expect(await root.locator(`[data-testid=context-file][data-path="${IMG_FILE.replace(/"/g, '\\"')}"]`).count()).toBe(1);
    // The file's contents are shown as text in the textarea.
    expect(await root.locator('[data-testid=context-file-content]').inputValue()).toBe(`${SCRIPT}\n${IMG}\n`);
    expect(await root.getByLabel('Build arg value 1', { exact: true }).inputValue()).toBe(IMG);

    // Every panel renders this result.
    const files = await openTab(page, 'files');
    expect(await files.locator('[data-testid=file-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')))).toEqual(
      expect.arrayContaining([`/${IMG_FILE}`, '/s/script>']),
    );
    expect(await files.innerText()).toContain(IMG_FILE);
    for (const tab of ['layers', 'leaks', 'cache', 'size']) await openTab(page, tab);
    const output = await openTab(page, 'output');
    const out = await output.innerText();
    expect(out).toContain(IMG_FILE);
    expect(out).toContain("<script>window.__xss"); // the CMD, in docker inspect's JSON
    await nothingRan(o, page);
    await o.context.close();
  });

  test('payloads typed into the editor and the context editor, and echoed in an error, stay text', async () => {
    const o = await openPage(browser);
    const { page } = o;
    await page.goto(`${base}/playground/`);
    await settled(page);
    const root = pg(page);
    // A new context file named like markup, added through the "New file" box.
    await afterBuild(page, async () => {
      await root.getByLabel('New file').fill(SVG);
      await root.getByLabel('New file').press('Enter');
    });
    await root.locator(`[data-testid=context-file][data-path="${SVG.replace(/"/g, '\\"')}"]`).waitFor();
    // A COPY of a missing file whose name is markup: BuildKit's message quotes it.
    const build = await editLine(page, 12, `COPY ${IMG.replace(/"/g, "'")} /`, 'pg', 'insert');
    expect(build.ok).toBe(false);
    const errorBox = root.locator('[data-testid=error-box]');
    await errorBox.and(page.locator(':not([hidden])')).waitFor();
    const err = await errorBox.innerText();
    expect(err).toMatch(/^Line 12: /);
    expect(err).toContain('<img');
    // And a comment line holding a <script>, typed key by key.
    await editLine(page, 1, `# ${SCRIPT_FILE}`);
    await openTab(page, 'output');
    await openTab(page, 'stages');
    await nothingRan(o, page);
    await o.context.close();
  });
});
