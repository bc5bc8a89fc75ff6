// Docker's human-readable sizes, as `docker history` and `docker images` print them
// (go-units HumanSizeWithPrecision(size, 3)): 1000-based units, 3 significant digits.

export { humanSize } from '../../../lib/units';

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
