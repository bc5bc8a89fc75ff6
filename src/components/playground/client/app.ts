// One playground on a page: state, the editor, the context editor, the engine worker and the
// panels, all fed by the one BuildResult of the newest build.
import type { BuildInput, BuildResult, PreviousBuild } from '../../../engine/types';
import { readHash, writeHash } from '../../../lib/hash';
import type { PlaygroundState } from '../../../lib/playground-state';
import { BUILD_EVENT, CHECK_EVENT, getCheck, runCheck } from '../api';
import { asPrevious, targetChoices, toBuildInput } from '../model/input';
import { markers } from '../model/markers';
import { assumptions } from '../model/notes';
import type { Alternative } from '../model/size';
import { contextEditor } from './context-editor';
import { fill, h, tabKeys } from './dom';
import { createEditor } from './editor';
import { EngineClient, TIME_LIMIT_MS, type Outcome } from './engine-client';
import { BADGES } from './panels/badges';
import { lineButton, richText } from './panels/common';
import { stagesPanel } from './panels/stages';
import type { Panel, PanelEnv, View } from './panels/types';

/** The first tab ships with the page; the others load the first time their tab is opened. */
const PANELS: [string, (env: PanelEnv) => Panel | Promise<Panel>][] = [
  ['stages', stagesPanel],
  ['files', () => import('./panels/files').then((m) => m.filesPanel())],
  ['layers', (env) => import('./panels/layers').then((m) => m.layersPanel(env))],
  ['leaks', (env) => import('./panels/leaks').then((m) => m.leaksPanel(env))],
  ['cache', (env) => import('./panels/cache').then((m) => m.cachePanel(env))],
  ['output', () => import('./panels/output').then((m) => m.outputPanel())],
  ['size', () => import('./panels/size').then((m) => m.sizePanel())],
];

export interface PlaygroundConfig {
  id: string;
  initial: PlaygroundState;
  solution: string | null;
  share: boolean;
  check: string | null;
}


const clone = (s: PlaygroundState): PlaygroundState => ({
  dockerfile: s.dockerfile,
  files: s.files.map((f) => ({ ...f })),
  buildArgs: s.buildArgs.map((r) => ({ ...r })),
  secrets: s.secrets.map((r) => ({ ...r })),
  target: s.target,
});

