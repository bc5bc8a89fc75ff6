// Docker's human-readable sizes, shared by the CLI, the lessons and the playground: go-units
// HumanSizeWithPrecision(size, 3), which `docker history` and `docker images` use — 1000-based
// units and Go's "%.3g" (3 significant digits, trailing zeros dropped), e.g. 854MB, 5.35MB, 933B.

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

export function humanSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`not a size: ${bytes}`);
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return g3(size) + UNITS[i];
}

/** Go's fmt "%.3g": 3 significant digits, trailing zeros dropped, exponent with 2+ digits. */
function g3(x: number): string {
  const s = x.toPrecision(3);
  const e = s.indexOf('e');
  if (e < 0) return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  // 999.5 ≤ x < 1000 rounds to "1e+03", as Docker prints it.
  const mantissa = s.slice(0, e).replace(/\.?0+$/, '');
  const exp = s.slice(e + 1);
  const sign = exp.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}
