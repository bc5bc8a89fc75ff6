// Commands that produce or pass on text: echo, printf, cat, tee, and read-only tools whose
// output the simulator cannot know (that only matters if it is written to a file).
import { basename, dirname, resolve } from '../../fs/path';
import { registerCommand, ok, fail, type CommandContext, type Data } from '../model';
import { concatData, readData, writeData } from '../files';

/** Debian's /bin/sh is dash, whose echo interprets backslash escapes; busybox ash's does not. */
function shellIsDash(ctx: CommandContext): boolean {
  const sh = ctx.fs.get('/bin/sh') ?? ctx.fs.get('/usr/bin/sh');
  return sh?.type === 'symlink' && basename(sh.link ?? '') === 'dash';
}

registerCommand({
  names: ['echo'],
  builtin: true,
  run(args, ctx) {
    let newline = true;
    let escapes = shellIsDash(ctx);
    let i = 0;
    for (; i < args.length && /^-[neE]+$/.test(args[i]!); i++) {
      for (const f of args[i]!.slice(1)) {
        if (f === 'n') newline = false;
        else if (f === 'e') escapes = true;
        else escapes = false;
      }
    }
    let text = args.slice(i).join(' ');
    if (escapes) {
      const cut = text.indexOf('\\c');
      if (cut >= 0) {
        text = text.slice(0, cut);
        newline = false;
      }
      text = unescape(text);
    }
    return ok({ text: text + (newline ? '\n' : '') });
  },
});

registerCommand({
  names: ['printf'],
  builtin: true,
  run(args) {
    if (!args.length) return fail('printf: usage: printf FORMAT [ARGUMENT...]\n', 2);
    return ok({ text: printf(args[0]!, args.slice(1)) });
  },
});

export function printf(format: string, values: string[]): string {
  let out = '';
  let vi = 0;
  do {
    out += format.replace(/%([-+ #0]*\d*(?:\.\d+)?)([sdibxXoc%])|\\(0[0-7]{0,3}|[\\abfnrtv"])/g, (m, flags: string, conv: string, esc: string) => {
      if (esc !== undefined) return unescape('\\' + esc);
      if (conv === '%') return '%';
      const v = values[vi++] ?? '';
      let s: string;
      if (conv === 's') s = v;
      else if (conv === 'b') s = unescape(v);
      else if (conv === 'c') s = v.slice(0, 1);
      else {
        const n = parseInt(v, 10) || 0;
        s = conv === 'x' ? n.toString(16) : conv === 'X' ? n.toString(16).toUpperCase() : conv === 'o' ? n.toString(8) : String(n);
      }
      const width = /(\d+)/.exec(flags)?.[1];
      if (width) s = flags.includes('-') ? s.padEnd(Number(width)) : s.padStart(Number(width), flags.startsWith('0') && conv !== 's' ? '0' : ' ');
      return s;
    });
  } while (vi > 0 && vi < values.length);
  return out;
}

function unescape(s: string): string {
  return s.replace(/\\(0[0-7]{0,3}|[\\abfnrtv"])/g, (_, e: string) => {
    if (e.startsWith('0')) return String.fromCharCode(parseInt(e, 8) || 0);
    return ({ '\\': '\\', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"' } as Record<string, string>)[e]!;
  });
}

registerCommand({
  names: ['cat'],
  run(args, ctx) {
    const files = args.filter((a) => !a.startsWith('-') || a === '-');
    if (!files.length) return ok(ctx.stdin ?? { text: '' });
    const parts: Data[] = [];
    for (const f of files) {
      if (f === '-') {
        parts.push(ctx.stdin ?? { text: '' });
        continue;
      }
      const d = readData(ctx.fs, resolve(ctx.cwd, f));
      if (!d) return fail(`cat: can't open '${f}': No such file or directory\n`);
      parts.push(d);
    }
    return ok(concatData(parts));
  },
});

registerCommand({
  names: ['tee'],
  run(args, ctx) {
    const append = args.includes('-a');
    const input = ctx.stdin ?? { text: '' };
    for (const f of args.filter((a) => !a.startsWith('-'))) {
      const err = writeData(ctx, resolve(ctx.cwd, f), input, append);
      if (err) return fail(err.replace(/^\/bin\/sh:/, 'tee:'));
    }
    return ok(input);
  },
});

/** ls without -l: one name per line (stdout is not a terminal), sorted bytewise as in the C locale. */
registerCommand({
  names: ['ls'],
  run(args, ctx) {
    const flags = args.filter((a) => a.startsWith('-') && a !== '-').join('');
    if (/[lRsnihStrcu]/.test(flags.replace(/-/g, ''))) return ok({ unknown: 'the output of ls ' + flags });
    const all = flags.includes('a');
    const almost = flags.includes('A');
    const dirOnly = flags.includes('d');
    const operands = args.filter((a) => !a.startsWith('-') || a === '-');
    const targets = operands.length ? operands : ['.'];
    const blocks: string[] = [];
    const files: string[] = [];
    let status = 0;
    let stderr = '';
    for (const t of targets) {
      const path = ctx.fs.realpath(resolve(ctx.cwd, t));
      const n = ctx.fs.get(path);
      if (!n) {
        status = 1;
        stderr += `ls: ${t}: No such file or directory\n`;
        continue;
      }
      if (n.type !== 'dir' || dirOnly) {
        files.push(t);
        continue;
      }
      const names = ctx.fs.list(path).filter((x) => all || almost || !x.startsWith('.'));
      if (all) names.unshift('.', '..');
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      blocks.push((targets.length > 1 ? `${t}:\n` : '') + names.map((x) => x + '\n').join(''));
    }
    files.sort();
    const text = [files.map((f) => f + '\n').join(''), ...blocks].filter(Boolean).join('\n');
    return { status, stdout: { text }, stderr };
  },
});

registerCommand({ names: ['pwd'], builtin: true, run: (_a, ctx) => ok({ text: ctx.cwd + '\n' }) });
registerCommand({ names: ['whoami'], run: (_a, ctx) => ok({ text: ctx.user.name + '\n' }) });
registerCommand({ names: ['basename'], run: (a) => ok({ text: basename(a[0] ?? '').replace(a[1] ?? '\0', '') + '\n' }) });
registerCommand({ names: ['dirname'], run: (a) => ok({ text: dirname(a[0] ?? '.') + '\n' }) });
registerCommand({
  names: ['id'],
  run(a, ctx) {
    if (a.includes('-u')) return ok({ text: `${ctx.user.uid}\n` });
    if (a.includes('-g')) return ok({ text: `${ctx.user.gid}\n` });
    return ok({ unknown: 'the output of id' });
  },
});

/** Tools that only read: no filesystem effect, output unknown to the simulator. */
registerCommand({
  names: [
    'which', 'uname', 'date',
    'hostname', 'env', 'printenv', 'sleep', 'ps', 'df', 'du', 'file', 'md5sum', 'sha256sum', 'sha1sum', 'diff',
    'cmp', 'tr', 'cut', 'nproc', 'free', 'uptime', 'tty', 'cksum', 'od', 'hexdump', 'xxd', 'strings', 'ldd',
    'realpath', 'seq', 'yes', 'expr', 'tac', 'rev', 'nl', 'fold', 'base64',
  ],
  run(args, ctx) {
    void args;
    void ctx;
    return ok({ unknown: 'command output' });
  },
});
