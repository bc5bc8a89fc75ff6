// The engine's public vocabulary: what goes in (BuildInput) and the one result that comes out
// (BuildResult). Every view (CLI, playground panels, lesson checks) reads BuildResult and never
// re-derives it. Field names follow `docker inspect` / `docker history` where Docker has a name.

/** Kind of a filesystem entry, as a layer tar would record it. */
export type EntryType = 'file' | 'dir' | 'symlink';

/** One file of the build context (paths relative to the context root, '/'-separated). */
export interface ContextEntry {
  path: string;
  type: EntryType;
  /** Text content for files the engine may need to read (package.json, go.mod, scripts). */
  content?: string;
  /** Raw bytes of a small binary file (ADD extracts local tar archives from them). */
  bytes?: Uint8Array;
  /** Size in bytes; defaults to the UTF-8 length of `content`. */
  size?: number;
  /** Permission bits, e.g. 0o644. */
  mode?: number;
  /** Symlink target. */
  link?: string;
}

/** A file inside an image: a base image loaded from a `docker save` tarball or the catalog. */
export interface ImageFile {
  /** Absolute path, e.g. "/etc/passwd". */
  path: string;
  type: EntryType;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  link?: string;
  /** Known text content (small text files such as /etc/passwd). */
  content?: string;
}

/** An image's config, named as `docker inspect` names it (the `.Config` object). */
export interface ImageConfig {
  Env: string[];
  User: string;
  WorkingDir: string;
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  ExposedPorts: Record<string, Record<string, never>>;
  Labels: Record<string, string>;
  Volumes: Record<string, Record<string, never>>;
  Shell: string[] | null;
  StopSignal: string;
  Healthcheck: Healthcheck | null;
  OnBuild: string[] | null;
  /** Set by CMD on Linux images (Docker keeps it even after an ENTRYPOINT clears CMD). */
  ArgsEscaped?: boolean;
}

