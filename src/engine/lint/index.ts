// Runs every registered lint rule, honouring `# check=skip=Rule1,Rule2` (and skip=all).
import type { LintFinding } from '../types';
import type { LintInput, LintRule } from './types';

const rules: LintRule[] = [];

export function lint(input: LintInput): LintFinding[] {
  const skip = skipped(input.parsed.directives['check']);
  const out: LintFinding[] = [];
  for (const rule of rules) {
    if (skip.has('all') || skip.has(rule.id.toLowerCase())) continue;
    for (const hit of rule.check(input)) {
      out.push({ rule: rule.id, source: rule.source, severity: rule.severity, message: hit.message, line: hit.line, endLine: hit.endLine ?? hit.line, explanation: rule.explanation, url: rule.url });
    }
  }
  return out.sort((a, b) => a.line - b.line || (a.rule < b.rule ? -1 : 1));
}

function skipped(directive: string | undefined): Set<string> {
  const m = /(?:^|;)\s*skip\s*=\s*([^;]*)/i.exec(directive ?? '');
  return new Set((m?.[1] ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
}
