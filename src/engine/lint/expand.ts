// Variable expansion with BuildKit's bookkeeping (shell.Lex ProcessWordWithMatches): which
// names were found and which were looked up but not set. UndefinedVar, UndefinedArgInFrom and
// the FROM --platform checks read those sets.
import { levenshtein } from '../parse/suggest';
import { processWord, processWords } from '../parse/words';

export interface Expansion {
  value: string;
  matched: ReadonlySet<string>;
  unmatched: ReadonlySet<string>;
  /** False when the lexer failed (a bad substitution): BuildKit stops there with an error. */
  ok: boolean;
}

/** The sets of a word that names no variable (most words): shared, never written. */
const NONE: ReadonlySet<string> = new Set<string>();

export function expand(word: string, env: Pick<ReadonlyMap<string, string>, 'get'>, escape = '\\'): Expansion {
  // Made on the first name looked up: lint expands every word of every instruction.
  let matched = NONE as Set<string>;
  let unmatched = NONE as Set<string>;
  const lookup = (name: string) => {
    const v = env.get(name);
    if (v === undefined) (unmatched === NONE ? (unmatched = new Set()) : unmatched).add(name);
    else (matched === NONE ? (matched = new Set()) : matched).add(name);
    return v;
  };
  try {
    return { value: processWord(word, lookup, escape), matched, unmatched, ok: true };
  } catch {
    // A bad substitution fails the build in BuildKit; the names seen so far still count.
    return { value: '', matched, unmatched, ok: false };
  }
}

/** ProcessWords (EXPOSE): expansion, then splitting on unquoted spaces. */
export function expandWords(text: string, env: Pick<ReadonlyMap<string, string>, 'get'>, escape = '\\'): string[] {
  try {
    return processWords(text, (n) => env.get(n), escape);
  } catch {
    return [];
  }
}

/**
 * Names a heredoc body refers to that `env` lacks. BuildKit expands heredocs with a raw lexer
 * (quotes are plain text), so only `\` escapes a `$`.
 */
export function heredocUnmatched(body: string, env: Pick<ReadonlyMap<string, string>, 'has'>): Set<string> {
  const out = new Set<string>();
  const re = /\\[\s\S]|\$\{([A-Za-z0-9_]+)|\$([0-9]+|[@*#?\-$!]|[A-Za-z0-9_]+)/g;
  for (const m of body.matchAll(re)) {
    const name = m[1] ?? m[2];
    if (name !== undefined && !env.has(name)) out.add(name);
  }
  return out;
}

/** BuildKit's util/suggest.Search (case-sensitive): the closest option within edit distance 2. */
export function suggest(value: string, options: Iterable<string>): string {
  let best = '';
  let min = 3;
  for (const opt of options) {
    if (opt === value) return '';
    const d = levenshtein(value, opt);
    if (d < min) {
      min = d;
      best = opt;
    }
  }
  return best;
}
