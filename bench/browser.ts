// `npm run bench:browser [-- --json]` (and part of `npm run bench`): the playground as a learner
// meets it, in Debian's Chromium against the built site (built into a temporary folder and served
// with `astro preview`, as the e2e suite does; E2E_DIST / E2E_BASE_URL reuse a build or a server).
//
// 1. Keystroke to panels: the lesson's Dockerfile (content/examples/go, Dockerfile.multi, with
//    its files) in /playground/, every results panel loaded, ~50 single-key edits. Per edit, from
//    the keydown event's timestamp to the playground's `stagecraft:build` event, which it fires
//    right after it has updated the panels' DOM, split into: the debounce (until the status says
//    "Building…"), the engine worker (until its reply reaches the page) and the panels' render.
// 2. What a lesson page ships before the editor is wanted: every script it loads at page load
//    (raw and gzip bytes), with no editor asset among them, and no editor CSS in <head>.
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { exampleDockerfile, playgroundFiles } from '../src/lessons/examples';
import { encodeState } from '../src/lib/share';
import { CHROMIUM, launchChromium } from '../tests/e2e/support/chromium';
import { EDITOR_ASSET, editLine, openPage, openTab, pg, settled } from '../tests/e2e/support/page';
import { startSite } from '../tests/e2e/support/site';
import { percentile } from './measure';

const GOALS = { keystrokeP95Ms: 16, lessonJsGzipBytes: 15 * 1024 };
const EDITS = { warmup: 6, measured: 50 };
const TABS = ['stages', 'files', 'layers', 'leaks', 'cache', 'output', 'size'];

const json = process.argv.includes('--json');
const log = (line = '') => {
  if (!json) console.log(line);
};

interface Sample {
  total: number;
  debounce: number;
  engine: number;
  render: number;
  nextFrame: number;
  engineReported: number;
}

declare global {
  interface Window {
    __bench?: { keyAt: number; buildingAt: number; replyAt: number; samples: Sample[]; pending: boolean };
  }
}

/** In the page, before anything runs: note when the engine worker's replies arrive. */
function watchEngineWorker(): void {
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, opts?: WorkerOptions) {
      super(url, opts);
      if (/engine/.test(String(url))) this.addEventListener('message', () => window.__bench && (window.__bench.replyAt = performance.now()));
    }
  } as typeof Worker;
}

/** In the page: timestamps for one keystroke at a time. */
function installProbe(id: string): void {
  const root = document.getElementById(id)!;
  const status = root.querySelector('[data-pg-status]')!;
  const b: NonNullable<Window['__bench']> = { keyAt: 0, buildingAt: 0, replyAt: 0, samples: [], pending: false };
  window.__bench = b;
  addEventListener(
    'keydown',
    (e) => {
      b.keyAt = e.timeStamp;
      b.buildingAt = 0;
      b.pending = true;
    },
    true,
  );
  new MutationObserver(() => {
    if (b.pending && !b.buildingAt && status.textContent === 'Building…') b.buildingAt = performance.now();
  }).observe(status, { childList: true, characterData: true, subtree: true });
  root.addEventListener('stagecraft:build', () => {
    if (!b.pending) return;
    b.pending = false;
    const done = performance.now();
    const s = { keyAt: b.keyAt, buildingAt: b.buildingAt, replyAt: b.replyAt, done };
    requestAnimationFrame((frame) => {
      const ms = Number(/Built in (\d+) ms/.exec(status.textContent ?? '')?.[1] ?? NaN);
      b.samples.push({
        total: s.done - s.keyAt,
        debounce: s.buildingAt - s.keyAt,
        engine: s.replyAt - s.buildingAt,
        render: s.done - s.replyAt,
        nextFrame: frame - s.keyAt,
        engineReported: ms,
      });
    });
  });
}

