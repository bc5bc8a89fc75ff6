// The readers the rules stand on: image references and platforms (distribution/reference,
// containerd/platforms), .dockerignore patterns (moby/patternmatcher), RUN scripts (hadolint's
// view through ShellCheck), and the engine's build() carrying lint findings.
import { describe, expect, it } from 'vitest';
import { build } from '../../../src/engine/index';
import { cleanPath, ignored, readIgnore } from '../../../src/engine/lint/dockerignore';
import { formatPlatform, isValidReference, parsePlatform, splitImage } from '../../../src/engine/lint/refs';
import { argsNoFlags, readShell } from '../../../src/engine/lint/shell';

describe('image references', () => {
  it('accepts what ParseNormalizedNamed accepts', () => {
    for (const ok of ['alpine', 'alpine:3.20', 'library/alpine', 'ghcr.io/owner/app:v1', 'localhost:5000/app', 'Registry.Example.com/app', 'node@sha256:' + 'a'.repeat(64), 'scratch']) {
      expect([ok, isValidReference(ok)]).toEqual([ok, true]);
    }
  });
  it('rejects empty, upper-case, dangling-tag and bare-digest names', () => {
    for (const bad of ['', 'Alpine', 'alpine:', 'alpine:${TAG}', 'a'.repeat(64), 'app:tag with space']) {
      expect([bad, isValidReference(bad)]).toEqual([bad, false]);
    }
  });
  it('splits FROM images like hadolint', () => {
    expect(splitImage('localhost:5000/app:1.2@sha256:abc')).toEqual({ registry: 'localhost:5000', name: 'app', tag: '1.2', digest: 'sha256:abc' });
    expect(splitImage('node')).toEqual({ registry: null, name: 'node', tag: null, digest: null });
  });
});

describe('platforms', () => {
  it('parse and normalize like containerd', () => {
    expect(parsePlatform('linux/amd64')).toEqual({ os: 'linux', architecture: 'amd64', variant: '' });
    expect(parsePlatform('aarch64')).toEqual({ os: 'linux', architecture: 'arm64', variant: '' });
    expect(parsePlatform('linux', 'arm64')).toEqual({ os: 'linux', architecture: 'arm64', variant: '' });
    expect(parsePlatform('linux/*')).toBeNull();
    expect(formatPlatform({ os: 'linux', architecture: 'arm', variant: '' })).toBe('linux/arm/v7');
  });
});

describe('.dockerignore', () => {
  const p = readIgnore('# comment\n/node_modules\n**/*.log\ndocs/*.md\n\n');
  it('matches a path or one of its parents', () => {
    expect(ignored(p, 'node_modules/a/b.js')).toBe(true);
    expect(ignored(p, 'src/deep/app.log')).toBe(true);
    expect(ignored(p, 'docs/readme.md')).toBe(true);
    expect(ignored(p, 'docs/sub/readme.md')).toBe(false);
    expect(ignored(p, 'src/app.js')).toBe(false);
  });
  it('lets the last matching pattern win', () => {
    expect(ignored(readIgnore('*.md\n!README.md'), 'README.md')).toBe(false);
  });
  it('cleans paths like Go', () => {
    expect(cleanPath('./a//b/../c/')).toBe('a/c');
    expect(cleanPath('/')).toBe('/');
  });
});

describe('RUN scripts', () => {
  it('finds every command, including in $( ) and if/for bodies', () => {
    const s = readShell('if true; then cd /x; fi; for f in a; do rm -rf $f; done; echo $(id -u | tr -d "\\n")');
    expect(s.commands.map((c) => c.name)).toEqual(['true', 'cd', 'rm', 'id', 'tr', 'echo']);
    expect(s.pipes).toBe(true);
  });
  it('tells pipes from ||, and drops redirections and assignments', () => {
    const s = readShell('A=1 make 2>&1 > /tmp/log || exit 1');
    expect([s.pipes, s.commands]).toEqual([false, [{ name: 'make', args: [] }, { name: 'exit', args: ['1'] }]]);
  });
  it('drops flags, and the word after the flags that take one', () => {
    const [apk] = readShell('apk add --no-cache -t .deps curl jq=1.7').commands;
    expect(argsNoFlags(apk!, ['t'])).toEqual(['add', 'curl', 'jq=1.7']);
  });
});

describe('build()', () => {
  it('carries lint findings in the result', () => {
    const r = build({ dockerfile: 'FROM scratch AS Final\nLABEL a=b', context: [] });
    expect(r.lint.map((f) => [f.rule, f.line])).toEqual([['StageNameCasing', 1]]);
  });
});
