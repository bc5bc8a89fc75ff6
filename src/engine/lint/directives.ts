// The two ways a Dockerfile turns lint rules off.
//
// BuildKit: the `# check=...` parser directive (frontend/dockerfile/parser/directives.go and
// linter.ParseLintOptions). Directives are the `# key=value` lines at the very top of the file
// (after a BOM and a `#!` line); the first line that is not one ends them. BuildKit reads the
// check directive with parser.ParseDirective, whose first result is the value up to its first
// space, so `# check=skip=A, B` keeps only "skip=A,". Option keys and rule names are
// case-sensitive; `;` separates at most three options.
//
// hadolint: `# hadolint ignore=DL3006,DL3008` silences those rules on the next line, and
// `# hadolint global ignore=...` in the whole file (Hadolint/Pragma.hs).
import { goQuote } from '../build/gofmt';

export interface Directive {
  name: string;
  value: string;
  /** 1-based line. */
  line: number;
}

const DIRECTIVE_RE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/;
const VALID = new Set(['syntax', 'escape', 'check']);

/** BuildKit's DirectiveParser over the top of the file. */
export function parseDirectives(text: string): Directive[] {
  const lines = topLines(text.replace(/^\uFEFF/, ''));
  let first = lines.next();
  let line = 0;
  if (!first.done && first.value.startsWith('#!')) {
    first = lines.next();
    line = 1;
  }
  const out: Directive[] = [];
  const seen = new Set<string>();
  for (let next = first; !next.done; next = lines.next()) {
    const raw = next.value;
    line++;
    const l = raw.replace(/\r$/, '');
    if (!l.startsWith('#')) break;
    const m = DIRECTIVE_RE.exec(l.slice(1).replace(/^\s+/, ''));
    if (!m) break;
    const name = m[1]!.toLowerCase();
    if (!VALID.has(name)) break;
    // "only one check parser directive can be used": BuildKit's parser fails; the lint config
    // keeps what it read before.
    if (seen.has(name)) break;
    seen.add(name);
    out.push({ name, value: m[2]!, line });
  }
  return out;
}

/**
 * The lines of a text, as split('\n') gives them, read one at a time: directives are only at the
 * top, and splitting a whole long Dockerfile (several times per build) to read them was costly.
 */
function* topLines(text: string): Generator<string> {
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    yield text.slice(pos, end);
    pos = end + 1;
  }
}

export interface CheckConfig {
  skipAll: boolean;
  skip: Set<string>;
  experimentalAll: boolean;
  experimental: Set<string>;
  /** `error=true`: BuildKit fails the build ("lint violation found for rules: ...") when any rule fired. */
  errorOnWarn: boolean;
  /** An unreadable directive: BuildKit fails the build with this message before checking anything. */
  error: string | null;
}

/** The `# check=` configuration of a Dockerfile, as BuildKit's linter reads it. */
export function checkConfig(text: string): CheckConfig {
  const config: CheckConfig = { skipAll: false, skip: new Set(), experimentalAll: false, experimental: new Set(), errorOnWarn: false, error: null };
  const directive = parseDirectives(text).find((d) => d.name === 'check');
  if (!directive) return config;
  const value = directive.value.split(' ')[0]!.trim();
  if (value === '') return config;
  for (const part of splitN(value, ';', 3)) {
    const eq = part.indexOf('=');
    if (eq < 0) return { ...config, error: `failed to parse check options: invalid check option ${goQuote(part)}` };
    const key = part.slice(0, eq).trim();
    const v = part.slice(eq + 1);
    switch (key) {
      case 'skip':
      case 'experimental': {
        const all = key === 'skip' ? 'skipAll' : 'experimentalAll';
        const set = key === 'skip' ? config.skip : config.experimental;
        if (v.trim() === 'all') config[all] = true;
        else for (const rule of v.trim().split(',')) set.add(rule.trim());
        break;
      }
      case 'error': {
        const b = parseBool(v.trim());
        if (b === null) {
          return { ...config, error: `failed to parse check options: failed to parse check option ${goQuote(part)}: strconv.ParseBool: parsing ${goQuote(v.trim())}: invalid syntax` };
        }
        config.errorOnWarn = b;
        break;
      }
      default:
        return { ...config, error: `failed to parse check options: invalid check option ${goQuote(key)}` };
    }
  }
  return config;
}

/** Whether BuildKit's linter runs a rule under this configuration (linter.Linter.Run). */
export function buildkitRuns(config: CheckConfig, rule: { id: string; experimental?: boolean }): boolean {
  if (config.error) return false;
  if (rule.experimental) return config.experimentalAll || config.experimental.has(rule.id);
  return !(config.skipAll || config.skip.has(rule.id));
}

/** The error `# check=error=true` makes a build fail with, given the rules that fired. */
export function lintViolationError(rules: string[]): string {
  return `lint violation found for rules: ${[...new Set(rules)].join(', ')}`;
}

/** Go's strings.SplitN. */
function splitN(s: string, sep: string, n: number): string[] {
  const parts = s.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/** Go's strconv.ParseBool. */
function parseBool(s: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return null;
}

/**
 * A hadolint pragma in a comment's text (what follows `#`): the rule codes of
 * `hadolint ignore=...` or `hadolint global ignore=...`, else null.
 */
export function hadolintPragma(comment: string): { global: boolean; rules: string[] } | null {
  let s = comment;
  const spaces = () => {
    const m = /^[ \t]*/.exec(s)!;
    s = s.slice(m[0].length);
    return m[0].length;
  };
  const word = (w: string) => {
    if (!s.startsWith(w)) return false;
    s = s.slice(w.length);
    return true;
  };
  spaces();
  if (!word('hadolint') || spaces() === 0) return null;
  let global = false;
  if (s.startsWith('global')) {
    word('global');
    if (spaces() === 0) return null;
    global = true;
  }
  if (!word('ignore')) return null;
  spaces();
  if (!word('=')) return null;
  spaces();
  const rules: string[] = [];
  for (;;) {
    const m = /^[DLSC0-9]+/.exec(s);
    if (!m) return null;
    rules.push(m[0]);
    s = s.slice(m[0].length);
    spaces();
    if (s.startsWith('#')) s = '';
    if (s === '') return { global, rules };
    if (!word(',')) return null;
    spaces();
  }
}
