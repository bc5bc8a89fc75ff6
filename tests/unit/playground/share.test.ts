import { describe, expect, it } from 'vitest';
import { readHash, writeHash } from '../../../src/lib/hash';
import { decodeState, encodeState, filesProblem, LIMITS, pathProblem, validateWire, type PlaygroundState } from '../../../src/lib/share';

const state: PlaygroundState = {
  dockerfile: 'FROM scratch\nCOPY app /app\n',
  files: [
    { path: 'app', content: 'binary' },
    { path: '.dockerignore', content: '*.md\n' },
    { path: 'src/main.go', content: 'package main\n' },
  ],
  buildArgs: [{ key: 'VERSION', value: '1.2' }],
  secrets: [{ key: 'npm_token', value: 'hunter2-very-secret' }],
  target: 'build',
};

const wire = (over: Record<string, unknown> = {}) => ({ v: 1, d: 'FROM scratch\n', f: [], a: [], s: [], t: '', ...over });
/** Deflates any text the way a link does, to forge links with arbitrary content. */
async function deflate(text: string): Promise<string> {
  const buf = new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  return Buffer.from(buf).toString('base64url');
}
const link = (data: unknown) => deflate(JSON.stringify(data));

describe('share links: round trip', () => {
  it('encodes and decodes the whole state, except secret values', async () => {
    const enc = await encodeState(state);
    expect(enc.ok).toBe(true);
    if (!enc.ok) return;
    expect(enc.value).toMatch(/^[A-Za-z0-9_-]+$/);
    const dec = await decodeState(enc.value);
    expect(dec.ok).toBe(true);
    if (!dec.ok) return;
    expect(dec.value.dockerfile).toBe(state.dockerfile);
    expect(dec.value.files).toEqual(state.files);
    expect(dec.value.buildArgs).toEqual(state.buildArgs);
    expect(dec.value.target).toBe('build');
    // The id travels, the value never does.
    expect(dec.value.secrets).toEqual([{ key: 'npm_token', value: '' }]);
  });

  it('never puts a secret value in the link, in any form', async () => {
    const enc = await encodeState(state);
    if (!enc.ok) throw new Error(enc.error);
    expect(enc.value).not.toContain('hunter2');
    const raw = new TextDecoder().decode(
      await new Response(new Blob([Buffer.from(enc.value, 'base64url')]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer(),
    );
    expect(raw).toContain('npm_token');
    expect(raw).not.toContain('hunter2');
    const dec = await decodeState(enc.value);
    expect(JSON.stringify(dec)).not.toContain('hunter2');
  });

  it('keeps unicode and payload-looking text as data', async () => {
    const s: PlaygroundState = { ...state, dockerfile: 'FROM scratch\n# <script>alert(1)</script> é 漢字 🍰\n', files: [{ path: 'ünï/<img src=x onerror=alert(1)>.txt', content: '</script>' }] };
    const enc = await encodeState(s);
    if (!enc.ok) throw new Error(enc.error);
    const dec = await decodeState(enc.value);
    expect(dec.ok && dec.value.dockerfile).toBe(s.dockerfile);
    expect(dec.ok && dec.value.files[0]!.path).toBe('ünï/<img src=x onerror=alert(1)>.txt');
  });

  it('refuses to make a link over the size cap, with a clear message', async () => {
    // Incompressible content (xorshift noise), well over what 32 KB of base64url can hold.
    let x = 2463534242;
    const noise = () => {
      let s = '';
      for (let i = 0; i < 60_000; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        s += String.fromCharCode(33 + ((x >>> 0) % 90));
      }
      return s;
    };
    const big: PlaygroundState = { ...state, files: [{ path: 'a.txt', content: noise() }] };
    const enc = await encodeState(big);
    expect(enc.ok).toBe(false);
    if (!enc.ok) expect(enc.error).toMatch(/over the 32 KB limit/);
  });

  it('refuses to encode an invalid state', async () => {
    const enc = await encodeState({ ...state, files: [{ path: '../etc/passwd', content: '' }] });
    expect(enc.ok).toBe(false);
  });
});

describe('share links: decoding untrusted data', () => {
  const bad = async (encoded: string | Promise<string>) => {
    const r = await decodeState(await encoded);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.error;
  };

  it('rejects damaged, cut or foreign links', async () => {
    expect(await bad('not a link!')).toMatch(/characters/);
    expect(await bad('a+b')).toMatch(/characters/);
    expect(await bad('AAAA')).toMatch(/damaged|valid/);
    expect(await bad('A')).toMatch(/base64url/);
    expect(await bad('')).toMatch(/damaged/);
    const good = await encodeState(state);
    if (!good.ok) throw new Error();
    expect(await bad(good.value.slice(0, Math.floor(good.value.length / 2)))).toMatch(/damaged|valid/);
    expect(await bad(deflate('{not json'))).toMatch(/not valid JSON/);
    expect(await bad(Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url'))).toMatch(/damaged/);
    expect(await bad('A'.repeat(LIMITS.hash + 1))).toMatch(/longer than/);
  });

  it('stops inflating a small link that unpacks into a flood', async () => {
    const bomb = await deflate(JSON.stringify({ v: 1, d: ' '.repeat(5_000_000), f: [], a: [], s: [], t: '' }));
    expect(bomb.length).toBeLessThan(LIMITS.hash);
    expect(await bad(bomb)).toMatch(/too much data/);
  });

  it('checks every field of the schema', async () => {
    expect(await bad(link([1, 2]))).toMatch(/not an object/);
    expect(await bad(link(wire({ v: 2 })))).toMatch(/newer version/);
    expect(await bad(link(wire({ v: '1' })))).toMatch(/version/);
    expect(await bad(link(wire({ x: 1 })))).toMatch(/unexpected field "x"/);
    expect(await bad(link(wire({ d: 42 })))).toMatch(/Dockerfile must be text/);
    expect(await bad(link(wire({ d: 'x'.repeat(LIMITS.dockerfile + 1) })))).toMatch(/longer than/);
    expect(await bad(link(wire({ f: 'a' })))).toMatch(/files must be a list/);
    expect(await bad(link(wire({ f: [['a']] })))).toMatch(/pair/);
    expect(await bad(link(wire({ f: [['a', 5]] })))).toMatch(/content must be text/);
    expect(await bad(link(wire({ a: [['1BAD', 'x']] })))).toMatch(/build-arg name/);
    expect(await bad(link(wire({ a: [['A', 'x'], ['A', 'y']] })))).toMatch(/twice/);
    expect(await bad(link(wire({ a: [['A', { v: 1 }]] })))).toMatch(/must be text/);
    expect(await bad(link(wire({ s: [['id', 'value']] })))).toMatch(/must be text/);
    expect(await bad(link(wire({ s: ['bad id!'] })))).toMatch(/secret id/);
    expect(await bad(link(wire({ t: 'not a stage' })))).toMatch(/stage name/);
    expect(await bad(link(wire({ t: null })))).toMatch(/target must be text/);
    expect(await bad(link(wire({ d: 'FROM scratch\u0000' })))).toMatch(/NUL/);
    expect(await bad(link(wire({ f: Array.from({ length: LIMITS.files + 1 }, (_, i) => [`f${i}`, '']) })))).toMatch(/more than/);
  });

  it('rejects unsafe and malformed paths', () => {
    for (const p of ['/etc/passwd', '../x', 'a/../../x', 'a/./b', 'a//b', 'a/', 'a\\b', 'a\u0000b', 'a\nb', ' a', '', 'Dockerfile', 'x'.repeat(LIMITS.path + 1)]) {
      expect(pathProblem(p), p).not.toBeNull();
      expect(validateWire(wire({ f: [[p, '']] })).ok, p).toBe(false);
    }
    for (const p of ['a', '.dockerignore', 'src/main.go', 'a b/c-d_e.txt', 'dockerfile.dev', '<img src=x onerror=alert(1)>']) {
      expect(pathProblem(p), p).toBeNull();
    }
  });

  it('rejects duplicates and a file that is also a folder', () => {
    expect(filesProblem([{ path: 'a', content: '' }, { path: 'a', content: '' }])).toMatch(/twice/);
    expect(filesProblem([{ path: 'a', content: '' }, { path: 'a/b', content: '' }])).toMatch(/both a file and a folder/);
    expect(filesProblem([{ path: 'a/b', content: '' }, { path: 'a/c', content: '' }])).toBeNull();
  });

  it('accepts a minimal valid link', async () => {
    const r = await decodeState(await link(wire()));
    expect(r).toEqual({ ok: true, value: { dockerfile: 'FROM scratch\n', files: [], buildArgs: [], secrets: [], target: '' } });
  });
});

describe('the URL hash', () => {
  it('reads and writes one playground key, keeping the others and without URL-decoding', () => {
    expect(readHash('#pg=abc+d$e', 'pg')).toBe('abc+d$e');
    expect(readHash('#other=1&pg=x', 'pg')).toBe('x');
    expect(readHash('#pgx=1', 'pg')).toBeNull();
    expect(readHash('', 'pg')).toBeNull();
    expect(writeHash('#other=1', 'pg', 'v')).toBe('#other=1&pg=v');
    expect(writeHash('#other=1&pg=old', 'pg', 'new')).toBe('#other=1&pg=new');
    expect(writeHash('#pg=old', 'pg', null)).toBe('');
    expect(writeHash('#a=1&pg=old', 'pg', null)).toBe('#a=1');
  });
});
