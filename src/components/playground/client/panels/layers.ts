// Layers, dive-like: size bars, per-layer adds / changes / whiteouts / opaque folders, wasted bytes.
import { layersView } from '../../model/layers';
import { fill, h } from '../dom';
import { checkbox, empty, filterInput, lineButton } from './common';
import type { Panel, PanelEnv, View } from './types';

const LIMIT = 200;

export function layersPanel(env: PanelEnv): Panel {
  const el = h('div', { class: 'pg-layers' });
  const body = h('div');
  let filter = '';
  let showBase = false;
  let last: View | null = null;
  const render = () => last && draw(last);
  el.append(h('div', { class: 'pg-controls' }, filterInput('Filter changes by path', (v) => ((filter = v), render())), checkbox('Show base image layers', showBase, (v) => ((showBase = v), render()))), body);

  function draw(v: View): void {
    const lv = layersView(v.result, { showBase, filter, limit: LIMIT });
    if (!lv) {
      fill(body, empty('No final image: the build did not finish.'));
      return;
    }
    const items = lv.layers.map((l) =>
      h(
        'li',
        { class: `pg-layer${l.matches ? '' : ' pg-dim'}`, 'data-testid': 'layer-row', 'data-layer': l.index },
        h(
          'details',
          null,
          h(
            'summary',
            null,
            h('span', { class: 'pg-layer-no' }, `#${l.index}`),
            h('span', { class: 'pg-num pg-layer-size' }, l.size),
            h('span', { class: 'pg-bar', 'aria-hidden': 'true' }, h('span', { style: { width: `${Math.max(l.bytes ? 1 : 0, Math.round(l.bar * 100))}%` } })),
            h('code', { class: 'pg-layer-cmd' }, l.createdBy),
            h(
              'span',
              { class: 'pg-counts' },
              `+${l.counts.add} ~${l.counts.modify} −${l.counts.whiteout}`,
              l.counts.opaque ? ` ∅${l.counts.opaque}` : '',
              ' ',
              h('span', { class: 'pg-badge', title: l.fromBase ? 'a layer of the base image' : `made by stage ${l.stage ?? ''}` }, l.fromBase ? 'base image' : (l.stage ?? '')),
            ),
          ),
          h(
            'div',
            { class: 'pg-layer-body' },
            l.line !== null ? h('p', null, 'Made by ', lineButton(l.line, env.goto)) : h('p', null, 'A layer of the base image.'),
            l.changes.length
              ? h(
                  'ul',
                  { class: 'pg-changes', 'aria-label': `Changes in layer ${l.index}` },
                  l.changes.map((c) =>
                    h(
                      'li',
                      { class: `pg-change-${c.kind}` },
                      h('span', { class: 'pg-mark', title: c.kind }, c.mark),
                      h('span', { class: 'pg-visually-hidden' }, `${c.kind} `),
                      h('code', null, c.type === 'dir' ? `${c.path}/` : c.path),
                      c.size ? ` ${c.size}` : '',
                    ),
                  ),
                )
              : empty(filter ? 'Nothing in this layer matches the filter.' : 'No changes.'),
            l.hidden ? h('p', { class: 'pg-hint' }, `${l.hidden} more changes not shown: use the filter.`) : null,
          ),
        ),
      ),
    );
    fill(
      body,
      h(
        'p',
        { class: 'pg-summary' },
        `Image size ${lv.total}; wasted ${lv.wasted.size}; efficiency ${lv.wasted.efficiency}.`,
        lv.baseLayers && !showBase ? ` ${lv.baseLayers} base image layer${lv.baseLayers === 1 ? '' : 's'} hidden.` : '',
      ),
      h('p', { class: 'pg-hint' }, 'Legend: + added, ~ changed, − deleted (whiteout), ∅ folder emptied (opaque). Open a layer to see its files.'),
      items.length ? h('ol', { class: 'pg-layer-list' }, items) : empty('No layers to show: the image only has base image layers (tick “Show base image layers”).'),
      lv.wasted.entries.length
        ? [
            h('h3', null, 'Wasted space'),
            h('p', { class: 'pg-hint' }, 'Bytes a lower layer ships that a later layer deletes or overwrites: they still travel with the image.'),
            h('ul', { class: 'pg-wasted' }, lv.wasted.entries.map((e) => h('li', null, h('code', null, e.path), ` ${e.size}, in layers ${e.layers}, ${e.reason}`))),
          ]
        : null,
    );
  }

  return {
    id: 'layers',
    title: 'Layers',
    el,
    update(v) {
      last = v;
      draw(v);
    },
  };
}
