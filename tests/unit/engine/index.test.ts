// build(): steps as BuildKit's progress numbers them, stages built or skipped (with reasons),
// errors returned (never thrown) with 1-based lines, notes, and the image size
// (OBSERVED.md §1 "Stage label and step numbering rule", §3, §8).
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { BUSYBOX_SIZE, GROUP, PASSWD, built, file, ok, run } from './fixtures';

const B = 'FROM local/busybox:latest';
const rows = (r: ReturnType<typeof run>) => r.steps.map((s) => `${s.stage} ${s.step} ${s.instruction}`);

describe('steps', () => {
  it('n counts FROM <image> plus RUN, COPY, ADD and WORKDIR; config instructions are not steps', () => {
    const r = ok(`${B} AS base\nENV A=1\nWORKDIR /srv/app\nUSER app\nEXPOSE 80\nLABEL x=y\nCMD ["sh"]\n\nFROM base AS final\nRUN true`);
    expect(rows(r)).toEqual(['0 1/2 FROM docker.io/local/busybox:latest', '0 2/2 WORKDIR /srv/app', '1 1/1 RUN true']);
  });

  it('FROM scratch is not a step (case 01: [stage-2 1/2] COPY ...)', () => {
    const r = ok(`${B} AS Build\nRUN mkdir /out && echo hi > /out/hi\nFROM scratch\nCOPY --from=BUILD /out/ /\nCOPY --from=build /out/hi /copy2.txt`);
    expect(rows(r).filter((s) => s.startsWith('1 '))).toEqual(['1 1/2 COPY --from=BUILD /out/ /', '1 2/2 COPY --from=build /out/hi /copy2.txt']);
  });

  it('ONBUILD triggers run first in the child, numbered but not counted (case 11: [child 2/1])', () => {
    const r = ok(`${B} AS base\nONBUILD COPY trigger.txt /triggered.txt\nONBUILD RUN echo "onbuild ran" > /onbuild.txt\nRUN echo base > /base.txt\n\nFROM base AS child\nRUN ls / > /listing.txt`, {
      files: { 'trigger.txt': 'trigger\n' },
    });
    expect(rows(r).filter((s) => s.startsWith('1 '))).toEqual(['1 1/1 COPY trigger.txt /triggered.txt', '1 2/1 RUN echo "onbuild ran" > /onbuild.txt', '1 3/1 RUN ls / > /listing.txt']);
    expect(file(r, '/onbuild.txt')?.size).toBe(12);
    expect(r.image.config.OnBuild).toBeNull();
  });

  it('with --target=base the triggers do not run and stay in the config (case 12)', () => {
    const r = ok(`${B} AS base\nONBUILD RUN echo "onbuild ran" > /onbuild.txt\nRUN echo base > /base.txt\nFROM base AS child\nRUN true`, { target: 'base' });
    expect(file(r, '/onbuild.txt')).toBeUndefined();
    expect(r.image.config.OnBuild).toEqual(['RUN echo "onbuild ran" > /onbuild.txt']);
  });

  it('the step text is the instruction as written, continuations joined, indentation kept (case 22)', () => {
    const r = ok(`${B}\nRUN mkdir -p /multi && \\\n    echo first > /multi/a`);
    expect(r.steps[1]).toMatchObject({ instruction: 'RUN mkdir -p /multi &&     echo first > /multi/a', line: 2 });
  });

  it('without `previous`, steps carry no cache verdict', () => {
    const r = ok(`${B}\nRUN true`);
    expect(r.steps.every((s) => s.status === 'DONE' && s.reason === undefined)).toBe(true);
  });
});

