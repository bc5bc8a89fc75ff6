// Stages: the stage graph in BuildKit's parallel lanes; dependsOn edges drawn between nodes.
import { stageGraph, type StageNode } from '../../model/stages';
import { fill, h, svg } from '../dom';
import { empty, lineButton, nextId } from './common';
import type { Panel, PanelEnv, View } from './types';

const ROLE_TEXT: Record<StageNode['role'], string> = {
  plate: 'the plate (final image)',
  kitchen: 'kitchen (builder)',
  skipped: 'skipped',
  failed: 'failed',
  stopped: 'not run',
};

export function stagesPanel(env: PanelEnv): Panel {
  const el = h('div', { class: 'pg-stages' });
  const arrow = nextId('pg-arrow');
  let graphEl: HTMLElement | null = null;
  let edges: { from: number; to: number }[] = [];

  function node(n: StageNode): HTMLElement {
    return h(
      'li',
      {
        class: `pg-node pg-node-${n.role}`,
        'data-testid': 'stage-node',
        'data-stage': n.index,
        'data-role': n.role,
        style: { 'grid-row': String(n.index + 1), 'grid-column': String(n.lane + 1) },
      },
      h('div', { class: 'pg-node-head' }, h('strong', { class: 'pg-node-name' }, n.label), ' ', h('span', { class: `pg-badge pg-badge-${n.role}` }, ROLE_TEXT[n.role])),
      h('div', { class: 'pg-node-from' }, h('code', null, `FROM ${n.base}`), ' ', lineButton(n.line, env.goto)),
      n.needs.length ? h('div', { class: 'pg-node-needs' }, 'needs ', n.needs.map((d, i) => [i ? ', ' : '', h('code', null, d.label)])) : null,
      n.skippedReason && n.role !== 'failed' ? h('div', { class: 'pg-node-reason' }, n.skippedReason) : null,
      h('div', { class: 'pg-node-lane' }, `lane ${n.lane + 1}`),
    );
  }

  function drawEdges(): void {
    if (!graphEl) return;
    graphEl.querySelector('svg.pg-edges')?.remove();
    const box = graphEl.getBoundingClientRect();
    if (!box.width) return; // hidden tab: drawn when shown
    const rect = (i: number) => graphEl!.querySelector(`[data-stage="${i}"]`)?.getBoundingClientRect();
    const paths = edges.flatMap((e) => {
      const a = rect(e.from);
      const b = rect(e.to);
      if (!a || !b) return [];
      const x1 = a.left + a.width / 2 - box.left;
      const y1 = a.bottom - box.top;
      const x2 = b.left + b.width / 2 - box.left;
      const y2 = b.top - box.top;
      const mid = (y1 + y2) / 2;
      return [svg('path', { d: `M${x1},${y1} C${x1},${mid} ${x2},${mid} ${x2},${y2 - 6}`, 'marker-end': `url(#${arrow})` })];
    });
    graphEl.prepend(
      svg(
        'svg',
        { class: 'pg-edges', width: box.width, height: box.height, 'aria-hidden': 'true', focusable: 'false' },
        svg('defs', null, svg('marker', { id: arrow, viewBox: '0 0 10 10', refX: '5', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z' }))),
        paths,
      ),
    );
  }

  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => drawEdges()).observe(el);

  return {
    id: 'stages',
    title: 'Stages',
    el,
    update(v: View) {
      const g = stageGraph(v.result, v.target);
      edges = g.edges;
      if (!g.nodes.length) {
        graphEl = null;
        fill(el, empty(g.summary));
        return;
      }
      graphEl = h('ol', { class: 'pg-graph', style: { '--lanes': String(Math.max(1, g.lanes)) }, 'aria-label': 'Stage graph' }, g.nodes.map(node));
      fill(
        el,
        h('p', { class: 'pg-summary' }, g.summary),
        h('p', { class: 'pg-hint' }, 'Stages in different lanes can run in parallel. Arrows point from a stage to the stages that need it. Grey stages are ones the target does not need: BuildKit skips them.'),
        graphEl,
      );
      requestAnimationFrame(drawEdges);
    },
    shown: () => requestAnimationFrame(drawEdges),
  };
}
