// Lint rules are data: an id, where it comes from, a severity, an explanation, and a check.
import type { BuildPlan } from '../build/plan';
import type { ParsedDockerfile } from '../parse/parse';
import type { LintFinding, Severity } from '../types';

export interface LintInput {
  parsed: ParsedDockerfile;
  /** The stage graph when the Dockerfile got that far (null on a parse error). */
  plan: BuildPlan | null;
  text: string;
}

export interface LintRule {
  id: string;
  source: 'buildkit' | 'hadolint';
  severity: Severity;
  /** A plain explanation for learners. */
  explanation: string;
  url: string;
  check(input: LintInput): { message: string; line: number; endLine?: number }[];
}

export type { LintFinding };
