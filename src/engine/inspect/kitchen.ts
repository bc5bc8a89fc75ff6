// "Left in the kitchen": what builder stages made that never reached the plate (the final image).
import type { StageState } from '../build/state';
import type { KitchenLeftover } from '../types';

/**
 * Stages the final image is built FROM (its chain) are the plate itself, not the kitchen. A file
 * counts as shipped when the same bytes reach the plate, under any path (COPY --from /out/ /).
 */
export function kitchenLeftovers(states: (StageState | null)[], finalChain: Set<number>, final: StageState): KitchenLeftover[] {
  // A single chain (most builds) leaves nothing in the kitchen: skip listing the final image.
  if (!states.some((s) => s && !finalChain.has(s.index))) return [];
  const shipped = new Set<string>();
  // Unsorted listings: a set here, and `largest` is sorted below (paths are unique).
  for (const [, n] of final.fs.entries()) {
    if (n.type === 'file') shipped.add(n.data);
  }
  const out: KitchenLeftover[] = [];
  for (const s of states) {
    if (!s || finalChain.has(s.index)) continue;
    const own = new Set<number>();
    s.layers.forEach((l, i) => {
      if (l.stage === s.index) own.add(i);
    });
    const bytes = s.layers.reduce((a, l) => a + (l.stage === s.index ? l.size : 0), 0);
    const largest: { path: string; size: number }[] = [];
    for (const [path, n] of s.fs.entries()) {
      if (n.type !== 'file' || !own.has(n.layer) || shipped.has(n.data)) continue;
      largest.push({ path, size: n.size });
    }
    largest.sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
    out.push({ stage: s.index, bytes, largest: largest.slice(0, 10) });
  }
  return out;
}
