// Read-only tools whose output is computable from known text and metadata: wc, sort, uniq, head,
// tail, grep, find, stat, readlink. When the input bytes are unknown, so is the output.
import { join, resolve } from '../../fs/path';
import type { Node } from '../../fs/tree';
import { registerCommand, ok, fail, type CommandContext, type CommandResult, type Data } from '../model';
import { concatData, readData } from '../files';

/** The input text of a filter: named files, else stdin. Null when any byte is unknown. */
function input(files: string[], ctx: CommandContext, tool: string): { text: string } | { unknown: true } | { error: CommandResult } {
  const parts: Data[] = [];
  if (!files.length) parts.push(ctx.stdin ?? { text: '' });
  for (const f of files) {
    const d = f === '-' ? ctx.stdin ?? { text: '' } : readData(ctx.fs, resolve(ctx.cwd, f));
    if (!d) return { error: fail(`${tool}: ${f}: No such file or directory\n`) };
    parts.push(d);
  }
  const all = concatData(parts);
  return 'text' in all ? { text: all.text } : { unknown: true };
}

function lines(text: string): string[] {
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
}

const bytewise = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function filter(names: string[], tool: string, run: (text: string, flags: string[], ctx: CommandContext) => CommandResult, takesValue: string[] = []): void {
  registerCommand({
    names,
    run(args, ctx) {
      const flags: string[] = [];
      const files: string[] = [];
      for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        if (a.startsWith('-') && a !== '-') {
          if (takesValue.includes(a)) flags.push(a + (args[++i] ?? ''));
          else flags.push(a);
        } else files.push(a);
      }
      const got = input(tool === 'grep' ? files.slice(1) : files, ctx, tool);
      if ('error' in got) return got.error;
      if ('unknown' in got) return ok({ unknown: `the output of ${tool}` });
      return run(got.text, tool === 'grep' ? [...flags, '=' + (files[0] ?? '')] : flags, ctx);
    },
  });
}

filter(['wc'], 'wc', (text, flags) => {
  const bytes = new TextEncoder().encode(text).length;
  const counts = { l: lines(text).length, w: text.split(/\s+/).filter(Boolean).length, c: bytes };
  const f = flags.join('');
  const pick = (['l', 'w', 'c'] as const).filter((k) => f.includes(k));
  const shown = pick.length ? pick : (['l', 'w', 'c'] as const);
  // busybox pads columns only when printing more than one count.
  const text2 = shown.length === 1 ? String(counts[shown[0]!]) : shown.map((k) => String(counts[k]).padStart(7)).join(' ');
  return ok({ text: text2 + '\n' });
});

filter(['sort'], 'sort', (text, flags) => {
  const f = flags.join('');
  let out = lines(text).sort(f.includes('n') ? (a, b) => parseFloat(a) - parseFloat(b) || bytewise(a, b) : bytewise);
  if (f.includes('r')) out.reverse();
  if (f.includes('u')) out = out.filter((l, i) => i === 0 || l !== out[i - 1]);
  return ok({ text: out.map((l) => l + '\n').join('') });
});

filter(['uniq'], 'uniq', (text) => ok({ text: lines(text).filter((l, i, all) => i === 0 || l !== all[i - 1]).map((l) => l + '\n').join('') }));

function headTail(tail: boolean) {
  return (text: string, flags: string[]) => {
    const n = Number(/^-n?(\d+)$/.exec(flags.find((f) => /^-n?\d+$/.test(f)) ?? '-10')?.[1] ?? 10);
    const l = lines(text);
    return ok({ text: (tail ? l.slice(Math.max(0, l.length - n)) : l.slice(0, n)).map((x) => x + '\n').join('') });
  };
}
filter(['head'], 'head', headTail(false), ['-n']);
filter(['tail'], 'tail', headTail(true), ['-n']);

filter(['grep', 'egrep', 'fgrep'], 'grep', (text, flags) => {
  const pattern = flags.find((f) => f.startsWith('='))!.slice(1);
  const f = flags.filter((x) => !x.startsWith('=')).join('');
  let re: RegExp;
  try {
    re = f.includes('F') ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), f.includes('i') ? 'i' : '') : new RegExp(pattern, f.includes('i') ? 'i' : '');
  } catch {
    return ok({ unknown: 'the output of grep' });
  }
  const hits = lines(text).filter((l) => re.test(l) !== f.includes('v'));
  const status = hits.length ? 0 : 1;
  if (f.includes('q')) return { status };
  if (f.includes('c')) return { status, stdout: { text: `${hits.length}\n` } };
  return { status, stdout: { text: hits.map((l) => l + '\n').join('') } };
});

registerCommand({
  names: ['readlink'],
  run(args, ctx) {
    const canon = args.includes('-f') || args.includes('-e') || args.includes('-m');
    const target = args.find((a) => !a.startsWith('-'));
    if (!target) return fail('readlink: missing operand\n');
    const path = resolve(ctx.cwd, target);
    if (canon) return ok({ text: ctx.fs.realpath(path) + '\n' });
    const n = ctx.fs.get(path);
    return n?.type === 'symlink' ? ok({ text: n.link + '\n' }) : { status: 1 };
  },
});

