// Lessons never type a size, ratio, percentage or layer count by hand: those come from the
// simulator through <Figure>. This scan finds hand-typed ones in a lesson's MDX source (prose and
// frontmatter; fenced code blocks and inline code are skipped). The lesson page runs it when the
// site is built, and the unit tests run it on every lesson.

export interface HardCodedFigure {
  /** 1-based line in the .mdx file. */
  line: number;
  text: string;
}

const PATTERNS: RegExp[] = [
  // sizes: 854MB, 5.35 MB, 20 MB, 221kB, 1,024 bytes, 3 GiB
  /\b\d[\d,]*(?:\.\d+)?\s?(?:[kKMGT]i?B|B|bytes?|(?:kilo|mega|giga|tera)bytes?)\b/g,
  // ratios: 160×, 160x smaller, 12 times
  /\b\d+(?:\.\d+)?\s?(?:×|x\b)/g,
  /\b\d+(?:\.\d+)?\s+times\b/g,
  // percentages
  /\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b)/g,
  // counts of layers and files
  /\b\d+\s+(?:layers?|files?)\b/g,
];

/** Blanks fenced code blocks and inline code, keeping line numbers. */
export function proseOnly(mdx: string): string {
  const lines = mdx.split('\n');
  let fence: string | null = null;
  const out = lines.map((line) => {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = null;
      return '';
    }
    if (m) {
      fence = m[1]!;
      return '';
    }
    return line.replace(/(`+)[^`]*?\1/g, '');
  });
  return out.join('\n');
}

export function hardCodedFigures(mdx: string): HardCodedFigure[] {
  const found: HardCodedFigure[] = [];
  proseOnly(mdx)
    .split('\n')
    .forEach((line, i) => {
      for (const re of PATTERNS) for (const m of line.matchAll(re)) found.push({ line: i + 1, text: m[0].trim() });
    });
  return found;
}

/** Throws, naming each hand-typed figure, so the site build fails on one. */
export function assertNoHardCodedFigures(file: string, mdx: string): void {
  const found = hardCodedFigures(mdx);
  if (found.length) {
    throw new Error(
      `${file}: numbers typed by hand (${found.map((f) => `line ${f.line}: "${f.text}"`).join(', ')}). Print them with <Figure example="…" name="…" /> so the simulator computes them.`,
    );
  }
}
