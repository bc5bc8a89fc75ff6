import { h, type Child } from '../dom';

/** Text with `code spans` (as engine messages write them) as <code> elements; the rest stays text. */
export function richText(s: string): Child[] {
  return s.split(/`([^`]+)`/).map((part, i) => (i % 2 ? h('code', null, part) : part));
}

/** A button that moves the editor to a line. */
export function lineButton(line: number, goto: (line: number) => void, label = `line ${line}`): HTMLButtonElement {
  return h('button', { type: 'button', class: 'pg-line', 'data-line': line, on: { click: () => goto(line) } }, label);
}

export function empty(text: string): HTMLParagraphElement {
  return h('p', { class: 'pg-empty' }, text);
}

let uid = 0;
/** A unique id for label/for pairs. */
export function nextId(prefix: string): string {
  return `${prefix}-${++uid}`;
}

/** A labelled text filter input. */
export function filterInput(label: string, onInput: (v: string) => void): HTMLElement {
  const id = nextId('pg-filter');
  return h(
    'div',
    { class: 'pg-field' },
    h('label', { for: id }, label),
    h('input', { id, type: 'search', autocomplete: 'off', spellcheck: 'false', on: { input: (e) => onInput((e.target as HTMLInputElement).value) } }),
  );
}

/** A labelled checkbox. */
export function checkbox(label: string, checked: boolean, onChange: (v: boolean) => void): HTMLElement {
  const id = nextId('pg-check');
  return h(
    'div',
    { class: 'pg-check' },
    h('input', { id, type: 'checkbox', checked, on: { change: (e) => onChange((e.target as HTMLInputElement).checked) } }),
    h('label', { for: id }, label),
  );
}
