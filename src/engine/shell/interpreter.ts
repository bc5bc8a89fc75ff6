// Runs a parsed script against the RUN step's filesystem: expansion, redirections, pipes,
// && || ; and exit statuses as /bin/sh -c would (no `set -e` unless the script sets it).
import { resolve } from '../fs/path';
import { ReadOnlyError } from '../fs/view';
import { findCommand, type CommandContext, type CommandResult, type Data } from './model';
import { parseScript, ShellSyntaxError, wordText, type Command, type List, type Pipeline, type Redirect, type Word } from './syntax';
import { expandWord, expandWords, UnsupportedExpansion, type ExpandContext } from './expand';
import { concatData, readData, writeData } from './files';

export interface ScriptResult {
  status: number;
  stderr: string;
  /** What the script printed (not redirected): the value of a command substitution. */
  stdout: Data;
}

/** Upper bound on commands one RUN may execute: a guard against runaway nesting (sh -c in sh -c). */
const MAX_COMMANDS = 10_000;

export class Interpreter {
  private executed = 0;
  private errexit = false;
  private stderr = '';
  private out: Data[] = [];
  private expanding: ExpandContext | null = null;

  constructor(
    private readonly ctx: Omit<CommandContext, 'stdin' | 'runScript'>,
    private readonly opts: { assumeCommands: boolean } = { assumeCommands: false },
  ) {}

