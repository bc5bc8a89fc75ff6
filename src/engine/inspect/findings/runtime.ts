// "Will it run?": what `docker run IMAGE` would start, followed the way runc and the kernel do —
// ENTRYPOINT + CMD, the executable looked up in the config's PATH (or against WorkingDir), symlinks
// followed, a script's `#!` interpreter, a shell's `-c` command, then what the runtime itself
// needs (node's script and node_modules, java's jar, a venv's interpreter, the C library a binary
// was linked against). Computed once per build; each runtime rule formats its kind of problem.
//
// Conservative by construction: nothing is reported when the simulator does not know the image
// (unknown base image), when a step of the final stage's chain could not be simulated (its
// files are unknown), or when a missing path could have come with a COPY --from a stage that
// had such a step.
import type { StageState } from '../../build/state';
import { DEFAULT_PATH, envFromConfig } from '../../build/state';
import { basename, dirname, isUnder, join, resolve } from '../../fs/path';
import type { FileSystem, Node } from '../../fs/tree';
import type { CommandInstruction, Instruction } from '../../parse/instructions';
import type { InspectContext } from './context';

// ---- descriptors written by the toolchain models ---------------------------------------------

/**
 * A program a toolchain model compiled. Its `content` is a descriptor instead of machine code
 * (src/engine/shell/commands/toolchain/descriptors.ts):
 *   #!stagecraft-binary go dynamic linux/amd64
 *   libc=glibc
 *   interpreter=/lib64/ld-linux-x86-64.so.2
 * The short form "#!stagecraft-binary go dynamic glibc linux/amd64" (libc in the first line) is
 * read too. Anything else, or no descriptor at all, is "not known".
 */
export interface BinaryDescriptor {
  tool: string;
  linkage: 'static' | 'dynamic' | string;
  libc: 'glibc' | 'musl' | null;
  interpreter: string | null;
  platform: string | null;
}

function descriptorFields(lines: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lines) {
    const eq = l.indexOf('=');
    if (eq > 0) out.set(l.slice(0, eq).trim(), l.slice(eq + 1).trim());
  }
  return out;
}

export function binaryDescriptor(content: string | undefined): BinaryDescriptor | null {
  if (!content?.startsWith('#!stagecraft-binary ')) return null;
  const lines = content.split('\n');
  const words = lines[0]!.split(/\s+/).slice(1).filter(Boolean);
  const [tool = 'unknown', linkage = 'unknown', ...rest] = words;
  const fields = descriptorFields(lines.slice(1));
  const field = fields.get('libc');
  const libc = field === 'glibc' || field === 'musl' ? field : ((rest.find((w) => w === 'glibc' || w === 'musl') as 'glibc' | 'musl' | undefined) ?? null);
  return { tool, linkage, libc, interpreter: fields.get('interpreter') || null, platform: rest.find((w) => w.includes('/')) ?? null };
}

/**
 * A native Node addon (.node): "#!stagecraft-native-module node glibc" and, optionally,
 * `package=` (the npm package holding it) and `loader=`.
 */
export function nativeModule(content: string | undefined): { libc: 'glibc' | 'musl'; package: string | null } | null {
  if (!content?.startsWith('#!stagecraft-native-module ')) return null;
  const lines = content.split('\n');
  const words = lines[0]!.split(/\s+/);
  const libc = words.includes('musl') ? 'musl' : words.includes('glibc') ? 'glibc' : null;
  if (!libc) return null;
  return { libc, package: descriptorFields(lines.slice(1)).get('package') || null };
}

// ---- the chain, its lines, its certainty ------------------------------------------------------

export function chain(ctx: InspectContext): number[] {
  return [...ctx.finalChain].sort((a, b) => a - b);
}

/** The last instruction of a keyword in the final stage's chain (what the config holds). */
export function lastInChain(ctx: InspectContext, keyword: Instruction['keyword']): Instruction | null {
  let found: Instruction | null = null;
  for (const s of chain(ctx)) for (const ins of ctx.plan.stages[s]!.instructions) if (ins.keyword === keyword) found = ins;
  return found;
}

