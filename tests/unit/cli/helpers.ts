// Shared by the CLI tests: run the real bin in a child process, make temp contexts, and a tiny
// hand-made `docker save` tarball (no Docker needed) that can stand in for local/busybox.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { savedImageTar, type FixtureEntry } from '../images/tar-writer';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const BIN = join(ROOT, 'bin/stagecraft.mjs');
export const CASES = join(ROOT, 'tests/conformance/cases');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function stagecraft(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env, input: opts.input ?? '', encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A context directory from a path → content map; returns its path. Removed by cleanup(). */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sc-cli-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const made: string[] = [];
export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** busybox-like: a 1000-byte /bin/busybox with the applets the conformance cases run. */
const APPLETS = ['sh', 'cat', 'echo', 'mkdir', 'cp', 'test', 'wc', 'rm', 'ls'];
const baseLayer: FixtureEntry[] = [
  { name: 'bin/', type: 'dir' },
  { name: 'bin/busybox', content: 'B'.repeat(1000), mode: 0o755 },
  ...APPLETS.map((n): FixtureEntry => ({ name: `bin/${n}`, type: 'symlink', linkname: 'busybox', mode: 0o777 })),
  { name: 'etc/', type: 'dir' },
  { name: 'etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n' },
  { name: 'etc/group', content: 'root:x:0:\napp:x:1000:\n' },
];

/** Writes the tiny image as a docker save tarball into `dir`; returns the file's path. */
export function tinyImageTar(dir: string, tag = 'local/busybox:latest'): string {
  const tar = savedImageTar([
    {
      tags: [tag],
      config: {
        config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'] },
        history: [{ created: '2026-01-01T00:00:00Z', created_by: 'ADD tiny-rootfs / # hand-made', comment: 'test fixture' }],
      },
      layers: [baseLayer],
    },
  ]);
  const file = join(dir, 'tiny.tar');
  writeFileSync(file, tar);
  return file;
}
