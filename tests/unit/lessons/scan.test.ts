import { describe, expect, it } from 'vitest';
import { assertNoHardCodedFigures, hardCodedFigures, proseOnly } from '../../../src/lessons/scan';
import { lessonSources } from './helpers';

describe('hard-coded figure scan', () => {
  it('finds sizes, ratios, percentages and layer counts typed in prose', () => {
    const mdx = [
      'The image is 854MB, the binary 5.1 MB and the bundle 221 kB.',
      'It is 160× smaller, or 160x smaller, or 12 times smaller.',
      'The base is 96.9% of it, in 12 layers and 347 files.',
      'Files of 1,024 bytes and 3 GiB.',
    ].join('\n');
    expect(hardCodedFigures(mdx).map((f) => f.text)).toEqual([
      '854MB', '5.1 MB', '221 kB', '160×', '160x', '12 times', '96.9%', '12 layers', '347 files', '1,024 bytes', '3 GiB',
    ]);
    expect(hardCodedFigures(mdx).map((f) => f.line)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4]);
  });

  it('leaves code blocks, inline code and ordinary numbers alone', () => {
    const mdx = [
      'Go 1.23 listens on port 8080 as user 65532; see line 12.',
      'Run `docker images` to see `weather  latest  5.35MB`.',
      '```text',
      'REPOSITORY  SIZE',
      'weather     854MB',
      '```',
      '~~~',
      '12 layers',
      '~~~',
      'A hex value like 0x1F is fine.',
    ].join('\n');
    expect(hardCodedFigures(mdx)).toEqual([]);
    expect(proseOnly(mdx).split('\n')).toHaveLength(10);
  });

  it('scans the frontmatter too (titles and summaries are shown as prose)', () => {
    expect(hardCodedFigures('---\nsummary: From 854MB to 5MB\n---\n').map((f) => f.text)).toEqual(['854MB', '5MB']);
  });

  it('makes the site build fail with the line and the text', () => {
    expect(() => assertNoHardCodedFigures('x.mdx', 'ok\nnow 20 MB')).toThrow(/x\.mdx: .*line 2: "20 MB"/);
  });

  it('finds no hand-typed figure in any lesson', () => {
    for (const l of lessonSources()) expect(hardCodedFigures(l.source), l.file).toEqual([]);
  });
});
