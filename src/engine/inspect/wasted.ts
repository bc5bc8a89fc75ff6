// dive-like accounting: every version of a file that a later layer deletes or overwrites still
// ships in its layer. Each hidden version counts once (not once per later layer, dive#684).
import type { FileReport, LayerReport, WastedSpace } from '../types';

export function wastedSpace(layers: LayerReport[], files: FileReport[], size: number): WastedSpace {
  const visible = new Map<string, number>();
  for (const f of files) visible.set(f.path, f.layer);
  const byPath = new Map<string, WastedSpace['entries'][number]>();
  layers.forEach((layer, i) => {
    for (const c of layer.changes) {
      if (c.type !== 'file' || (c.kind !== 'add' && c.kind !== 'modify') || c.size === 0) continue;
      const finalLayer = visible.get(c.path);
      if (finalLayer === i) continue;
      const entry = byPath.get(c.path) ?? { path: c.path, bytes: 0, layers: [], reason: finalLayer === undefined ? 'deleted' : 'overwritten' };
      entry.bytes += c.size;
      entry.layers.push(i);
      byPath.set(c.path, entry);
    }
  });
  const entries = [...byPath.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
  const bytes = entries.reduce((a, e) => a + e.bytes, 0);
  return { bytes, efficiency: size > 0 ? 1 - bytes / size : 1, entries };
}
