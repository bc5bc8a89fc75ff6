// Every challenge by id. The lesson's <Challenge id="…"> names one; its grader runs in the browser
// after each playground build (see src/components/lesson/Challenge.astro).
import { goScratch } from './go-scratch';
import type { Challenge } from './types';

export const CHALLENGES: Record<string, Challenge> = {
  [goScratch.id]: goScratch,
};

export function getChallenge(id: string): Challenge {
  const c = CHALLENGES[id];
  if (!c) throw new Error(`No challenge "${id}" (known: ${Object.keys(CHALLENGES).join(', ')})`);
  return c;
}

export type { Challenge, CheckResult, Criterion, Grade } from './types';
