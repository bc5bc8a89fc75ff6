// The simple commands of a RUN script and whether it pipes, as hadolint's Hadolint/Shell.hs
// sees them through ShellCheck's parser: every command anywhere in the script (lists, pipelines,
// groups, if/while bodies, $( ) and backticks), its words with quotes removed, its flags. A small
// tokenizer, not a shell: enough for the hadolint rules here.

export interface ShellCommand {
  name: string;
  args: string[];
}

export interface ShellScript {
  commands: ShellCommand[];
  /** A `|` (or `|&`) pipe anywhere (Shell.hasPipes); `||` is not a pipe. */
  pipes: boolean;
}

const RESERVED_PREFIX = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
const RESERVED_ALONE = new Set(['fi', 'done', 'esac', '}', 'then', 'else', 'do']);

export function readShell(script: string): ShellScript {
  const out: ShellScript = { commands: [], pipes: false };
  // Parentheses are only matched after a `$(`; most scripts have none and share an unused map.
  tokenize(script, 0, script.length, out, script.includes('$(') ? new Map() : NO_MATCHES);
  return out;
}

const NO_MATCHES: Matches = new Map();

/**
 * Where the `(` at an index closes: the index of its `)`, or null when it does not close before
 * `bound` (so it does not before any smaller bound either).
 */
type Matches = Map<number, { close: number | null; bound: number }>;

/**
 * Tokenizes s[from, to). Nested `$( )` and backticks are read in place (indices, not copies),
 * and each `(` is matched once for the whole script (`matches`): nesting stays linear.
 */
function tokenize(s: string, from: number, to: number, out: ShellScript, matches: Matches): void {
  const at = (i: number) => (i < to ? s[i] : undefined);
  let words: string[] = [];
  let word = '';
  let started = false;
  let redirectTarget = false;
  const endWord = () => {
    if (started) {
      if (redirectTarget) redirectTarget = false;
      else words.push(word);
    }
    word = '';
    started = false;
  };
  const endCommand = () => {
    endWord();
    pushCommand(words, out);
    words = [];
  };
  let i = from;
  while (i < to) {
    const ch = s[i]!;
    const next = at(i + 1);
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      endWord();
      i++;
    } else if (ch === '\n') {
      endCommand();
      i++;
    } else if (ch === '#' && !started) {
      while (i < to && s[i] !== '\n') i++;
    } else if (ch === '\\') {
      if (next === '\n') i += 2;
      else {
        if (next !== undefined) word += next;
        started = true;
        i += 2;
      }
    } else if (ch === "'") {
      const stop = indexIn(s, "'", i + 1, to);
      word += s.slice(i + 1, stop);
      started = true;
      i = stop + 1;
    } else if (ch === '"') {
      i++;
      started = true;
      while (i < to && s[i] !== '"') {
        if (s[i] === '\\' && i + 1 < to && '"\\$`\n'.includes(s[i + 1]!)) {
          if (s[i + 1] !== '\n') word += s[i + 1];
          i += 2;
        } else if (s[i] === '$' && at(i + 1) === '(') {
          const end = matching(s, i + 1, to, matches);
          tokenize(s, i + 2, end, out, matches);
          word += s.slice(i, end + 1);
          i = end + 1;
        } else if (s[i] === '`') {
          const end = backtick(s, i, to);
          tokenize(s, i + 1, end, out, matches);
          word += s.slice(i, end + 1);
          i = end + 1;
        } else {
          word += s[i];
          i++;
        }
      }
      i++;
    } else if (ch === '$' && next === '(') {
      const end = matching(s, i + 1, to, matches);
      if (at(i + 2) !== '(') tokenize(s, i + 2, end, out, matches);
      word += s.slice(i, end + 1);
      started = true;
      i = end + 1;
    } else if (ch === '$' && next === '{') {
      const close = s.indexOf('}', i);
      const stop = close < 0 || close >= to ? to - 1 : close;
      word += s.slice(i, stop + 1);
      started = true;
      i = stop + 1;
    } else if (ch === '`') {
      const end = backtick(s, i, to);
      tokenize(s, i + 1, end, out, matches);
      word += s.slice(i, end + 1);
      started = true;
      i = end + 1;
    } else if (ch === '<' || ch === '>' || (ch === '&' && next === '>')) {
      // A redirection: a leading fd number is not a word, nor is the target.
      if (started && /^[0-9]+$/.test(word)) {
        word = '';
        started = false;
      } else endWord();
      i++;
      while (i < to && '<>&|-'.includes(s[i]!)) i++;
      if (/^[0-9]/.test(at(i) ?? '') && s[i - 1] === '&') {
        while (/^[0-9]/.test(at(i) ?? '')) i++;
      } else {
        redirectTarget = true;
      }
    } else if (ch === '|' || ch === '&' || ch === ';' || ch === '(' || ch === ')') {
      if (ch === '|' && next !== '|') out.pipes = true;
      endCommand();
      i += (ch === '|' || ch === '&' || ch === ';') && next === ch ? 2 : ch === '|' && next === '&' ? 2 : 1;
    } else {
      word += ch;
      started = true;
      i++;
    }
  }
  endCommand();
}

