// Docker's human-readable sizes: go-units HumanSizeWithPrecision(size, 3), which `docker history`
// and `docker images` use. 1000-based units, Go's "%.3g" formatting.

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

export function humanSize(bytes: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return goFormatG3(size) + UNITS[i];
}

/** Go's fmt "%.3g": 3 significant digits, trailing zeros dropped, exponent with 2+ digits. */
function goFormatG3(x: number): string {
  const s = x.toPrecision(3);
  const e = s.indexOf('e');
  if (e < 0) return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  const mantissa = s.slice(0, e).replace(/\.?0+$/, '');
  const exp = s.slice(e + 1);
  const sign = exp.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}
