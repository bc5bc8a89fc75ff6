// The Go challenge's grader, on real simulated builds: the example's starter (Dockerfile.single)
// and solution (Dockerfile.multi), and variants of the solution that each break one thing.
import { describe, expect, it } from 'vitest';
import { build } from '../../../src/engine/index';
import type { BuildResult } from '../../../src/engine/types';
import { CRITERIA, gradeGoScratch, SIZE_LIMIT } from '../../../src/lessons/challenges/go-scratch';
import { getChallenge } from '../../../src/lessons/challenges';
import { humanSize } from '../../../src/lessons/format';
import { contextOf, dockerfileOf } from './helpers';

const context = contextOf('go');
const starter = dockerfileOf('go', 'single');
const solution = dockerfileOf('go', 'multi');
const run = (dockerfile: string): BuildResult => build({ dockerfile, context });
const failed = (r: BuildResult) =>
  gradeGoScratch(r)
    .checks.filter((c) => !c.pass)
    .map((c) => c.id);
const check = (r: BuildResult, id: string) => gradeGoScratch(r).checks.find((c) => c.id === id)!;

/** The solution with one line replaced (the line must exist, so an edited example fails loudly). */
function variant(from: string | RegExp, to: string): string {
  const out = solution.replace(from, to);
  if (out === solution) throw new Error(`Dockerfile.multi has no ${String(from)}`);
  return out;
}

describe('go-scratch challenge grader', () => {
  it('grades every criterion, in order, with a message', () => {
    const g = gradeGoScratch(run(solution));
    expect(g.checks.map((c) => c.id)).toEqual(CRITERIA.map((c) => c.id));
    for (const c of g.checks) expect(c.message).not.toBe('');
    expect(getChallenge('go-scratch').grade).toBe(gradeGoScratch);
  });

  it('fails the starter (single stage) on size, toolchain, user and leaks', () => {
    const r = run(starter);
    expect(r.ok).toBe(true);
    const g = gradeGoScratch(r);
    expect(g.pass).toBe(false);
    expect(failed(r)).toEqual(['size', 'toolchain', 'non-root', 'no-leaks']);
    expect(check(r, 'size').message).toContain(humanSize(r.image!.size));
    expect(check(r, 'toolchain').message).toContain('/usr/local/go');
    expect(check(r, 'toolchain').message).toContain('golang:1.23');
    expect(check(r, 'non-root').message).toContain('no USER is set');
    expect(check(r, 'no-leaks').message).toContain('/src/main.go');
  });

  it('passes the solution (builder + scratch)', () => {
    const r = run(solution);
    const g = gradeGoScratch(r);
    expect(g.checks.filter((c) => !c.pass).map((c) => `${c.id}: ${c.message}`)).toEqual([]);
    expect(g.pass).toBe(true);
    expect(r.image!.size).toBeLessThan(SIZE_LIMIT);
  });

  it('fails HTTPS without the CA bundle', () => {
    const r = run(variant(/^COPY --from=build \/etc\/ssl.*\n/m, ''));
    expect(failed(r)).toEqual(['https']);
    expect(check(r, 'https').message).toMatch(/x509|CA/);
  });

  it('fails "starts" for a shell-form ENTRYPOINT on scratch', () => {
    const r = run(variant('ENTRYPOINT ["/weather"]', 'ENTRYPOINT /weather'));
    expect(failed(r)).toContain('starts');
    expect(check(r, 'starts').message).toContain('/bin/sh');
  });

  it('fails "starts" for a cgo (dynamically linked) binary on scratch', () => {
    const r = run(variant("CGO_ENABLED=0 go build -ldflags='-s -w'", 'go build'));
    expect(failed(r)).toEqual(['starts']);
    expect(check(r, 'starts').message).toMatch(/glibc|ld-linux|no such file/);
  });

  it('fails "starts" for an empty scratch image', () => {
    const r = run('FROM scratch\nUSER 65532:65532\n');
    expect(failed(r)).toEqual(expect.arrayContaining(['starts', 'https']));
    expect(failed(r)).not.toContain('size');
  });

  it('fails "non-root" for USER root, USER 0 and no USER', () => {
    for (const user of ['USER root', 'USER 0:0', '']) {
      const r = run(variant('USER 65532:65532', user));
      expect(failed(r), user).toEqual(['non-root']);
    }
  });

  it('fails "non-root" for a user name the image does not have', () => {
    const r = run(variant('USER 65532:65532', 'USER app'));
    expect(failed(r)).toContain('non-root');
    expect(check(r, 'non-root').message).toContain('app');
  });

  it('passes a named user created in the kitchen and copied with /etc/passwd', () => {
    const df = variant(/^USER 65532:65532$/m, 'COPY --from=build /etc/passwd /etc/passwd\nUSER app').replace(
      'WORKDIR /src',
      'RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app\nWORKDIR /src',
    );
    const r = run(df);
    expect(check(r, 'non-root')).toMatchObject({ pass: true });
    expect(check(r, 'non-root').message).toContain('app');
  });

  it('fails "no-leaks" when the source is copied onto the plate', () => {
    const r = run(variant('COPY --from=build /out/weather /weather', 'COPY --from=build /out/weather /weather\nCOPY --from=build /src /src'));
    expect(failed(r)).toEqual(['no-leaks']);
    expect(check(r, 'no-leaks').message).toContain('/src/main.go');
  });

  it('fails "toolchain" when the final stage is a golang image', () => {
    const r = run(variant('FROM scratch', 'FROM golang:1.23-alpine'));
    expect(failed(r)).toEqual(expect.arrayContaining(['size', 'toolchain']));
  });

  it('reports a failed build and skips the other checks', () => {
    const r = run(variant('/out/weather /weather', '/out/missing /weather'));
    expect(r.ok).toBe(false);
    const g = gradeGoScratch(r);
    expect(g.pass).toBe(false);
    expect(g.checks[0]).toMatchObject({ id: 'builds', pass: false });
    expect(g.checks[0]!.message).toMatch(/^Line \d+: /);
    expect(g.checks.slice(1).every((c) => c.skipped && !c.pass)).toBe(true);
  });
});
