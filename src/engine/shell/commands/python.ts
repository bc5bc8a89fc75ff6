// Python: pip/pip3/python -m pip (install, wheel, download), python -m venv, poetry (export,
// install) and uv (pip install, sync). Installing writes each distribution into the target
// site-packages (its package directory with its bytes, and a .dist-info with METADATA), its
// console scripts with the `#!` line pip writes, and pip's download cache unless disabled.
//
// Sizes: installed bytes (files listed in each RECORD, __pycache__ included, as pip compiles
// them) of manylinux x86_64 wheels for CPython 3.11, measured on 2026-11-29 where marked `m`,
// otherwise approximate figures for recent releases (`a`, PyPI wheel sizes times the usual
// unpack-and-compile factor). Every install states which.
import { basename, dirname, join, resolve } from '../../fs/path';
import { registerCommand, ok, fail, type CommandContext, type CommandResult } from '../model';
import { isFile, libcOf, mkdirs, onPath, putFile, putLink, readText, human, type Owner } from './os-packages';

/** kind: py (pure Python), bin (binary wheels for manylinux and musllinux), src (no wheel: compiled from source). */
type Kind = 'py' | 'bin' | 'src';
interface Dist {
  v: string;
  bytes: number;
  deps: string;
  kind: Kind;
  measured: boolean;
  /** Top-level import package (default: the name with - as _). */
  mod?: string;
  scripts?: Record<string, string>;
  extras?: Record<string, string>;
}

const d = (v: string, bytes: number, deps: string, kind: Kind, measured: boolean, more: Partial<Dist> = {}): Dist => ({ v, bytes, deps, kind, measured, ...more });
const M = true;
const A = false;

const PYPI: Record<string, Dist> = {
  flask: d('3.1.3', 748_957, 'werkzeug jinja2 itsdangerous click blinker markupsafe', 'py', M, { scripts: { flask: 'flask.cli:main' }, extras: { async: 'asgiref', dotenv: 'python-dotenv' } }),
  werkzeug: d('3.1.8', 1_763_695, 'markupsafe', 'py', M),
  jinja2: d('3.1.6', 1_214_986, 'markupsafe', 'py', M),
  markupsafe: d('3.0.3', 93_706, '', 'bin', M),
  itsdangerous: d('2.2.0', 100_585, '', 'py', M),
  click: d('8.2.1', 931_334, '', 'py', M),
  blinker: d('1.9.0', 52_052, '', 'py', M),
  requests: d('2.32.5', 501_574, 'charset-normalizer idna urllib3 certifi', 'py', M),
  'charset-normalizer': d('3.4.3', 859_788, '', 'bin', M, { scripts: { normalizer: 'charset_normalizer.cli:cli_detect' } }),
  idna: d('3.10', 605_538, '', 'py', M),
  urllib3: d('2.5.0', 930_793, '', 'py', M),
  certifi: d('2025.8.3', 249_015, '', 'py', M),
  numpy: d('2.3.2', 71_405_328, '', 'bin', M, { scripts: { f2py: 'numpy.f2py.f2py2e:main', 'numpy-config': 'numpy._configtool:main' } }),
  scipy: d('1.16.1', 142_954_760, 'numpy', 'bin', M),
  pandas: d('2.3.1', 72_000_000, 'numpy python-dateutil pytz tzdata', 'bin', A),
  'python-dateutil': d('2.9.0.post0', 766_261, 'six', 'py', M, { mod: 'dateutil' }),
  six: d('1.17.0', 84_669, '', 'py', M, { mod: 'six.py' }),
  pytz: d('2025.2', 2_900_000, '', 'py', A),
  tzdata: d('2025.2', 2_800_000, '', 'py', A),
  django: d('5.2.5', 38_000_000, 'asgiref sqlparse', 'py', A, { scripts: { 'django-admin': 'django.core.management:execute_from_command_line' } }),
  asgiref: d('3.9.1', 250_000, '', 'py', A),
  sqlparse: d('0.5.3', 450_000, '', 'py', A, { scripts: { sqlformat: 'sqlparse.__main__:main' } }),
  fastapi: d('0.116.1', 1_500_000, 'starlette pydantic typing-extensions', 'py', A, { extras: { standard: 'fastapi-cli httpx jinja2 python-multipart email-validator uvicorn' } }),
  'fastapi-cli': d('0.0.8', 150_000, 'typer uvicorn', 'py', A, { mod: 'fastapi_cli', scripts: { fastapi: 'fastapi_cli.cli:main' } }),
  typer: d('0.16.0', 400_000, 'click typing-extensions', 'py', A),
  'python-multipart': d('0.0.20', 120_000, '', 'py', A, { mod: 'multipart' }),
  'email-validator': d('2.2.0', 130_000, 'idna', 'py', A),
  starlette: d('0.47.2', 750_000, 'anyio typing-extensions', 'py', A),
  anyio: d('4.10.0', 900_000, 'idna sniffio typing-extensions', 'py', A),
  sniffio: d('1.3.1', 32_691, '', 'py', M),
  pydantic: d('2.11.7', 3_974_846, 'pydantic-core annotated-types typing-extensions typing-inspection', 'py', M),
  'pydantic-core': d('2.33.2', 5_231_317, 'typing-extensions', 'bin', M),
  'annotated-types': d('0.7.0', 73_275, '', 'py', M),
  'typing-extensions': d('4.14.1', 357_751, '', 'py', M, { mod: 'typing_extensions.py' }),
  'typing-inspection': d('0.4.1', 60_000, 'typing-extensions', 'py', A),
  uvicorn: d('0.35.0', 450_000, 'click h11', 'py', A, { scripts: { uvicorn: 'uvicorn.main:main' }, extras: { standard: 'httptools uvloop watchfiles websockets python-dotenv pyyaml' } }),
  h11: d('0.16.0', 300_000, '', 'py', A),
  httptools: d('0.6.4', 1_200_000, '', 'bin', A),
  uvloop: d('0.21.0', 13_000_000, '', 'bin', A),
  watchfiles: d('1.1.0', 1_300_000, 'anyio', 'bin', A),
  websockets: d('15.0.1', 900_000, '', 'bin', A),
  'python-dotenv': d('1.1.1', 100_000, '', 'py', A, { mod: 'dotenv', scripts: { dotenv: 'dotenv.__main__:cli' } }),
  pyyaml: d('6.0.2', 3_152_004, '', 'bin', M, { mod: 'yaml' }),
  gunicorn: d('23.0.0', 650_000, 'packaging', 'py', A, { scripts: { gunicorn: 'gunicorn.app.wsgiapp:run' } }),
  packaging: d('25.0', 809_551, '', 'py', M),
  sqlalchemy: d('2.0.43', 14_500_000, 'greenlet typing-extensions', 'bin', A),
  greenlet: d('3.2.4', 1_400_000, '', 'bin', A),
  alembic: d('1.16.4', 1_300_000, 'sqlalchemy mako typing-extensions', 'py', A, { scripts: { alembic: 'alembic.config:main' } }),
  mako: d('1.3.10', 500_000, 'markupsafe', 'py', A),
  psycopg2: d('2.9.10', 1_400_000, '', 'src', A),
  'psycopg2-binary': d('2.9.10', 9_600_000, '', 'bin', A, { mod: 'psycopg2' }),
  'psycopg': d('3.2.9', 1_100_000, 'typing-extensions', 'py', A),
  mysqlclient: d('2.2.7', 400_000, '', 'src', A, { mod: 'MySQLdb' }),
  boto3: d('1.40.11', 1_339_363, 'botocore jmespath s3transfer', 'py', M),
  botocore: d('1.40.11', 21_194_020, 'jmespath python-dateutil urllib3', 'py', M),
  s3transfer: d('0.13.1', 687_745, 'botocore', 'py', M),
  jmespath: d('1.0.1', 159_407, '', 'py', M),
  pillow: d('11.3.0', 14_000_000, '', 'bin', A, { mod: 'PIL' }),
  cryptography: d('45.0.6', 15_008_503, 'cffi', 'bin', M),
  cffi: d('1.17.1', 1_180_039, 'pycparser', 'bin', M),
  pycparser: d('2.22', 451_124, '', 'py', M),
  attrs: d('25.3.0', 460_848, '', 'py', M, { mod: 'attr' }),
  pytest: d('8.4.1', 3_097_818, 'iniconfig packaging pluggy pygments', 'py', M, { scripts: { pytest: 'pytest:console_main', 'py.test': 'pytest:console_main' } }),
  pluggy: d('1.6.0', 144_033, '', 'py', M),
  iniconfig: d('2.1.0', 39_326, '', 'py', M),
  pygments: d('2.19.2', 9_000_000, '', 'py', A, { scripts: { pygmentize: 'pygments.cmdline:main' } }),
  orjson: d('3.11.2', 400_000, '', 'bin', A),
  redis: d('6.4.0', 3_000_000, '', 'py', A),
  httpx: d('0.28.1', 550_000, 'anyio certifi httpcore idna', 'py', A, { scripts: { httpx: 'httpx:main' } }),
  httpcore: d('1.0.9', 450_000, 'certifi h11', 'py', A),
  lxml: d('6.0.0', 19_000_000, '', 'bin', A),
  'scikit-learn': d('1.7.1', 45_000_000, 'numpy scipy joblib threadpoolctl', 'bin', A, { mod: 'sklearn' }),
  joblib: d('1.5.1', 1_800_000, '', 'py', A),
  threadpoolctl: d('3.6.0', 70_000, '', 'py', A, { mod: 'threadpoolctl.py' }),
  celery: d('5.5.3', 3_500_000, 'kombu billiard vine click python-dateutil', 'py', A, { scripts: { celery: 'celery.__main__:main' } }),
  kombu: d('5.5.4', 1_500_000, 'amqp vine packaging', 'py', A),
  amqp: d('5.3.1', 300_000, 'vine', 'py', A),
  vine: d('5.1.0', 80_000, '', 'py', A),
  billiard: d('4.2.1', 700_000, '', 'py', A),
  pip: d('25.2', 14_305_659, '', 'py', M, { scripts: { pip: 'pip._internal.cli.main:main', pip3: 'pip._internal.cli.main:main' } }),
  setuptools: d('80.9.0', 8_036_270, '', 'py', M),
  wheel: d('0.45.1', 200_000, '', 'py', A, { scripts: { wheel: 'wheel.cli:main' } }),
  poetry: d('2.1.4', 2_600_000, 'poetry-core cleo dulwich virtualenv keyring requests tomlkit platformdirs installer pkginfo', 'py', A, { scripts: { poetry: 'poetry.console.application:main' } }),
  'poetry-core': d('2.1.3', 2_300_000, '', 'py', A),
  cleo: d('2.1.0', 1_000_000, 'rapidfuzz', 'py', A),
  rapidfuzz: d('3.13.0', 9_000_000, '', 'bin', A),
  dulwich: d('0.22.8', 4_000_000, 'urllib3', 'bin', A),
  virtualenv: d('20.34.0', 11_000_000, 'distlib filelock platformdirs', 'py', A, { scripts: { virtualenv: 'virtualenv.__main__:run_with_catch' } }),
  distlib: d('0.4.0', 2_000_000, '', 'py', A),
  filelock: d('3.18.0', 100_000, '', 'py', A),
  platformdirs: d('4.3.8', 100_000, '', 'py', A),
  keyring: d('25.6.0', 250_000, '', 'py', A),
  tomlkit: d('0.13.3', 250_000, '', 'py', A),
  installer: d('0.7.0', 300_000, '', 'py', A),
  pkginfo: d('1.12.1', 200_000, '', 'py', A),
  uv: d('0.8.11', 40_000_000, '', 'bin', A),
};

