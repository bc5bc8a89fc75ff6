// The `stagecraft` command end to end: the real bin in a child process, on temp contexts and on
// conformance cases, with a hand-made saved image instead of Docker.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../../src/engine/types';
import { CASES, cleanup, stagecraft, tempDir, tinyImageTar } from './helpers';

let tiny: string;
const busybox = () => ['--image', `local/busybox:latest=${tiny}`];
/** A conformance case's context and Dockerfile as CLI arguments. */
// git keeps no empty directories: a case whose context is empty has no context/ in a fresh clone.
const conformance = (name: string) => {
  const context = join(CASES, name, 'context');
  return [existsSync(context) ? context : mkdtempSync(join(tmpdir(), 'sc-empty-')), '-f', join(CASES, name, 'Dockerfile')];
};
const json = (stdout: string) => JSON.parse(stdout) as BuildResult;

beforeAll(() => {
  tiny = tinyImageTar(tempDir());
});
afterAll(cleanup);

describe('stagecraft (help, version, bad input)', () => {
  it('prints help and the version with exit code 0', () => {
    expect(stagecraft(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('stagecraft build') });
    expect(stagecraft(['build', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--previous-context DIR') });
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string };
    expect(stagecraft(['--version'])).toMatchObject({ code: 0, stdout: `stagecraft ${pkg.version}\n` });
  });

  it.each([
    ['an unknown flag', ['build', '.', '--frobnicate'], /unknown flag: --frobnicate/],
    ['a flag without its value', ['build', '.', '--target'], /flag needs an argument: --target/],
    ['a malformed --build-arg', ['build', '.', '--build-arg', '=x'], /invalid --build-arg/],
    ['a missing context directory', ['build', '/definitely/not/here'], /context directory \/definitely\/not\/here: no such file/],
    ['no context at all', ['build'], /needs a context directory/],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
  ])('%s → one line on stderr, exit 2', (_, args, message) => {
    const r = stagecraft(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^stagecraft: /);
  });

  it('rejects an unreadable Dockerfile and an invalid image tarball with exit 2', () => {
    const ctx = tempDir({ 'Dockerfile': 'FROM scratch\n', 'not-a-tar.tar': 'hello\n' });
    const noFile = stagecraft(['build', ctx, '-f', join(ctx, 'missing.Dockerfile')]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/^stagecraft: cannot read Dockerfile .*missing\.Dockerfile: no such file or directory\n$/);
    const badTar = stagecraft(['build', ctx, '--image', `x=${join(ctx, 'not-a-tar.tar')}`]);
    expect(badTar.code).toBe(2);
    expect(badTar.stderr).toMatch(/^stagecraft: --image x: .* is not a usable docker save tarball: .*\n$/);
    const noTar = stagecraft(['build', ctx, '--image', `x=${join(ctx, 'nope.tar')}`]);
    expect(noTar).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read .*nope\.tar/) });
  });
});

