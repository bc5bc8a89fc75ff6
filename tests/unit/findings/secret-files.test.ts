// Secrets in files: in the final image, in a lower layer a later one deletes, copied out of a
// secret mount — and the correct secret mount, which leaves nothing behind.
import { describe, expect, it } from 'vitest';
import type { ContextEntry } from '../../../src/engine/types';
import { image, IMAGES, of, rules, run, secretFindings } from './fixtures';
import { AWS_KEY_ID, AWS_SECRET, GH_TOKEN, NPM_TOKEN, PRIVATE_KEY } from './tokens';

const NPMRC = `//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n`;

describe('secret-file-in-image', () => {
  it('reports a .env with a password that COPY . brings in from the context', () => {
    const r = run(
      `
FROM test/busybox:1
WORKDIR /app
COPY . .
CMD ["sh"]
`,
      { files: { 'server.js': 'console.log(1)\n', '.env': 'NODE_ENV=production\nDB_PASSWORD=hunter22\n' } },
    );
    const [f, ...rest] = of(r, 'secret-file-in-image');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', line: 3, path: '/app/.env', surface: 'image filesystem', stage: 0 });
    expect(f!.layer).toBe(r.image!.layers.findIndex((l) => l.line === 3));
    expect(f!.message).toContain('a credential in .env (DB_PASSWORD=hu…)');
    expect(f!.fix).toContain('docker run --env-file .env');
    expect(f!.message).not.toContain('hunter22');
    expect(f!.fix).toContain('.dockerignore');
    expect(f!.fix).toContain('**/.env');
  });

  it('reports an .npmrc with a token and AWS credentials written by RUN, and the command that holds the literal', () => {
    const r = run(`
FROM test/busybox:1
COPY .npmrc /root/.npmrc
RUN mkdir -p /root/.aws && printf '[default]\\naws_access_key_id = ${AWS_KEY_ID}\\naws_secret_access_key = ${AWS_SECRET}\\n' > /root/.aws/credentials
`, { files: { '.npmrc': NPMRC } });
    const files = of(r, 'secret-file-in-image');
    expect(files.map((f) => [f.path, f.line])).toEqual([
      ['/root/.npmrc', 2],
      ['/root/.aws/credentials', 3],
    ]);
    expect(files[0]!.message).toContain('npm');
    expect(files[1]!.message).toContain('AWS access key ID');
    expect(files[1]!.fix).toContain('--mount=type=secret,id=aws,target=/root/.aws/credentials');
    // The literal is in the RUN command too: really on two surfaces.
    expect(of(r, 'secret-in-run-command').map((f) => f.line)).toEqual([3]);
  });

  it('reports an SSH key by name when its bytes are unknown', () => {
    const context: ContextEntry[] = [{ path: 'id_rsa', type: 'file', size: 1679 }];
    const r = run(`
FROM test/busybox:1
COPY id_rsa /root/.ssh/id_rsa
`, { context });
    const [f] = of(r, 'secret-file-in-image');
    expect(f).toMatchObject({ path: '/root/.ssh/id_rsa', line: 2 });
    expect(f!.message).toContain('SSH private key');
  });

  it('reports a private key copied from a builder stage, with the COPY --from line', () => {
    const r = run(`
FROM test/busybox:1 AS build
COPY server.pem /out/server.pem
RUN echo built > /out/app
FROM test/busybox:1
COPY --from=build /out /srv
`, { files: { 'server.pem': PRIVATE_KEY } });
    const [f, ...rest] = of(r, 'secret-file-in-image');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ path: '/srv/server.pem', line: 5, stage: 1 });
    expect(f!.message).toContain('private key');
    expect(f!.message).toContain('copied from stage build');
    expect(f!.fix).toContain('copy only the build output');
    expect(of(r, 'secret-in-builder-stage')).toEqual([]);
  });

  it('stays quiet for files that hold no credential', () => {
    const r = run(
      `
FROM test/busybox:1
WORKDIR /app
COPY . .
`,
      {
        files: {
          '.env': 'NODE_ENV=production\nPORT=8080\nAPI_KEY=\nAUTH_URL=https://auth.example.com\n',
          '.env.example': 'DB_PASSWORD=hunter22\n',
          '.npmrc': '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n',
          'id_rsa.pub': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI user@host\n',
          'tls/ca.pem': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
          'README.md': 'Set GITHUB_TOKEN before you run it.\n',
        },
      },
    );
    expect(secretFindings(r)).toEqual([]);
  });

  it('ignores secrets that come with the base image', () => {
    const base = image('test/with-key:1', [...IMAGES['test/busybox:1']!.layers[0]!.changes, { path: '/etc/ssl/private/snakeoil.key', type: 'file', mode: 0o600, content: PRIVATE_KEY }], { Cmd: ['sh'] });
    const r = run(`
FROM test/with-key:1
RUN echo hi > /hi
`, { images: { [base.name]: base } });
    expect(secretFindings(r)).toEqual([]);
  });
});