/** The bytes given to a package the table does not list. */
const DEFAULT_BYTES = 1_000_000;

const canon = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');
const distDir = (name: string, v: string) => `${canon(name).replace(/-/g, '_')}-${v}.dist-info`;

// ---- the interpreter and its environments -----------------------------------------------------

/**
 * The executable a command name ran: argv[0] as written when the interpreter passes it (a
 * `/opt/venv/bin/pip` differs from the `pip` on PATH), else the first of `names` on PATH.
 */
function invoked(ctx: CommandContext, names: string[]): string | null {
  const argv0 = (ctx as CommandContext & { argv0?: string }).argv0;
  if (argv0) return argv0.includes('/') ? resolve(ctx.cwd, argv0) : onPath(ctx, argv0);
  for (const n of names) {
    const p = onPath(ctx, n);
    if (p) return p;
  }
  return null;
}

interface Py {
  /** "3.12.7" (as far as known) and "3.12". */
  version: string;
  minor: string;
  /** The interpreter as found on PATH (not resolved), e.g. /usr/local/bin/python3. */
  exe: string;
  /** Its real file. */
  real: string;
}

function pythonOf(ctx: CommandContext, name = 'python3'): Py | null {
  let exe = (name.includes('/') ? (isFile(ctx, name) ? resolve(ctx.cwd, name) : null) : onPath(ctx, name)) ?? onPath(ctx, 'python3') ?? onPath(ctx, 'python');
  if (!exe) {
    // The interpreter runs a model for a command the image lacks only when the image is unknown.
    ctx.assume('no Python interpreter is known in this image: /usr/local/bin/python3 (3.12) is assumed');
    exe = '/usr/local/bin/python3';
    return { version: '3.12', minor: '3.12', exe, real: exe };
  }
  const real = ctx.fs.realpath(exe);
  let minor = /python(3\.\d+)$/.exec(real)?.[1] ?? null;
  // A venv's python links to the base interpreter; its version is in pyvenv.cfg.
  const cfg = venvOf(ctx, exe);
  const cfgVersion = cfg ? /^version(?:_info)?\s*=\s*(\S+)/m.exec(readText(ctx, join(cfg, 'pyvenv.cfg')) ?? '')?.[1] : undefined;
  const env = ctx.env.get('PYTHON_VERSION');
  let version = cfgVersion ?? (env && (!minor || env.startsWith(minor)) ? env : null) ?? minor ?? '';
  if (!minor) {
    minor = /^(3\.\d+)/.exec(version)?.[1] ?? null;
    if (!minor) {
      for (const lib of ['/usr/local/lib', '/usr/lib']) {
        const found = ctx.fs.list(ctx.fs.realpath(lib)).find((n) => /^python3\.\d+$/.test(n));
        if (found) {
          minor = found.slice(6);
          break;
        }
      }
    }
  }
  if (!minor) {
    minor = '3.12';
    ctx.assume('the Python version of this image is not known: Python 3.12 is assumed');
  }
  if (!version) version = minor;
  return { version, minor, exe, real };
}

