// Secrets only a builder stage holds: not in the image, but in the builder's layers and history.
import { describe, expect, it } from 'vitest';
import { of, rules, run, secretFindings } from './fixtures';
import { GH_TOKEN, NPM_TOKEN } from './tokens';

const NPMRC = `//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n`;

describe('secret-in-builder-stage', () => {
  it('reports an .npmrc the builder copies in but the final image does not get', () => {
    const r = run(`
FROM test/busybox:1 AS build
WORKDIR /app
COPY .npmrc package.json ./
RUN mkdir dist && echo bundle > dist/main.js
RUN rm .npmrc
FROM test/busybox:1
COPY --from=build /app/dist /app/dist
`, { files: { '.npmrc': NPMRC, 'package.json': '{}' } });
    expect(rules(r)).toEqual(['secret-in-builder-stage']);
    const [f] = of(r, 'secret-in-builder-stage');
    expect(f).toMatchObject({ severity: 'info', line: 3, stage: 0, path: '/app/.npmrc', surface: 'builder stage' });
    expect(f!.layer).toBeUndefined();
    expect(f!.message).toContain('Stage build');
    expect(f!.message).toContain('line 5 deletes it');
    expect(f!.message).toContain('--target build');
    expect(f!.fix).toContain('--mount=type=secret,id=npmrc,target=/root/.npmrc');
  });

  it('reports build args, ENV and command literals of a builder stage', () => {
    const r = run(`
FROM test/busybox:1 AS build
ARG NPM_TOKEN
ENV DEPLOY_KEY=abc123xyz789
RUN echo ${GH_TOKEN} | wc -c
RUN echo built > /out
FROM test/busybox:1
COPY --from=build /out /out
`, { buildArgs: { NPM_TOKEN } });
    const fs = of(r, 'secret-in-builder-stage');
    expect(fs.map((f) => [f.line, f.field])).toEqual([
      [3, 'Env'],
      [2, 'history'],
      [4, 'history'],
    ]);
    expect(of(r, 'secret-in-build-arg')).toEqual([]);
    expect(of(r, 'secret-in-env')).toEqual([]);
    expect(of(r, 'secret-in-run-command')).toEqual([]);
    expect(rules(r)).toEqual(['secret-build-arg-provenance', 'secret-in-builder-stage']);
  });

  it('reports a secret copied out of its mount in a builder, as a builder-stage leak', () => {
    const r = run(`
FROM test/busybox:1 AS build
RUN --mount=type=secret,id=gh cp /run/secrets/gh /gh && echo built > /out
FROM test/busybox:1
COPY --from=build /out /out
`, { secrets: { gh: GH_TOKEN } });
    expect(rules(r)).toEqual(['secret-in-builder-stage']);
    const [f] = of(r, 'secret-in-builder-stage');
    expect(f).toMatchObject({ line: 2, path: '/gh' });
    expect(f!.message).toContain('"gh"');
  });

  it('does not report again in the builder what the image already shows', () => {
    const r = run(`
FROM test/busybox:1 AS build
COPY .npmrc /app/.npmrc
RUN echo built > /app/out
FROM test/busybox:1
COPY --from=build /app /app
`, { files: { '.npmrc': NPMRC } });
    expect(rules(r)).toEqual(['secret-file-in-image']);
  });

  it('treats a stage the final image is built FROM as part of the image', () => {
    const r = run(`
FROM test/busybox:1 AS base
ARG NPM_TOKEN
RUN echo deps > /deps
FROM base
RUN echo app > /app
`, { buildArgs: { NPM_TOKEN } });
    expect(of(r, 'secret-in-builder-stage')).toEqual([]);
    expect(of(r, 'secret-in-build-arg').map((f) => [f.line, f.stage])).toEqual([[2, 0]]);
  });

  it('stays quiet when the builder uses the secret through its mount', () => {
    const r = run(`
FROM test/busybox:1 AS build
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc cat /root/.npmrc | wc -l
RUN echo built > /out
FROM test/busybox:1
COPY --from=build /out /out
`, { secrets: { npmrc: NPMRC } });
    expect(secretFindings(r)).toEqual([]);
  });
});
