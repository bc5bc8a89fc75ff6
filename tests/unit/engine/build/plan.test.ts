// The stage graph: names (case-insensitive), FROM/--from references, pruning to the target,
// lanes, and BuildKit's errors (OBSERVED.md §1 "Stage label", §8; FACTS.md "Stages and cache").
import { describe, expect, it } from 'vitest';
import { planBuild, qualified, type BuildPlan } from '../../../../src/engine/build/plan';
import { BuildFailure } from '../../../../src/engine/build/errors';
import { parseDockerfile } from '../../../../src/engine/parse/parse';
import { run } from '../fixtures';

const B = 'local/busybox:latest';
const plan = (text: string, target?: string, meta: Record<string, string> = {}): BuildPlan =>
  planBuild(parseDockerfile(text).instructions, new Map(Object.entries(meta)), target);
function failure(text: string, target?: string): BuildFailure {
  try {
    plan(text, target);
  } catch (e) {
    if (e instanceof BuildFailure) return e;
    throw e;
  }
  throw new Error('expected a BuildFailure');
}

describe('stages and names', () => {
  it('stage names are lower-cased and resolve case-insensitively (OBSERVED §1, case 01)', () => {
    const p = plan(`FROM ${B} AS Build\nRUN x\nFROM ${B} AS unused\nRUN y\nFROM scratch\nCOPY --from=BUILD /out/ /\nCOPY --from=build /a /b`);
    expect(p.stages.map((s) => s.name)).toEqual(['build', 'unused', null]);
    expect(p.stages[2]!.dependsOn).toEqual([0]);
  });

  it('FROM <stage> makes the stage the parent; an image or scratch has no parent', () => {
    const p = plan(`FROM ${B} AS base\nFROM BASE AS final\nFROM scratch`);
    expect(p.stages.map((s) => [s.base, s.parent])).toEqual([
      [B, null],
      ['BASE', 0],
      ['scratch', null],
    ]);
    expect(p.stages[1]!.dependsOn).toEqual([0]);
  });

  it('--from=<index> and RUN --mount from= are dependencies', () => {
    const p = plan(`FROM ${B}\nRUN a\nFROM ${B} AS one\nFROM ${B} AS build\nFROM ${B}\nCOPY --from=0 /z /g/\nCOPY --from=one /o /g/\nRUN --mount=type=bind,from=build,source=/out,target=/mnt cat /mnt/a`);
    expect(p.stages[3]!.dependsOn).toEqual([0, 1, 2]);
  });

  it('a --from that names no stage is an image reference, not a dependency', () => {
    expect(plan(`FROM ${B} AS x\nCOPY --from=alpine:3 /a /b`).stages[0]!.dependsOn).toEqual([]);
  });

  it('FROM expands global ARGs', () => {
    expect(plan('ARG BASE\nFROM $BASE AS b', undefined, { BASE: B }).stages[0]!.base).toBe(B);
    expect(plan('ARG BASE\nFROM $BASE AS b', undefined, { BASE: B }).globalArgs).toHaveLength(1);
  });

  it('qualified image names as BuildKit resolves them', () => {
    expect(qualified('second')).toBe('docker.io/library/second:latest');
    expect(qualified('local/busybox:latest')).toBe('docker.io/local/busybox:latest');
    expect(qualified('ghcr.io/o/i')).toBe('ghcr.io/o/i:latest');
    expect(qualified('localhost:5000/i:1')).toBe('localhost:5000/i:1');
    expect(qualified('alpine@sha256:abc')).toBe('docker.io/library/alpine@sha256:abc');
  });
});

describe('target pruning', () => {
  it('builds the last stage by default, and what it needs', () => {
    const p = plan(`FROM ${B} AS Build\nFROM ${B} AS unused\nFROM scratch\nCOPY --from=build /out/ /`);
    expect(p.target).toBe(2);
    expect([...p.needed].sort()).toEqual([0, 2]);
  });

  it('--target builds that stage and its dependencies only (OBSERVED case 04)', () => {
    const p = plan(`FROM ${B} AS deps\nFROM ${B} AS other\nFROM deps AS test\nFROM deps AS release\nCOPY --from=other /o /`, 'test');
    expect(p.target).toBe(2);
    expect([...p.needed].sort()).toEqual([0, 2]);
  });

  it('--target matches case-insensitively', () => {
    expect(plan(`FROM ${B} AS deps\nFROM deps AS test`, 'TEST').target).toBe(1);
  });

  it('dependencies are followed transitively', () => {
    const p = plan(`FROM ${B} AS a\nFROM a AS b\nFROM ${B} AS c\nCOPY --from=b / /\nFROM ${B} AS d`, 'c');
    expect([...p.needed].sort()).toEqual([0, 1, 2]);
  });

  it('an unknown target fails with no suggestion (OBSERVED §8, case 43)', () => {
    const e = failure(`FROM ${B} AS build\nFROM build AS release`, 'relaese');
    expect(e.message).toBe('target stage "relaese" could not be found');
    expect(e.line).toBeNull();
  });
});

