// The Go lesson on the built site: Monaco stays unloaded until the learner wants the editor, and
// the challenge grades the starter (failing, naming each failed check) and the solution (passing).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CRITERIA } from '../../src/lessons/challenges/go-scratch';
import { launchChromium } from './support/chromium';
import { afterBuild, EDITOR_ASSET, editLine, openPage, pg, replaceAll, settled } from './support/page';

const base = inject('baseURL');
const LESSON = `${base}/lessons/go-multi-stage/`;
const ID = 'challenge-go-scratch';
const solution = readFileSync(new URL('../../content/examples/go/Dockerfile.multi', import.meta.url), 'utf8');

let browser: Browser;
beforeAll(async () => void (browser = await launchChromium()));
afterAll(async () => browser?.close());

interface Outcome {
  pass: boolean;
  text: string;
}

/** The playground's check results, once every criterion has one. */
async function results(page: Page): Promise<Outcome[]> {
  const items = pg(page, ID).locator('[data-pg-check-results] li');
  await page.waitForFunction((n) => document.querySelectorAll(`#challenge-go-scratch [data-pg-check-results] li`).length === n, CRITERIA.length);
  return items.evaluateAll((lis) => lis.map((li) => ({ pass: li.getAttribute('data-pass') === 'true', text: (li as HTMLElement).innerText })));
}

describe('Go lesson', () => {
  test('nothing of the engine or Monaco loads with the page; reaching the playground builds, a click loads Monaco', async () => {
    const { page, requests, problems, context } = await openPage(browser);
    await page.goto(LESSON);
    await pg(page, ID).and(page.locator('[data-ready=true]')).waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    // At load, far above the playground: no editor, no engine worker, no editor CSS in <head>.
    expect(requests.filter((u) => EDITOR_ASSET.test(u))).toEqual([]);
    expect(requests.filter((u) => /engine\.worker/.test(u))).toEqual([]);
    expect(await pg(page, ID).locator('[data-testid=editor]').getAttribute('data-state')).toBe('static');
    const headCss = await page.evaluate(async () => {
      const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')];
      const texts = await Promise.all(links.map((l) => fetch(l.href).then((r) => r.text())));
      return [...texts, ...[...document.head.querySelectorAll('style')].map((s) => s.textContent ?? '')].join('\n');
    });
    expect(headCss).not.toMatch(/\.monaco-editor/);

    // The learner reaches the playground: the engine builds the starter and the panels fill in.
    await settled(page, ID);
    await results(page);
    expect(requests.filter((u) => /engine\.worker/.test(u)).length).toBeGreaterThan(0);

    // The learner clicks into the editor (or has scrolled to it): Monaco loads and takes over.
    await pg(page, ID).locator('[data-testid=editor-static] .line, .monaco-editor').first().click();
    await pg(page, ID).locator('[data-testid=editor][data-state=monaco]').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the challenge fails with the starter and says which checks failed', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(LESSON);
    await settled(page, ID);
    const got = await results(page);
    // The build-time list marks the checks the starter fails; the live grading agrees.
    const starterFails = await page.locator(`[data-challenge-for=${ID}] li[data-check]`).evaluateAll((lis) =>
      lis.map((li) => ({ id: li.getAttribute('data-check'), fails: li.getAttribute('data-starter') === 'fail' })),
    );
    expect(starterFails.map((s) => s.id)).toEqual(CRITERIA.map((c) => c.id));
    expect(starterFails.filter((s) => s.fails).length).toBeGreaterThan(0);
    CRITERIA.forEach((c, i) => {
      const failed = starterFails[i]!.fails;
      expect(got[i]!.pass, c.id).toBe(!failed);
      // "Not yet: <the check>: <what the simulator saw and what to change>"
      expect(got[i]!.text.startsWith(`${failed ? 'Not yet' : 'Done'}: ${c.title}: `), got[i]!.text).toBe(true);
    });
    const size = got[CRITERIA.findIndex((c) => c.id === 'size')]!;
    expect(size.pass).toBe(false);
    expect(size.text).toMatch(/it is [\d.]+ ?[MG]B\. Build in a first stage/);
    expect(got[0]!.pass).toBe(true); // the starter builds
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the challenge passes with the solution: the button and the typed Dockerfile', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(LESSON);
    await settled(page, ID);
    await results(page);
    const root = pg(page, ID);

    // "Show the solution": every check passes; "Back to my Dockerfile": the starter fails again.
    await afterBuild(page, () => root.locator('[data-testid=solution-toggle]').click(), ID);
    expect((await results(page)).map((r) => r.pass)).toEqual(CRITERIA.map(() => true));
    expect((await results(page)).every((r) => r.text.startsWith('Done: '))).toBe(true);
    await afterBuild(page, () => root.locator('[data-testid=solution-toggle]').click(), ID);
    expect((await results(page)).some((r) => !r.pass)).toBe(true);

    // The learner types the two-stage Dockerfile: it passes too.
    await editLine(page, 2, '# my own try', ID);
    const built = await replaceAll(page, solution, ID);
    expect(built.dockerfile).toBe(solution);
    expect((await results(page)).map((r) => r.pass)).toEqual(CRITERIA.map(() => true));

    // Without USER, exactly the non-root check fails, and it says what to add.
    const noUser = solution.replace('USER 65532:65532\n', '');
    await replaceAll(page, noUser, ID);
    const got = await results(page);
    expect(got.filter((r) => !r.pass).map((r) => r.text)).toEqual([
      'Not yet: It runs as a non-root user: no USER is set, so the container runs as root. Add USER 65532:65532 to the final stage.',
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
