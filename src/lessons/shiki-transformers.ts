// Shiki transformers for the lessons' static code blocks (Markdown/MDX fences through
// astro.config.mjs, and <CodeBlock> through src/lessons/highlight.ts). @shikijs/transformers is not
// a dependency, so this is a small version of its notation and meta-highlight transformers:
//
// 1. Notation comments at the end of a line (any of #, //, --, ;, <!-- -->):
//
//      FROM golang:1.23                 # [!code --]
//      FROM golang:1.23 AS build        # [!code ++]
//      RUN CGO_ENABLED=0 go build …     # [!code highlight]
//
//    `[!code ++]` marks an added line, `[!code --]` a removed one, `[!code highlight]` (or `hl`)
//    a highlighted one; `[!code ++:3]` marks 3 lines from there. The comment is removed from the
//    shown code. A comment alone on its line is removed with its line and marks the next line(s).
//
// 2. The fence's meta string: ```dockerfile {2,5-7} ins={9-10} del={3} title="Dockerfile.multi"
//    `{…}` highlights lines, `ins={…}` / `del={…}` mark them added / removed, `title="…"` puts a
//    caption above the block. Line numbers count the shown lines (after notation lines are removed).
//
// Output: each marked line gets `highlighted` or `diff add` / `diff remove`; the <pre> gets
// `has-highlighted` / `has-diff`; with a title, the <pre> is wrapped in
// <figure class="code-figure"><figcaption>title</figcaption><pre>…</pre></figure>.
// The look lives in src/styles/lesson.css.
import type { Element } from 'hast';
import type { ShikiTransformer } from 'shiki';

export type LineMark = 'add' | 'remove' | 'highlight';

/** "1,3-5" → {1,3,4,5}. Throws on anything else, so a typo fails the build. */
export function parseLineRanges(spec: string): Set<number> {
  const out = new Set<number>();
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) throw new Error(`Bad line range "${part}" in "${spec}"`);
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (from < 1 || to < from) throw new Error(`Bad line range "${part}" in "${spec}"`);
    for (let i = from; i <= to; i++) out.add(i);
  }
  return out;
}

export interface CodeMeta {
  highlight: Set<number>;
  add: Set<number>;
  remove: Set<number>;
  title?: string;
}

/** Reads a fence's meta string (see the header). Unknown words are ignored. */
export function parseCodeMeta(raw: string | undefined): CodeMeta {
  const meta: CodeMeta = { highlight: new Set(), add: new Set(), remove: new Set() };
  if (!raw) return meta;
  const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(raw);
  if (title) meta.title = title[1] ?? title[2];
  const rest = raw.replace(/(?:^|\s)title=(?:"[^"]*"|'[^']*')/, ' ');
  for (const m of rest.matchAll(/(?:^|\s)(ins=|del=)?\{([^}]*)\}/g)) {
    const lines = parseLineRanges(m[2]!);
    const into = m[1] === 'ins=' ? meta.add : m[1] === 'del=' ? meta.remove : meta.highlight;
    for (const l of lines) into.add(l);
  }
  return meta;
}

const NOTATION = /\s*(?:#|\/\/|--|;|<!--)\s*\[!code\s+(\+\+|--|highlight|hl)(?::(\d+))?\]\s*(?:-->)?\s*$/;

const KIND: Record<string, LineMark> = { '++': 'add', '--': 'remove', highlight: 'highlight', hl: 'highlight' };

/** Strips notation comments; returns the shown code and the marks by shown line (1-based). */
export function stripNotation(code: string): { code: string; marks: Map<number, LineMark> } {
  const marks = new Map<number, LineMark>();
  const out: string[] = [];
  let pending: { kind: LineMark; count: number } | null = null;
  for (const line of code.split('\n')) {
    const m = NOTATION.exec(line);
    const text = m ? line.slice(0, m.index) : line;
    if (m && text.trim() === '') {
      // A notation alone on its line marks the line(s) after it.
      pending = { kind: KIND[m[1]!]!, count: m[2] ? Number(m[2]) : 1 };
      continue;
    }
    out.push(text);
    const n = out.length;
    if (m) {
      const count = m[2] ? Number(m[2]) : 1;
      for (let i = 0; i < count; i++) marks.set(n + i, KIND[m[1]!]!);
    } else if (pending) {
      marks.set(n, pending.kind);
      if (--pending.count === 0) pending = null;
    }
  }
  return { code: out.join('\n'), marks };
}

interface State {
  marks: Map<number, LineMark>;
}
const STATE = Symbol('stagecraft-lesson-code');

function state(ctx: { meta: object }): State {
  const m = ctx.meta as { [STATE]?: State };
  return (m[STATE] ??= { marks: new Map() });
}

/** The one transformer lessons use: notation comments, the meta string, and the title. */
export function transformerLessonCode(): ShikiTransformer {
  return {
    name: 'stagecraft:lesson-code',
    preprocess(code, options) {
      const { code: shown, marks } = stripNotation(code);
      const meta = parseCodeMeta((options.meta as { __raw?: string } | undefined)?.__raw);
      // The meta string adds to the notation; on a clash, diff marks win over highlight.
      for (const l of meta.highlight) if (!marks.has(l)) marks.set(l, 'highlight');
      for (const l of meta.add) marks.set(l, 'add');
      for (const l of meta.remove) marks.set(l, 'remove');
      state(this).marks = marks;
      return shown;
    },
    line(node, line) {
      const mark = state(this).marks.get(line);
      if (!mark) return;
      this.addClassToHast(node, mark === 'highlight' ? 'highlighted' : ['diff', mark]);
      if (mark !== 'highlight') node.properties['data-diff'] = mark === 'add' ? '+' : '-';
    },
    pre(node) {
      const kinds = new Set(state(this).marks.values());
      if (kinds.has('highlight')) this.addClassToHast(node, 'has-highlighted');
      if (kinds.has('add') || kinds.has('remove')) this.addClassToHast(node, 'has-diff');
    },
    root(root) {
      const title = parseCodeMeta((this.options.meta as { __raw?: string } | undefined)?.__raw).title;
      if (!title) return;
      const pre = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
      if (!pre) return;
      root.children = [
        {
          type: 'element',
          tagName: 'figure',
          properties: { class: 'code-figure' },
          children: [{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] }, pre],
        },
      ];
    },
  };
}

/**
 * Themes shared by Markdown fences (astro.config.mjs) and <CodeBlock>. Chosen for contrast: every
 * token colour is 4.5:1 or more on the theme's background and on the highlight / added / removed
 * line backgrounds of lesson.css (github-light's comments are 3.1:1, github-light-default's 4.0:1
 * on a tinted line; github-dark's 3.1:1).
 */
export const LESSON_SHIKI_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-default' } as const;
