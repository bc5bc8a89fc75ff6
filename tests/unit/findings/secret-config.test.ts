// Secrets in the image config and history: ENV, ARG values in RUN history, LABELs, literals in
// RUN commands; and --build-arg secrets recorded in provenance / cache metadata.
import { describe, expect, it } from 'vitest';
import { image, IMAGES, of, rules, run, secretFindings } from './fixtures';
import { GH_TOKEN, NPM_TOKEN } from './tokens';

describe('secret-in-env', () => {
  it('reports a secret-named ENV with a value, on the ENV line, field Env', () => {
    const r = run(`
FROM test/busybox:1
ENV NODE_ENV=production
ENV API_KEY=abc123xyz789
CMD ["sh"]
`);
    expect(rules(r)).toEqual(['secret-in-env']);
    const [f] = of(r, 'secret-in-env');
    expect(f).toMatchObject({ severity: 'error', line: 3, field: 'Env', surface: 'image config', stage: 0 });
    expect(f!.message).toContain('API_KEY');
    expect(f!.message).not.toContain('abc123xyz789');
    expect(f!.fix).toContain('--mount=type=secret');
  });

  it('reports a token value under a harmless name', () => {
    const r = run(`
FROM test/busybox:1
ENV GH=${GH_TOKEN}
`);
    const [f] = of(r, 'secret-in-env');
    expect(f!.message).toContain('GitHub token');
  });

  it('reports an ENV filled from a build argument (and the provenance note, not a history finding)', () => {
    const r = run(`
FROM test/busybox:1
ARG NPM_TOKEN
ENV NPM_TOKEN=$NPM_TOKEN
`, { buildArgs: { NPM_TOKEN } });
    expect(rules(r)).toEqual(['secret-build-arg-provenance', 'secret-in-env']);
    expect(of(r, 'secret-in-env')[0]!.line).toBe(3);
  });

  it('stays quiet for non-secret and empty values, *_FILE names, and the base image\'s ENV', () => {
    const base = image('test/gpg:1', IMAGES['test/busybox:1']!.layers[0]!.changes, { Env: ['PATH=/usr/bin:/bin', 'GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D'] });
    const r = run(`
FROM test/gpg:1
ENV NODE_ENV=production GO_VERSION=1.22 DB_PASSWORD_FILE=/run/secrets/db AUTH_ENABLED=true API_TOKEN= TOKEN_TTL=3600 AUTH_URL=https://auth.example.com
`, { images: { [base.name]: base } });
    expect(secretFindings(r)).toEqual([]);
  });
});

describe('secret-in-build-arg', () => {
  it('reports a --build-arg recorded in the RUN history (`|1 NPM_TOKEN=...`), on the ARG line', () => {
    const r = run(`
FROM test/busybox:1
ARG GO_VERSION=1.22
ARG NPM_TOKEN
RUN echo installing
RUN echo building
`, { buildArgs: { NPM_TOKEN } });
    const [f, ...rest] = of(r, 'secret-in-build-arg');
    expect(rest).toEqual([]);
    expect(r.image!.history.some((h) => h.created_by.includes(`NPM_TOKEN=${NPM_TOKEN}`))).toBe(true);
    expect(f).toMatchObject({ severity: 'error', line: 3, field: 'history', surface: 'image history' });
    expect(r.image!.layers[f!.layer!]!.line).toBe(4);
    expect(f!.message).toContain('lines 4, 5');
    expect(f!.message).not.toContain(NPM_TOKEN);
    expect(f!.fix).toContain('--secret id=npm_token');
    expect(rules(r)).toEqual(['secret-build-arg-provenance', 'secret-in-build-arg']);
  });

  it('reports a secret default written in the Dockerfile, even without a RUN', () => {
    const r = run(`
FROM test/busybox:1
ARG API_KEY=sk-live-0123456789
`);
    const [f] = of(r, 'secret-in-build-arg');
    expect(f).toMatchObject({ line: 2 });
    expect(f!.message).toContain('ARG API_KEY=');
  });

  it('stays quiet for version args, unset secret args and secret mounts', () => {
    const r = run(`
FROM test/busybox:1
ARG GO_VERSION=1.22
ARG NPM_TOKEN
RUN --mount=type=secret,id=npm wc -c /run/secrets/npm
RUN echo "$GO_VERSION" > /v
`, { secrets: { npm: NPM_TOKEN } });
    expect(secretFindings(r)).toEqual([]);
  });
});

