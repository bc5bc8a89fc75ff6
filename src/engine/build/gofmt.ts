// BuildKit writes history with Go's fmt verbs; these reproduce the ones it uses so `created_by`
// matches byte for byte.

/** strconv.Quote */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && !isGoPrint(ch)) out += goUnicodeEscape(c);
    else out += ch;
  }
  return out + '"';
}

/** fmt %q of a []string: ["a" "b"] */
export function goQuoteList(list: string[]): string {
  return '[' + list.map(goQuote).join(' ') + ']';
}

/** fmt %v of a []string: [a b] */
export function goList(list: string[]): string {
  return '[' + list.join(' ') + ']';
}

/** fmt %v of a map[string]struct{}: map[k1:{} k2:{}] with keys sorted. */
export function goSetMap(keys: string[]): string {
  return 'map[' + [...new Set(keys)].sort().map((k) => `${k}:{}`).join(' ') + ']';
}

/** time.Duration.String() for whole nanoseconds. */
export function goDuration(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  let n = Math.abs(ns);
  let out = '';
  if (n < 1e3) out = `${n}ns`;
  else if (n < 1e6) out = `${trim(n / 1e3)}µs`;
  else if (n < 1e9) out = `${trim(n / 1e6)}ms`;
  else {
    const h = Math.floor(n / 3.6e12);
    n -= h * 3.6e12;
    const m = Math.floor(n / 6e10);
    n -= m * 6e10;
    const s = trim(n / 1e9);
    out = (h ? `${h}h` : '') + (h || m ? `${m}m` : '') + `${s}s`;
  }
  return (neg ? '-' : '') + out;
}

function trim(x: number): string {
  return String(Number(x.toFixed(9)));
}

/** Go's %q of an int: a quoted rune literal, e.g. 3 → '\x03'. */
export function goQuoteRune(n: number): string {
  if (n === 39) return "'\\''";
  if (n === 92) return "'\\\\'";
  if (n >= 0x20 && n < 0x7f) return `'${String.fromCharCode(n)}'`;
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };
  if (named[n]) return `'${named[n]}'`;
  if (n < 0x80) return `'\\x${n.toString(16).padStart(2, '0')}'`;
  if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return "'\ufffd'"; // utf8.RuneError, printable
  const ch = String.fromCodePoint(n);
  return isGoPrint(ch) ? `'${ch}'` : `'${goUnicodeEscape(n)}'`;
}

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isGoPrint(ch: string): boolean {
  return ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch);
}

/** strconv's escape for other non-printable runes: \u1234 or \U00012345. */
function goUnicodeEscape(c: number): string {
  return c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
}
