// The detectors on their own: BuildKit's name rule (its own test vectors), token formats,
// credential files, command literals, and what is not a secret.
import { describe, expect, it } from 'vitest';
import {
  isSecretLabelKey,
  isSecretName,
  looksLikeSecretValue,
  redact,
  scanCommand,
  scanFile,
  scanNamedValue,
  scanText,
  SECRET_NAME_ALLOW_TOKENS,
  SECRET_NAME_TOKENS,
} from '../../../src/engine/inspect/findings/secret-patterns';
import { AWS_KEY_ID, AWS_SECRET, GH_TOKEN, NPM_TOKEN, PRIVATE_KEY, SLACK_TOKEN } from './tokens';

const none = new Map<string, string>();

describe('isSecretName mirrors BuildKit SecretsUsedInArgOrEnv', () => {
  it('has the word lists of dockerfile2llb/validations.go', () => {
    expect(SECRET_NAME_TOKENS).toEqual(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']);
    expect(SECRET_NAME_ALLOW_TOKENS).toEqual(['public', 'file', 'version']);
  });

  it('flags the names of BuildKit testSecretsUsedInArgOrEnv', () => {
    for (const n of ['SECRET_PASSPHRASE', 'SUPER_Secret', 'password', 'secret', 'super_duper_secret_token', 'auth', 'apikey', 'git_key']) expect(isSecretName(n), n).toBe(true);
    expect(isSecretName('sunflower')).toBe(false);
  });

  it('matches whole _-separated words only, case-insensitively', () => {
    for (const n of ['NPM_TOKEN', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'DB_PASSWORD', 'Api_Key', 'MY_CREDENTIALS', 'PWORD', 'passwd']) expect(isSecretName(n), n).toBe(true);
    for (const n of ['GO_VERSION', 'NODE_ENV', 'TOKENIZER', 'KEYBOARD', 'MONKEY', 'AUTHOR', 'PASSWORDS', 'API-KEY', 'api.key']) expect(isSecretName(n), n).toBe(false);
  });

  it('lets the allow-list words win', () => {
    for (const n of ['PUBLIC_KEY', 'DB_PASSWORD_FILE', 'KEY_VERSION', 'TOKEN_FILE']) expect(isSecretName(n), n).toBe(false);
  });

  it('splits LABEL keys on dots and dashes too', () => {
    expect(isSecretLabelKey('com.example.api-key')).toBe(true);
    expect(isSecretLabelKey('org.opencontainers.image.authors')).toBe(false);
    expect(isSecretLabelKey('org.opencontainers.image.version')).toBe(false);
  });
});

describe('values', () => {
  it('ignores values that cannot be credentials', () => {
    for (const v of ['', '$NPM_TOKEN', '${TOKEN}', 'true', 'off', '3600', '/run/secrets/token', 'https://auth.example.com/login', 'changeme', '<your-token>']) expect(looksLikeSecretValue(v), v).toBe(false);
    for (const v of ['hunter2', 's3cr3t-value', GH_TOKEN, 'https://user:pw@example.com']) expect(looksLikeSecretValue(v), v).toBe(true);
  });

  it('reports a secret-named value once, and no non-secret names', () => {
    expect(scanNamedValue('NPM_TOKEN', 'abc123xyz', none).map((h) => h.kind)).toEqual(['secret-name']);
    expect(scanNamedValue('NODE_ENV', 'production', none)).toEqual([]);
    expect(scanNamedValue('GO_VERSION', '1.22', none)).toEqual([]);
    expect(scanNamedValue('AUTH_URL', 'https://auth.example.com', none)).toEqual([]);
    expect(scanNamedValue('TOKEN_PATH', 'token.txt', none)).toEqual([]);
    expect(scanNamedValue('ANYTHING', GH_TOKEN, none).map((h) => h.kind)).toEqual(['github-token']);
  });

  it('redacts', () => {
    expect(redact(GH_TOKEN)).toBe('ghp_…');
    expect(redact('hunter2')).toBe('hu…');
    expect(redact(GH_TOKEN)).not.toContain(GH_TOKEN.slice(6));
  });
});

describe('content', () => {
  it('finds token formats', () => {
    const kinds = (t: string) => scanText(t, none).map((h) => h.kind);
    expect(kinds(`aws_access_key_id = ${AWS_KEY_ID}\naws_secret_access_key = ${AWS_SECRET}\n`)).toEqual(['aws-access-key', 'aws-secret-key']);
    expect(kinds(`token: ${GH_TOKEN}`)).toEqual(['github-token']);
    expect(kinds(`github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz`)).toEqual(['github-token']);
    expect(kinds(SLACK_TOKEN)).toEqual(['slack-token']);
    expect(kinds(PRIVATE_KEY)).toEqual(['private-key']);
    expect(kinds(`//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n`)).toEqual(['npm-token']);
    expect(kinds('//registry.npmjs.org/:_authToken=abcdef123456\n')).toEqual(['npm-token']);
  });

  it('does not flag placeholders, public keys or certificates', () => {
    expect(scanText('//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', none)).toEqual([]);
    expect(scanText('-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n', none)).toEqual([]);
    expect(scanText('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n', none)).toEqual([]);
    expect(scanText('ghp_short', none)).toEqual([]);
  });

  it('finds --secret values literally (trimmed, at least 6 characters)', () => {
    const provided = new Map([['token', 's3cr3t-value\n'], ['tiny', 'abc']]);
    expect(scanText('x s3cr3t-value y', provided).map((h) => [h.kind, h.secretId])).toEqual([['provided-secret', 'token']]);
    expect(scanText('abc abc', provided)).toEqual([]);
  });

  it('knows credential files by their format', () => {
    const kinds = (p: string, c?: string) => scanFile(p, c, none).map((h) => h.kind);
    expect(kinds('/app/.env', 'NODE_ENV=production\nDB_PASSWORD=hunter22\nPORT=8080\n')).toEqual(['dotenv']);
    expect(kinds('/app/.env', 'NODE_ENV=production\nPORT=8080\nAPI_KEY=\n')).toEqual([]);
    expect(kinds('/app/.env.example', 'DB_PASSWORD=hunter22\n')).toEqual([]);
    expect(kinds('/root/.docker/config.json', '{"auths":{"ghcr.io":{"auth":"dXNlcjpwYXNz"}}}')).toEqual(['docker-auth']);
    expect(kinds('/root/.docker/config.json', '{"auths":{},"credsStore":"desktop"}')).toEqual([]);
    expect(kinds('/app/credentials.json', '{"installed":{"client_id":"x","client_secret":"GOCSPX-abc"}}')).toEqual(['json-credential']);
    expect(kinds('/root/.git-credentials', 'https://bob:hunter22@github.com\n')).toEqual(['password-file']);
    expect(kinds('/root/.ssh/id_ed25519', PRIVATE_KEY)).toEqual(['private-key']);
    expect(kinds('/etc/tls/server.pem', PRIVATE_KEY)).toEqual(['private-key']);
    expect(kinds('/etc/tls/server.pem', '-----BEGIN CERTIFICATE-----\n')).toEqual([]);
  });

  it('flags credential files by name when their bytes are unknown, and only those', () => {
    expect(scanFile('/root/.ssh/id_rsa', undefined, none).map((h) => h.kind)).toEqual(['credential-file']);
    expect(scanFile('/root/.aws/credentials', undefined, none).map((h) => h.kind)).toEqual(['credential-file']);
    expect(scanFile('/root/.ssh/id_rsa.pub', undefined, none)).toEqual([]);
    expect(scanFile('/app/.npmrc', undefined, none)).toEqual([]);
    expect(scanFile('/app/.env', undefined, none)).toEqual([]);
  });
});

describe('commands', () => {
  const kinds = (t: string) => scanCommand(t, none).map((h) => h.kind);

  it('finds literal credentials', () => {
    expect(kinds('/bin/sh -c NPM_TOKEN=abc123xyz npm ci')).toEqual(['assignment']);
    expect(kinds('/bin/sh -c git clone https://bob:hunter22@github.com/org/repo.git')).toEqual(['url-credentials']);
    expect(kinds('/bin/sh -c curl -H "Authorization: Bearer abcdef123456" https://api.example.com')).toEqual(['auth-header']);
    expect(kinds('/bin/sh -c docker login -u bob --password hunter22 registry')).toEqual(['flag']);
    expect(kinds(`/bin/sh -c echo ${GH_TOKEN} > /t`)).toEqual(['github-token']);
    expect(kinds('/bin/sh -c echo "db.password = hunter22" >> /etc/app.ini')).toEqual(['assignment']);
    expect(kinds('/bin/sh -c echo "aws_secret_access_key = abcdEFGH1234" > /dev/null')).toEqual(['aws-secret-key']);
  });

  it('leaves references, flags without values and plain commands alone', () => {
    expect(kinds('/bin/sh -c NPM_TOKEN=$NPM_TOKEN npm ci')).toEqual([]);
    expect(kinds('/bin/sh -c echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc')).toEqual([]);
    expect(kinds('/bin/sh -c curl -H "Authorization: Bearer $TOKEN" https://api.example.com')).toEqual([]);
    expect(kinds('/bin/sh -c docker login --password-stdin < /run/secrets/pw')).toEqual([]);
    expect(kinds('/bin/sh -c NODE_ENV=production npm run build')).toEqual([]);
    expect(kinds('/bin/sh -c git clone https://github.com/org/repo.git')).toEqual([]);
    expect(kinds('/bin/sh -c echo "token = $TOKEN" > /cfg && test -n "$X" && [ "$KEY_ID" = abc ]')).toEqual([]);
    expect(kinds('/bin/sh -c go build -ldflags "-X main.version = 1.2.3" -o /out/app .')).toEqual([]);
  });
});