/** The venv directory an executable lives in (…/bin/x with …/pyvenv.cfg), or null. */
function venvOf(ctx: CommandContext, exe: string): string | null {
  const root = dirname(dirname(exe));
  return isFile(ctx, join(root, 'pyvenv.cfg')) ? root : null;
}

/** Whether the interpreter is a distribution's (Debian bookworm, Alpine 3.19+) that refuses pip installs (PEP 668). */
function externallyManaged(ctx: CommandContext, py: Py): boolean {
  if (venvOf(ctx, py.exe)) return false;
  if (isFile(ctx, `/usr/lib/python${py.minor}/EXTERNALLY-MANAGED`)) return true;
  return /^\/usr\/bin\//.test(py.real) && (isFile(ctx, '/etc/debian_version') || isFile(ctx, '/etc/alpine-release'));
}

interface Target {
  site: string;
  bin: string;
  /** The `#!` line of console scripts. */
  shebang: string;
  label: string;
}

function defaultTarget(ctx: CommandContext, py: Py): Target {
  const venv = venvOf(ctx, py.exe);
  if (venv) return { site: `${venv}/lib/python${py.minor}/site-packages`, bin: `${venv}/bin`, shebang: `${venv}/bin/python`, label: `the virtual environment ${venv}` };
  if (/^\/usr\/bin\//.test(py.real)) return { site: `/usr/local/lib/python${py.minor}/dist-packages`, bin: '/usr/local/bin', shebang: py.real, label: 'the system Python' };
  const prefix = dirname(dirname(py.exe));
  return { site: `${prefix}/lib/python${py.minor}/site-packages`, bin: `${prefix}/bin`, shebang: py.real, label: `${prefix}/lib/python${py.minor}/site-packages` };
}

function installedVersion(ctx: CommandContext, site: string, name: string): string | null {
  const prefix = canon(name).replace(/-/g, '_') + '-';
  const hit = ctx.fs.list(ctx.fs.realpath(site)).find((n) => n.toLowerCase().startsWith(prefix) && n.endsWith('.dist-info'));
  return hit ? hit.slice(prefix.length, -'.dist-info'.length) : null;
}

// ---- requirements -----------------------------------------------------------------------------

interface Req {
  name: string;
  extras: string[];
  pin: string | null;
}

function parseReq(line: string): Req | null {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(?:(==|>=|<=|~=|!=|>|<|===)\s*([^;,\s]+))?/.exec(line);
  if (!m) return null;
  return { name: canon(m[1]!), extras: (m[2] ?? '').split(',').map((s) => s.trim()).filter(Boolean), pin: m[3] === '==' || m[3] === '===' ? m[4]! : null };
}

/** The requirements of a file (with nested -r), or an error result. */
function readRequirements(ctx: CommandContext, file: string, tool: string, depth = 0): Req[] | CommandResult {
  const path = resolve(ctx.cwd, file);
  const n = ctx.fs.get(ctx.fs.realpath(path));
  if (!n || n.type !== 'file') return fail(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`);
  const text = readText(ctx, path);
  if (text === null) {
    ctx.opaque(`${tool} -r ${file}: the file's contents are unknown, so what it installs is unknown`);
    return [];
  }
  const out: Req[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').replace(/\\$/, '').trim();
    if (!line) continue;
    const nested = /^(?:-r|--requirement|-c|--constraint)\s*=?\s*(\S+)/.exec(line);
    if (nested) {
      if (line.startsWith('-c') || line.startsWith('--constraint') || depth > 5) continue;
      const inner = readRequirements(ctx, join(dirname(path), nested[1]!), tool, depth + 1);
      if (!Array.isArray(inner)) return inner;
      out.push(...inner);
      continue;
    }
    if (line.startsWith('-') || line.startsWith('--hash')) continue;
    if (/^(\.|\/|git\+|https?:)/.test(line)) {
      ctx.opaque(`${tool}: "${line}" in ${file} installs from a path or URL the simulator does not build`);
      continue;
    }
    const r = parseReq(line);
    if (r) out.push(r);
  }
  return out;
}

/** The install order (dependencies first) for the requested distributions. */
function resolveDists(reqs: Req[]): { name: string; v: string; dist: Dist | null; requested: boolean }[] {
  const out: { name: string; v: string; dist: Dist | null; requested: boolean }[] = [];
  const seen = new Map<string, number>();
  const visit = (name: string, extras: string[], pin: string | null, requested: boolean) => {
    const c = canon(name);
    const dist = PYPI[c] ?? null;
    const known = seen.get(c);
    if (known !== undefined) {
      if (requested) out[known]!.requested = true;
      if (!extras.length) return;
    }
    const deps = [...(dist?.deps.split(' ').filter(Boolean) ?? []), ...extras.flatMap((e) => dist?.extras?.[e]?.split(' ') ?? [])];
    if (known === undefined) seen.set(c, -1);
    for (const dep of deps) visit(dep, [], null, false);
    if (known === undefined) {
      seen.set(c, out.length);
      out.push({ name: c, v: pin ?? dist?.v ?? '1.0.0', dist, requested });
    }
  };
  for (const r of reqs) visit(r.name, r.extras, r.pin, true);
  return out;
}

// ---- writing distributions --------------------------------------------------------------------

function script(shebang: string, entry: string): string {
  const [mod, fn] = entry.split(':') as [string, string];
  return `#!${shebang}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom ${mod} import ${fn.split('.')[0]}\nif __name__ == "__main__":\n    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])\n    sys.exit(${fn}())\n`;
}

function writeDist(ctx: CommandContext, t: Target, name: string, v: string, dist: Dist | null, owner: Owner): number {
  const bytes = dist?.bytes ?? DEFAULT_BYTES;
  const mod = dist?.mod ?? name.replace(/-/g, '_');
  const info = `${t.site}/${distDir(name, v)}`;
  const requires = (dist?.deps ?? '').split(' ').filter(Boolean).map((x) => `Requires-Dist: ${x}\n`).join('');
  const metadata = `Metadata-Version: 2.1\nName: ${name}\nVersion: ${v}\n${requires}`;
  putFile(ctx, `${info}/METADATA`, metadata, { owner });
  putFile(ctx, `${info}/INSTALLER`, 'pip\n', { owner });
  putFile(ctx, `${info}/WHEEL`, `Wheel-Version: 1.0\nGenerator: bdist_wheel\nRoot-Is-Purelib: ${dist?.kind === 'py' ? 'true' : 'false'}\n`, { owner });
  const scripts = Object.entries(dist?.scripts ?? {});
  const recordBytes = Math.max(200, Math.round(bytes / 6000) * 90);
  putFile(ctx, `${info}/RECORD`, recordBytes, { owner, id: `pypi:${name}=${v}:RECORD` });
  const small = metadata.length + 4 + 80 + recordBytes;
  if (mod.endsWith('.py')) {
    putFile(ctx, `${t.site}/${mod}`, Math.round((bytes - small) * 0.4), { owner, id: `pypi:${name}=${v}:${mod}` });
    const tag = /python3\.(\d+)/.exec(t.site)?.[1] ?? '12';
    putFile(ctx, `${t.site}/__pycache__/${mod.slice(0, -3)}.cpython-3${tag}.pyc`, Math.round((bytes - small) * 0.6), { owner, id: `pypi:${name}=${v}:pyc` });
  } else {
    putFile(ctx, `${t.site}/${mod}/__init__.py`, 0, { owner, id: `pypi:${name}=${v}:init` });
    putFile(ctx, `${t.site}/${mod}/[files of ${name} ${v}]`, Math.max(0, bytes - small), { owner, id: `pypi:${name}=${v}:files` });
  }
  for (const [s, entry] of scripts) {
    if (name === 'pip' && !t.bin.includes('venv') && s === 'pip' && isFile(ctx, join(t.bin, s))) continue;
    putFile(ctx, join(t.bin, s), script(t.shebang, entry), { owner, mode: 0o755 });
  }
  if (name === 'uv') {
    putFile(ctx, join(t.bin, 'uv'), 36_000_000, { owner, mode: 0o755, id: `pypi:uv=${v}:bin`, head: `#!stagecraft-binary uv static linux/amd64\n` });
    putFile(ctx, join(t.bin, 'uvx'), 330_000, { owner, mode: 0o755, id: `pypi:uv=${v}:uvx` });
  }
  return bytes;
}

/** pip's HTTP cache entry for a downloaded wheel (~/.cache/pip/http-v2/a/b/c/d/e/<hash>.body). */
function cachePath(home: string, key: string): string {
  let h = 0x811c9dc5;
  let hex = '';
  for (let round = 0; round < 7; round++) {
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ round, 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  hex = hex.slice(0, 56);
  return `${home}/.cache/pip/http-v2/${hex[0]}/${hex[1]}/${hex[2]}/${hex[3]}/${hex[4]}/${hex}.body`;
}

/** A compressed wheel is about this fraction of its installed bytes (which include .pyc files). */
const WHEEL_RATIO = 0.3;

interface PipOptions {
  tool: string;
  noCache: boolean;
  upgrade: boolean;
  noIndex: boolean;
  findLinks: string | null;
  noDeps: boolean;
  breakSystem: boolean;
  user: boolean;
  prefix: string | null;
  target: string | null;
  wheelDir: string | null;
}

/** Checks that a source build can run; returns pip's error when it cannot. */
function canBuild(ctx: CommandContext, py: Py, name: string, v: string): CommandResult | null {
  const head = `  error: subprocess-exited-with-error\n  \n  × Getting requirements to build wheel did not run successfully.\n  │ exit code: 1\n  ╰─> [`;
  if (name === 'psycopg2' && !onPath(ctx, 'pg_config')) {
    return fail(`Collecting psycopg2==${v}\n  Downloading psycopg2-${v}.tar.gz (385 kB)\n${head}23 lines of output]\n      Error: pg_config executable not found.\n      \n      pg_config is required to build psycopg2 from source.  Please add the directory\n      containing pg_config to the $PATH or specify the full executable path with the\n      option:\n      \n          python setup.py build_ext --pg-config /path/to/pg_config build ...\n      \n      If you prefer to avoid building psycopg2 from source, please install the PyPI\n      'psycopg2-binary' package instead.\n  note: This error originates from a subprocess, and is likely not a problem with pip.\nerror: subprocess-exited-with-error\n`);
  }
  if (name === 'mysqlclient' && !onPath(ctx, 'mysql_config') && !onPath(ctx, 'pkg-config')) {
    return fail(`Collecting mysqlclient==${v}\n${head}]\n      Exception: Can not find valid pkg-config name.\n      Specify MYSQLCLIENT_CFLAGS and MYSQLCLIENT_LDFLAGS env vars manually\nerror: subprocess-exited-with-error\n`);
  }
  const cc = onPath(ctx, 'gcc') ?? onPath(ctx, 'cc');
  const build = `  error: subprocess-exited-with-error\n  \n  × Building wheel for ${name} (pyproject.toml) did not run successfully.\n  │ exit code: 1\n  ╰─> [`;
  if (!cc) return fail(`${build}]\n      building '${name}._${name}' extension\n      error: command 'gcc' failed: No such file or directory\n  ERROR: Failed building wheel for ${name}\nERROR: Failed to build installable wheels for some pyproject.toml based projects (${name})\n`);
  // Python.h, or the include directory the -dev package fills (its files are not listed one by one).
  const headers = [`/usr/local/include/python${py.minor}`, `/usr/include/python${py.minor}`].some((d) => isFile(ctx, `${d}/Python.h`) || ctx.fs.list(ctx.fs.realpath(d)).length > 0);
  if (!headers) return fail(`${build}]\n      fatal error: Python.h: No such file or directory\n      compilation terminated.\n      error: command '${cc}' failed with exit code 1\n  ERROR: Failed building wheel for ${name}\n`);
  // The C library's headers: libc6-dev (a Recommends of gcc, so missing with --no-install-recommends gcc) or musl-dev.
  const libcHeaders = ['/usr/include/stdio.h', '/usr/lib/x86_64-linux-gnu/libc.a', '/usr/lib/libc.a'].some((p) => isFile(ctx, p));
  if (!libcHeaders) return fail(`${build}]\n      fatal error: stdio.h: No such file or directory\n      compilation terminated.\n  ERROR: Failed building wheel for ${name}\n`);
  return null;
}

function pipInstall(ctx: CommandContext, py: Py, reqs: Req[], opts: PipOptions): CommandResult {
  let o = opts;
  if (o.wheelDir === null && !o.user && !o.prefix && !o.target && externallyManaged(ctx, py) && !o.breakSystem && ctx.env.get('PIP_BREAK_SYSTEM_PACKAGES') !== '1') {
    return fail(`error: externally-managed-environment\n\n× This environment is externally managed\n╰─> To install Python packages system-wide, try apt install\n    python3-xyz, where xyz is the package you are trying to\n    install.\n    \n    If you wish to install a non-Debian-packaged Python package,\n    create a virtual environment using python3 -m venv path/to/venv.\n    Then use path/to/venv/bin/python3 and path/to/venv/bin/pip to make\n    sure you have pip installed.\n\nnote: If you believe this is a mistake, please contact your Python installation or OS distribution provider. You can override this, at the risk of breaking your Python installation or OS, by passing --break-system-packages.\nhint: See PEP 668 for the detailed specification.\n`);
  }
  const home = ctx.user.home || '/root';
  let t = defaultTarget(ctx, py);
  // pip falls back to --user when a non-root user cannot write the system site-packages.
  if (!o.user && !o.prefix && !o.target && o.wheelDir === null && ctx.user.uid !== 0 && !venvOf(ctx, py.exe)) {
    const site = ctx.fs.get(ctx.fs.realpath(t.site));
    if (!site || (site.uid !== ctx.user.uid && (site.mode & 0o002) === 0)) {
      o = { ...o, user: true };
      ctx.assume(`${o.tool}: "Defaulting to user installation because normal site-packages is not writeable": as ${ctx.user.name} the packages go to ${home}/.local`);
    }
  }
  if (o.user) t = { site: `${home}/.local/lib/python${py.minor}/site-packages`, bin: `${home}/.local/bin`, shebang: py.real, label: `${home}/.local (--user)` };
  if (o.prefix) t = { site: `${resolve(ctx.cwd, o.prefix)}/lib/python${py.minor}/site-packages`, bin: `${resolve(ctx.cwd, o.prefix)}/bin`, shebang: py.real, label: `the prefix ${o.prefix}` };
  if (o.target) t = { site: resolve(ctx.cwd, o.target), bin: `${resolve(ctx.cwd, o.target)}/bin`, shebang: py.real, label: `the target ${o.target}` };
  const owner: Owner = { uid: ctx.user.uid, gid: ctx.user.gid };
  const all = o.noDeps ? reqs.map((r) => ({ name: r.name, v: r.pin ?? PYPI[r.name]?.v ?? '1.0.0', dist: PYPI[r.name] ?? null, requested: true })) : resolveDists(reqs);
  const musl = libcOf(ctx) === 'musl';
  let out = '';
  let total = 0;
  const installed: string[] = [];
  const unknown: string[] = [];
  const measured = { yes: 0, no: 0 };
  const caching = !o.noCache && !['1', 'true', 'yes', 'on', 'off', 'false', '0'].includes((ctx.env.get('PIP_NO_CACHE_DIR') ?? '').toLowerCase()) && o.wheelDir === null;
  for (const p of all) {
    const have = o.wheelDir === null && !o.target && !o.prefix ? installedVersion(ctx, t.site, p.name) : null;
    if (have !== null && !(o.upgrade && p.requested)) {
      if (p.requested) out += `Requirement already satisfied: ${p.name} in ${t.site} (${have})\n`;
      continue;
    }
    if (o.noIndex) {
      const dir = o.findLinks ? resolve(ctx.cwd, o.findLinks) : null;
      const prefix = canon(p.name).replace(/-/g, '_') + '-';
      const wheel = dir ? ctx.fs.list(ctx.fs.realpath(dir)).find((n) => n.toLowerCase().startsWith(prefix) && (n.endsWith('.whl') || n.endsWith('.tar.gz'))) : undefined;
      if (!wheel) return fail(`${out}ERROR: Could not find a version that satisfies the requirement ${p.name} (from versions: none)\nERROR: No matching distribution found for ${p.name}\n`);
      if (wheel.endsWith('.tar.gz')) {
        const err = canBuild(ctx, py, p.name, p.v);
        if (err) return err;
      }
    } else if (p.dist?.kind === 'src') {
      const err = canBuild(ctx, py, p.name, p.v);
      if (err) return { ...err, stdout: { text: out } };
      out += `Building wheel for ${p.name} (pyproject.toml): finished with status 'done'\n`;
      ctx.assume(`${p.name} ${p.v} has no wheel on PyPI: pip compiles it from source (a C compiler, the Python headers and its library headers are needed in this stage, not at run time)`);
      if (caching) putFile(ctx, `${home}/.cache/pip/wheels/${p.name.slice(0, 2)}/${p.name}/${p.name}-${p.v}-cp${py.minor.replace('.', '')}-cp${py.minor.replace('.', '')}-linux_x86_64.whl`, Math.round((p.dist?.bytes ?? DEFAULT_BYTES) * WHEEL_RATIO), { owner, id: `wheel-cache:${p.name}=${p.v}` });
    } else if (musl && p.dist?.kind === 'bin') {
      ctx.assume(`${p.name} ${p.v} installs from a musllinux wheel (PyPI has them for its recent releases); an older pinned version without one would be compiled from source on Alpine and need build-base (and for numpy/scipy/pandas a Fortran/BLAS toolchain)`);
    }
    if (o.wheelDir !== null) {
      const tag = p.dist?.kind === 'py' ? 'py3-none-any' : `cp${py.minor.replace('.', '')}-cp${py.minor.replace('.', '')}-${musl ? 'musllinux_1_2' : 'manylinux_2_17'}_x86_64`;
      putFile(ctx, `${resolve(ctx.cwd, o.wheelDir)}/${canon(p.name).replace(/-/g, '_')}-${p.v}-${tag}.whl`, Math.round((p.dist?.bytes ?? DEFAULT_BYTES) * WHEEL_RATIO), { owner, id: `wheel:${p.name}=${p.v}:${tag}` });
      total += Math.round((p.dist?.bytes ?? DEFAULT_BYTES) * WHEEL_RATIO);
      installed.push(`${p.name}-${p.v}`);
      if (!p.dist) unknown.push(p.name);
      continue;
    }
    if (have !== null) ctx.fs.remove(ctx.fs.realpath(`${t.site}/${distDir(p.name, have)}`));
    total += writeDist(ctx, t, p.name, p.v, p.dist, owner);
    if (caching && !o.noIndex && p.dist?.kind !== 'src') putFile(ctx, cachePath(home, `${p.name}-${p.v}`), Math.round((p.dist?.bytes ?? DEFAULT_BYTES) * WHEEL_RATIO), { owner, id: `pip-cache:${p.name}=${p.v}` });
    installed.push(`${p.name}-${p.v}`);
    if (!p.dist) unknown.push(p.name);
    else if (p.dist.measured) measured.yes++;
    else measured.no++;
  }
  if (!installed.length) return ok({ text: out });
  if (unknown.length) ctx.assume(`${o.tool}: ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not in the simulator's table of Python packages: each is given ${human(DEFAULT_BYTES)} and no dependencies`);
  if (o.wheelDir !== null) {
    ctx.assume(`${o.tool} wheel: ${installed.length} wheels (${human(total)}) in ${o.wheelDir}, each about ${Math.round(WHEEL_RATIO * 100)}% of its installed size`);
    return ok({ text: `${out}Saved ${installed.map((i) => `./${i}`).join(' ')}\n` });
  }
  ctx.assume(
    `${o.tool} install: ${installed.length} distribution${installed.length > 1 ? 's' : ''} (${human(total)}) into ${t.label}; sizes ${measured.no ? (measured.yes ? 'partly measured (CPython 3.11 manylinux wheels, __pycache__ included), partly approximate' : 'approximate') : 'measured from CPython 3.11 manylinux wheels, __pycache__ included'}${caching ? `; pip keeps the downloaded wheels in ${home}/.cache/pip (about ${human(Math.round(total * WHEEL_RATIO))}) — \`--no-cache-dir\` or PIP_NO_CACHE_DIR=1 would not` : ''}`,
  );
  return ok({ text: `${out}Successfully installed ${installed.join(' ')}\n` });
}

function pip(args: string[], ctx: CommandContext, py: Py, tool: string): CommandResult {
  const sub = args.find((a) => !a.startsWith('-'));
  if (args.includes('--version') || args.includes('-V')) return ok({ text: `pip 24.2 from ${defaultTarget(ctx, py).site}/pip (python ${py.minor})\n` });
  if (sub === 'freeze' || sub === 'list') {
    const site = defaultTarget(ctx, py).site;
    const dists = ctx.fs.list(ctx.fs.realpath(site)).filter((n) => n.endsWith('.dist-info')).map((n) => n.slice(0, -10).replace(/-([^-]+)$/, '==$1'));
    return ok({ text: dists.join('\n') + (dists.length ? '\n' : '') });
  }
  if (sub === 'uninstall') {
    const site = defaultTarget(ctx, py).site;
    for (const a of args.filter((x) => !x.startsWith('-') && x !== 'uninstall')) {
      const v = installedVersion(ctx, site, a);
      if (v === null) continue;
      ctx.fs.remove(ctx.fs.realpath(`${site}/${distDir(canon(a), v)}`));
      ctx.fs.remove(ctx.fs.realpath(`${site}/${PYPI[canon(a)]?.mod ?? canon(a).replace(/-/g, '_')}`));
    }
    return ok();
  }
  if (sub !== 'install' && sub !== 'wheel' && sub !== 'download') {
    if (sub === 'cache' && args.includes('purge')) {
      ctx.fs.remove(ctx.fs.realpath(`${ctx.user.home}/.cache/pip`));
      return ok();
    }
    ctx.opaque(`${tool} ${args.join(' ')}: not modelled`);
    return ok();
  }
  const o: PipOptions = { tool, noCache: false, upgrade: false, noIndex: false, findLinks: null, noDeps: false, breakSystem: false, user: false, prefix: null, target: null, wheelDir: null };
  const reqs: Req[] = [];
  const VALUE = ['-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '-w', '--wheel-dir', '-d', '--dest', '--root', '--platform', '--python-version', '--only-binary', '--no-binary', '--progress-bar', '--trusted-host', '--timeout', '--retries', '--src', '-e', '--editable', '--cache-dir', '--abi', '--implementation', '--report'];
  const rest = args.slice(args.indexOf(sub) + 1);
  for (let i = 0; i < rest.length; i++) {
    let a = rest[i]!;
    let value: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    } else if (VALUE.includes(a)) value = rest[++i] ?? '';
    else if (/^-[rctfwd].+/.test(a)) {
      value = a.slice(2);
      a = a.slice(0, 2);
    }
    switch (a) {
      case '-r':
      case '--requirement': {
        const got = readRequirements(ctx, value!, tool);
        if (!Array.isArray(got)) return got;
        reqs.push(...got);
        break;
      }
      case '--no-cache-dir': o.noCache = true; break;
      case '-U': case '--upgrade': o.upgrade = true; break;
      case '--no-index': o.noIndex = true; break;
      case '-f': case '--find-links': o.findLinks = value!; break;
      case '--no-deps': o.noDeps = true; break;
      case '--break-system-packages': o.breakSystem = true; break;
      case '--user': o.user = true; break;
      case '--prefix': o.prefix = value!; break;
      case '-t': case '--target': o.target = value!; break;
      case '-w': case '--wheel-dir': case '-d': case '--dest': o.wheelDir = value!; break;
      case '-e': case '--editable':
        ctx.opaque(`${tool} install -e ${value}: an editable install of a local project is not modelled`);
        break;
      default:
        if (value !== undefined || a.startsWith('-')) break;
        if (/^(\.|\/)/.test(a) || /\.(whl|tar\.gz|zip)$/.test(a) || a.includes('://')) {
          const whl = /([A-Za-z0-9_.]+)-([^-]+)-.*\.whl$/.exec(basename(a));
          if (whl && isFile(ctx, a)) reqs.push({ name: canon(whl[1]!), extras: [], pin: whl[2]! });
          else ctx.opaque(`${tool} install ${a}: installing a local project or archive is not modelled (its build and contents are unknown)`);
          break;
        }
        {
          const r = parseReq(a);
          if (r) reqs.push(r);
        }
    }
  }
  if (sub === 'wheel' || sub === 'download') o.wheelDir ??= '.';
  if (!reqs.length) return ok();
  return pipInstall(ctx, py, reqs, o);
}

registerCommand({
  names: ['pip', 'pip3', 'pip3.8', 'pip3.9', 'pip3.10', 'pip3.11', 'pip3.12', 'pip3.13', 'pip3.14'],
  run(args, ctx) {
    // The pip script runs with the interpreter of its `#!` line: a venv's pip installs into the venv.
    const exe = invoked(ctx, ['pip', 'pip3']);
    const shebang = exe ? /^#!\s*(\S+)/.exec(readText(ctx, exe) ?? '')?.[1] : undefined;
    const py = pythonOf(ctx, shebang && isFile(ctx, shebang) ? shebang : exe && venvOf(ctx, exe) ? join(dirname(exe), 'python') : 'python3');
    if (!py) return fail('/bin/sh: pip: not found\n', 127);
    return pip(args, ctx, py, 'pip');
  },
});

