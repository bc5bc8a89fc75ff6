// RUN: mounts (secret, cache, bind, tmpfs), the user and working directory, the shell or exec
// form, then the script through the shell interpreter. Mounted data never reaches the layer.
import { hash } from '../context/checksum';
import { byteLength, dirname, normalize, resolve } from '../fs/path';
import { FileSystem, type Node, type Origin } from '../fs/tree';
import { MountedFs, type Mount } from '../fs/view';
import type { RunInstruction } from '../parse/instructions';
import { processWord } from '../parse/words';
import { Interpreter } from '../shell/interpreter';
import '../shell/commands';
import { BuildFailure } from './errors';
import { shellOf } from './config';
import { goQuote } from './gofmt';
import { digestOf, envDigest, RunEnv } from './env';
import { DEFAULT_PATH, lookupIn, type StageState } from './state';
import { lookupGroup, lookupUser, runUser, UserError } from './users';
import type { Source } from './sources';

export interface RunEnvironment {
  secrets: Map<string, string>;
  /** Cache mounts persist across steps and stages of one build, keyed by id. */
  cacheMounts: Map<string, FileSystem>;
  /** A stage's filesystem or the context, for --mount=type=bind,from=... */
  bindSource(from: string | null, line: number): { fs: FileSystem; label: string } | null;
  escape: string;
  contextSource: Source;
}

export interface RunOutcome {
  /** argv as the process runs it (shell + script, or the exec form). */
  argv: string[];
  /** Text of the cache key (command, environment, user, mounts). */
  cacheInputs: string;
  opaque: string[];
  assumptions: string[];
  /** Secret ids mounted, and whether the script read them. */
  secrets: string[];
}

export interface MountSpec {
  type: string;
  target: string;
  id: string;
  from: string | null;
  source: string;
  readonly: boolean;
  required: boolean;
}

export function parseMount(spec: string, line: number): MountSpec {
  const fields = new Map<string, string>();
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    fields.set((eq < 0 ? part : part.slice(0, eq)).toLowerCase(), eq < 0 ? 'true' : part.slice(eq + 1));
  }
  const type = fields.get('type') ?? 'bind';
  if (!['bind', 'cache', 'secret', 'tmpfs', 'ssh'].includes(type)) throw new BuildFailure(`unsupported mount type "${type}"`, line);
  const id = fields.get('id') ?? '';
  let target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination') ?? '';
  if (type === 'secret' && !target) {
    if (!id) throw new BuildFailure('one of source, target required', line);
    target = `/run/secrets/${id}`;
  }
  if (type === 'ssh' && !target) target = '/run/buildkit/ssh_agent.0';
  if (!target) throw new BuildFailure('mount destination (target) is required', line);
  const ro = fields.get('readonly') ?? fields.get('ro');
  return {
    type,
    target: normalize(target),
    id: id || (type === 'secret' ? target.slice(target.lastIndexOf('/') + 1) : normalize(target)),
    from: fields.get('from') ?? null,
    source: fields.get('source') ?? fields.get('src') ?? '/',
    readonly: type === 'bind' ? !(fields.has('rw') || fields.get('readwrite') === 'true') : ro === 'true',
    required: fields.get('required') === 'true',
  };
}

