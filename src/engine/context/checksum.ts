// Content identities for cache keys. Not cryptographic: two inputs differ in the simulator's
// eyes exactly when their text (or, with no text, their size) differs.

/** 64-bit FNV-1a over a string, as 16 hex digits. */
export function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function hashBytes(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i]!, 0x01000193);
    h2 = Math.imul(h2 ^ bytes[i]!, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function contentId(type: string, content: string | undefined, size: number, link?: string, bytes?: Uint8Array): string {
  if (type === 'dir') return 'dir';
  if (type === 'symlink') return 'link:' + (link ?? '');
  if (content !== undefined) return 'sha:' + hash(content);
  return bytes ? 'bin:' + hashBytes(bytes) : `size:${size}`;
}
