// POSIX path helpers for the image filesystem (always absolute, '/'-separated, no trailing slash).

export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** Resolves `path` against `cwd` (absolute) the way a shell or Dockerfile would. */
export function resolve(cwd: string, path: string): string {
  return normalize(path.startsWith('/') ? path : cwd + '/' + path);
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function join(dir: string, name: string): string {
  return dir === '/' ? '/' + name : dir + '/' + name;
}

/** Ancestors of an absolute path, nearest last, excluding the root: /a/b/c → [/a, /a/b]. */
export function ancestors(path: string): string[] {
  const out: string[] = [];
  let i = path.indexOf('/', 1);
  while (i > 0) {
    out.push(path.slice(0, i));
    i = path.indexOf('/', i + 1);
  }
  return out;
}

export function isUnder(path: string, dir: string): boolean {
  return dir === '/' ? path !== '/' : path.startsWith(dir + '/');
}

const encoder = new TextEncoder();
/** Byte length of a string as UTF-8. */
export function byteLength(text: string): number {
  // Fast path: pure ASCII strings are the common case.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return encoder.encode(text).length;
  return text.length;
}
