// Highlighting for <CodeBlock> (code read from the example projects), with the same themes and
// transformer as the Markdown fences in astro.config.mjs, and the same markup (class astro-code,
// data-language), so src/styles/lesson.css styles both alike.
import { codeToHtml, type ShikiTransformer } from 'shiki';
import { LESSON_SHIKI_THEMES, transformerLessonCode } from './shiki-transformers';

const astroMarkup: ShikiTransformer = {
  name: 'stagecraft:astro-markup',
  pre(node) {
    const cls = node.properties.class;
    node.properties.class = (Array.isArray(cls) ? cls.join(' ') : String(cls ?? '')).replace(/\bshiki\b/g, 'astro-code');
    node.properties['data-language'] = this.options.lang;
  },
};

/** Highlights code; `meta` is a fence meta string such as '{3} ins={5-6} title="Dockerfile"'. */
export function highlight(code: string, lang: string, meta?: string): Promise<string> {
  return codeToHtml(code.replace(/\n$/, ''), {
    lang,
    themes: LESSON_SHIKI_THEMES,
    defaultColor: false,
    meta: meta ? { __raw: meta } : undefined,
    transformers: [astroMarkup, transformerLessonCode()],
  });
}
