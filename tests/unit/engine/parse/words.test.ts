// Dockerfile word processing as BuildKit's frontend/dockerfile/shell/lex.go does it: quotes,
// the escape character, ${X:-d} ${X:+v} ${X-d} ${X?msg}, splitting of unquoted expansions.
import { describe, expect, it } from 'vitest';
import { processWord, processWords, referencedVariables, splitRaw, WordError } from '../../../../src/engine/parse/words';

const vars: Record<string, string> = { A: 'a', EMPTY: '', SPACED: 'x y  z', N: 'n', PATH: '/usr/bin:/bin' };
const lookup = (name: string) => (Object.hasOwn(vars, name) ? vars[name] : undefined);
const word = (w: string, escape = '\\') => processWord(w, lookup, escape);
const words = (w: string, escape = '\\') => processWords(w, lookup, escape);

describe('processWord: quotes and escapes', () => {
  it('keeps single-quoted text literally, $ included', () => {
    expect(word("'$A \\n'")).toBe('$A \\n');
  });

  it('expands variables inside double quotes and removes the quotes', () => {
    expect(word('"[$A] [${N}]"')).toBe('[a] [n]');
  });

  it('inside double quotes the escape only escapes " $ and itself; other backslashes stay', () => {
    expect(word('"a\\"b"')).toBe('a"b');
    expect(word('"\\$A"')).toBe('$A');
    expect(word('"a\\\\b"')).toBe('a\\b');
    expect(word('"a\\nb"')).toBe('a\\nb');
  });

  it('outside quotes the escape makes the next character literal', () => {
    expect(word('\\$A')).toBe('$A');
    expect(word('a\\ b')).toBe('a b');
    expect(word('\\"q\\"')).toBe('"q"');
  });

  it('drops a trailing escape character (lex.go: escape at end of word is ignored)', () => {
    expect(word('abc\\')).toBe('abc');
  });

  it('honours a custom escape character (# escape=`)', () => {
    expect(word('C:\\dir`$A', '`')).toBe('C:\\dir$A');
    expect(word('"a`"b"', '`')).toBe('a"b');
  });

  it('leaves a lone $ or a $ before a non-name character as written', () => {
    expect(word('$')).toBe('$');
    expect(word('cost: 5$')).toBe('cost: 5$');
    expect(word('$/x')).toBe('$/x');
  });

  it('an unset variable is empty', () => {
    expect(word('[$UNSET]')).toBe('[]');
    expect(word('[${UNSET}]')).toBe('[]');
  });

  it('reads $NAME up to the first character that cannot be in a name', () => {
    expect(word('$A.txt')).toBe('a.txt');
    expect(word('$A_x')).toBe('');
    expect(word('${A}_x')).toBe('a_x');
  });

  it('special parameters ($?, $#, $$, $@ ...) are names that are never set in a Dockerfile', () => {
    expect(word('[$?]')).toBe('[]');
    expect(word('[$#]')).toBe('[]');
  });

  it('a positional parameter name is its digits only', () => {
    expect(word('$1abc')).toBe('abc');
  });

  it('reports unterminated quotes with BuildKit words', () => {
    expect(() => word('"open')).toThrow('unexpected end of statement while looking for matching double-quote');
    expect(() => word("'open")).toThrow('unexpected end of statement while looking for matching single-quote');
    expect(() => word('"open')).toThrow(WordError);
  });
});