// ---- python -m venv / -m pip -------------------------------------------------------------------

function venv(args: string[], ctx: CommandContext, py: Py): CommandResult {
  const dirArg = args.find((a) => !a.startsWith('-'));
  if (!dirArg) return fail('usage: venv [-h] [--system-site-packages] [--symlinks | --copies] [--clear] [--upgrade] [--without-pip] [--prompt PROMPT] [--upgrade-deps] ENV_DIR [ENV_DIR ...]\nvenv: error: the following arguments are required: ENV_DIR\n', 2);
  const withoutPip = args.includes('--without-pip');
  const copies = args.includes('--copies');
  const distro = /^\/usr\/bin\//.test(py.real) && isFile(ctx, '/etc/debian_version');
  if (distro && !withoutPip) {
    const status = readText(ctx, '/var/lib/dpkg/status') ?? '';
    if (!new RegExp(`^Package: python${py.minor.replace('.', '\\.')}-venv$`, 'm').test(status)) {
      return fail(`The virtual environment was not created successfully because ensurepip is not\navailable.  On Debian/Ubuntu systems, you need to install the python3-venv\npackage using the following command.\n\n    apt install python${py.minor}-venv\n\nYou may need to use sudo with that command.  After installing the python3-venv\npackage, recreate your virtual environment.\n\nFailing command: ${resolve(ctx.cwd, dirArg)}/bin/python${py.minor.split('.')[0]}\n`);
    }
  }
  const dir = resolve(ctx.cwd, dirArg);
  const owner: Owner = { uid: ctx.user.uid, gid: ctx.user.gid };
  if (mkdirs(ctx, dir, owner) === null) return fail(`Error: [Errno 17] File exists: '${dir}'\n`);
  const exeName = basename(py.exe);
  const bin = `${dir}/bin`;
  mkdirs(ctx, bin, owner);
  mkdirs(ctx, `${dir}/include/python${py.minor}`, owner);
  mkdirs(ctx, `${dir}/lib/python${py.minor}/site-packages`, owner);
  if (!ctx.fs.get(`${dir}/lib64`)) putLink(ctx, `${dir}/lib64`, 'lib', owner);
  putFile(ctx, `${dir}/pyvenv.cfg`, `home = ${dirname(py.exe)}\ninclude-system-site-packages = ${args.includes('--system-site-packages') ? 'true' : 'false'}\nversion = ${py.version}\nexecutable = ${py.real}\ncommand = ${py.exe} -m venv ${dir}\n`, { owner });
  // The interpreter as it was invoked gets an absolute link (or a copy); the other names link to it.
  if (copies) putFile(ctx, `${bin}/${exeName}`, ctx.fs.get(py.real)?.size ?? 15_000, { owner, mode: 0o755, id: `python-copy:${py.real}` });
  else putLink(ctx, `${bin}/${exeName}`, py.exe, owner);
  for (const n of ['python', 'python3', `python${py.minor}`]) if (n !== exeName) putLink(ctx, `${bin}/${n}`, exeName, owner);
  putFile(ctx, `${bin}/activate`, `# This file must be used with "source bin/activate" *from bash*\nVIRTUAL_ENV="${dir}"\nexport VIRTUAL_ENV\n_OLD_VIRTUAL_PATH="$PATH"\nPATH="$VIRTUAL_ENV/bin:$PATH"\nexport PATH\n`, { owner });
  putFile(ctx, `${bin}/activate.csh`, 936, { owner, id: 'venv:activate.csh' });
  putFile(ctx, `${bin}/activate.fish`, 2_215, { owner, id: 'venv:activate.fish' });
  putFile(ctx, `${bin}/Activate.ps1`, 9_033, { owner, id: 'venv:Activate.ps1' });
  if (!withoutPip) {
    const t: Target = { site: `${dir}/lib/python${py.minor}/site-packages`, bin, shebang: `${bin}/python`, label: dir };
    writeDist(ctx, t, 'pip', PYPI.pip!.v, PYPI.pip!, owner);
    putFile(ctx, `${bin}/pip${py.minor}`, script(`${bin}/python`, 'pip._internal.cli.main:main'), { owner, mode: 0o755 });
    const minor = Number(py.minor.split('.')[1]);
    if (minor < 12) writeDist(ctx, t, 'setuptools', PYPI.setuptools!.v, PYPI.setuptools!, owner);
    ctx.assume(`python -m venv ${dirArg}: ensurepip installs pip${minor < 12 ? ' and setuptools' : ''} (${human(PYPI.pip!.bytes + (minor < 12 ? PYPI.setuptools!.bytes : 0))}, measured); bin/${exeName} is a symlink to ${py.exe}, so the venv only runs where that interpreter exists`);
  }
  return ok();
}