export interface Healthcheck {
  Test: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

/** One `docker history` row. */
export interface HistoryEntry {
  created_by: string;
  empty_layer: boolean;
  size: number;
  comment?: string;
}

/** A base image the engine can build on. */
export interface BaseImage {
  /** Reference as written in FROM, e.g. "local/busybox:latest". */
  name: string;
  config: ImageConfig;
  history: HistoryEntry[];
  /** Its layers, bottom first (each with its own changes), so history sizes and layers are real. */
  layers: LayerChanges[];
  /** Where the facts came from ("docker save tarball", "catalog: <source>"). */
  source: string;
  facts?: ImageFacts;
}

/** How a path changed in one layer. */
export type ChangeKind = 'add' | 'modify' | 'whiteout' | 'opaque';

export interface LayerChange {
  /** The path affected, absolute: the file added or changed, the path deleted, or the opaque dir. */
  path: string;
  kind: ChangeKind;
  /** Entry type (for whiteout/opaque: the type of the marker's target before deletion, or 'dir'). */
  type: EntryType;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  link?: string;
  /** The name of the entry in the layer tar, e.g. "app/.wh.secret.txt". */
  entry: string;
  /** Known text content (small text files, e.g. /etc/passwd of a base image). */
  content?: string;
}

export interface LayerChanges {
  created_by: string;
  size: number;
  changes: LayerChange[];
}

/** A layer of the built image with where it came from. */
export interface LayerReport extends LayerChanges {
  /** Index into `image.history`. */
  history: number;
  /** Stage index that produced it, or null for base-image layers. */
  stage: number | null;
  /** Dockerfile line (1-based) of the instruction, or null for base-image layers. */
  line: number | null;
}

/** One entry of the final, merged filesystem, with its provenance. */
export interface FileReport {
  path: string;
  type: EntryType;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  link?: string;
  /** Index into `image.layers` of the layer that last wrote this path. */
  layer: number;
  /** Name (or index as a string) of the stage that produced the bytes; "base" for base-image files. */
  stage: string;
  /** The instruction that produced the bytes, e.g. "RUN go build -o /out/app ." */
  instruction: string;
  /** The final-stage instruction that brought the file in, when another stage produced it. */
  copiedBy?: string;
}

export interface StageReport {
  index: number;
  name: string | null;
  /** What the stage is FROM, after ARG expansion: an image ref, "scratch" or a stage name. */
  base: string;
  built: boolean;
  skippedReason?: string;
  /** Parallel lane BuildKit would run this stage in (0-based); stages in different lanes overlap. */
  lane: number;
  /** Stages this one needs (FROM stage, COPY --from, RUN --mount from). */
  dependsOn: number[];
  line: number;
}

/** ERROR marks the step the build failed at (it is always the last one reported). */
export type StepStatus = 'DONE' | 'CACHED' | 'ERROR';

export interface StepReport {
  stage: number;
  /** "n/m" within its stage, as BuildKit's progress prints "[build 2/4]". */
  step: string;
  instruction: string;
  line: number;
  status: StepStatus;
  /** Why it ran (cache miss reason) or why it is cached. */
  reason?: string;
  /** Set when the engine could not model the command: what it could not predict. */
  opaque?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  line: number | null;
  surface: string;
  stage?: number;
  layer?: number;
  path?: string;
  field?: string;
  fix: string;
}

/** A lint rule's finding: Docker Build Checks (by their names) or hadolint (DL codes). */
export interface LintFinding {
  /** "StageNameCasing", "DL3006", ... */
  rule: string;
  source: 'buildkit' | 'hadolint';
  severity: Severity;
  message: string;
  /** 1-based first and last line. */
  line: number;
  endLine: number;
  /** A plain explanation for learners. */
  explanation: string;
  url: string;
}

/** dive-like accounting of the final image. */
export interface WastedSpace {
  /** Bytes shipped in lower layers that a later layer deletes or overwrites (each counted once). */
  bytes: number;
  /** 1 - wasted/size (1 when nothing is wasted), as dive reports it. */
  efficiency: number;
  entries: { path: string; bytes: number; layers: number[]; reason: 'deleted' | 'overwritten' }[];
}

/** What a builder stage made that the final image does not carry ("left in the kitchen"). */
export interface KitchenLeftover {
  stage: number;
  /** Total bytes the stage's own layers added. */
  bytes: number;
  /** Its largest files that did not make it onto the plate. */
  largest: { path: string; size: number }[];
}

/** Facts about a base image (from the catalog or a loaded tarball), shown with their sources. */
export interface ImageFacts {
  libc: 'glibc' | 'musl' | 'none' | 'unknown';
  shell: string | null;
  packageManager: 'apk' | 'apt' | 'microdnf' | 'none' | 'unknown';
  caCertificates: boolean;
  tzdata: boolean;
  /** Uncompressed size as `docker images` reports it, in bytes. */
  size: number;
  /** Where the figures come from, and when they were read. */
  sources: string[];
  date: string;
  notes?: string;
}

export interface BuildError {
  message: string;
  /** 1-based Dockerfile line, or null when the error has no line. */
  line: number | null;
}

export interface ImageReport {
  config: ImageConfig;
  history: HistoryEntry[];
  layers: LayerReport[];
  files: FileReport[];
  size: number;
  wasted: WastedSpace;
  /** Builder stages' output that stayed behind. */
  kitchen: KitchenLeftover[];
  /** The base image of the final stage's chain, when known. */
  base: { name: string; facts: ImageFacts | null } | null;
}

export interface BuildResult {
  ok: boolean;
  error: BuildError | null;
  stages: StageReport[];
  steps: StepReport[];
  image: ImageReport | null;
  findings: Finding[];
  lint: LintFinding[];
  /** Things the engine assumed or could not know (unknown images, unmodelled commands). */
  notes: string[];
}

/** Inputs of an earlier build, for the cache report. */
export interface PreviousBuild {
  dockerfile?: string;
  context?: ContextEntry[];
  buildArgs?: Record<string, string>;
}

export interface BuildInput {
  dockerfile: string;
  context: ContextEntry[];
  target?: string;
  buildArgs?: Record<string, string>;
  /** Secret id → value (what `--secret id=ID,src=FILE` would mount). */
  secrets?: Record<string, string>;
  /** Base images by reference, e.g. from `docker save` tarballs. */
  images?: Record<string, BaseImage>;
  previous?: PreviousBuild;
  /** Default "linux/amd64". */
  platform?: string;
}
