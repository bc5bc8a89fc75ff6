// Size: the final image against the single-stage alternative, as a bar chart.
import { sizeView } from '../../model/size';
import { fill, h } from '../dom';
import { empty } from './common';
import type { Panel, View } from './types';

export function sizePanel(): Panel {
  const el = h('div', { class: 'pg-size' });
  return {
    id: 'size',
    title: 'Size',
    el,
    update(v: View) {
      const sv = sizeView(v.result, v.alternative);
      if (!sv) {
        fill(el, empty('No final image: the build did not finish.'));
        return;
      }
      fill(
        el,
        h('p', { class: 'pg-summary', 'data-testid': 'size-verdict' }, sv.verdict),
        h(
          'ul',
          { class: 'pg-chart', 'aria-label': 'Image sizes' },
          sv.bars.map((b) =>
            h(
              'li',
              { class: `pg-chart-${b.kind}`, 'data-testid': 'size-bar', 'data-bytes': b.bytes },
              h('div', { class: 'pg-chart-label' }, h('strong', null, b.label), ` ${b.size}`, h('span', { class: 'pg-muted' }, ` — ${b.detail}`)),
              h('div', { class: 'pg-bar pg-bar-big', 'aria-hidden': 'true' }, h('span', { style: { width: `${Math.max(b.bytes ? 0.5 : 0, b.share * 100)}%` } })),
            ),
          ),
        ),
        h(
          'p',
          { class: 'pg-hint' },
          'How the alternative is chosen: without multi-stage builds you would ship the kitchen. The simulator builds the first stage the final stage copies from as its own target (',
          h('code', null, '--target'),
          ') and reports that image’s size. Sizes of unknown base images count as 0, so the bars only differ by what this Dockerfile adds unless the base image is in the simulator’s catalog.',
        ),
        h('p', { class: 'pg-hint' }, `Left in the kitchen (made by builder stages, not shipped): ${sv.leftBehind}.`),
      );
    },
  };
}
