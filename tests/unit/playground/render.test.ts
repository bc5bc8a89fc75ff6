import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { h, setDocument } from '../../../src/components/playground/client/dom';
import { treeRows } from '../../../src/components/playground/client/context-editor';
import { cachePanel } from '../../../src/components/playground/client/panels/cache';
import { filesPanel } from '../../../src/components/playground/client/panels/files';
import { layersPanel } from '../../../src/components/playground/client/panels/layers';
import { leaksPanel } from '../../../src/components/playground/client/panels/leaks';
import { outputPanel } from '../../../src/components/playground/client/panels/output';
import { sizePanel } from '../../../src/components/playground/client/panels/size';
import { stagesPanel } from '../../../src/components/playground/client/panels/stages';
import { BADGES } from '../../../src/components/playground/client/panels/badges';
import type { Panel, View } from '../../../src/components/playground/client/panels/types';
import { allElements, fakeDocument, FakeElement, serialize } from './fake-dom';
import { DOCKERFILE, failedResult, result, XSS } from './fixture';

const env = { goto: () => {}, forgetCache: () => {} };
const factories: [string, () => Panel][] = [
  ['stages', () => stagesPanel(env)],
  ['files', () => filesPanel()],
  ['layers', () => layersPanel(env)],
  ['leaks', () => leaksPanel(env)],
  ['cache', () => cachePanel(env)],
  ['output', () => outputPanel()],
  ['size', () => sizePanel()],
];
const panels = (): Panel[] => factories.map(([, f]) => f());

beforeAll(() => {
  setDocument(fakeDocument);
  (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame = () => 0;
});
afterAll(() => setDocument(null));

function view(over: Partial<View> = {}): View {
  const alt = result();
  alt.image!.size = 5_000_000;
  return { result: result(), dockerfile: DOCKERFILE + `# ${XSS}\n`, target: '', compared: true, alternative: { stage: 'build', result: alt }, ...over };
}

describe('panels render user data as text only', () => {
  for (const [id, make] of factories) {
    it(`${id}: payloads in names, paths and messages never become elements or handlers`, () => {
      const p = make();
      p.update(view());
      p.update(view({ result: failedResult() })); // and again, on a failed build
      p.update(view());
      const root = p.el as unknown as FakeElement;
      const els = allElements(root);
      // No element of a kind the renderers never make on purpose…
      expect(els.filter((e) => ['img', 'script', 'iframe', 'object', 'embed'].includes(e.tagName))).toEqual([]);
      // …no inline handler attributes…
      for (const e of els) for (const k of e.attributes.keys()) expect(k.startsWith('on'), `${e.tagName}[${k}]`).toBe(false);
      // …and where the payload shows up, it is escaped text.
      const html = serialize(root);
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script');
    });
  }

  it('shows the payload verbatim as text where it belongs', () => {
    const p = leaksPanel(env);
    p.update(view());
    expect((p.el as unknown as FakeElement).textContent).toContain(XSS);
    const f = filesPanel();
    f.update(view());
    expect((f.el as unknown as FakeElement).textContent).toContain(XSS);
  });

  it('marks stage nodes, history rows and layers for tests', () => {
    const all = panels();
    for (const p of all) p.update(view());
    const els = all.flatMap((p) => allElements(p.el as unknown as FakeElement));
    const ids = (t: string) => els.filter((e) => e.getAttribute('data-testid') === t);
    expect(ids('stage-node').map((e) => e.getAttribute('data-role'))).toEqual(['kitchen', 'skipped', 'plate']);
    expect(ids('history-row')).toHaveLength(4);
    expect(ids('layer-row')).toHaveLength(2);
    expect(ids('leak')).toHaveLength(2);
    expect(ids('cache-step').map((e) => e.getAttribute('data-status'))).toEqual(['CACHED', 'CACHED', 'DONE', 'DONE', 'DONE', 'DONE']);
    expect(ids('size-bar')).toHaveLength(2);
    expect(ids('build-log')).toHaveLength(1);
  });

  it('gives tab badges from the result', () => {
    const v = view();
    expect(BADGES.leaks!(v)).toBe('2');
    expect(BADGES.cache!(v)).toBe('2/6');
    expect(BADGES.layers!(v)).toBe('2');
    expect(BADGES.leaks!(view({ result: failedResult() }))).toBe('');
    expect(BADGES.cache!(view({ compared: false }))).toBe('');
  });
});

describe('the DOM helper', () => {
  it('refuses attributes that run code', () => {
    expect(() => h('a', { onclick: 'alert(1)' })).toThrow(/refused/);
    expect(() => h('a', { href: 'javascript:alert(1)' })).toThrow(/refused/);
    expect(() => h('a', { href: ' JaVaScRiPt:alert(1)' })).toThrow(/refused/);
    expect(() => h('iframe', { srcdoc: '<b>' })).toThrow(/refused/);
    expect(() => h('a', { href: '/ok' })).not.toThrow();
  });
  it('makes strings into text nodes', () => {
    const el = h('div', null, XSS, 3, null, false, ['a', ['b']]) as unknown as FakeElement;
    expect(allElements(el)).toHaveLength(1);
    expect(el.textContent).toBe(`${XSS}3ab`);
  });
});

describe('rich text', () => {
  it('turns `code spans` into <code> with text inside, and nothing else into markup', async () => {
    const { richText } = await import('../../../src/components/playground/client/panels/common');
    const el = h('p', null, richText(`run \`${XSS}\` then <b>x</b>`)) as unknown as FakeElement;
    expect(allElements(el).map((e) => e.tagName)).toEqual(['p', 'code']);
    expect(el.textContent).toBe(`run ${XSS} then <b>x</b>`);
  });
});

describe('the context tree', () => {
  it('derives folders and sorts a folder’s files after it', () => {
    expect(treeRows(['b.txt', 'src/z.go', '.dockerignore', 'src/a/b.go']).map((r) => `${r.kind}:${r.path}:${r.depth}`)).toEqual([
      'file:.dockerignore:0',
      'file:b.txt:0',
      'dir:src:0',
      'dir:src/a:1',
      'file:src/a/b.go:2',
      'file:src/z.go:1',
    ]);
  });
});
