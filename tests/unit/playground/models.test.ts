import { describe, expect, it } from 'vitest';
import { cacheView } from '../../../src/components/playground/model/cache';
import { filesView, kitchenView } from '../../../src/components/playground/model/files';
import { asPrevious, contextEntries, kitchenStage, record, targetChoices, targetIndex, toBuildInput } from '../../../src/components/playground/model/input';
import { layersView } from '../../../src/components/playground/model/layers';
import { leakItems } from '../../../src/components/playground/model/leaks';
import { errorLines, markers } from '../../../src/components/playground/model/markers';
import { buildLog, historyRows, inspectJson } from '../../../src/components/playground/model/output';
import { sizeView } from '../../../src/components/playground/model/size';
import { stageGraph } from '../../../src/components/playground/model/stages';
import { humanSize, modeString } from '../../../src/components/playground/model/units';
import { DOCKERFILE, failedResult, result, XSS } from './fixture';

describe('units', () => {
  it("prints sizes as Docker does: 1000-based, 3 significant digits", () => {
    expect(humanSize(0)).toBe('0B');
    expect(humanSize(999)).toBe('999B');
    expect(humanSize(1000)).toBe('1kB');
    expect(humanSize(1234)).toBe('1.23kB');
    expect(humanSize(1_234_567)).toBe('1.23MB');
    expect(humanSize(12_345_678)).toBe('12.3MB');
    expect(humanSize(123_456_789)).toBe('123MB');
    expect(humanSize(999_999)).toBe('1e+03kB');
    expect(humanSize(7_800_000_000)).toBe('7.8GB');
  });
  it('prints modes as ls does', () => {
    expect(modeString('file', 0o644)).toBe('-rw-r--r--');
    expect(modeString('dir', 0o755)).toBe('drwxr-xr-x');
    expect(modeString('symlink', 0o777)).toBe('lrwxrwxrwx');
  });
});

describe('input', () => {
  const state = { dockerfile: 'FROM scratch', files: [{ path: 'a', content: 'x' }], buildArgs: [{ key: 'A', value: '1' }, { key: '', value: 'draft' }], secrets: [{ key: 's', value: 'v' }], target: '' };
  it('puts the Dockerfile into the context, as docker build . does', () => {
    expect(contextEntries(state).map((e) => e.path)).toEqual(['Dockerfile', 'a']);
  });
  it('drops draft rows with no name and sets the target only when chosen', () => {
    expect(record(state.buildArgs)).toEqual({ A: '1' });
    const input = toBuildInput(state);
    expect(input.target).toBeUndefined();
    expect(input.secrets).toEqual({ s: 'v' });
    expect(toBuildInput({ ...state, target: 'build' }).target).toBe('build');
  });
  it('keeps secrets out of the previous build', () => {
    const prev = asPrevious(toBuildInput(state));
    expect(Object.keys(prev).sort()).toEqual(['buildArgs', 'context', 'dockerfile']);
  });
  it('finds the target, the choices and the kitchen stage', () => {
    const r = result();
    expect(targetIndex(r, '')).toBe(2);
    expect(targetIndex(r, 'BUILD')).toBe(0);
    expect(targetIndex(failedResult(), 'x')).toBe(0);
    expect(targetChoices(r)).toEqual(['build', 'test']);
    expect(kitchenStage(r, '')?.name).toBe('build');
    expect(kitchenStage(r, 'build')).toBeNull();
  });
});

describe('stages', () => {
  it('lays out lanes and edges and marks the plate and the skipped stage', () => {
    const g = stageGraph(result(), '');
    expect(g.lanes).toBe(2);
    expect(g.plate).toBe(2);
    expect(g.edges).toEqual([{ from: 0, to: 2 }]);
    expect(g.nodes.map((n) => n.role)).toEqual(['kitchen', 'skipped', 'plate']);
    expect(g.nodes[1]!.skippedReason).toMatch(/not needed/);
    expect(g.nodes[2]!.label).toBe('stage-2');
    expect(g.nodes[2]!.needs).toEqual([{ index: 0, label: 'build' }]);
    expect(g.nodes[0]!.neededBy).toEqual([{ index: 2, label: 'stage-2' }]);
    expect(g.summary).toMatch(/3 stages, 2 built, 1 skipped/);
  });
  it('marks a failed stage as failed, not as the plate', () => {
    const g = stageGraph(failedResult(), '');
    expect(g.nodes[0]!.role).toBe('failed');
  });
  it('explains an empty graph', () => {
    expect(stageGraph({ ...failedResult(), stages: [] }, '').summary).toMatch(/No stages/);
  });
});

