// Small helpers the rule modules share.
import type { Instruction, Located } from '../../parse/instructions';
import type { LintHit } from '../types';

/** A hit spanning the whole instruction (its continuation lines and heredocs included). */
export function at(ins: Located, message: string): LintHit {
  return { message, line: ins.line, endLine: ins.endLine };
}

/** Docker's reference page for a build check, e.g. "stage-name-casing". */
export function buildkitUrl(slug: string): string {
  return `https://docs.docker.com/reference/build-checks/${slug}/`;
}

export function hadolintUrl(code: string): string {
  return `https://github.com/hadolint/hadolint/wiki/${code}`;
}

/** The shell script a RUN hands to /bin/sh: the command line, then heredoc bodies. */
export function runScript(ins: Instruction): string | null {
  if (ins.keyword !== 'RUN') return null;
  const parts = [ins.command ?? (ins.argv ?? []).join(' '), ...ins.heredocs.map((h) => h.content)];
  return parts.join('\n');
}
