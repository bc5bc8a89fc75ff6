// Cache: "change something, rebuild". Each step CACHED or rebuilt, with the engine's reason.
import { cacheView } from '../../model/cache';
import { fill, h } from '../dom';
import { empty, lineButton } from './common';
import type { Panel, PanelEnv, View } from './types';

export function cachePanel(env: PanelEnv): Panel {
  const el = h('div', { class: 'pg-cache' });
  return {
    id: 'cache',
    title: 'Cache',
    el,
    update(v: View) {
      const cv = cacheView(v.result, v.compared);
      fill(
        el,
        h('p', { class: 'pg-summary' }, cv.summary),
        h(
          'p',
          { class: 'pg-hint' },
          'Each build is compared with the previous successful one, as running ',
          h('code', null, 'docker build'),
          ' again would be. ',
          v.compared ? h('button', { type: 'button', class: 'pg-btn pg-btn-small', on: { click: env.forgetCache } }, 'Forget the cache and rebuild') : null,
        ),
        cv.rows.length
          ? h(
              'ol',
              { class: 'pg-steps' },
              cv.rows.map((r) =>
                h(
                  'li',
                  { class: r.cached ? 'pg-step-cached' : 'pg-step-run', 'data-testid': 'cache-step', 'data-status': r.status },
                  r.status === 'ERROR'
                    ? h('span', { class: 'pg-badge pg-badge-error' }, 'failed')
                    : h('span', { class: `pg-badge ${r.cached ? 'pg-badge-cached' : 'pg-badge-run'}` }, r.cached ? 'CACHED' : v.compared ? 'rebuilt' : 'DONE'),
                  ' ',
                  h('span', { class: 'pg-step-label' }, `[${r.stage} ${r.step}]`),
                  ' ',
                  h('code', null, r.instruction),
                  ' ',
                  lineButton(r.line, env.goto),
                  r.reason ? h('div', { class: 'pg-reason' }, r.reason) : null,
                ),
              ),
            )
          : empty('No steps ran.'),
      );
    },
  };
}