/** find PATH... [-name GLOB] [-type f|d|l] [-maxdepth N]: paths in walk order (busybox: no sorting). */
registerCommand({
  names: ['find'],
  run(args, ctx) {
    const roots: string[] = [];
    let i = 0;
    for (; i < args.length && !args[i]!.startsWith('-'); i++) roots.push(args[i]!);
    const tests: ((path: string, n: Node, depth: number) => boolean)[] = [];
    let maxdepth = Infinity;
    for (; i < args.length; i++) {
      const a = args[i]!;
      const v = args[i + 1] ?? '';
      if (a === '-name') {
        const re = globRe(v);
        tests.push((p) => re.test(p.slice(p.lastIndexOf('/') + 1)));
        i++;
      } else if (a === '-type') {
        tests.push((_p, n) => (v === 'f' ? n.type === 'file' : v === 'd' ? n.type === 'dir' : v === 'l' ? n.type === 'symlink' : false));
        i++;
      } else if (a === '-maxdepth') {
        maxdepth = Number(v);
        i++;
      } else if (a === '-print') continue;
      else return ok({ unknown: `the output of find ${a}` });
    }
    let text = '';
    for (const root of roots.length ? roots : ['.']) {
      const abs = resolve(ctx.cwd, root);
      const n = ctx.fs.get(abs);
      if (!n) return fail(`find: ${root}: No such file or directory\n`);
      const visit = (path: string, shown: string, node: Node, depth: number) => {
        if (tests.every((t) => t(path, node, depth))) text += shown + '\n';
        if (node.type !== 'dir' || depth >= maxdepth) return;
        // Directory order on overlayfs is not sorted; the simulator lists names sorted.
        for (const name of ctx.fs.list(path)) {
          const child = join(path, name);
          const c = ctx.fs.get(child);
          if (c) visit(child, shown.endsWith('/') ? shown + name : shown + '/' + name, c, depth + 1);
        }
      };
      visit(abs, root, n, 0);
    }
    return ok({ text });
  },
});

function globRe(glob: string): RegExp {
  return new RegExp('^' + glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
}

/** stat -c FORMAT: %a %A %u %g %U %G %n %N %s %F %%. */
registerCommand({
  names: ['stat'],
  run(args, ctx) {
    let format: string | null = null;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '-c') format = args[++i] ?? '';
      else if (a.startsWith('--format=') || a.startsWith('-c')) format = a.replace(/^--format=|^-c/, '');
      else if (a === '-L') continue;
      else if (!a.startsWith('-')) files.push(a);
    }
    if (format === null) return ok({ unknown: 'the output of stat' });
    let text = '';
    for (const f of files) {
      const n = ctx.fs.get(resolve(ctx.cwd, f));
      if (!n) return fail(`stat: can't stat '${f}': No such file or directory\n`);
      const user = (uid: number) => passwdName(ctx, uid, '/etc/passwd') ?? 'UNKNOWN';
      const group = (gid: number) => passwdName(ctx, gid, '/etc/group') ?? 'UNKNOWN';
      text +=
        format.replace(/%([aAugUGnNsF%])/g, (_m, c: string) => {
          switch (c) {
            case 'a': return (n.mode & 0o7777).toString(8);
            case 'A': return modeString(n);
            case 'u': return String(n.uid);
            case 'g': return String(n.gid);
            case 'U': return user(n.uid);
            case 'G': return group(n.gid);
            case 'n': return f;
            case 'N': return n.type === 'symlink' ? `'${f}' -> '${n.link}'` : `'${f}'`;
            case 's': return String(n.type === 'file' ? n.size : n.type === 'symlink' ? (n.link ?? '').length : 4096);
            case 'F': return n.type === 'file' ? (n.size ? 'regular file' : 'regular empty file') : n.type === 'dir' ? 'directory' : 'symbolic link';
            default: return '%';
          }
        }) + '\n';
    }
    return ok({ text });
  },
});

function passwdName(ctx: CommandContext, id: number, file: string): string | null {
  const d = readData(ctx.fs, file);
  if (!d || !('text' in d)) return null;
  for (const line of d.text.split('\n')) {
    const f = line.split(':');
    if (f[2] === String(id)) return f[0] ?? null;
  }
  return null;
}

function modeString(n: Node): string {
  const t = n.type === 'dir' ? 'd' : n.type === 'symlink' ? 'l' : '-';
  let s = '';
  for (let shift = 6; shift >= 0; shift -= 3) {
    const b = (n.mode >> shift) & 7;
    s += (b & 4 ? 'r' : '-') + (b & 2 ? 'w' : '-') + (b & 1 ? 'x' : '-');
  }
  return t + s;
}
