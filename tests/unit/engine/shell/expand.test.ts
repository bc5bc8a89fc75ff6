// Shell word expansion (POSIX §2.6): parameters, tilde, field splitting of unquoted expansions,
// pathname expansion against the step's filesystem (sorted, no dotfiles unless the pattern
// starts with a dot, the pattern itself when nothing matches).
import { beforeAll, describe, expect, it } from 'vitest';
import { expandWord, expandWords, segmentRegExp, UnsupportedExpansion } from '../../../../src/engine/shell/expand';
import { parseScript, type Word } from '../../../../src/engine/shell/syntax';
import type { FileSystem } from '../../../../src/engine/fs/tree';
import { sh } from '../fixtures';

let fs: FileSystem;
beforeAll(() => {
  fs = sh('mkdir -p /g/sub /g/.hid && touch /g/a.txt /g/b.txt /g/c.md /g/.dot.txt /g/sub/d.txt "/g/sp ace.txt"').fs;
});

function ctx(env: Record<string, string> = {}) {
  return {
    env: new Map(Object.entries({ A: 'a', S: 'x  y\tz', E: '', G: '*.txt', ...env })),
    cwd: '/g',
    fs,
    home: '/root',
    substitute: () => {
      throw new Error('no command substitution in these tests');
    },
  };
}

function words(src: string): Word[] {
  const c = parseScript('cmd ' + src)[0]!.first.commands[0]!;
  if (c.type !== 'simple') throw new Error(`not a simple command: ${src}`);
  return c.words.slice(1);
}
const argv = (src: string, env?: Record<string, string>) => expandWords(words(src), ctx(env));

describe('parameters', () => {
  it('substitutes $X and ${X}; unset is empty', () => {
    expect(argv('$A ${A}b [$UNSET]')).toEqual(['a', 'ab', '[]']);
  });

  it('single quotes stop expansion; \\$ is a literal dollar', () => {
    expect(argv(`'$A' \\$A "\\$A"`)).toEqual(['$A', '$A', '$A']);
  });

  it('${X:-w} ${X-w} ${X:+w} ${X+w}', () => {
    expect(argv('${UNSET:-d} ${E:-d} ${A:-d}')).toEqual(['d', 'd', 'a']);
    expect(argv('"${E-d}" ${UNSET-d}')).toEqual(['', 'd']);
    expect(argv('${A:+v} "${E:+v}" ${E+v}')).toEqual(['v', '', 'v']);
  });

  it('${X:=w} assigns the default for later words', () => {
    const c = ctx();
    expect(expandWords(words('${NEW:=set} $NEW'), c)).toEqual(['set', 'set']);
    expect(c.env.get('NEW')).toBe('set');
  });

  it('${#X} is the length', () => {
    expect(argv('${#A} ${#S} ${#UNSET}')).toEqual(['1', '6', '0']);
  });

  it('$? is the last status (0 at the start of a RUN)', () => {
    expect(argv('$?')).toEqual(['0']);
  });

  it('forms it does not model raise UnsupportedExpansion instead of guessing', () => {
    expect(() => argv('${A/a/b}')).toThrow(UnsupportedExpansion);
    expect(() => argv('${A%a}')).toThrow(UnsupportedExpansion);
  });
});

describe('tilde', () => {
  it('~ and ~/ at the start of a word are the home directory', () => {
    expect(argv('~ ~/x a~ "~"')).toEqual(['/root', '/root/x', 'a~', '~']);
  });
});

describe('field splitting', () => {
  it('splits unquoted expansions on blanks, joining the outer text to the first and last field', () => {
    expect(argv('$S')).toEqual(['x', 'y', 'z']);
    expect(argv('p${S}q')).toEqual(['px', 'y', 'zq']);
  });

  it('quoted expansions are one field', () => {
    expect(argv('"$S"')).toEqual(['x  y\tz']);
  });

  it('an empty unquoted expansion disappears; an empty quoted one is an empty argument', () => {
    expect(argv('$E')).toEqual([]);
    expect(argv('$E$UNSET')).toEqual([]);
    expect(argv('"$E"')).toEqual(['']);
    expect(argv("''")).toEqual(['']);
    expect(argv('a $E b')).toEqual(['a', 'b']);
  });

  it('literal text is never split', () => {
    expect(argv('"a b" c\\ d')).toEqual(['a b', 'c d']);
  });
});

describe('pathname expansion', () => {
  it('matches names in the working directory, sorted, skipping dotfiles', () => {
    expect(argv('*.txt')).toEqual(['a.txt', 'b.txt', 'sp ace.txt']);
    expect(argv('*')).toEqual(['a.txt', 'b.txt', 'c.md', 'sp ace.txt', 'sub']);
  });

  it('a pattern starting with a dot matches dotfiles', () => {
    expect(argv('.*.txt')).toEqual(['.dot.txt']);
  });

  it('absolute patterns keep the directory in the result', () => {
    expect(argv('/g/*.md /g/*/d.txt')).toEqual(['/g/c.md', '/g/sub/d.txt']);
  });

  it('? and [...] classes, with ! negation', () => {
    expect(argv('s?b [ab].txt [!a].txt')).toEqual(['sub', 'a.txt', 'b.txt', 'b.txt']);
  });

  it('a pattern that matches nothing stays as written', () => {
    expect(argv('nomatch* /nowhere/*')).toEqual(['nomatch*', '/nowhere/*']);
  });

  it('quoted or escaped pattern characters are literal', () => {
    expect(argv('"*.txt" \\*.txt')).toEqual(['*.txt', '*.txt']);
  });

  it('a pattern from an unquoted expansion is globbed, a quoted one is not', () => {
    expect(argv('$G "$G"')).toEqual(['a.txt', 'b.txt', 'sp ace.txt', '*.txt']);
  });

  it('a match containing a space stays one argument', () => {
    expect(argv('sp*')).toEqual(['sp ace.txt']);
  });
});

describe('expandWord (assignments, redirection targets)', () => {
  it('expands without splitting or globbing', () => {
    const c = parseScript('X=$S Y=*.txt true')[0]!.first.commands[0]!;
    if (c.type !== 'simple') throw new Error('not simple');
    expect(c.assignments.map(([, w]) => expandWord(w, ctx()))).toEqual(['x  y\tz', '*.txt']);
  });
});

describe('segmentRegExp', () => {
  it('translates a glob segment', () => {
    expect(segmentRegExp('*.js').test('a.js')).toBe(true);
    expect(segmentRegExp('*.js').test('a.jsx')).toBe(false);
    expect(segmentRegExp('s?c').test('src')).toBe(true);
    expect(segmentRegExp('[ot]*.txt').test('one.txt')).toBe(true);
    expect(segmentRegExp('[ot]*.txt').test('readme.txt')).toBe(false);
    expect(segmentRegExp('[!o]*').test('one')).toBe(false);
  });

  it('regex metacharacters in names are literal', () => {
    expect(segmentRegExp('a+b(1).txt').test('a+b(1).txt')).toBe(true);
    expect(segmentRegExp('a.b').test('axb')).toBe(false);
    expect(segmentRegExp('$x^').test('$x^')).toBe(true);
  });

  it('an unclosed [ is a literal bracket', () => {
    expect(segmentRegExp('a[b').test('a[b')).toBe(true);
  });
});
