// NoEmptyContinuation (parser.Parse warnings): a blank line inside a `\` continuation. BuildKit
// points at the last line of the continued instruction.
import type { LintRule } from '../../types';
import { source } from '../../source';
import { buildkitUrl } from '../util';

export const noEmptyContinuation: LintRule = {
  id: 'NoEmptyContinuation',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'A blank line in the middle of a `\\`-continued instruction is silently skipped today, so it is easy to believe the instruction ended there. ' +
    'Empty continuation lines will become errors in a future Dockerfile release; remove them or end the instruction explicitly.',
  url: buildkitUrl('no-empty-continuation'),
  check(input) {
    const src = source(input);
    return input.parsed.instructions.flatMap((ins) => {
      const line = src.raw(ins).emptyContinuationAt;
      return line === null ? [] : [{ message: 'Empty continuation line', line, endLine: line }];
    });
  },
};