/** FROM line of the chain's root (where the base image is chosen). */
export function rootFromLine(ctx: InspectContext): number {
  return ctx.plan.stages[chain(ctx)[0]!]!.from.line;
}

/** FROM line of the target stage. */
export function targetFromLine(ctx: InspectContext): number {
  return ctx.plan.stages[ctx.plan.target]!.from.line;
}

export function baseName(ctx: InspectContext): string {
  return ctx.final.base.name;
}

/** The Dockerfile line that put `path` (not following a final symlink) into the image. */
export function layerOf(ctx: InspectContext, path: string): { layer: number; line: number | null; stage: number | null } | null {
  const node = ctx.final.fs.get(path);
  if (!node) return null;
  const l = ctx.final.layers[node.layer];
  if (!l || l.stage === null) return null;
  return { layer: node.layer, line: l.line, stage: l.stage };
}

export interface Certainty {
  /** Nothing about the final filesystem can be trusted to be complete. */
  unknown: boolean;
  /** Directories a COPY --from an uncertain stage wrote to: anything under them may be missing here. */
  prefixes: string[];
}

function stageUncertain(ctx: InspectContext, memo: Map<number, boolean>, i: number): boolean {
  const hit = memo.get(i);
  if (hit !== undefined) return hit;
  memo.set(i, true); // cycles cannot happen; a provisional answer keeps this safe anyway
  const state = ctx.states[i];
  const plan = ctx.plan.stages[i]!;
  const u =
    !state ||
    !state.baseKnown ||
    ctx.steps.some((s) => s.stage === i && s.opaque.length > 0) ||
    (plan.parent !== null && stageUncertain(ctx, memo, plan.parent)) ||
    plan.dependsOn.some((d) => d !== plan.parent && stageUncertain(ctx, memo, d));
  memo.set(i, u);
  return u;
}

export function certainty(ctx: InspectContext): Certainty {
  const memo = new Map<number, boolean>();
  let unknown = !ctx.final.baseKnown;
  const prefixes: string[] = [];
  for (const s of chain(ctx)) if (ctx.steps.some((st) => st.stage === s && st.opaque.length > 0)) unknown = true;
  // The working directory each COPY resolves against (null: not known, e.g. WORKDIR $DIR).
  // Before the chain's first WORKDIR it is the base image's, known only if the chain sets none.
  const setsWorkdir = chain(ctx).some((s) => ctx.plan.stages[s]!.instructions.some((i) => i.keyword === 'WORKDIR'));
  let cwd: string | null = setsWorkdir ? null : ctx.final.config.WorkingDir || '/';
  for (const s of chain(ctx)) {
    for (const ins of ctx.plan.stages[s]!.instructions) {
      if (ins.keyword === 'WORKDIR') {
        if (ins.value.includes('$')) cwd = null;
        else if (ins.value.startsWith('/')) cwd = resolve('/', ins.value);
        else cwd = cwd === null ? null : resolve(cwd, ins.value);
      }
      if (ins.keyword === 'RUN') {
        for (const m of ins.mounts) {
          const from = /(?:^|,)from=([^,]+)/.exec(m)?.[1];
          const dep = from !== undefined ? stageRef(ctx, from) : null;
          if (from !== undefined && (dep === 'dynamic' || (typeof dep === 'number' && stageUncertain(ctx, memo, dep)))) unknown = true;
        }
      }
      if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.from) {
        const dep = stageRef(ctx, ins.from);
        if (dep === null) continue; // an image: known (else the step is opaque)
        if (dep === 'dynamic' || stageUncertain(ctx, memo, dep)) {
          if (ins.dest.includes('$')) unknown = true;
          else if (ins.dest.startsWith('/')) prefixes.push(resolve('/', ins.dest));
          else if (cwd === null) unknown = true;
          else prefixes.push(resolve(cwd, ins.dest));
        }
      }
    }
  }
  return { unknown, prefixes };
}

