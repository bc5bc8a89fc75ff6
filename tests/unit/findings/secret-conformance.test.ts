// The conformance cases written for leak surfaces (tests/conformance/cases/46-leak-surfaces and
// 47-leak-builder-only): every surface their "covers" list names has its finding, on the line
// that holds it, and no finding quotes a marker in full. Built on this suite's busybox fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { IMAGES, run } from './fixtures';

function buildCase(name: string) {
  const dir = `tests/conformance/cases/${name}`;
  const cfg = JSON.parse(readFileSync(`${dir}/case.json`, 'utf8')) as { covers: string[]; secrets: Record<string, string>; buildArgs: Record<string, string>; leakMarker: string };
  const files = Object.fromEntries(readdirSync(`${dir}/context`).map((p) => [p, readFileSync(`${dir}/context/${p}`, 'utf8')]));
  const dockerfile = readFileSync(`${dir}/Dockerfile`, 'utf8');
  const r = run(dockerfile, { files, secrets: cfg.secrets, buildArgs: cfg.buildArgs, images: { 'local/busybox:latest': IMAGES['test/busybox:1']! } });
  const lineOf = (text: string) => dockerfile.split('\n').findIndex((l) => l.includes(text)) + 1;
  return { r, cfg, lineOf };
}

const at = (fs: Finding[], rule: string, line: number) => fs.filter((f) => f.rule === rule && f.line === line);

describe('conformance case 46-leak-surfaces', () => {
  const { r, cfg, lineOf } = buildCase('46-leak-surfaces');
  const covers: Record<string, () => void> = {
    'leak: ARG in RUN history': () => expect(at(r.findings, 'secret-in-build-arg', lineOf('ARG NPM_TOKEN'))).toHaveLength(1),
    'leak: ENV': () => expect(at(r.findings, 'secret-in-env', lineOf('ENV API_KEY'))).toHaveLength(1),
    'leak: LABEL': () => expect(at(r.findings, 'secret-in-label', lineOf('LABEL deploy.password'))).toHaveLength(1),
    'leak: RUN command text': () => expect(at(r.findings, 'secret-in-run-command', lineOf('aws_secret_access_key'))).toHaveLength(1),
    'leak: deleted file still in lower layer': () => expect(at(r.findings, 'secret-in-deleted-layer', lineOf('COPY .npmrc'))[0]).toMatchObject({ path: '/app/.npmrc' }),
    'leak: mounted secret copied': () => expect(at(r.findings, 'mounted-secret-copied', lineOf('cp /run/secrets/token'))[0]).toMatchObject({ path: '/app/token.txt' }),
    'leak: secret file in final image': () => expect(at(r.findings, 'secret-file-in-image', lineOf('COPY id_rsa'))[0]).toMatchObject({ path: '/root/.ssh/id_rsa' }),
    'no leak: secret mount used correctly': () => expect(r.findings.filter((f) => f.line === lineOf('test -s /run/secrets/token'))).toEqual([]),
  };

  it.each(cfg.covers)('%s', (c) => {
    expect(covers[c], `no check for "${c}"`).toBeDefined();
    covers[c]!();
  });

  it('reports nothing else, and never quotes a marker in full', () => {
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['mounted-secret-copied', 'secret-file-in-image', 'secret-in-build-arg', 'secret-in-deleted-layer', 'secret-in-env', 'secret-in-label', 'secret-in-run-command']);
    for (const f of r.findings) expect(`${f.message} ${f.fix}`).not.toMatch(new RegExp(`${cfg.leakMarker}-[A-Z]`));
  });
});

describe('conformance case 47-leak-builder-only', () => {
  const { r, cfg, lineOf } = buildCase('47-leak-builder-only');
  const covers: Record<string, () => void> = {
    'leak: secret only in an intermediate stage': () => {
      const builder = r.findings.filter((f) => f.rule === 'secret-in-builder-stage');
      expect(builder.map((f) => [f.line, f.severity, f.stage])).toEqual([
        [lineOf('COPY .env'), 'info', 0],
        [lineOf('ARG GITHUB_TOKEN'), 'info', 0],
      ]);
    },
    'leak: ARG value baked into a copied file': () => {
      const [f] = r.findings.filter((x) => x.rule === 'secret-file-in-image');
      expect(f).toMatchObject({ severity: 'error', path: '/app/out.txt', line: lineOf('COPY --from=build') });
      expect(f!.message).toContain('the build argument GITHUB_TOKEN');
      expect(f!.message).toContain(`line ${lineOf('RUN echo')} made it`);
    },
  };

  it.each(cfg.covers)('%s', (c) => {
    expect(covers[c], `no check for "${c}"`).toBeDefined();
    covers[c]!();
  });

  it('says nothing about the final image\'s history or config', () => {
    expect(r.findings.filter((f) => f.surface === 'image history' || f.surface === 'image config')).toEqual([]);
  });
});
