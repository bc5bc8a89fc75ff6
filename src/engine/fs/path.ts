// POSIX path helpers for the image filesystem (always absolute, '/'-separated, no trailing slash).

export function normalize(path: string): string {
  if (isNormal(path)) return path;
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/**
 * Whether a path is already normal: absolute, no empty, "." or ".." component, no trailing
 * slash. Most paths the engine handles are, and then normalize need not split and join them.
 */
function isNormal(path: string): boolean {
  if (path === '/') return true;
  if (path.charCodeAt(0) !== 47 || path.charCodeAt(path.length - 1) === 47) return false;
  // Each component starts after a '/': it must not be empty, "." or "..".
  for (let i = 0; i < path.length; i++) {
    if (path.charCodeAt(i) !== 47) continue;
    const c1 = path.charCodeAt(i + 1);
    if (c1 === 47) return false;
    if (c1 === 46) {
      const c2 = path.charCodeAt(i + 2);
      if (c2 === 47 || Number.isNaN(c2) || (c2 === 46 && (path.charCodeAt(i + 3) === 47 || i + 3 === path.length))) return false;
    }
  }
  return true;
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
  if (dir === '/') return path !== '/';
  // path.startsWith(dir + '/'), without building the string (this runs on every mounted lookup).
  return path.length > dir.length && path.charCodeAt(dir.length) === 47 && path.startsWith(dir);
}

const encoder = new TextEncoder();
/** Byte length of a string as UTF-8. */
export function byteLength(text: string): number {
  // Fast path: pure ASCII strings are the common case.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return encoder.encode(text).length;
  return text.length;
}
