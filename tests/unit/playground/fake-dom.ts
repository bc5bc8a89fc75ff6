// A minimal document for rendering tests in Node. It refuses innerHTML / outerHTML /
// insertAdjacentHTML outright, so a renderer that used them with user data would fail here, and it
// serializes with proper escaping so tests can check that payloads stay text.
/* eslint-disable @typescript-eslint/no-explicit-any */

export class FakeNode {
  childNodes: FakeNode[] = [];
  parentNode: FakeNode | null = null;
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  appendChild(c: FakeNode): FakeNode {
    c.parentNode?.removeChild(c);
    c.parentNode = this;
    this.childNodes.push(c);
    return c;
  }
  append(...cs: (FakeNode | string)[]): void {
    for (const c of cs) this.appendChild(typeof c === 'string' ? new FakeText(c) : c);
  }
  prepend(...cs: FakeNode[]): void {
    for (const c of cs.reverse()) {
      c.parentNode = this;
      this.childNodes.unshift(c);
    }
  }
  removeChild(c: FakeNode): FakeNode {
    this.childNodes = this.childNodes.filter((x) => x !== c);
    c.parentNode = null;
    return c;
  }
  remove(): void {
    this.parentNode?.removeChild(this);
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(v: string) {
    this.childNodes = [];
    if (v) this.appendChild(new FakeText(v));
  }
}

export class FakeText extends FakeNode {
  constructor(public data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
}

export class FakeElement extends FakeNode {
  attributes = new Map<string, string>();
  listeners: string[] = [];
  style = { props: new Map<string, string>(), setProperty(k: string, v: string) { this.props.set(k, v); } };
  constructor(public tagName: string, public ns: string | null = null) {
    super();
  }
  setAttribute(k: string, v: string): void {
    this.attributes.set(k, String(v));
  }
  getAttribute(k: string): string | null {
    return this.attributes.get(k) ?? null;
  }
  removeAttribute(k: string): void {
    this.attributes.delete(k);
  }
  addEventListener(type: string): void {
    this.listeners.push(type);
  }
  querySelector(): null {
    return null;
  }
  querySelectorAll(): FakeElement[] {
    return [];
  }
  getBoundingClientRect() {
    return { width: 0, height: 0, left: 0, top: 0, right: 0, bottom: 0 };
  }
  set innerHTML(_v: string) {
    throw new Error('innerHTML used');
  }
  set outerHTML(_v: string) {
    throw new Error('outerHTML used');
  }
  insertAdjacentHTML(): void {
    throw new Error('insertAdjacentHTML used');
  }
}

export const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag.toLowerCase()),
  createElementNS: (ns: string, tag: string) => new FakeElement(tag, ns),
  createTextNode: (t: string) => new FakeText(t),
} as any;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => esc(s).replace(/"/g, '&quot;');

export function serialize(n: FakeNode): string {
  if (n instanceof FakeText) return esc(n.data);
  if (n instanceof FakeElement) {
    const attrs = [...n.attributes].map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('');
    return `<${n.tagName}${attrs}>${n.childNodes.map(serialize).join('')}</${n.tagName}>`;
  }
  return n.childNodes.map(serialize).join('');
}

export function allElements(n: FakeNode): FakeElement[] {
  const out: FakeElement[] = [];
  const walk = (x: FakeNode) => {
    if (x instanceof FakeElement) out.push(x);
    x.childNodes.forEach(walk);
  };
  walk(n);
  return out;
}