describe('processWord: ${...} modifiers', () => {
  it('${X:-d}: the default when X is unset or empty', () => {
    expect(word('${UNSET:-d}')).toBe('d');
    expect(word('${EMPTY:-d}')).toBe('d');
    expect(word('${A:-d}')).toBe('a');
  });

  it('${X-d}: the default only when X is unset', () => {
    expect(word('${UNSET-d}')).toBe('d');
    expect(word('${EMPTY-d}')).toBe('');
    expect(word('${A-d}')).toBe('a');
  });

  it('${X:+v}: v when X is set and not empty', () => {
    expect(word('${A:+v}')).toBe('v');
    expect(word('${EMPTY:+v}')).toBe('');
    expect(word('${UNSET:+v}')).toBe('');
  });

  it('${X+v}: v when X is set, even empty', () => {
    expect(word('${EMPTY+v}')).toBe('v');
    expect(word('${UNSET+v}')).toBe('');
  });

  it('the modifier word is itself expanded and unquoted', () => {
    expect(word('${UNSET:-${A}-$N}')).toBe('a-n');
    expect(word("${UNSET:-'$A'}")).toBe('$A');
    expect(word('${UNSET:-"q w"}')).toBe('q w');
  });

  it('${X?msg} / ${X:?msg} fail with "X: msg"', () => {
    expect(() => word('${UNSET?must be set}')).toThrow('UNSET: must be set');
    expect(() => word('${UNSET:?}')).toThrow('UNSET: is not allowed to be unset');
    expect(word('${A:?}')).toBe('a');
    expect(word('${EMPTY?}')).toBe('');
  });

  it('${X:?} on an empty X says "is not allowed to be empty" (lex.go)', () => {
    expect(() => word('${EMPTY:?}')).toThrow('EMPTY: is not allowed to be empty');
  });

  it('rejects a substitution without a name or without its closing brace', () => {
    expect(() => word('${}')).toThrow(/bad substitution/);
    expect(() => word('${UNSET:-x')).toThrow(WordError);
  });
});

describe('processWords: splitting', () => {
  it('splits on unquoted whitespace and removes quotes', () => {
    expect(words('a "b c"  d')).toEqual(['a', 'b c', 'd']);
    expect(words("x 'y z'")).toEqual(['x', 'y z']);
  });

  it('splits the value of an unquoted expansion on whitespace', () => {
    expect(words('$SPACED')).toEqual(['x', 'y', 'z']);
    expect(words('p$SPACED')).toEqual(['px', 'y', 'z']);
    expect(words('${UNSET:-a b} c')).toEqual(['a', 'b', 'c']);
  });

  it('keeps a quoted expansion as one word', () => {
    expect(words('"$SPACED"')).toEqual(['x y  z']);
  });

  it('an empty unquoted expansion produces no word', () => {
    expect(words('$UNSET')).toEqual([]);
    expect(words('$EMPTY 80')).toEqual(['80']);
    expect(words('a${EMPTY}b')).toEqual(['ab']);
  });

  it('an escaped space does not split', () => {
    expect(words('a\\ b c')).toEqual(['a b', 'c']);
  });
});

describe('splitRaw: words for the parser, quotes and escapes kept', () => {
  it('splits on unquoted whitespace only', () => {
    expect(splitRaw('a "b c" d')).toEqual(['a', '"b c"', 'd']);
    expect(splitRaw("x='1 2' y=3")).toEqual(["x='1 2'", 'y=3']);
    expect(splitRaw("a'b c'd e")).toEqual(["a'b c'd", 'e']);
  });

  it('an escaped space or quote stays in its word', () => {
    expect(splitRaw('a\\ b c')).toEqual(['a\\ b', 'c']);
    expect(splitRaw('"a\\" b" c')).toEqual(['"a\\" b"', 'c']);
  });

  it('ignores leading, trailing and repeated whitespace (tabs included)', () => {
    expect(splitRaw(' \t a  \t b \t ')).toEqual(['a', 'b']);
  });

  it('uses the given escape character', () => {
    expect(splitRaw('a` b c', '`')).toEqual(['a` b', 'c']);
  });

  it('fails on an unterminated quote', () => {
    expect(() => splitRaw('a "b')).toThrow('unexpected end of statement while looking for matching double-quote');
    expect(() => splitRaw("a 'b")).toThrow('unexpected end of statement while looking for matching single-quote');
  });

  it('splitting then processing equals processing the whole line (no expansions)', () => {
    const line = 'GREETING="hello world" QUOTED=\'single $quoted\' ESCAPED=a\\ b';
    expect(splitRaw(line).map((w) => word(w))).toEqual(words(line));
    expect(words(line)).toEqual(['GREETING=hello world', 'QUOTED=single $quoted', 'ESCAPED=a b']);
  });
});

describe('referencedVariables', () => {
  it('lists $X and ${X...} names once', () => {
    expect(referencedVariables('echo $A ${B:-x} "$A" ${C}')).toEqual(['A', 'B', 'C']);
  });
});
