// Turns parsed options into the engine's BuildInput by reading the disk: the context, the
// Dockerfile, secrets, saved-image tarballs and the previous build. Every problem becomes a
// UsageError with one readable line; nothing here knows how the build goes.
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadSavedImage } from '../engine/index';
import type { BaseImage, BuildInput, ContextEntry } from '../engine/types';
import { UsageError, type BuildArgSpec, type BuildOptions } from './args';
import { readContext } from './read-context';

export type Env = Record<string, string | undefined>;

export interface LoadedBuild {
  input: BuildInput;
  /** Name shown in error excerpts ("Dockerfile:4"), as BuildKit shows it. */
  dockerfileName: string;
}

export function loadBuild(o: BuildOptions, env: Env, readStdin: () => string = () => readFileSync(0, 'utf8')): LoadedBuild {
  const context = loadContext(o.context, 'context');
  const file = o.file ?? join(o.context, 'Dockerfile');
  const dockerfile = file === '-' ? readStdin() : readText(file, 'Dockerfile');
  const buildArgs = resolveBuildArgs(o.buildArgs, env);
  const input: BuildInput = { dockerfile, context, buildArgs };
  if (o.target !== null) input.target = o.target;
  if (o.secrets.length) input.secrets = loadSecrets(o, env);
  if (o.images.length) input.images = loadImages(o);
  if (o.previousContext !== null || o.previousFile !== null || o.previousBuildArgs !== null) {
    // What is not described about the previous build is taken to be the same as now.
    input.previous = {
      dockerfile: o.previousFile === null ? dockerfile : readText(o.previousFile, 'previous Dockerfile'),
      context: o.previousContext === null ? context : loadContext(o.previousContext, 'previous context'),
      buildArgs: o.previousBuildArgs === null ? buildArgs : resolveBuildArgs(o.previousBuildArgs, env),
    };
  }
  return { input, dockerfileName: file === '-' ? 'Dockerfile' : basename(file) };
}

function loadContext(dir: string, what: string): ContextEntry[] {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    throw new UsageError(`${what} directory ${dir}: ${fsReason(e)}`);
  }
  if (!isDir) throw new UsageError(`${what} ${dir} is not a directory`);
  try {
    return readContext(dir);
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${dir}: ${fsReason(e)}`);
  }
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${file}: ${fsReason(e)}`);
  }
}

/** Later flags win; `K` alone takes K from the environment and is dropped when K is unset (as docker does). */
function resolveBuildArgs(specs: BuildArgSpec[], env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, value } of specs) {
    const v = value ?? env[key];
    if (v === undefined) delete out[key];
    else out[key] = v;
  }
  return out;
}

function loadSecrets(o: BuildOptions, env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of o.secrets) {
    if (s.env !== undefined) {
      const v = env[s.env];
      if (v === undefined) throw new UsageError(`--secret id=${s.id}: environment variable ${s.env} is not set`);
      out[s.id] = v;
    } else {
      out[s.id] = readText(s.src!, `secret ${s.id} file`);
    }
  }
  return out;
}

function loadImages(o: BuildOptions): Record<string, BaseImage> {
  const out: Record<string, BaseImage> = {};
  for (const { name, file } of o.images) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (e) {
      throw new UsageError(`--image ${name}: cannot read ${file}: ${fsReason(e)}`);
    }
    try {
      // The flag's NAME is what FROM refers to, whatever tags the tarball carries.
      out[name] = { ...loadSavedImage(bytes, name), name };
    } catch (e) {
      throw new UsageError(`--image ${name}: ${file} is not a usable docker save tarball: ${oneLine(e)}`);
    }
  }
  return out;
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent is not a directory',
  ELOOP: 'too many levels of symbolic links',
};

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return (code && FS_REASONS[code]) ?? oneLine(e);
}

function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!.replace(/^saved image: /, '');
}
