// Monaco for the Dockerfile, loaded on demand (this module and everything it imports, CSS
// included, is a separate chunk). Completion and hover come from dockerfile-language-service;
// markers come from the BuildResult (error, lint, findings) via model/markers.
import '../../../lib/buffer-shim';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/suggest/register';
// features/suggest/register (0.57) leaves out the suggest widget's controller itself.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/languages/definitions/dockerfile/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import type { Marker } from '../model/markers';
import { toMonacoCompletion, toMonacoHover } from './lsp';

export interface MonacoHandle {
  getValue(): string;
  setValue(v: string): void;
  setMarkers(ms: Marker[]): void;
  goto(line: number): void;
  setReadOnly(ro: boolean): void;
  focus(): void;
}

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

let providersReady = false;
function registerProviders(): void {
  if (providersReady) return;
  providersReady = true;
  const service = DockerfileLanguageServiceFactory.createLanguageService();
  service.setCapabilities({
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], deprecatedSupport: true } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  });
  monaco.languages.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: [' ', '-', '=', '$', '{', ':', '/'],
    async provideCompletionItems(model, position) {
      const items = await service.computeCompletionItems(model.getValue(), { line: position.lineNumber - 1, character: position.column - 1 });
      const word = model.getWordUntilPosition(position);
      const fallback = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, position.column);
      return { suggestions: items.map((i) => toMonacoCompletion(monaco, i, fallback)) };
    },
    resolveCompletionItem(item) {
      const lsp = (item as { lsp?: Parameters<typeof service.resolveCompletionItem>[0] }).lsp;
      if (!lsp) return item;
      const resolved = service.resolveCompletionItem(lsp);
      const doc = toMonacoHover(resolved.documentation);
      return doc ? { ...item, documentation: doc } : item;
    },
  });
  monaco.languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const hover = service.computeHover(model.getValue(), { line: position.lineNumber - 1, character: position.column - 1 });
      if (!hover) return null;
      const contents = (Array.isArray(hover.contents) ? hover.contents : [hover.contents]).map(toMonacoHover).filter((c): c is monaco.IMarkdownString => c !== null);
      const r = hover.range;
      return {
        contents,
        ...(r ? { range: new monaco.Range(r.start.line + 1, r.start.character + 1, r.end.line + 1, r.end.character + 1) } : {}),
      };
    },
  });
}

function isDark(): boolean {
  const t = document.documentElement.dataset.theme;
  return t ? t === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

// Monaco's own themes with two contrast fixes (WCAG AA, found by axe in tests/e2e/axe.test.ts):
// vs-dark's comments (#608b4e on #1e1e1e, 4.2:1) and the dimmed number of the final empty line
// (40 % of the line-number colour: 1.75:1 in vs, 1.79:1 in vs-dark) get the line numbers' colours.
monaco.editor.defineTheme('stagecraft-light', { base: 'vs', inherit: true, rules: [], colors: { 'editorLineNumber.dimmedForeground': '#237893' } });
monaco.editor.defineTheme('stagecraft-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '6a9955' }],
  colors: { 'editorLineNumber.dimmedForeground': '#858585' },
});
const themeName = () => (isDark() ? 'stagecraft-dark' : 'stagecraft-light');

function followTheme(): void {
  const apply = () => monaco.editor.setTheme(themeName());
  new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);
  apply();
}
let themed = false;

const SEVERITY = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info } as const;

export function mountMonaco(el: HTMLElement, o: { value: string; label: string; readOnly: boolean; onChange(v: string): void }): MonacoHandle {
  registerProviders();
  if (!themed) (themed = true), followTheme();
  const model = monaco.editor.createModel(o.value, 'dockerfile');
  const editor = monaco.editor.create(el, {
    model,
    ariaLabel: o.label,
    readOnly: o.readOnly,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace",
    lineHeight: 21,
    tabSize: 4,
    renderLineHighlight: 'line',
    fixedOverflowWidgets: true,
    wordWrap: 'off',
    accessibilitySupport: 'auto',
    padding: { top: 8, bottom: 8 },
    theme: themeName(),
  });
  let quiet = false;
  model.onDidChangeContent(() => {
    if (!quiet) o.onChange(model.getValue());
  });
  return {
    getValue: () => model.getValue(),
    setValue(v) {
      if (v === model.getValue()) return;
      quiet = true;
      model.setValue(v);
      quiet = false;
    },
    setMarkers(ms) {
      monaco.editor.setModelMarkers(
        model,
        'stagecraft',
        ms.map((m) => ({
          severity: SEVERITY[m.severity],
          message: m.message,
          source: m.source,
          ...(m.code ? { code: m.code } : {}),
          startLineNumber: Math.min(m.line, model.getLineCount()),
          startColumn: 1,
          endLineNumber: Math.min(m.endLine, model.getLineCount()),
          endColumn: model.getLineMaxColumn(Math.min(m.endLine, model.getLineCount())),
        })),
      );
    },
    goto(line) {
      const l = Math.min(Math.max(1, line), model.getLineCount());
      el.scrollIntoView({ block: 'nearest' });
      editor.revealLineInCenter(l);
      editor.setSelection(new monaco.Range(l, 1, l, model.getLineMaxColumn(l)));
      editor.focus();
    },
    setReadOnly(ro) {
      editor.updateOptions({ readOnly: ro });
    },
    focus: () => editor.focus(),
  };
}