describe('stages', () => {
  it('stages not needed for the target are not built, and say why (case 01)', () => {
    const r = ok(`${B} AS Build\nRUN mkdir /out\n${B} AS unused\nRUN echo never > /never\nFROM scratch\nCOPY --from=BUILD /out/ /`);
    expect(r.stages.map((s) => [s.name, s.built])).toEqual([
      ['build', true],
      ['unused', false],
      [null, true],
    ]);
    expect(r.stages[1]!.skippedReason).toContain('stage-2');
    expect(r.steps.some((s) => s.stage === 1)).toBe(false);
    expect(r.stages.map((s) => s.line)).toEqual([1, 3, 5]);
  });

  it('--target prunes later and unrelated stages (case 04)', () => {
    const r = ok(`${B} AS deps\nRUN echo deps > /deps.txt\n${B} AS other\nRUN echo other > /other.txt\nFROM deps AS test\nRUN echo t > /t\nFROM deps AS release\nCOPY --from=other /other.txt /`, { target: 'test' });
    expect(r.stages.map((s) => s.built)).toEqual([true, false, true, false]);
    expect(r.stages[1]!.skippedReason).toContain('test');
    expect(file(r, '/other.txt')).toBeUndefined();
    expect(file(r, '/t')?.size).toBe(2);
  });

  it('a failed build: the failing stage says failed, stages after it were not built', () => {
    const r = run(`${B} AS a\nRUN false\n${B} AS b\nRUN true\nFROM a\nCOPY --from=b / /`);
    expect(r.ok).toBe(false);
    expect(r.error?.line).toBe(2);
    expect(r.stages[0]).toMatchObject({ built: false, skippedReason: 'failed' });
    expect(r.stages[2]!.built).toBe(false);
    expect(r.stages[2]!.skippedReason).toBeTruthy();
    expect(r.image).toBeNull();
  });

  it('stages report what they depend on', () => {
    const r = ok(`${B} AS a\n${B} AS b\nFROM a\nCOPY --from=b /etc/passwd /p`);
    expect(r.stages[2]!.dependsOn.sort()).toEqual([0, 1]);
  });
});

describe('errors are results, not exceptions', () => {
  it('a parse error (case 09) carries BuildKit text and the 1-based line', () => {
    const r = run(`${B}\nRUN echo ok > /ok\nFOO bar`);
    expect(r).toMatchObject({ ok: false, error: { message: 'dockerfile parse error on line 3: unknown instruction: FOO (did you mean FROM?)', line: 3 }, image: null, stages: [], steps: [] });
  });

  it('a missing COPY source (case 08) stops at its line', () => {
    const r = run(`${B}\nRUN echo before > /before\nCOPY present.txt /present.txt\nCOPY missing.txt /missing.txt\nRUN echo after > /after`, { files: { 'present.txt': 'p' } });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('failed to compute cache key: failed to calculate checksum of ref');
    expect(r.error?.message).toContain('"/missing.txt": not found');
    expect(r.error?.line).toBe(4);
  });

  it('an unknown target (case 43)', () => {
    expect(run(`${B} AS build\nFROM build AS release`, { target: 'relaese' }).error).toEqual({ message: 'target stage "relaese" could not be found', line: null });
  });

  it('a bad substitution in a stage instruction', () => {
    const r = run(`${B}\nRUN true\nWORKDIR \${}`);
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('bad substitution');
  });

  // Regressions found by tests/property: each of these made build() run out of memory or throw
  // a RangeError instead of returning a result.
  it.each([
    ['RUN x >a(', false],
    [`RUN export X='sh -c "$X"'; sh -c "$X"`, false],
    ["RUN echo '. /s' > /s; . /s", false],
    ['RUN ' + '( '.repeat(2000) + 'true' + ' )'.repeat(2000), true],
    ['RUN echo ' + '$(echo '.repeat(1000) + 'x' + ')'.repeat(1000), true],
  ])('regression: %s returns a result', (line, okay) => {
    const r = run(`${B}\n${line}`);
    expect(r.ok).toBe(okay);
    if (!okay) expect(r.error?.line).toBe(2);
  });

  // ENGINE BUG (interpreter.ts): see shell/commands.test.ts; minimal input found by tests/property.
  it('ENGINE BUG interpreter.ts: an unknown command output as a redirection target returns a result', () => {
    expect(() => run(`${B}\nRUN <<EOF\n>> \`id\`\nEOF`)).not.toThrow();
  });

  it('an empty Dockerfile', () => {
    const r = run('');
    expect(r.ok).toBe(false);
    expect(r.error?.message).toBeTruthy();
  });
});

