// In-process checks of the text report's details: BuildKit's excerpt window and colour rules.
import { afterAll, describe, expect, it } from 'vitest';
import { excerpt, renderText } from '../../../src/cli/render-text';
import type { BuildResult } from '../../../src/engine/types';
import { runCli, type Io } from '../../../src/cli/run';
import { cleanup, tempDir } from './helpers';

afterAll(cleanup);

describe('excerpt (BuildKit Source.Print)', () => {
  it('shows two lines either side when there are enough', () => {
    // As a real BuildKit printed it for tests/conformance/cases/08-error-copy-missing.
    const df = 'FROM local/busybox:latest\nRUN echo before > /before\nCOPY present.txt /present.txt\nCOPY missing.txt /missing.txt\nRUN echo after > /after\n';
    expect(excerpt(df, 4, 'Dockerfile')).toEqual([
      'Dockerfile:4',
      '--------------------',
      '   2 |     RUN echo before > /before',
      '   3 |     COPY present.txt /present.txt',
      '   4 | >>> COPY missing.txt /missing.txt',
      '   5 |     RUN echo after > /after',
      '   6 |     ',
      '--------------------',
    ]);
  });

  it('moves the unused padding before the line at the end of the file', () => {
    // As printed for 09-error-invalid-instruction: 1..4, not 1..5.
    expect(excerpt('FROM local/busybox:latest\nRUN echo ok > /ok\nFOO bar\n', 3, 'Dockerfile').slice(2, -1)).toEqual([
      '   1 |     FROM local/busybox:latest',
      '   2 |     RUN echo ok > /ok',
      '   3 | >>> FOO bar',
      '   4 |     ',
    ]);
  });
});

describe('colours', () => {
  const run = (env: Record<string, string>, isTTY: boolean): string => {
    let out = '';
    const ctx = tempDir({ Dockerfile: 'FROM scratch\nCOPY Dockerfile /\n' });
    const io: Io = { stdout: (t) => (out += t), stderr: () => {}, env, isTTY, version: '0' };
    expect(runCli(['build', ctx], io)).toBe(0);
    return out;
  };

  it('are used on a terminal only, and never with NO_COLOR', () => {
    expect(run({}, true)).toContain('\x1b[');
    expect(run({ NO_COLOR: '1' }, true)).not.toContain('\x1b[');
    expect(run({}, false)).not.toContain('\x1b[');
  });
});

describe('renderText sections', () => {
  const result: BuildResult = {
    ok: true,
    error: null,
    stages: [{ index: 0, name: null, base: 'scratch', built: true, lane: 0, dependsOn: [], line: 1 }],
    steps: [{ stage: 0, step: '1/1', instruction: 'RUN <<EOF', line: 2, status: 'DONE', reason: 'the instruction changed', opaque: 'frobnicate: command not modelled' }],
    image: {
      config: { Env: [], User: 'app', WorkingDir: '', Cmd: null, Entrypoint: ['/app'], ExposedPorts: { '8080/tcp': {} }, Labels: {}, Volumes: {}, Shell: null, StopSignal: '', Healthcheck: null, OnBuild: null },
      history: [{ created_by: 'RUN /bin/sh -c a\nb # buildkit', empty_layer: false, size: 1_010 }],
      layers: [],
      files: [],
      size: 1_010,
      wasted: { bytes: 0, efficiency: 1, entries: [] },
      kitchen: [],
      base: null,
    },
    findings: [{ rule: 'secret-in-layer', severity: 'error', message: 'the secret is in layer 1', line: 2, surface: 'layer', fix: 'use --mount=type=secret' }],
    lint: [{ rule: 'DL3006', source: 'hadolint', severity: 'warning', message: 'Always tag the image version', line: 1, endLine: 1, explanation: '', url: 'https://example.org/DL3006' }],
    notes: ['an assumption'],
  };
  const text = renderText(result, { dockerfile: '', dockerfileName: 'Dockerfile', color: false });

  it('prints the cache-miss reason and the opaque note of a step', () => {
    expect(text).toContain('#1 [1/1] RUN <<EOF\n#1 opaque: frobnicate: command not modelled\n#1 DONE (cache miss: the instruction changed)\n');
  });

  it('keeps one history row per entry and shows only non-empty config fields', () => {
    const row = 'RUN /bin/sh -c a\\nb # buildkit';
    // tabwriter layout: the column is as wide as its longest cell plus 3.
    expect(text).toContain(`${'CREATED BY'.padEnd(row.length + 3)}SIZE\n${row}   1.01kB\n`);
    expect(text).toMatch(/IMAGE CONFIG.*\nUser: +app\nEntrypoint: +\["\/app"\]\nExposedPorts: +8080\/tcp\n\n/);
  });

  it('says "no findings" when there are none', () => {
    const clean = renderText({ ...result, findings: [], lint: [], notes: [] }, { dockerfile: '', dockerfileName: 'Dockerfile', color: false });
    expect(clean).toMatch(/\nFINDINGS\nno findings\n$/);
  });

  it('lists findings, lint and notes', () => {
    expect(text).toContain('FINDINGS (2)\n - error secret-in-layer (line 2): the secret is in layer 1\n   fix: use --mount=type=secret\n - warning DL3006 (line 1): Always tag the image version\n   see: https://example.org/DL3006\n');
    expect(text).toContain('NOTES\n - an assumption\n');
  });
});
