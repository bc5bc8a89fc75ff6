// Editor markers from one BuildResult: the build error, the lint findings and the findings that
// have a line. Pure data; the Monaco adapter maps them to IMarkerData.
import type { BuildResult, Severity } from '../../../engine/types';

export interface Marker {
  line: number;
  endLine: number;
  severity: Severity;
  message: string;
  source: string;
  code?: string;
}

export function markers(result: BuildResult, lineCount: number): Marker[] {
  const clamp = (n: number) => Math.min(Math.max(1, n), Math.max(1, lineCount));
  const out: Marker[] = [];
  if (result.error && result.error.line !== null) {
    const l = clamp(result.error.line);
    out.push({ line: l, endLine: l, severity: 'error', message: result.error.message, source: 'build' });
  }
  for (const f of result.lint) {
    out.push({ line: clamp(f.line), endLine: clamp(Math.max(f.line, f.endLine)), severity: f.severity, message: `${f.message}\n${f.explanation}`, source: f.source === 'hadolint' ? 'hadolint' : 'build check', code: f.rule });
  }
  for (const f of result.findings) {
    if (f.line === null) continue;
    const l = clamp(f.line);
    out.push({ line: l, endLine: l, severity: f.severity, message: `${f.message}\nFix: ${f.fix}`, source: 'leak', code: f.rule });
  }
  return out;
}

/** Lines with an error, for the static (pre-Monaco) view. */
export function errorLines(result: BuildResult): Set<number> {
  return new Set(markers(result, Number.MAX_SAFE_INTEGER).filter((m) => m.severity === 'error').map((m) => m.line));
}