async function keystrokes(base: string): Promise<{ samples: Sample[]; dockerfileLines: number; files: number }> {
  const dockerfile = exampleDockerfile('go', 'multi');
  const files = Object.entries(playgroundFiles('go')).map(([path, content]) => ({ path, content }));
  const enc = await encodeState({ dockerfile, files, buildArgs: [], secrets: [], target: '' });
  if (!enc.ok) throw new Error(enc.error);
  const browser = await launchChromium();
  try {
    const { page, context } = await openPage(browser);
    await context.addInitScript(watchEngineWorker);
    await page.goto(`${base}/playground/#pg=${enc.value}`);
    await settled(page);
    for (const tab of TABS.slice(1)) await openTab(page, tab);
    await openTab(page, 'files');
    // Monaco in, the cursor at the end of `COPY --from=build /out/weather /weather`.
    const line = dockerfile.split('\n').findIndex((l) => l.startsWith('COPY --from=build /out/weather')) + 1;
    await editLine(page, line, dockerfile.split('\n')[line - 1]!);
    await page.keyboard.press('End');
    await page.evaluate(installProbe, 'pg');
    // One key at a time, each one waited for: "x" then Backspace, so /weather and /weatherx alternate.
    for (let i = 0; i < EDITS.warmup + EDITS.measured; i++) {
      const n = await page.evaluate(() => window.__bench!.samples.length);
      await page.keyboard.press(i % 2 ? 'Backspace' : 'x');
      await page.waitForFunction((n) => window.__bench!.samples.length > n && document.getElementById('pg')!.dataset.building === 'false', n);
    }
    const samples = (await page.evaluate(() => window.__bench!.samples)).slice(EDITS.warmup);
    await checkPanelsFollowed(page);
    await context.close();
    return { samples, dockerfileLines: dockerfile.split('\n').length, files: files.length };
  } finally {
    await browser.close();
  }
}

/** The edits really reached the panels: after an even number of keys the binary is at /weather again. */
async function checkPanelsFollowed(page: Page): Promise<void> {
  await pg(page).locator('[data-testid=panel-files] [data-testid=file-row][data-path="/weather"]').waitFor({ state: 'attached' });
}

interface Asset {
  url: string;
  kind: 'page script' | 'worker script';
  bytes: number;
  gzip: number;
}