function stageRef(ctx: InspectContext, ref: string): number | null | 'dynamic' {
  if (ref.includes('$')) return 'dynamic';
  if (/^\d+$/.test(ref)) return Number(ref);
  const s = ctx.plan.stages.find((st) => st.name === ref.toLowerCase());
  return s ? s.index : null;
}

/** Could the simulator have missed this path (so that its absence proves nothing)? */
export function mayExist(c: Certainty, path: string): boolean {
  return c.unknown || c.prefixes.some((p) => p === '/' || path === p || isUnder(path, p) || isUnder(p, path));
}

// ---- files ------------------------------------------------------------------------------------

export function fileAt(fs: FileSystem, path: string): { path: string; node: Node } | null {
  const real = fs.realpath(path);
  const node = fs.get(real);
  return node && node.type === 'file' ? { path: real, node } : null;
}

export interface Lookup {
  /** The real path of the executable, or null. */
  found: string | null;
  /** Where it was looked for (absolute). */
  tried: string[];
  /** Symlinks met on the way whose target does not exist (runc skips them in a PATH search). */
  dangling: { path: string; link: string; target: string }[];
}

/** The lookup runc does for argv[0]: a path (against WorkingDir) or a PATH search. */
export function lookup(fs: FileSystem, name: string, cwd: string, path: string): Lookup {
  const candidates = name.includes('/') ? [resolve(cwd, name)] : path.split(':').filter(Boolean).map((d) => resolve('/', d + '/' + name));
  const out: Lookup = { found: null, tried: candidates, dangling: [] };
  for (const c of candidates) {
    const f = fileAt(fs, c);
    if (f) {
      out.found = f.path;
      return out;
    }
    const d = danglingLink(fs, c);
    if (d) out.dangling.push(d);
  }
  return out;
}

/** A symlink (at the path or in a parent) whose target is missing. */
function danglingLink(fs: FileSystem, path: string): { path: string; link: string; target: string } | null {
  const node = fs.get(path);
  if (node?.type === 'symlink' && node.link !== undefined) {
    return { path, link: node.link, target: fs.realpath(path) };
  }
  return null;
}

export function configPath(state: StageState): string {
  return envFromConfig(state.config).get('PATH') ?? DEFAULT_PATH;
}

/** The C library the final image provides, from its files (the base's facts when those say more). */
export function imageLibc(ctx: InspectContext, c: Certainty): 'glibc' | 'musl' | 'both' | 'none' | 'unknown' {
  const fs = ctx.final.fs;
  const exists = (p: string) => fileAt(fs, p) !== null;
  const glibc = [
    '/lib64/ld-linux-x86-64.so.2', '/lib/ld-linux-aarch64.so.1', '/lib/ld-linux-armhf.so.3', '/lib/ld-linux.so.2',
    '/lib/x86_64-linux-gnu/libc.so.6', '/lib/aarch64-linux-gnu/libc.so.6', '/usr/lib/x86_64-linux-gnu/libc.so.6',
    '/usr/lib/aarch64-linux-gnu/libc.so.6', '/lib64/libc.so.6', '/usr/lib64/libc.so.6', '/lib/libc.so.6',
  ].some(exists);
  const musl = fs.list('/lib').some((n) => /^ld-musl-.*\.so\.1$/.test(n) && exists('/lib/' + n));
  if (glibc && musl) return 'both';
  if (glibc) return 'glibc';
  if (musl) return 'musl';
  const facts = ctx.final.base.facts?.libc;
  if (facts === 'glibc' || facts === 'musl') return facts;
  if (facts === 'unknown') return 'unknown';
  if (['/lib', '/lib64', '/usr/lib', '/usr/lib64'].some((p) => mayExist(c, p))) return 'unknown';
  return 'none';
}

// ---- the launch --------------------------------------------------------------------------------

