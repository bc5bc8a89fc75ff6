// Text for `stagecraft lint`: one block per finding, in hadolint's "FILE:LINE RULE level: message"
// shape, with the plain explanation and the rule's documentation link under it.
import type { LintFinding, Severity } from '../engine/types';
import type { FailOn } from './args';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function renderLint(findings: LintFinding[], dockerfileName: string): string {
  if (!findings.length) return `${dockerfileName}: no lint findings\n`;
  const blocks = findings.map((f) => {
    const where = f.endLine > f.line ? `${f.line}-${f.endLine}` : String(f.line);
    return `${dockerfileName}:${where} ${f.rule} ${f.severity}: ${f.message}\n  ${f.explanation}\n  ${f.url}\n`;
  });
  const counts = (['error', 'warning', 'info'] as const).map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
  return blocks.join('\n') + `\n${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts})\n`;
}

export function failsLint(findings: LintFinding[], failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return findings.some((f) => RANK[f.severity] >= RANK[failOn]);
}
