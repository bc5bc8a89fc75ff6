// Shell builtins: they change the shell (cwd, env) or only decide an exit status.
import { resolve } from '../../fs/path';
import { registerCommand, ok, fail, type CommandContext } from '../model';
import { readData } from '../files';

let mtimeCounter = 0;
export const nextMtime = () => ++mtimeCounter;

registerCommand({ names: ['true', ':'], builtin: true, run: () => ok() });
registerCommand({ names: ['false'], builtin: true, run: () => ({ status: 1 }) });

registerCommand({
  names: ['cd'],
  builtin: true,
  run(args, ctx) {
    const target = resolve(ctx.cwd, args[0] ?? ctx.user.home);
    if (!ctx.fs.isDir(ctx.fs.realpath(target))) return fail(`/bin/sh: cd: can't cd to ${args[0]}: No such file or directory\n`, 2);
    return { status: 0, cwd: target };
  },
});

registerCommand({
  names: ['export', 'readonly'],
  builtin: true,
  run(args, ctx) {
    for (const a of args) {
      if (a.startsWith('-')) continue;
      const eq = a.indexOf('=');
      if (eq > 0) ctx.env.set(a.slice(0, eq), a.slice(eq + 1));
    }
    return ok();
  },
});

registerCommand({
  names: ['unset'],
  builtin: true,
  run(args, ctx) {
    for (const a of args) if (!a.startsWith('-')) ctx.env.delete(a);
    return ok();
  },
});

registerCommand({
  names: ['sh', 'bash', 'ash', 'dash'],
  run(args, ctx) {
    const c = args.indexOf('-c');
    if (c >= 0) return nestedScript(ctx, args[c + 1] ?? '');
    const file = args.find((a) => !a.startsWith('-'));
    if (!file) return ctx.stdin && 'text' in ctx.stdin ? nestedScript(ctx, ctx.stdin.text) : ok();
    return source(file, ctx);
  },
});

/** busybox APPLET args: the multi-call binary runs the applet named by its first argument. */
registerCommand({
  names: ['busybox'],
  run(args, ctx) {
    if (!args.length) return ok({ unknown: 'the busybox help text' });
    const script = args.map((a) => "'" + a.replace(/'/g, "'\\''") + "'").join(' ');
    return nestedScript(ctx, script);
  },
});

registerCommand({ names: ['.', 'source'], builtin: true, run: (args, ctx) => source(args[0] ?? '', ctx) });

function source(file: string, ctx: CommandContext) {
  const data = readData(ctx.fs, resolve(ctx.cwd, file));
  if (!data) return fail(`/bin/sh: can't open '${file}': No such file or directory\n`, 2);
  if (!('text' in data)) {
    ctx.opaque(`the script ${file} has contents the simulator does not know`);
    return ok();
  }
  return nestedScript(ctx, data.text);
}

/**
 * Shells inside shells (sh -c, sh FILE, . FILE, busybox APPLET) deeper than this are not
 * simulated: a script that runs itself would otherwise recurse until the stack overflows.
 */
const MAX_SHELL_NESTING = 50;
let shellNesting = 0;

function nestedScript(ctx: CommandContext, script: string) {
  const tooDeep = () => {
    ctx.opaque(`shells nested more than ${MAX_SHELL_NESTING} levels deep (a script that runs itself?) are not simulated`);
    return fail(`/bin/sh: shells nested too deeply\n`, 2);
  };
  if (shellNesting >= MAX_SHELL_NESTING) return tooDeep();
  shellNesting++;
  try {
    return ctx.runScript(script);
  } catch (e) {
    // Deep groups inside each of many nested shells can still exhaust the stack.
    if (e instanceof RangeError) return tooDeep();
    throw e;
  } finally {
    shellNesting--;
  }
}

registerCommand({
  names: ['test'],
  builtin: true,
  run(args, ctx) {
    return { status: evaluate(args, ctx) ? 0 : 1 };
  },
});

registerCommand({
  names: ['['],
  builtin: true,
  run(args, ctx) {
    // `[` needs its closing `]` (busybox/dash: "[: missing ]", status 2).
    if (args[args.length - 1] !== ']') return fail('[: missing ]\n', 2);
    return { status: evaluate(args.slice(0, -1), ctx) ? 0 : 1 };
  },
});

function evaluate(a: string[], ctx: CommandContext): boolean {
  if (a[0] === '!') return !evaluate(a.slice(1), ctx);
  const i = a.indexOf('-a');
  if (i > 0) return evaluate(a.slice(0, i), ctx) && evaluate(a.slice(i + 1), ctx);
  const o = a.indexOf('-o');
  if (o > 0) return evaluate(a.slice(0, o), ctx) || evaluate(a.slice(o + 1), ctx);
  if (a.length === 0) return false;
  if (a.length === 1) return a[0] !== '';
  if (a.length === 2) {
    const [op, v] = a as [string, string];
    const path = resolve(ctx.cwd, v);
    const n = ctx.fs.get(ctx.fs.realpath(path));
    switch (op) {
      case '-z': return v === '';
      case '-n': return v !== '';
      case '-e': return !!n;
      case '-f': return n?.type === 'file';
      case '-d': return n?.type === 'dir';
      case '-s': return !!n && n.size > 0;
      case '-x': return !!n && (n.mode & 0o111) !== 0;
      case '-r': case '-w': return !!n;
      case '-L': case '-h': return ctx.fs.get(path)?.type === 'symlink';
    }
    return false;
  }
  const [l, op, r] = a as [string, string, string];
  switch (op) {
    case '=': case '==': return l === r;
    case '!=': return l !== r;
    case '-eq': return Number(l) === Number(r);
    case '-ne': return Number(l) !== Number(r);
    case '-lt': return Number(l) < Number(r);
    case '-le': return Number(l) <= Number(r);
    case '-gt': return Number(l) > Number(r);
    case '-ge': return Number(l) >= Number(r);
  }
  return false;
}
