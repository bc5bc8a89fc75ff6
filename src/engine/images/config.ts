// The config of an image that sets nothing (what `docker inspect` shows as empty fields); base
// images and the catalog both start from it.
import type { ImageConfig } from '../types';

export function emptyImageConfig(): ImageConfig {
  return { Env: [], User: '', WorkingDir: '', Cmd: null, Entrypoint: null, ExposedPorts: {}, Labels: {}, Volumes: {}, Shell: null, StopSignal: '', Healthcheck: null, OnBuild: null };
}
