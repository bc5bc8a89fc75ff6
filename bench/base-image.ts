// The base image the bench builds on. Preferably the real local/busybox:latest through
// `docker save` (what the conformance suite uses); with no Docker, a synthetic busybox-shaped
// image built in memory so the bench still runs anywhere.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSavedImage } from '../src/engine/index';
import type { BaseImage, LayerChange } from '../src/engine/types';

export const BASE_REF = 'local/busybox:latest';

const SHARED_CLI = resolve(import.meta.dirname, '../../shared/buildkit/docker');
const DOCKER = process.env.DOCKER ?? (existsSync(SHARED_CLI) ? SHARED_CLI : 'docker');

export interface Base {
  image: BaseImage;
  /** Where it came from, printed with the figures. */
  source: string;
}

/** local/busybox:latest from `docker save`, else the synthetic stand-in. */
export function loadBase(): Base {
  const image = savedImage(BASE_REF);
  if (image) return { image, source: `docker save ${BASE_REF}` };
  return { image: syntheticBusybox(), source: 'synthetic busybox-like image (no docker save available)' };
}

/** An image through `docker save`, or null when there is no Docker or no such image. */
export function savedImage(ref: string): BaseImage | null {
  const dir = mkdtempSync(join(tmpdir(), 'sc-bench-'));
  try {
    const file = join(dir, 'image.tar');
    const r = spawnSync(DOCKER, ['save', ref, '-o', file], { stdio: 'ignore', timeout: 120_000 });
    return r.status === 0 ? loadSavedImage(new Uint8Array(readFileSync(file)), ref) : null;
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The applets the conformance cases run, padded with made-up names to the ~280 entries of the
// real image so the base filesystem the engine clones has a realistic size.
const APPLETS = ['sh', 'ash', 'cat', 'echo', 'printf', 'mkdir', 'cp', 'mv', 'rm', 'rmdir', 'ln', 'ls', 'chmod', 'chown', 'touch', 'test', '[', 'wc', 'head', 'tail', 'sed', 'grep', 'sort', 'uniq', 'tr', 'cut', 'find', 'tar', 'gzip', 'env', 'true', 'false', 'sleep', 'id', 'whoami', 'date', 'basename', 'dirname', 'tee', 'xargs', 'stat', 'du', 'readlink', 'realpath', 'mktemp', 'seq', 'expr', 'md5sum', 'sha256sum', 'wget', 'dd', 'chgrp', 'pwd', 'hostname', 'install', 'nproc'];
const PASSWD = 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\napp:x:1000:1000:app:/home/app:/bin/sh\nsvc:x:2000:3000:svc (primary group svcgrp):/nonexistent:/bin/false\n';
const GROUP = 'root:x:0:\ndaemon:x:1:\nnogroup:x:65534:\napp:x:1000:\nsvcgrp:x:3000:\n';

export function syntheticBusybox(): BaseImage {
  const changes: LayerChange[] = [];
  const add = (path: string, c: Partial<LayerChange> & Pick<LayerChange, 'type'>) =>
    changes.push({ path, kind: 'add', size: 0, mode: 0o755, uid: 0, gid: 0, entry: path.slice(1) + (c.type === 'dir' ? '/' : ''), ...c });
  for (const d of ['/bin', '/dev', '/etc', '/home', '/proc', '/root', '/sys', '/usr', '/usr/bin', '/usr/sbin', '/var', '/sbin']) add(d, { type: 'dir', mode: d === '/root' ? 0o700 : 0o755 });
  add('/tmp', { type: 'dir', mode: 0o1777 });
  add('/home/app', { type: 'dir', uid: 1000, gid: 1000 });
  for (const [path, content] of [['/etc/passwd', PASSWD], ['/etc/group', GROUP], ['/etc/hosts', ''], ['/etc/hostname', ''], ['/etc/resolv.conf', '']] as const) {
    add(path, { type: 'file', size: content.length, mode: 0o644, content });
  }
  add('/bin/busybox', { type: 'file', size: 1_000_000 });
  const names = [...APPLETS, ...Array.from({ length: 230 }, (_, i) => `applet${i}`)];
  for (const n of names) add(`/bin/${n}`, { type: 'symlink', size: 'busybox'.length, mode: 0o777, link: 'busybox' });
  const size = changes.reduce((a, c) => a + c.size, 0);
  return {
    name: BASE_REF,
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], User: '', WorkingDir: '', Cmd: ['sh'], Entrypoint: null, ExposedPorts: {}, Labels: {}, Volumes: {}, Shell: null, StopSignal: '', Healthcheck: null, OnBuild: null },
    history: [{ created_by: '', empty_layer: false, size, comment: 'synthetic' }],
    layers: [{ created_by: '', size, changes }],
    source: 'synthetic (bench)',
  };
}
