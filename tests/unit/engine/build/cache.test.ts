// The cache report through build({ previous }): which steps a real BuildKit printed as CACHED
// on the second build of the edit cases (OBSERVED.md §7, cases 38-41; FACTS.md "Stages and cache").
import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../../../src/engine/types';
import { ctx, ok } from '../fixtures';

/** "label i/n" of every non-FROM step with the given status. */
function steps(r: BuildResult, status: 'CACHED' | 'DONE'): string[] {
  const label = (i: number) => r.stages[i]!.name ?? `stage-${i}`;
  return r.steps.filter((s) => !s.instruction.startsWith('FROM ') && s.status === status).map((s) => `[${label(s.stage)} ${s.step}] ${s.instruction}`);
}

describe('edit one source file (case 38)', () => {
  const dockerfile = `FROM local/busybox:latest AS tools
RUN echo tool > /tool

FROM local/busybox:latest
WORKDIR /app
COPY deps.txt ./
RUN cat deps.txt > /installed
COPY src/ ./src/
RUN cat src/main.txt src/util.txt > /bundle
COPY --from=tools /tool /usr/local/bin/tool
RUN echo done > /done
`;
  const before = { 'deps.txt': 'deps\n', 'src/main.txt': 'v1\n', 'src/util.txt': 'util\n' };
  const after = { ...before, 'src/main.txt': 'v2\n' };
  const r = ok(dockerfile, { files: after, previous: { context: ctx(before) } });

  it('the COPY that reads it and every later step of that stage re-run', () => {
    expect(steps(r, 'DONE')).toEqual([
      '[stage-1 5/8] COPY src/ ./src/',
      '[stage-1 6/8] RUN cat src/main.txt src/util.txt > /bundle',
      '[stage-1 7/8] COPY --from=tools /tool /usr/local/bin/tool',
      '[stage-1 8/8] RUN echo done > /done',
    ]);
  });

  it('earlier steps and the independent stage stay CACHED', () => {
    expect(steps(r, 'CACHED').sort()).toEqual(['[stage-1 2/8] WORKDIR /app', '[stage-1 3/8] COPY deps.txt ./', '[stage-1 4/8] RUN cat deps.txt > /installed', '[tools 2/2] RUN echo tool > /tool'].sort());
  });

  it('the re-run COPY names the changed file', () => {
    expect(r.steps.find((s) => s.instruction === 'COPY src/ ./src/')!.reason).toContain('src/main.txt');
  });
});

describe('edit only ignored files (case 39)', () => {
  it('every step is CACHED', () => {
    const dockerfile = 'FROM local/busybox:latest\nCOPY . /ctx/\nRUN ls -a /ctx > /listing\n';
    const base = { '.dockerignore': '*.log\ntmp\n', 'debug.log': 'log line 1\n', 'tmp/t.txt': 't\n', 'app.txt': 'app\n' };
    const edited = { ...base, 'debug.log': 'log line 2\n', 'tmp/new.txt': 'new\n', 'another.log': 'x\n' };
    const r = ok(dockerfile, { files: edited, previous: { context: ctx(base) } });
    expect(steps(r, 'DONE')).toEqual([]);
    expect(steps(r, 'CACHED')).toEqual(['[stage-0 2/3] COPY . /ctx/', '[stage-0 3/3] RUN ls -a /ctx > /listing']);
  });
});

describe('change a build-arg (case 40)', () => {
  const dockerfile = `FROM local/busybox:latest
RUN echo before > /before
ARG VERSION=1
WORKDIR /work
COPY data.txt /data.txt
RUN echo unrelated > /unrelated
RUN echo "version $VERSION" > /version
ARG OTHER=o
RUN echo other > /other
`;
  const r = ok(dockerfile, { files: { 'data.txt': 'data\n' }, buildArgs: { VERSION: '2' }, previous: { buildArgs: { VERSION: '1' } } });

  it('WORKDIR and COPY right after the ARG stay CACHED; only RUN sees ARGs', () => {
    expect(steps(r, 'CACHED')).toEqual(['[stage-0 2/7] RUN echo before > /before', '[stage-0 3/7] WORKDIR /work', '[stage-0 4/7] COPY data.txt /data.txt']);
  });

  it('from the first RUN after the ARG on, everything re-runs, used or not', () => {
    expect(steps(r, 'DONE')).toEqual(['[stage-0 5/7] RUN echo unrelated > /unrelated', '[stage-0 6/7] RUN echo "version $VERSION" > /version', '[stage-0 7/7] RUN echo other > /other']);
  });

  it('the same build-args: all CACHED', () => {
    const same = ok(dockerfile, { files: { 'data.txt': 'data\n' }, buildArgs: { VERSION: '1' }, previous: { buildArgs: { VERSION: '1' } } });
    expect(steps(same, 'DONE')).toEqual([]);
  });
});

describe('edit a file a builder stage copies (case 41)', () => {
  const dockerfile = `FROM local/busybox:latest AS builder
COPY lib.txt /src/lib.txt
RUN mkdir /out && cat /src/lib.txt > /out/lib.bin

FROM local/busybox:latest AS assets
COPY config.txt /assets/config.txt

FROM local/busybox:latest
RUN echo base-setup > /setup
COPY --from=assets /assets/ /etc/app/
COPY --from=builder /out/lib.bin /usr/lib/lib.bin
RUN cat /usr/lib/lib.bin > /check
`;
  const before = { 'lib.txt': 'lib v1\n', 'config.txt': 'cfg\n' };
  const r = ok(dockerfile, { files: { ...before, 'lib.txt': 'lib v2\n' }, previous: { context: ctx(before) } });

  it('the builder steps and what depends on them re-run', () => {
    expect(steps(r, 'DONE').sort()).toEqual(
      ['[builder 2/3] COPY lib.txt /src/lib.txt', '[builder 3/3] RUN mkdir /out && cat /src/lib.txt > /out/lib.bin', '[stage-2 4/5] COPY --from=builder /out/lib.bin /usr/lib/lib.bin', '[stage-2 5/5] RUN cat /usr/lib/lib.bin > /check'].sort(),
    );
  });

  it('independent steps stay CACHED', () => {
    expect(steps(r, 'CACHED').sort()).toEqual(['[assets 2/2] COPY config.txt /assets/config.txt', '[stage-2 2/5] RUN echo base-setup > /setup', '[stage-2 3/5] COPY --from=assets /assets/ /etc/app/'].sort());
  });
});

describe('Dockerfile edits', () => {
  it('changing one instruction re-runs it and what follows; earlier steps stay CACHED', () => {
    const previous = 'FROM local/busybox:latest\nRUN echo a > /a\nRUN echo b > /b\nRUN echo c > /c\n';
    const r = ok(previous.replace('echo b', 'echo B'), { previous: { dockerfile: previous } });
    expect(steps(r, 'CACHED')).toEqual(['[stage-0 2/4] RUN echo a > /a']);
    expect(steps(r, 'DONE')).toEqual(['[stage-0 3/4] RUN echo B > /b', '[stage-0 4/4] RUN echo c > /c']);
  });

  it('an identical rebuild is all CACHED', () => {
    const df = 'FROM local/busybox:latest\nCOPY a /a\nRUN cat /a > /b\n';
    const r = ok(df, { files: { a: 'x' }, previous: {} });
    expect(steps(r, 'DONE')).toEqual([]);
  });
});
