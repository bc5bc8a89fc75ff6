// Go fmt verbs BuildKit's history strings use (strconv.Quote, %q of []string and int, %v of
// []string and map[string]struct{}, time.Duration.String). Expected values are what Go prints.
import { describe, expect, it } from 'vitest';
import { goDuration, goList, goQuote, goQuoteList, goQuoteRune, goSetMap } from '../../../../src/engine/build/gofmt';

describe('goQuote (strconv.Quote)', () => {
  it('escapes quotes, backslashes and control characters', () => {
    expect(goQuote('echo "default cmd"')).toBe('"echo \\"default cmd\\""');
    expect(goQuote('a\\b')).toBe('"a\\\\b"');
    expect(goQuote('t\tn\nr\r')).toBe('"t\\tn\\nr\\r"');
    expect(goQuote('\x07\b\f\v')).toBe('"\\a\\b\\f\\v"');
    expect(goQuote('\x00\x1b\x7f')).toBe('"\\x00\\x1b\\x7f"');
  });

  it('keeps printable Unicode', () => {
    expect(goQuote('héllo 名前')).toBe('"héllo 名前"');
  });
});

describe('lists and maps', () => {
  it('%q of a []string: ["a" "b"] (OBSERVED §2: CMD ["sh" "-c" "echo base"])', () => {
    expect(goQuoteList(['sh', '-c', 'echo base'])).toBe('["sh" "-c" "echo base"]');
    expect(goQuoteList([])).toBe('[]');
  });

  it('%v of a []string: [a b] (OBSERVED §2: SHELL [/bin/sh -e -c], VOLUME [/data /logs])', () => {
    expect(goList(['/bin/sh', '-e', '-c'])).toBe('[/bin/sh -e -c]');
  });

  it('%v of a map[string]struct{}: keys sorted as strings, duplicates once (OBSERVED §2 EXPOSE)', () => {
    expect(goSetMap(['80/tcp', '53/udp', '8000/tcp', '8001/tcp', '8002/tcp'])).toBe('map[53/udp:{} 80/tcp:{} 8000/tcp:{} 8001/tcp:{} 8002/tcp:{}]');
    expect(goSetMap(['443/tcp', '80/tcp', '443/tcp'])).toBe('map[443/tcp:{} 80/tcp:{}]');
    expect(goSetMap([])).toBe('map[]');
  });
});

describe('goDuration (time.Duration.String)', () => {
  it.each([
    [0, '0s'],
    [1, '1ns'],
    [1500, '1.5µs'],
    [1_000_000, '1ms'],
    [1_500_000, '1.5ms'],
    [5e9, '5s'],
    [30e9, '30s'],
    [90e9, '1m30s'],
    [3600e9, '1h0m0s'],
    [3723.5e9, '1h2m3.5s'],
    [-5e9, '-5s'],
  ])('%d ns → %s', (ns, text) => {
    expect(goDuration(ns)).toBe(text);
  });
});

describe('goQuoteRune (%q of an int, the HEALTHCHECK retries field)', () => {
  it.each([
    [0, "'\\x00'"],
    [3, "'\\x03'"],
    [9, "'\\t'"],
    [10, "'\\n'"],
    [39, "'\\''"],
    [92, "'\\\\'"],
    [65, "'A'"],
    [127, "'\\x7f'"],
    [0xe9, "'é'"],
  ])('%d → %s', (n, text) => {
    expect(goQuoteRune(n)).toBe(text);
  });
});

describe('non-ASCII runes (strconv: printable as is, others \\u escaped)', () => {
  it('goQuoteRune', () => {
    expect(goQuoteRune(0x80)).toBe("'\\u0080'");
    expect(goQuoteRune(0xa0)).toBe("'\\u00a0'");
    expect(goQuoteRune(0x4e16)).toBe("'世'");
    expect(goQuoteRune(0x110000)).toBe("'\ufffd'");
  });

  it('goQuote', () => {
    expect(goQuote('a\u0085b\u200bc')).toBe('"a\\u0085b\\u200bc"');
    expect(goQuote('\u{1F600}')).toBe('"\u{1F600}"');
  });
});
