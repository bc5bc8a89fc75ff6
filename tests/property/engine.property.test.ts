// Properties of the engine on arbitrary input:
//  - build() never throws: it returns ok or an error result with a message, and never freezes:
//    every input under 64 KB answers well inside the playground's 2 s time limit. The speed
//    goal itself (< 50 ms for inputs under 64 KB) is a figure of `npm run bench`, where timing
//    belongs, not a pass/fail here;
//  - the shell reader + interpreter never throw on arbitrary RUN text;
//  - the tar reader ends in bounded time on arbitrary bytes (it may reject them with an Error).
// Minimal inputs of anything these find live as regression tests in tests/unit/engine.
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/engine/index';
import { readTar } from '../../src/engine/images/tar';
import type { BuildInput, BuildResult, ContextEntry } from '../../src/engine/types';
import { BASE, busybox, sh } from '../unit/engine/fixtures';
import { setChecksum, writeTar } from '../unit/images/tar-writer';

/** Far below the playground's 2 s limit: an input this slow would freeze nothing, but is a bug. */
const LIMIT_MS = 1000;
const MAX_BYTES = 64 * 1024;
const image = busybox();
const context: ContextEntry[] = [
  { path: 'a.txt', type: 'file', content: 'a\n' },
  { path: 'src/main.go', type: 'file', content: 'package main\n' },
  { path: 'src/lib/x.js', type: 'file', content: 'x' },
  { path: '.dockerignore', type: 'file', content: '*.log\n' },
  { path: 'debug.log', type: 'file', content: 'log' },
  { path: 'link', type: 'symlink', link: 'src' },
];

/** fast-check 4 spells fullUnicodeString as string({ unit: 'binary' }). */
const fullUnicodeString = (c: { maxLength?: number } = {}) => fc.string({ unit: 'binary', ...c });

// ---- a generator of Dockerfile-like text ----------------------------------------------------

