// Output: the BuildKit-style log, `docker history` and `docker inspect`, all made from the result.
import { buildLog, historyRows, inspectJson } from '../../model/output';
import { fill, h } from '../dom';
import { empty } from './common';
import type { Panel, View } from './types';

export function outputPanel(): Panel {
  const el = h('div', { class: 'pg-output' });
  return {
    id: 'output',
    title: 'Output',
    el,
    update(v: View) {
      const log = buildLog(v.result, v.dockerfile);
      const image = v.result.image;
      fill(
        el,
        h('h3', null, 'Build log ', h('span', { class: 'pg-muted' }, '(docker build --progress=plain)')),
        h('pre', { class: 'pg-log', 'data-testid': 'build-log', tabindex: '0' }, log.map((l) => [h('span', { class: `pg-log-${l.kind}` }, l.text), '\n'])),
        h('h3', null, 'Image history ', h('span', { class: 'pg-muted' }, '(docker history --no-trunc, newest first)')),
        image
          ? h(
              'div',
              { class: 'pg-scroll', tabindex: '0', role: 'region', 'aria-label': 'docker history' },
              h(
                'table',
                { class: 'pg-table pg-history' },
                h('thead', null, h('tr', null, ['IMAGE', 'CREATED BY', 'SIZE', 'COMMENT'].map((t) => h('th', { scope: 'col', class: t === 'SIZE' ? 'pg-num' : undefined }, t)))),
                h(
                  'tbody',
                  null,
                  historyRows(image).map((r) =>
                    h(
                      'tr',
                      { 'data-testid': 'history-row', 'data-empty-layer': String(r.empty) },
                      h('td', null, h('code', null, r.image)),
                      h('td', null, h('code', null, r.createdBy)),
                      h('td', { class: 'pg-num', title: `${r.bytes} bytes` }, r.size),
                      h('td', null, r.comment),
                    ),
                  ),
                ),
              ),
            )
          : empty('No image: the build did not finish.'),
        h('h3', null, 'Image config ', h('span', { class: 'pg-muted' }, "(docker inspect --format '{{json .Config}}')")),
        image ? h('pre', { class: 'pg-json', 'data-testid': 'inspect-json', tabindex: '0' }, inspectJson(image.config)) : empty('No image: the build did not finish.'),
      );
    },
  };
}
