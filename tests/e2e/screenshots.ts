// `npm run screenshots`: regenerates docs/screenshots/*.png from the built site in Debian's
// Chromium: the playground and the Go lesson in the light and dark themes (desktop), and the
// lesson at phone width. Builds the site into a temporary folder first (see support/site.ts;
// E2E_BASE_URL / E2E_DIST skip that).
import { statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { openPage, pg, settled } from './support/page';
import { startSite } from './support/site';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const MAX_BYTES = 400 * 1024;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Shot {
  file: string;
  path: string;
  viewport: { width: number; height: number };
  scale: number;
  /** Gets the page into the state to show; returns an element to clip to, or nothing for the viewport. */
  prepare(page: Page): Promise<void | { clip: string }>;
  fullPage?: boolean;
  /** The clipped element is far down the page: scrolling to it loads Monaco (by design); wait for it. */
  monaco?: boolean;
  mobile?: boolean;
}

const shots: Shot[] = [];
for (const theme of ['light', 'dark'] as const) {
  shots.push(
    {
      file: `playground-${theme}.png`,
      path: '/playground/',
      viewport: DESKTOP,
      scale: 1,
      fullPage: true,
      async prepare(page) {
        await settled(page);
        // The Files tab: the plate's files with where each came from. Clicked without scrolling
        // (a scroll near the editor would start loading Monaco): the page as a first visit shows it.
        await pg(page).locator('[data-testid=tab-files]').dispatchEvent('click');
        await page.locator('#pg [data-testid=panel-files] [data-testid=file-row]').first().waitFor();
      },
    },
    {
      file: `lesson-${theme}.png`,
      path: '/lessons/go-multi-stage/',
      viewport: DESKTOP,
      scale: 1,
      async prepare(page) {
        await settled(page, 'challenge-go-scratch');
      },
    },
    {
      file: `lesson-challenge-${theme}.png`,
      path: '/lessons/go-multi-stage/',
      viewport: { width: 1280, height: 1000 },
      scale: 1,
      async prepare(page) {
        await settled(page, 'challenge-go-scratch');
        await page.locator('#challenge-go-scratch [data-pg-check-results] li').first().waitFor();
        // The challenge's playground: the task, its checks graded on the starter, the editor and the panels.
        return { clip: '#challenge-go-scratch' };
      },
      monaco: true,
    },
    {
      file: `lesson-phone-challenge-${theme}.png`,
      path: '/lessons/go-multi-stage/',
      viewport: PHONE,
      scale: 1,
      mobile: true,
      async prepare(page) {
        await settled(page, 'challenge-go-scratch');
        await page.locator('#challenge-go-scratch [data-pg-check-results] li').first().waitFor();
        return { clip: '#challenge-go-scratch' };
      },
      monaco: true,
    },
    {
      file: `lesson-phone-${theme}.png`,
      path: '/lessons/go-multi-stage/',
      viewport: PHONE,
      scale: 2,
      mobile: true,
      async prepare(page) {
        await settled(page, 'challenge-go-scratch');
      },
    },
  );
}

async function take(browser: Browser, base: string, shot: Shot): Promise<void> {
  const theme = shot.file.includes('dark') ? 'dark' : 'light';
  const { page, context, problems } = await openPage(browser, {
    theme,
    viewport: shot.viewport,
    deviceScaleFactor: shot.scale,
    isMobile: shot.mobile ?? false,
    hasTouch: shot.mobile ?? false,
    reducedMotion: 'reduce',
  });
  await page.goto(`${base}${shot.path}`);
  const clip = await shot.prepare(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`the page is ${overflow}px wider than the viewport (horizontal scrolling)`);
  const file = resolve(OUT, shot.file);
  const el = clip ? page.locator(clip.clip) : null;
  if (el) {
    await el.scrollIntoViewIfNeeded();
    if (shot.monaco) await el.locator('[data-testid=editor][data-state=monaco]').waitFor();
  }
  // Nothing half-loaded in the shot: no editor on its way in, and a frame painted since.
  await page.locator('[data-testid=editor].pg-editor-loading').waitFor({ state: 'detached' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  if (el) await el.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  else await page.screenshot({ path: file, animations: 'disabled', caret: 'hide', fullPage: shot.fullPage ?? false });
  await context.close();
  const bytes = statSync(file).size;
  const warn = bytes > MAX_BYTES ? `  WARNING: over ${MAX_BYTES / 1024} KB` : '';
  console.log(`docs/screenshots/${shot.file}  ${(bytes / 1024).toFixed(0)} KB${warn}`);
  if (problems.length) console.log(`  page problems: ${problems.join('; ')}`);
}

const site = await startSite((line) => console.log(line));
const browser = await launchChromium();
try {
  await mkdir(OUT, { recursive: true });
  for (const shot of shots) await take(browser, site.baseURL, shot);
} finally {
  await browser.close();
  await site.close();
}
