// The Size panel: the final image next to the single-stage alternative, i.e. the image you would
// ship if the kitchen went out with the cake. Every number comes from a BuildResult.
import type { BuildResult } from '../../../engine/types';
import { humanSize } from './units';

export interface SizeBar {
  label: string;
  detail: string;
  bytes: number;
  size: string;
  /** 0..1 share of the largest bar. */
  share: number;
  kind: 'plate' | 'kitchen' | 'base';
}

export interface SizeView {
  bars: SizeBar[];
  /** "The final image is 97.2% smaller than the kitchen" or why there is no comparison. */
  verdict: string;
  /** Bytes the builder stages made that stayed behind. */
  leftBehind: string;
}

export interface Alternative {
  /** Name of the stage built as the target for the comparison. */
  stage: string;
  result: BuildResult | null;
  /** Why there is no comparison, when there is none. */
  why?: string;
}

export function sizeView(result: BuildResult, alt: Alternative | null): SizeView | null {
  const image = result.image;
  if (!image) return null;
  const bars: SizeBar[] = [{ label: 'Final image (the plate)', detail: 'what this Dockerfile ships', bytes: image.size, size: humanSize(image.size), share: 0, kind: 'plate' }];
  let verdict: string;
  const altImage = alt?.result?.image;
  if (alt && altImage) {
    bars.push({
      label: `Single-stage alternative (stage "${alt.stage}")`,
      detail: `the image you get with --target ${alt.stage}: the kitchen, shipped`,
      bytes: altImage.size,
      size: humanSize(altImage.size),
      share: 0,
      kind: 'kitchen',
    });
    if (altImage.size > image.size) {
      const share = (1 - image.size / altImage.size) * 100;
      const pct = share > 99.9 ? 'more than 99.9' : share.toFixed(1);
      verdict = `The final image is ${humanSize(image.size)}, ${pct}% smaller than shipping stage "${alt.stage}" (${humanSize(altImage.size)}).`;
    } else if (altImage.size === image.size) {
      verdict = `The final image is the same size as stage "${alt.stage}": the plate carries everything the kitchen made.`;
    } else {
      verdict = `Stage "${alt.stage}" is smaller than the final image (${humanSize(altImage.size)} against ${humanSize(image.size)}).`;
    }
  } else {
    verdict = alt?.why ?? 'The final stage copies from no other stage, so there is no single-stage alternative to compare with.';
  }
  const base = image.base?.facts;
  if (base && image.base && base.size > 0) {
    bars.push({ label: `Base image ${image.base.name}`, detail: 'its size as docker images reports it', bytes: base.size, size: humanSize(base.size), share: 0, kind: 'base' });
  }
  const max = Math.max(1, ...bars.map((b) => b.bytes));
  for (const b of bars) b.share = b.bytes / max;
  const left = image.kitchen.reduce((n, k) => n + k.bytes, 0);
  return { bars, verdict, leftBehind: humanSize(left) };
}
