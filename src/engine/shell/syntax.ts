// A small reader for the /bin/sh scripts RUN lines hold: lists joined by ; && || and newlines,
// pipelines, simple commands with assignments and redirections, ( ) and { } groups. What it
// cannot read (if/for/while/case, arithmetic) becomes an Unsupported node, so the
// engine can say plainly what it did not model instead of guessing.

/** A word as written: parts keep whether they were quoted (quoted text is not globbed or split). */
export type WordPart = {
  text: string;
  quoted: 'none' | 'single' | 'double';
  /** Command substitution: the script whose output replaces this part. */
  subst?: string;
};
export type Word = WordPart[];

export interface Redirect {
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<<';
  target: Word;
  /** Here-document body for '<<'. */
  body?: string;
}

export interface SimpleCommand {
  type: 'simple';
  assignments: [string, Word][];
  words: Word[];
  redirects: Redirect[];
}

export interface Group {
  type: 'group';
  subshell: boolean;
  body: List;
  redirects: Redirect[];
}

export interface Unsupported {
  type: 'unsupported';
  what: string;
  text: string;
}

export type Command = SimpleCommand | Group | Unsupported;

export interface Pipeline {
  negate: boolean;
  commands: Command[];
}

/** a && b || c — operators apply left to right. */
export interface AndOr {
  first: Pipeline;
  rest: ['&&' | '||', Pipeline][];
}

export type List = AndOr[];

export class ShellSyntaxError extends Error {}

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'function']);

/**
 * Scripts already read, by text (never modified once read): the same RUN text is read once
 * across steps and builds (a rebuild with `previous`, the playground rebuilding on each edit).
 * Bounded in count and script size.
 */
const readScripts = new Map<string, List>();
let readScriptChars = 0;
/** Enough for every RUN of a 64 KB Dockerfile; a fuller cache starts over. */
const CACHE_CHARS = 1 << 20;

export function parseScript(src: string): List {
  let list = readScripts.get(src);
  if (list) return list;
  list = new Reader(src).script();
  if (readScriptChars + src.length > CACHE_CHARS) {
    readScripts.clear();
    readScriptChars = 0;
  }
  if (src.length <= CACHE_CHARS / 16) {
    readScripts.set(src, list);
    readScriptChars += src.length;
  }
  return list;
}

/** Plain text of a word (quotes removed, no expansion) — for messages and literal checks. */
export function wordText(w: Word): string {
  return w.map((p) => p.text).join('');
}

/**
 * Groups or command substitutions nested deeper than this are not simulated (an Unsupported
 * node): running them recurses once per level, and thousands of levels overflow the stack.
 */
const MAX_NESTING = 100;

class Reader {
  private i = 0;
  private depth = 0;
  private pendingHeredocs: Redirect[] = [];
  constructor(private readonly s: string) {}

  script(): List {
    const list = this.list(null);
    this.skipSpace(true);
    if (this.i < this.s.length) throw new ShellSyntaxError(`syntax error near unexpected token \`${this.s[this.i]}'`);
    return list;
  }

