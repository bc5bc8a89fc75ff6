// A tiny DOM builder for the panels. User data (Dockerfile text, file names, messages) only ever
// becomes text nodes or attribute values: there is no innerHTML here, and attribute names that
// could run code (on*, srcdoc, href with javascript:) are refused.

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Attrs {
  [name: string]: string | number | boolean | null | undefined | EventListener | Record<string, string> | Partial<Record<string, EventListener>>;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

let doc: Document | null = null;
/** Tests swap in a fake document. */
export function setDocument(d: Document | null): void {
  doc = d;
}
function d(): Document {
  return doc ?? document;
}

function safeAttr(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (n.startsWith('on') || n === 'srcdoc' || n === 'innerhtml' || n === 'outerhtml') return false;
  if ((n === 'href' || n === 'src' || n === 'action' || n === 'xlink:href') && /^\s*(javascript|data|vbscript):/i.test(value)) return false;
  return true;
}

function build(el: Element, attrs: Attrs | null, children: Child[]): void {
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'on' && typeof v === 'object') {
        for (const [ev, fn] of Object.entries(v as Record<string, EventListener>)) el.addEventListener(ev, fn);
        continue;
      }
      if (k === 'style' && typeof v === 'object') {
        for (const [p, val] of Object.entries(v as Record<string, string>)) (el as HTMLElement).style.setProperty(p, val);
        continue;
      }
      const value = v === true ? '' : String(v);
      if (!safeAttr(k, value)) throw new Error(`refused attribute ${k}`);
      el.setAttribute(k, value);
    }
  }
  append(el, children);
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (typeof c === 'string' || typeof c === 'number') el.appendChild(d().createTextNode(String(c)));
    else el.appendChild(c);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = d().createElement(tag);
  build(el, attrs ?? null, children);
  return el;
}

export function svg(tag: string, attrs?: Attrs | null, ...children: Child[]): SVGElement {
  const el = d().createElementNS(SVG_NS, tag) as SVGElement;
  build(el, attrs ?? null, children);
  return el;
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}

/** Binds a keyed list of tabs to arrow keys, Home and End (WAI-ARIA tabs pattern, activation follows focus). */
export function tabKeys(tabs: HTMLElement[], select: (i: number) => void): void {
  tabs.forEach((tab, i) =>
    tab.addEventListener('keydown', (e) => {
      const k = (e as KeyboardEvent).key;
      let next = -1;
      if (k === 'ArrowRight') next = (i + 1) % tabs.length;
      else if (k === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
      else if (k === 'Home') next = 0;
      else if (k === 'End') next = tabs.length - 1;
      if (next < 0) return;
      e.preventDefault();
      select(next);
      tabs[next]!.focus();
    }),
  );
}