async function lessonPayload(base: string): Promise<{ assets: Asset[]; editorRequests: string[]; headCss: { href: string; bytes: number; editorRules: boolean }[] }> {
  const browser = await launchChromium();
  try {
    const { page, context, requests } = await openPage(browser);
    const bodies: Promise<Asset | null>[] = [];
    page.on('response', (res) => {
      const url = res.url();
      const type = res.request().resourceType();
      if (!/\.m?js(\?|$)/.test(url) && type !== 'script') return;
      bodies.push(
        res.body().then(
          (body) => ({ url: new URL(url).pathname, kind: /worker/.test(url) ? 'worker script' : 'page script', bytes: body.length, gzip: gzipSync(body).length }),
          () => null,
        ),
      );
    });
    const lesson = `${base}/lessons/go-multi-stage/`;
    // At load, before the learner scrolls to the playground: the editor and the engine are both
    // loaded on demand (when the playground comes near the viewport), so neither may be here yet.
    await page.goto(lesson);
    await page.locator('#challenge-go-scratch[data-ready=true]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const assets = (await Promise.all(bodies)).filter((a): a is Asset => a !== null);
    // <head>: stylesheets that block rendering, and whether any carries Monaco's rules.
    const headCss = await page.evaluate(async () => {
      const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')];
      const sheets = await Promise.all(links.map(async (l) => ({ href: new URL(l.href).pathname, text: await (await fetch(l.href)).text() })));
      const inline = [...document.head.querySelectorAll('style')].map((s, i) => ({ href: `<style> #${i + 1}`, text: s.textContent ?? '' }));
      return [...sheets, ...inline].map((s) => ({ href: s.href, bytes: s.text.length, editorRules: /\.monaco-editor|codicon/.test(s.text) }));
    });
    await context.close();
    return { assets, editorRequests: requests.filter((u) => EDITOR_ASSET.test(u)), headCss };
  } finally {
    await browser.close();
  }
}

const site = await startSite((line) => log(line));
try {
  log(`stagecraft bench: the built site in ${CHROMIUM} (headless)`);
  // Wall-clock figures on a busy machine are inflated; say so rather than report them silently.
  const load = loadavg()[0]!;
  const cpus = availableParallelism();
  if (load > cpus * 0.75) log(`warning: load average ${load.toFixed(1)} on ${cpus} CPUs: other processes compete, figures are inflated`);
  log();
  const k = await keystrokes(site.baseURL);
  const stat = (key: keyof Sample) => ({ p50: percentile(k.samples.map((s) => s[key]), 50), p95: percentile(k.samples.map((s) => s[key]), 95) });
  const total = stat('total');
  const after = { p50: percentile(k.samples.map((s) => s.engine + s.render), 50), p95: percentile(k.samples.map((s) => s.engine + s.render), 95) };
  const rows: [string, { p50: number; p95: number }, string][] = [
    ['keydown → panels updated (DOM)', total, `goal: p95 <= ${GOALS.keystrokeP95Ms} ms ${verdict(total.p95 <= GOALS.keystrokeP95Ms)}`],
    ['keydown → next frame', stat('nextFrame'), ''],
    ['  debounce (until "Building…")', stat('debounce'), 'builds start on the keystroke (client/app.ts)'],
    ['  engine worker (post → reply)', stat('engine'), ''],
    ['  panels render (reply → DOM)', stat('render'), ''],
    ['after the debounce (engine + render)', after, `vs ${GOALS.keystrokeP95Ms} ms: ${verdict(after.p95 <= GOALS.keystrokeP95Ms)}`],
    ['engine time the worker reports', stat('engineReported'), ''],
  ];
  log(`keystroke to panels: /playground/ with the Go lesson's Dockerfile.multi (${k.dockerfileLines} lines, ${k.files} context files), all 7 panels loaded`);
  log(`  ${k.samples.length} single-key edits ("x" / Backspace on the COPY of the binary), ${EDITS.warmup} warm-up edits left out`);
  log(`  ${'measure'.padEnd(38)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}`);
  for (const [name, v, goal] of rows) log(`  ${name.padEnd(38)}${v.p50.toFixed(1).padStart(9)}${v.p95.toFixed(1).padStart(9)}  ${goal}`);
  log();

  const p = await lessonPayload(site.baseURL);
  const sum = (xs: Asset[], key: 'bytes' | 'gzip') => xs.reduce((a, x) => a + x[key], 0);
  const pageScripts = p.assets.filter((a) => a.kind === 'page script');
  const workers = p.assets.filter((a) => a.kind === 'worker script');
  const pageGz = sum(pageScripts, 'gzip');
  const allGz = sum(p.assets, 'gzip');
  log('lesson page (/lessons/go-multi-stage/) at load, before the learner scrolls to the playground, until the network is idle; gzip -6 sizes');
  for (const a of p.assets) log(`  ${a.kind.padEnd(14)}${kb(a.bytes).padStart(10)} raw${kb(a.gzip).padStart(10)} gz  ${a.url}`);
  log(`  main-thread scripts: ${kb(pageGz)} gz  goal: <= ${kb(GOALS.lessonJsGzipBytes)} ${verdict(pageGz <= GOALS.lessonJsGzipBytes)}`);
  log(`  with the engine worker (the simulator itself, off the main thread): ${kb(allGz)} gz  vs ${kb(GOALS.lessonJsGzipBytes)}: ${verdict(allGz <= GOALS.lessonJsGzipBytes)}`);
  log(`  editor assets (Monaco, its worker, language, font) requested at load: ${p.editorRequests.length ? p.editorRequests.join(', ') : 'none'}  goal: none ${verdict(p.editorRequests.length === 0)}`);
  const editorCss = p.headCss.filter((c) => c.editorRules);
  log(`  render-blocking CSS in <head>: ${p.headCss.map((c) => `${c.href} (${kb(c.bytes)})`).join(', ')}`);
  log(`  editor CSS among it: ${editorCss.length ? editorCss.map((c) => c.href).join(', ') : 'none'}  goal: none ${verdict(editorCss.length === 0)}`);

  if (json) {
    const r = (v: number) => Math.round(v * 100) / 100;
    const pair = (v: { p50: number; p95: number }) => ({ p50_ms: r(v.p50), p95_ms: r(v.p95) });
    const figures = {
      chromium: CHROMIUM,
      load_average: r(load),
      cpus,
      keystroke: {
        edits: k.samples.length,
        to_panels: pair(total),
        to_next_frame: pair(stat('nextFrame')),
        debounce: pair(stat('debounce')),
        engine_worker: pair(stat('engine')),
        panels_render: pair(stat('render')),
        after_debounce: pair(after),
        engine_reported: pair(stat('engineReported')),
      },
      lesson_page: {
        scripts: p.assets.map((a) => ({ url: a.url, kind: a.kind, bytes: a.bytes, gzip_bytes: a.gzip })),
        main_thread_gzip_bytes: pageGz,
        with_worker_gzip_bytes: allGz,
        editor_requests_at_load: p.editorRequests,
        head_css: p.headCss,
      },
      goals: { keystroke_p95_ms: GOALS.keystrokeP95Ms, lesson_js_gzip_bytes: GOALS.lessonJsGzipBytes, editor_css_in_head: 0 },
      goals_met: {
        keystroke: total.p95 <= GOALS.keystrokeP95Ms,
        keystroke_after_debounce: after.p95 <= GOALS.keystrokeP95Ms,
        lesson_js_main_thread: pageGz <= GOALS.lessonJsGzipBytes,
        lesson_js_with_worker: allGz <= GOALS.lessonJsGzipBytes,
        no_editor_at_load: p.editorRequests.length === 0,
        no_editor_css_in_head: editorCss.length === 0,
      },
    };
    console.log(JSON.stringify({ browser: figures }));
  }
} finally {
  await site.close();
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function verdict(met: boolean): string {
  return met ? 'MET' : 'MISSED';
}
