import { describe, expect, it } from 'vitest';
import { lessonSchema, TRACKS } from '../../../src/lessons/schema';
import { lessonSources } from './helpers';

const good = {
  title: 'Go: bake in the kitchen, serve only the cake',
  order: 1,
  track: 'go',
  objectives: ['Split a Dockerfile into a build stage and a final stage'],
  dca: [
    { objective: 'Describe and demonstrate how to create an efficient image via a Dockerfile', kind: 'Exam' },
    { objective: 'Run containers as a non-root user', kind: 'Modern practice' },
  ],
  minutes: 30,
  summary: 'From a single-stage golang image to scratch.',
  example: 'go',
};

describe('lesson frontmatter schema', () => {
  it('accepts a complete lesson', () => {
    expect(lessonSchema.parse(good)).toEqual(good);
  });

  it('accepts a lesson without an example and without DCA tags', () => {
    const { example: _e, ...rest } = good;
    expect(lessonSchema.safeParse({ ...rest, dca: [] }).success).toBe(true);
  });

  it('accepts nested example paths', () => {
    expect(lessonSchema.safeParse({ ...good, example: 'node/express' }).success).toBe(true);
  });

  const bad: [string, Record<string, unknown>][] = [
    ['no title', { ...good, title: undefined }],
    ['an empty title', { ...good, title: '  ' }],
    ['an unknown track', { ...good, track: 'rust' }],
    ['a fractional order', { ...good, order: 1.5 }],
    ['order 0', { ...good, order: 0 }],
    ['an order given as text', { ...good, order: '1' }],
    ['no objectives', { ...good, objectives: [] }],
    ['objectives as one string', { ...good, objectives: 'Split a Dockerfile' }],
    ['an unknown DCA kind', { ...good, dca: [{ objective: 'Tag an image', kind: 'exam' }] }],
    ['a DCA tag without an objective', { ...good, dca: [{ kind: 'Exam' }] }],
    ['a misspelt DCA field', { ...good, dca: [{ objectve: 'Tag an image', kind: 'Exam' }] }],
    ['no dca field', { ...good, dca: undefined }],
    ['zero minutes', { ...good, minutes: 0 }],
    ['an example path that leaves content/examples', { ...good, example: '../secrets' }],
    ['an unknown field (a typo)', { ...good, sumary: 'x' }],
  ];
  for (const [what, data] of bad) {
    it(`rejects ${what}`, () => {
      expect(lessonSchema.safeParse(data).success).toBe(false);
    });
  }

  it('knows the four language tracks and foundations', () => {
    expect([...TRACKS].sort()).toEqual(['foundations', 'go', 'java', 'node', 'python']);
  });

  it('accepts every lesson in content/lessons', () => {
    const lessons = lessonSources();
    expect(lessons.length).toBeGreaterThan(0);
    for (const l of lessons) {
      const r = lessonSchema.safeParse(l.frontmatter);
      expect(r.success, `${l.file}: ${r.success ? '' : JSON.stringify(r.error.issues)}`).toBe(true);
    }
  });
});
