import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError, type BuildOptions } from '../../../src/cli/args';

const build = (...argv: string[]): BuildOptions => {
  const c = parseArgs(['build', ...argv]);
  if (c.kind !== 'build') throw new Error(`expected a build command, got ${c.kind}`);
  return c.options;
};
const usage = (...argv: string[]) => expect(() => parseArgs(argv)).toThrow(UsageError);

describe('parseArgs', () => {
  it('knows help and version', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['help', 'build'])).toEqual({ kind: 'build-help' });
    expect(parseArgs(['build', '--help'])).toEqual({ kind: 'build-help' });
    expect(parseArgs(['build', 'ctx', '-h'])).toEqual({ kind: 'build-help' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it('reads every build flag in its docker spellings', () => {
    const o = build(
      '--file=Dockerfile.dev', 'ctx', '--target', 'prod', '--build-arg', 'A=1', '--build-arg=B', '--secret', 'id=tok,src=tok.txt',
      '--image', 'local/busybox:latest=bb.tar', '--previous-context', 'old', '--previous-build-arg', 'A=0', '--previous-file', 'Dockerfile.old', '--json',
    );
    expect(o).toEqual({
      context: 'ctx',
      file: 'Dockerfile.dev',
      target: 'prod',
      buildArgs: [{ key: 'A', value: '1' }, { key: 'B', value: null }],
      secrets: [{ id: 'tok', src: 'tok.txt' }],
      images: [{ name: 'local/busybox:latest', file: 'bb.tar' }],
      previousContext: 'old',
      previousFile: 'Dockerfile.old',
      previousBuildArgs: [{ key: 'A', value: '0' }],
      json: true,
    });
  });

  it('accepts -f VALUE, -fVALUE, -f=VALUE and "-" for stdin', () => {
    expect(build('-f', 'a', '.').file).toBe('a');
    expect(build('-fa', '.').file).toBe('a');
    expect(build('-f=a', '.').file).toBe('a');
    expect(build('-f', '-', '.').file).toBe('-');
  });

  it('keeps "=" inside build-arg values and takes "--" as the end of flags', () => {
    expect(build('.', '--build-arg', 'X=a=b').buildArgs).toEqual([{ key: 'X', value: 'a=b' }]);
    expect(build('--', '--weird-dir').context).toBe('--weird-dir');
  });

  it('leaves previous build args unset (null) unless given', () => {
    expect(build('.').previousBuildArgs).toBeNull();
  });

  it('accepts buildx secret forms', () => {
    expect(build('.', '--secret', 'type=env,id=t,env=TOKEN').secrets).toEqual([{ id: 't', env: 'TOKEN' }]);
    expect(build('.', '--secret', 'id=t,source=f').secrets).toEqual([{ id: 't', src: 'f' }]);
  });

  it('rejects bad input with a UsageError', () => {
    usage();
    usage('frobnicate');
    usage('--bogus');
    usage('build');
    usage('build', 'a', 'b');
    usage('build', '.', '--bogus');
    usage('build', '.', '-x');
    usage('build', '.', '--target');
    usage('build', '.', '--target', '--json');
    usage('build', '.', '--target=');
    usage('build', '.', '--json=yes');
    usage('build', '.', '--build-arg', '=v');
    usage('build', '.', '--secret', 'src=f');
    usage('build', '.', '--secret', 'id=t');
    usage('build', '.', '--secret', 'id=t,src=f,env=E');
    usage('build', '.', '--secret', 'id=t,type=ssh,src=f');
    usage('build', '.', '--image', 'name-only');
    usage('build', '.', '--image', '=x.tar');
    usage('build', '.', '--image', 'name=');
  });
});
