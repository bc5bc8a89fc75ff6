// Files: the final image's filesystem with every entry's provenance, and the kitchen leftovers.
import { filesView, kitchenView } from '../../model/files';
import { fill, h } from '../dom';
import { checkbox, empty, filterInput } from './common';
import type { Panel, View } from './types';

const LIMIT = 400;

export function filesPanel(): Panel {
  const el = h('div', { class: 'pg-files' });
  const body = h('div');
  let filter = '';
  let showBase = false;
  let last: View | null = null;
  const render = () => last && draw(last);

  el.append(
    h('div', { class: 'pg-controls' }, filterInput('Filter paths', (v) => ((filter = v), render())), checkbox('Show the base image’s files', showBase, (v) => ((showBase = v), render()))),
    body,
  );

  function draw(v: View): void {
    const image = v.result.image;
    if (!image) {
      fill(body, empty('No final image: the build did not finish.'));
      return;
    }
    const fv = filesView(image.files, { filter, showBase, limit: LIMIT });
    const rows = fv.rows.map((r) =>
      h(
        'tr',
        { 'data-testid': 'file-row', 'data-path': r.path, class: r.fromBase ? 'pg-from-base' : undefined },
        h('td', { class: 'pg-path', style: { '--depth': String(r.depth) } }, h('code', { title: r.path }, r.type === 'dir' ? `${r.name}/` : r.name), r.link ? [' → ', h('code', null, r.link)] : null),
        h('td', { class: 'pg-num' }, r.size),
        h('td', null, h('code', null, r.mode), ' ', r.owner),
        h('td', null, r.fromBase ? 'base image' : h('code', null, r.stage)),
        h('td', { class: 'pg-instr' }, r.fromBase ? '' : h('code', null, r.instruction)),
        h('td', { class: 'pg-instr' }, r.copiedBy ? h('code', null, r.copiedBy) : ''),
        h('td', { class: 'pg-num' }, `#${r.layer}`),
      ),
    );
    const kitchen = kitchenView(v.result);
    fill(
      body,
      h('p', { class: 'pg-summary' }, `${fv.ownCount} entr${fv.ownCount === 1 ? 'y' : 'ies'} from this build, ${fv.baseCount} from the base image.`),
      rows.length
        ? h(
            'div',
            { class: 'pg-scroll', tabindex: '0', role: 'region', 'aria-label': 'Files of the final image' },
            h(
              'table',
              { class: 'pg-table' },
              h('thead', null, h('tr', null, ['Path', 'Size', 'Mode / owner', 'Made by stage', 'Instruction', 'Copied in by', 'Layer'].map((t) => h('th', { scope: 'col', class: t === 'Size' || t === 'Layer' ? 'pg-num' : undefined }, t)))),
              h('tbody', null, rows),
            ),
          )
        : empty(filter ? 'No file matches the filter.' : 'This build added no files of its own.'),
      fv.hidden ? h('p', { class: 'pg-hint' }, `${fv.hidden} more not shown: use the filter.`) : null,
      h('h3', null, 'Left in the kitchen'),
      kitchen.length
        ? h(
            'ul',
            { class: 'pg-kitchen' },
            kitchen.map((k) =>
              h(
                'li',
                { 'data-testid': 'kitchen-stage' },
                h('strong', null, `Stage ${k.stage}`),
                ` made ${k.size} that the final image does not carry.`,
                k.largest.length ? h('ul', null, k.largest.map((f) => h('li', null, h('code', null, f.path), ` ${f.size}`))) : null,
              ),
            ),
          )
        : empty('Nothing: no builder stage made files that stayed behind.'),
    );
  }

  return {
    id: 'files',
    title: 'Files',
    el,
    update(v) {
      last = v;
      draw(v);
    },
  };
}