  /** The exec form: argv runs without a shell (no expansion). */
  runArgv(argv: string[]): ScriptResult {
    return this.run(argv.map((a) => "'" + a.replace(/'/g, "'\\''") + "'").join(' '));
  }

  run(script: string): ScriptResult {
    let list: List;
    try {
      list = parseScript(script);
    } catch (e) {
      if (e instanceof ShellSyntaxError) return { status: 2, stderr: `/bin/sh: ${e.message}\n`, stdout: { text: '' } };
      throw e;
    }
    let status: number;
    try {
      status = this.list(list);
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
      status = e.status;
    }
    return { status, stderr: this.stderr, stdout: concatData(this.out) };
  }

  private list(list: List): number {
    let status = 0;
    for (const item of list) {
      status = this.pipeline(item.first);
      for (const [op, p] of item.rest) {
        if (op === '&&' ? status === 0 : status !== 0) status = this.pipeline(p);
      }
      if (this.errexit && status !== 0 && !item.rest.length) return status;
    }
    return status;
  }

  private pipeline(p: Pipeline): number {
    let stdin: Data | null = null;
    let status = 0;
    for (let i = 0; i < p.commands.length; i++) {
      const last = i === p.commands.length - 1;
      const r = this.command(p.commands[i]!, stdin, !last);
      if (last && r.stdout) this.out.push(r.stdout);
      status = r.status;
      stdin = r.stdout ?? { text: '' };
    }
    return p.negate ? (status === 0 ? 1 : 0) : status;
  }

  private command(cmd: Command, stdin: Data | null, piped: boolean): CommandResult {
    if (++this.executed > MAX_COMMANDS) {
      this.ctx.opaque(`the script runs more than ${MAX_COMMANDS} commands; the rest was not simulated`);
      return { status: 0 };
    }
    if (cmd.type === 'unsupported') {
      this.ctx.opaque(`${cmd.what}: \`${truncate(cmd.text)}\` is not simulated`);
      return { status: 0, stdout: { unknown: cmd.what } };
    }
    if (cmd.type === 'group') {
      const saved = { cwd: this.ctx.cwd, env: new Map(this.ctx.env), out: this.out };
      this.out = [];
      let status: number;
      try {
        status = this.list(cmd.body);
      } finally {
        const collected = this.out;
        this.out = saved.out;
        if (cmd.subshell) {
          this.ctx.cwd = saved.cwd;
          (this.ctx as { env: Map<string, string> }).env = saved.env;
        }
        saved.out = collected;
      }
      return this.applyRedirects(cmd.redirects, { status, stdout: concatData(saved.out) }, piped);
    }
    let argv: string[];
    const assignments: [string, string][] = [];
    try {
      for (const [name, w] of cmd.assignments) assignments.push([name, expandWord(w, this.expandCtx())]);
      argv = expandWords(cmd.words, this.expandCtx());
    } catch (e) {
      if (e instanceof UnsupportedExpansion) {
        this.ctx.opaque(`${e.message} is not simulated`);
        return { status: 0, stdout: { unknown: e.message } };
      }
      throw e;
    }
    if (argv.length === 0) {
      for (const [k, v] of assignments) this.ctx.env.set(k, v);
      return this.applyRedirects(cmd.redirects, { status: 0 });
    }
    // Here-documents and input redirections feed stdin.
    for (const r of cmd.redirects) {
      if (r.op === '<<') stdin = { text: r.target.some((p) => p.quoted !== 'none') ? r.body ?? '' : expandHeredoc(r.body ?? '', this.ctx.env) };
      else if (r.op === '<') {
        const path = resolve(this.ctx.cwd, this.target(r));
        const data = readData(this.ctx.fs, path);
        if (!data) return { status: 1, stderr: `sh: can't open '${path}': No such file or directory\n` };
        stdin = data;
      }
    }
    const name = argv[0]!;
    // An exit status is one byte: `exit 777` exits 9, as in sh.
    if (name === 'exit') throw new ExitSignal(argv[1] ? (Number(argv[1]) || 0) & 255 : 0);
    if (name === 'set') {
      for (const a of argv.slice(1)) if (/^-[a-z]*e/.test(a)) this.errexit = true;
      return { status: 0 };
    }
    const env = assignments.length ? new Map([...this.ctx.env, ...assignments]) : this.ctx.env;
    const model = findCommand(name);
    // The shell opens (and truncates) output files before the command runs: `ls > f` lists f.
    const openError = this.openRedirects(cmd.redirects);
    if (openError) return openError;
    if (!model) {
      if (!this.commandExists(name)) return this.notFound(name);
      this.ctx.opaque(`\`${truncate(argv.join(' '))}\`: the simulator has no model of \`${name}\`; its effect on the filesystem is unknown`);
      return this.applyRedirects(cmd.redirects, { status: 0, stdout: { unknown: name } }, piped);
    }
    if (!model.builtin && !this.commandExists(name)) return this.notFound(name);
    let result: CommandResult;
    try {
      const c = this.ctx;
      // Spelled out rather than spread: this runs for every command of every RUN.
      result = model.run(argv.slice(1), {
        fs: c.fs,
        env,
        cwd: c.cwd,
        user: c.user,
        stdin,
        origin: c.origin,
        layer: c.layer,
        opaque: c.opaque,
        assume: c.assume,
        runScript: (script, scriptEnv) => this.nested(script, scriptEnv ?? env),
        lookupUser: c.lookupUser,
        lookupGroup: c.lookupGroup,
      });
    } catch (e) {
      if (e instanceof ReadOnlyError) result = { status: 1, stderr: `${name}: ${e.message}\n` };
      else throw e;
    }
    if (result.cwd) this.ctx.cwd = result.cwd;
    return this.applyRedirects(cmd.redirects, result, piped);
  }

  /** A redirection target; one the simulator cannot expand becomes /dev/null, with a note. */
  private target(r: Redirect): string {
    try {
      return expandWord(r.target, this.expandCtx());
    } catch (e) {
      if (!(e instanceof UnsupportedExpansion)) throw e;
      this.ctx.opaque(`a redirection to ${e.message} is not simulated`);
      return '/dev/null';
    }
  }

  private openRedirects(redirects: Redirect[]): CommandResult | null {
    for (const r of redirects) {
      if (r.op !== '>' && r.op !== '>>') continue;
      const target = this.target(r);
      if (target.startsWith('/dev/')) continue;
      const err = writeData(this.ctx, resolve(this.ctx.cwd, target), { text: '' }, r.op === '>>');
      if (err) {
        this.stderr += err;
        return { status: r.fd === 1 || r.fd === 2 ? 1 : 2, stderr: err };
      }
    }
    return null;
  }

  private nested(script: string, env: Map<string, string>): CommandResult {
    const inner = new Interpreter({ ...this.ctx, env: new Map(env) }, this.opts);
    inner.executed = this.executed;
    const r = inner.run(script);
    this.executed = inner.executed;
    return { status: r.status, stderr: r.stderr, stdout: r.stdout };
  }

  /** $(...) and backticks: the nested script's output, trailing newlines removed. */
  private substitute(script: string): string {
    const r = this.nested(script, this.ctx.env);
    if (!r.stdout || !('text' in r.stdout)) throw new UnsupportedExpansion(`the output of \`${truncate(script)}\``);
    return r.stdout.text.replace(/\n+$/, '');
  }

  private applyRedirects(redirects: Redirect[], result: CommandResult, piped = false): CommandResult {
    let stdout = result.stdout;
    for (const r of redirects) {
      if (r.op === '<' || r.op === '<<') continue;
      if (r.op === '>&') {
        // 2>&1 and >&2 only move text between streams; neither touches the filesystem.
        continue;
      }
      const target = this.target(r);
      if (target === '/dev/null' || target === '/dev/stderr' || target === '/dev/stdout') {
        if (r.fd === 1) stdout = undefined;
        continue;
      }
      const path = resolve(this.ctx.cwd, target);
      const data: Data = r.fd === 1 ? stdout ?? { text: '' } : { text: result.stderr ?? '' };
      const err = writeData(this.ctx, path, data, r.op === '>>');
      if (err) {
        this.stderr += err;
        return { status: 1, stderr: err };
      }
      if (r.fd === 1) stdout = undefined;
    }
    if (result.stderr) this.stderr += result.stderr;
    return { ...result, ...(piped ? { stdout: stdout ?? { text: '' } } : { stdout }) };
  }

  private commandExists(name: string): boolean {
    if (this.opts.assumeCommands) return true;
    if (name.includes('/')) return this.ctx.fs.has(this.ctx.fs.realpath(resolve(this.ctx.cwd, name)));
    const path = this.ctx.env.get('PATH') ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    for (const dir of pathDirs(path)) {
      if (!dir) continue;
      const p = this.ctx.fs.realpath(resolve('/', dir + '/' + name));
      if (this.ctx.fs.get(p)?.type === 'file') return true;
    }
    return false;
  }

  private notFound(name: string): CommandResult {
    const err = `/bin/sh: ${name}: not found\n`;
    this.stderr += err;
    return { status: 127, stderr: err };
  }

  /** The expansion context, made again only when the working directory or environment changed. */
  private expandCtx(): ExpandContext {
    const e = this.expanding;
    if (e && e.cwd === this.ctx.cwd && e.env === this.ctx.env) return e;
    return (this.expanding = { env: this.ctx.env, cwd: this.ctx.cwd, fs: this.ctx.fs, home: this.ctx.user.home, substitute: (s: string) => this.substitute(s) });
  }
}

/** PATH split at ':', remembered (every command looks it up; a build uses one or two PATHs). */
const splitPaths = new Map<string, string[]>();
function pathDirs(path: string): string[] {
  let dirs = splitPaths.get(path);
  if (!dirs) {
    if (splitPaths.size > 64) splitPaths.clear();
    splitPaths.set(path, (dirs = path.split(':')));
  }
  return dirs;
}

/** `exit N` unwinds the whole script. */
class ExitSignal {
  constructor(readonly status: number) {}
}

function expandHeredoc(body: string, env: Map<string, string>): string {
  return body.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_, a, b) => env.get(a ?? b) ?? '');
}

function truncate(s: string): string {
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}

export { wordText, type Word };
