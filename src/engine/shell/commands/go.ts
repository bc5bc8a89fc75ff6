// The go command: go mod download, go build, go install, go test / vet, go run, go clean,
// go version and go env, as the official golang images run them.
//
// What it writes, and where:
// - Module cache ($GOMODCACHE, else the first $GOPATH entry + /pkg/mod, else $HOME/go/pkg/mod;
//   /go/pkg/mod in the golang images): per module `<path>@<version>/` (read-only, 0555/0444:
//   go.mod, LICENSE and the sources as one sized file) and `cache/download/<path>/@v/` (.info,
//   .mod, .zip, .ziphash, list). Sizes come from toolchain/go-data.ts (measured) or a default.
// - Build cache ($GOCACHE, else $XDG_CACHE_HOME/go-build, else $HOME/.cache/go-build): a README,
//   trim.txt and a few sized entries in two-hex-digit directories. A RUN --mount=type=cache over
//   that path takes the writes instead of the layer (the mounted filesystem routes them).
// - The program: -o (relative to the working directory; a directory or a trailing slash means
//   "put it in there"), else the last element of the module path (building the module root) or
//   the package directory's name, in the working directory. go install: $GOBIN or $GOPATH/bin.
//
// The program file: its `size` is the estimate and its `content` a descriptor (toolchain/
// descriptors.ts), e.g. "#!stagecraft-binary go static linux/amd64\nlibc=none\n…". It is
// dynamically linked when cgo is on (CGO_ENABLED=1, the default when gcc/cc is on the PATH and
// GOOS/GOARCH are the host's) and the program uses net, os/user or a cgo module; then it needs
// the build image's C library (glibc on golang:1.23, musl on golang:1.23-alpine).
//
// Size model (toolchain/go-data.ts has the measurements): standard library tier (fmt / net /
// crypto/tls / net/http, read from the imports of the packages being built) + the main module's
// own code + each linked module's measured growth (direct requirements only; their own
// dependencies are inside that figure) or 400 kB for a module the table does not know; × 1.15
// for go ≥ 1.21; × 0.69 with -ldflags "-s -w"; × 0.957 for arm64. Every estimate is reported with
// ctx.assume, with its inputs and its error margin.
import { basename, dirname, join, resolve } from '../../fs/path';
import { registerCommand, ok, fail, type CommandResult } from '../model';
import {
  abs, ensureDir, hexId, isDir, isFile, mb, onPath, platformOf, readText, removePath, writeSized, writeText, loaderFor, filesIn, type Ctx,
} from './toolchain/common';
import { binaryDescriptor } from './toolchain/descriptors';
import {
  ARCH_FACTOR, CACHE_DEPS, CACHE_STD, CGO_DYNAMIC, DEFAULT_MODULE, GO_GROWTH, OWN_CODE_FACTOR, STD_BINARY, STRIP_SW, STRIP_W,
  TIER_ORDER, TOOLCHAIN_MODULE_SIZE, ZIP_RATIO, goModuleFacts, stdTierOf, type StdTier,
} from './toolchain/go-data';

// ---------------------------------------------------------------------------------------------
// The go environment

interface GoEnv {
  version: string; // "go1.23.4"
  versionKnown: boolean;
  goroot: string;
  gopath: string;
  modcache: string;
  gocache: string;
  goos: string;
  goarch: string;
  hostArch: string;
  cgo: boolean;
  cgoExplicit: boolean;
  cc: string;
  gobin: string;
  toolchain: string;
  goflags: string[];
  libc: 'glibc' | 'musl' | 'unknown';
}

function goEnv(ctx: Ctx): GoEnv {
  const env = ctx.env;
  const home = env.get('HOME') || ctx.user.home || '/root';
  const goroot = env.get('GOROOT') || (isDir(ctx, '/usr/local/go') ? '/usr/local/go' : '/usr/lib/go');
  let version = '';
  const vfile = readText(ctx, join(goroot, 'VERSION'));
  if (vfile) version = vfile.split('\n')[0]!.trim();
  if (!version && env.get('GOLANG_VERSION')) version = 'go' + env.get('GOLANG_VERSION')!.replace(/^go/, '');
  const versionKnown = /^go\d+\.\d+/.test(version);
  if (!versionKnown) version = 'go1.23.0';
  const gopath = (env.get('GOPATH') || join(home, 'go')).split(':')[0]!;
  const platform = platformOf(ctx);
  const goos = env.get('GOOS') || 'linux';
  const goarch = env.get('GOARCH') || platform.arch;
  const cc = env.get('CC') || 'gcc';
  const native = goos === 'linux' && goarch === platform.arch;
  const cgoEnv = env.get('CGO_ENABLED');
  // Go ≥ 1.20 turns cgo off by default when no C compiler is found, and for cross builds.
  const cgo = cgoEnv !== undefined && cgoEnv !== '' ? cgoEnv === '1' : native && (onPath(ctx, cc) || onPath(ctx, 'cc'));
  return {
    version,
    versionKnown,
    goroot,
    gopath,
    modcache: env.get('GOMODCACHE') || join(gopath, 'pkg/mod'),
    gocache: env.get('GOCACHE') || join(env.get('XDG_CACHE_HOME') || join(home, '.cache'), 'go-build'),
    goos,
    goarch,
    hostArch: platform.arch,
    cgo,
    cgoExplicit: cgoEnv !== undefined && cgoEnv !== '',
    cc,
    gobin: env.get('GOBIN') || join(gopath, 'bin'),
    toolchain: env.get('GOTOOLCHAIN') || 'auto',
    goflags: (env.get('GOFLAGS') || '').split(/\s+/).filter(Boolean),
    libc: platform.libc,
  };
}

/** go1.23.4 → [1, 23, 4]. */
function versionParts(v: string): number[] {
  return v.replace(/^go/, '').split(/[.rc-]/).map((x) => Number(x) || 0);
}

