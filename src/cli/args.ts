// Command-line parsing for `stagecraft`. Pure: argv in, a Command out (or a UsageError), so the
// rules can be tested without spawning anything. Flag spellings follow `docker build`.

/** Bad input from the user: reported as one `stagecraft: ...` line, exit code 2. */
export class UsageError extends Error {}

/** `K=V`, or `K` alone: the value is then taken from the environment, as docker does. */
export interface BuildArgSpec {
  key: string;
  value: string | null;
}

/** `--secret id=ID,src=FILE` or `--secret id=ID,env=VAR`. */
export interface SecretSpec {
  id: string;
  src?: string;
  env?: string;
}

/** `--image NAME=SAVED_IMAGE.tar`. */
export interface ImageSpec {
  name: string;
  file: string;
}

export interface BuildOptions {
  context: string;
  /** Dockerfile path ("-" = stdin); null means CONTEXT/Dockerfile. */
  file: string | null;
  target: string | null;
  buildArgs: BuildArgSpec[];
  secrets: SecretSpec[];
  images: ImageSpec[];
  previousContext: string | null;
  previousFile: string | null;
  /** null when not given: the previous build then used the current build args. */
  previousBuildArgs: BuildArgSpec[] | null;
  json: boolean;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'build-help' }
  | { kind: 'version' }
  | { kind: 'build'; options: BuildOptions }
  | { kind: 'lint-help' }
  | { kind: 'lint'; options: BuildOptions; failOn: FailOn };

/** `stagecraft lint --fail-on`: the lowest severity that makes the exit code 1. */
export type FailOn = 'error' | 'warning' | 'info' | 'none';

const SEE_HELP = '(see "stagecraft build --help")';

type ValueFlag = 'file' | 'target' | 'build-arg' | 'secret' | 'image' | 'previous-context' | 'previous-file' | 'previous-build-arg';

const VALUE_FLAGS: Record<string, ValueFlag> = {
  '-f': 'file',
  '--file': 'file',
  '--target': 'target',
  '--build-arg': 'build-arg',
  '--secret': 'secret',
  '--image': 'image',
  '--previous-context': 'previous-context',
  '--previous-file': 'previous-file',
  '--previous-build-arg': 'previous-build-arg',
};

export function parseArgs(argv: string[]): Command {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      throw new UsageError('missing command (try "stagecraft --help")');
    case '-h':
    case '--help':
      return { kind: 'help' };
    case 'help':
      return rest[0] === 'build' ? { kind: 'build-help' } : rest[0] === 'lint' ? { kind: 'lint-help' } : { kind: 'help' };
    case '--version':
      return { kind: 'version' };
    case 'build':
      return parseBuild(rest);
    case 'lint':
      return parseLint(rest);
    default:
      throw new UsageError(command.startsWith('-') ? `unknown flag: ${command} (try "stagecraft --help")` : `unknown command "${command}" (try "stagecraft --help")`);
  }
}

/** lint takes the build's options (the lint needs the plan) plus --fail-on. */
function parseLint(args: string[]): Command {
  let failOn: FailOn = 'error';
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') return { kind: 'lint-help' };
    if (a === '--fail-on' || a.startsWith('--fail-on=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'error' && v !== 'warning' && v !== 'info' && v !== 'none') {
        throw new UsageError(`--fail-on takes error, warning, info or none, not ${v === undefined ? 'nothing' : JSON.stringify(v)} (see "stagecraft lint --help")`);
      }
      failOn = v;
      continue;
    }
    rest.push(a);
  }
  const parsed = parseBuild(rest);
  if (parsed.kind !== 'build') return { kind: 'lint-help' };
  return { kind: 'lint', options: parsed.options, failOn };
}

