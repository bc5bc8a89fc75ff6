// The final image as `docker history`, `docker inspect` and a layer-by-layer look show it:
// history rows, layers with their changes and provenance, the merged filesystem, the size.
import type { StageState } from '../build/state';
import type { FileReport, ImageReport, LayerChange, LayerReport } from '../types';
import { kitchenLeftovers } from './kitchen';
import { wastedSpace } from './wasted';

export function imageReport(state: StageState, states: (StageState | null)[], finalChain: Set<number>): ImageReport {
  const layers: LayerReport[] = [];
  let next = 0;
  const historyIndexOfLayer = new Map<number, number>();
  state.history.forEach((h, i) => {
    if (!h.empty_layer && h.layer !== null) historyIndexOfLayer.set(h.layer, i);
  });
  for (const l of state.layers) {
    layers.push({
      created_by: l.created_by,
      size: l.size,
      changes: l.changes.map(withoutContent),
      history: historyIndexOfLayer.get(next) ?? -1,
      stage: l.stage,
      line: l.line,
    });
    next++;
  }
  // Rows are written out in full, optional fields last, rather than spread together: a report has
  // a row per file and per history entry, and spreading in the middle of a literal is slow.
  const history = state.history.map((h) => {
    const row: ImageReport['history'][number] = { created_by: h.created_by, empty_layer: h.empty_layer, size: h.layer !== null ? state.layers[h.layer]?.size ?? 0 : 0 };
    if (h.comment !== undefined) row.comment = h.comment;
    return row;
  });
  const files: FileReport[] = [];
  for (const path of state.fs.paths()) {
    const n = state.fs.get(path)!;
    const size = n.type === 'file' ? n.size : 0;
    const layer = Math.max(0, Math.min(n.layer, layers.length - 1));
    const { stage, instruction } = n.origin;
    const row: FileReport =
      n.link !== undefined
        ? { path, type: n.type, size, mode: n.mode, uid: n.uid, gid: n.gid, link: n.link, layer, stage, instruction }
        : { path, type: n.type, size, mode: n.mode, uid: n.uid, gid: n.gid, layer, stage, instruction };
    if (n.copiedBy) row.copiedBy = n.copiedBy;
    files.push(row);
  }
  const size = layers.reduce((a, l) => a + l.size, 0);
  return {
    config: state.config,
    history,
    layers,
    files,
    size,
    wasted: wastedSpace(layers, files, size),
    kitchen: kitchenLeftovers(states, finalChain, state),
    base: state.base.name === 'scratch' && !state.base.facts ? { name: 'scratch', facts: null } : { name: state.base.name, facts: state.base.facts },
  };
}

/** A copy of a change without its content (a plain spread is much faster than a rest pattern). */
function withoutContent(c: LayerChange): LayerChange {
  if (!('content' in c)) return { ...c };
  const { content: _c, ...rest } = c;
  return rest;
}
