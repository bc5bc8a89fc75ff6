// The environment (ENV and ARG values) of a stage, built so that what every RUN step derives from
// it costs the same however many variables there are: its digest for the cache key is kept up
// to date write by write, the environment a step saw is rebuilt only when a cache-miss reason
// asks for it, and a RUN's own copy is made only if the script writes to it.

/** The digest term of one entry at its position (two 32-bit FNV-style lanes). */
function term(position: number, key: string, value: string): [number, number] {
  let h1 = (0x811c9dc5 ^ position) >>> 0;
  let h2 = (0x01000193 ^ Math.imul(position, 0x9e3779b1)) >>> 0;
  const mix = (c: number) => {
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  };
  for (let i = 0; i < key.length; i++) mix(key.charCodeAt(i));
  mix(0x3d); // '=' ends the key, so A=BC and AB=C differ.
  for (let i = 0; i < value.length; i++) mix(value.charCodeAt(i));
  return [h1 >>> 0, h2 >>> 0];
}

function format(count: number, a: number, b: number): string {
  return `${count}:${a}:${b}`;
}

/**
 * The digest of an environment, entries in order: the same entries in the same order give the
 * same digest. It is a sum of per-entry terms, so one write updates it without a rescan.
 */
export function envDigest(entries: Iterable<readonly [string, string]>): string {
  let a = 0;
  let b = 0;
  let n = 0;
  for (const [k, v] of entries) {
    const [x, y] = term(n++, k, v);
    a = (a + x) >>> 0;
    b = (b + y) >>> 0;
  }
  return format(n, a, b);
}

/** A stage's environment: a Map that keeps its digest current and remembers its writes. */
export class EnvMap extends Map<string, string> {
  /** Every write in order, the constructor's entries first (null: a delete). */
  private readonly writes: [string, string | null][] = [];
  /**
   * The digest's running sums and each key's position, kept from the first digest() on; null
   * before it and after a delete (counted from the entries on demand).
   */
  private sums: { a: number; b: number; position: Map<string, number> } | null = null;
  private lastDigest: { version: number; extra: readonly [string, string] | null; value: string } | null = null;

  constructor(entries?: Iterable<readonly [string, string]>) {
    super();
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  /** Bumped by every write. */
  get version(): number {
    return this.writes.length;
  }

  override set(key: string, value: string): this {
    const s = this.sums;
    if (s) {
      const at = s.position.get(key);
      if (at === undefined) {
        s.position.set(key, s.position.size);
        this.add(term(s.position.size - 1, key, value), 1);
      } else {
        this.add(term(at, key, super.get(key)!), -1);
        this.add(term(at, key, value), 1);
      }
    }
    this.writes.push([key, value]);
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.writes.push([key, null]);
    this.sums = null;
    return super.delete(key);
  }

  override clear(): void {
    for (const k of this.keys()) this.writes.push([k, null]);
    this.sums = null;
    super.clear();
  }

  /** envDigest of the entries, plus `extra` appended when given (a key not in the map). */
  digest(extra: readonly [string, string] | null = null): string {
    // Steps in a row ask for the same digest until the next write.
    const memo = this.lastDigest;
    if (memo && memo.version === this.version && memo.extra?.[0] === extra?.[0] && memo.extra?.[1] === extra?.[1]) return memo.value;
    const value = this.computeDigest(extra);
    this.lastDigest = { version: this.version, extra, value };
    return value;
  }

  private computeDigest(extra: readonly [string, string] | null): string {
    if (!this.sums) {
      this.sums = { a: 0, b: 0, position: new Map() };
      let n = 0;
      for (const [k, v] of this) {
        this.sums.position.set(k, n);
        this.add(term(n++, k, v), 1);
      }
    }
    const { a, b } = this.sums;
    if (!extra) return format(this.size, a, b);
    const [x, y] = term(this.size, extra[0], extra[1]);
    return format(this.size + 1, (a + x) >>> 0, (b + y) >>> 0);
  }

  /** The entries as they were at a version, in order. */
  entriesAt(version: number): [string, string][] {
    const m = new Map<string, string>();
    for (let i = 0; i < version && i < this.writes.length; i++) {
      const [k, v] = this.writes[i]!;
      if (v === null) m.delete(k);
      else m.set(k, v);
    }
    return [...m];
  }

  private add([x, y]: [number, number], sign: 1 | -1): void {
    const s = this.sums!;
    s.a = (s.a + sign * x) >>> 0;
    s.b = (s.b + sign * y) >>> 0;
  }
}

/** envDigest of any Map, plus `extra` appended (a key not in it). */
export function digestOf(env: Map<string, string>, extra: readonly [string, string] | null = null): string {
  if (env instanceof EnvMap) return env.digest(extra);
  return envDigest(extra ? [...env, extra] : env);
}

/** The entries a Map holds now, or held at `version` for an EnvMap (read later, lazily). */
export function entriesLater(env: Map<string, string>): () => [string, string][] {
  if (!(env instanceof EnvMap)) {
    const now = [...env];
    return () => now;
  }
  const version = env.version;
  let entries: [string, string][] | null = null;
  return () => (entries ??= env.entriesAt(version));
}

/**
 * A RUN's environment: reads go to the stage's environment until the script first writes
 * (`export`, `A=1`), which makes it a copy. Most scripts never write, so most steps copy nothing.
 */
export class RunEnv extends Map<string, string> {
  private base: ReadonlyMap<string, string> | null;
  /** Writes made to this environment. */
  writes = 0;

  constructor(base: ReadonlyMap<string, string>) {
    super();
    this.base = base;
  }

  private own(): void {
    const b = this.base;
    if (!b) return;
    this.base = null;
    for (const [k, v] of b) super.set(k, v);
  }

  override get(key: string): string | undefined {
    return this.base ? this.base.get(key) : super.get(key);
  }
  override has(key: string): boolean {
    return this.base ? this.base.has(key) : super.has(key);
  }
  override get size(): number {
    return this.base ? this.base.size : super.size;
  }
  override set(key: string, value: string): this {
    this.own();
    this.writes++;
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.own();
    this.writes++;
    return super.delete(key);
  }
  override clear(): void {
    this.base = null;
    this.writes++;
    super.clear();
  }
  override forEach(fn: (value: string, key: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    if (this.base) this.base.forEach((v, k) => fn.call(thisArg, v, k, this));
    else super.forEach(fn, thisArg);
  }
  override keys(): MapIterator<string> {
    return this.base ? (this.base.keys() as MapIterator<string>) : super.keys();
  }
  override values(): MapIterator<string> {
    return this.base ? (this.base.values() as MapIterator<string>) : super.values();
  }
  override entries(): MapIterator<[string, string]> {
    return this.base ? (this.base.entries() as MapIterator<[string, string]>) : super.entries();
  }
  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
}
