// The playground's state and the rules every copy of it must keep (from props, the editors or a
// share link): limits, and safe context paths. Small on purpose: the page loads it up front, and
// loads the share-link codec (share.ts) only when a link is read or made.

export interface ContextFile {
  /** Relative, '/'-separated path inside the build context. */
  path: string;
  content: string;
}

export interface KeyValue {
  key: string;
  value: string;
}

/** Everything the learner can change. */
export interface PlaygroundState {
  dockerfile: string;
  files: ContextFile[];
  buildArgs: KeyValue[];
  /** Secret id → value rows. Values stay in the page; a share link keeps the ids only. */
  secrets: KeyValue[];
  /** Stage name to build, or '' for the last stage. */
  target: string;
}

export const LIMITS = {
  /** Characters of the encoded data in the URL hash. */
  hash: 32 * 1024,
  /** Bytes of the inflated JSON: inflating stops past this (guards against decompression bombs). */
  json: 512 * 1024,
  dockerfile: 64 * 1024,
  files: 100,
  fileContent: 64 * 1024,
  path: 200,
  buildArgs: 50,
  secrets: 20,
  name: 100,
  value: 4 * 1024,
} as const;

/** The Dockerfile itself is part of the context under this name; the editor owns it. */
export const DOCKERFILE_NAME = 'Dockerfile';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why a context path is unsafe or malformed, or null when it is fine. */
export function pathProblem(path: unknown): string | null {
  if (typeof path !== 'string') return 'must be text';
  if (path === '') return 'must not be empty';
  if (path.length > LIMITS.path) return `must be at most ${LIMITS.path} characters`;
  if (CONTROL.test(path)) return 'must not contain control characters';
  if (path.includes('\\')) return 'must use "/" between folders, not "\\"';
  if (path.startsWith('/')) return 'must be relative to the context (no leading "/")';
  if (path.trim() !== path) return 'must not start or end with spaces';
  const parts = path.split('/');
  if (parts.some((p) => p === '')) return 'must not have empty folder names ("//" or a trailing "/")';
  if (parts.some((p) => p === '.' || p === '..')) return 'must not contain "." or ".." segments';
  if (path === DOCKERFILE_NAME) return `"${DOCKERFILE_NAME}" is the editor's file; pick another name`;
  return null;
}

/** Problems of a whole file list: each path, duplicates, a file that is also a folder. */
export function filesProblem(files: ContextFile[]): string | null {
  const seen = new Set<string>();
  for (const [i, f] of files.entries()) {
    const p = pathProblem(f.path);
    if (p) return `files[${i}].path ${p}`;
    if (seen.has(f.path)) return `files[${i}].path "${f.path}" appears twice`;
    seen.add(f.path);
  }
  for (const f of files) {
    const parts = f.path.split('/');
    for (let n = 1; n < parts.length; n++) {
      const dir = parts.slice(0, n).join('/');
      if (seen.has(dir)) return `"${dir}" is both a file and a folder`;
    }
  }
  return null;
}