describe('stagecraft build (text)', () => {
  it('prints steps with BuildKit-padded counters, history, config and findings; exit 0', () => {
    const copies = Array.from({ length: 11 }, (_, i) => `COPY f${i}.txt /f${i}.txt`);
    const files = Object.fromEntries(copies.map((_, i) => [`f${i}.txt`, 'x'.repeat(i)]));
    const ctx = tempDir({ Dockerfile: ['FROM scratch', 'ENV APP=demo', ...copies, 'CMD ["/f1.txt"]', ''].join('\n'), ...files });
    const r = stagecraft(['build', ctx]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // One stage: no label; the step number is padded to the width of the total.
    expect(r.stdout).toContain('#1 [ 1/11] COPY f0.txt /f0.txt\n#1 DONE\n');
    expect(r.stdout).toContain('#11 [11/11] COPY f10.txt /f10.txt\n#11 DONE\n');
    expect(r.stdout).toMatch(/IMAGE HISTORY.*\nCREATED BY +SIZE\nCMD \["\/f1\.txt"\] +0B\nCOPY f10\.txt \/f10\.txt # buildkit +10B\n/);
    expect(r.stdout).toContain('Image size: 55B (55 bytes) in 11 layers');
    expect(r.stdout).toMatch(/\nEnv: +PATH=[^\n]+\n +APP=demo\n/);
    expect(r.stdout).toMatch(/\nCmd: +\["\/f1\.txt"\]\n/);
    expect(r.stdout).not.toMatch(/\nUser:/);
    expect(r.stdout).toMatch(/\nFINDINGS\b/);
    // Not a terminal: no colours.
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('labels stages in a multi-stage build and lists the skipped ones', () => {
    const r = stagecraft(['build', ...conformance('01-stages-basic'), ...busybox()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('#1 [build 1/4] FROM docker.io/local/busybox:latest');
    expect(r.stdout).toContain('[stage-2 2/2] COPY --from=build /src/hello.txt /copy2.txt');
    expect(r.stdout).toMatch(/skipped: stage unused \(line 6\): not needed/);
  });

  it('reports a build error BuildKit-style with exit 1', () => {
    const r = stagecraft(['build', ...conformance('08-error-copy-missing'), ...busybox()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Dockerfile:4\n--------------------\n');
    expect(r.stdout).toContain('   4 | >>> COPY missing.txt /missing.txt\n');
    expect(r.stdout).toContain('   3 |     COPY present.txt /present.txt\n');
    expect(r.stdout).toMatch(/\nERROR: failed to solve: .*"\/missing\.txt": not found\n/);
    expect(r.stdout).not.toContain('IMAGE HISTORY');
  });

  it('marks CACHED steps and gives the reason of each miss with --previous-context', () => {
    const ctx = tempDir();
    cpSync(join(CASES, '38-cache-edit-source', 'context'), ctx, { recursive: true });
    writeFileSync(join(ctx, 'src/main.txt'), 'v2\n');
    const args = [ctx, '-f', join(CASES, '38-cache-edit-source', 'Dockerfile'), ...busybox(), '--previous-context', join(CASES, '38-cache-edit-source', 'context')];
    const text = stagecraft(['build', ...args]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\] RUN cat deps\.txt > \/installed\n#\d+ CACHED\n/);
    expect(text.stdout).toMatch(/\] COPY src\/ \.\/src\/\n#\d+ DONE \(cache miss: source files changed: src\/main\.txt\)\n/);

    const r = json(stagecraft(['build', ...args, '--json']).stdout);
    const status = Object.fromEntries(r.steps.map((s) => [s.instruction, s.status]));
    expect(status).toMatchObject({ 'WORKDIR /app': 'CACHED', 'COPY deps.txt ./': 'CACHED', 'COPY src/ ./src/': 'DONE', 'RUN echo done > /done': 'DONE', 'RUN echo tool > /tool': 'CACHED' });
    expect(r.steps.every((s) => typeof s.reason === 'string')).toBe(true);
  });

  it('--previous-build-arg alone compares with the same context', () => {
    const ctx = tempDir({ Dockerfile: 'FROM local/busybox:latest\nRUN echo one > /one\nARG V=1\nRUN echo $V > /v\n' });
    const r = json(stagecraft(['build', ctx, ...busybox(), '--build-arg', 'V=2', '--previous-build-arg', 'V=1', '--json']).stdout);
    expect(r.steps.map((s) => s.status)).toEqual(['CACHED', 'CACHED', 'DONE']);
    const same = json(stagecraft(['build', ctx, ...busybox(), '--build-arg', 'V=2', '--previous-context', ctx, '--json']).stdout);
    expect(same.steps.every((s) => s.status === 'CACHED')).toBe(true);
  });

  it('reads the Dockerfile from stdin with -f -', () => {
    const ctx = tempDir({ 'a.txt': 'a\n' });
    const r = stagecraft(['build', ctx, '-f', '-'], { input: 'FROM scratch\nCOPY a.txt /\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('#1 [1/1] COPY a.txt /');
  });
});

describe('stagecraft build --json', () => {
  it('prints one BuildResult document with every documented field', () => {
    const r = stagecraft(['build', ...conformance('01-stages-basic'), ...busybox(), '--json']);
    expect(r.code).toBe(0);
    const result = json(r.stdout);
    expect(Object.keys(result).sort()).toEqual(['error', 'findings', 'image', 'lint', 'notes', 'ok', 'stages', 'steps']);
    expect(result).toMatchObject({ ok: true, error: null, findings: expect.any(Array), lint: expect.any(Array), notes: [] });
    expect(result.stages.map((s) => [s.index, s.name, s.built])).toEqual([[0, 'build', true], [1, 'unused', false], [2, null, true]]);
    expect(result.stages[1]).toMatchObject({ base: 'local/busybox:latest', lane: expect.any(Number), dependsOn: [], line: 6, skippedReason: expect.any(String) });
    expect(result.steps[0]).toEqual({ stage: 0, step: '1/4', instruction: 'FROM docker.io/local/busybox:latest', line: 1, status: 'DONE' });
    const image = result.image!;
    expect(Object.keys(image).sort()).toEqual(['base', 'config', 'files', 'history', 'kitchen', 'layers', 'size', 'wasted']);
    expect(image.wasted).toEqual({ bytes: 0, efficiency: 1, entries: [] });
    expect(image.base?.name).toBe('scratch');
    expect(image.history.map((h) => h.created_by)).toEqual(['COPY /out/ / # buildkit', 'COPY /src/hello.txt /copy2.txt # buildkit']);
    expect(image.layers[1]).toMatchObject({ created_by: 'COPY /src/hello.txt /copy2.txt # buildkit', size: 6, history: 1, stage: 2, line: 11 });
    expect(image.layers[1]!.changes).toEqual([{ path: '/copy2.txt', kind: 'add', type: 'file', size: 6, mode: 0o644, uid: 0, gid: 0, entry: 'copy2.txt' }]);
    expect(image.files.find((f) => f.path === '/copy2.txt')).toMatchObject({ stage: 'build', instruction: 'COPY hello.txt .', copiedBy: 'COPY --from=build /src/hello.txt /copy2.txt', layer: 1 });
    expect(image.size).toBe(18);
  });

  it('reports a build error with its line and exit 1', () => {
    const r = stagecraft(['build', ...conformance('09-error-invalid-instruction'), '--json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout)).toMatchObject({ ok: false, error: { message: expect.stringContaining('unknown instruction: FOO'), line: 3 }, image: null });
  });

  it('uses an --image tarball for FROM NAME (its layers and history come first)', () => {
    const ctx = tempDir({ Dockerfile: 'FROM tiny:1\nRUN echo hi > /hi\n' });
    const r = json(stagecraft(['build', ctx, '--image', `tiny:1=${tiny}`, '--json']).stdout);
    expect(r.ok).toBe(true);
    expect(r.notes).toEqual([]);
    expect(r.image!.history.map((h) => h.created_by)).toEqual(['ADD tiny-rootfs / # hand-made', 'RUN /bin/sh -c echo hi > /hi # buildkit']);
    expect(r.image!.layers[0]).toMatchObject({ stage: null, line: null });
    expect(r.image!.files.find((f) => f.path === '/bin/busybox')).toMatchObject({ size: 1000, stage: 'base' });
    expect(r.image!.files.find((f) => f.path === '/hi')).toMatchObject({ size: 3 });
    // Without the image the engine has to guess, and says so.
    const unknown = json(stagecraft(['build', ctx, '--json']).stdout);
    expect(unknown.notes.join('\n')).toMatch(/tiny/);
  });

  it('passes --build-arg (K from the environment), --target and --secret through', () => {
    const ctx = tempDir({ Dockerfile: 'FROM scratch AS a\nARG V\nENV V=$V\nFROM scratch AS b\nENV B=1\n', 'tok.txt': 's3cr3t-value' });
    const a = json(stagecraft(['build', ctx, '--target', 'a', '--build-arg', 'V', '--json'], { env: { V: 'from-env' } }).stdout);
    expect(a.image!.config.Env).toContain('V=from-env');
    expect(a.stages.find((s) => s.name === 'b')!.built).toBe(false);

    const secretCase = conformance('35-mount-secret');
    expect(stagecraft(['build', ...secretCase, ...busybox(), '--json']).code).toBe(1);
    const withSecret = stagecraft(['build', ...secretCase, ...busybox(), '--secret', `id=token,src=${join(ctx, 'tok.txt')}`, '--json']);
    expect(withSecret.code).toBe(0);
    expect(json(withSecret.stdout).ok).toBe(true);
  });
});