const KEYWORDS = ['FROM', 'RUN', 'COPY', 'ADD', 'ENV', 'LABEL', 'ARG', 'CMD', 'ENTRYPOINT', 'SHELL', 'USER', 'WORKDIR', 'STOPSIGNAL', 'MAINTAINER', 'EXPOSE', 'VOLUME', 'HEALTHCHECK', 'ONBUILD'];
const keyword = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...KEYWORDS).map((k) => k.toLowerCase()) },
  { weight: 1, arbitrary: fc.constantFrom('FOO', 'FRM', 'Copi', 'ONBUILD ONBUILD', 'ONBUILD FROM', 'HEALTHCHECK NONE', 'HEALTHCHECK CMD', '#', '# escape=`', '# syntax=x') },
);
const flag = fc.constantFrom(
  '--from=0', '--from=build', '--from=BUILD', '--from=nope', '--from=9', '--chown=app', '--chown=1000:1000', '--chown=2000', '--chown=ghost', '--chmod=755',
  '--chmod=u+x', '--link', '--platform=linux/arm64', '--mount=type=cache,target=/c', '--mount=type=secret,id=s', '--mount=type=secret,id=s,required=true',
  '--mount=type=bind,from=build,source=/,target=/m', '--mount=type=bind,source=a.txt,target=/in', '--mount=type=tmpfs,target=/t', '--mount=type=bogus', '--mount=',
  '--network=none', '--interval=5s', '--interval=x', '--retries=3', '--retries=-1', '--bogus', '--', '--=',
);
const atom = fc.oneof(
  fc.constantFrom(
    'local/busybox:latest', 'scratch', 'alpine:3', 'build', 'AS', 'as', 'Build', '1abc', 'a.txt', 'src/', 'src/*.go', '*', '[a', '?', '.', '..', '/', '/app/', 'app',
    'echo', 'hi', '>', '>>', '<', '|', '||', '&&', ';', '&', '2>&1', '(', ')', '{', '}', 'if', 'then', 'fi', 'for', 'do', 'done', 'case', 'esac', 'in',
    'rm', '-rf', 'mkdir', '-p', 'cp', '-a', 'mv', 'ln', '-s', 'chmod', 'chown', 'dd', 'if=/dev/zero', 'of=/big', 'bs=1M', 'count=2', 'cat', 'tee', 'printf',
    'sh', '-c', 'cd', 'exit', 'set', '-e', 'test', '[', ']', '!', 'true', 'false', 'export', 'A=1', 'K=V', 'K="v w"', "K='v'", 'K=', '=v', 'EOF', 'sleep',
    '"', "'", '\\', '`', '$', '${', '}', '$A', '${A}', '${A:-d}', '${A:+v}', '${A-d}', '${A?msg}', '${A:?}', '${#A}', '${A/x/y}', '$(', '$(id -u)', '`id`', '$((1+2))',
    '["sh", "-c", "echo hi"]', '["a"', '[]', '["/bin/sh", "-c"]', '{}', '80', '53/udp', '8000-8002/tcp', '0-99999', 'SIGTERM', 'NONE', 'CMD', '<<EOF', '<<-"EOT"', "<<'X'", '<<', '#',
  ),
  fc.string({ maxLength: 12 }),
);
const words = fc.array(atom, { maxLength: 10 }).map((w) => w.join(' '));
const instruction = fc.tuple(keyword, fc.array(flag, { maxLength: 2 }), words).map(([k, f, w]) => [k, ...f, w].join(' '));
const heredocBody = fc.tuple(fc.array(words, { maxLength: 3 }), fc.constantFrom('EOF', 'EOT', 'X', 'eof')).map(([lines, end]) => [...lines, end].join('\n'));
const line = fc.oneof(
  { weight: 10, arbitrary: instruction },
  { weight: 2, arbitrary: fc.tuple(instruction, instruction).map(([a, b]) => `${a} \\\n  ${b}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('RUN <<EOF', 'RUN cat > /f <<EOF', 'COPY <<EOF /f', 'RUN <<-"EOT" sh', "RUN <<'X'"), heredocBody).map(([a, b]) => `${a}\n${b}`) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\\', '# comment', '\r') },
);
/** Most documents start with a FROM the engine knows, so generation reaches execution. */
const dockerfileLike = fc
  .tuple(fc.constantFrom('FROM local/busybox:latest AS build\n', 'FROM local/busybox:latest\n', 'FROM scratch\n', 'ARG X=1\nFROM local/busybox:latest\n', ''), fc.array(line, { maxLength: 25 }))
  .map(([head, lines]) => head + lines.join('\n'));

/** Long inputs, still under 64 KB. */
const longInput = fc.oneof(
  fc.integer({ min: 1000, max: 60_000 }).map((n) => `FROM local/busybox:latest\nRUN echo ${'a'.repeat(n)} > /f`),
  fc.integer({ min: 100, max: 3000 }).map((n) => `FROM local/busybox:latest\nRUN ${Array.from({ length: n }, (_, i) => `echo ${i} > /f${i % 50}`).join(' && ')}`),
  fc.integer({ min: 100, max: 5000 }).map((n) => `FROM local/busybox:latest\n${'ENV A$A=$A$A\n'.repeat(n)}`.slice(0, MAX_BYTES - 1)),
  fc.integer({ min: 100, max: 3000 }).map((n) => `FROM local/busybox:latest\n${'RUN mkdir -p /d/e && touch /d/e/f\n'.repeat(n)}`.slice(0, MAX_BYTES - 1)),
  fc.integer({ min: 100, max: 2000 }).map((n) => `FROM local/busybox:latest AS s0\n${Array.from({ length: n }, (_, i) => `FROM s${i} AS s${i + 1}`).join('\n')}`.slice(0, MAX_BYTES - 1)),
  fc.integer({ min: 1000, max: 60_000 }).map((n) => `FROM local/busybox:latest\nRUN ${'$('.repeat(n / 4)}`),
  fc.integer({ min: 1000, max: 30_000 }).map((n) => `FROM local/busybox:latest\nRUN echo "${'\\'.repeat(n)}"`),
  fc.integer({ min: 1000, max: 60_000 }).map((n) => `FROM local/busybox:latest\nLABEL a=${'${'.repeat(n / 2)}`),
  fc.integer({ min: 1000, max: 20_000 }).map((n) => `FROM local/busybox:latest\nCOPY ${'*/'.repeat(n / 2)}a /x/`),
  fc.integer({ min: 100, max: 1000 }).map((n) => `FROM local/busybox:latest\nRUN ${'if x; then '.repeat(n)}`),
  fc.integer({ min: 100, max: 3000 }).map((n) => `FROM local/busybox:latest\nRUN ${'( '.repeat(n)}true${' )'.repeat(n)}`),
);

// ---- the property ---------------------------------------------------------------------------

let slowest = { ms: 0, input: '' };

function timedBuild(dockerfile: string, extra: Partial<BuildInput> = {}): BuildResult {
  const input: BuildInput = { dockerfile, context, images: { [BASE]: image }, secrets: { s: 'v' }, ...extra };
  const once = (): [BuildResult, number] => {
    const t0 = performance.now();
    try {
      const r = build(input);
      return [r, performance.now() - t0];
    } catch (e) {
      throw new Error(`build() threw ${(e as Error)?.stack ?? e} for ${JSON.stringify(dockerfile.slice(0, 300))}`);
    }
  };
  let [r, ms] = once();
  // A garbage collection or a busy machine can stall any one call: an input only counts as slow
  // when it stays slow, so a call over the limit is measured again and the fastest run counts.
  // (Several times the limit is no stall: no retry then, which keeps the file fast.)
  for (let retry = 0; retry < 3 && ms >= LIMIT_MS && ms < 4 * LIMIT_MS; retry++) ms = Math.min(ms, once()[1]);
  if (ms > slowest.ms) slowest = { ms, input: dockerfile };
  return r;
}

function wellFormed(r: BuildResult): void {
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) {
    expect(r.error).toBeNull();
  } else {
    expect(r.error).not.toBeNull();
    expect(typeof r.error!.message).toBe('string');
    expect(r.error!.message.length).toBeGreaterThan(0);
    if (r.error!.line !== null) expect(Number.isInteger(r.error!.line) && r.error!.line >= 1).toBe(true);
  }
}

describe('build() on arbitrary input', () => {
  // Warm the JIT so the first measured call is not the cold start of every module.
  for (let i = 0; i < 30; i++) build({ dockerfile: 'FROM local/busybox:latest\nCOPY . /c/\nRUN echo hi > /x && ls /c > /l\nENV A=1', context, images: { [BASE]: image } });

  const property = (name: string, arb: fc.Arbitrary<string>, numRuns: number) =>
    it(`${name}: never throws, answers in < ${LIMIT_MS} ms`, () => {
      slowest = { ms: 0, input: '' };
      fc.assert(
        fc.property(arb, (text) => {
          fc.pre(new TextEncoder().encode(text).length < MAX_BYTES);
          // Once an input is known to be too slow the test fails anyway; skip the remaining (slow) builds.
          if (slowest.ms >= LIMIT_MS) return;
          wellFormed(timedBuild(text));
        }),
        { numRuns },
      );
      expect(slowest.ms, `slowest input (${slowest.input.length} chars): ${JSON.stringify(slowest.input.slice(0, 200))}`).toBeLessThan(LIMIT_MS);
    });

  property('fc.string', fc.string({ maxLength: 400 }), 1500);
  property('full unicode strings', fullUnicodeString({ maxLength: 400 }), 1500);
  property('full unicode after a FROM', fullUnicodeString({ maxLength: 400 }).map((s) => 'FROM local/busybox:latest\n' + s), 1000);
  property('Dockerfile-like lines', dockerfileLike, 2500);
  // Many-line inputs of 20-64 KB: the parse, one step per line, and the lint and findings passes.
  property('long inputs under 64 KB', longInput, 40);

  it('the cache comparison (previous) never throws either', () => {
    fc.assert(
      fc.property(dockerfileLike, dockerfileLike, (a, b) => {
        wellFormed(timedBuild(a, { previous: { dockerfile: b } }));
      }),
      { numRuns: 400 },
    );
  });
});

describe('the shell on arbitrary RUN text', () => {
  const shellAtom = fc.oneof(
    fc.constantFrom(
      'echo', 'printf', '%s', '%d', '\\n', 'cat', 'tee', '-a', 'rm', '-rf', '/', '/*', '/etc', 'mkdir', '-p', '-m', '777', 'cp', '-r', '-a', 'mv', 'ln', '-sf', 'chmod', '+x',
      'u=rwX', 'chown', 'app:svcgrp', 'chgrp', 'dd', 'if=/dev/zero', 'of=/x', 'bs=1k', 'count=9', 'touch', 'test', '[', ']', '-f', '-d', '=', 'cd', '..', 'sh', '-c', 'exit', 'set',
      '-e', 'export', 'unset', 'X=1', '$X', '"$X"', "'$X'", '${X:-a b}', '${X:=y}', '${#X}', '${X%y}', '$(echo hi)', '`id -u`', '$((1))', '*', '*.txt', '?', '[a-z]', '~',
      '>', '>>', '<', '2>&1', '>&2', '&>', '<<EOF', '<<-E', '|', '||', '&&', ';', '&', '!', '(', ')', '{', '}', '\n', 'EOF', 'if', 'then', 'fi', 'for', 'in', 'do', 'done',
      'while', 'case', 'esac', '#', '\\', '"', "'", '`', '$', '/bin/sh', 'busybox', 'ls', 'wc', 'sort', 'find', 'id', 'pwd', 'true', 'false', 'nosuchcmd', '/dev/null',
    ),
    fc.string({ maxLength: 8 }),
  );
  const script = fc.oneof(fc.array(shellAtom, { maxLength: 30 }).map((a) => a.join(' ')), fullUnicodeString({ maxLength: 300 }), fc.string({ maxLength: 300 }));

  it('parses and runs without throwing; the status is an exit code', () => {
    fc.assert(
      fc.property(script, (text) => {
        let r;
        try {
          r = sh(text);
        } catch (e) {
          throw new Error(`the shell threw ${(e as Error)?.stack ?? e} for ${JSON.stringify(text)}`);
        }
        expect(Number.isInteger(r.status) && r.status >= 0 && r.status <= 255).toBe(true);
        expect(typeof r.stderr).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the tar reader on arbitrary bytes', () => {
  const valid = writeTar([
    { name: './', type: 'dir' },
    { name: './etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
    { name: 'usr/share/' + 'deep/'.repeat(30) + 'file.txt', content: 'abc' },
    { name: 'link', type: 'symlink', linkname: '/etc/passwd' },
    { name: 'x', content: 'y', pax: { uid: '70000', path: 'renamed' } },
  ]);

  /** Ends, or throws an Error: nothing else, and quickly. */
  function bounded(bytes: Uint8Array): void {
    const t0 = performance.now();
    try {
      readTar(bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
    }
    expect(performance.now() - t0).toBeLessThan(200);
  }

  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (b) => bounded(b)), { numRuns: 1500 });
  });

  it('random 512-byte blocks', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }).chain((n) => fc.uint8Array({ minLength: n * 512, maxLength: n * 512 })), (b) => bounded(b)), { numRuns: 800 });
  });

  /** Offsets of the header blocks of the valid archive (their checksums get fixed after edits). */
  const headers: number[] = [];
  for (let at = 0; at + 512 <= valid.length; at += 512) {
    const h = valid.slice(at, at + 512);
    const stored = h.slice(148, 156);
    setChecksum(h);
    if (h.some((x) => x !== 0) && h.slice(148, 156).every((x, i) => x === stored[i])) headers.push(at);
  }

  it('a valid archive with bytes mutated or cut', () => {
    const mutation = fc.tuple(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }), fc.nat(valid.length), fc.boolean());
    fc.assert(
      fc.property(mutation, ([edits, cut, fix]) => {
        const b = valid.slice(0, cut || valid.length);
        for (const [i, v] of edits) if (i < b.length) b[i] = v;
        // With fixed checksums the edits reach the size, PAX and name parsing.
        if (fix) for (const at of headers) if (at + 512 <= b.length) setChecksum(b.subarray(at, at + 512));
        bounded(b);
      }),
      { numRuns: 3000 },
    );
  });

  it('headers with arbitrary size, type and PAX records', () => {
    const field = fc.tuple(fc.integer({ min: 100, max: 499 }), fc.uint8Array({ minLength: 1, maxLength: 16 }));
    fc.assert(
      fc.property(fc.array(field, { maxLength: 6 }), fc.string({ maxLength: 200 }), ([...fields], pax) => {
        const b = writeTar([{ name: 'p', content: 'data', pax: { path: pax || 'x', size: '4' } }, { name: 'q', content: 'q' }]);
        for (const [at, bytes] of fields) {
          b.set(bytes.subarray(0, Math.min(bytes.length, 512 - at)), at);
          setChecksum(b.subarray(0, 512));
        }
        bounded(b);
      }),
      { numRuns: 1500 },
    );
  });
});
