// Docker's human-readable sizes, as `docker history` and `docker images` print them
// (go-units HumanSizeWithPrecision(size, 3)): 1000-based units, 3 significant digits.

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

export function humanSize(bytes: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return g3(size) + UNITS[i];
}

/** Go's "%.3g": 3 significant digits, trailing zeros dropped. */
function g3(x: number): string {
  const s = x.toPrecision(3);
  const e = s.indexOf('e');
  if (e < 0) return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  const mantissa = s.slice(0, e).replace(/\.?0+$/, '');
  const exp = s.slice(e + 1);
  return `${mantissa}e${exp.startsWith('-') ? '-' : '+'}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}

/** "1,234 bytes" for exact figures next to the human size. */
export function exactBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} byte${bytes === 1 ? '' : 's'}`;
}

/** Unix permission bits as `ls -l` shows them: "-rw-r--r--". */
export function modeString(type: 'file' | 'dir' | 'symlink', mode: number): string {
  const kind = type === 'dir' ? 'd' : type === 'symlink' ? 'l' : '-';
  const rwx = (m: number) => `${m & 4 ? 'r' : '-'}${m & 2 ? 'w' : '-'}${m & 1 ? 'x' : '-'}`;
  return kind + rwx((mode >> 6) & 7) + rwx((mode >> 3) & 7) + rwx(mode & 7);
}
