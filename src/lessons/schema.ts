// The frontmatter of a lesson (content/lessons/*.mdx), checked when the site builds. The course
// grows by adding files, never by changing this schema: every track the roadmap names is here,
// and a DCA exam-prep lesson is an ordinary lesson whose `dca` tags are of kind 'Exam'.
import { z } from 'astro/zod';

/** The tracks, in the order the lesson index shows them. */
export const TRACKS = ['foundations', 'go', 'node', 'java', 'python'] as const;
export type Track = (typeof TRACKS)[number];

/**
 * 'Exam': an objective of the Docker Certified Associate study guide.
 * 'Modern practice': what current Docker/BuildKit practice expects but the exam does not ask.
 */
export const DCA_KINDS = ['Exam', 'Modern practice'] as const;
export type DcaKind = (typeof DCA_KINDS)[number];

/** A folder under content/examples/, e.g. "go" or "node/express". */
export const EXAMPLE_PATH = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

const text = z.string().trim().min(1);

export const dcaTagSchema = z.strictObject({
  objective: text,
  kind: z.enum(DCA_KINDS),
});

export const lessonSchema = z.strictObject({
  title: text,
  /** Position inside its track: 1, 2, 3 … (unique per track; checked by course.ts). */
  order: z.number().int().positive(),
  track: z.enum(TRACKS),
  /** What the learner can do afterwards; shown in the objectives box. */
  objectives: z.array(text).min(1),
  /** DCA study-guide objectives (kind 'Exam') and modern practices the lesson covers. */
  dca: z.array(dcaTagSchema),
  /** Estimated time to work through the lesson, playground included. */
  minutes: z.number().int().positive().max(240),
  /** One or two sentences for the lesson index. */
  summary: text,
  /** The content/examples/<path>/ project the lesson's figures and playground use. */
  example: z.string().regex(EXAMPLE_PATH, 'must be a folder under content/examples/, such as "go"').optional(),
});

export type LessonData = z.infer<typeof lessonSchema>;
export type DcaTag = z.infer<typeof dcaTagSchema>;
