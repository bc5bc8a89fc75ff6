// Lint rules are data: an id, where it comes from, a severity, an explanation, and a check.
import type { BuildPlan } from '../build/plan';
import type { ParsedDockerfile } from '../parse/parse';
import type { LintFinding, Severity } from '../types';

/**
 * What lint may know about a base image. A `BaseImage` (docker save tarball, catalog) fits: its
 * config gives the environment (UndefinedVar) and SHELL (JSONArgsRecommended); `os` and
 * `architecture`, when known, let InvalidBaseImagePlatform compare with the build's platform.
 */
export interface LintImage {
  config?: { Env?: string[]; Shell?: string[] | null };
  os?: string;
  architecture?: string;
  variant?: string;
}

export interface LintInput {
  parsed: ParsedDockerfile;
  /** The stage graph when the Dockerfile got that far (null on a parse error). */
  plan: BuildPlan | null;
  text: string;
  /** The context's .dockerignore text, for CopyIgnoredFile. */
  dockerignore?: string;
  /** Base images by reference (as given to the build), for their environment, SHELL and platform. */
  images?: Record<string, LintImage>;
  /** Images `images` lacks, e.g. the engine's catalog (`findCatalogImage`). */
  resolveImage?: (ref: string) => LintImage | null;
  /** The target platform, default "linux/amd64" (TARGETPLATFORM and friends). */
  platform?: string;
}

export interface LintHit {
  message: string;
  /** 1-based first line. */
  line: number;
  /** 1-based last line (defaults to `line`). */
  endLine?: number;
}

export interface LintRule {
  id: string;
  source: 'buildkit' | 'hadolint';
  severity: Severity;
  /** A plain explanation for learners. */
  explanation: string;
  url: string;
  /** BuildKit's experimental rules run only when `# check=experimental=<id>` (or `all`) asks. */
  experimental?: boolean;
  check(input: LintInput): LintHit[];
}

export type { LintFinding };
