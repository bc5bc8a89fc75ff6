// Dockerfile text → typed instructions, with 1-based lines and BuildKit's error words
// (frontend/dockerfile/parser + instructions/parse.go; OBSERVED.md §1, §8).
import { describe, expect, it } from 'vitest';
import { parseDockerfile, parseJsonArray, ParseError } from '../../../../src/engine/parse/parse';
import type { Instruction } from '../../../../src/engine/parse/instructions';

const parse = (text: string) => parseDockerfile(text).instructions;
const second = (line: string): Instruction => parse(`FROM local/busybox:latest\n${line}`)[1]!;
function error(text: string): ParseError {
  try {
    parseDockerfile(text);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error('expected a parse error');
}

describe('keywords and lines', () => {
  it('accepts keywords in any case and reports 1-based lines', () => {
    const ins = parse('# comment\n\nfrom local/busybox:latest AS Build\n\nrun echo hi\nCopy a b\n');
    expect(ins.map((i) => [i.keyword, i.line])).toEqual([
      ['FROM', 3],
      ['RUN', 5],
      ['COPY', 6],
    ]);
  });

  it('joins backslash continuations, keeping the indentation (OBSERVED §1, case 22)', () => {
    const ins = parse('FROM x\nRUN mkdir -p /multi && \\\n    echo first > /multi/a && \\\n      echo second > /multi/b \\\n    && echo third > /multi/c\nRUN next');
    const run = ins[1]!;
    expect(run.keyword).toBe('RUN');
    expect(run.line).toBe(2);
    expect(run.endLine).toBe(5);
    expect(run.keyword === 'RUN' && run.command).toBe('mkdir -p /multi &&     echo first > /multi/a &&       echo second > /multi/b     && echo third > /multi/c');
    expect(ins[2]!.line).toBe(6);
  });

  it('honours the escape directive for continuations', () => {
    const p = parseDockerfile('# escape=`\nFROM x\nRUN a `\n  b');
    expect(p.escape).toBe('`');
    expect(p.directives.escape).toBe('`');
    expect(p.instructions[1]).toMatchObject({ keyword: 'RUN', line: 3, endLine: 4 });
  });

  it('reads the syntax directive', () => {
    expect(parseDockerfile('# syntax=docker/dockerfile:1\nFROM x').directives.syntax).toBe('docker/dockerfile:1');
  });
});

describe('long Dockerfiles (read by dockerfile-ast in pieces)', () => {
  // parse.ts hands dockerfile-ast a long text a few dozen lines at a time; an instruction that
  // runs on past the end of a piece must still come out whole, with its lines counted from the top.
  const pad = (n: number) => 'RUN a\n'.repeat(n);
  for (const before of [20, 28, 31, 32, 33, 60, 63, 64, 65]) {
    it(`a heredoc, a continuation and comments across a piece boundary (${before} lines before)`, () => {
      const text = `FROM x\n${pad(before)}RUN <<EOF\n${'RUN inside\n'.repeat(40)}EOF\nRUN b \\\n${'  c \\\n'.repeat(40)}  d\nRUN e \\\n${'# note\n'.repeat(40)}  f\nRUN last`;
      const ins = parse(text);
      expect(ins).toHaveLength(before + 5);
      const [heredoc, continued, commented, last] = ins.slice(-4) as Extract<Instruction, { keyword: 'RUN' }>[];
      expect(heredoc).toMatchObject({ line: before + 2, endLine: before + 43 });
      expect(heredoc!.heredocs[0]!.content).toBe('RUN inside\n'.repeat(40));
      expect(continued).toMatchObject({ line: before + 44, endLine: before + 85 });
      expect(continued!.command).toBe(`b ${'  c '.repeat(40)}  d`);
      expect(commented).toMatchObject({ line: before + 86, endLine: before + 127, command: 'e   f' });
      expect(last).toMatchObject({ line: before + 128, command: 'last' });
    });
  }

  it('counts CRLF and CR line breaks as dockerfile-ast does', () => {
    expect(parse(`FROM x\r\n${'RUN a\r\n'.repeat(100)}RUN z`).at(-1)).toMatchObject({ line: 102 });
    expect(parse(`FROM x\r${'RUN a\r'.repeat(100)}RUN z`).at(-1)).toMatchObject({ line: 102 });
  });

  it('keeps the escape directive for the whole file', () => {
    const ins = parse(`# escape=\`\nFROM x\n${pad(100)}RUN a \`\n  b`);
    expect(ins.at(-1)).toMatchObject({ line: 103, endLine: 104, command: 'a   b' });
  });

  it('reports an error with its line far down the file', () => {
    expect(error(`FROM x\n${pad(200)}BOGUS y`)).toMatchObject({ line: 202 });
  });
});

describe('FROM', () => {
  it('reads image, alias and --platform', () => {
    expect(parse('FROM --platform=linux/arm64 local/busybox:latest AS Build')[0]).toMatchObject({
      keyword: 'FROM',
      image: 'local/busybox:latest',
      alias: 'Build',
      platform: 'linux/arm64',
    });
    expect(parse('FROM scratch')[0]).toMatchObject({ image: 'scratch', alias: null, platform: null });
  });

  it('needs one or three arguments', () => {
    for (const text of ['FROM', 'FROM a b', 'FROM a AS b c']) {
      const e = error(text);
      expect(e.message).toBe('dockerfile parse error on line 1: FROM requires either one or three arguments');
      expect(e.line).toBe(1);
    }
  });
});

describe('RUN: exec vs shell form, flags, heredocs', () => {
  it('a JSON array of strings is the exec form', () => {
    expect(second('RUN ["sh", "-c", "echo hi > /x"]')).toMatchObject({ command: null, argv: ['sh', '-c', 'echo hi > /x'] });
  });

  it('anything that is not a JSON string array is the shell form', () => {
    expect(second('RUN [ "broken"')).toMatchObject({ command: '[ "broken"', argv: null });
    expect(second('RUN [1, 2]')).toMatchObject({ command: '[1, 2]', argv: null });
    expect(second('RUN echo hi')).toMatchObject({ command: 'echo hi', argv: null });
  });

  it('reads --mount (repeatable), --network and --security', () => {
    const r = second('RUN --mount=type=cache,target=/c --mount=type=secret,id=t --network=none --security=insecure make');
    expect(r).toMatchObject({ command: 'make', mounts: ['type=cache,target=/c', 'type=secret,id=t'], network: 'none', security: 'insecure' });
  });

  it('keeps the instruction text with its flags verbatim (the progress label, OBSERVED §1)', () => {
    expect(second('RUN --mount=type=secret,id=token test -f /run/secrets/token').text).toBe('RUN --mount=type=secret,id=token test -f /run/secrets/token');
  });

  it('reads a heredoc body with its final newline (OBSERVED §2, case 21)', () => {
    const ins = parse('FROM x\nRUN <<EOF\necho one > /one.txt\necho two >> /one.txt\nEOF\nRUN after');
    expect(ins[1]).toMatchObject({
      keyword: 'RUN',
      line: 2,
      endLine: 5,
      command: '<<EOF',
      heredocs: [{ name: 'EOF', content: 'echo one > /one.txt\necho two >> /one.txt\n', expand: true, chomp: false }],
    });
    expect(ins[2]).toMatchObject({ keyword: 'RUN', command: 'after', line: 6 });
  });

  it('a quoted heredoc delimiter turns expansion off; <<- strips leading tabs', () => {
    const r = second('RUN <<-"EOT" sh\n\techo $HOME\n\t\tdeeper\nEOT');
    expect(r).toMatchObject({ command: '<<-"EOT" sh', heredocs: [{ name: 'EOT', content: 'echo $HOME\ndeeper\n', expand: false, chomp: true }] });
  });

  it('needs a command', () => {
    expect(error('FROM x\nRUN').message).toContain('RUN requires at least one argument');
    expect(error('FROM x\nRUN').line).toBe(2);
  });
});

describe('COPY / ADD', () => {
  it('reads flags, sources and destination', () => {
    expect(second('COPY --from=build --chown=app:svcgrp --chmod=640 --link a b /dst/')).toMatchObject({
      keyword: 'COPY',
      from: 'build',
      chown: 'app:svcgrp',
      chmod: '640',
      link: true,
      sources: ['a', 'b'],
      dest: '/dst/',
    });
    expect(second('COPY a.txt /dst')).toMatchObject({ from: null, chown: null, chmod: null, link: false });
  });

  it('--link=false is not a link', () => {
    expect(second('COPY --link=false a /b')).toMatchObject({ link: false });
  });

  it('accepts the JSON form (paths with spaces)', () => {
    expect(second('COPY ["a b.txt", "/dst/"]')).toMatchObject({ sources: ['a b.txt'], dest: '/dst/' });
  });

  it('reads a heredoc source', () => {
    expect(second('COPY <<EOF /etc/app/config.ini\n[main]\nname=demo\nEOF')).toMatchObject({
      sources: ['<<EOF'],
      dest: '/etc/app/config.ini',
      heredocs: [{ name: 'EOF', content: '[main]\nname=demo\n' }],
    });
  });

  it('needs a destination', () => {
    const e = error('FROM x\nCOPY a');
    expect(e.message).toBe('dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined.');
    expect(error('FROM x\nADD a').message).toContain('ADD requires at least two arguments');
  });

  it('rejects flags the instruction does not have', () => {
    const e = error('FROM x\n\nCOPY --frm=b a /d');
    expect(e.message).toBe('dockerfile parse error on line 3: unknown flag: frm');
    expect(e.line).toBe(3);
    expect(error('FROM x\nADD --from=b a /d').message).toBe('dockerfile parse error on line 2: unknown flag: from');
  });
});

describe('ENV / LABEL / ARG', () => {
  it('reads name=value pairs, keeping raw values for later expansion', () => {
    expect(second('ENV GREETING="hello world" QUOTED=\'single $quoted\' ESCAPED=a\\ b')).toMatchObject({
      pairs: [
        ['GREETING', '"hello world"'],
        ['QUOTED', "'single $quoted'"],
        ['ESCAPED', 'a\\ b'],
      ],
    });
  });

  it('legacy "ENV NAME value with spaces": the rest of the line is the value (OBSERVED §2, case 18)', () => {
    expect(second('ENV LEGACY value with spaces')).toMatchObject({ pairs: [['LEGACY', 'value with spaces']] });
  });

  it('legacy form without a value is an error', () => {
    expect(error('FROM x\nENV ONLY').message).toContain('ENV must have two arguments');
  });

  it('a later word without = is an error', () => {
    expect(error('FROM x\nENV A=1 B').message).toContain(`Syntax error - can't find = in "B". Must be of the form: name=value`);
  });

  it('a blank name is an error', () => {
    expect(error('FROM x\nLABEL =x').message).toBe('dockerfile parse error on line 2: LABEL names can not be blank');
  });

  it('ARG: names with or without defaults', () => {
    expect(second('ARG A B=2 C=')).toMatchObject({
      args: [
        { name: 'A', value: null },
        { name: 'B', value: '2' },
        { name: 'C', value: '' },
      ],
    });
    expect(error('FROM x\nARG').message).toBe('dockerfile parse error on line 2: ARG requires at least one argument');
  });
});

describe('CMD / ENTRYPOINT / SHELL / HEALTHCHECK', () => {
  it('CMD and ENTRYPOINT: exec or shell form', () => {
    expect(second('CMD ["echo hello"]')).toMatchObject({ argv: ['echo hello'], command: null });
    expect(second('CMD echo "default cmd"')).toMatchObject({ argv: null, command: 'echo "default cmd"' });
    expect(second('ENTRYPOINT ["/bin/sh", "-c"]')).toMatchObject({ argv: ['/bin/sh', '-c'] });
  });

  it('SHELL needs a non-empty JSON array', () => {
    expect(second('SHELL ["/bin/sh", "-e", "-c"]')).toMatchObject({ argv: ['/bin/sh', '-e', '-c'] });
    expect(error('FROM x\nSHELL sh -c').message).toBe('dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form');
    expect(error('FROM x\nSHELL []').message).toBe('dockerfile parse error on line 2: SHELL requires at least one argument');
  });

  it('HEALTHCHECK NONE, CMD exec and shell forms, flags', () => {
    expect(second('HEALTHCHECK NONE')).toMatchObject({ none: true });
    expect(second('HEALTHCHECK --interval=30s --retries=3 CMD ["wget", "-q"]')).toMatchObject({
      none: false,
      argv: ['wget', '-q'],
      flags: [
        { name: 'interval', value: '30s' },
        { name: 'retries', value: '3' },
      ],
    });
    expect(second('HEALTHCHECK CMD test -f /shell.txt')).toMatchObject({ argv: null, command: 'test -f /shell.txt' });
  });

  it('HEALTHCHECK errors use instructions/parse.go words (type upper-cased in the message)', () => {
    expect(error('FROM x\nHEALTHCHECK foo bar').message).toBe('dockerfile parse error on line 2: Unknown type "FOO" in HEALTHCHECK (try CMD)');
    expect(error('FROM x\nHEALTHCHECK CMD').message).toBe('dockerfile parse error on line 2: Missing command after HEALTHCHECK CMD');
    expect(error('FROM x\nHEALTHCHECK NONE x').message).toBe('dockerfile parse error on line 2: HEALTHCHECK NONE takes no arguments');
  });
});

describe('USER / WORKDIR / EXPOSE / VOLUME / STOPSIGNAL / MAINTAINER / ONBUILD', () => {
  it('reads single values and lists', () => {
    expect(second('USER app:svcgrp')).toMatchObject({ keyword: 'USER', value: 'app:svcgrp' });
    expect(second('WORKDIR $DIR/app')).toMatchObject({ keyword: 'WORKDIR', value: '$DIR/app' });
    expect(second('EXPOSE 80 53/udp')).toMatchObject({ values: ['80', '53/udp'], json: false });
    expect(second('VOLUME ["/cache"]')).toMatchObject({ values: ['/cache'], json: true });
    expect(second('VOLUME /data /logs')).toMatchObject({ values: ['/data', '/logs'], json: false });
    expect(second('STOPSIGNAL SIGTERM')).toMatchObject({ value: 'SIGTERM' });
    expect(second('MAINTAINER Jane Doe <jane@example.com>')).toMatchObject({ value: 'Jane Doe <jane@example.com>' });
  });

  it('argument counts', () => {
    expect(error('FROM x\nWORKDIR').message).toBe('dockerfile parse error on line 2: WORKDIR requires exactly one argument');
    expect(error('FROM x\nUSER').message).toBe('dockerfile parse error on line 2: USER requires exactly one argument');
    expect(error('FROM x\nEXPOSE').message).toBe('dockerfile parse error on line 2: EXPOSE requires at least one argument');
    expect(error('FROM x\nVOLUME').message).toBe('dockerfile parse error on line 2: VOLUME requires at least one argument');
  });

  it('ONBUILD keeps the trigger text verbatim (OBSERVED §2, case 12)', () => {
    expect(second('ONBUILD RUN echo "onbuild ran" > /onbuild.txt')).toMatchObject({ trigger: 'RUN echo "onbuild ran" > /onbuild.txt' });
  });

  it('ONBUILD ONBUILD is rejected with BuildKit words (OBSERVED §8, case 13)', () => {
    const e = error('FROM local/busybox:latest\nONBUILD ONBUILD RUN echo nested\nRUN echo ok > /ok');
    expect(e.message).toBe("dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    expect(e.line).toBe(2);
  });

  it('FROM and MAINTAINER are not allowed as triggers', () => {
    expect(error('FROM x\nONBUILD FROM y').message).toBe("dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger");
    expect(error('FROM x\nONBUILD maintainer me').message).toBe("dockerfile parse error on line 2: MAINTAINER isn't allowed as an ONBUILD trigger");
  });
});

describe('unknown instructions', () => {
  it('"unknown instruction: FOO (did you mean FROM?)" on its 1-based line (OBSERVED §8, case 09)', () => {
    const e = error('FROM local/busybox:latest\nRUN echo ok > /ok\nFOO bar');
    expect(e.message).toBe('dockerfile parse error on line 3: unknown instruction: FOO (did you mean FROM?)');
    expect(e.line).toBe(3);
  });

  it('the suggestion follows the case of what was written', () => {
    expect(error('FROM x\ncopi a b').message).toBe('dockerfile parse error on line 2: unknown instruction: copi (did you mean copy?)');
    expect(error('FROM x\nCopi a b').message).toBe('dockerfile parse error on line 2: unknown instruction: Copi (did you mean copy?)');
  });

  it('no suggestion when nothing is within edit distance 2', () => {
    expect(error('FROM x\nXYZZY a').message).toBe('dockerfile parse error on line 2: unknown instruction: XYZZY');
  });
});

describe('parseJsonArray', () => {
  it('accepts only arrays of strings', () => {
    expect(parseJsonArray(' ["a", "b c"] ')).toEqual(['a', 'b c']);
    expect(parseJsonArray('[]')).toEqual([]);
    expect(parseJsonArray('["a", 1]')).toBeNull();
    expect(parseJsonArray('{"a": 1}')).toBeNull();
    expect(parseJsonArray("['a']")).toBeNull();
    expect(parseJsonArray('echo [a]')).toBeNull();
  });
});