export interface Launch {
  argv: string[];
  /** Which config field holds the executable. */
  field: 'Entrypoint' | 'Cmd';
  /** The CMD/ENTRYPOINT instruction that set it (null: inherited from the base image). */
  ins: CommandInstruction | null;
  /** Set when the whole command comes from the base image (no CMD/ENTRYPOINT in the chain applies). */
  inherited: boolean;
  /** The line to change: that instruction, else the chain's FROM. */
  line: number;
  shellForm: boolean;
  /** "ENTRYPOINT [\"/app\"]" as the learner wrote it (or the config's value). */
  display: string;
  /** The base image's ENTRYPOINT in front of the Dockerfile's CMD, when that is how it starts. */
  baseEntrypoint: string[] | null;
}

export function launch(ctx: InspectContext): Launch | null {
  const cfg = ctx.final.config;
  const entry = cfg.Entrypoint ?? [];
  const cmd = cfg.Cmd ?? [];
  const argv = [...entry, ...cmd];
  if (!argv.length) return null;
  const field = entry.length ? 'Entrypoint' : 'Cmd';
  const ins = lastInChain(ctx, field === 'Entrypoint' ? 'ENTRYPOINT' : 'CMD') as CommandInstruction | null;
  // The base's ENTRYPOINT with the Dockerfile's CMD: the CMD is what the learner wrote.
  const cmdIns = field === 'Entrypoint' && !ins && cmd.length ? (lastInChain(ctx, 'CMD') as CommandInstruction | null) : null;
  const display = ins ? ins.text : cmdIns ? cmdIns.text : `${field === 'Entrypoint' ? 'ENTRYPOINT' : 'CMD'} ${JSON.stringify(field === 'Entrypoint' ? entry : cmd)}`;
  return {
    argv,
    field,
    ins,
    inherited: !ins && !cmdIns,
    line: ins?.line ?? cmdIns?.line ?? rootFromLine(ctx),
    shellForm: ins ? ins.argv === null : false,
    display,
    baseEntrypoint: cmdIns ? entry : null,
  };
}

export type Runtime = 'node' | 'java' | 'python' | null;

export function runtimeOf(name: string): Runtime {
  const b = basename(name);
  if (/^(node|nodejs|npm|npx|yarn|pnpm)$/.test(b)) return 'node';
  if (b === 'java') return 'java';
  if (/^python(\d(\.\d+)?)?$/.test(b)) return 'python';
  return null;
}

export type Problem =
  | { kind: 'no-command' }
  | {
      kind: 'missing';
      /** The name as written (argv[0], a script path, an interpreter). */
      name: string;
      role: 'executable' | 'shell' | 'interpreter' | 'script';
      runtime: Runtime;
      tried: string[];
      /** How the launch got there: "", "the shell command `node server.js`", "the first line of /app/run.sh". */
      via: string;
      /** JAVA_HOME/bin/java when it exists but PATH does not lead to it. */
      javaHome?: string;
    }
  | { kind: 'venv'; link: string; target: string; venv: string; python: string | null; via: string; fallback: string | null }
  | { kind: 'libc'; binary: string; tool: string; needs: 'glibc' | 'musl'; has: 'glibc' | 'musl' | 'none'; interpreter: string | null }
  | { kind: 'node-modules'; script: string; packages: string[]; packageJson: string; certain: boolean };

export interface LaunchAnalysis {
  launch: Launch | null;
  certainty: Certainty;
  problems: Problem[];
  /** The program that finally runs (after shells and shebangs), when known. */
  app: { path: string; runtime: Runtime; descriptor: BinaryDescriptor | null } | null;
  libc: ReturnType<typeof imageLibc>;
}

const cache = new WeakMap<InspectContext, LaunchAnalysis>();

export function analyzeLaunch(ctx: InspectContext): LaunchAnalysis {
  let a = cache.get(ctx);
  if (!a) cache.set(ctx, (a = analyze(ctx)));
  return a;
}

