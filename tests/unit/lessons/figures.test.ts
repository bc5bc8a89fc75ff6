// Every figure a lesson prints must be what the engine computes for that lesson's example. The
// expectations here are written independently of src/lessons/figures.ts: they build the example
// again with build() and read the BuildResult directly.
import { describe, expect, it } from 'vitest';
import { humanSize as cliHumanSize } from '../../../src/cli/units';
import { build } from '../../../src/engine/index';
import type { BuildResult } from '../../../src/engine/types';
import { playgroundFiles, readExample } from '../../../src/lessons/examples';
import { caveatsOf, computeFigures, figureNames, figureSet, formatFigure, getFigure } from '../../../src/lessons/figures';
import { formatPercent, formatRatio, humanSize } from '../../../src/lessons/format';
import { contextOf, dockerfileOf, lessonSources } from './helpers';

type Expect = (single: BuildResult, multi: BuildResult) => number | string;

const files = (r: BuildResult, prefix: string) => r.image!.files.filter((f) => f.type === 'file' && f.path.startsWith(prefix));
const total = (list: { size: number }[]) => list.reduce((a, f) => a + f.size, 0);
const size = (r: BuildResult, path: string) => r.image!.files.find((f) => f.path === path)!.size;

/** What each Go figure must be, read straight from the engine's results. */
const GO_EXPECTED: Record<string, Expect> = {
  singleStageSize: (s) => s.image!.size,
  multiStageSize: (_, m) => m.image!.size,
  ratio: (s, m) => s.image!.size / m.image!.size,
  savedBytes: (s, m) => s.image!.size - m.image!.size,
  singleStageLayers: (s) => s.image!.layers.length,
  multiStageLayers: (_, m) => m.image!.layers.length,
  singleStageOwnLayers: (s) => s.image!.layers.filter((l) => l.line !== null).length,
  baseImageSize: (s) => total(s.image!.layers.filter((l) => l.line === null)),
  baseShare: (s) => (100 * total(s.image!.layers.filter((l) => l.line === null))) / s.image!.size,
  goToolchainSize: (s) => total(files(s, '/usr/local/go/')),
  goCachesSize: (s) => total([...files(s, '/go/pkg/mod/'), ...files(s, '/root/.cache/go-build/')]),
  sourceSize: (s) => total(files(s, '/src/')),
  sourceFiles: (s) => files(s, '/src/').length,
  singleStageFiles: (s) => files(s, '/').length,
  multiStageFiles: (_, m) => files(m, '/').length,
  singleStageBinarySize: (s) => size(s, '/usr/local/bin/weather'),
  binarySize: (_, m) => size(m, '/weather'),
  caBundleSize: (_, m) => size(m, '/etc/ssl/certs/ca-certificates.crt'),
  kitchenSize: (_, m) => total(m.image!.kitchen.map((k) => ({ size: k.bytes }))),
  singleStageUser: (s) => s.image!.config.User || 'root',
  multiStageUser: (_, m) => m.image!.config.User || 'root',
};

const single = build({ dockerfile: dockerfileOf('go', 'single'), context: contextOf('go') });
const multi = build({ dockerfile: dockerfileOf('go', 'multi'), context: contextOf('go') });

/** <Figure example="…" name="…" /> uses in an MDX source, outside code blocks. */
function figureUses(source: string): { example: string; name: string }[] {
  const out: { example: string; name: string }[] = [];
  for (const m of source.matchAll(/<Figure\b([^>]*?)\/>/g)) {
    const attrs = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    out.push({ example: attrs.example ?? '', name: attrs.name ?? '' });
  }
  return out;
}

