// The share-link codec: the playground's state as compact JSON, deflated (the platform's own
// CompressionStream, no library) and base64url-encoded for the URL hash. A link carries the
// Dockerfile, the context files, the build args, the secret *ids* and the target; secret values
// never go into a link. Everything read from a link is untrusted: its size is capped before and
// while it is inflated, and every field is type-checked, size-capped and (for paths) checked for
// safety before it is used.
import { filesProblem, LIMITS, pathProblem, type ContextFile, type KeyValue, type PlaygroundState } from './playground-state';

export * from './playground-state';

export type Check<T> = { ok: true; value: T } | { ok: false; error: string };

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown, what: string, max: number, allowEmpty = true): Check<string> {
  if (typeof v !== 'string') return fail(`${what} must be text`);
  if (!allowEmpty && v === '') return fail(`${what} must not be empty`);
  if (v.length > max) return fail(`${what} is longer than ${max} characters`);
  if (NUL.test(v)) return fail(`${what} must not contain NUL characters`);
  return { ok: true, value: v };
}

function pairs(v: unknown, what: string, max: number): Check<KeyValue[]> {
  if (!Array.isArray(v)) return fail(`${what} must be a list`);
  if (v.length > max) return fail(`${what} has more than ${max} entries`);
  const out: KeyValue[] = [];
  const seen = new Set<string>();
  for (const [i, row] of v.entries()) {
    if (!Array.isArray(row) || row.length !== 2) return fail(`${what}[${i}] must be a [name, value] pair`);
    const k = text(row[0], `${what}[${i}] name`, LIMITS.name, false);
    if (!k.ok) return k;
    if (!ARG_NAME.test(k.value)) return fail(`${what}[${i}] name "${k.value}" is not a valid build-arg name`);
    if (seen.has(k.value)) return fail(`${what}[${i}] name "${k.value}" appears twice`);
    seen.add(k.value);
    const val = text(row[1], `${what}[${i}] value`, LIMITS.value);
    if (!val.ok) return val;
    out.push({ key: k.value, value: val.value });
  }
  return { ok: true, value: out };
}

/** The wire format (short keys keep links short). */
interface Wire {
  v: 1;
  d: string;
  f: [string, string][];
  a: [string, string][];
  s: string[];
  t: string;
}

const WIRE_KEYS = new Set(['v', 'd', 'f', 'a', 's', 't']);

/** Checks an untrusted value against the wire schema and turns it into a state. */
export function validateWire(data: unknown): Check<PlaygroundState> {
  if (!isRecord(data)) return fail('the data is not an object');
  for (const k of Object.keys(data)) if (!WIRE_KEYS.has(k)) return fail(`unexpected field "${k}"`);
  if (data.v !== 1) return fail(typeof data.v === 'number' && data.v > 1 ? 'it was made by a newer version of Stagecraft' : 'unknown format version');
  const d = text(data.d, 'the Dockerfile', LIMITS.dockerfile);
  if (!d.ok) return d;
  if (!Array.isArray(data.f)) return fail('files must be a list');
  if (data.f.length > LIMITS.files) return fail(`there are more than ${LIMITS.files} files`);
  const files: ContextFile[] = [];
  for (const [i, row] of data.f.entries()) {
    if (!Array.isArray(row) || row.length !== 2) return fail(`files[${i}] must be a [path, content] pair`);
    const problem = pathProblem(row[0]);
    if (problem) return fail(`files[${i}].path ${problem}`);
    const c = text(row[1], `files[${i}] content`, LIMITS.fileContent);
    if (!c.ok) return c;
    files.push({ path: row[0] as string, content: c.value });
  }
  const fp = filesProblem(files);
  if (fp) return fail(fp);
  const a = pairs(data.a, 'build args', LIMITS.buildArgs);
  if (!a.ok) return a;
  if (!Array.isArray(data.s)) return fail('secrets must be a list');
  if (data.s.length > LIMITS.secrets) return fail(`there are more than ${LIMITS.secrets} secrets`);
  const secrets: KeyValue[] = [];
  for (const [i, id] of data.s.entries()) {
    const t = text(id, `secrets[${i}]`, LIMITS.name, false);
    if (!t.ok) return t;
    if (!SECRET_ID.test(t.value)) return fail(`secrets[${i}] "${t.value}" is not a valid secret id`);
    if (secrets.some((s) => s.key === t.value)) return fail(`secrets[${i}] "${t.value}" appears twice`);
    secrets.push({ key: t.value, value: '' });
  }
  const t = text(data.t, 'the target', LIMITS.name);
  if (!t.ok) return t;
  if (t.value !== '' && !STAGE_NAME.test(t.value)) return fail(`the target "${t.value}" is not a valid stage name`);
  return { ok: true, value: { dockerfile: d.value, files, buildArgs: a.value, secrets, target: t.value } };
}

function toWire(s: PlaygroundState): Wire {
  return {
    v: 1,
    d: s.dockerfile,
    f: s.files.map((f) => [f.path, f.content]),
    a: s.buildArgs.filter((r) => r.key !== '').map((r) => [r.key, r.value]),
    // Ids only: a secret's value never leaves the page.
    s: s.secrets.filter((r) => r.key !== '').map((r) => r.key),
    t: s.target,
  };
}

/** Checks a state built in the page (props, editors) with the same rules as a link. */
export function validateState(s: PlaygroundState): Check<PlaygroundState> {
  return validateWire(toWire(s));
}

// ---- bytes: deflate-raw and base64url ----

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      // Stop inflating as soon as the data is too big: a small link cannot unpack into a flood.
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) out.set(c, at), (at += c.byteLength);
  return out;
}

function toBase64url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(s: string): Uint8Array | null {
  if (s.length % 4 === 1) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Encodes a state for the URL hash, or says why it cannot. */
export async function encodeState(s: PlaygroundState): Promise<Check<string>> {
  const v = validateState(s);
  if (!v.ok) return fail(`the playground's state is not valid: ${v.error}`);
  const json = new TextEncoder().encode(JSON.stringify(toWire(s)));
  const deflated = await pipe(json, new CompressionStream('deflate-raw'), Infinity);
  const encoded = toBase64url(deflated!);
  if (encoded.length > LIMITS.hash) {
    return fail(`the link would be ${Math.ceil(encoded.length / 1024)} KB long, over the ${LIMITS.hash / 1024} KB limit; make the files smaller or remove some`);
  }
  return { ok: true, value: encoded };
}

/** Decodes an untrusted hash value into a state, or says what is wrong with it. */
export async function decodeState(encoded: string): Promise<Check<PlaygroundState>> {
  if (encoded.length > LIMITS.hash) return fail(`the link is longer than the ${LIMITS.hash / 1024} KB limit`);
  if (!BASE64URL.test(encoded)) return fail('the link contains characters a Stagecraft link never has (was it cut or edited?)');
  const bytes = fromBase64url(encoded);
  if (!bytes || bytes.length === 0) return fail('the link is damaged: its data is not valid base64url');
  let inflated: Uint8Array | null;
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), LIMITS.json);
  } catch {
    return fail('the link is damaged: its data could not be decompressed (was it cut short?)');
  }
  if (!inflated) return fail('the link unpacks to too much data');
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return fail('the link is damaged: its data is not valid JSON');
  }
  const v = validateWire(data);
  return v.ok ? v : fail(`the link's data is not valid: ${v.error}`);
}
