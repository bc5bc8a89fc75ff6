// Language Server Protocol shapes (from dockerfile-language-service) to Monaco's. Takes the
// Monaco namespace as a parameter so the mapping stays testable without a browser.
import type * as Monaco from 'monaco-editor/editor';
import type { CompletionItem, MarkedString, MarkupContent } from 'vscode-languageserver-types';

type M = Pick<typeof Monaco, 'languages' | 'Range'>;

/** LSP CompletionItemKind (1-based) → Monaco's enum member name. */
const KIND: Record<number, keyof typeof Monaco.languages.CompletionItemKind> = {
  1: 'Text', 2: 'Method', 3: 'Function', 4: 'Constructor', 5: 'Field', 6: 'Variable', 7: 'Class', 8: 'Interface', 9: 'Module',
  10: 'Property', 11: 'Unit', 12: 'Value', 13: 'Enum', 14: 'Keyword', 15: 'Snippet', 16: 'Color', 17: 'File', 18: 'Reference',
  19: 'Folder', 20: 'EnumMember', 21: 'Constant', 22: 'Struct', 23: 'Event', 24: 'Operator', 25: 'TypeParameter',
};

export function toMonacoHover(doc: string | MarkupContent | MarkedString | undefined | null): Monaco.IMarkdownString | null {
  if (doc === undefined || doc === null) return null;
  if (typeof doc === 'string') return doc ? { value: escapeMarkdown(doc) } : null;
  if ('kind' in doc) return doc.kind === 'markdown' ? { value: doc.value } : { value: escapeMarkdown(doc.value) };
  return { value: `\`\`\`${doc.language}\n${doc.value}\n\`\`\`` };
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

export function toMonacoCompletion(monaco: M, item: CompletionItem, fallback: Monaco.IRange): Monaco.languages.CompletionItem & { lsp: CompletionItem } {
  const edit = item.textEdit;
  let range: Monaco.IRange = fallback;
  let insertText = item.insertText ?? item.label;
  if (edit) {
    const r = 'range' in edit ? edit.range : edit.replace;
    range = new monaco.Range(r.start.line + 1, r.start.character + 1, r.end.line + 1, r.end.character + 1);
    insertText = edit.newText;
  }
  const kindName = KIND[item.kind ?? 1] ?? 'Text';
  return {
    label: item.label,
    kind: monaco.languages.CompletionItemKind[kindName],
    insertText,
    range,
    ...(item.insertTextFormat === 2 ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet } : {}),
    ...(item.detail ? { detail: item.detail } : {}),
    ...(item.documentation ? { documentation: toMonacoHover(item.documentation) ?? undefined } : {}),
    ...(item.filterText ? { filterText: item.filterText } : {}),
    ...(item.sortText ? { sortText: item.sortText } : {}),
    ...(item.deprecated || item.tags?.includes(1) ? { tags: [1] } : {}),
    lsp: item,
  };
}