registerCommand({
  names: ['python', 'python3', 'python3.8', 'python3.9', 'python3.10', 'python3.11', 'python3.12', 'python3.13', 'python3.14'],
  run(args, ctx) {
    const exe = invoked(ctx, ['python', 'python3']);
    const py = pythonOf(ctx, exe ?? 'python3');
    if (!py) return fail('/bin/sh: python3: not found\n', 127);
    let i = 0;
    while (i < args.length && /^-[BEsSuIOq]+$/.test(args[i]!)) i++;
    const a = args[i];
    if (a === '--version' || a === '-V') return ok({ text: `Python ${py.version}\n` });
    if (a === '-m') {
      const mod = args[i + 1];
      const rest = args.slice(i + 2);
      if (mod === 'pip') return pip(rest, ctx, py, 'python -m pip');
      if (mod === 'venv') return venv(rest, ctx, py);
      if (mod === 'ensurepip') {
        ctx.assume('python -m ensurepip: pip is taken to be installed already');
        return ok();
      }
      if (mod === 'compileall') {
        ctx.assume('python -m compileall: the .pyc files it writes are not modelled (pip already compiles what it installs)');
        return ok();
      }
      ctx.opaque(`python -m ${mod}: runs Python code the simulator does not execute`);
      return ok({ unknown: `the output of python -m ${mod}` });
    }
    if (a === '-c') {
      ctx.opaque(`python -c: runs Python code the simulator does not execute`);
      return ok({ unknown: 'the output of python -c' });
    }
    ctx.opaque(`python ${args.join(' ')}: runs a Python program; what it does is unknown`);
    return ok({ unknown: 'the output of a Python program' });
  },
});

