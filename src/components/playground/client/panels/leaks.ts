// Leaks: every finding, where it lives, and the fix. A finding with a line jumps to it.
import { leakItems } from '../../model/leaks';
import { fill, h } from '../dom';
import { empty, lineButton, richText } from './common';
import type { Panel, PanelEnv, View } from './types';

export function leaksPanel(env: PanelEnv): Panel {
  const el = h('div', { class: 'pg-leaks' });
  return {
    id: 'leaks',
    title: 'Leaks',
    el,
    update(v: View) {
      const items = leakItems(v.result);
      if (!v.result.image) {
        fill(el, empty('No final image, so nothing to check for leaks yet.'));
        return;
      }
      if (!items.length) {
        fill(el, empty('No leaks found: no secret, build argument or kitchen file the simulator checks for reaches the final image.'));
        return;
      }
      fill(
        el,
        h(
          'ul',
          { class: 'pg-findings' },
          items.map((f) =>
            h(
              'li',
              { class: `pg-finding pg-sev-${f.severity}`, 'data-testid': 'leak', 'data-rule': f.rule },
              h('div', { class: 'pg-finding-head' }, h('span', { class: `pg-badge pg-badge-${f.severity}` }, f.severity), ' ', h('strong', null, richText(f.message))),
              h(
                'dl',
                { class: 'pg-where' },
                h('dt', null, 'rule'),
                h('dd', null, h('code', null, f.rule)),
                h('dt', null, 'surface'),
                h('dd', null, f.surface),
                f.where.map((w) => [h('dt', null, w.label), h('dd', null, h('code', null, w.value))]),
              ),
              h('p', { class: 'pg-fix' }, h('strong', null, 'Fix: '), richText(f.fix)),
              f.line !== null ? lineButton(f.line, env.goto, `Go to line ${f.line}`) : null,
            ),
          ),
        ),
      );
    },
  };
}
