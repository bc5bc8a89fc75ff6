// The build context as BuildKit receives it: .dockerignore applied with Docker's matching
// rules (OBSERVED.md §5 case 33, §8 case 34; FACTS.md "Stages and cache").
import { describe, expect, it } from 'vitest';
import { BuildContext, clean } from '../../../../src/engine/context/context';
import { ctx, file, ok, run, under } from '../fixtures';

/** The context of conformance case 33. */
const CASE_33 = {
  '.dockerignore': '# comment lines are ignored\n*.log\n!keep.log\nignoreddir\nsrc/**/*.log\n',
  'src/app.js': 'src/app.js\n',
  'src/app.log': 'src/app.log\n',
  'README.md': 'README.md\n',
  'keep.log': 'keep.log\n',
  'sub/nested.log': 'sub/nested.log\n',
  'sub/keep.txt': 'sub/keep.txt\n',
  'sub/deeper/deep.log': 'sub/deeper/deep.log\n',
  'root.log': 'root.log\n',
  'ignoreddir/x.txt': 'ignoreddir/x.txt\n',
};

const sentFiles = (c: BuildContext) => c.walk('').filter((f) => f.type === 'file').map((f) => f.path);

describe('.dockerignore (OBSERVED §5, case 33)', () => {
  const c = new BuildContext(ctx(CASE_33));

  it('sends exactly what BuildKit sent', () => {
    expect(sentFiles(c)).toEqual(['.dockerignore', 'README.md', 'keep.log', 'src/app.js', 'sub/deeper/deep.log', 'sub/keep.txt', 'sub/nested.log']);
  });

  it('*.log matches only at the context root; !keep.log re-includes', () => {
    expect(c.get('root.log')).toBeUndefined();
    expect(c.get('keep.log')?.type).toBe('file');
    expect(c.get('sub/nested.log')?.type).toBe('file');
  });

  it('a directory name excludes the directory and everything in it', () => {
    expect(c.get('ignoreddir')).toBeUndefined();
    expect(c.get('ignoreddir/x.txt')).toBeUndefined();
    expect(c.list('')).not.toContain('ignoreddir');
  });

  it('src/**/*.log excludes logs at any depth under src, including directly in it', () => {
    expect(c.get('src/app.log')).toBeUndefined();
  });

  it('reports what it ignored', () => {
    expect([...c.ignored].sort()).toEqual(['ignoreddir', 'ignoreddir/x.txt', 'root.log', 'src/app.log']);
  });

  it('COPY . copies the sent files, .dockerignore included', () => {
    const r = ok('FROM local/busybox:latest\nCOPY . /ctx/', { files: CASE_33 });
    const files = under(r, '/ctx').filter((p) => file(r, p)!.type === 'file');
    expect(files).toEqual(['/ctx/.dockerignore', '/ctx/README.md', '/ctx/keep.log', '/ctx/src/app.js', '/ctx/sub/deeper/deep.log', '/ctx/sub/keep.txt', '/ctx/sub/nested.log']);
  });

  it('COPY of an ignored file fails exactly like a missing one (OBSERVED §8, case 34)', () => {
    const r = run('FROM local/busybox:latest\nCOPY ok.txt /ok.txt\nCOPY notes.log /notes.log', {
      files: { '.dockerignore': '*.log\nsecretdir\n', 'notes.log': 'n', 'ok.txt': 'ok', 'secretdir/s.txt': 's' },
    });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('"/notes.log": not found');
    expect(r.error?.line).toBe(3);
  });
});

describe('re-included files and implied directories', () => {
  it('a re-included file inside an excluded directory is sent, with its directory', () => {
    const c = new BuildContext(ctx({ '.dockerignore': 'docs\n!docs/keep.md\n', 'docs/a.md': 'a', 'docs/keep.md': 'k' }));
    expect(sentFiles(c)).toEqual(['.dockerignore', 'docs/keep.md']);
    expect(c.get('docs')?.type).toBe('dir');
    expect(c.list('docs')).toEqual(['keep.md']);
  });

  it('later rules win: exclude, re-include, exclude again', () => {
    const c = new BuildContext(ctx({ '.dockerignore': '*.md\n!*.md\nREADME.md\n', 'README.md': 'r', 'CHANGES.md': 'c' }));
    expect(sentFiles(c)).toEqual(['.dockerignore', 'CHANGES.md']);
  });

  it('leading / and ./ in patterns are the context root', () => {
    const c = new BuildContext(ctx({ '.dockerignore': '/abs.txt\n./dot.txt\n', 'abs.txt': '', 'dot.txt': '', 'keep.txt': '' }));
    expect(sentFiles(c)).toEqual(['.dockerignore', 'keep.txt']);
  });

  it('**/ matches at any depth; the directories stay (empty)', () => {
    const c = new BuildContext(ctx({ '.dockerignore': '**/*.tmp\n', 'a/b/c.tmp': '', 'x.tmp': '', 'a/keep': '' }));
    expect(sentFiles(c)).toEqual(['.dockerignore', 'a/keep']);
    expect(c.get('a/b')?.type).toBe('dir');
  });

  it('parent directories of files exist without being listed (0755)', () => {
    const c = new BuildContext(ctx({ 'a/b/c.txt': 'x' }));
    expect(c.walk('').map((f) => `${f.path}:${f.type}:${f.mode.toString(8)}`)).toEqual(['a:dir:755', 'a/b:dir:755', 'a/b/c.txt:file:644']);
  });

  it('without a .dockerignore everything is sent', () => {
    const c = new BuildContext(ctx({ 'x.log': '', 'y/z.log': '' }));
    expect(sentFiles(c)).toEqual(['x.log', 'y/z.log']);
    expect(c.ignored).toEqual([]);
  });
});

describe('entries', () => {
  it('sizes default to the UTF-8 length of the content', () => {
    const c = new BuildContext(ctx({ 'u.txt': 'héllo' }));
    expect(c.get('u.txt')?.size).toBe(6);
  });

  it('equal content has equal identity, different content a different one', () => {
    const c = new BuildContext(ctx({ a: 'same', b: 'same', d: 'diff' }));
    expect(c.get('a')!.data).toBe(c.get('b')!.data);
    expect(c.get('a')!.data).not.toBe(c.get('d')!.data);
  });

  it('resolve follows symlinks inside the context (relative to the link)', () => {
    const c = new BuildContext([
      { path: 'real/target.txt', type: 'file', content: 't' },
      { path: 'link-to-file.txt', type: 'symlink', link: 'real/target.txt' },
      { path: 'link-to-dir', type: 'symlink', link: 'real' },
      { path: 'real/up', type: 'symlink', link: '../link-to-file.txt' },
    ]);
    expect(c.resolve('link-to-file.txt')?.path).toBe('real/target.txt');
    expect(c.resolve('link-to-dir')?.path).toBe('real');
    expect(c.resolve('real/up')?.path).toBe('real/target.txt');
    expect(c.get('link-to-file.txt')?.type).toBe('symlink');
  });

  it('a symlink loop resolves to something finite', () => {
    const c = new BuildContext([
      { path: 'a', type: 'symlink', link: 'b' },
      { path: 'b', type: 'symlink', link: 'a' },
    ]);
    expect(() => c.resolve('a')).not.toThrow();
  });

  it('clean: context-relative form', () => {
    expect(clean('./a//b/')).toBe('a/b');
    expect(clean('/x/../y')).toBe('y');
    expect(clean('.')).toBe('');
  });
});