describe('notes', () => {
  it('warns about build-args no ARG consumed (proxy args are predefined)', () => {
    const r = ok(`${B}\nARG USED\nRUN true`, { buildArgs: { UNUSED: '1', USED: '2', HTTP_PROXY: 'x' } });
    expect(r.notes).toContain('[Warning] One or more build-args [UNUSED] were not consumed');
  });

  it('an image the simulator does not know is assumed, and said so', () => {
    const r = run('FROM registry.example.com/team/unknown:1\nRUN mytool --install');
    expect(r.ok).toBe(true);
    expect(r.notes.join('\n')).toContain('registry.example.com/team/unknown:1');
    expect(r.steps[1]!.opaque).toContain('mytool');
  });

  it('commands the shell model cannot run are reported as opaque, not guessed', () => {
    const r = ok(`${B}\nRUN for i in 1 2; do echo $i; done > /x`);
    expect(r.steps[1]!.opaque).toContain('for');
  });
});

describe('image size (OBSERVED §3: sum of regular-file bytes of all layers)', () => {
  it('a deleted file still counts; whiteout-only layers are 0', () => {
    const r = ok(`${B}\nRUN echo hi > /a\nRUN rm /a\nRUN dd if=/dev/zero of=/big bs=1024 count=100\nRUN rm /big`);
    const base = BUSYBOX_SIZE + PASSWD.length + GROUP.length;
    expect(r.image.history.map((h) => h.size)).toEqual([base, 3, 0, 102400, 0]);
    expect(r.image.size).toBe(base + 3 + 102400);
    expect(built(r).map((l) => l.size)).toEqual([3, 0, 102400, 0]);
  });

  it('layers know their stage and line', () => {
    const r = ok(`${B}\nENV A=1\nRUN echo hi > /a`);
    expect(built(r)[0]).toMatchObject({ stage: 0, line: 3 });
    expect(r.image.layers[0]).toMatchObject({ stage: null, line: null });
  });
});

// Inputs under 64 KB found by tests/property that stress one pass each: the dockerfile-ast parse
// and the per-step cost of RUN and COPY, the lint pass (many LABELs), and deeply nested $( )
// (lint/shell.ts once re-scanned them quadratically, taking seconds). Here they must build and
// stay far from the playground's 2 s limit; the < 50 ms goal is measured by `npm run bench`.
describe('build() of large inputs under 64 KB does not blow up', () => {
  const time = (dockerfile: string) => {
    const t0 = performance.now();
    run(dockerfile, { files: { 'a.txt': 'a\n' } });
    return performance.now() - t0;
  };
  const fastest = (dockerfile: string) => {
    let best = time(dockerfile);
    // Only a time just over the limit can be a stall; measure those again.
    for (let i = 0; i < 2 && best >= 1000 && best < 4000; i++) best = Math.min(best, time(dockerfile));
    return best;
  };

  it.each([
    ['7000 × RUN true (63 KB)', `${B}\n${'RUN true\n'.repeat(7000)}`],
    ['4600 × COPY (64 KB)', `${B}\n${'COPY a.txt /x\n'.repeat(4600)}`],
    ['6000 × LABEL (60 KB)', `${B}\n${'LABEL a=b\n'.repeat(6000)}`],
    ['3000 nested $(echo ...) (24 KB)', `${B}\nRUN echo ${'$(echo '.repeat(3000)}x${')'.repeat(3000)}`],
  ])('%s', (_name, dockerfile) => {
    expect(dockerfile.length).toBeLessThan(64 * 1024);
    expect(fastest(dockerfile)).toBeLessThan(1000);
  });
});
