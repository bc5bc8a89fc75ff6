// The /bin/sh reader: lists (; && || newlines), pipelines, simple commands with assignments and
// redirections, groups, here-documents (POSIX Shell Command Language §2.9, §2.7.4). Compound
// commands the simulator does not model (if/for/while/case, arithmetic) must come back as
// `unsupported` nodes, never as a wrong parse.
import { describe, expect, it } from 'vitest';
import { parseScript, ShellSyntaxError, wordText, type Command, type List, type Word } from '../../../../src/engine/shell/syntax';

function word(w: Word): string {
  return w
    .map((p) => {
      const sub = (p as { subst?: string }).subst;
      if (sub !== undefined) return `$(${sub})`;
      return p.quoted === 'single' ? `'${p.text}'` : p.quoted === 'double' ? `"${p.text}"` : p.text;
    })
    .join('');
}

function command(c: Command): string {
  if (c.type === 'unsupported') return `<unsupported ${c.what}: ${c.text}>`;
  if (c.type === 'group') {
    const body = list(c.body);
    const r = c.redirects.map((x) => ` ${x.fd}${x.op}${word(x.target)}`).join('');
    return (c.subshell ? `( ${body} )` : `{ ${body} }`) + r;
  }
  return [
    ...c.assignments.map(([k, v]) => `${k}=${word(v)}`),
    ...c.words.map(word),
    ...c.redirects.map((x) => `${x.fd}${x.op}${word(x.target)}${x.op === '<<' ? `[${JSON.stringify(x.body)}]` : ''}`),
  ].join(' ');
}

function list(l: List): string {
  return l
    .map((item) =>
      [item.first, ...item.rest.map(([, p]) => p)]
        .map((p, i) => (i > 0 ? ` ${item.rest[i - 1]![0]} ` : '') + (p.negate ? '! ' : '') + p.commands.map(command).join(' | '))
        .join(''),
    )
    .join('; ');
}

const show = (src: string) => list(parseScript(src));

describe('lists and pipelines', () => {
  it('reads ; && || and newlines as separate list items, operators left to right', () => {
    expect(show('a && b || c; d\ne')).toBe('a && b || c; d; e');
  });

  it('reads pipelines and negation', () => {
    expect(show('a | b | c')).toBe('a | b | c');
    expect(show('! grep x f')).toBe('! grep x f');
  });

  it('an operator at the end of a line continues on the next', () => {
    expect(show('a &&\n  b ||\n c')).toBe('a && b || c');
    expect(show('a |\n b')).toBe('a | b');
  });

  it('backslash-newline joins lines', () => {
    expect(show('mkdir -p /x && \\\n  echo hi')).toBe('mkdir -p /x && echo hi');
  });

  it('& (background) ends a list item', () => {
    expect(show('a & b')).toBe('a; b');
  });

  it('skips comments, but # inside a word is text', () => {
    expect(show('echo a # a comment\necho x#y')).toBe('echo a; echo x#y');
  });
});

describe('words and quoting', () => {
  it('keeps quoting per part so expansion knows what not to split or glob', () => {
    expect(show(`echo "a\\"b" 'c d' e\\ f`)).toBe(`echo "a"b" 'c d' e' 'f`);
  });

  it('inside double quotes, backslash only escapes $ ` " \\ and newline', () => {
    const w = parseScript('echo "a\\nb\\\\c"')[0]!.first.commands[0] as { words: Word[] };
    expect(wordText(w.words[1]!)).toBe('a\\nb\\c');
  });

  it('a leading NAME=value is an assignment, later ones are arguments', () => {
    expect(show('X=1 Y="a b" cmd Z=2')).toBe('X=1 Y="a b" cmd Z=2');
    const c = parseScript('X=1 Y="a b" cmd Z=2')[0]!.first.commands[0] as { assignments: [string, Word][]; words: Word[] };
    expect(c.assignments.map(([k]) => k)).toEqual(['X', 'Y']);
    expect(c.words.map(wordText)).toEqual(['cmd', 'Z=2']);
  });

  it('an assignment alone is a command', () => {
    expect(show('X=1')).toBe('X=1');
  });

  it('keeps ${...} in one word even with spaces inside', () => {
    const c = parseScript('echo ${X:-a b}')[0]!.first.commands[0] as { words: Word[] };
    expect(c.words.map(wordText)).toEqual(['echo', '${X:-a b}']);
  });
});

describe('redirections', () => {
  it('reads > >> < with default and explicit descriptors', () => {
    expect(show('echo hi > f 2>> g < h')).toBe('echo hi 1>f 2>>g 0<h');
  });

  it('reads descriptor duplication', () => {
    expect(show('cmd 2>&1')).toBe('cmd 2>&1');
    expect(show('echo a >&2')).toBe('echo a 1>&2');
  });

  it('a redirection may come first', () => {
    expect(show('> f echo hi')).toBe('echo hi 1>f');
  });

  it('a redirection needs a target', () => {
    expect(() => parseScript('echo hi >')).toThrow(ShellSyntaxError);
  });
});

describe('groups', () => {
  it('reads ( subshells ) and { groups; } with redirections', () => {
    expect(show('(cd /x; ls)')).toBe('( cd /x; ls )');
    expect(show('{ echo a; echo b; } > out')).toBe('{ echo a; echo b } 1>out');
  });

  it('{ not followed by a blank is a word', () => {
    expect(show('echo {a,b}')).toBe('echo {a,b}');
  });

  it('an unclosed group is a syntax error', () => {
    expect(() => parseScript('(a')).toThrow(ShellSyntaxError);
    expect(() => parseScript('{ a')).toThrow(ShellSyntaxError);
  });
});

