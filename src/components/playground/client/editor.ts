// The Dockerfile editor. Until the learner wants it (focus, a click, or scrolling near it),
// it is the static, build-time Shiki rendering; nothing of Monaco is loaded. Then Monaco is
// imported, mounted in place, and given the text, the markers and the cursor line.
import type { Marker } from '../model/markers';
import type { MonacoHandle } from '../editor/monaco';
import { fill, h } from './dom';

const KEYWORDS = new Set('FROM RUN CMD LABEL EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD STOPSIGNAL HEALTHCHECK SHELL MAINTAINER AS'.split(' '));

export interface EditorApi {
  value(): string;
  /** Replaces the text (reset, shared link, solution) without reporting a change. */
  setValue(v: string): void;
  setMarkers(markers: Marker[]): void;
  goto(line: number): void;
  setReadOnly(ro: boolean): void;
  /** Loads Monaco now (used by "go to line" and the context editor's Dockerfile row). */
  activate(): Promise<void>;
}

export interface EditorOptions {
  /** The element with the static copy ([data-pg-static]) inside. */
  host: HTMLElement;
  value: string;
  label: string;
  onChange(value: string): void;
  onStatus(text: string): void;
}

export function createEditor(o: EditorOptions): EditorApi {
  let value = o.value;
  let markers: Marker[] = [];
  let readOnly = false;
  let monaco: MonacoHandle | null = null;
  let loading: Promise<void> | null = null;
  let pendingLine: number | null = null;
  let wantFocus = false;
  const staticEl = o.host.querySelector<HTMLElement>('[data-pg-static]')!;

  /** Lines for the static view once the text differs from the build-time copy: comments and instruction keywords marked, the rest plain text. */
  function renderPlain(): void {
    const line = (l: string) => {
      if (/^\s*#/.test(l)) return h('span', { class: 'line pg-t-comment' }, l);
      const m = /^(\s*)([A-Za-z]+)(\b.*)$/.exec(l);
      return m && KEYWORDS.has(m[2]!.toUpperCase()) ? h('span', { class: 'line' }, m[1], h('span', { class: 'pg-t-kw' }, m[2]), m[3]) : h('span', { class: 'line' }, l);
    };
    const pre = h('pre', { class: 'pg-plain' }, h('code', null, value.split('\n').map((l, i) => [i ? '\n' : '', line(l)])));
    fill(staticEl, pre);
    markStatic();
  }

  function markStatic(): void {
    const lines = staticEl.querySelectorAll<HTMLElement>('.line');
    const byLine = new Map<number, Marker>();
    for (const m of markers) if (m.severity === 'error' || !byLine.has(m.line)) byLine.set(m.line, m);
    lines.forEach((el, i) => {
      const m = byLine.get(i + 1);
      el.classList.toggle('pg-line-error', m?.severity === 'error');
      el.classList.toggle('pg-line-warning', m !== undefined && m.severity !== 'error');
      if (m) el.setAttribute('title', m.message);
      else el.removeAttribute('title');
    });
  }

  function activate(): Promise<void> {
    if (loading) return loading;
    o.onStatus('Loading the editor…');
    o.host.classList.add('pg-editor-loading');
    loading = import('../editor/monaco')
      .then((m) => {
        const mount = h('div', { class: 'pg-monaco', 'data-testid': 'editor-monaco' });
        o.host.append(mount);
        monaco = m.mountMonaco(mount, {
          value,
          label: o.label,
          readOnly,
          onChange(v) {
            value = v;
            o.onChange(v);
          },
        });
        monaco.setMarkers(markers);
        // Take the focus only if it is still on the static copy: a learner who tabbed on while
        // Monaco loaded keeps their place (and is not pulled back into an editor where Tab indents).
        const focusHere = wantFocus && (document.activeElement === staticEl || document.activeElement === document.body);
        staticEl.remove();
        o.host.classList.remove('pg-editor-loading');
        o.host.dataset.state = 'monaco';
        if (pendingLine !== null) monaco.goto(pendingLine);
        else if (focusHere) monaco.focus();
        pendingLine = null;
        o.onStatus('');
      })
      .catch((err: unknown) => {
        // Offline or blocked: fall back to a plain textarea, so the playground still works.
        o.host.classList.remove('pg-editor-loading');
        const ta = h('textarea', { class: 'pg-fallback', spellcheck: 'false', 'aria-label': o.label, 'data-testid': 'editor-fallback' });
        ta.value = value;
        ta.readOnly = readOnly;
        ta.addEventListener('input', () => {
          value = ta.value;
          o.onChange(value);
        });
        staticEl.replaceWith(ta);
        o.host.dataset.state = 'fallback';
        o.onStatus(`The code editor could not load (${err instanceof Error ? err.message : String(err)}); using a plain text box.`);
        fallback = ta;
      });
    return loading;
  }
  let fallback: HTMLTextAreaElement | null = null;

  // Triggers: focus (keyboard or click), a click (which also picks the line), or scrolling near the editor.
  const want = (focus: boolean, line?: number) => {
    wantFocus ||= focus;
    if (line !== undefined) pendingLine = line;
    void activate();
  };
  staticEl.addEventListener('focus', () => want(true), { once: true });
  staticEl.addEventListener('pointerdown', (e) => {
    const line = (e.target as Element).closest?.('.line');
    const all = [...staticEl.querySelectorAll('.line')];
    want(true, line ? all.indexOf(line) + 1 : undefined);
  });
  if (typeof IntersectionObserver !== 'undefined') {
    let scrolled = false;
    const onScroll = () => (scrolled = true);
    addEventListener('scroll', onScroll, { passive: true, once: true });
    const io = new IntersectionObserver(
      (entries) => {
        // Only a scroll brings Monaco in: an editor already visible at load waits for the learner.
        if (entries.some((e) => e.isIntersecting) && scrolled) {
          io.disconnect();
          want(false);
        }
      },
      { rootMargin: '200px 0px' },
    );
    io.observe(o.host);
  }

  return {
    value: () => value,
    setValue(v) {
      value = v;
      if (monaco) monaco.setValue(v);
      else if (fallback) fallback.value = v;
      else renderPlain();
    },
    setMarkers(ms) {
      markers = ms;
      if (monaco) monaco.setMarkers(ms);
      else markStatic();
    },
    goto(line) {
      if (monaco) monaco.goto(line);
      else if (fallback) {
        const lines = fallback.value.split('\n');
        const at = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
        fallback.focus();
        fallback.setSelectionRange(at, at + (lines[line - 1]?.length ?? 0));
      } else want(true, line);
    },
    setReadOnly(ro) {
      readOnly = ro;
      monaco?.setReadOnly(ro);
      if (fallback) fallback.readOnly = ro;
    },
    activate,
  };
}
