// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { LESSON_SHIKI_THEMES, transformerLessonCode } from './src/lessons/shiki-transformers.ts';

// Cross-origin isolation: WebContainers (used later by the playground) need
// SharedArrayBuffer, which browsers only enable on cross-origin-isolated pages.
// Applied by both `astro dev` and `astro preview`; the production host must
// send the same two headers.
const crossOriginIsolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Monaco's ESM files import their CSS. Astro would hoist that CSS into the page's <head> as a
 * render-blocking stylesheet, although Monaco itself is only loaded when the learner wants the
 * editor. This plugin turns each of those imports into a string (`?inline`) that is injected as a
 * <style> when the Monaco chunk runs, so Monaco's CSS arrives with Monaco. (Build only: the dev
 * server already injects CSS from JavaScript.)
 * @returns {import('vite').Plugin}
 */
function monacoCssWithMonaco() {
  const VIRTUAL = 'virtual:stagecraft-inject-css';
  return {
    name: 'stagecraft:monaco-css-with-monaco',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load: (id) =>
      id === `\0${VIRTUAL}`
        ? // One <style> for the whole chunk: the sheets are collected while its modules run.
          'let q = []; export default function inject(css) { if (!q.length) queueMicrotask(() => { const s = document.createElement("style"); s.dataset.monaco = ""; s.textContent = q.join("\\n"); q = []; document.head.append(s); }); q.push(css); }'
        : undefined,
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]monaco-editor[\\/].*\.js$/.test(id)) return;
      let n = 0;
      const out = code.replace(/^import\s+(['"])([^'"]+\.css)\1;?[ \t]*$/gm, (_all, _q, spec) => {
        const name = `__stagecraftCss${n++}`;
        return `import ${name} from ${JSON.stringify(`${spec}?inline`)}; __stagecraftInjectCss(${name});`;
      });
      if (n === 0) return;
      return { code: `import __stagecraftInjectCss from '${VIRTUAL}';\n${out}`, map: null };
    },
  };
}

export default defineConfig({
  output: 'static',
  srcDir: './src',
  publicDir: './public',
  integrations: [mdx()],
  server: {
    headers: crossOriginIsolation,
  },
  // Code fences in lessons: light and dark themes as CSS variables (src/styles/lesson.css picks one
  // per theme), line highlights and a diff notation (src/lessons/shiki-transformers.ts).
  markdown: {
    shikiConfig: {
      themes: LESSON_SHIKI_THEMES,
      defaultColor: false,
      transformers: [transformerLessonCode()],
    },
  },
  // The playground runs the engine and Monaco in the browser (see src/components/playground/).
  vite: {
    plugins: [monacoCssWithMonaco()],
    resolve: {
      alias: [
        // @balena/dockerignore (the engine's context rules) requires Node's 'path'.
        { find: /^path$/, replacement: 'path-browserify' },
        // dockerfile-language-service requires Node's 'https' for Docker Hub tag completion;
        // the playground has no network, so a stub fails those requests at once.
        { find: /^https$/, replacement: fileURLToPath(new URL('./src/lib/https-stub.ts', import.meta.url)) },
      ],
    },
    // The engine worker and Monaco's worker are ES modules (code-split chunks).
    worker: { format: 'es' },
    // Dev server: pre-bundle what the lazily loaded editor imports (see editor/monaco.ts), so the
    // first click on the editor does not make Vite re-optimize and reload the page.
    optimizeDeps: {
      include: [
        'dockerfile-ast',
        '@balena/dockerignore',
        'dockerfile-language-service',
        'monaco-editor/editor',
        'monaco-editor/editor/contrib/suggest/browser/suggestController.js',
        'monaco-editor/languages/definitions/dockerfile/register',
        ...['hover', 'suggest', 'snippet', 'find', 'comment', 'clipboard', 'gotoError', 'bracketMatching', 'linesOperations', 'multicursor', 'wordOperations', 'toggleTabFocusMode', 'readOnlyMessage'].map(
          (f) => `monaco-editor/features/${f}/register`,
        ),
      ],
    },
  },
});