const SHELLS = /^(sh|bash|ash|dash|zsh|busybox)$/;
const BUILTINS = new Set(['cd', 'export', 'set', 'echo', 'printf', 'test', '[', 'true', 'false', ':', 'eval', 'trap', 'ulimit', 'umask', 'source', '.', 'read', 'wait', 'unset', 'shift', 'if', 'for', 'while', 'case', '{', '(', '!']);

function analyze(ctx: InspectContext): LaunchAnalysis {
  const c = certainty(ctx);
  const l = launch(ctx);
  const libc = imageLibc(ctx, c);
  const out: LaunchAnalysis = { launch: l, certainty: c, problems: [], app: null, libc };
  if (!ctx.final.baseKnown) return out;
  if (!l) {
    out.problems.push({ kind: 'no-command' });
    return out;
  }
  if (c.unknown) return out;
  const fs = ctx.final.fs;
  const PATH = configPath(ctx.final);
  const cwd = ctx.final.config.WorkingDir || '/';
  const env = envFromConfig(ctx.final.config);

  const run = (argv: string[], via: string, depth: number, role: 'executable' | 'shell' | 'interpreter' = 'executable'): void => {
    const name = argv[0]!;
    const rt = runtimeOf(name);
    const found = lookup(fs, name, cwd, PATH);
    const venvLink = found.dangling.find((d) => /^python(\d(\.\d+)?)?$/.test(basename(d.path)));
    if (venvLink) {
      out.problems.push({ kind: 'venv', link: venvLink.path, target: venvLink.target, venv: dirname(dirname(venvLink.path)), python: systemPython(fs, PATH, venvLink.path), via, fallback: found.found });
      if (!found.found) return;
    }
    if (!found.found) {
      if (found.tried.some((p) => mayExist(c, p))) return;
      // A command the base image itself sets and ships: its file list may just be incomplete.
      if (l.inherited && depth === 0) return;
      const javaHome = rt === 'java' ? javaFromHome(fs, env) : undefined;
      out.problems.push({ kind: 'missing', name, role, runtime: rt, tried: found.tried, via, ...(javaHome ? { javaHome } : {}) });
      if (rt === 'node') nodeApp(argv);
      return;
    }
    const path = found.found;
    const node = fs.get(path)!;
    const desc = binaryDescriptor(node.content);
    if (desc) {
      out.app = { path, runtime: runtimeOf(desc.tool) ?? rt, descriptor: desc };
      if (desc.linkage === 'dynamic' && desc.libc && libc !== 'unknown') {
        // The kernel needs the program's ELF interpreter; when the descriptor names it, that decides.
        const loaderMissing = desc.interpreter !== null && !fileAt(fs, desc.interpreter) && !mayExist(c, desc.interpreter);
        const wrongLibc = desc.interpreter === null && libc !== 'both' && libc !== desc.libc;
        if (loaderMissing || wrongLibc) out.problems.push({ kind: 'libc', binary: path, tool: desc.tool, needs: desc.libc, has: libc === 'both' ? desc.libc === 'glibc' ? 'musl' : 'glibc' : libc, interpreter: desc.interpreter });
      }
    } else if (node.content?.startsWith('#!') && depth < 3) {
      const [interp, ...iargs] = node.content.slice(2).split('\n')[0]!.trim().split(/\s+/);
      if (interp) {
        const viaShebang = `the first line of ${path} (\`#!${node.content.slice(2).split('\n')[0]!.trim()}\`)`;
        if (basename(interp) === 'env' && iargs.length) {
          const envFound = lookup(fs, interp, cwd, PATH);
          if (!envFound.found && !envFound.tried.some((p) => mayExist(c, p))) {
            out.problems.push({ kind: 'missing', name: interp, role: 'interpreter', runtime: null, tried: envFound.tried, via: viaShebang });
            return;
          }
          run([iargs[iargs.length - 1]!, path, ...argv.slice(1)], viaShebang, depth + 1, 'interpreter');
        } else {
          run([interp, ...iargs, path, ...argv.slice(1)], viaShebang, depth + 1, 'interpreter');
        }
        return;
      }
    } else {
      out.app = { path, runtime: rt, descriptor: null };
      // The official images' docker-entrypoint.sh (node, nginx, ...) end in `exec "$@"`; the node
      // one puts `node` in front of an argument that is not a command. When the base image sets
      // it and its text is not known, assume that — only for that name, never for the learner's own.
      if (node.content === undefined && depth === 0 && l.baseEntrypoint && basename(path) === 'docker-entrypoint.sh') {
        const rest = argv.slice(1);
        if (rest.length && !rest[0]!.startsWith('-')) {
          const wrapper = `the base image's entrypoint script ${path} (which ends in \`exec "$@"\`)`;
          const direct = lookup(fs, rest[0]!, cwd, PATH).found;
          if (!direct && lookup(fs, 'node', cwd, PATH).found) run(['node', ...rest], wrapper, depth + 1);
          else run(rest, wrapper, depth + 1);
        }
        return;
      }
    }
    const b = basename(name);
    if (SHELLS.test(b) && depth < 3) {
      const i = argv.indexOf('-c');
      if (i < 0) {
        // `sh /entrypoint.sh "$@"`: a wrapper ending in `exec "$@"` hands over to its arguments
        // (docker-entrypoint.sh of the node images also puts `node` in front of a non-command).
        const scriptPath = argv[1] ? fileAt(fs, resolve(cwd, argv[1])) : null;
        const text = scriptPath?.node.content;
        const rest = argv.slice(2);
        if (text && /exec\s+"\$@"/.test(text) && rest.length) {
          const wrapper = `the entrypoint script ${scriptPath!.path} (\`exec "$@"\`)`;
          const direct = lookup(fs, rest[0]!, cwd, PATH).found;
          if (!direct && /set\s+--\s+node\s+"\$@"/.test(text)) run(['node', ...rest], wrapper, depth + 1);
          else run(rest, wrapper, depth + 1);
        }
        return;
      }
      const script = argv[i + 1];
      const inner = script !== undefined ? firstCommand(script) : null;
      if (inner && !BUILTINS.has(inner[0]!)) run(inner, `the shell command \`${script!.trim()}\``, depth + 1);
      return;
    }
    if (rt === 'node') nodeApp(argv);
    else if (rt === 'java') javaApp(argv, via);
    else if (rt === 'python') pythonApp(argv, via);
  };

  const scriptArg = (args: string[], withValue: Set<string>): string | null => {
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--') return args[i + 1] ?? null;
      if (a.startsWith('-')) {
        if (withValue.has(a)) i++;
        continue;
      }
      return a;
    }
    return null;
  };

  const missingScript = (name: string, candidates: string[], rt: Runtime, via: string) => {
    if (candidates.some((p) => fileAt(fs, p))) return false;
    if (candidates.some((p) => mayExist(c, p))) return false;
    out.problems.push({ kind: 'missing', name, role: 'script', runtime: rt, tried: candidates, via });
    return true;
  };

  function nodeApp(argv: string[]): void {
    const b = basename(argv[0]!);
    if (b !== 'node' && b !== 'nodejs') return;
    const args = argv.slice(1);
    if (args.some((a) => a === '-e' || a === '--eval' || a === '-p' || a === '--print')) return;
    const script = scriptArg(args, new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions', '--env-file']));
    if (!script) return;
    const p = resolve(cwd, script);
    const candidates = [p, p + '.js', p + '.cjs', p + '.mjs', p + '/index.js'];
    if (lookup(fs, argv[0]!, cwd, PATH).found && missingScript(script, candidates, 'node', '')) return;
    const file = candidates.map((x) => fileAt(fs, x)).find(Boolean);
    const scriptPath = file?.path ?? p;
    const pkg = nearestPackageJson(fs, dirname(scriptPath));
    if (!pkg) return;
    const deps = Object.keys(pkg.json.dependencies ?? {});
    if (!deps.length) return;
    const content = file?.node.content;
    const required = content !== undefined ? requiredPackages(content).filter((r) => deps.includes(r)) : deps;
    const nodePath = (env.get('NODE_PATH') ?? '').split(':').filter(Boolean);
    const missing = required.filter((name) => {
      const dirs = [...ancestorsOf(dirname(scriptPath)).map((d) => join(d, 'node_modules')), ...nodePath];
      if (dirs.some((d) => fs.has(fs.realpath(join(d, name))))) return false;
      return !dirs.some((d) => mayExist(c, join(d, name)));
    });
    if (!missing.length) return;
    if (content === undefined) {
      // The script's requires are unknown (it may be a bundle): only say so when no node_modules exists at all.
      const any = ancestorsOf(dirname(scriptPath)).some((d) => fs.isDir(fs.realpath(join(d, 'node_modules'))));
      if (any) return;
    }
    out.problems.push({ kind: 'node-modules', script: scriptPath, packages: missing, packageJson: pkg.path, certain: content !== undefined });
  }

  function javaApp(argv: string[], via: string): void {
    const i = argv.indexOf('-jar');
    if (i < 0 || !argv[i + 1]) return;
    const jar = argv[i + 1]!;
    missingScript(jar, [resolve(cwd, jar)], 'java', via);
  }

  function pythonApp(argv: string[], via: string): void {
    const args = argv.slice(1);
    if (args.some((a) => a === '-c' || a === '-m')) return;
    const script = scriptArg(args, new Set(['-W', '-X', '--check-hash-based-pycs']));
    if (!script) return;
    missingScript(script, [resolve(cwd, script)], 'python', via);
  }

  run(l.argv, '', 0, l.shellForm ? 'shell' : 'executable');
  return out;
}