describe('secret-in-label', () => {
  it('reports a token in a label (error) and a secret-named label key (warning)', () => {
    const r = run(`
FROM test/busybox:1
LABEL deploy.note=${GH_TOKEN}
LABEL com.example.api-key=abc123xyz789
`);
    expect(of(r, 'secret-in-label').map((f) => [f.line, f.severity, f.field])).toEqual([
      [2, 'error', 'Labels'],
      [3, 'warning', 'Labels'],
    ]);
  });

  it('stays quiet for ordinary labels', () => {
    const r = run(`
FROM test/busybox:1
LABEL org.opencontainers.image.source=https://github.com/example/app org.opencontainers.image.version=1.2.3 maintainer=team@example.com
`);
    expect(secretFindings(r)).toEqual([]);
  });
});

describe('secret-in-run-command', () => {
  it('reports credentials written literally in RUN commands', () => {
    const r = run(`
FROM test/busybox:1
RUN echo ${GH_TOKEN} | wc -c
RUN echo "https://bob:hunter22@git.example.com/repo.git" > /repo-url
RUN DEPLOY_TOKEN=abc123xyz789 echo deploying
`);
    expect(of(r, 'secret-in-run-command').map((f) => [f.line, f.field, f.surface])).toEqual([
      [2, 'history', 'image history'],
      [3, 'history', 'image history'],
      [4, 'history', 'image history'],
    ]);
    const [f] = of(r, 'secret-in-run-command');
    expect(r.image!.layers[f!.layer!]!.line).toBe(2);
    expect(f!.message).not.toContain(GH_TOKEN);
    expect(rules(r)).toEqual(['secret-in-run-command']);
  });

  it('stays quiet for $references (the history keeps them unexpanded)', () => {
    const r = run(`
FROM test/busybox:1
ARG TOKEN
RUN echo "//registry.npmjs.org/:_authToken=\${TOKEN}" | wc -c
RUN echo "$TOKEN" | wc -c
`);
    expect(secretFindings(r)).toEqual([]);
  });
});

describe('secret-build-arg-provenance', () => {
  it('notes a secret --build-arg consumed by a builder stage (info)', () => {
    const r = run(`
FROM test/busybox:1 AS build
ARG GITHUB_TOKEN
RUN echo fetched > /out
FROM test/busybox:1
COPY --from=build /out /out
`, { buildArgs: { GITHUB_TOKEN: GH_TOKEN } });
    const [f, ...rest] = of(r, 'secret-build-arg-provenance');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'info', line: 2, stage: 0 });
    expect(f!.message).toContain('mode=max');
    expect(f!.fix).toContain('--secret id=github_token,env=GITHUB_TOKEN');
  });

  it('names a global ARG as declared before the first FROM', () => {
    const r = run(`
ARG NPM_TOKEN
FROM test/busybox:1
`, { buildArgs: { NPM_TOKEN } });
    expect(of(r, 'secret-build-arg-provenance')[0]!.message).toContain('before the first FROM');
  });

  it('stays quiet for ordinary build args and for build args no ARG consumes', () => {
    const r = run(`
FROM test/busybox:1
ARG GO_VERSION
RUN echo "$GO_VERSION" > /v
`, { buildArgs: { GO_VERSION: '1.22', NPM_TOKEN } });
    expect(secretFindings(r)).toEqual([]);
  });
});
