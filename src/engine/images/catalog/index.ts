// The base image catalog: images the simulator knows without a tarball.
import type { BaseImage } from '../../types';

export function findCatalogImage(ref: string): BaseImage | null {
  void ref;
  return null;
}