/** s.indexOf(c, from) within s[.., to); `to` when absent. */
function indexIn(s: string, c: string, from: number, to: number): number {
  const i = s.indexOf(c, from);
  return i < 0 || i >= to ? to : i;
}

function pushCommand(words: string[], out: ShellScript): void {
  let w = words;
  for (;;) {
    while (w.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[0]!)) w = w.slice(1);
    if (w.length && RESERVED_PREFIX.has(w[0]!)) {
      w = w.slice(1);
      continue;
    }
    break;
  }
  if (!w.length) return;
  if (w[0] === 'for' || w[0] === 'case' || w[0] === 'select' || w[0] === 'in') return;
  if (w.length === 1 && RESERVED_ALONE.has(w[0]!)) return;
  out.commands.push({ name: w[0]!, args: w.slice(1) });
}

/**
 * Index of the ')' that closes the '(' at `open`, or to - 1 when it does not close before `to`.
 * One scan records the closing index of every '(' nested inside too, and a '(' already matched is
 * skipped over, so matching each level of a deep nesting costs no rescan.
 */
function matching(s: string, open: number, to: number, matches: Matches): number {
  const known = (o: number): number | undefined => {
    const m = matches.get(o);
    if (!m) return undefined;
    if (m.close !== null && m.close < to) return m.close;
    if (m.close === null && to <= m.bound) return to - 1;
    return undefined;
  };
  const hit = known(open);
  if (hit !== undefined) return hit;
  const stack = [open];
  for (let i = open + 1; i < to; i++) {
    const ch = s[i];
    if (ch === '\\') i++;
    else if (ch === "'") {
      i = indexIn(s, "'", i + 1, to);
    } else if (ch === '(') {
      const close = known(i);
      if (close === undefined) stack.push(i);
      else if (close === to - 1 && matches.get(i)!.close === null) break;
      else i = close;
    } else if (ch === ')') {
      matches.set(stack.pop()!, { close: i, bound: to });
      if (!stack.length) return i;
    }
  }
  for (const o of stack) {
    const m = matches.get(o);
    // A close found under a larger bound stays known.
    if (!m || (m.close === null && m.bound < to)) matches.set(o, { close: null, bound: to });
  }
  return to - 1;
}

function backtick(s: string, open: number, to: number): number {
  for (let i = open + 1; i < to; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '`') return i;
  }
  return to - 1;
}

/** hadolint's getAllFlags: `--name=v` is flag "name", `-abc` is flags a, b and c. */
export function flagsOf(args: string[]): { flag: string; index: number }[] {
  const out: { flag: string; index: number }[] = [];
  args.forEach((a, index) => {
    if (a === '--' || a === '-') return;
    if (a.startsWith('--')) out.push({ flag: a.slice(2).split('=')[0]!, index });
    else if (a.startsWith('-')) for (const c of a.slice(1)) out.push({ flag: c, index });
  });
  return out;
}

export function hasFlag(cmd: ShellCommand, flag: string): boolean {
  return flagsOf(cmd.args).some((f) => f.flag === flag);
}

/** Whether the command is `name` with any of `args` among its arguments (Shell.cmdHasArgs). */
export function cmdHasArgs(cmd: ShellCommand, name: string, args: string[]): boolean {
  return cmd.name === name && cmd.args.some((a) => args.includes(a));
}

/** Arguments that are not flags, after dropping the word that follows each of `dropAfter` (Shell.dropFlagArg). */
export function argsNoFlags(cmd: ShellCommand, dropAfter: string[] = []): string[] {
  const flags = flagsOf(cmd.args);
  const flagIdx = new Set(flags.map((f) => f.index));
  const dropped = new Set(flags.filter((f) => dropAfter.includes(f.flag)).map((f) => f.index + 1));
  return cmd.args.filter((_, i) => !flagIdx.has(i) && !dropped.has(i));
}
