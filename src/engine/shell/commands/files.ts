// POSIX file utilities as busybox/coreutils behave: mkdir, rm, rmdir, cp, mv, touch, ln, chmod,
// chown, chgrp, dd. Messages follow busybox, the shell of the images lessons use most.
import { basename, dirname, join, resolve } from '../../fs/path';
import type { Node } from '../../fs/tree';
import { registerCommand, ok, fail, type CommandContext, type CommandResult } from '../model';
import { dirNode, fileNode, restamp } from '../files';
import { nextMtime } from './builtins';

/** Splits "-rf" style flags from operands ("--" ends flags). */
function options(args: string[]): { flags: Set<string>; operands: string[]; values: Map<string, string> } {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const operands: string[] = [];
  let done = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (done || !a.startsWith('-') || a === '-') operands.push(a);
    else if (a === '--') done = true;
    else if (a.startsWith('--')) flags.add(a);
    else if (a === '-m' || a === '-o' || a === '-g') values.set(a, args[++i] ?? '');
    else for (const f of a.slice(1)) flags.add(f);
  }
  return { flags, operands, values };
}

const abs = (ctx: CommandContext, p: string) => resolve(ctx.cwd, p);

registerCommand({
  names: ['mkdir'],
  run(args, ctx) {
    const { flags, operands, values } = options(args);
    const parents = flags.has('p') || flags.has('--parents');
    const mode = values.has('-m') ? parseMode(values.get('-m')!, 0o777) : 0o755;
    for (const op of operands) {
      const path = ctx.fs.realpath(abs(ctx, op));
      if (ctx.fs.has(path)) {
        if (parents && ctx.fs.isDir(path)) continue;
        return fail(`mkdir: can't create directory '${op}': File exists\n`);
      }
      if (!ctx.fs.isDir(ctx.fs.realpath(dirname(path)))) {
        if (!parents) return fail(`mkdir: can't create directory '${op}': No such file or directory\n`);
        const err = mkdirP(ctx, dirname(path));
        if (err) return fail(`mkdir: can't create directory '${op}': ${err}\n`);
      }
      ctx.fs.set(path, dirNode(ctx, mode));
    }
    return ok();
  },
});

function mkdirP(ctx: CommandContext, dir: string): string | null {
  if (dir === '/' || ctx.fs.isDir(ctx.fs.realpath(dir))) return null;
  if (ctx.fs.has(dir)) return 'Not a directory';
  const err = mkdirP(ctx, dirname(dir));
  if (err) return err;
  ctx.fs.set(dir, dirNode(ctx));
  return null;
}

registerCommand({
  names: ['rm'],
  run(args, ctx) {
    const { flags, operands } = options(args);
    const recursive = flags.has('r') || flags.has('R') || flags.has('--recursive');
    const force = flags.has('f') || flags.has('--force');
    let status = 0;
    let stderr = '';
    for (const op of operands) {
      const path = abs(ctx, op);
      const parent = ctx.fs.realpath(dirname(path));
      const target = join(parent, basename(path));
      const n = ctx.fs.get(target);
      if (!n || path === '/') {
        if (!force || path === '/') {
          status = 1;
          stderr += `rm: can't remove '${op}': No such file or directory\n`;
        }
        continue;
      }
      if (n.type === 'dir' && !recursive) {
        status = 1;
        stderr += `rm: '${op}' is a directory\n`;
        continue;
      }
      ctx.fs.remove(target);
    }
    return { status, stderr };
  },
});

registerCommand({
  names: ['rmdir'],
  run(args, ctx) {
    for (const op of options(args).operands) {
      const path = ctx.fs.realpath(abs(ctx, op));
      if (!ctx.fs.isDir(path)) return fail(`rmdir: '${op}': No such file or directory\n`);
      if (ctx.fs.list(path).length) return fail(`rmdir: '${op}': Directory not empty\n`);
      ctx.fs.remove(path);
    }
    return ok();
  },
});

registerCommand({
  names: ['touch'],
  run(args, ctx) {
    for (const op of options(args).operands) {
      const path = ctx.fs.realpath(abs(ctx, op));
      const n = ctx.fs.get(path);
      if (n) ctx.fs.set(path, restamp(ctx, n, { mtime: nextMtime() }));
      else if (!ctx.fs.isDir(ctx.fs.realpath(dirname(path)))) return fail(`touch: ${op}: No such file or directory\n`);
      else ctx.fs.set(path, fileNode(ctx, { text: '' }));
    }
    return ok();
  },
});