// ---- poetry and uv ----------------------------------------------------------------------------

/** Dependencies declared in pyproject.toml: [project] dependencies and [tool.poetry.*dependencies]. */
function pyprojectDeps(text: string, withDev: boolean): { main: Req[]; dev: Req[]; name: string } {
  const main: Req[] = [];
  const dev: Req[] = [];
  const name = /^\s*name\s*=\s*"([^"]+)"/m.exec(text)?.[1] ?? 'app';
  let section = '';
  let inArray: Req[] | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (inArray) {
      if (line.startsWith(']')) {
        inArray = null;
        continue;
      }
      const s = /^"([^"]+)"/.exec(line)?.[1];
      const r = s ? parseReq(s) : null;
      if (r) inArray.push(r);
      continue;
    }
    const h = /^\[([^\]]+)\]$/.exec(line);
    if (h) {
      section = h[1]!.trim();
      continue;
    }
    if (section === 'project' && /^dependencies\s*=\s*\[/.test(line)) {
      inArray = main;
      const inline = line.slice(line.indexOf('[') + 1);
      for (const s of inline.matchAll(/"([^"]+)"/g)) {
        const r = parseReq(s[1]!);
        if (r) main.push(r);
      }
      if (inline.includes(']')) inArray = null;
      continue;
    }
    if ((section === 'dependency-groups' || section === 'project.optional-dependencies') && /^dev\s*=\s*\[/.test(line)) {
      inArray = dev;
      if (line.includes(']')) inArray = null;
      continue;
    }
    const kv = /^([A-Za-z0-9_.-]+)\s*=\s*(.+)$/.exec(line);
    if (!kv) continue;
    if (section === 'tool.poetry.dependencies' && kv[1] !== 'python') main.push({ name: canon(kv[1]!), extras: [], pin: /^"[=]*(\d[\w.]*)"$/.exec(kv[2]!)?.[1] ?? null });
    if (/^tool\.poetry\.(dev-dependencies|group\.[\w-]+\.dependencies)$/.test(section)) dev.push({ name: canon(kv[1]!), extras: [], pin: null });
  }
  return { main, dev: withDev ? dev : [], name };
}