describe('Go example figures', () => {
  it('builds both forms of the example in full (no failed build, no step the engine cannot model)', () => {
    for (const [form, r] of [['single', single], ['multi', multi]] as const) {
      expect(r.error, form).toBeNull();
      expect(r.steps.filter((s) => s.opaque).map((s) => s.opaque), form).toEqual([]);
    }
    expect(figureSet('go').caveats).toEqual([]);
  });

  it('defines exactly the figures this test knows how to check', () => {
    expect(figureNames('go').sort()).toEqual(Object.keys(GO_EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(GO_EXPECTED)) {
    it(`${name} is what the engine computes`, () => {
      const f = getFigure('go', name);
      const want = expected(single, multi);
      expect(f.missing).toBeUndefined();
      if (typeof want === 'number') expect(f.value).toBeCloseTo(want, 9);
      else expect(f.value).toBe(want);
    });
  }

  it('prints sizes as Docker does (and as the CLI does)', () => {
    for (const n of [0, 1, 999, 1000, 1234, 9_995, 999_499, 999_500, 5_351_703, 854_050_203, 1.5e9, 2.5e12]) {
      expect(humanSize(n), String(n)).toBe(cliHumanSize(n));
    }
    expect(formatFigure(getFigure('go', 'multiStageSize'))).toBe(humanSize(multi.image!.size));
    expect(formatFigure(getFigure('go', 'ratio'))).toBe(formatRatio(single.image!.size / multi.image!.size));
  });

  it('marks a figure missing, with the reason, when its build fails', () => {
    const broken = build({ dockerfile: 'FROM scratch\nCOPY missing.txt /x\n', context: [] });
    const figs = computeFigures('go', { single, multi: broken });
    expect(figs.multiStageSize!.value).toBeNull();
    expect(figs.multiStageSize!.missing).toMatch(/^Dockerfile\.multi did not build in the simulator/);
    expect(figs.ratio!.value).toBeNull();
    expect(figs.singleStageSize!.value).toBe(single.image!.size);
    expect(formatFigure(figs.multiStageSize!)).toBe('unknown');
  });

  it('lists what keeps figures from being complete: errors, opaque steps, unknown images', () => {
    const as = (file: string, result: BuildResult) => ({ form: file, file, dockerfile: '', result });
    const broken = build({ dockerfile: 'FROM scratch\nCOPY missing.txt /x\n', context: [] });
    const unknown = build({ dockerfile: 'FROM example.com/not-in-the-catalog:1\nRUN true\n', context: [] });
    const caveats = caveatsOf([as('Dockerfile.a', broken), as('Dockerfile.b', unknown), as('Dockerfile.multi', multi)]);
    expect(caveats[0]).toMatch(/^Dockerfile\.a does not build in the simulator \(line 2\): .*not found/);
    expect(caveats.slice(1).every((c) => c.startsWith('Dockerfile.b, '))).toBe(true);
    expect(caveats.length).toBeGreaterThan(1);
  });

  it('throws for a figure name the example does not define', () => {
    expect(() => getFigure('go', 'multiStageSise')).toThrow(/no figure "multiStageSise"/);
  });

  it('builds the same image from the playground context as from the folder', () => {
    // The playground loads the example's files minus the Dockerfiles, and adds its editor as
    // "Dockerfile": the learner must see the numbers the lesson prints.
    for (const form of ['single', 'multi']) {
      const df = readExample('go').dockerfiles[form]!;
      const context = [...Object.entries(playgroundFiles('go')).map(([path, content]) => ({ path, type: 'file' as const, content })), { path: 'Dockerfile', type: 'file' as const, content: df }];
      const r = build({ dockerfile: df, context });
      expect(r.image?.size, form).toBe(figureSet('go').builds[form]!.result.image?.size);
    }
  });
});

describe('figures printed by the lessons', () => {
  const lessons = lessonSources();

  it('each lesson with an example prints figures of that example, all known and computed', () => {
    for (const l of lessons) {
      const uses = figureUses(l.source);
      const example = l.frontmatter.example as string | undefined;
      if (!example) {
        expect(uses, l.file).toEqual([]);
        continue;
      }
      for (const u of uses) {
        expect(u.example, `${l.file}: <Figure name="${u.name}">`).toBe(example);
        expect(figureNames(example), l.file).toContain(u.name);
      }
    }
  });

  it('the Go lesson prints what the engine computes for the Go example', () => {
    const go = lessons.filter((l) => l.frontmatter.example === 'go');
    expect(go.length).toBeGreaterThan(0);
    for (const l of go) {
      const uses = figureUses(l.source);
      expect(uses.length, l.file).toBeGreaterThan(10);
      for (const { name } of uses) {
        const want = GO_EXPECTED[name]!(single, multi);
        const f = getFigure('go', name);
        const shown =
          typeof want === 'string'
            ? want
            : f.kind === 'bytes'
              ? humanSize(want)
              : f.kind === 'ratio'
                ? formatRatio(want)
                : f.kind === 'percent'
                  ? formatPercent(want)
                  : String(want);
        expect(formatFigure(f), `${l.file}: ${name}`).toBe(shown);
      }
    }
  });

  it('the Go lesson\'s comparisons hold for the computed figures', () => {
    // The prose says the multi-stage image is "N times smaller", that the top layers are "yours",
    // that only the binary (and the CA bundle) cross to the plate: true for these results?
    expect(multi.image!.size).toBeLessThan(single.image!.size);
    expect(single.image!.layers.slice(-GO_EXPECTED.singleStageOwnLayers!(single, multi) as number).every((l) => l.line !== null)).toBe(true);
    expect(multi.image!.files.filter((f) => f.type === 'file').map((f) => f.path).sort()).toEqual(['/etc/ssl/certs/ca-certificates.crt', '/weather']);
    expect(single.image!.config.User).toBe('');
    expect(multi.image!.config.User).toBe('65532:65532');
    expect(multi.image!.config.Entrypoint).toEqual(['/weather']);
  });
});
