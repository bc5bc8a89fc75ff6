// The shape of the catalog's data (catalog/data/*.ts). The data modules hold plain objects only;
// build.ts turns one ImageSpec into a BaseImage on first use. See docs/base-images.md.
import type { ImageFacts } from '../../types';

/** How a figure was obtained (the legend of shared/data/base-images.json). */
export type Basis = 'measured' | 'derived' | 'third_party' | 'documented' | 'estimate';

/** An image's uncompressed size, as `docker images` reports it, with where it comes from. */
export interface SizeFigure {
  /** Decimal megabytes (the image holds exactly Math.round(mb * 1e6) bytes). */
  mb: number;
  basis: Basis;
  /** "owner/repo path/in/repo", a URL, or a sentence saying how it was worked out. */
  source: string;
  /** When the record was made. */
  asOf?: string;
  /**
   * Set when the catalog's figure differs from shared/data/base-images.json: the JSON's figure
   * (null when the JSON has no figure for this tag) and why it was changed.
   */
  corrected?: { from: number | null; why: string };
}

/**
 * One path a layer adds or changes. Exactly one of `s`/`c` (file), `l` (symlink) or `d`
 * (directory) describes it; parent directories are added by the loader.
 */
export interface Entry {
  /** Absolute path. */
  p: string;
  /** File size in bytes. */
  s?: number;
  /** Text content (the size is its UTF-8 length). */
  c?: string;
  /** Symlink target, as `ln -s` wrote it. */
  l?: string;
  /** A directory. */
  d?: true;
  /** An executable file (mode 0755). */
  x?: true;
  /** Mode bits when not the default (file 0644, executable 0755, dir 0755, symlink 0777). */
  m?: number;
  u?: number;
  g?: number;
}

/** Symlinks `dir/name → to` for each name (busybox applets, alternatives). */
export interface LinkGroup {
  dir: string;
  to: string;
  names: string[];
}

/** A history row that makes a layer. */
export interface LayerStep {
  /** `created_by` as `docker history --no-trunc` shows it (long RUN scripts abbreviated with "…"). */
  run: string;
  /** Layer size in decimal MB. At most one layer of an image omits it (and `exact`): it takes the rest of the image's size. */
  mb?: number;
  /** The layer is exactly the bytes its entries name (no remainder files). */
  exact?: true;
  files?: Entry[];
  /** Executables by directory: { '/usr/bin': { ls: 151344 } } (regular files, mode 0755, root). */
  exe?: Record<string, Record<string, number>>;
  links?: LinkGroup[];
  /**
   * Where the layer's bytes that no entry names live, by weight: each directory gets one file
   * `<dir>/.sized-remainder` holding its share, so the layer's entries add up to its size.
   */
  bulk?: Record<string, number>;
}

/** A history row with no layer (ENV, CMD, WORKDIR that changed nothing, ...). */
export interface EmptyStep {
  empty: string;
}

export type Step = LayerStep | EmptyStep;

/** Config changes an image makes over its parent, named after the Dockerfile instruction. */
export interface ConfigPatch {
  /** "KEY=value" pairs: a key already set keeps its place, a new key is appended (as ENV does). */
  env?: string[];
  user?: string;
  workdir?: string;
  cmd?: string[] | null;
  /** Setting the entrypoint without a cmd clears the inherited cmd, as Docker does. */
  entrypoint?: string[] | null;
  labels?: Record<string, string>;
  /** "80/tcp" */
  ports?: string[];
  volumes?: string[];
  stopSignal?: string;
  shell?: string[] | null;
}

export type FactsPatch = Partial<Omit<ImageFacts, 'size'>>;

/** A tag of the same image family built on another parent (another alpine, the debug base, ...). */
export interface VariantSpec {
  tags: string[];
  /** Parent ref; omitted: the main spec's parent. */
  from?: string;
  /** Own figure; omitted: the parent's size plus the main spec's own layers (basis "derived"). */
  size?: SizeFigure;
  config?: ConfigPatch;
  facts?: FactsPatch;
}

export interface ImageSpec {
  /** Every ref naming this image, normalised ("golang:1.23", "gcr.io/distroless/static-debian12:nonroot"); the first is canonical. */
  tags: string[];
  /** The catalog ref of the image it is built FROM (its layers, history and config come first). */
  from?: string;
  steps: Step[];
  config?: ConfigPatch;
  size: SizeFigure;
  facts: FactsPatch;
  variants?: VariantSpec[];
}