/** The first simple command of a `sh -c` script, when it is plain words (no expansions). */
export function firstCommand(script: string): string[] | null {
  const head = /^[^;&|\n]*/.exec(script.trim())?.[0] ?? '';
  if (/[$`<>*?(){}\\]/.test(head)) return null;
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(head); m; m = re.exec(head)) words.push(m[1] ?? m[2] ?? m[3]!);
  while (words.length && (words[0] === 'exec' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!))) words.shift();
  return words.length ? words : null;
}

function ancestorsOf(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    out.push(d);
    if (d === '/') break;
  }
  return out;
}

interface PackageJson {
  dependencies?: Record<string, string>;
}

function nearestPackageJson(fs: FileSystem, dir: string): { path: string; json: PackageJson } | null {
  for (const d of ancestorsOf(dir)) {
    const f = fileAt(fs, join(d, 'package.json'));
    if (!f) continue;
    if (f.node.content === undefined) return null;
    try {
      const json = JSON.parse(f.node.content) as unknown;
      return json && typeof json === 'object' ? { path: join(d, 'package.json'), json: json as PackageJson } : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Bare package names a script requires or imports ("express", "@scope/pkg"), relative paths and node: builtins left out. */
export function requiredPackages(source: string): string[] {
  const out = new Set<string>();
  const re = /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+(?:[\w*{}\s,]+\s+from\s+)?['"]([^'"]+)['"]|\bexport\s+[\w*{}\s,]+\s+from\s+['"]([^'"]+)['"]/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) continue;
    const parts = spec.split('/');
    out.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return [...out];
}

function systemPython(fs: FileSystem, PATH: string, except: string): string | null {
  const venvBin = dirname(except);
  const dirs = [...PATH.split(':'), '/usr/local/bin', '/usr/bin'].filter((d) => d && resolve('/', d) !== venvBin);
  for (const name of ['python3', 'python']) {
    const f = lookup(fs, name, '/', [...new Set(dirs)].join(':'));
    if (f.found) return f.found;
  }
  return null;
}

function javaFromHome(fs: FileSystem, env: Map<string, string>): string | undefined {
  const home = env.get('JAVA_HOME');
  if (!home) return undefined;
  const p = join(resolve('/', home), 'bin/java');
  return fileAt(fs, p) ? p : undefined;
}