export function executeRun(ins: RunInstruction, state: StageState, env: RunEnvironment, layer: number, origin: Origin): RunOutcome {
  const line = ins.line;
  const opaque: string[] = [];
  const assumptions: string[] = [];
  const script = ins.command !== null ? runScriptText(ins) : null;
  const argv = ins.argv ?? [...shellOf(state), script!];

  let user;
  try {
    user = runUser(state.fs, state.config.User);
  } catch (e) {
    if (e instanceof UserError) throw new BuildFailure(e.message, line);
    throw e;
  }
  const cwd = state.config.WorkingDir || '/';

  const mounts: Mount[] = [];
  const mountKeys: string[] = [];
  const secrets: string[] = [];
  for (const raw of ins.mounts) {
    const spec = parseMount(processWord(raw, lookupIn(state), env.escape), line);
    mountKeys.push(`${spec.type}:${spec.target}:${spec.id}:${spec.from ?? ''}:${spec.source}`);
    if (spec.type === 'secret') {
      const value = env.secrets.get(spec.id);
      if (value === undefined) {
        if (spec.required) throw new BuildFailure(`secret ${spec.id}: not found`, line);
        assumptions.push(`secret "${spec.id}" was not provided, so ${spec.target} is absent in this RUN`);
        continue;
      }
      secrets.push(spec.id);
      const fs = new FileSystem(dirNode(origin));
      const content = value;
      fs.set('/secret', { type: 'file', size: byteLength(content), mode: 0o400, uid: 0, gid: 0, content, data: 'secret:' + spec.id, origin: { stage: 'secret', instruction: `--mount=type=secret,id=${spec.id}`, line }, layer });
      mounts.push({ target: spec.target, fs, source: '/secret', readonly: true });
    } else if (spec.type === 'cache') {
      let fs = env.cacheMounts.get(spec.id);
      if (!fs) env.cacheMounts.set(spec.id, (fs = new FileSystem(dirNode(origin))));
      mounts.push({ target: spec.target, fs, source: '/', readonly: false });
    } else if (spec.type === 'tmpfs') {
      mounts.push({ target: spec.target, fs: new FileSystem(dirNode(origin)), source: '/', readonly: false });
    } else if (spec.type === 'ssh') {
      assumptions.push('an SSH agent socket is mounted; the simulator does not model what it authenticates');
    } else {
      const src = env.bindSource(spec.from, line);
      if (!src) {
        opaque.push(`--mount=type=bind,from=${spec.from}: the files of that image are not known to the simulator`);
        continue;
      }
      // A writable bind mount's changes are discarded after the step: work on a copy.
      mounts.push({ target: spec.target, fs: spec.readonly ? src.fs : src.fs.clone(), source: normalize(spec.source), readonly: spec.readonly });
    }
  }

  // The runtime mounts /etc/hosts and /etc/resolv.conf read-only over the image's files.
  for (const target of RUNTIME_FILES) {
    const existing = state.fs.get(target);
    const fs = existing ? runtimeFileFs(existing) : fileFs({ type: 'file', size: 0, mode: 0o644, uid: 0, gid: 0, data: 'runtime:' + target, origin, layer });
    mounts.unshift({ target, fs, source: '/file', readonly: true });
  }
  // Making a mount point modifies its nearest existing parent directory, which the layer then lists
  // (so a RUN on an image without /etc/hosts or /etc/resolv.conf lists /etc).
  for (const m of mounts) {
    let dir = dirname(m.target);
    while (dir !== '/' && !state.fs.isDir(dir)) dir = dirname(dir);
    if (!state.fs.has(m.target)) state.fs.markTouched(dir);
  }

  const runEnv = new RunEnv(state.env);
  const defaultPath = !runEnv.has('PATH');
  if (defaultPath) runEnv.set('PATH', DEFAULT_PATH);
  const writes = runEnv.writes;
  const fs = new MountedFs(state.fs, mounts);

  const ctx = {
    fs,
    env: runEnv,
    cwd,
    user,
    origin,
    layer,
    opaque: (what: string) => opaque.push(what),
    assume: (what: string) => assumptions.push(what),
    lookupUser: (name: string) => lookupUser(state.fs, name),
    lookupGroup: (name: string) => lookupGroup(state.fs, name),
  };
  const interpreter = new Interpreter(ctx, { assumeCommands: !state.baseKnown });
  const shellPath = argv[0]!;
  if (state.baseKnown && !commandPresent(state, shellPath, runEnv)) {
    throw new BuildFailure(
      `process ${goQuote(argv.join(' '))} did not complete successfully: runc run failed: unable to start container process: exec: "${shellPath}": ${shellPath.includes('/') ? `stat ${shellPath}: no such file or directory` : 'executable file not found in $PATH'}`,
      line,
    );
  }
  const result = ins.argv ? interpreter.runArgv(ins.argv) : interpreter.run(script!);
  if (result.status !== 0) {
    const detail = result.stderr.trim().split('\n').slice(-1)[0];
    const err = new BuildFailure(`process ${goQuote(argv.join(' '))} did not complete successfully: exit code: ${result.status}`, line);
    (err as BuildFailure & { detail?: string }).detail = detail;
    throw err;
  }
  // The environment as the script left it; unchanged (the usual case), the stage's digest (kept
  // current write by write) gives it without listing the environment.
  const envKey = runEnv.writes === writes ? digestOf(state.env, defaultPath ? ['PATH', DEFAULT_PATH] : null) : envDigest(runEnv);
  const cacheInputs = hash(JSON.stringify([argv, envKey, user.uid, user.gid, cwd, mountKeys, ins.network, ins.security]));
  return { argv, cacheInputs, opaque, assumptions, secrets };
}

/** The shell-form script, with heredoc bodies (a lone `<<EOF` makes the body the script). */
export function runScriptText(ins: RunInstruction): string {
  const cmd = ins.command ?? '';
  if (!ins.heredocs.length) return cmd;
  const only = /^<<-?(["']?)([^\s"']+)\1$/.exec(cmd.trim());
  if (only && ins.heredocs.length === 1) return ins.heredocs[0]!.content;
  return cmd + '\n' + ins.heredocs.map((h) => h.content + h.name + '\n').join('');
}

function commandPresent(state: StageState, cmd: string, env: Map<string, string>): boolean {
  if (cmd.includes('/')) return state.fs.get(state.fs.realpath(cmd))?.type === 'file';
  return (env.get('PATH') ?? DEFAULT_PATH).split(':').some((d) => d && state.fs.get(state.fs.realpath(resolve('/', d + '/' + cmd)))?.type === 'file');
}

const RUNTIME_FILES = ['/etc/hosts', '/etc/resolv.conf'];

/** A filesystem holding one file at /file, for a single-file mount. */
function fileFs(node: Node): FileSystem {
  const fs = new FileSystem(dirNode(node.origin));
  fs.set('/file', node);
  return fs;
}

/**
 * The image's own /etc/hosts or /etc/resolv.conf as a read-only mount, one per file (not per
 * RUN): the mount is never written, and the root directory node is never seen.
 */
const runtimeFiles = new WeakMap<Node, FileSystem>();
function runtimeFileFs(node: Node): FileSystem {
  let fs = runtimeFiles.get(node);
  if (!fs) runtimeFiles.set(node, (fs = fileFs(node)));
  return fs;
}

function dirNode(origin: Origin): Node {
  return { type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, data: 'dir', origin, layer: -1 };
}
