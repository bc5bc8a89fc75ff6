// The final image as `docker history`, `docker inspect` and a layer-by-layer look show it:
// history rows, layers with their changes and provenance, the merged filesystem, the size.
import type { StageState } from '../build/state';
import type { FileReport, ImageReport, LayerReport } from '../types';
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
      changes: l.changes.map(({ content: _c, ...c }) => c),
      history: historyIndexOfLayer.get(next) ?? -1,
      stage: l.stage,
      line: l.line,
    });
    next++;
  }
  const history = state.history.map((h) => ({
    created_by: h.created_by,
    empty_layer: h.empty_layer,
    size: h.layer !== null ? state.layers[h.layer]?.size ?? 0 : 0,
    ...(h.comment !== undefined ? { comment: h.comment } : {}),
  }));
  const files: FileReport[] = [];
  for (const path of state.fs.paths()) {
    const n = state.fs.get(path)!;
    files.push({
      path,
      type: n.type,
      size: n.type === 'file' ? n.size : 0,
      mode: n.mode,
      uid: n.uid,
      gid: n.gid,
      ...(n.link !== undefined ? { link: n.link } : {}),
      layer: Math.max(0, Math.min(n.layer, layers.length - 1)),
      stage: n.origin.stage,
      instruction: n.origin.instruction,
      ...(n.copiedBy ? { copiedBy: n.copiedBy } : {}),
    });
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
