// A line diff (longest common subsequence) for showing how one Dockerfile becomes another. The
// result is code plus ins/del line numbers for the lesson code transformer, so <CodeBlock> can show
// a before/after without the lesson copying either file.

export type DiffLine = { kind: 'same' | 'add' | 'remove'; text: string };

export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.replace(/\n$/, '').split('\n');
  const b = after.replace(/\n$/, '').split('\n');
  // lcs[i][j]: length of the LCS of a[i..] and b[j..]
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ kind: 'remove', text: a[i++]! });
    } else {
      out.push({ kind: 'add', text: b[j++]! });
    }
  }
  while (i < a.length) out.push({ kind: 'remove', text: a[i++]! });
  while (j < b.length) out.push({ kind: 'add', text: b[j++]! });
  return out;
}

/** The diff as one code text plus a meta string (`ins={…} del={…}`) for the code transformer. */
export function diffAsCode(before: string, after: string): { code: string; meta: string } {
  const lines = diffLines(before, after);
  const ranges = (kind: DiffLine['kind']) =>
    lines
      .map((l, i) => (l.kind === kind ? i + 1 : 0))
      .filter(Boolean)
      .join(',');
  const ins = ranges('add');
  const del = ranges('remove');
  return {
    code: lines.map((l) => l.text).join('\n'),
    meta: [ins && `ins={${ins}}`, del && `del={${del}}`].filter(Boolean).join(' '),
  };
}