function projectFile(ctx: CommandContext, tool: string): string | CommandResult {
  const text = readText(ctx, join(ctx.cwd, 'pyproject.toml'));
  if (text === null) {
    if (isFile(ctx, join(ctx.cwd, 'pyproject.toml'))) {
      ctx.opaque(`${tool}: pyproject.toml has contents the simulator does not know`);
      return ok();
    }
    return tool === 'poetry' ? fail(`\nPoetry could not find a pyproject.toml file in ${ctx.cwd} or its parents\n`) : fail(`error: No \`pyproject.toml\` found in current directory or any parent directory\n`, 2);
  }
  return text;
}

registerCommand({
  names: ['poetry'],
  run(args, ctx) {
    const sub = args.find((a) => !a.startsWith('-'));
    const py = pythonOf(ctx);
    if (!py) return fail('poetry: no Python interpreter found\n');
    if (sub === 'config') {
      ctx.assume(`poetry config ${args.slice(1).join(' ')}: poetry's settings are taken from POETRY_* variables only`);
      return ok();
    }
    const file = projectFile(ctx, 'poetry');
    if (typeof file !== 'string') return file;
    const onlyMain = args.some((a) => a === '--only=main' || a === '--without=dev' || a === '--no-dev' || a === '--only' || a === '--without');
    const deps = pyprojectDeps(file, !onlyMain);
    if (sub === 'export') {
      const o = args.indexOf('--output') >= 0 ? args[args.indexOf('--output') + 1] : args.find((a) => a.startsWith('--output='))?.slice(9) ?? (args.includes('-o') ? args[args.indexOf('-o') + 1] : undefined);
      const hashes = !args.includes('--without-hashes');
      const lines = resolveDists([...deps.main, ...deps.dev]).map((p) => `${p.name}==${p.v} ; python_version >= "${py.minor}"${hashes ? ` \\\n    --hash=sha256:${'0'.repeat(64)}` : ''}\n`).join('');
      if (!isFile(ctx, join(ctx.cwd, 'poetry.lock'))) ctx.assume('poetry export: versions come from the simulator\'s table (no poetry.lock was found to read)');
      if (o) {
        putFile(ctx, resolve(ctx.cwd, o), lines);
        return ok();
      }
      return ok({ text: lines });
    }
    if (sub === 'install' || sub === 'sync') {
      const create = !['false', '0'].includes((ctx.env.get('POETRY_VIRTUALENVS_CREATE') ?? 'true').toLowerCase());
      const inProject = ['true', '1'].includes((ctx.env.get('POETRY_VIRTUALENVS_IN_PROJECT') ?? '').toLowerCase());
      let venvDir: string | null = null;
      if (create) {
        venvDir = inProject ? join(ctx.cwd, '.venv') : `${ctx.env.get('POETRY_CACHE_DIR') ?? `${ctx.user.home}/.cache/pypoetry`}/virtualenvs/${canon(deps.name)}-AbCdEf12-py${py.minor}`;
        if (!isFile(ctx, join(venvDir, 'pyvenv.cfg'))) {
          const r = venv([venvDir], ctx, py);
          if (r.status !== 0) return r;
        }
      }
      const target: Py = venvDir ? { ...py, exe: join(venvDir, 'bin/python') } : py;
      const r = pipInstall(ctx, target, [...deps.main, ...deps.dev], { tool: 'poetry install', noCache: true, upgrade: false, noIndex: false, findLinks: null, noDeps: false, breakSystem: true, user: false, prefix: null, target: null, wheelDir: null });
      if (r.status !== 0) return r;
      const cache = ctx.env.get('POETRY_CACHE_DIR') ?? `${ctx.user.home}/.cache/pypoetry`;
      const bytes = resolveDists([...deps.main, ...deps.dev]).reduce((a, p) => a + Math.round((p.dist?.bytes ?? DEFAULT_BYTES) * WHEEL_RATIO), 0);
      putFile(ctx, `${cache}/artifacts/[downloaded wheels]`, bytes, { id: `poetry-artifacts:${bytes}` });
      ctx.assume(`poetry install keeps the downloaded wheels in ${cache}/artifacts (≈${human(bytes)}) unless removed in the same RUN or put on a cache mount`);
      if (!args.includes('--no-root')) ctx.assume('poetry install without --no-root also installs the project itself (not modelled: it needs the source, usually copied later)');
      return { ...r, stdout: { text: 'Installing dependencies from lock file\n' } };
    }
    if (sub === 'lock') {
      putFile(ctx, join(ctx.cwd, 'poetry.lock'), 20_000 + 3_000 * deps.main.length, { id: `poetry.lock:${deps.main.map((d) => d.name).join(',')}` });
      return ok();
    }
    ctx.opaque(`poetry ${sub ?? ''}: not modelled`);
    return ok();
  },
});

