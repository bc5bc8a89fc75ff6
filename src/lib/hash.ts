// A playground's share link lives in the URL hash under its id ("#pg=..."), next to any other
// playground's on the same page. The value is kept as written (it is base64url: no decoding).

/** Finds this playground's value in a location hash ("#a=1&pg=xyz"), without URL-decoding it. */
export function readHash(hash: string, id: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of h.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === id) return part.slice(eq + 1);
  }
  return null;
}

/** Sets (or with null removes) this playground's value in a hash, keeping the others. */
export function writeHash(hash: string, id: string, value: string | null): string {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const parts = h.split('&').filter((p) => p !== '' && p.slice(0, p.indexOf('=')) !== id && p !== id);
  if (value !== null) parts.push(`${id}=${value}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