export function mountPlayground(root: HTMLElement): void {
  const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const config = JSON.parse(q('script[data-pg-config]')!.textContent ?? '{}') as PlaygroundConfig;
  const messageEl = q('[data-pg-message]')!;
  const statusEl = q('[data-pg-status]')!;
  const errorEl = q('[data-pg-error]')!;
  const notesEl = q<HTMLDetailsElement>('[data-pg-notes]')!;
  const shareOut = q('[data-pg-share-out]');
  const checkEl = q('[data-pg-check-results]');

  function message(text: string, kind: 'info' | 'error' = 'info'): void {
    messageEl.hidden = !text;
    messageEl.dataset.kind = kind;
    messageEl.textContent = text;
  }
  let buildStatus = '';
  const status = (text: string) => (statusEl.textContent = text);

  // ---- the state: the example (checked when the site was built), or a shared link ----
  const example = clone(config.initial);
  let state = clone(example);
  let lastHashValue: string | null = null;
  /** Reads this playground's link from the hash; true when the state changed. The codec loads only for a link. */
  async function loadFromHash(): Promise<boolean> {
    if (!config.share) return false;
    const raw = readHash(location.hash, config.id);
    if (raw === null || raw === lastHashValue) return false;
    lastHashValue = raw;
    let decoded: Awaited<ReturnType<typeof import('../../../lib/share').decodeState>>;
    try {
      const { decodeState } = await import('../../../lib/share');
      decoded = await decodeState(raw);
    } catch (e) {
      decoded = { ok: false, error: `it could not be read here (${e instanceof Error ? e.message : String(e)})` };
    }
    if (decoded.ok) {
      state = decoded.value;
      const ids = state.secrets.length ? ' Secret values are never in links: fill them in below.' : '';
      message(`Loaded the playground from the link.${ids}`);
    } else {
      state = clone(example);
      message(`This link could not be loaded: ${decoded.error}. The example is shown instead.`, 'error');
    }
    return true;
  }
  let learnerDockerfile: string | null = null; // stashed while the solution shows

  // ---- the editor ----
  const editor = createEditor({
    host: q('[data-pg-editor]')!,
    value: state.dockerfile,
    label: 'Dockerfile',
    onChange(v) {
      state.dockerfile = v;
      schedule();
    },
    onStatus: (t) => status(t || buildStatus),
  });

  // ---- the context editor ----
  const ctx = contextEditor({
    state: () => state,
    change(mutate, structural) {
      mutate(state);
      if (structural) ctx.refresh();
      schedule();
    },
    focusEditor: () => void editor.activate().then(() => editor.goto(1)),
  });
  q('[data-pg-context]')!.append(ctx.el);

  // ---- panels and tabs ----
  let previous: PreviousBuild | null = null;
  const env: PanelEnv = {
    goto: (line) => editor.goto(line),
    forgetCache() {
      previous = null;
      run();
    },
  };
  let lastView: View | null = null;
  let lastInput: BuildInput | null = null;
  const tabs = PANELS.map(([id]) => q<HTMLButtonElement>(`[data-pg-tab="${id}"]`)!);
  const panes = PANELS.map(([id]) => q(`[data-pg-panel="${id}"]`)!);
  const panels: (Panel | null)[] = PANELS.map(() => null);
  const loading: (Promise<void> | null)[] = PANELS.map(() => null);
  /** Creates a panel on first use and shows the newest result in it. */
  function ensure(i: number): Promise<void> {
    return (loading[i] ??= Promise.resolve(PANELS[i]![1](env)).then(
      (p) => {
        panels[i] = p;
        fill(panes[i]!, p.el);
        if (lastView) p.update(lastView);
        if (i === current) p.shown?.();
      },
      (e: unknown) => {
        loading[i] = null;
        fill(panes[i]!, h('p', { class: 'pg-empty' }, `This panel could not load (${e instanceof Error ? e.message : String(e)}). Select the tab again to retry.`));
      },
    ));
  }
  let current = 0;
  function select(i: number): void {
    current = i;
    tabs.forEach((t, j) => {
      t.setAttribute('aria-selected', String(i === j));
      t.tabIndex = i === j ? 0 : -1;
      panes[j]!.hidden = i !== j;
    });
    void ensure(i);
    panels[i]?.shown?.();
  }
  tabs.forEach((t, i) => t.addEventListener('click', () => select(i)));
  tabKeys(tabs, select);
  select(0);

  // ---- builds ----
  const inputs = new Map<number, BuildInput>();
  const client = new EngineClient(onOutcome);
  // Builds start on the keystroke, with no fixed debounce: the engine client coalesces a burst
  // of keystrokes into one build per worker round trip, so the panels follow typing closely.
  let started = false;

  function schedule(): void {
    // "building" is set until the newest result is shown, so a test can wait for it.
    root.dataset.building = 'true';
    if (started) run();
  }

  function run(): void {
    started = true;
    const input = toBuildInput(state, previous ?? undefined);
    const id = client.run(input, true);
    inputs.clear();
    inputs.set(id, input);
    root.dataset.building = 'true';
    status('Building…');
  }

  function onOutcome(o: Outcome): void {
    root.dataset.building = 'false';
    if (!o.ok) {
      if (o.kind === 'timeout') {
        status('');
        showError(`The simulation timed out: it ran for more than ${TIME_LIMIT_MS / 1000} s and was stopped. Change the Dockerfile to try again.`, null, 'timeout');
      } else {
        status('');
        showError(`The simulator hit an internal error: ${o.message}`, null, 'crash');
      }
      return;
    }
    const input = inputs.get(o.id);
    if (!input) return;
    render(o.result, input, o.alternative);
    status((buildStatus = `Built in ${Math.max(1, Math.round(o.ms))} ms`));
  }

  function showError(text: string, line: number | null, kind: string): void {
    errorEl.hidden = false;
    errorEl.dataset.kind = kind;
    fill(
      errorEl,
      h('strong', null, line !== null ? `Line ${line}: ` : kind === 'build' ? 'Build failed: ' : ''),
      text,
      line !== null ? [' ', h('button', { type: 'button', class: 'pg-btn pg-btn-small', on: { click: () => editor.goto(line) } }, `Show line ${line}`)] : null,
    );
  }

  function render(result: BuildResult, input: BuildInput, alternative: Alternative | null): void {
    const view: View = { result, dockerfile: input.dockerfile, target: input.target ?? '', compared: input.previous !== undefined, alternative };
    lastView = view;
    lastInput = input;
    if (result.error) showError(result.error.message, result.error.line, 'build');
    else {
      errorEl.hidden = true;
      fill(errorEl);
    }
    const notes = assumptions(result);
    notesEl.hidden = notes.length === 0;
    fill(
      notesEl,
      h('summary', null, `What the simulator assumed (${notes.length})`),
      h('ul', null, notes.map((n) => h('li', null, n.line !== null ? [lineButton(n.line, editor.goto), ' '] : null, richText(n.text)))),
    );
    editor.setMarkers(markers(result, input.dockerfile.split('\n').length));
    ctx.setTargets(targetChoices(result));
    PANELS.forEach(([id], i) => {
      panels[i]?.update(view);
      const badge = tabs[i]!.querySelector('[data-badge]');
      if (badge) badge.textContent = BADGES[id]?.(view) ?? '';
    });
    panels[current]?.shown?.();
    if (result.ok) previous = asPrevious(input);
    runLessonCheck();
    root.dispatchEvent(new CustomEvent(BUILD_EVENT, { detail: { input, result } }));
  }

  function runLessonCheck(): void {
    if (!checkEl || !lastView || !lastInput) return;
    const fn = getCheck(config.id);
    if (!fn) return;
    const outcomes = runCheck(fn, { result: lastView.result, input: lastInput, state: clone(state) });
    fill(
      checkEl,
      outcomes.map((c) => h('li', { class: c.pass ? 'pg-pass' : 'pg-fail', 'data-pass': String(c.pass) }, h('strong', null, c.pass ? 'Done: ' : 'Not yet: '), c.message)),
    );
  }
  document.addEventListener(CHECK_EVENT, (e) => (e as CustomEvent<string>).detail === config.id && runLessonCheck());

  // ---- toolbar ----
  q('[data-pg-share]')?.addEventListener('click', async () => {
    const { encodeState } = await import('../../../lib/share');
    // In solution mode, the link keeps the learner's own Dockerfile.
    const enc = await encodeState({ ...state, dockerfile: learnerDockerfile ?? state.dockerfile });
    if (!enc.ok) {
      message(`No link made: ${enc.error}.`, 'error');
      return;
    }
    lastHashValue = enc.value;
    const hash = writeHash(location.hash, config.id, enc.value);
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    const url = location.href;
    const input = shareOut?.querySelector('input');
    if (shareOut && input) {
      shareOut.hidden = false;
      input.value = url;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      /* clipboard blocked: the link is in the box to copy by hand */
    }
    const secrets = state.secrets.length ? ' Secret values are not in it (only their ids).' : ' Secret values are never put in links.';
    message(`${copied ? 'Link copied to the clipboard' : 'Link ready: copy it from the box below'} (${(enc.value.length / 1024).toFixed(1)} KB).${secrets}`);
  });

  q('[data-pg-reset]')?.addEventListener('click', () => {
    state = clone(example);
    learnerDockerfile = null;
    setSolution(false);
    if (config.share && readHash(location.hash, config.id) !== null) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${writeHash(location.hash, config.id, null)}`);
    }
    lastHashValue = null;
    if (shareOut) shareOut.hidden = true;
    message('Back to the example.');
    reload();
  });

  const solutionBtn = q<HTMLButtonElement>('[data-pg-solution]');
  function setSolution(on: boolean): void {
    if (!solutionBtn || config.solution === null) return;
    solutionBtn.setAttribute('aria-pressed', String(on));
    solutionBtn.textContent = on ? 'Back to my Dockerfile' : 'Show the solution';
    root.dataset.solution = String(on);
    editor.setReadOnly(on);
  }
  solutionBtn?.addEventListener('click', () => {
    const on = solutionBtn.getAttribute('aria-pressed') !== 'true';
    if (on) {
      learnerDockerfile = state.dockerfile;
      state.dockerfile = config.solution ?? state.dockerfile;
    } else {
      state.dockerfile = learnerDockerfile ?? state.dockerfile;
      learnerDockerfile = null;
    }
    editor.setValue(state.dockerfile);
    setSolution(on);
    message(on ? 'Showing the solution (read-only). Your Dockerfile is kept: press “Back to my Dockerfile”.' : 'Back to your Dockerfile.');
    run();
  });

  /** After the state was replaced wholesale (a link, a reset). */
  function reload(): void {
    editor.setValue(state.dockerfile);
    ctx.refresh();
    run();
  }
  addEventListener('hashchange', () => void loadFromHash().then((changed) => changed && reload()));

  root.dataset.ready = 'true';
  // The engine (its worker and the image catalog, ~200 KB) loads only when the playground comes
  // near the viewport or the learner touches it, not with the page.
  function start(): void {
    if (started) return;
    if (config.share && readHash(location.hash, config.id) !== null) void loadFromHash().then(reload);
    else run();
  }
  if (config.share && readHash(location.hash, config.id) !== null) start();
  else if (typeof IntersectionObserver === 'undefined') start();
  else {
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        start();
      }
    }, { rootMargin: '400px' });
    io.observe(root);
    root.addEventListener('pointerdown', start, { once: true });
    root.addEventListener('focusin', start, { once: true });
  }
}
