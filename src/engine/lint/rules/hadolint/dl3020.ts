// DL3020: ADD of local files or folders (not a URL, not an archive to extract).
import type { LintRule } from '../../types';
import { at, hadolintUrl } from '../util';

const ARCHIVES = ['.tar', '.gz', '.bz2', '.xz', '.zip', '.tgz', '.tb2', '.tbz', '.tbz2', '.lz', '.lzma', '.tlz', '.txz', '.Z', '.tZ'];
const unquote = (s: string) => s.replace(/^["']|["']$/g, '');

export const dl3020: LintRule = {
  id: 'DL3020',
  source: 'hadolint',
  severity: 'error',
  explanation:
    'ADD does extra things — downloads URLs and unpacks local archives — so using it for plain files hides intent and can surprise (a `.tar.gz` gets extracted). ' +
    'Use COPY for files and folders, and keep ADD for remote URLs or archives you want unpacked.',
  url: hadolintUrl('DL3020'),
  check(input) {
    return input.parsed.instructions.flatMap((ins) => {
      if (ins.keyword !== 'ADD') return [];
      const local = ins.sources.filter((s) => !(ins.heredocs.length && s.startsWith('<<'))).map(unquote);
      const ok = local.every((s) => ARCHIVES.some((ext) => s.endsWith(ext)) || s.startsWith('https://') || s.startsWith('http://'));
      return ok ? [] : [at(ins, 'Use COPY instead of ADD for files and folders')];
    });
  },
};