/** cp and mv share the "copy one tree" walk. */
function copyTree(ctx: CommandContext, from: string, to: string, opts: { preserve: boolean; deref: boolean; keepOrigin: boolean }): void {
  const src = ctx.fs.get(opts.deref ? ctx.fs.realpath(from) : from)!;
  const existing = ctx.fs.get(to);
  let node: Node;
  if (src.type === 'dir') {
    node = opts.preserve ? restamp(ctx, src) : existing?.type === 'dir' ? existing : dirNode(ctx, src.mode & 0o755 | 0o700);
  } else if (opts.preserve || opts.keepOrigin) {
    node = restamp(ctx, src);
  } else {
    // A plain cp writes new bytes owned by the caller; an existing target keeps its mode/owner.
    node = { ...restamp(ctx, src, { origin: src.origin }), mode: existing ? existing.mode : src.mode & ~0o022, uid: existing?.uid ?? ctx.user.uid, gid: existing?.gid ?? ctx.user.gid, mtime: nextMtime() };
  }
  if (!(src.type === 'dir' && existing?.type === 'dir' && node === existing)) ctx.fs.set(to, node);
  if (src.type === 'dir') {
    for (const name of ctx.fs.list(from)) copyTree(ctx, join(from, name), join(to, name), { ...opts, deref: false });
  }
}

function copyOrMove(name: 'cp' | 'mv', args: string[], ctx: CommandContext): CommandResult {
  const { flags, operands } = options(args);
  const recursive = name === 'mv' || flags.has('r') || flags.has('R') || flags.has('a') || flags.has('--recursive') || flags.has('--archive');
  const preserve = flags.has('a') || flags.has('p') || flags.has('--archive') || flags.has('--preserve');
  if (operands.length < 2) return fail(`${name}: missing file operand\n`);
  const dest = abs(ctx, operands[operands.length - 1]!);
  const destReal = ctx.fs.realpath(dest);
  const destIsDir = ctx.fs.isDir(destReal);
  const sources = operands.slice(0, -1);
  if (sources.length > 1 && !destIsDir) return fail(`${name}: '${operands[operands.length - 1]}' is not a directory\n`);
  for (const op of sources) {
    const from = abs(ctx, op);
    const n = ctx.fs.get(from);
    if (!n) return fail(`${name}: can't stat '${op}': No such file or directory\n`);
    const deref = name === 'cp' && !(flags.has('a') || flags.has('P') || flags.has('d')) && (!recursive || n.type !== 'symlink' || from === abs(ctx, op));
    const realFrom = deref ? ctx.fs.realpath(from) : from;
    if (ctx.fs.get(realFrom)?.type === 'dir' && !recursive) return fail(`cp: omitting directory '${op}'\n`);
    const to = destIsDir ? join(destReal, basename(from)) : destReal;
    if (!ctx.fs.isDir(ctx.fs.realpath(dirname(to)))) return fail(`${name}: can't create '${to}': No such file or directory\n`);
    if (to === realFrom || to.startsWith(realFrom + '/')) return fail(`${name}: can't copy a directory into itself\n`);
    copyTree(ctx, from, to, { preserve: preserve || name === 'mv', deref, keepOrigin: name === 'mv' });
    if (name === 'mv') ctx.fs.remove(from);
  }
  return ok();
}

registerCommand({ names: ['cp'], run: (args, ctx) => copyOrMove('cp', args, ctx) });
registerCommand({ names: ['mv'], run: (args, ctx) => copyOrMove('mv', args, ctx) });

registerCommand({
  names: ['ln'],
  run(args, ctx) {
    const { flags, operands } = options(args);
    if (operands.length < 2) return fail('ln: missing file operand\n');
    const target = operands[0]!;
    let link = abs(ctx, operands[1]!);
    if (ctx.fs.isDir(ctx.fs.realpath(link)) && !flags.has('n')) link = join(ctx.fs.realpath(link), basename(target));
    if (ctx.fs.has(link)) {
      if (!flags.has('f')) return fail(`ln: ${operands[1]}: File exists\n`);
      ctx.fs.remove(link);
    }
    if (flags.has('s')) {
      ctx.fs.set(link, { type: 'symlink', size: 0, mode: 0o777, uid: ctx.user.uid, gid: ctx.user.gid, link: target, data: 'link:' + target, origin: ctx.origin, layer: ctx.layer });
      return ok();
    }
    const src = ctx.fs.get(ctx.fs.realpath(abs(ctx, target)));
    if (!src) return fail(`ln: ${target}: No such file or directory\n`);
    ctx.fs.set(link, restamp(ctx, src));
    return ok();
  },
});

registerCommand({
  names: ['chmod'],
  run(args, ctx) {
    const recursive = args.includes('-R');
    const rest = args.filter((a) => a !== '-R' && a !== '-f' && a !== '-v');
    const spec = rest[0];
    if (!spec) return fail('chmod: missing operand\n');
    for (const op of rest.slice(1)) {
      const path = ctx.fs.realpath(abs(ctx, op));
      if (!ctx.fs.has(path)) return fail(`chmod: ${op}: No such file or directory\n`);
      for (const p of recursive && ctx.fs.isDir(path) ? [path, ...ctx.fs.walk(path)] : [path]) {
        const n = ctx.fs.get(p)!;
        if (n.type === 'symlink') continue;
        const mode = parseMode(spec, n.mode, n.type === 'dir');
        if (Number.isNaN(mode)) return fail(`chmod: invalid mode '${spec}'\n`);
        if (mode !== n.mode) ctx.fs.set(p, restamp(ctx, n, { mode }));
      }
    }
    return ok();
  },
});

