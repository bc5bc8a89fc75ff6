// The course's shape: tracks, the order of lessons, previous/next, and the DCA objectives the
// lessons cover. Pure functions over lesson entries (id + frontmatter), so they can be tested
// without Astro.
import { TRACKS, type DcaKind, type LessonData, type Track } from './schema';

export interface TrackInfo {
  id: Track;
  title: string;
  /** One sentence for the lesson index. */
  blurb: string;
}

export const TRACK_INFO: Record<Track, TrackInfo> = {
  foundations: {
    id: 'foundations',
    title: 'Foundations',
    blurb: 'Stages, layers, the build cache and BuildKit: the ideas every track uses, and DCA exam practice.',
  },
  go: {
    id: 'go',
    title: 'Go',
    blurb: 'Compile a static binary in the kitchen and serve it on an empty plate.',
  },
  node: {
    id: 'node',
    title: 'Node.js',
    blurb: 'Install and build with dev dependencies, then ship only the production ones.',
  },
  java: {
    id: 'java',
    title: 'Java',
    blurb: 'Build with the JDK and Maven or Gradle, run on a JRE.',
  },
  python: {
    id: 'python',
    title: 'Python',
    blurb: 'Build wheels and a virtual environment, copy only the environment across.',
  },
};

/** A collection entry as Astro gives it (only what the course needs). */
export interface LessonEntry {
  id: string;
  data: LessonData;
}

const trackRank = (t: Track) => TRACKS.indexOf(t);

/** Lessons in course order: by track (TRACKS order), then `order`, then id. */
export function sortLessons<T extends LessonEntry>(lessons: readonly T[]): T[] {
  return [...lessons].sort(
    (a, b) => trackRank(a.data.track) - trackRank(b.data.track) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

/** Problems an author must fix: two lessons with the same position in one track. */
export function courseProblems(lessons: readonly LessonEntry[]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const l of sortLessons(lessons)) {
    const key = `${l.data.track}#${l.data.order}`;
    const other = seen.get(key);
    if (other) out.push(`lessons "${other}" and "${l.id}" both have track "${l.data.track}" and order ${l.data.order}`);
    else seen.set(key, l.id);
  }
  return out;
}

/** Throws (failing the site build) when the course has a problem. */
export function assertCourse(lessons: readonly LessonEntry[]): void {
  const problems = courseProblems(lessons);
  if (problems.length) throw new Error(`Lessons: ${problems.join('; ')}`);
}

export interface TrackGroup<T extends LessonEntry> {
  track: TrackInfo;
  lessons: T[];
}

/** Every track in TRACKS order with its lessons in order (tracks without lessons included). */
export function groupByTrack<T extends LessonEntry>(lessons: readonly T[]): TrackGroup<T>[] {
  const sorted = sortLessons(lessons);
  return TRACKS.map((t) => ({ track: TRACK_INFO[t], lessons: sorted.filter((l) => l.data.track === t) }));
}

export interface Neighbours<T extends LessonEntry> {
  prev: T | null;
  next: T | null;
  /** 1-based position in its track and the track's length. */
  position: number;
  of: number;
}

/** Previous and next lesson in the same track (a track is read front to back). */
export function neighbours<T extends LessonEntry>(lessons: readonly T[], id: string): Neighbours<T> {
  const self = lessons.find((l) => l.id === id);
  if (!self) throw new Error(`No lesson "${id}"`);
  const track = sortLessons(lessons).filter((l) => l.data.track === self.data.track);
  const i = track.findIndex((l) => l.id === id);
  return { prev: track[i - 1] ?? null, next: track[i + 1] ?? null, position: i + 1, of: track.length };
}

export interface DcaCoverage<T extends LessonEntry> {
  objective: string;
  kind: DcaKind;
  lessons: T[];
}

/** Each DCA objective or modern practice the course covers, with the lessons that cover it. */
export function dcaCoverage<T extends LessonEntry>(lessons: readonly T[]): DcaCoverage<T>[] {
  const byKey = new Map<string, DcaCoverage<T>>();
  for (const l of sortLessons(lessons)) {
    for (const tag of l.data.dca) {
      const key = `${tag.kind}\u0000${tag.objective}`;
      const row = byKey.get(key) ?? { objective: tag.objective, kind: tag.kind, lessons: [] };
      row.lessons.push(l);
      byKey.set(key, row);
    }
  }
  // Exam objectives first, then modern practice; alphabetical within each.
  return [...byKey.values()].sort((a, b) => (a.kind === b.kind ? a.objective.localeCompare(b.objective) : a.kind === 'Exam' ? -1 : 1));
}

export const lessonHref = (id: string) => `/lessons/${id}/`;
