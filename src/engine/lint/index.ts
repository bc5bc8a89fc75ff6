// Runs every registered lint rule. BuildKit's rules honour the `# check=` directive the way
// BuildKit's linter does (skip=Rule1,Rule2 / skip=all; experimental=Rule / experimental=all turns
// on the experimental rules, which skip does not affect; rule names are case-sensitive).
// hadolint's rules honour `# hadolint ignore=DL3006` on the line above and
// `# hadolint global ignore=...`. A rule that throws is left out rather than failing the build.
import type { LintFinding } from '../types';
import { buildkitRuns, checkConfig, hadolintPragma } from './directives';
import { source } from './source';
import type { LintInput, LintRule } from './types';

import { consistentInstructionCasing } from './rules/buildkit/consistent-instruction-casing';
import { copyIgnoredFile } from './rules/buildkit/copy-ignored-file';
import { duplicateStageName } from './rules/buildkit/duplicate-stage-name';
import { exposeInvalidFormat, exposeProtoCasing } from './rules/buildkit/expose';
import { fromAsCasing } from './rules/buildkit/from-as-casing';
import { fromPlatformFlagConstDisallowed } from './rules/buildkit/from-platform-flag-const-disallowed';
import { invalidBaseImagePlatform } from './rules/buildkit/invalid-base-image-platform';
import { invalidDefaultArgInFrom } from './rules/buildkit/invalid-default-arg-in-from';
import { invalidDefinitionDescription } from './rules/buildkit/invalid-definition-description';
import { jsonArgsRecommended } from './rules/buildkit/json-args-recommended';
import { legacyKeyValueFormat } from './rules/buildkit/legacy-key-value-format';
import { maintainerDeprecated } from './rules/buildkit/maintainer-deprecated';
import { multipleInstructionsDisallowed } from './rules/buildkit/multiple-instructions-disallowed';
import { noEmptyContinuation } from './rules/buildkit/no-empty-continuation';
import { redundantTargetPlatform } from './rules/buildkit/redundant-target-platform';
import { reservedStageName } from './rules/buildkit/reserved-stage-name';
import { secretsUsedInArgOrEnv } from './rules/buildkit/secrets-used-in-arg-or-env';
import { stageNameCasing } from './rules/buildkit/stage-name-casing';
import { undefinedArgInFrom } from './rules/buildkit/undefined-arg-in-from';
import { undefinedVar } from './rules/buildkit/undefined-var';
import { workdirRelativePath } from './rules/buildkit/workdir-relative-path';

import { dl3002 } from './rules/hadolint/dl3002';
import { dl3003 } from './rules/hadolint/dl3003';
import { dl3006 } from './rules/hadolint/dl3006';
import { dl3007 } from './rules/hadolint/dl3007';
import { dl3008 } from './rules/hadolint/dl3008';
import { dl3009 } from './rules/hadolint/dl3009';
import { dl3018 } from './rules/hadolint/dl3018';
import { dl3019 } from './rules/hadolint/dl3019';
import { dl3020 } from './rules/hadolint/dl3020';
import { dl3022 } from './rules/hadolint/dl3022';
import { dl3023 } from './rules/hadolint/dl3023';
import { dl3024 } from './rules/hadolint/dl3024';
import { dl3025 } from './rules/hadolint/dl3025';
import { dl3059 } from './rules/hadolint/dl3059';
import { dl4000 } from './rules/hadolint/dl4000';
import { dl4006 } from './rules/hadolint/dl4006';

/** Docker Build Checks in BuildKit's ruleset order, then hadolint by code. */
export const rules: LintRule[] = [
  stageNameCasing,
  fromAsCasing,
  noEmptyContinuation,
  consistentInstructionCasing,
  duplicateStageName,
  reservedStageName,
  jsonArgsRecommended,
  maintainerDeprecated,
  undefinedArgInFrom,
  workdirRelativePath,
  undefinedVar,
  multipleInstructionsDisallowed,
  legacyKeyValueFormat,
  invalidBaseImagePlatform,
  redundantTargetPlatform,
  secretsUsedInArgOrEnv,
  invalidDefaultArgInFrom,
  fromPlatformFlagConstDisallowed,
  copyIgnoredFile,
  invalidDefinitionDescription,
  exposeProtoCasing,
  exposeInvalidFormat,

  dl3002,
  dl3003,
  dl3006,
  dl3007,
  dl3008,
  dl3009,
  dl3018,
  dl3019,
  dl3020,
  dl3022,
  dl3023,
  dl3024,
  dl3025,
  dl3059,
  dl4000,
  dl4006,
];

export function lint(input: LintInput): LintFinding[] {
  const config = checkConfig(input.text);
  const { ignoredAt, globallyIgnored } = hadolintIgnores(input);
  const out: LintFinding[] = [];
  for (const rule of rules) {
    if (rule.source === 'buildkit' && !buildkitRuns(config, rule)) continue;
    if (rule.source === 'hadolint' && globallyIgnored.has(rule.id)) continue;
    let hits: ReturnType<LintRule['check']>;
    try {
      hits = rule.check(input);
    } catch {
      continue;
    }
    for (const hit of hits) {
      if (rule.source === 'hadolint' && ignoredAt.get(hit.line)?.has(rule.id)) continue;
      out.push({ rule: rule.id, source: rule.source, severity: rule.severity, message: hit.message, line: hit.line, endLine: hit.endLine ?? hit.line, explanation: rule.explanation, url: rule.url });
    }
  }
  return out.sort((a, b) => a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** hadolint's pragmas: `ignore=` applies to the line after the comment, `global ignore=` everywhere. */
function hadolintIgnores(input: LintInput): { ignoredAt: Map<number, Set<string>>; globallyIgnored: Set<string> } {
  const ignoredAt = new Map<number, Set<string>>();
  const globallyIgnored = new Set<string>();
  for (const [line, text] of source(input).comments) {
    const p = hadolintPragma(text);
    if (!p) continue;
    if (p.global) for (const r of p.rules) globallyIgnored.add(r);
    else ignoredAt.set(line + 1, new Set(p.rules));
  }
  return { ignoredAt, globallyIgnored };
}

export { checkConfig, lintViolationError, type CheckConfig } from './directives';
export type { LintImage, LintInput, LintRule } from './types';
