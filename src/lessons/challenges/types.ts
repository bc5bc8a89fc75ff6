// A lesson challenge: a task the learner solves in the playground, graded on the simulated
// outcome (the engine's BuildResult), never on the Dockerfile's text. A grader is a pure function,
// so the same code grades in the browser (the playground's check hook) and in the unit tests.
import type { BuildResult } from '../../engine/types';

export interface Criterion {
  /** Stable id, e.g. "size"; tests and the page refer to checks by it. */
  id: string;
  /** What must be true, as the learner reads it: "The final image is under 20MB". */
  title: string;
}

export interface CheckResult extends Criterion {
  pass: boolean;
  /** Learner-facing, read after the title and a colon: what the simulator saw and, on failure,
   *  what to change. Plain text (no Markdown). */
  message: string;
  /** True when the check could not run (the build failed first). */
  skipped?: boolean;
}

export interface Grade {
  pass: boolean;
  checks: CheckResult[];
}

export interface Challenge {
  id: string;
  /** The criteria in the order they are graded and shown. */
  criteria: Criterion[];
  grade(result: BuildResult): Grade;
}