describe('secret-in-deleted-layer', () => {
  it('reports a key deleted by a later RUN, in the layer that still holds it', () => {
    const r = run(`
FROM test/busybox:1
COPY id_ed25519 /root/.ssh/id_ed25519
RUN echo cloned > /repo.txt
RUN rm /root/.ssh/id_ed25519
`, { files: { id_ed25519: PRIVATE_KEY } });
    expect(of(r, 'secret-file-in-image')).toEqual([]);
    const [f, ...rest] = of(r, 'secret-in-deleted-layer');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', line: 2, path: '/root/.ssh/id_ed25519', surface: 'image layer' });
    expect(r.image!.layers[f!.layer!]!.line).toBe(2);
    expect(f!.message).toContain('line 4 deletes /root/.ssh/id_ed25519');
    expect(f!.message).toContain('docker save');
    expect(f!.message).toContain('dive');
    expect(f!.fix).toContain('--mount=type=ssh');
  });

  it('sees a deletion of the parent directory', () => {
    const r = run(`
FROM test/busybox:1
COPY .git-credentials /root/creds/.git-credentials
RUN rm -rf /root/creds
`, { files: { '.git-credentials': 'https://bob:hunter22@github.com\n' } });
    const [f] = of(r, 'secret-in-deleted-layer');
    expect(f).toMatchObject({ path: '/root/creds/.git-credentials', line: 2 });
    expect(f!.message).toContain('line 3 deletes');
  });

  it('sees a file replaced by a later layer', () => {
    const r = run(`
FROM test/busybox:1
COPY .npmrc /app/.npmrc
RUN echo "registry=https://registry.npmjs.org/" > /app/.npmrc
`, { files: { '.npmrc': NPMRC } });
    const [f] = of(r, 'secret-in-deleted-layer');
    expect(f).toMatchObject({ path: '/app/.npmrc', line: 2 });
    expect(f!.message).toContain('line 3 replaces /app/.npmrc');
  });

  it('reports a file still in the image once (as in the image), blaming the COPY that brought it, not the chmod', () => {
    const r = run(`
FROM test/busybox:1
COPY .npmrc /app/.npmrc
RUN chmod 600 /app/.npmrc
`, { files: { '.npmrc': NPMRC } });
    expect(rules(r)).toEqual(['secret-file-in-image']);
    const [f] = of(r, 'secret-file-in-image');
    expect(f).toMatchObject({ line: 2, layer: 2 });
    expect(f!.fix).toContain('.dockerignore');
  });

  it('stays quiet when the file never reaches a layer (made and removed in one RUN)', () => {
    const r = run(`
FROM test/busybox:1
RUN --mount=type=bind,source=id_rsa,target=/tmp/id_rsa cp /tmp/id_rsa /root/key && echo used && rm /root/key
`, { files: { id_rsa: PRIVATE_KEY } });
    expect(secretFindings(r)).toEqual([]);
  });
});