function ownership(name: 'chown' | 'chgrp', args: string[], ctx: CommandContext): CommandResult {
  const recursive = args.includes('-R');
  const rest = args.filter((a) => !/^-[RhfvH]+$/.test(a));
  const spec = rest[0];
  if (!spec) return fail(`${name}: missing operand\n`);
  let uid: number | null = null;
  let gid: number | null = null;
  const [u, g] = name === 'chgrp' ? ['', spec] : spec.split(/[:.]/, 2);
  if (u) {
    const user = /^\d+$/.test(u) ? { uid: Number(u), gid: null } : ctx.lookupUser(u);
    if (!user) return fail(`${name}: unknown user ${u}\n`);
    uid = user.uid;
    if (spec.endsWith(':') && user.gid !== null) gid = user.gid;
  }
  if (g) {
    gid = /^\d+$/.test(g) ? Number(g) : ctx.lookupGroup(g);
    if (gid === null) return fail(`${name}: unknown group ${g}\n`);
  }
  for (const op of rest.slice(1)) {
    const path = abs(ctx, op);
    const real = ctx.fs.realpath(path);
    if (!ctx.fs.has(real)) return fail(`${name}: ${op}: No such file or directory\n`);
    for (const p of recursive && ctx.fs.isDir(real) ? [real, ...ctx.fs.walk(real)] : [real]) {
      const n = ctx.fs.get(p)!;
      const next = { uid: uid ?? n.uid, gid: gid ?? n.gid };
      if (next.uid !== n.uid || next.gid !== n.gid) ctx.fs.set(p, restamp(ctx, n, next));
    }
  }
  return ok();
}

registerCommand({ names: ['chown'], run: (args, ctx) => ownership('chown', args, ctx) });
registerCommand({ names: ['chgrp'], run: (args, ctx) => ownership('chgrp', args, ctx) });

registerCommand({
  names: ['dd'],
  run(args, ctx) {
    const opts = new Map(args.map((a) => a.split('=', 2) as [string, string]));
    const bs = size(opts.get('bs') ?? '512');
    const count = opts.has('count') ? size(opts.get('count')!) : null;
    const input = opts.get('if');
    let bytes: number | undefined;
    if (input === '/dev/zero' || input === '/dev/urandom' || input === '/dev/random') {
      if (count === null) return fail('dd: reading an endless device needs count=\n');
      bytes = bs * count;
    } else if (input) {
      const n = ctx.fs.get(ctx.fs.realpath(abs(ctx, input)));
      if (!n) return fail(`dd: can't open '${input}': No such file or directory\n`);
      bytes = count === null ? n.size : Math.min(n.size, bs * count);
    } else {
      bytes = undefined;
    }
    const data = bytes === undefined ? { unknown: 'dd input' } : { unknown: input === '/dev/zero' ? 'zero bytes' : 'binary data', size: bytes };
    const out = opts.get('of');
    if (!out) return ok(data);
    const path = ctx.fs.realpath(abs(ctx, out));
    if (!ctx.fs.isDir(ctx.fs.realpath(dirname(path)))) return fail(`dd: can't open '${out}': No such file or directory\n`);
    ctx.fs.set(path, fileNode(ctx, data, 0o644, ctx.fs.get(path)));
    return { status: 0, stderr: '' };
  },
});

function size(v: string): number {
  const m = /^(\d+)([a-zA-Z]*)$/.exec(v);
  if (!m) return 0;
  const unit: Record<string, number> = { '': 1, c: 1, w: 2, b: 512, k: 1024, K: 1024, kB: 1000, KB: 1000, M: 1024 ** 2, MB: 1e6, G: 1024 ** 3, GB: 1e9 };
  return Number(m[1]) * (unit[m[2]!] ?? 1);
}

/** Octal ("755") or symbolic ("u+x,go-w", "+x", "a=rX") modes. */
export function parseMode(spec: string, current: number, isDir = false): number {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let mode = current;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    if (!m) return NaN;
    const who = m[1] || 'a';
    let bits = 0;
    for (const p of m[3]!) {
      const r = p === 'r' ? 4 : p === 'w' ? 2 : p === 'x' || (p === 'X' && (isDir || current & 0o111)) ? 1 : 0;
      for (const w of who === 'a' ? 'ugo' : who) bits |= r << (w === 'u' ? 6 : w === 'g' ? 3 : 0);
      if (p === 's') bits |= (who.includes('u') || who === 'a' ? 0o4000 : 0) | (who.includes('g') || who === 'a' ? 0o2000 : 0);
      if (p === 't') bits |= 0o1000;
    }
    // Without an explicit "who", + and - respect the umask (022) for w, as chmod does.
    if (!m[1] && m[2] !== '=') bits &= ~0o022;
    let mask = 0;
    for (const w of who === 'a' ? 'ugo' : who) mask |= 7 << (w === 'u' ? 6 : w === 'g' ? 3 : 0);
    if (m[2] === '+') mode |= bits;
    else if (m[2] === '-') mode &= ~bits;
    else mode = (mode & ~mask) | bits;
  }
  return mode;
}