function versionAtLeast(v: string, min: string): boolean {
  const a = versionParts(v);
  const b = versionParts(min);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

// ---------------------------------------------------------------------------------------------
// go.mod and go.sum

interface Require {
  path: string;
  version: string;
  indirect: boolean;
}

interface GoMod {
  dir: string;
  file: string;
  module: string;
  go: string | null;
  toolchain: string | null;
  requires: Require[];
  replaced: Set<string>;
  known: boolean;
}

function findGoMod(ctx: Ctx, from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (isFile(ctx, join(dir, 'go.mod'))) return join(dir, 'go.mod');
    if (dir === '/') return null;
  }
}

function parseGoMod(ctx: Ctx, file: string): GoMod {
  const text = readText(ctx, file);
  const mod: GoMod = { dir: dirname(file), file, module: '', go: null, toolchain: null, requires: [], replaced: new Set(), known: text !== null };
  if (text === null) return mod;
  let block: string | null = null;
  for (const raw of text.split('\n')) {
    const indirect = /\/\/\s*indirect/.test(raw);
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    if (block) {
      if (line === ')') {
        block = null;
        continue;
      }
      addDirective(mod, block, line.split(/\s+/), indirect);
      continue;
    }
    const m = /^(\w+)\s*\($/.exec(line);
    if (m) {
      block = m[1]!;
      continue;
    }
    const words = line.split(/\s+/);
    addDirective(mod, words[0]!, words.slice(1), indirect);
  }
  return mod;
}

function addDirective(mod: GoMod, verb: string, w: string[], indirect: boolean): void {
  const unq = (s: string | undefined) => (s ?? '').replace(/^"|"$/g, '');
  if (verb === 'module') mod.module = unq(w[0]);
  else if (verb === 'go') mod.go = w[0] ?? null;
  else if (verb === 'toolchain') mod.toolchain = w[0] ?? null;
  else if (verb === 'require' && w.length >= 2) mod.requires.push({ path: unq(w[0]), version: w[1]!, indirect });
  else if (verb === 'replace') {
    const arrow = w.indexOf('=>');
    const target = w[arrow + 1] ?? '';
    if (arrow > 0 && (target.startsWith('./') || target.startsWith('../') || target.startsWith('/'))) mod.replaced.add(unq(w[0]));
  }
}

interface GoSum {
  known: boolean;
  present: boolean;
  /** "path version" of modules with a full h1: line (sources), and of /go.mod-only lines. */
  full: Set<string>;
  modOnly: { path: string; version: string }[];
  hashes: Map<string, string>;
}

function parseGoSum(ctx: Ctx, dir: string): GoSum {
  const path = join(dir, 'go.sum');
  const present = isFile(ctx, path);
  const text = readText(ctx, path);
  const sum: GoSum = { known: text !== null, present, full: new Set(), modOnly: [], hashes: new Map() };
  if (text === null) return sum;
  const full = new Set<string>();
  const mods: { path: string; version: string }[] = [];
  for (const line of text.split('\n')) {
    const [p, v, h] = line.trim().split(/\s+/);
    if (!p || !v) continue;
    if (v.endsWith('/go.mod')) mods.push({ path: p, version: v.slice(0, -'/go.mod'.length) });
    else {
      full.add(`${p} ${v}`);
      if (h) sum.hashes.set(`${p} ${v}`, h);
    }
  }
  sum.full = full;
  sum.modOnly = mods.filter((m) => !full.has(`${m.path} ${m.version}`));
  return sum;
}

/** Module paths in the cache escape capitals: github.com/BurntSushi → github.com/!burnt!sushi. */
function escapePath(p: string): string {
  return p.replace(/[A-Z]/g, (c) => '!' + c.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// The module cache

interface Downloaded {
  fetched: Require[];
  bytes: number;
  tabled: number;
  defaulted: string[];
}

function moduleDir(g: GoEnv, r: { path: string; version: string }): string {
  return join(g.modcache, `${escapePath(r.path)}@${r.version}`);
}

/** Writes a module's sources and download-cache files; returns the bytes written (0 if cached). */
function writeModule(ctx: Ctx, g: GoEnv, r: Require, sum: GoSum, out: Downloaded, sourceOverride?: number): void {
  const dir = moduleDir(g, r);
  if (isDir(ctx, dir)) return;
  const facts = goModuleFacts(r.path);
  const source = sourceOverride ?? facts?.source ?? DEFAULT_MODULE.source;
  if (sourceOverride === undefined) {
    if (facts) out.tabled++;
    else out.defaulted.push(r.path);
  }
  const id = `${r.path}@${r.version}`;
  if (!ensureDir(ctx, dirname(dir))) return;
  ensureDir(ctx, dir, 0o555);
  const modText = `module ${r.path}\n`;
  writeText(ctx, join(dir, 'go.mod'), modText, 0o444);
  writeSized(ctx, join(dir, 'LICENSE'), 1_100, id + ':LICENSE', 0o444);
  const last = basename(r.path.replace(/\/v\d+$/, '')).replace(/^go-/, '').replace(/\.v\d+$/, '') || 'module';
  writeSized(ctx, join(dir, `${last}.go`), Math.max(0, source - 1_100 - modText.length), id + ':sources', 0o444);
  const dl = join(g.modcache, `cache/download/${escapePath(r.path)}/@v`);
  ensureDir(ctx, dl);
  writeText(ctx, join(dl, `${r.version}.info`), `{"Version":"${r.version}","Time":"2024-01-01T00:00:00Z"}`);
  writeText(ctx, join(dl, `${r.version}.mod`), modText);
  writeSized(ctx, join(dl, `${r.version}.zip`), Math.round(source * ZIP_RATIO), id + ':zip');
  writeText(ctx, join(dl, `${r.version}.ziphash`), sum.hashes.get(`${r.path} ${r.version}`) ?? `h1:${hexId(id, 43)}=`);
  writeText(ctx, join(dl, 'list'), `${r.version}\n`);
  out.fetched.push(r);
  out.bytes += source + Math.round(source * ZIP_RATIO);
}

function writeModFile(ctx: Ctx, g: GoEnv, m: { path: string; version: string }): void {
  const dl = join(g.modcache, `cache/download/${escapePath(m.path)}/@v`);
  if (isFile(ctx, join(dl, `${m.version}.mod`))) return;
  if (!ensureDir(ctx, dl)) return;
  writeText(ctx, join(dl, `${m.version}.mod`), `module ${m.path}\n`);
}

function downloadNote(what: string, g: GoEnv, d: Downloaded): string {
  const parts = [`${d.tabled} from the size table`];
  if (d.defaulted.length) parts.push(`${d.defaulted.length} at the ${mb(DEFAULT_MODULE.source)} default (${d.defaulted.slice(0, 4).join(', ')}${d.defaulted.length > 4 ? ', …' : ''})`);
  return `${what}: module cache ${g.modcache} sized from ${d.fetched.length} module${d.fetched.length === 1 ? '' : 's'} in go.mod: ${mb(d.bytes)} including the download cache's zips (${parts.join(', ')}; ±50 %)`;
}

/** GOTOOLCHAIN: a go.mod asking for a newer Go makes go ≥ 1.21 fetch that toolchain first. */
function toolchainSwitch(ctx: Ctx, g: GoEnv, mod: GoMod, stderr: string[]): CommandResult | null {
  const want = mod.toolchain && mod.toolchain !== 'default' ? mod.toolchain : mod.go ? 'go' + mod.go : null;
  const need = mod.go ? 'go' + mod.go : null;
  if (!want || !need || versionAtLeast(g.version, need)) return null;
  const running = g.version.replace(/^go/, '');
  if (!versionAtLeast(g.version, 'go1.21') || g.toolchain === 'local') {
    return fail(`go: go.mod requires go >= ${mod.go} (running go ${running}; GOTOOLCHAIN=${g.toolchain === 'auto' && !versionAtLeast(g.version, 'go1.21') ? 'local' : g.toolchain})\n`);
  }
  let target = want.startsWith('go') ? want : 'go' + want;
  if (/^go\d+\.\d+$/.test(target)) target += '.0';
  const r: Require = { path: 'golang.org/toolchain', version: `v0.0.1-${target}.${g.goos === 'linux' ? 'linux' : g.goos}-${g.hostArch}`, indirect: false };
  stderr.push(`go: downloading ${target} (linux/${g.hostArch})\n`);
  const d: Downloaded = { fetched: [], bytes: 0, tabled: 0, defaulted: [] };
  writeModule(ctx, g, r, { known: false, present: false, full: new Set(), modOnly: [], hashes: new Map() }, d, TOOLCHAIN_MODULE_SIZE);
  ctx.assume(`go: go.mod asks for ${need} but the image has ${g.version}; GOTOOLCHAIN=auto downloads ${target} into the module cache (~${mb(TOOLCHAIN_MODULE_SIZE)}, estimate) and runs it`);
  g.version = target;
  return null;
}

function noGoMod(): CommandResult {
  return fail("go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");
}

// ---------------------------------------------------------------------------------------------
// Packages and imports

interface GoFile {
  path: string;
  name: string;
  size: number;
  text: string | null;
}

interface Pkg {
  dir: string;
  files: GoFile[];
  name: string | null;
}

function goFilesIn(ctx: Ctx, dir: string, tests = false): GoFile[] {
  return filesIn(ctx, dir)
    .filter(({ name, node }) => node.type === 'file' && name.endsWith('.go') && (tests || !name.endsWith('_test.go')))
    .map(({ name, node }) => ({ path: join(dir, name), name, size: node.size, text: node.content ?? null }));
}

function importsOf(text: string): { path: string; line: number }[] {
  const out: { path: string; line: number }[] = [];
  const lines = text.split('\n');
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.replace(/\/\/.*$/, '').trim();
    if (inBlock) {
      if (l.startsWith(')')) inBlock = false;
      else {
        const m = /"([^"]+)"/.exec(l);
        if (m) out.push({ path: m[1]!, line: i + 1 });
      }
      continue;
    }
    if (/^import\s*\(/.test(l)) {
      inBlock = true;
      const rest = l.slice(l.indexOf('(') + 1);
      const m = /"([^"]+)"/.exec(rest);
      if (m) out.push({ path: m[1]!, line: i + 1 });
      if (rest.includes(')')) inBlock = false;
      continue;
    }
    const single = /^import\s+(?:[\w.]+\s+)?"([^"]+)"/.exec(l);
    if (single) out.push({ path: single[1]!, line: i + 1 });
    if (/^(func|type|var|const)\b/.test(l)) break;
  }
  return out;
}

