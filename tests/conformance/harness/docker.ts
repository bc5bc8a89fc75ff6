// The real side of the conformance suite: build a case with a Docker engine (any engine on
// DOCKER_HOST; ../shared/buildkit/docker when present), then read back what it made through
// `docker save` and the plain progress log.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSavedImage } from '../../../src/engine/images/saved-image';
import { readTar } from '../../../src/engine/images/tar';
import type { BaseImage } from '../../../src/engine/types';

const SHARED_CLI = resolve(import.meta.dirname, '../../../../shared/buildkit/docker');
export const DOCKER = process.env.DOCKER ?? (existsSync(SHARED_CLI) ? SHARED_CLI : 'docker');
export const BASE_IMAGE = 'local/busybox:latest';

function docker(args: string[], input?: string): { status: number; out: string } {
  const r = spawnSync(DOCKER, args, { encoding: 'utf8', input, maxBuffer: 64 << 20, timeout: 120_000 });
  return { status: r.status ?? 1, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

/** Why the real engine cannot be used, or null when it can. */
export function dockerUnavailable(image = BASE_IMAGE): string | null {
  const v = docker(['version', '--format', '{{.Server.Version}}']);
  if (v.status !== 0) return `no Docker engine answers (${DOCKER}): ${v.out.trim().split('\n').slice(-1)[0]}`;
  if (docker(['image', 'inspect', image]).status !== 0) {
    return `the base image ${image} is missing (run ${image.startsWith('local/minbase') ? 'MINBASE=1 ' : ''}../shared/buildkit/make-bases.sh)`;
  }
  return null;
}

export function saveImage(tag: string): BaseImage {
  const file = join(tmpdir(), `sc-save-${process.pid}-${tag.replace(/[^a-z0-9]/gi, '_')}.tar`);
  execFileSync(DOCKER, ['save', tag, '-o', file], { stdio: 'pipe', timeout: 120_000 });
  let image: BaseImage;
  try {
    image = loadSavedImage(new Uint8Array(readFileSync(file)), tag);
  } finally {
    rmSync(file, { force: true });
  }
  // Sizes as the daemon reports them: a tarball cannot tell that BuildKit-built layers count
  // symlinks as 0 bytes while imported ones count their target length.
  const sizes = execFileSync(DOCKER, ['history', '--no-trunc', '--human=false', '--format', '{{.Size}}', tag], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map(Number)
    .reverse();
  if (sizes.length !== image.history.length) throw new Error(`docker history has ${sizes.length} rows, the saved config ${image.history.length}`);
  let layer = 0;
  image.history.forEach((h, i) => {
    h.size = sizes[i]!;
    if (!h.empty_layer) image.layers[layer++]!.size = sizes[i]!;
  });
  return image;
}

/** Where a marker string really is in an image: layer files, config fields, history rows. */
export interface MarkerLocations {
  files: { layer: number; path: string }[];
  env: string[];
  labels: string[];
  history: number[];
}

/** Searches every layer tar of a saved image, its config and its history for a marker string. */
export function markerLocations(tag: string, marker: string): MarkerLocations {
  const file = join(tmpdir(), `sc-marker-${process.pid}.tar`);
  execFileSync(DOCKER, ['save', tag, '-o', file], { stdio: 'pipe', timeout: 120_000 });
  try {
    const outer = new Map(readTar(new Uint8Array(readFileSync(file))).map((e) => [e.name.replace(/^\.\//, ''), e.data]));
    const manifest = JSON.parse(new TextDecoder().decode(outer.get('manifest.json'))) as { Config: string; Layers: string[] }[];
    const item = manifest[0]!;
    const config = JSON.parse(new TextDecoder().decode(outer.get(item.Config))) as {
      config?: { Env?: string[]; Labels?: Record<string, string> };
      history?: { created_by?: string }[];
    };
    const needle = new TextEncoder().encode(marker);
    const files: MarkerLocations['files'] = [];
    item.Layers.forEach((layerPath, layer) => {
      for (const e of readTar(outer.get(layerPath)!)) {
        if (contains(e.data, needle)) files.push({ layer, path: '/' + e.name.replace(/^\.\//, '').replace(/\/$/, '') });
      }
    });
    return {
      files,
      env: (config.config?.Env ?? []).filter((e) => e.includes(marker)).map((e) => e.slice(0, e.indexOf('='))),
      labels: Object.entries(config.config?.Labels ?? {}).filter(([k, v]) => k.includes(marker) || v.includes(marker)).map(([k]) => k),
      history: (config.history ?? []).flatMap((h, i) => ((h.created_by ?? '').includes(marker) ? [i] : [])),
    };
  } finally {
    rmSync(file, { force: true });
  }
}

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export interface RealStep {
  /** Stage label as printed ("build", "stage-2"), or null for a single-stage build. */
  label: string | null;
  index: number;
  total: number;
  text: string;
  status: 'DONE' | 'CACHED' | 'ERROR' | 'CANCELED' | 'UNKNOWN';
}

export interface RealBuild {
  ok: boolean;
  log: string;
  steps: RealStep[];
  /** The line the ERROR excerpt points at (">>>"), if any. */
  errorLine: number | null;
  errorMessage: string | null;
}

export interface BuildOptions {
  tag: string;
  dockerfile: string;
  context: string;
  buildArgs: Record<string, string>;
  secretsDir: string;
  secrets: string[];
  target?: string;
}

export function realBuild(o: BuildOptions): RealBuild {
  const args = ['build', '--progress=plain', '--network=none', '-t', o.tag, '-f', '-'];
  for (const [k, v] of Object.entries(o.buildArgs)) args.push('--build-arg', `${k}=${v}`);
  for (const id of o.secrets) args.push('--secret', `id=${id},src=${join(o.secretsDir, id)}`);
  if (o.target) args.push('--target', o.target);
  args.push(o.context);
  const r = docker(args, o.dockerfile);
  return { ok: r.status === 0, log: r.out, steps: parseProgress(r.out), ...parseError(r.out) };
}

export function pruneBuildCache(): void {
  docker(['builder', 'prune', '-af']);
}

export function removeImage(tag: string): void {
  docker(['image', 'rm', '-f', tag]);
}

/** "#7 [build 2/4] RUN ..." headers and their "#7 CACHED" / "#7 DONE" outcomes. */
export function parseProgress(log: string): RealStep[] {
  const byVertex = new Map<string, RealStep>();
  for (const line of log.split('\n')) {
    const head = /^#(\d+) \[(?:([a-z0-9._-]+) )?\s*(\d+)\/(\d+)\] (.*)$/.exec(line);
    if (head) {
      if (!byVertex.has(head[1]!)) byVertex.set(head[1]!, { label: head[2] ?? null, index: Number(head[3]), total: Number(head[4]), text: head[5]!, status: 'UNKNOWN' });
      continue;
    }
    const end = /^#(\d+) (CACHED|DONE|ERROR|CANCELED)\b/.exec(line);
    const step = end && byVertex.get(end[1]!);
    if (step && step.status === 'UNKNOWN') step.status = end![2] as RealStep['status'];
  }
  return [...byVertex.values()];
}

function parseError(log: string): { errorLine: number | null; errorMessage: string | null } {
  const marker = /^\s*(\d+) \| >>> /m.exec(log);
  const message = /^ERROR: failed to solve: (.*)$/m.exec(log);
  return { errorLine: marker ? Number(marker[1]) : null, errorMessage: message ? message[1]! : null };
}
