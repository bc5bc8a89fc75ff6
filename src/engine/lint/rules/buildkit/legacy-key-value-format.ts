// LegacyKeyValueFormat (dispatchEnv / dispatchLabel): `ENV key value` without `=`.
import type { LintRule } from '../../types';
import { dispatch, model } from '../../model';
import { source } from '../../source';
import { splitRaw } from '../../../parse/words';
import { at, buildkitUrl } from '../util';

export const legacyKeyValueFormat: LintRule = {
  id: 'LegacyKeyValueFormat',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'The old `ENV key value` form takes everything after the first space as the value, so `ENV A 1 B 2` sets A to "1 B 2". ' +
    'The `key=value` form is unambiguous and lets one instruction set several variables.',
  url: buildkitUrl('legacy-key-value-format'),
  check(input) {
    const src = source(input);
    const escape = model(input).escape;
    return dispatch(input).flatMap(({ ins }) => {
      if (ins.keyword !== 'ENV' && ins.keyword !== 'LABEL') return [];
      let first: string | undefined;
      try {
        first = splitRaw(ins.text.slice(ins.keyword.length), escape)[0];
      } catch {
        return [];
      }
      if (first === undefined || first.includes('=')) return [];
      const k = src.raw(ins).keyword;
      return [at(ins, `"${k} key=value" should be used instead of legacy "${k} key value" format`)];
    });
  },
};
