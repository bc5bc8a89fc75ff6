import { describe, expect, it } from 'vitest';
import { courseProblems, dcaCoverage, groupByTrack, neighbours, sortLessons, type LessonEntry } from '../../../src/lessons/course';
import { lessonSchema, TRACKS, type Track } from '../../../src/lessons/schema';

const lesson = (id: string, track: Track, order: number, dca: LessonEntry['data']['dca'] = []): LessonEntry => ({
  id,
  data: lessonSchema.parse({ title: id, order, track, objectives: ['o'], dca, minutes: 20, summary: 's' }),
});

// The roadmap: twelve or more lessons over four language tracks, and DCA exam prep later. None of
// it needs a schema change.
const roadmap: LessonEntry[] = [
  lesson('go-multi-stage', 'go', 1, [{ objective: 'Create an efficient image', kind: 'Exam' }]),
  lesson('go-distroless', 'go', 2),
  lesson('go-cache-mounts', 'go', 3, [{ objective: 'BuildKit cache mounts', kind: 'Modern practice' }]),
  lesson('node-prune', 'node', 1),
  lesson('node-native-modules', 'node', 2),
  lesson('node-secrets', 'node', 3, [{ objective: 'Build secrets', kind: 'Modern practice' }]),
  lesson('java-jre', 'java', 1),
  lesson('java-jlink', 'java', 2),
  lesson('java-layers', 'java', 3),
  lesson('python-venv', 'python', 1),
  lesson('python-wheels', 'python', 2),
  lesson('python-slim', 'python', 3),
  lesson('stages-and-layers', 'foundations', 1, [{ objective: 'Display layers of a Docker image', kind: 'Exam' }]),
  lesson('dca-image-creation', 'foundations', 10, [
    { objective: 'Create an efficient image', kind: 'Exam' },
    { objective: 'Display layers of a Docker image', kind: 'Exam' },
  ]),
];

describe('course', () => {
  it('orders lessons by track, then by order', () => {
    const ids = sortLessons([...roadmap].reverse()).map((l) => l.id);
    expect(ids.slice(0, 2)).toEqual(['stages-and-layers', 'dca-image-creation']);
    expect(ids.slice(2, 5)).toEqual(['go-multi-stage', 'go-distroless', 'go-cache-mounts']);
    expect(ids.at(-1)).toBe('python-slim');
  });

  it('groups every track, in track order, including empty ones', () => {
    const groups = groupByTrack(roadmap.filter((l) => l.data.track !== 'java'));
    expect(groups.map((g) => g.track.id)).toEqual([...TRACKS]);
    expect(groups.find((g) => g.track.id === 'java')!.lessons).toEqual([]);
    expect(groups.find((g) => g.track.id === 'go')!.lessons.map((l) => l.id)).toEqual(['go-multi-stage', 'go-distroless', 'go-cache-mounts']);
  });

  it('links previous and next within a track only', () => {
    const first = neighbours(roadmap, 'go-multi-stage');
    expect(first.prev).toBeNull();
    expect(first.next?.id).toBe('go-distroless');
    expect([first.position, first.of]).toEqual([1, 3]);
    const last = neighbours(roadmap, 'go-cache-mounts');
    expect(last.prev?.id).toBe('go-distroless');
    expect(last.next).toBeNull();
    // Gaps in `order` are fine: the foundations track goes 1 → 10.
    expect(neighbours(roadmap, 'stages-and-layers').next?.id).toBe('dca-image-creation');
    expect(neighbours([roadmap[0]!], 'go-multi-stage')).toMatchObject({ prev: null, next: null, position: 1, of: 1 });
  });

  it('reports two lessons with the same position in a track', () => {
    expect(courseProblems(roadmap)).toEqual([]);
    const clash = [...roadmap, lesson('go-other', 'go', 2)];
    expect(courseProblems(clash)).toEqual(['lessons "go-distroless" and "go-other" both have track "go" and order 2']);
    // The same order in different tracks is expected.
    expect(courseProblems([lesson('a', 'go', 1), lesson('b', 'node', 1)])).toEqual([]);
  });

  it('lists DCA coverage: exam objectives first, each with its lessons', () => {
    const cov = dcaCoverage(roadmap);
    expect(cov.map((c) => c.kind)).toEqual(['Exam', 'Exam', 'Modern practice', 'Modern practice']);
    const efficient = cov.find((c) => c.objective === 'Create an efficient image')!;
    expect(efficient.lessons.map((l) => l.id)).toEqual(['dca-image-creation', 'go-multi-stage']);
  });
});