describe('files', () => {
  it('lists the image with provenance, hides base files unless asked, filters and caps', () => {
    const files = result().image!.files;
    const v = filesView(files, { filter: '', showBase: false, limit: 100 });
    expect(v.rows.map((r) => r.path)).toEqual(['/app', '/x', `/x/${XSS}`]);
    expect(v.baseCount).toBe(1);
    expect(v.rows[0]).toMatchObject({ stage: 'build', instruction: 'RUN go build -o /out/app .', copiedBy: 'COPY --from=build /out/app /app', layer: 0, size: '1.23MB', mode: '-rwxr-xr-x' });
    expect(v.rows[1]!.depth).toBe(0);
    expect(v.rows[2]!.depth).toBeGreaterThan(0);
    expect(filesView(files, { filter: '', showBase: true, limit: 100 }).rows).toHaveLength(4);
    expect(filesView(files, { filter: 'APP', showBase: false, limit: 100 }).rows.map((r) => r.path)).toEqual(['/app']);
    const capped = filesView(files, { filter: '', showBase: true, limit: 2 });
    expect(capped.rows).toHaveLength(2);
    expect(capped.hidden).toBe(2);
  });
  it('reports what stayed in the kitchen', () => {
    const k = kitchenView(result());
    expect(k).toHaveLength(1);
    expect(k[0]).toMatchObject({ stage: 'build', size: '300MB', line: 1 });
    expect(k[0]!.largest[1]).toEqual({ path: '/root/.cache/go-build', size: '250MB' });
  });
});

describe('layers', () => {
  it('gives size bars, counts per kind and a filter', () => {
    const v = layersView(result(), { showBase: false, filter: '', limit: 100 })!;
    expect(v.layers).toHaveLength(2);
    expect(v.layers[0]!.bar).toBe(1);
    expect(v.layers[1]!.bar).toBeCloseTo(12 / 1_234_567);
    expect(v.layers[1]!.counts).toEqual({ add: 2, modify: 0, whiteout: 1, opaque: 0 });
    expect(v.layers[1]!.changes.map((c) => c.mark)).toEqual(['+', '+', '−']);
    expect(v.layers[0]!.stage).toBe('stage-2');
    const f = layersView(result(), { showBase: false, filter: 'old', limit: 100 })!;
    expect(f.layers.map((l) => l.matches)).toEqual([false, true]);
    expect(f.layers[1]!.changes.map((c) => c.path)).toEqual(['/x/old']);
    expect(v.wasted).toMatchObject({ size: '0B', efficiency: '100.0 %' });
  });
  it('is null without an image', () => {
    expect(layersView(failedResult(), { showBase: true, filter: '', limit: 1 })).toBeNull();
  });
});

