// FromAsCasing (instructions.doesFromCaseMatchAsCase): `FROM x as y` or `from x AS y`. A FROM
// keyword in mixed case is ConsistentInstructionCasing's business, not this rule's.
import type { LintRule } from '../../types';
import { source } from '../../source';
import { at, buildkitUrl } from '../util';

export const fromAsCasing: LintRule = {
  id: 'FromAsCasing',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'The `AS` that names a stage should be written in the same case as its `FROM` keyword (`FROM … AS …` or `from … as …`). ' +
    'It changes nothing in the build, but consistent casing makes the stage boundaries of a multi-stage Dockerfile easy to spot.',
  url: buildkitUrl('from-as-casing'),
  check(input) {
    const src = source(input);
    return input.parsed.instructions.flatMap((ins) => {
      if (ins.keyword !== 'FROM' || ins.alias === null) return [];
      const { keyword: from, args } = src.raw(ins);
      const as = args[1];
      if (args.length < 3 || as === undefined) return [];
      const lower = from === from.toLowerCase();
      if (!lower && from !== from.toUpperCase()) return [];
      const ok = lower ? as === as.toLowerCase() : as === as.toUpperCase();
      return ok ? [] : [at(ins, `'${as}' and '${from}' keywords' casing do not match`)];
    });
  },
};