function parseBuild(args: string[]): Command {
  const o: BuildOptions = {
    context: '',
    file: null,
    target: null,
    buildArgs: [],
    secrets: [],
    images: [],
    previousContext: null,
    previousFile: null,
    previousBuildArgs: null,
    json: false,
  };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'build-help' };
    if (arg === '--json') {
      o.json = true;
      continue;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    // --flag=value, -fvalue / -f=value, or the value in the next argument.
    const eq = arg.indexOf('=');
    let name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (!arg.startsWith('--') && arg.length > 2) {
      name = arg.slice(0, 2);
      value = arg.slice(2).replace(/^=/, '');
    }
    const flag = VALUE_FLAGS[name];
    if (!flag) {
      if (name === '--json') throw new UsageError('flag --json takes no value');
      throw new UsageError(`unknown flag: ${name} ${SEE_HELP}`);
    }
    if (value === undefined) {
      const next = args[i + 1];
      // A following "--flag" is almost certainly a forgotten value, not the value itself.
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`flag needs an argument: ${name} ${SEE_HELP}`);
      value = next;
      i++;
    }
    apply(o, flag, name, value);
  }
  if (positional.length === 0) throw new UsageError(`"stagecraft build" needs a context directory ${SEE_HELP}`);
  if (positional.length > 1) throw new UsageError(`"stagecraft build" takes one context directory, got ${positional.length}: ${positional.join(' ')}`);
  o.context = positional[0]!;
  return { kind: 'build', options: o };
}

function apply(o: BuildOptions, flag: ValueFlag, name: string, value: string): void {
  if (value === '') throw new UsageError(`flag ${name} needs a non-empty value`);
  switch (flag) {
    case 'file':
      o.file = value;
      return;
    case 'target':
      o.target = value;
      return;
    case 'build-arg':
      o.buildArgs.push(parseBuildArg(name, value));
      return;
    case 'previous-build-arg':
      (o.previousBuildArgs ??= []).push(parseBuildArg(name, value));
      return;
    case 'secret':
      o.secrets.push(parseSecret(value));
      return;
    case 'image':
      o.images.push(parseImage(value));
      return;
    case 'previous-context':
      o.previousContext = value;
      return;
    case 'previous-file':
      o.previousFile = value;
      return;
  }
}

function parseBuildArg(flag: string, value: string): BuildArgSpec {
  const eq = value.indexOf('=');
  const key = eq < 0 ? value : value.slice(0, eq);
  if (!key || /\s/.test(key)) throw new UsageError(`invalid ${flag} "${value}": expected KEY=VALUE or KEY`);
  return { key, value: eq < 0 ? null : value.slice(eq + 1) };
}

/** buildx's form: comma-separated key=value fields; type=file and type=env are accepted. */
function parseSecret(value: string): SecretSpec {
  const bad = (why: string) => new UsageError(`invalid --secret "${value}": ${why} (expected id=ID,src=FILE or id=ID,env=VAR)`);
  const spec: Partial<SecretSpec> = {};
  let type: string | undefined;
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    if (eq <= 0) throw bad(`"${field}" is not key=value`);
    const [k, v] = [field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1)];
    if (!v) throw bad(`${k} is empty`);
    if (k === 'id') spec.id = v;
    else if (k === 'src' || k === 'source') spec.src = v;
    else if (k === 'env') spec.env = v;
    else if (k === 'type') type = v;
    else throw bad(`unknown field "${k}"`);
  }
  if (type !== undefined && type !== 'file' && type !== 'env') throw bad(`unsupported type "${type}"`);
  if (!spec.id) throw bad('missing id');
  if (spec.src === undefined && spec.env === undefined) throw bad('missing src or env');
  if (spec.src !== undefined && spec.env !== undefined) throw bad('give src or env, not both');
  return spec as SecretSpec;
}

function parseImage(value: string): ImageSpec {
  const eq = value.indexOf('=');
  if (eq <= 0 || eq === value.length - 1) throw new UsageError(`invalid --image "${value}": expected NAME=SAVED_IMAGE.tar`);
  return { name: value.slice(0, eq), file: value.slice(eq + 1) };
}
