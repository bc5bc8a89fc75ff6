// The static code blocks: the notation/meta transformer, the diff, and the highlighted markup.
import { describe, expect, it } from 'vitest';
import { diffAsCode, diffLines } from '../../../src/lessons/diff';
import { highlight } from '../../../src/lessons/highlight';
import { parseCodeMeta, parseLineRanges, stripNotation } from '../../../src/lessons/shiki-transformers';

describe('line ranges and meta', () => {
  it('parses ranges', () => {
    expect([...parseLineRanges('1,3-5, 9')]).toEqual([1, 3, 4, 5, 9]);
    expect(() => parseLineRanges('2-1')).toThrow();
    expect(() => parseLineRanges('a')).toThrow();
  });

  it('parses highlight, ins, del and title', () => {
    const m = parseCodeMeta('{1,3} ins={5-6} del={4} title="Dockerfile {x}"');
    expect([...m.highlight]).toEqual([1, 3]);
    expect([...m.add]).toEqual([5, 6]);
    expect([...m.remove]).toEqual([4]);
    expect(m.title).toBe('Dockerfile {x}');
    expect(parseCodeMeta(undefined).highlight.size).toBe(0);
  });
});

describe('notation comments', () => {
  it('marks and strips end-of-line notations in any comment style', () => {
    const { code, marks } = stripNotation(
      ['FROM golang:1.23        # [!code --]', 'FROM golang:1.23 AS b   # [!code ++]', 'x := 1 // [!code highlight]', 'plain', 'y # [!code hl]'].join('\n'),
    );
    expect(code).toBe(['FROM golang:1.23', 'FROM golang:1.23 AS b', 'x := 1', 'plain', 'y'].join('\n'));
    expect([...marks]).toEqual([[1, 'remove'], [2, 'add'], [3, 'highlight'], [5, 'highlight']]);
  });

  it('applies a notation alone on its line to the next lines, and counts', () => {
    const { code, marks } = stripNotation(['# [!code ++:2]', 'a', 'b', 'c # [!code --:2]', 'd', 'e'].join('\n'));
    expect(code).toBe('a\nb\nc\nd\ne');
    expect([...marks]).toEqual([[1, 'add'], [2, 'add'], [3, 'remove'], [4, 'remove']]);
  });

  it('leaves ordinary comments alone', () => {
    expect(stripNotation('RUN x # not a [code] marker').marks.size).toBe(0);
  });
});

describe('diff', () => {
  it('keeps common lines and marks the rest', () => {
    expect(diffLines('a\nb\nc\n', 'a\nB\nc\nd\n')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'remove', text: 'b' },
      { kind: 'add', text: 'B' },
      { kind: 'same', text: 'c' },
      { kind: 'add', text: 'd' },
    ]);
    expect(diffAsCode('a\nb\n', 'a\nc\n')).toEqual({ code: 'a\nb\nc', meta: 'ins={3} del={2}' });
    expect(diffAsCode('a\n', 'a\n')).toEqual({ code: 'a', meta: '' });
  });
});

describe('highlighted markup', () => {
  it('has both themes as CSS variables, line classes, and a caption', async () => {
    const html = await highlight('FROM scratch  # [!code ++]\nUSER 65532\nENTRYPOINT ["/app"]', 'dockerfile', '{3} title="Dockerfile"');
    expect(html).toMatch(/^<figure class="code-figure"><figcaption>Dockerfile<\/figcaption><pre class="astro-code /);
    expect(html).toContain('--shiki-light:');
    expect(html).toContain('--shiki-dark:');
    expect(html).toContain('class="line diff add" data-diff="+"');
    expect(html).toContain('class="line highlighted"');
    expect(html).toMatch(/class="astro-code[^"]*has-diff[^"]*"/);
    expect(html).not.toContain('[!code');
    expect(html).toContain('data-language="dockerfile"');
  });
});
