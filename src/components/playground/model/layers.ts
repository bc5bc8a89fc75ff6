// The Layers panel, dive-like: each layer with its size bar and its adds, changes, whiteouts and
// opaque folders; the bytes wasted by later deletes and overwrites.
import type { BuildResult, ChangeKind, LayerChange } from '../../../engine/types';
import { stageLabel } from './input';
import { humanSize } from './units';

export interface ChangeRow {
  kind: ChangeKind;
  /** One character, as dive marks changes. */
  mark: string;
  path: string;
  type: LayerChange['type'];
  size: string;
}

export interface LayerRow {
  index: number;
  createdBy: string;
  bytes: number;
  size: string;
  /** Share of the largest layer, 0..1, for the bar. */
  bar: number;
  fromBase: boolean;
  stage: string | null;
  line: number | null;
  counts: Record<ChangeKind, number>;
  changes: ChangeRow[];
  /** Changes that matched the filter but were not listed. */
  hidden: number;
  /** False when a filter is set and nothing in the layer matches it. */
  matches: boolean;
}

export interface LayersView {
  layers: LayerRow[];
  baseLayers: number;
  total: string;
  wasted: { bytes: number; size: string; efficiency: string; entries: { path: string; size: string; layers: string; reason: string }[] };
}

const MARK: Record<ChangeKind, string> = { add: '+', modify: '~', whiteout: '−', opaque: '∅' };

export function layersView(result: BuildResult, opts: { showBase: boolean; filter: string; limit: number }): LayersView | null {
  const image = result.image;
  if (!image) return null;
  const needle = opts.filter.trim().toLowerCase();
  const max = Math.max(1, ...image.layers.map((l) => l.size));
  const layers = image.layers
    .map((l, index): LayerRow => {
      const matching = l.changes.filter((c) => !needle || c.path.toLowerCase().includes(needle));
      const counts: Record<ChangeKind, number> = { add: 0, modify: 0, whiteout: 0, opaque: 0 };
      for (const c of l.changes) counts[c.kind]++;
      const s = l.stage === null ? null : result.stages[l.stage];
      return {
        index,
        createdBy: l.created_by.replace(/\r?\n/g, '\\n'),
        bytes: l.size,
        size: humanSize(l.size),
        bar: l.size / max,
        fromBase: l.stage === null,
        stage: s ? stageLabel(s) : l.stage === null ? null : `stage-${l.stage}`,
        line: l.line,
        counts,
        changes: matching.slice(0, opts.limit).map((c) => ({ kind: c.kind, mark: MARK[c.kind], path: c.path, type: c.type, size: c.type === 'dir' || c.kind === 'whiteout' || c.kind === 'opaque' ? '' : humanSize(c.size) })),
        hidden: Math.max(0, matching.length - opts.limit),
        matches: !needle || matching.length > 0,
      };
    })
    .filter((l) => opts.showBase || !l.fromBase);
  const w = image.wasted;
  return {
    layers,
    baseLayers: image.layers.filter((l) => l.stage === null).length,
    total: humanSize(image.size),
    wasted: {
      bytes: w.bytes,
      size: humanSize(w.bytes),
      efficiency: `${(w.efficiency * 100).toFixed(1)} %`,
      entries: w.entries.map((e) => ({
        path: e.path,
        size: humanSize(e.bytes),
        layers: e.layers.map((i) => `#${i}`).join(', '),
        reason: e.reason === 'deleted' ? 'deleted by a later layer' : 'overwritten by a later layer',
      })),
    },
  };
}
