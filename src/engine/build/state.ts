// The state of one stage while it builds: its filesystem, layers, history, image config and
// the LLB-like environment (ENV and ARG values) that RUN steps see.
import type { FileSystem } from '../fs/tree';
import type { ImageConfig, ImageFacts, LayerChange } from '../types';
import type { Lookup } from '../parse/words';
import { EnvMap } from './env';

export interface LayerRecord {
  created_by: string;
  changes: LayerChange[];
  size: number;
  /** Stage that made the layer; null for base-image layers. */
  stage: number | null;
  line: number | null;
}

export interface HistoryRecord {
  created_by: string;
  empty_layer: boolean;
  comment?: string;
  /** Index into the stage's layers for non-empty entries. */
  layer: number | null;
}

export interface DeclaredArg {
  name: string;
  value: string | undefined;
}

export interface StageState {
  index: number;
  name: string | null;
  /** The name BuildKit's progress shows: the stage name or "stage-N". */
  label: string;
  fs: FileSystem;
  layers: LayerRecord[];
  history: HistoryRecord[];
  config: ImageConfig;
  /** ENV and ARG values in scope, in declaration order (what RUN and substitution see). */
  env: Map<string, string>;
  /** ARGs declared in this stage, for the `|N K=V` prefix of RUN history. */
  args: DeclaredArg[];
  /** Cache key of the last step. */
  cacheKey: string;
  /** Whether the base image's files are fully known (else unknown commands are assumed present). */
  baseKnown: boolean;
  /** The image at the bottom of this stage's chain and what is known about it. */
  base: { name: string; facts: ImageFacts | null };
}

export function lookupIn(state: StageState): Lookup {
  return (name) => state.env.get(name);
}

/**
 * Where each name first appears in a config's Env, so an ENV does not scan the whole list (which
 * made thousands of ENV lines quadratic). Rebuilt if the list grew behind setConfigEnv's back.
 */
const envPositions = new WeakMap<string[], { length: number; at: Map<string, number> }>();

/** Sets K=V in config.Env, replacing an earlier K in place. */
export function setConfigEnv(config: ImageConfig, key: string, value: string): void {
  const list = config.Env;
  let index = envPositions.get(list);
  if (!index || index.length !== list.length) {
    const at = new Map<string, number>();
    list.forEach((e, i) => {
      const name = e.slice(0, e.indexOf('='));
      if (!at.has(name)) at.set(name, i);
    });
    envPositions.set(list, (index = { length: list.length, at }));
  }
  const i = index.at.get(key);
  if (i !== undefined) list[i] = `${key}=${value}`;
  else {
    index.at.set(key, list.length);
    list.push(`${key}=${value}`);
    index.length = list.length;
  }
}

export function envFromConfig(config: ImageConfig): Map<string, string> {
  const env = new EnvMap();
  for (const e of config.Env) {
    const eq = e.indexOf('=');
    env.set(eq < 0 ? e : e.slice(0, eq), eq < 0 ? '' : e.slice(eq + 1));
  }
  return env;
}

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