const isStd = (p: string) => !p.split('/')[0]!.includes('.');

interface Analysis {
  tier: StdTier;
  /** Required modules whose packages are imported (longest-prefix match). */
  linked: Require[];
  ownBytes: number;
  /** Imports no requirement provides. */
  missing: { path: string; file: string; line: number }[];
  /** The first import position of each linked module (for go.sum errors). */
  firstUse: Map<string, { file: string; line: number }>;
  unknownSources: boolean;
  packages: number;
  cgoFiles: boolean;
}

function analyze(ctx: Ctx, mod: GoMod | null, roots: Pkg[]): Analysis {
  const a: Analysis = { tier: 'none', linked: [], ownBytes: 0, missing: [], firstUse: new Map(), unknownSources: false, packages: 0, cgoFiles: false };
  const seen = new Set<string>();
  const linked = new Map<string, Require>();
  const queue = roots.map((p) => p.dir);
  const requires = mod?.requires ?? [];
  const raise = (t: StdTier) => {
    if (TIER_ORDER.indexOf(t) > TIER_ORDER.indexOf(a.tier)) a.tier = t;
  };
  const fileLists = new Map(roots.map((p) => [p.dir, p.files]));
  while (queue.length && seen.size < 200) {
    const dir = queue.shift()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    a.packages++;
    for (const f of fileLists.get(dir) ?? goFilesIn(ctx, dir)) {
      a.ownBytes += f.size;
      if (f.text === null) {
        a.unknownSources = true;
        continue;
      }
      for (const imp of importsOf(f.text)) {
        if (imp.path === 'C') {
          a.cgoFiles = true;
          continue;
        }
        if (isStd(imp.path)) {
          const t = stdTierOf(imp.path);
          if (t) raise(t);
          continue;
        }
        if (mod && (imp.path === mod.module || imp.path.startsWith(mod.module + '/'))) {
          queue.push(join(mod.dir, imp.path.slice(mod.module.length + 1)));
          continue;
        }
        const req = requires
          .filter((r) => imp.path === r.path || imp.path.startsWith(r.path + '/'))
          .sort((x, y) => y.path.length - x.path.length)[0];
        if (!req) {
          a.missing.push({ path: imp.path, file: f.path, line: imp.line });
          continue;
        }
        if (!linked.has(req.path)) {
          linked.set(req.path, req);
          a.firstUse.set(req.path, { file: f.path, line: imp.line });
        }
      }
    }
  }
  a.linked = [...linked.values()];
  if (a.unknownSources && mod) {
    // Without the source text, the direct requirements stand in for the imports.
    for (const r of requires) if (!r.indirect && !linked.has(r.path)) a.linked.push(r);
  }
  for (const r of a.linked) {
    const f = goModuleFacts(r.path);
    if (f) raise(f.tier);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Flags

interface BuildFlags {
  output: string | null;
  ldflags: string;
  trimpath: boolean;
  tags: string[];
  mod: string | null;
  race: boolean;
  buildmode: string | null;
  chdir: string | null;
  packages: string[];
  unknown: string[];
}

const VALUE_FLAGS = new Set(['-o', '-ldflags', '-gcflags', '-asmflags', '-tags', '-mod', '-p', '-buildmode', '-installsuffix', '-C', '-pkgdir', '-modfile', '-overlay', '-pgo', '-run', '-bench', '-count', '-timeout', '-coverprofile', '-covermode', '-coverpkg', '-exec', '-toolexec', '-compiler', '-gccgoflags', '-buildvcs', '-cpu', '-parallel', '-json']);
const BOOL_FLAGS = new Set(['-v', '-x', '-a', '-n', '-work', '-trimpath', '-race', '-msan', '-asan', '-cover', '-linkshared', '-modcacherw', '-i', '-short', '-failfast', '-benchmem']);

function parseBuildFlags(args: string[]): BuildFlags {
  const f: BuildFlags = { output: null, ldflags: '', trimpath: false, tags: [], mod: null, race: false, buildmode: null, chdir: null, packages: [], unknown: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-') || a === '-') {
      f.packages.push(...args.slice(i));
      break;
    }
    if (a === '--') {
      f.packages.push(...args.slice(i + 1));
      break;
    }
    const norm = a.replace(/^--/, '-');
    const eq = norm.indexOf('=');
    const name = eq > 0 ? norm.slice(0, eq) : norm;
    let value: string | null = eq > 0 ? norm.slice(eq + 1) : null;
    if (VALUE_FLAGS.has(name)) {
      if (value === null && !(name === '-buildvcs' || name === '-json')) value = args[++i] ?? '';
      if (name === '-o') f.output = value;
      else if (name === '-ldflags') f.ldflags = value ?? '';
      else if (name === '-tags') f.tags = (value ?? '').split(/[ ,]/).filter(Boolean);
      else if (name === '-mod') f.mod = value;
      else if (name === '-buildmode') f.buildmode = value;
      else if (name === '-C') f.chdir = value;
    } else if (BOOL_FLAGS.has(name)) {
      if (name === '-trimpath') f.trimpath = value !== 'false';
      if (name === '-race') f.race = value !== 'false';
    } else f.unknown.push(a);
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// Building

interface BuildPlan {
  g: GoEnv;
  mod: GoMod | null;
  sum: GoSum | null;
  flags: BuildFlags;
  cwd: string;
  pkgs: Pkg[];
  /** For go build main.go: the file list names the package. */
  fileMode: boolean;
  stderr: string[];
}

function resolvePackages(ctx: Ctx, cwd: string, mod: GoMod | null, patterns: string[]): { pkgs: Pkg[]; fileMode: boolean } | CommandResult {
  const list = patterns.length ? patterns : ['.'];
  if (list.every((p) => p.endsWith('.go'))) {
    const files: GoFile[] = [];
    for (const p of list) {
      const path = resolve(cwd, p);
      const n = ctx.fs.get(ctx.fs.realpath(path));
      if (!n || n.type !== 'file') return fail(`no required module provides package ${p}; to add it:\n\tgo get ${p}\n`);
      files.push({ path, name: basename(path), size: n.size, text: n.content ?? null });
    }
    return { pkgs: [{ dir: dirname(resolve(cwd, list[0]!)), files, name: packageName(files) }], fileMode: true };
  }
  const pkgs: Pkg[] = [];
  for (const pat of list) {
    let dir: string;
    if (pat === '.' || pat.startsWith('./') || pat.startsWith('../') || pat.startsWith('/')) dir = resolve(cwd, pat.replace(/\/\.\.\.$/, '') || '.');
    else if (pat === 'all' || pat === '...') dir = mod?.dir ?? cwd;
    else if (mod && (pat === mod.module || pat.startsWith(mod.module + '/'))) dir = join(mod.dir, pat.slice(mod.module.length + 1));
    else if (mod && pat.startsWith(mod.module + '/...')) dir = mod.dir;
    else return fail(`no required module provides package ${pat}; to add it:\n\tgo get ${pat}\n`);
    if (pat.endsWith('/...') || pat === '...' || pat === 'all') {
      if (!isDir(ctx, dir)) return fail(`go: warning: "${pat}" matched no packages\n`);
      for (const d of [dir, ...ctx.fs.walk(ctx.fs.realpath(dir)).filter((p) => isDir(ctx, p) && !/\/(vendor|testdata|node_modules)(\/|$)|\/[._][^/]*$/.test(p.slice(dir.length)))]) {
        const files = goFilesIn(ctx, d);
        if (files.length) pkgs.push({ dir: d, files, name: packageName(files) });
      }
      continue;
    }
    if (!isDir(ctx, dir)) return fail(`stat ${dir}: directory not found\n`);
    const files = goFilesIn(ctx, dir);
    if (!files.length) return fail(`no Go files in ${dir}\n`);
    pkgs.push({ dir, files, name: packageName(files) });
  }
  return { pkgs, fileMode: false };
}

function packageName(files: GoFile[]): string | null {
  for (const f of files) {
    const m = f.text ? /^\s*package\s+(\w+)/m.exec(f.text) : null;
    if (m) return m[1]!;
  }
  return null;
}

/** Checks requirements against imports and go.sum; downloads what the build needs. */
function prepareModules(ctx: Ctx, plan: BuildPlan, a: Analysis): CommandResult | null {
  const { g, mod, sum } = plan;
  if (a.missing.length) {
    const m = a.missing[0]!;
    return fail(`${relTo(plan.cwd, m.file)}:${m.line}:2: no required module provides package ${m.path}; to add it:\n\tgo get ${m.path}\n`);
  }
  if (!mod) return null;
  const vendored = isFile(ctx, join(mod.dir, 'vendor/modules.txt')) && plan.flags.mod !== 'mod';
  if (vendored) return null;
  const linked = a.linked.filter((r) => !mod.replaced.has(r.path));
  if (sum && sum.known && linked.length) {
    const missing = linked.find((r) => !sum.full.has(`${r.path} ${r.version}`));
    if (missing) {
      const use = a.firstUse.get(missing.path);
      const where = use ? `${relTo(plan.cwd, use.file)}:${use.line}:2: ` : '';
      return fail(`${where}missing go.sum entry for module providing package ${missing.path} (imported by ${mod.module}); to add:\n\tgo get ${mod.module}\n`);
    }
  } else if (sum && !sum.present && linked.length) {
    const r = linked[0]!;
    const use = a.firstUse.get(r.path);
    const where = use ? `${relTo(plan.cwd, use.file)}:${use.line}:2: ` : '';
    return fail(`${where}missing go.sum entry for module providing package ${r.path} (imported by ${mod.module}); to add:\n\tgo get ${mod.module}\n`);
  }
  const d: Downloaded = { fetched: [], bytes: 0, tabled: 0, defaulted: [] };
  for (const r of linked) writeModule(ctx, g, r, sum!, d);
  if (d.fetched.length) {
    // go.mod files of the rest of the module graph come along.
    for (const r of mod.requires) if (!mod.replaced.has(r.path)) writeModFile(ctx, g, r);
    plan.stderr.push(...d.fetched.map((r) => `go: downloading ${r.path} ${r.version}\n`));
    ctx.assume(downloadNote('go build (modules not yet in the cache)', g, d));
  }
  return null;
}

function relTo(cwd: string, path: string): string {
  return path.startsWith(cwd + '/') ? './' + path.slice(cwd.length + 1) : path;
}

interface SizeEstimate {
  bytes: number;
  cacheBytes: number;
  parts: string[];
  dynamic: boolean;
  stripped: boolean;
}

function estimate(plan: BuildPlan, a: Analysis): SizeEstimate {
  const { g, flags } = plan;
  const std = STD_BINARY[a.tier];
  const own = Math.round(a.ownBytes * OWN_CODE_FACTOR);
  let deps = 0;
  const parts: string[] = [`standard library (${a.tier === 'none' ? 'fmt/runtime' : a.tier === 'http' ? 'net/http' : a.tier === 'tls' ? 'net + crypto/tls' : 'net'}) ${mb(std)}`];
  let cgoModule = false;
  for (const r of a.linked) {
    const f = goModuleFacts(r.path);
    const b = f && f.binary > 0 ? f.binary : DEFAULT_MODULE.binary;
    if (f?.cgo) cgoModule = true;
    deps += b;
    parts.push(`${r.path.replace(/^(github\.com|golang\.org|google\.golang\.org|gopkg\.in)\//, '')} ${f && f.binary > 0 ? mb(b) : mb(b) + ' (default)'}`);
  }
  const netgo = flags.tags.includes('netgo') && flags.tags.includes('osusergo');
  const usesCgo = g.cgo && (cgoModule || a.cgoFiles || (a.tier !== 'none' && !netgo));
  const staticLink = /-extldflags[= ]+['"]?[^'"]*-static/.test(flags.ldflags);
  const dynamic = usesCgo && !staticLink;
  const stripped = /(^|\s)-s(\s|$|=true)/.test(flags.ldflags);
  const noDwarf = /(^|\s)-w(\s|$|=true)/.test(flags.ldflags);
  let bytes = std + own + deps;
  if (versionAtLeast(g.version, 'go1.21')) bytes *= GO_GROWTH;
  if (stripped) bytes *= STRIP_SW;
  else if (noDwarf) bytes *= STRIP_W;
  if (usesCgo) bytes *= CGO_DYNAMIC;
  if (flags.trimpath) bytes *= 0.998;
  if (flags.race) bytes *= 1.7;
  bytes *= ARCH_FACTOR[g.goarch] ?? 1;
  const cacheBytes = (CACHE_STD * std + CACHE_DEPS * deps + 3 * own) * (versionAtLeast(g.version, 'go1.21') ? GO_GROWTH : 1);
  return { bytes: Math.round(bytes), cacheBytes: Math.round(cacheBytes), parts, dynamic, stripped: stripped };
}

function writeBuildCache(ctx: Ctx, g: GoEnv, key: string, bytes: number, packages: number): void {
  const dir = g.gocache;
  if (!ensureDir(ctx, dir)) return;
  writeText(ctx, join(dir, 'README'), 'This directory holds cached build artifacts from the Go build system.\nRun "go clean -cache" if the directory is getting too large.\nRun "go clean -fuzzcache" to delete the fuzz testing cache.\nSee golang.org to learn more about Go.\n');
  writeSized(ctx, join(dir, 'trim.txt'), 11, 'go-build-trim');
  // One output (-d) and one action (-a) entry per compiled package; a few stand for many.
  const entries = Math.min(24, Math.max(2, packages * 2));
  const each = Math.floor(bytes / entries);
  for (let i = 0; i < entries; i++) {
    const h = hexId(`${key}:${i}`, 64);
    const sub = join(dir, h.slice(0, 2));
    ensureDir(ctx, sub);
    writeSized(ctx, join(sub, `${h}-${i % 2 ? 'a' : 'd'}`), i === entries - 1 ? bytes - each * (entries - 1) : each, `${key}:${i}`);
  }
}

/** Shared by go build / install / test / vet / run. Returns null on success (stderr in plan). */
function compile(ctx: Ctx, sub: string, args: string[]): { result: CommandResult } | { plan: BuildPlan; analysis: Analysis; est: SizeEstimate } {
  const g = goEnv(ctx);
  const flags = parseBuildFlags([...g.goflags, ...args]);
  const cwd = flags.chdir ? abs(ctx, flags.chdir) : ctx.cwd;
  const stderr: string[] = [];
  if (flags.buildmode && !['default', 'exe', 'pie'].includes(flags.buildmode)) ctx.opaque(`go ${sub} -buildmode=${flags.buildmode}: only executables are modelled`);
  const modFile = ctx.env.get('GO111MODULE') === 'off' ? null : findGoMod(ctx, cwd);
  const fileMode = flags.packages.length > 0 && flags.packages.every((p) => p.endsWith('.go'));
  if (!modFile && !fileMode) {
    if (ctx.env.get('GO111MODULE') === 'off') {
      ctx.opaque(`go ${sub} in GOPATH mode (GO111MODULE=off) is not modelled`);
      return { result: ok() };
    }
    return { result: noGoMod() };
  }
  const mod = modFile ? parseGoMod(ctx, modFile) : null;
  if (mod) {
    if (!mod.known) ctx.assume(`go ${sub}: the contents of ${mod.file} are unknown; no module requirements were read`);
    const sw = toolchainSwitch(ctx, g, mod, stderr);
    if (sw) return { result: sw };
  }
  const sum = mod ? parseGoSum(ctx, mod.dir) : null;
  const resolved = resolvePackages(ctx, cwd, mod, flags.packages);
  if ('status' in resolved) return { result: resolved };
  const plan: BuildPlan = { g, mod, sum, flags, cwd, pkgs: resolved.pkgs, fileMode: resolved.fileMode, stderr };
  const analysis = analyze(ctx, mod, plan.pkgs);
  if (analysis.unknownSources) ctx.assume(`go ${sub}: some Go sources have unknown contents; their imports were taken from go.mod's direct requirements`);
  const prep = prepareModules(ctx, plan, analysis);
  if (prep) return { result: prep };
  const cgoModule = analysis.linked.some((r) => goModuleFacts(r.path)?.cgo);
  const usesCgo = g.cgo && (analysis.cgoFiles || cgoModule || analysis.tier !== 'none');
  // CGO_ENABLED=1 set by hand on an image without a C compiler (golang:*-alpine without build-base).
  if (usesCgo && !onPath(ctx, g.cc) && !onPath(ctx, 'cc')) {
    return { result: fail(`# runtime/cgo\ncgo: C compiler "${g.cc}" not found: exec: "${g.cc}": executable file not found in $PATH\n`) };
  }
  if (!g.cgo && cgoModule) {
    ctx.assume(`go ${sub}: github.com/mattn/go-sqlite3 needs cgo; with CGO_ENABLED=0 it builds a stub that fails when the program opens a database`);
  }
  const est = estimate(plan, analysis);
  return { plan, analysis, est };
}

function outputName(plan: BuildPlan, pkg: Pkg): string {
  let name: string;
  if (plan.fileMode) name = pkg.files[0]!.name.replace(/\.go$/, '');
  else if (plan.mod && pkg.dir === plan.mod.dir) name = basename(plan.mod.module.replace(/\/v\d+$/, '')) || basename(pkg.dir);
  else name = basename(pkg.dir);
  return plan.g.goos === 'windows' ? name + '.exe' : name;
}

function writeProgram(ctx: Ctx, plan: BuildPlan, est: SizeEstimate, path: string, key: string): string | null {
  const { g } = plan;
  if (!ensureDir(ctx, dirname(path))) return `go: creating ${dirname(path)}: not a directory\n`;
  if (isDir(ctx, path)) return `go: build output "${path}" already exists and is a directory\n`;
  const libc = g.libc === 'musl' ? 'musl' : 'glibc';
  const loader = loaderFor(libc, g.goarch);
  const content = binaryDescriptor({
    toolchain: 'go',
    linkage: est.dynamic ? 'dynamic' : 'static',
    os: g.goos,
    arch: g.goarch,
    libc: est.dynamic ? libc : 'none',
    ...(est.dynamic ? { interpreter: loader.interpreter, needs: [loader.needs] } : {}),
    stripped: est.stripped,
    extra: { cgo: g.cgo, module: plan.mod?.module ?? 'command-line-arguments', go: g.version, buildid: hexId(key, 32) },
  });
  writeSized(ctx, path, est.bytes, key, 0o755, content);
  return null;
}

function buildKey(plan: BuildPlan, a: Analysis): string {
  const files = plan.pkgs.flatMap((p) => p.files.map((f) => `${f.path}:${f.size}:${f.text ?? ''}`)).join('|');
  return [plan.g.version, plan.g.goos, plan.g.goarch, plan.g.cgo, plan.flags.ldflags, plan.flags.trimpath, plan.flags.tags.join(','), a.linked.map((r) => r.path + '@' + r.version).join(','), files].join('#');
}

function runBuild(ctx: Ctx, args: string[], install: boolean): CommandResult {
  const sub = install ? 'install' : 'build';
  // go install pkg@version: a program from another module.
  if (install) {
    const remote = args.find((x) => !x.startsWith('-') && x.includes('@'));
    if (remote) return installRemote(ctx, remote);
  }
  const c = compile(ctx, sub, args);
  if ('result' in c) return c.result;
  const { plan, analysis, est } = c;
  const key = buildKey(plan, analysis);
  const mains = plan.pkgs.filter((p) => p.name === 'main' || (p.name === null && plan.pkgs.length === 1));
  const outputs: string[] = [];
  const out = plan.flags.output;
  if (install) {
    // Cross-compiled programs go to $GOPATH/bin/<goos>_<goarch>.
    const cross = plan.g.goarch !== plan.g.hostArch || plan.g.goos !== 'linux';
    const bin = cross ? join(plan.g.gopath, `bin/${plan.g.goos}_${plan.g.goarch}`) : plan.g.gobin;
    for (const p of mains) outputs.push(join(bin, outputName(plan, p)));
  } else if (out !== null) {
    const target = resolve(plan.cwd, out);
    const asDir = out.endsWith('/') || isDir(ctx, target);
    if (asDir) for (const p of mains) outputs.push(join(target, outputName(plan, p)));
    else if (mains.length === 1 && plan.pkgs.length === 1) outputs.push(target);
    else if (plan.pkgs.length > 1) return fail(`go: cannot write multiple packages to non-directory ${target}\n`);
  } else if (plan.pkgs.length === 1 && mains.length === 1) {
    outputs.push(join(plan.cwd, outputName(plan, mains[0]!)));
  }
  for (const path of outputs) {
    const err = writeProgram(ctx, plan, est, path, key + ':' + path);
    if (err) return { status: 1, stderr: plan.stderr.join('') + err };
  }
  writeBuildCache(ctx, plan.g, key, est.cacheBytes, analysis.packages + analysis.linked.length * 4);
  const what = outputs.length ? outputs.join(', ') : 'no program (the packages are compiled and the result discarded)';
  const linkage = est.dynamic ? `dynamically linked against ${plan.g.libc === 'musl' ? 'musl' : 'glibc'} (cgo on)` : 'statically linked';
  ctx.assume(
    `go ${sub}: ${what}${outputs.length ? `: ${mb(est.bytes)}, ${linkage}, ${plan.g.goos}/${plan.g.goarch}${est.stripped ? ', stripped (-s -w)' : ''}` : ''}; size estimated from ${est.parts.join(' + ')}` +
      `${analysis.ownBytes ? ` + own code ${mb(Math.round(analysis.ownBytes * OWN_CODE_FACTOR))}` : ''}${versionAtLeast(plan.g.version, 'go1.21') ? ` × ${GO_GROWTH} for ${plan.g.version}` : ''} (±30 %)`,
  );
  ctx.assume(`go ${sub}: build cache ${plan.g.gocache} grows by ~${mb(est.cacheBytes)} (±40 %)`);
  if (!plan.g.versionKnown) ctx.assume(`go ${sub}: the Go version of the image is unknown; assumed ${plan.g.version}`);
  return { status: 0, ...(plan.stderr.length ? { stderr: plan.stderr.join('') } : {}) };
}

function installRemote(ctx: Ctx, spec: string): CommandResult {
  const g = goEnv(ctx);
  const [pkg, version] = spec.split('@') as [string, string];
  const r: Require = { path: pkg, version: version === 'latest' ? 'v0.0.0-latest' : version, indirect: false };
  const d: Downloaded = { fetched: [], bytes: 0, tabled: 0, defaulted: [] };
  writeModule(ctx, g, r, { known: false, present: false, full: new Set(), modOnly: [], hashes: new Map() }, d);
  const size = 10_000_000;
  const path = join(g.gobin, basename(pkg.replace(/\/v\d+$/, '')));
  ensureDir(ctx, dirname(path));
  const libc = g.libc === 'musl' ? 'musl' : 'glibc';
  const dynamic = g.cgo;
  const loader = loaderFor(libc, g.goarch);
  writeSized(ctx, path, size, `install:${spec}`, 0o755, binaryDescriptor({
    toolchain: 'go', linkage: dynamic ? 'dynamic' : 'static', os: g.goos, arch: g.goarch, libc: dynamic ? libc : 'none',
    ...(dynamic ? { interpreter: loader.interpreter, needs: [loader.needs] } : {}), stripped: false,
    extra: { cgo: g.cgo, module: pkg, go: g.version, buildid: hexId('install:' + spec, 32) },
  }));
  writeBuildCache(ctx, g, 'install:' + spec, 30_000_000, 40);
  ctx.assume(`go install ${spec}: the module and its dependencies are not known to the simulator; the program ${path} is estimated at ${mb(size)} and the module cache + build cache at ${mb(d.bytes + 30_000_000)} (±60 %)${version === 'latest' ? '; the version @latest resolves to is unknown (shown as v0.0.0-latest)' : ''}${dynamic ? '; linked dynamically because cgo is on (assumed it uses net)' : ''}`);
  return { status: 0, stderr: `go: downloading ${pkg} ${version}\n` };
}

function runTest(ctx: Ctx, sub: string, args: string[]): CommandResult {
  const c = compile(ctx, sub, args);
  if ('result' in c) return c.result;
  const { plan, analysis, est } = c;
  writeBuildCache(ctx, plan.g, buildKey(plan, analysis) + ':' + sub, Math.round(est.cacheBytes * (sub === 'test' ? 1.3 : 1.05)), analysis.packages * 3 + analysis.linked.length * 4);
  if (sub === 'run') {
    ctx.opaque(`go run: the program runs; what it does is not simulated`);
    return { status: 0, stdout: { unknown: 'the output of go run' }, ...(plan.stderr.length ? { stderr: plan.stderr.join('') } : {}) };
  }
  ctx.assume(`go ${sub}: assumed to pass; it writes nothing to the image except the build cache ${plan.g.gocache} (~${mb(Math.round(est.cacheBytes * (sub === 'test' ? 1.3 : 1.05)))}, ±40 %)`);
  return { status: 0, stdout: { unknown: `the output of go ${sub}` }, ...(plan.stderr.length ? { stderr: plan.stderr.join('') } : {}) };
}

function runModDownload(ctx: Ctx, args: string[]): CommandResult {
  const g = goEnv(ctx);
  const modFile = findGoMod(ctx, ctx.cwd);
  if (!modFile) return noGoMod();
  const mod = parseGoMod(ctx, modFile);
  if (!mod.known) {
    ctx.opaque(`go mod download: the contents of ${modFile} are unknown, so the modules it downloads are too`);
    return ok();
  }
  const stderr: string[] = [];
  const sw = toolchainSwitch(ctx, g, mod, stderr);
  if (sw) return sw;
  const sum = parseGoSum(ctx, mod.dir);
  const named = args.filter((a) => !a.startsWith('-') && a !== 'all');
  const wanted = named.length ? mod.requires.filter((r) => named.some((n) => n === r.path || n === `${r.path}@${r.version}`)) : mod.requires;
  const d: Downloaded = { fetched: [], bytes: 0, tabled: 0, defaulted: [] };
  for (const r of wanted) if (!mod.replaced.has(r.path)) writeModule(ctx, g, r, sum, d);
  for (const m of sum.modOnly) writeModFile(ctx, g, m);
  if (!named.length) for (const r of mod.requires) writeModFile(ctx, g, r);
  if (d.fetched.length) ctx.assume(downloadNote('go mod download', g, d));
  else if (!mod.requires.length) ctx.assume(`go mod download: ${mod.file} requires no modules; nothing is downloaded`);
  if (args.includes('-json')) return { status: 0, stdout: { unknown: 'the JSON output of go mod download' }, ...(stderr.length ? { stderr: stderr.join('') } : {}) };
  return { status: 0, ...(args.includes('-x') || stderr.length ? { stderr: stderr.join('') } : {}) };
}

function runEnv(ctx: Ctx, args: string[]): CommandResult {
  if (args.some((a) => a === '-w' || a === '-u')) {
    ctx.opaque('go env -w/-u changes $HOME/.config/go/env; later go commands are simulated without it');
    return ok();
  }
  const g = goEnv(ctx);
  const vars: Record<string, string> = {
    GO111MODULE: ctx.env.get('GO111MODULE') ?? '',
    GOARCH: g.goarch,
    GOBIN: ctx.env.get('GOBIN') ?? '',
    GOCACHE: g.gocache,
    GOENV: join(ctx.env.get('HOME') || ctx.user.home, '.config/go/env'),
    GOFLAGS: ctx.env.get('GOFLAGS') ?? '',
    GOHOSTARCH: g.hostArch,
    GOHOSTOS: 'linux',
    GOMODCACHE: g.modcache,
    GOOS: g.goos,
    GOPATH: ctx.env.get('GOPATH') || g.gopath,
    GOPROXY: ctx.env.get('GOPROXY') ?? 'https://proxy.golang.org,direct',
    GOROOT: g.goroot,
    GOTOOLCHAIN: g.toolchain,
    GOVERSION: g.version,
    CGO_ENABLED: g.cgo ? '1' : '0',
    CC: g.cc,
  };
  const names = args.filter((a) => !a.startsWith('-'));
  if (args.includes('-json')) return ok({ unknown: 'the JSON output of go env' });
  if (names.length) return ok({ text: names.map((n) => (vars[n] ?? ctx.env.get(n) ?? '') + '\n').join('') });
  ctx.assume('go env: only the variables the simulator models are printed');
  return ok({ text: Object.entries(vars).map(([k, v]) => `${k}='${v}'\n`).join('') });
}

function runClean(ctx: Ctx, args: string[]): CommandResult {
  const g = goEnv(ctx);
  const clear = (dir: string) => {
    const real = ctx.fs.realpath(dir);
    for (const name of ctx.fs.list(real)) removePath(ctx, join(real, name));
  };
  if (args.includes('-cache')) clear(g.gocache);
  if (args.includes('-modcache')) clear(g.modcache);
  if (args.includes('-testcache') || args.includes('-fuzzcache')) ctx.assume('go clean -testcache/-fuzzcache: modelled as leaving the build cache as it is');
  return ok();
}

registerCommand({
  names: ['go'],
  run(args, ctx) {
    const sub = args[0];
    const rest = args.slice(1);
    switch (sub) {
      case 'version': {
        if (rest.length) return ok({ unknown: 'the output of go version -m' });
        const g = goEnv(ctx);
        if (!g.versionKnown) ctx.assume(`go version: the Go version of the image is unknown; assumed ${g.version}`);
        return ok({ text: `go version ${g.version} linux/${g.hostArch}\n` });
      }
      case 'env':
        return runEnv(ctx, rest);
      case 'build':
        return runBuild(ctx, rest, false);
      case 'install':
        return runBuild(ctx, rest, true);
      case 'test':
      case 'vet':
      case 'run':
        return runTest(ctx, sub, rest);
      case 'clean':
        return runClean(ctx, rest);
      case 'mod': {
        const op = rest[0];
        if (op === 'download') return runModDownload(ctx, rest.slice(1));
        if (op === 'verify') return ok({ text: 'all modules verified\n' });
        if (op === 'tidy') {
          const r = runModDownload(ctx, []);
          if (r.status === 0) ctx.opaque('go mod tidy may rewrite go.mod and go.sum; the simulator keeps them as they are');
          return r;
        }
        ctx.opaque(`\`go mod ${rest.join(' ')}\` is not modelled`);
        return ok({ unknown: `the output of go mod ${op ?? ''}` });
      }
      case undefined:
        return fail('Go is a tool for managing Go source code.\n\nUsage:\n\n\tgo <command> [arguments]\n', 2);
      default:
        ctx.opaque(`\`go ${args.join(' ')}\`: the simulator does not model go ${sub}`);
        return ok({ unknown: `the output of go ${sub}` });
    }
  },
});
