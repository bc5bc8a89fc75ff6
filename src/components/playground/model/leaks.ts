// The Leaks panel: every finding with where it lives (surface, stage, layer, field, path) and
// its fix. A finding with a line can jump to it in the editor.
import type { BuildResult, Severity } from '../../../engine/types';
import { stageLabel } from './input';

export interface LeakItem {
  rule: string;
  severity: Severity;
  message: string;
  line: number | null;
  surface: string;
  /** "layer 2 (COPY . /src) · path /src/.env · stage build", from the fields that are set. */
  where: { label: string; value: string }[];
  fix: string;
}

export function leakItems(result: BuildResult): LeakItem[] {
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...result.findings]
    .sort((a, b) => order[a.severity] - order[b.severity] || (a.line ?? 1e9) - (b.line ?? 1e9))
    .map((f) => {
      const where: { label: string; value: string }[] = [];
      if (f.stage !== undefined) {
        const s = result.stages[f.stage];
        where.push({ label: 'stage', value: s ? stageLabel(s) : `stage-${f.stage}` });
      }
      if (f.layer !== undefined) {
        const l = result.image?.layers[f.layer];
        where.push({ label: 'layer', value: l ? `#${f.layer} ${l.created_by.replace(/\r?\n/g, '\\n')}` : `#${f.layer}` });
      }
      if (f.field !== undefined) where.push({ label: 'field', value: f.field });
      if (f.path !== undefined) where.push({ label: 'path', value: f.path });
      return { rule: f.rule, severity: f.severity, message: f.message, line: f.line, surface: f.surface, where, fix: f.fix };
    });
}
