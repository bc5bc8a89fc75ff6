// .dockerignore patterns as moby/patternmatcher reads them (ignorefile.ReadAll, Pattern.compile,
// MatchesOrParentMatches), for CopyIgnoredFile.

export interface IgnorePattern {
  text: string;
  exclusion: boolean;
  re: RegExp;
}

/** Patterns of a .dockerignore: comments and blank lines skipped, paths cleaned. */
export function readIgnore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  for (const rawLine of text.split('\n')) {
    let p = rawLine.replace(/\r$/, '');
    if (p.startsWith('#')) continue;
    p = p.trim();
    if (p === '') continue;
    let exclusion = false;
    if (p.startsWith('!')) {
      exclusion = true;
      p = p.slice(1).trim();
      if (p === '') continue;
    }
    p = cleanPath(p);
    if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
    out.push({ text: p, exclusion, re: compile(p) });
  }
  return out;
}

/** MatchesOrParentMatches: the path or one of its parent directories matches; the last match wins. */
export function ignored(patterns: IgnorePattern[], path: string): boolean {
  const file = cleanPath(path);
  const parent = dirname(file);
  const parents = parent === '.' ? [] : parent.split('/');
  let matched = false;
  for (const p of patterns) {
    let match = p.re.test(file);
    if (!match) {
      for (let i = 0; i < parents.length && !match; i++) match = p.re.test(parents.slice(0, i + 1).join('/'));
    }
    if (match) matched = !p.exclusion;
  }
  return matched;
}

function compile(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        re += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if ('.+()|{}$^'.includes(ch)) re += '\\' + ch;
    else if (ch === '\\') {
      if (i + 1 < pattern.length) re += '\\' + pattern[++i];
      else re += '\\\\';
    } else re += ch;
  }
  try {
    return new RegExp(re + '$');
  } catch {
    return /$^/;
  }
}

/** Go's path.Clean. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const s = (rooted ? '/' : '') + out.join('/');
  return s === '' ? '.' : s;
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : p.slice(0, i);
}
