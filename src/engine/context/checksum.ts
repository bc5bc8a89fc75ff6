// Content identities for cache keys. Not cryptographic: two inputs differ in the simulator's
// eyes exactly when their text (or, with no text, their size) differs.

const HEX_DIGITS = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));

/**
 * Two 32-bit numbers as 16 hex digits, as (h >>> 0).toString(16).padStart(8, '0') twice would
 * write them, in one string allocation (a hash is taken per file written and per step).
 */
function hex64(h1: number, h2: number): string {
  const d = HEX_DIGITS;
  return String.fromCharCode(
    d[h1 >>> 28]!, d[(h1 >>> 24) & 15]!, d[(h1 >>> 20) & 15]!, d[(h1 >>> 16) & 15]!, d[(h1 >>> 12) & 15]!, d[(h1 >>> 8) & 15]!, d[(h1 >>> 4) & 15]!, d[h1 & 15]!,
    d[h2 >>> 28]!, d[(h2 >>> 24) & 15]!, d[(h2 >>> 20) & 15]!, d[(h2 >>> 16) & 15]!, d[(h2 >>> 12) & 15]!, d[(h2 >>> 8) & 15]!, d[(h2 >>> 4) & 15]!, d[h2 & 15]!,
  );
}

/** 64-bit FNV-1a over a string, as 16 hex digits. */
export function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return hex64(h1 >>> 0, h2 >>> 0);
}

export function hashBytes(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i]!, 0x01000193);
    h2 = Math.imul(h2 ^ bytes[i]!, 0x5bd1e995);
  }
  return hex64(h1 >>> 0, h2 >>> 0);
}

export function contentId(type: string, content: string | undefined, size: number, link?: string, bytes?: Uint8Array): string {
  if (type === 'dir') return 'dir';
  if (type === 'symlink') return 'link:' + (link ?? '');
  if (content !== undefined) return 'sha:' + hash(content);
  return bytes ? 'bin:' + hashBytes(bytes) : `size:${size}`;
}
