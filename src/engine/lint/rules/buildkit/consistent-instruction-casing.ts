// ConsistentInstructionCasing (dockerfile2llb.validateCommandCasing): every instruction of the
// stages in the case most of them use (a tie counts as uppercase). Global ARGs before the first
// FROM are not part of a stage and are neither counted nor checked.
import type { LintRule } from '../../types';
import { model } from '../../model';
import { source } from '../../source';
import { at, buildkitUrl } from '../util';

export const consistentInstructionCasing: LintRule = {
  id: 'ConsistentInstructionCasing',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'Instruction keywords are case-insensitive, but mixing `RUN` and `run` (or writing `Run`) makes a Dockerfile harder to scan. ' +
    'BuildKit compares each keyword with the casing most instructions use and flags the ones that differ.',
  url: buildkitUrl('consistent-instruction-casing'),
  check(input) {
    const src = source(input);
    const all = model(input).stages.flatMap((s) => [s.from, ...s.instructions]);
    let lower = 0;
    let upper = 0;
    for (const ins of all) {
      const k = src.raw(ins).keyword;
      if (k === k.toLowerCase()) lower++;
      else if (k === k.toUpperCase()) upper++;
    }
    const majorityLower = lower > upper;
    return all.flatMap((ins) => {
      const k = src.raw(ins).keyword;
      if (majorityLower && k !== k.toLowerCase()) return [at(ins, `Command '${k}' should match the case of the command majority (lowercase)`)];
      if (!majorityLower && k !== k.toUpperCase()) return [at(ins, `Command '${k}' should match the case of the command majority (uppercase)`)];
      return [];
    });
  },
};