  private list(close: string | null): List {
    const out: List = [];
    for (;;) {
      this.skipSpace(true);
      if (this.i >= this.s.length) break;
      const c = this.s[this.i]!;
      if (close && c === close) break;
      if (c === ';') {
        this.i++;
        continue;
      }
      out.push(this.andOr());
      this.skipSpace(false);
      const t = this.s[this.i];
      if (t === ';' || t === '&' || t === '\n') {
        // '&' (background) is treated as sequential: the layer ends up the same once the step ends.
        this.i++;
        if (t === '\n') this.readHeredocBodies();
      }
    }
    return out;
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      this.skipSpace(false);
      const op = this.s.slice(this.i, this.i + 2);
      if (op !== '&&' && op !== '||') break;
      this.i += 2;
      this.skipSpace(true);
      rest.push([op, this.pipeline()]);
    }
    return { first, rest };
  }

  private pipeline(): Pipeline {
    this.skipSpace(false);
    let negate = false;
    if (this.s[this.i] === '!' && /\s/.test(this.s[this.i + 1] ?? '')) {
      negate = true;
      this.i++;
    }
    const commands = [this.command()];
    for (;;) {
      this.skipSpace(false);
      if (this.s[this.i] === '|' && this.s[this.i + 1] !== '|') {
        this.i++;
        this.skipSpace(true);
        commands.push(this.command());
      } else break;
    }
    return { negate, commands };
  }

  private command(): Command {
    this.skipSpace(false);
    const start = this.i;
    const c = this.s[this.i];
    if (c === '(' || c === '{') {
      if (c === '{' && !/\s/.test(this.s[this.i + 1] ?? '')) return this.simple();
      if (this.depth >= MAX_NESTING) {
        this.skipBalanced(c, c === '(' ? ')' : '}');
        return { type: 'unsupported', what: `groups nested deeper than ${MAX_NESTING} levels`, text: this.s.slice(start, this.i) };
      }
      this.i++;
      this.depth++;
      let body: List;
      try {
        body = this.list(c === '(' ? ')' : '}');
      } finally {
        this.depth--;
      }
      if (this.s[this.i] !== (c === '(' ? ')' : '}')) throw new ShellSyntaxError(`syntax error: unexpected end of file (expecting "${c === '(' ? ')' : '}'}")`);
      this.i++;
      return { type: 'group', subshell: c === '(', body, redirects: this.trailingRedirects() };
    }
    const word = /^[A-Za-z_]+/.exec(this.s.slice(this.i, this.i + 16))?.[0];
    if (word && RESERVED.has(word) && /[\s;]|$/.test(this.s[this.i + word.length] ?? '')) {
      return this.unsupportedCompound(word, start);
    }
    return this.simple();
  }

  /** Skips a compound command (if/for/while/case) to its end keyword, keeping its text. */
  private unsupportedCompound(word: string, start: number): Unsupported {
    const end = { if: 'fi', for: 'done', while: 'done', until: 'done', case: 'esac' }[word as 'if'];
    if (!end) throw new ShellSyntaxError(`syntax error near unexpected token \`${word}'`);
    let depth = 0;
    const re = /\b(if|for|while|until|case|fi|done|esac)\b/g;
    re.lastIndex = this.i;
    for (let m = re.exec(this.s); m; m = re.exec(this.s)) {
      const k = m[1]!;
      if (k === 'fi' || k === 'done' || k === 'esac') depth--;
      else depth++;
      if (depth === 0) {
        this.i = m.index + k.length;
        return { type: 'unsupported', what: `\`${word}\` compound command`, text: this.s.slice(start, this.i) };
      }
    }
    throw new ShellSyntaxError(`syntax error: end of file unexpected (expecting "${end}")`);
  }

  private simple(): Command {
    const cmd: SimpleCommand = { type: 'simple', assignments: [], words: [], redirects: [] };
    const start = this.i;
    let unsupported: string | null = null;
    for (;;) {
      this.skipSpace(false);
      if (this.i >= this.s.length) break;
      const c = this.s[this.i]!;
      if (c === ';' || c === '\n' || c === ')' || c === '|' || (c === '&' && this.s[this.i + 1] !== '>')) break;
      if (c === '}' && cmd.words.length === 0 && cmd.assignments.length === 0) break;
      const redirect = this.redirect();
      if (redirect) {
        cmd.redirects.push(redirect);
        continue;
      }
      const at = this.i;
      const { word, unsupported: u } = this.word();
      if (!word.length) {
        // Nothing readable here (e.g. the "(" of `x a(`): a syntax error, not an empty word.
        if (this.i === at) throw new ShellSyntaxError(`syntax error near unexpected token \`${this.s[this.i]}'`);
        continue;
      }
      if (u) unsupported ??= u;
      if (cmd.words.length === 0) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word[0]?.quoted === 'none' ? word[0].text : '');
        if (m) {
          const rest: Word = [{ ...word[0]!, text: word[0]!.text.slice(m[0].length) }, ...word.slice(1)];
          cmd.assignments.push([m[1]!, rest]);
          continue;
        }
      }
      cmd.words.push(word);
    }
    if (unsupported) return { type: 'unsupported', what: unsupported, text: this.s.slice(start, this.i).trim() };
    if (!cmd.words.length && !cmd.assignments.length && !cmd.redirects.length) {
      throw new ShellSyntaxError(`syntax error near unexpected token \`${this.s[this.i] ?? 'newline'}'`);
    }
    return cmd;
  }

  private trailingRedirects(): Redirect[] {
    const out: Redirect[] = [];
    for (;;) {
      this.skipSpace(false);
      const r = this.redirect();
      if (!r) return out;
      out.push(r);
    }
  }

  private redirect(): Redirect | null {
    const m = /^(\d?)(>>|>&|&>|<<-?|>|<)/.exec(this.s.slice(this.i, this.i + 4));
    if (!m) return null;
    this.i += m[0].length;
    this.skipSpace(false);
    const op = m[2]!;
    if (op === '&>') {
      const { word } = this.word();
      return { fd: 1, op: '>', target: word };
    }
    if (op.startsWith('<<')) {
      const { word } = this.word();
      const r: Redirect = { fd: 0, op: '<<', target: word, body: '' };
      (r as Redirect & { chomp?: boolean }).chomp = op === '<<-';
      this.pendingHeredocs.push(r);
      return r;
    }
    const fd = m[1] ? Number(m[1]) : op === '<' ? 0 : 1;
    const { word } = this.word();
    if (!word.length) throw new ShellSyntaxError('syntax error: unexpected redirection without a target');
    return { fd, op: op as Redirect['op'], target: word };
  }

  private readHeredocBodies(): void {
    for (const r of this.pendingHeredocs) {
      const delim = wordText(r.target);
      const chomp = (r as Redirect & { chomp?: boolean }).chomp;
      const lines: string[] = [];
      while (this.i < this.s.length) {
        const nl = this.s.indexOf('\n', this.i);
        const line = this.s.slice(this.i, nl < 0 ? this.s.length : nl);
        this.i = nl < 0 ? this.s.length : nl + 1;
        const l = chomp ? line.replace(/^\t+/, '') : line;
        if (l === delim) break;
        lines.push(l + '\n');
      }
      r.body = lines.join('');
      if (r.target.some((p) => p.quoted !== 'none')) r.target = [{ text: delim, quoted: 'single' }];
    }
    this.pendingHeredocs = [];
  }

  private word(): { word: Word; unsupported: string | null } {
    const word: Word = [];
    let unsupported: string | null = null;
    let plain = '';
    const flush = () => {
      if (plain) word.push({ text: plain, quoted: 'none' });
      plain = '';
    };
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (/[\s;|&<>()]/.test(c)) {
        if ((c === '<' || c === '>') && plain === '' && word.length === 0) break;
        break;
      }
      if (c === '\\') {
        const n = this.s[this.i + 1];
        if (n === '\n') {
          this.i += 2;
          continue;
        }
        flush();
        if (n !== undefined) word.push({ text: n, quoted: 'single' });
        this.i += 2;
        continue;
      }
      if (c === "'") {
        flush();
        const end = this.s.indexOf("'", this.i + 1);
        if (end < 0) throw new ShellSyntaxError('unterminated quoted string');
        word.push({ text: this.s.slice(this.i + 1, end), quoted: 'single' });
        this.i = end + 1;
        continue;
      }
      if (c === '"') {
        flush();
        let text = '';
        this.i++;
        for (;;) {
          if (this.i >= this.s.length) throw new ShellSyntaxError('unterminated quoted string');
          const d = this.s[this.i]!;
          if (d === '"') break;
          if (d === '\\' && /["\\$`\n]/.test(this.s[this.i + 1] ?? '')) {
            const n = this.s[this.i + 1]!;
            // \$ stays escaped so expansion leaves it literal.
            text += n === '\n' ? '' : n === '$' ? '\\$' : n;
            this.i += 2;
            continue;
          }
          if (d === '`' || (d === '$' && this.s[this.i + 1] === '(')) {
            if (this.s.startsWith('$((', this.i)) unsupported ??= 'arithmetic expansion $((...))';
            if (text) word.push({ text, quoted: 'double' });
            text = '';
            const sub = this.substitution();
            if (nestingOf(sub) > MAX_NESTING) unsupported ??= `command substitutions nested deeper than ${MAX_NESTING} levels`;
            word.push({ text: '', quoted: 'double', subst: sub });
            continue;
          }
          text += d;
          this.i++;
        }
        this.i++;
        if (text || !word.length || word[word.length - 1]!.quoted !== 'double') word.push({ text, quoted: 'double' });
        continue;
      }
      if (c === '`' || (c === '$' && this.s[this.i + 1] === '(')) {
        if (this.s.startsWith('$((', this.i)) unsupported ??= 'arithmetic expansion $((...))';
        flush();
        const sub = this.substitution();
        if (nestingOf(sub) > MAX_NESTING) unsupported ??= `command substitutions nested deeper than ${MAX_NESTING} levels`;
        word.push({ text: '', quoted: 'none', subst: sub });
        continue;
      }
      if (c === '$' && this.s[this.i + 1] === '{') {
        const end = this.s.indexOf('}', this.i);
        if (end < 0) throw new ShellSyntaxError('bad substitution');
        plain += this.s.slice(this.i, end + 1);
        this.i = end + 1;
        continue;
      }
      plain += c;
      this.i++;
    }
    flush();
    return { word, unsupported };
  }

  /** At `$(` or a backtick: the inner script, with the reader moved past its end. */
  private substitution(): string {
    if (this.s[this.i] === '`') {
      const end = this.s.indexOf('`', this.i + 1);
      if (end < 0) throw new ShellSyntaxError('unterminated command substitution');
      const inner = this.s.slice(this.i + 1, end);
      this.i = end + 1;
      return inner;
    }
    this.i++;
    const start = this.i + 1;
    this.skipBalanced('(', ')');
    return this.s.slice(start, this.i - 1);
  }

  private skipBalanced(open: string, close: string): void {
    let depth = 0;
    while (this.i < this.s.length) {
      const c = this.s[this.i++];
      if (c === open) depth++;
      else if (c === close && --depth === 0) return;
    }
    throw new ShellSyntaxError(`syntax error: unexpected end of file (expecting "${close}")`);
  }

  private skipSpace(newlines: boolean): void {
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (c === ' ' || c === '\t' || (newlines && c === '\n')) this.i++;
      else if (c === '\\' && this.s[this.i + 1] === '\n') this.i += 2;
      else if (c === '#' && (this.i === 0 || /\s/.test(this.s[this.i - 1]!))) {
        while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
      } else break;
    }
  }
}

/** How deeply parentheses nest in a text (a bound on the command substitutions inside it). */
function nestingOf(text: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of text) {
    if (ch === '(') max = Math.max(max, ++depth);
    else if (ch === ')') depth--;
  }
  return max;
}
