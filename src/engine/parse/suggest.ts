// BuildKit's "(did you mean X?)": the closest option within edit distance 2, case-insensitive.

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The suggestion text to append, or '' when nothing is close (or the value matches exactly). */
export function didYouMean(value: string, options: string[]): string {
  const v = value.toLowerCase();
  let best = '';
  let min = 3;
  for (const opt of options) {
    const o = opt.toLowerCase();
    if (o === v) return '';
    const d = levenshtein(v, o);
    if (d < min) {
      min = d;
      // util/suggest matchCase: options compare lower-cased; an all-lower value gets the lower-case
      // option, an all-upper value the upper-case one, any other the lower-case one.
      best = value === v ? o : value === value.toUpperCase() ? o.toUpperCase() : o;
    }
  }
  return best ? ` (did you mean ${best}?)` : '';
}
