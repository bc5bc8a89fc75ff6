// CopyIgnoredFile (dockerfile2llb.validateCopySourcePath), experimental: a COPY/ADD source from
// the build context that .dockerignore excludes. Skipped when the .dockerignore has `!`
// exceptions, as BuildKit does.
import { goQuote } from '../../../build/gofmt';
import type { LintRule } from '../../types';
import { cleanPath, ignored, readIgnore } from '../../dockerignore';
import { expand } from '../../expand';
import { dispatch, model } from '../../model';
import { at, buildkitUrl } from '../util';

const REMOTE = /^(?:https?:\/\/|git@|git:\/\/|ssh:\/\/)/;

export const copyIgnoredFile: LintRule = {
  id: 'CopyIgnoredFile',
  source: 'buildkit',
  severity: 'warning',
  experimental: true,
  explanation:
    'Files matched by .dockerignore are never sent to the builder, so this COPY/ADD cannot see them and fails or copies less than you expect. ' +
    'Either stop ignoring the file or stop copying it. (Copies `--from` another stage are not affected: .dockerignore only filters the build context.)',
  url: buildkitUrl('copy-ignored-file'),
  check(input) {
    const patterns = readIgnore(input.dockerignore ?? '');
    if (!patterns.length || patterns.some((p) => p.exclusion)) return [];
    const escape = model(input).escape;
    return dispatch(input).flatMap(({ ins, env }) => {
      if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.from !== null) return [];
      const what = ins.keyword === 'ADD' ? 'Add' : 'Copy';
      return ins.sources.flatMap((src) => {
        if (ins.heredocs.length && src.startsWith('<<')) return [];
        const value = expand(src, env, escape).value;
        if (ins.keyword === 'ADD' && REMOTE.test(value)) return [];
        const path = cleanPath(value);
        return ignored(patterns, path) ? [at(ins, `Attempting to ${what} file ${goQuote(path)} that is excluded by .dockerignore`)] : [];
      });
    });
  },
};