describe('lanes', () => {
  it('independent stages get their own lanes; the final stage continues a dependency lane', () => {
    const p = plan(`FROM ${B}\nFROM ${B} AS one\nFROM ${B} AS two\nFROM ${B}\nCOPY --from=0 /z /g/\nCOPY --from=one /o /g/\nCOPY --from=2 /t /g/`);
    const [l0, l1, l2, l3] = p.lanes;
    expect(new Set([l0, l1, l2]).size).toBe(3);
    expect([l0, l1, l2]).toContain(l3);
  });

  it('a chain FROM a FROM b stays in one lane', () => {
    const p = plan(`FROM ${B} AS a\nFROM a AS b\nFROM b AS c`);
    expect(new Set(p.lanes).size).toBe(1);
  });

  it('two stages cannot continue the same lane', () => {
    const p = plan(`FROM ${B} AS base\nFROM base AS x\nFROM base AS y\nFROM ${B}\nCOPY --from=x / /x\nCOPY --from=y / /y`);
    expect(p.lanes[1]).not.toBe(p.lanes[2]);
  });

  it('needed stages use lanes 0..n-1; skipped stages come after', () => {
    const p = plan(`FROM ${B} AS Build\nFROM ${B} AS unused\nFROM scratch\nCOPY --from=build /out/ /`);
    expect(p.lanes[0]).toBe(0);
    expect(p.lanes[2]).toBe(0);
    expect(p.lanes[1]).toBeGreaterThanOrEqual(1);
  });
});

describe('errors', () => {
  it('COPY --from a later stage (OBSERVED §8, case 10)', () => {
    const e = failure(`FROM ${B} AS first\nCOPY --from=second /second.txt /from-second.txt\n\nFROM ${B} AS second\nRUN echo second > /second.txt`, 'first');
    expect(e.message).toBe('cannot copy from stage "second", it needs to be defined before current stage "first"');
    expect(e.line).toBe(2);
  });

  it('FROM a later stage is an image pull of that name (OBSERVED §8, case 06)', () => {
    const e = failure(`FROM ${B} AS first\nRUN echo first > /first\n\nFROM second AS third\nRUN echo third > /third\n\nFROM ${B} AS second`, 'third');
    expect(e.message).toContain('second: failed to resolve source metadata for docker.io/library/second:latest');
    expect(e.line).toBe(4);
  });

  it('--from an index of the current or a later stage', () => {
    expect(failure(`FROM ${B}\nCOPY --from=0 /a /b`).line).toBe(2);
    expect(failure(`FROM ${B}\nRUN x\nCOPY --from=1 /a /b\nFROM ${B}`).line).toBe(3);
  });

  it('stage names must start with a letter (instructions.parseBuildStageName)', () => {
    const e = failure(`FROM ${B} AS 1abc`);
    expect(e.message).toBe(`dockerfile parse error on line 1: invalid name for build stage: "1abc", name can't start with a number or contain symbols`);
    expect(e.line).toBe(1);
  });

  it('duplicate stage names (case-insensitive)', () => {
    const e = failure(`FROM ${B} AS a\nFROM ${B} AS A`);
    expect(e.message).toBe('duplicate stage name "a"');
    expect(e.line).toBe(2);
  });

  it('an instruction before the first FROM (other than ARG)', () => {
    const e = failure(`RUN x\nFROM ${B}`);
    expect(e.message).toBe('no build stage in current context');
    expect(e.line).toBe(1);
  });

  it('no FROM at all: "dockerfile contains no stages to build" (OBSERVED §0 / case 07)', () => {
    const e = failure('# only global ARGs and comments\nARG BASE=local/busybox:latest\nARG VERSION=1\n');
    expect(e.message).toBe('dockerfile contains no stages to build');
    const r = run('# only global ARGs and comments\nARG BASE=local/busybox:latest\nARG VERSION=1\n');
    expect(r.ok).toBe(false);
    expect(r.error?.message).toBe('dockerfile contains no stages to build');
  });
});
