// "(did you mean X?)" as BuildKit's util/suggest builds it: case-insensitive Levenshtein distance
// below 3, first closest option, the suggestion in the case of what was written (matchCase).
import { describe, expect, it } from 'vitest';
import { didYouMean, levenshtein } from '../../../../src/engine/parse/suggest';

const KEYWORDS = ['FROM', 'RUN', 'COPY', 'ADD', 'ENV', 'LABEL', 'ARG', 'CMD', 'ENTRYPOINT', 'SHELL', 'USER', 'WORKDIR', 'STOPSIGNAL', 'MAINTAINER', 'EXPOSE', 'VOLUME', 'HEALTHCHECK', 'ONBUILD'];

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('', '')).toBe(0);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('foo', 'from')).toBe(2);
    expect(levenshtein('biuld', 'build')).toBe(2);
  });

  it('is symmetric', () => {
    expect(levenshtein('relaese', 'release')).toBe(levenshtein('release', 'relaese'));
  });
});

describe('didYouMean', () => {
  it('FOO → FROM (OBSERVED §8, case 09)', () => {
    expect(didYouMean('FOO', KEYWORDS)).toBe(' (did you mean FROM?)');
  });

  it('a stage-name typo: biuld → build (OBSERVED §8, case 05)', () => {
    expect(didYouMean('biuld', ['build', 'release'])).toBe(' (did you mean build?)');
  });

  it('matches case-insensitively and answers in the case written', () => {
    expect(didYouMean('frm', KEYWORDS)).toBe(' (did you mean from?)');
    expect(didYouMean('FRM', KEYWORDS)).toBe(' (did you mean FROM?)');
    // neither all-lower nor all-upper: the lower-cased option (util/suggest matchCase)
    expect(didYouMean('Frm', KEYWORDS)).toBe(' (did you mean from?)');
  });

  it('nothing at distance 3 or more', () => {
    expect(didYouMean('XYZZY', KEYWORDS)).toBe('');
    expect(didYouMean('abc', ['build'])).toBe('');
  });

  it('an exact (case-insensitive) match means the error is about something else: no suggestion', () => {
    expect(didYouMean('Build', ['build', 'builds'])).toBe('');
  });

  it('the first of equally close options wins', () => {
    expect(didYouMean('ab', ['ax', 'ay'])).toBe(' (did you mean ax?)');
  });

  it('a closer option later in the list replaces an earlier one', () => {
    expect(didYouMean('buildd', ['bxild', 'build'])).toBe(' (did you mean build?)');
  });
});