describe('leaks', () => {
  it('orders by severity and spells out where each finding lives', () => {
    const items = leakItems(result());
    expect(items.map((i) => i.rule)).toEqual(['secret-file-in-image', 'secret-in-env']);
    expect(items[0]!.where.map((w) => w.label)).toEqual(['stage', 'layer', 'path']);
    expect(items[0]!.where[1]!.value).toMatch(/^#1 COPY/);
    expect(items[1]!.where).toEqual([{ label: 'field', value: 'Env' }]);
  });
});

describe('cache', () => {
  it('says CACHED or rebuilt with the reason', () => {
    const v = cacheView(result(), true);
    expect(v.cached).toBe(2);
    expect(v.rebuilt).toBe(4);
    expect(v.summary).toMatch(/2 of 6 steps CACHED, 4 rebuilt/);
    expect(v.rows[2]).toMatchObject({ cached: false, reason: 'source files changed: main.go', stage: 'build', step: '3/4' });
  });
  it('marks the step the build failed at', () => {
    const v = cacheView(failedResult(), true);
    expect(v.rows.map((r) => r.status)).toEqual(['CACHED', 'ERROR']);
    expect(v.rows[1]!.reason).toBe('the build failed at this step');
    expect(v.summary).toMatch(/1 of 2 steps CACHED, 0 rebuilt, 1 failed/);
  });
  it('explains the first build', () => {
    const r = result();
    r.steps = r.steps.map(({ reason: _r, ...s }) => ({ ...s, status: 'DONE' as const }));
    const v = cacheView(r, false);
    expect(v.summary).toMatch(/first build/);
    expect(v.rows[0]!.reason).toMatch(/first build/);
  });
});

describe('output', () => {
  it('prints a BuildKit-style log from the steps', () => {
    const log = buildLog(result(), DOCKERFILE).map((l) => l.text);
    expect(log[0]).toBe('#1 [build 1/4] FROM golang:1.23');
    expect(log[1]).toBe('#1 CACHED');
    expect(log).toContain('#3 DONE (cache miss: source files changed: main.go)');
    expect(log).toContain('#4 not modelled: the simulator has no model of `go`');
    expect(log).toContain('#5 [stage-2 1/2] COPY --from=build /out/app /app');
    expect(log.at(-1)).toMatch(/^skipped: stage test \(line 5\): not needed/);
  });
  it('prints the error with an excerpt of the Dockerfile', () => {
    const log = buildLog(failedResult(), 'FROM scratch\nWORKDIR /\nCOPY nope /\nUSER 1\n');
    expect(log.map((l) => l.text)).toEqual([
      '#1 [1/2] WORKDIR /',
      '#1 CACHED',
      '#2 [2/2] COPY nope /',
      '#2 ERROR: failed to compute cache key: failed to calculate checksum of ref: "/nope": not found',
      'Dockerfile:3',
      '--------------------',
      '   1 |     FROM scratch',
      '   2 |     WORKDIR /',
      '   3 | >>> COPY nope /',
      '   4 |     USER 1',
      '   5 |     ',
      '--------------------',
      'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref: "/nope": not found',
    ]);
    expect(log.at(-1)).toMatchObject({ kind: 'error', line: 3 });
  });
  it('lists docker history newest first with human sizes', () => {
    const rows = historyRows(result().image!);
    expect(rows.map((r) => r.createdBy)).toEqual(['ENTRYPOINT ["/app"]', 'USER 65532:65532', `COPY /src/${XSS} /x # buildkit`, 'COPY /out/app /app # buildkit']);
    expect(rows.map((r) => r.size)).toEqual(['0B', '0B', '12B', '1.23MB']);
    expect(rows[0]).toMatchObject({ image: '<this image>', comment: 'buildkit.dockerfile.v0', empty: true, index: 3 });
    expect(rows[1]!.image).toBe('<missing>');
  });
  it('prints the config as JSON', () => {
    expect(JSON.parse(inspectJson(result().image!.config))).toEqual(result().image!.config);
  });
});

describe('size', () => {
  it('compares the final image with the kitchen built as a target', () => {
    const alt = result();
    alt.image!.size = 900_000_000;
    const v = sizeView(result(), { stage: 'build', result: alt })!;
    expect(v.bars.map((b) => [b.kind, b.size])).toEqual([
      ['plate', '1.23MB'],
      ['kitchen', '900MB'],
    ]);
    expect(v.bars[1]!.share).toBe(1);
    expect(v.verdict).toMatch(/99\.9% smaller than shipping stage "build"/);
    expect(v.leftBehind).toBe('300MB');
  });
  it('says why there is no comparison', () => {
    expect(sizeView(result(), null)!.verdict).toMatch(/no single-stage alternative/);
    expect(sizeView(result(), { stage: 'stage-0', result: null, why: 'no name' })!.verdict).toBe('no name');
    expect(sizeView(failedResult(), null)).toBeNull();
  });
});

describe('markers', () => {
  it('turns the error, lint and findings with a line into markers', () => {
    const m = markers(result(), 11);
    expect(m.map((x) => [x.line, x.severity, x.source])).toEqual([
      [5, 'warning', 'build check'],
      [9, 'error', 'leak'],
    ]);
    const f = markers(failedResult(), 4);
    expect(f).toEqual([{ line: 3, endLine: 3, severity: 'error', message: failedResult().error!.message, source: 'build' }]);
    expect([...errorLines(failedResult())]).toEqual([3]);
  });
  it('clamps lines into the document', () => {
    const r = failedResult();
    r.error!.line = 99;
    expect(markers(r, 4)[0]!.line).toBe(4);
  });
});

describe('notes', () => {
  it('lists the engine notes and the steps it could not model, with their lines', async () => {
    const { assumptions } = await import('../../../src/components/playground/model/notes');
    const a = assumptions(result());
    expect(a).toHaveLength(2);
    expect(a[0]).toEqual({ text: `The image "golang:1.23" is not known ${XSS}`, line: null });
    expect(a[1]).toEqual({ text: 'RUN go build -o /out/app .: the simulator has no model of `go`', line: 4 });
  });
});
