// How lesson figures are written in prose. Sizes look the way Docker prints them (`docker images`,
// `docker history`): go-units HumanSizeWithPrecision(size, 3) — 1000-based units and Go's "%.3g"
// (3 significant digits, trailing zeros dropped), e.g. 854MB, 5.35MB, 933B.

export { humanSize } from '../lib/units';

/** "How many times smaller": whole numbers from 10 up, one decimal below (3.4, 62). */
export function formatRatio(x: number): string {
  if (!Number.isFinite(x) || x <= 0) throw new Error(`not a ratio: ${x}`);
  return x >= 10 ? String(Math.round(x)) : x.toFixed(1).replace(/\.0$/, '');
}

/** A share in percent with 3 significant digits; never rounds up to a misleading 100% or 0%. */
export function formatPercent(p: number): string {
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new Error(`not a percentage: ${p}`);
  if (p === 0 || p === 100) return `${p}%`;
  let s = p >= 1 ? p.toPrecision(3) : p.toFixed(2);
  s = s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  if (Number(s) >= 100) return '>99.9%';
  if (Number(s) <= 0) return '<0.01%';
  return `${s}%`;
}

export function formatCount(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a count: ${n}`);
  return n.toLocaleString('en-US');
}
