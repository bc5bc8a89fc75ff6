// Dockerfile word processing, after BuildKit's frontend/dockerfile/shell/lex.go: quotes,
// the escape character and variable substitution in instruction arguments (not in RUN,
// where the shell does its own).

export type Lookup = (name: string) => string | undefined;

export class WordError extends Error {}

/** Expands one word: removes quotes, applies escapes, substitutes variables. */
export function processWord(word: string, lookup: Lookup, escape = '\\'): string {
  return new Lexer(word, lookup, escape).words(false).join('');
}

/** Splits a line into words (quote-aware) and expands each; unquoted expansions split on spaces. */
export function processWords(text: string, lookup: Lookup, escape = '\\'): string[] {
  return new Lexer(text, lookup, escape).words(true);
}

/** Names of the variables a text refers to (for "was this ARG used" and cache reasons). */
export function referencedVariables(text: string): string[] {
  const names = new Set<string>();
  const re = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g;
  for (const m of text.matchAll(re)) names.add(m[1] ?? m[2]!);
  return [...names];
}

class Lexer {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly lookup: Lookup,
    private readonly esc: string,
  ) {}

  words(split: boolean): string[] {
    const out: string[] = [];
    let cur = '';
    let started = false;
    const flush = () => {
      if (started) out.push(cur);
      cur = '';
      started = false;
    };
    while (this.i < this.s.length) {
      const ch = this.s[this.i]!;
      if (split && (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r')) {
        this.i++;
        flush();
        continue;
      }
      if (ch === this.esc) {
        this.i++;
        // lex.go: an escape at the very end of the word is dropped.
        if (this.i < this.s.length) {
          cur += this.s[this.i++];
          started = true;
        }
      } else if (ch === "'") {
        cur += this.singleQuoted();
        started = true;
      } else if (ch === '"') {
        cur += this.doubleQuoted();
        started = true;
      } else if (ch === '$') {
        const value = this.dollar();
        if (split) {
          // Unquoted expansion: its spaces separate words, as BuildKit's ProcessWords does.
          const parts = value.split(/[ \t\n]+/);
          for (let p = 0; p < parts.length; p++) {
            if (p > 0) flush();
            if (parts[p] !== '' || p === 0) {
              cur += parts[p];
              if (parts[p] !== '') started = true;
            }
          }
        } else {
          cur += value;
          started = true;
        }
      } else {
        cur += ch;
        this.i++;
        started = true;
      }
    }
    flush();
    return out;
  }

  private singleQuoted(): string {
    const end = this.s.indexOf("'", this.i + 1);
    if (end < 0) throw new WordError('unexpected end of statement while looking for matching single-quote');
    const text = this.s.slice(this.i + 1, end);
    this.i = end + 1;
    return text;
  }

  private doubleQuoted(): string {
    this.i++;
    let out = '';
    while (this.i < this.s.length) {
      const ch = this.s[this.i]!;
      if (ch === '"') {
        this.i++;
        return out;
      }
      if (ch === '$') {
        out += this.dollar();
      } else if (ch === this.esc && this.i + 1 < this.s.length) {
        const next = this.s[this.i + 1]!;
        if (next === '"' || next === '$' || next === this.esc) {
          out += next;
          this.i += 2;
        } else {
          out += ch;
          this.i++;
        }
      } else {
        out += ch;
        this.i++;
      }
    }
    throw new WordError('unexpected end of statement while looking for matching double-quote');
  }

  /** At a '$': returns the substitution. */
  private dollar(): string {
    this.i++;
    const ch = this.s[this.i];
    if (ch === '{') {
      this.i++;
      return this.braced();
    }
    // lex.go processName: digits alone ($1), one special parameter ($? $# ...), or a name.
    const m = /^(?:[0-9]+|[@*#?\-$!]|[A-Za-z0-9_]+)/.exec(this.s.slice(this.i, this.i + 256));
    if (!m) return '$';
    this.i += m[0].length;
    return this.lookup(m[0]) ?? '';
  }

  private braced(): string {
    const m = /^[A-Za-z0-9_]+/.exec(this.s.slice(this.i, this.i + 256));
    if (!m) throw new WordError(`bad substitution`);
    const name = m[0];
    this.i += name.length;
    const ch = this.s[this.i];
    if (ch === '}') {
      this.i++;
      return this.lookup(name) ?? '';
    }
    let op = '';
    if (ch === ':') {
      op = ':';
      this.i++;
    }
    const kind = this.s[this.i];
    if (kind !== '-' && kind !== '+' && kind !== '?') throw new WordError(`unsupported modifier (${kind ?? 'end'}) in substitution`);
    op += kind;
    this.i++;
    const word = this.untilBrace();
    const value = this.lookup(name);
    const set = op.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
    switch (op.replace(':', '')) {
      case '-':
        return set ? value! : word;
      case '+':
        return set ? word : '';
      default:
        if (value === undefined) throw new WordError(`${name}: ${word || 'is not allowed to be unset'}`);
        if (!set) throw new WordError(`${name}: ${word || 'is not allowed to be empty'}`);
        return value!;
    }
  }

  /** Reads the modifier word up to the matching '}', expanding nested variables. */
  private untilBrace(): string {
    let out = '';
    while (this.i < this.s.length) {
      const ch = this.s[this.i]!;
      if (ch === '}') {
        this.i++;
        return out;
      }
      if (ch === '$') out += this.dollar();
      else if (ch === "'") out += this.singleQuoted();
      else if (ch === '"') out += this.doubleQuoted();
      else if (ch === this.esc && this.i + 1 < this.s.length) {
        out += this.s[this.i + 1];
        this.i += 2;
      } else {
        out += ch;
        this.i++;
      }
    }
    throw new WordError('missing \'}\' in substitution');
  }
}

/** Splits on unquoted whitespace, keeping quotes and escapes in the words (expanded later). */
export function splitRaw(text: string, escape = '\\'): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      cur += ch;
      if (ch === escape && quote === '"' && i + 1 < text.length) cur += text[++i];
      else if (ch === quote) quote = '';
    } else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      if (cur) out.push(cur);
      cur = '';
    } else {
      cur += ch;
      if (ch === escape && i + 1 < text.length) cur += text[++i];
      else if (ch === '"' || ch === "'") quote = ch;
    }
  }
  if (quote) throw new WordError(`unexpected end of statement while looking for matching ${quote === '"' ? 'double' : 'single'}-quote`);
  if (cur) out.push(cur);
  return out;
}
