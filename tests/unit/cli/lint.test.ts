import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, isTTY: false, version: 'test' });
  return { code, stdout, stderr };
}

function context(dockerfile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sc-lint-'));
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  return dir;
}

describe('stagecraft lint', () => {
  // DL3023 (COPY --from its own alias) is an error in hadolint; StageNameCasing a warning.
  const bad = context('FROM alpine:3.20 AS Build\nCOPY --from=Build /a /b\n');

  it('prints each finding with its line, rule, level, explanation and link', () => {
    const r = run(['lint', bad]);
    expect(r.stdout).toContain("Dockerfile:1 StageNameCasing warning: Stage name 'Build' should be lowercase");
    expect(r.stdout).toContain('Dockerfile:2 DL3023 error:');
    expect(r.stdout).toContain('https://docs.docker.com/reference/build-checks/stage-name-casing/');
  });

  it('exits 1 on an error by default, 0 with --fail-on none', () => {
    expect(run(['lint', bad]).code).toBe(1);
    expect(run(['lint', bad, '--fail-on', 'none']).code).toBe(0);
  });

  it('--fail-on warning fails on warnings alone; error does not', () => {
    const warnOnly = context('FROM alpine:3.20 AS Build\nRUN true\n');
    expect(run(['lint', warnOnly]).code).toBe(0);
    expect(run(['lint', warnOnly, '--fail-on=warning']).code).toBe(1);
  });

  it('prints JSON findings with --json', () => {
    const findings = JSON.parse(run(['lint', bad, '--json']).stdout) as { rule: string; line: number }[];
    expect(findings.map((f) => [f.rule, f.line])).toContainEqual(['StageNameCasing', 1]);
  });

  it('honours # check=skip', () => {
    const skipped = context('# check=skip=StageNameCasing\nFROM alpine:3.20 AS Build\nRUN true\n');
    expect(run(['lint', skipped, '--fail-on', 'warning']).stdout).not.toContain('StageNameCasing');
  });

  it('rejects a bad --fail-on value with exit 2', () => {
    const r = run(['lint', bad, '--fail-on', 'loud']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^stagecraft: --fail-on takes/);
  });
});
