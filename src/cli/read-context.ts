// Reads a build context directory from disk into the engine's ContextEntry list. Text files carry
// their content (the engine reads package.json, scripts, .dockerignore); binary files only a size.
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { ContextEntry } from '../engine/types';

/** Files larger than this are sent by size only. */
const MAX_TEXT = 1 << 20;
const decoder = new TextDecoder('utf-8', { fatal: true });

export function readContext(root: string): ContextEntry[] {
  const out: ContextEntry[] = [];
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      const st = lstatSync(path);
      const mode = st.mode & 0o7777;
      if (st.isSymbolicLink()) out.push({ path: relPath, type: 'symlink', link: readlinkSync(path), mode: 0o777 });
      else if (st.isDirectory()) {
        out.push({ path: relPath, type: 'dir', mode });
        walk(path, relPath);
      } else if (st.isFile()) {
        const entry: ContextEntry = { path: relPath, type: 'file', size: st.size, mode };
        if (st.size <= MAX_TEXT) {
          const bytes = readFileSync(path);
          const text = asText(bytes);
          if (text !== null) entry.content = text;
          else entry.bytes = new Uint8Array(bytes);
        }
        out.push(entry);
      }
    }
  };
  walk(root, '');
  return out;
}

function asText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