registerCommand({
  names: ['uv'],
  run(args, ctx) {
    const py = pythonOf(ctx);
    if (!py) return fail('error: No interpreter found in virtual environments, managed installations, or search path\n', 2);
    const noCache = args.includes('--no-cache') || ['1', 'true'].includes(ctx.env.get('UV_NO_CACHE') ?? '');
    if (args[0] === 'pip' && args[1] === 'install') {
      const system = args.includes('--system') || ['1', 'true'].includes(ctx.env.get('UV_SYSTEM_PYTHON') ?? '');
      const venvEnv = ctx.env.get('VIRTUAL_ENV');
      const local = join(ctx.cwd, '.venv');
      let target = py;
      if (!system) {
        const dir = venvEnv ?? (isFile(ctx, join(local, 'pyvenv.cfg')) ? local : null);
        if (!dir) return fail('error: No virtual environment found; run `uv venv` to create an environment, or pass `--system` to install into a non-virtual environment\n', 2);
        target = { ...py, exe: join(dir, 'bin/python') };
      }
      const rest = args.slice(2).filter((a) => a !== '--system' && a !== '--no-cache');
      return pip(['install', '--no-cache-dir', ...(system ? ['--break-system-packages'] : []), ...rest], ctx, target, 'uv pip');
    }
    if (args[0] === 'venv') {
      const dir = args.slice(1).find((a) => !a.startsWith('-')) ?? '.venv';
      return venv([dir, '--without-pip'], ctx, py);
    }
    if (args[0] === 'sync') {
      const file = projectFile(ctx, 'uv');
      if (typeof file !== 'string') return file;
      const deps = pyprojectDeps(file, !args.includes('--no-dev') && !args.includes('--only-group'));
      const dir = resolve(ctx.cwd, ctx.env.get('UV_PROJECT_ENVIRONMENT') ?? '.venv');
      if (!isFile(ctx, join(dir, 'pyvenv.cfg'))) venv([dir, '--without-pip'], ctx, py);
      const r = pipInstall(ctx, { ...py, exe: join(dir, 'bin/python') }, [...deps.main, ...deps.dev], { tool: 'uv sync', noCache: true, upgrade: false, noIndex: false, findLinks: null, noDeps: false, breakSystem: true, user: false, prefix: null, target: null, wheelDir: null });
      if (r.status !== 0) return r;
      if (!noCache) {
        mkdirs(ctx, `${ctx.env.get('UV_CACHE_DIR') ?? `${ctx.user.home}/.cache/uv`}/archive-v0`);
        ctx.assume('uv sync: uv keeps unpacked wheels in its cache (~/.cache/uv) and hard-links them into the venv; the simulator counts those bytes once, in the venv');
      }
      if (!args.includes('--no-install-project')) ctx.assume('uv sync without --no-install-project also installs the project itself (not modelled)');
      if (!isFile(ctx, join(ctx.cwd, 'uv.lock'))) {
        if (args.includes('--frozen') || args.includes('--locked')) return fail('error: Unable to find lockfile at `uv.lock`. To create a lockfile, run `uv lock` or `uv sync`.\n', 2);
        putFile(ctx, join(ctx.cwd, 'uv.lock'), 10_000 + 2_000 * deps.main.length, { id: `uv.lock:${deps.main.map((x) => x.name).join(',')}` });
      }
      return r;
    }
    ctx.opaque(`uv ${args.join(' ')}: not modelled`);
    return ok();
  },
});