describe('mounted-secret-copied', () => {
  it('reports `cp /run/secrets/x /app/x`, and not as a plain secret file', () => {
    const r = run(`
FROM test/busybox:1
WORKDIR /app
RUN --mount=type=secret,id=token cp /run/secrets/token /app/token
CMD ["sh"]
`, { secrets: { token: 's3cr3t-value-1234' } });
    expect(rules(r)).toEqual(['mounted-secret-copied']);
    const [f] = of(r, 'mounted-secret-copied');
    expect(f).toMatchObject({ severity: 'error', line: 3, path: '/app/token', surface: 'image filesystem', stage: 0 });
    expect(r.image!.layers[f!.layer!]!.line).toBe(3);
    expect(f!.message).toContain('"token"');
    expect(f!.message).not.toContain('s3cr3t-value-1234');
    expect(f!.fix).toContain('/run/secrets/token');
  });

  it('reports the copy even when a later layer deletes it', () => {
    const r = run(`
FROM test/busybox:1
RUN --mount=type=secret,id=token cp /run/secrets/token /token
RUN rm /token
`, { secrets: { token: 's3cr3t-value-1234' } });
    expect(rules(r)).toEqual(['mounted-secret-copied']);
    const [f] = of(r, 'mounted-secret-copied');
    expect(f).toMatchObject({ line: 2, path: '/token', surface: 'image layer' });
    expect(f!.message).toContain('line 3 deletes it');
  });

  it('reports a secret mounted at a custom target and copied with cat', () => {
    const r = run(`
FROM test/busybox:1
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc cat /root/.npmrc > /app.npmrc
`, { secrets: { npmrc: NPMRC } });
    const [f] = of(r, 'mounted-secret-copied');
    expect(f).toMatchObject({ line: 2, path: '/app.npmrc' });
    expect(of(r, 'secret-file-in-image')).toEqual([]);
  });

  it('points at the RUN that copied it when a builder stage did and the final stage copies it in', () => {
    const r = run(`
FROM test/busybox:1 AS build
RUN --mount=type=secret,id=gh mkdir -p /out && cp /run/secrets/gh /out/gh.txt && echo app > /out/app
FROM test/busybox:1
COPY --from=build /out /app
`, { secrets: { gh: GH_TOKEN } });
    expect(rules(r)).toEqual(['mounted-secret-copied']);
    const [f] = of(r, 'mounted-secret-copied');
    expect(f).toMatchObject({ line: 2, stage: 0, path: '/app/gh.txt' });
    expect(f!.message).toContain('line 4');
  });

  it('produces no finding at all when the secret is only used through its mount', () => {
    const r = run(`
FROM test/busybox:1
RUN --mount=type=secret,id=token wc -c /run/secrets/token
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc cat /root/.npmrc | wc -l
CMD ["sh"]
`, { secrets: { token: GH_TOKEN, npmrc: NPMRC } });
    expect(r.findings).toEqual([]);
  });

  it('calls a --secret value that also came from the context a secret file (fix: .dockerignore)', () => {
    const r = run(`
FROM test/busybox:1
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc cat /root/.npmrc | wc -l
COPY . /app
`, { files: { '.npmrc': NPMRC }, secrets: { npmrc: NPMRC } });
    expect(rules(r)).toEqual(['secret-file-in-image']);
    expect(of(r, 'secret-file-in-image')[0]!.fix).toContain('.dockerignore');
  });
});

describe('messages never echo a secret', () => {
  it('redacts secrets inside quoted Dockerfile lines', () => {
    const r = run(`
FROM test/busybox:1
RUN echo ${GH_TOKEN} > /t
`);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(f.message).not.toContain(GH_TOKEN);
      expect(f.fix).not.toContain(GH_TOKEN);
    }
  });
});