describe('here-documents', () => {
  it('reads the body up to the delimiter line, then continues', () => {
    expect(show('cat > /cat.txt <<EOF\ncat heredoc\nEOF\necho after')).toBe('cat 1>/cat.txt 0<<EOF["cat heredoc\\n"]; echo after');
  });

  it('a quoted delimiter is marked quoted (no expansion in the body)', () => {
    const c = parseScript("cat <<'EOF'\n$X\nEOF")[0]!.first.commands[0] as { redirects: { target: Word; body?: string }[] };
    expect(c.redirects[0]!.body).toBe('$X\n');
    expect(c.redirects[0]!.target.some((p) => p.quoted !== 'none')).toBe(true);
  });

  it('<<- strips leading tabs from body lines and the delimiter', () => {
    const c = parseScript('cat <<-EOF\n\t\tindented\n\tEOF\necho next')[0]!.first.commands[0] as { redirects: { body?: string }[] };
    expect(c.redirects[0]!.body).toBe('indented\n');
    expect(show('cat <<-EOF\n\tx\n\tEOF\necho next')).toContain('; echo next');
  });

  it('keeps leading spaces in a plain here-document body (OBSERVED §4, case 25)', () => {
    const c = parseScript('cat > /w/heredoc.txt <<EOF\nalpha\n  beta\nEOF')[0]!.first.commands[0] as { redirects: { op: string; body?: string }[] };
    expect(c.redirects.find((r) => r.op === '<<')!.body).toBe('alpha\n  beta\n');
  });
});

describe('what the simulator does not model becomes an unsupported node', () => {
  it.each([
    ['if true; then a; fi', '`if` compound command'],
    ['for i in 1 2; do echo $i; done', '`for` compound command'],
    ['while x; do y; done', '`while` compound command'],
    ['until x; do y; done', '`until` compound command'],
    ['case $x in a) b;; esac', '`case` compound command'],
  ])('%s', (src, what) => {
    const l = parseScript(src);
    expect(l).toHaveLength(1);
    expect(l[0]!.first.commands[0]).toEqual({ type: 'unsupported', what, text: src });
  });

  it('nested compound commands are skipped to their matching end', () => {
    const src = 'if a; then for i in 1; do b; done; fi; echo after';
    expect(show(src)).toBe('<unsupported `if` compound command: if a; then for i in 1; do b; done; fi>; echo after');
  });

  it('arithmetic expansion $((...)) is not modelled', () => {
    const c = parseScript('echo $((1+2)) > /n')[0]!.first.commands[0]!;
    expect(c.type).toBe('unsupported');
  });

  it('command substitution is never read as plain text: $(...) and backticks keep their script', () => {
    for (const src of ['echo $(id -u)', 'echo `id -u`', 'echo "$(id -u)"']) {
      const c = parseScript(src)[0]!.first.commands[0]!;
      if (c.type === 'unsupported') continue; // an engine that does not model it must say so
      expect(c.type).toBe('simple');
      const arg = (c as { words: Word[] }).words[1]!;
      expect(arg.some((p) => (p as { subst?: string }).subst === 'id -u')).toBe(true);
    }
  });

  // Regression (found by tests/property): 1000+ nested groups or command substitutions made the
  // interpreter recurse once per level and overflow the stack (build() threw a RangeError).
  it('groups nested deeper than 100 levels are one unsupported node', () => {
    const deep = '( '.repeat(2000) + 'true' + ' )'.repeat(2000);
    const c = parseScript(deep)[0]!.first.commands[0]!;
    expect(c.type).toBe('group');
    let node = c;
    let levels = 0;
    while (node.type === 'group') {
      levels++;
      node = node.body[0]!.first.commands[0]!;
    }
    expect(levels).toBe(100);
    expect(node).toMatchObject({ type: 'unsupported', what: 'groups nested deeper than 100 levels' });
    expect(show('( ( true ) )')).toBe('( ( true ) )');
  });

  it('command substitutions nested deeper than 100 levels are unsupported', () => {
    const deep = 'echo ' + '$(echo '.repeat(1000) + 'x' + ')'.repeat(1000);
    expect(parseScript(deep)[0]!.first.commands[0]).toMatchObject({ type: 'unsupported', what: 'command substitutions nested deeper than 100 levels' });
    expect(parseScript('echo "$(echo $(echo x))"')[0]!.first.commands[0]!.type).toBe('simple');
  });

  it('an unterminated compound command is a syntax error', () => {
    expect(() => parseScript('if true; then a')).toThrow(ShellSyntaxError);
  });
});

describe('syntax errors', () => {
  it.each([['a &&'], ['| a'], ['echo "unterminated'], ["echo 'x"], ['fi'], ['then x'], ['a && || b']])('%s', (src) => {
    expect(() => parseScript(src)).toThrow(ShellSyntaxError);
  });

  // Regression (found by tests/property): `x >a(` and `echo a(b)` made the reader push empty
  // words forever (out of memory) instead of failing on the "(".
  it.each([['x >a('], ['echo a(b)'], ['echo ok; x y(']])('regression: %s is a syntax error, not a hang', (src) => {
    expect(() => parseScript(src)).toThrow("syntax error near unexpected token `('");
  });

  it('an unexpected token names it', () => {
    expect(() => parseScript('| a')).toThrow("syntax error near unexpected token `|'");
  });
});
