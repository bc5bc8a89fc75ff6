// What an npm/yarn/pnpm install puts in node_modules: the package set (from the lockfile when it
// lists the whole tree, else from package.json through the measured dependency graph in
// npm-data.ts), which of them are devDependencies, platform packages picked for the image's libc
// and CPU, native addons, and each package's installed size.
import { NPM_PACKAGE_LINES } from './npm-data';
import type { Libc } from './common';

export interface PackageFacts {
  name: string;
  version: string;
  /** Bytes of the package's own files (its dependencies excluded). */
  size: number;
  deps: string[];
  bins: [string, string][];
}

let table: Map<string, PackageFacts> | null = null;

function load(): Map<string, PackageFacts> {
  if (table) return table;
  table = new Map();
  for (const line of NPM_PACKAGE_LINES.split('\n')) {
    if (!line) continue;
    const [name, version, kb, deps, bins] = line.split('|') as [string, string, string, string, string];
    table.set(name, {
      name,
      version,
      size: Number(kb) * 1024,
      deps: deps ? deps.split(',') : [],
      bins: bins ? bins.split(';').map((b) => b.split('=') as [string, string]) : [],
    });
  }
  for (const o of EXTRA) table.set(o.name, o);
  return table;
}

/**
 * Packages outside the measured install, and majors that differ from it. typescript 5.9.3 was
 * measured the same way in this repository's node_modules (23,690,602 B, no dependencies);
 * pnpm and yarn are the sizes of their npm tarballs' contents (estimates: pnpm's single-file
 * bundle ~17 MB, yarn 1.22's lib/cli.js ~5.3 MB).
 */
const EXTRA: PackageFacts[] = [
  { name: 'pnpm', version: '9.15.0', size: 17_000_000, deps: [], bins: [['pnpm', 'bin/pnpm.cjs'], ['pnpx', 'bin/pnpx.cjs']] },
  { name: 'yarn', version: '1.22.22', size: 5_350_000, deps: [], bins: [['yarn', 'bin/yarn.js'], ['yarnpkg', 'bin/yarn.js']] },
];

const MAJOR_OVERRIDES: Record<string, Record<number, PackageFacts>> = {
  typescript: {
    5: { name: 'typescript', version: '5.9.3', size: 23_690_602, deps: [], bins: [['tsc', 'bin/tsc'], ['tsserver', 'bin/tsserver']] },
  },
};

/** Defaults for packages the table does not know. */
export const DEFAULT_DIRECT = 500_000;
export const DEFAULT_TRANSITIVE = 40_000;
/** Cached tarballs (npm's _cacache) per installed byte: 253,252,085 / 888,892,305 measured. */
export const TARBALL_RATIO = 0.285;

function majorOf(range: string | undefined): number | null {
  const m = /(\d+)/.exec((range ?? '').replace(/^[^\d]*/, ''));
  return m ? Number(m[1]) : null;
}

/** Facts for a package; a requested range with another major uses an override when there is one. */
export function packageFacts(name: string, range?: string): PackageFacts | null {
  const t = load();
  const major = majorOf(range);
  const base = t.get(name) ?? null;
  if (major !== null && MAJOR_OVERRIDES[name]?.[major]) return MAJOR_OVERRIDES[name][major]!;
  return base;
}

export function isKnownPackage(name: string): boolean {
  return load().has(name);
}

// ---------------------------------------------------------------------------------------------
// Platform packages and native addons

export interface Target {
  libc: 'glibc' | 'musl';
  /** Node's arch spelling: x64, arm64. */
  arch: string;
  /** GOARCH spelling for descriptors: amd64, arm64. */
  goarch: string;
}

/** The name (or file name) of a linux-x64 glibc platform package for another libc/arch. */
export function variantName(s: string, t: Target): string {
  let out = s;
  if (t.libc === 'musl') {
    out = out
      .replace(/sharp-(libvips-)?linux-x64/, 'sharp-$1linuxmusl-x64')
      .replace(/linux-x64-gnu/g, 'linux-x64-musl')
      .replace(/linux-x64-glibc/g, 'linux-x64-musl');
  }
  if (t.arch !== 'x64') out = out.replace(/x64/g, t.arch);
  return out;
}

/** Whether a name is a platform package for some other OS, CPU or libc than the target. */
export function foreignPlatform(name: string, t: Target): boolean {
  const m = /(?:^|[-/@])(linux|linuxmusl|darwin|win32|android|freebsd|openbsd|netbsd|sunos|aix|wasm32|openharmony)-([a-z0-9]+)(?:-(gnu|musl|glibc|msvc|gnueabihf|musleabihf|eabi))?$/.exec(name.replace(/^@[^/]+\//, '/'));
  if (!m) return false;
  const [, os, cpu, abi] = m;
  if (os !== 'linux' && os !== 'linuxmusl') return true;
  if (cpu !== t.arch) return true;
  const libc = os === 'linuxmusl' || abi === 'musl' || abi === 'musleabihf' ? 'musl' : abi === 'gnu' || abi === 'glibc' || abi === 'gnueabihf' ? 'glibc' : null;
  return libc !== null && libc !== t.libc;
}

export interface NativeFile {
  file: string;
  size: number;
  /** node: a .node addon; so: a shared library it loads; exe: a static program (esbuild, tsgo). */
  kind: 'node' | 'so' | 'exe';
  /** For addons: the libc it needs; 'both' where the package ships one per libc. */
  libc?: 'glibc' | 'musl';
  loader?: 'direct' | 'node-gyp-build';
}

/** Files measured in the install (linux-x64 glibc names; variantName renames them). */
const PLATFORM_FILES: Record<string, NativeFile[]> = {
  '@img/sharp-linux-x64': [{ file: 'lib/sharp-linux-x64.node', size: 415_112, kind: 'node' }],
  '@img/sharp-libvips-linux-x64': [{ file: 'lib/libvips-cpp.so.8.18.7', size: 18_699_288, kind: 'so' }],
  '@next/swc-linux-x64-gnu': [{ file: 'next-swc.linux-x64-gnu.node', size: 100_917_352, kind: 'node' }],
  '@rolldown/binding-linux-x64-gnu': [{ file: 'rolldown-binding.linux-x64-gnu.node', size: 22_002_464, kind: 'node' }],
  'lightningcss-linux-x64-gnu': [{ file: 'lightningcss.linux-x64-gnu.node', size: 10_032_264, kind: 'node' }],
  '@parcel/watcher-linux-x64-glibc': [{ file: 'watcher.node', size: 523_152, kind: 'node' }],
  '@unrs/resolver-binding-linux-x64-gnu': [{ file: 'resolver.linux-x64-gnu.node', size: 2_110_312, kind: 'node' }],
  '@esbuild/linux-x64': [{ file: 'bin/esbuild', size: 11_427_952, kind: 'exe' }],
  '@typescript/typescript-linux-x64': [{ file: 'lib/tsc', size: 24_101_026, kind: 'exe' }],
};

const platformIndexes = new Map<string, Map<string, string>>();

/** Target-specific platform package name → its linux-x64 glibc name in PLATFORM_FILES. */
function platformIndex(t: Target): Map<string, string> {
  const key = t.libc + t.arch;
  let m = platformIndexes.get(key);
  if (!m) platformIndexes.set(key, (m = new Map(Object.keys(PLATFORM_FILES).map((k) => [variantName(k, t), k]))));
  return m;
}

/**
 * Native files of a package as installed for the target. Platform packages carry their libc in
 * their name. bcrypt ≥ 6 and better-sqlite3 ≥ 13 ship prebuilt addons for glibc and musl and
 * pick one when loaded (measured: bcrypt 6.0.0 prebuilds/linux-x64/bcrypt.{glibc,musl}.node,
 * better-sqlite3 13.2.0 prebuilds/{linux,linuxmusl}-x64.node). Older majors fetch or compile one
 * addon at install time for the libc of the image that runs the install (bcrypt 5 with
 * node-pre-gyp into lib/binding/napi-v3/, better-sqlite3 ≤ 12 with prebuild-install into
 * build/Release/).
 */
export function nativeFiles(name: string, range: string | undefined, t: Target): NativeFile[] {
  const glibcName = platformIndex(t).get(name);
  if (glibcName) {
    const libc = /musl/.test(name) ? 'musl' : 'glibc';
    return PLATFORM_FILES[glibcName]!.map((f) => ({ ...f, file: variantName(f.file, t), ...(f.kind !== 'exe' ? { libc } : {}), loader: 'direct' }));
  }
  const major = majorOf(range);
  if (name === 'bcrypt') {
    if (major !== null && major < 6) return [{ file: 'lib/binding/napi-v3/bcrypt_lib.node', size: 90_000, kind: 'node', libc: t.libc, loader: 'direct' }];
    return [
      { file: `prebuilds/linux-${t.arch}/bcrypt.glibc.node`, size: 84_904, kind: 'node', libc: 'glibc', loader: 'node-gyp-build' },
      { file: `prebuilds/linux-${t.arch}/bcrypt.musl.node`, size: 96_424, kind: 'node', libc: 'musl', loader: 'node-gyp-build' },
    ];
  }
  if (name === 'better-sqlite3') {
    if (major !== null && major < 13) return [{ file: 'build/Release/better_sqlite3.node', size: 2_300_000, kind: 'node', libc: t.libc, loader: 'direct' }];
    return [
      { file: `prebuilds/linux-${t.arch}.node`, size: 2_275_768, kind: 'node', libc: 'glibc', loader: 'node-gyp-build' },
      { file: `prebuilds/linuxmusl-${t.arch}.node`, size: 2_482_088, kind: 'node', libc: 'musl', loader: 'node-gyp-build' },
    ];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Lockfiles

export interface LockEntry {
  /** Install path relative to the project root: node_modules/a or node_modules/a/node_modules/b. */
  path: string;
  name: string;
  version: string;
  dev: boolean;
  optional: boolean;
  deps: string[];
  bins?: [string, string][];
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

export interface Lock {
  entries: LockEntry[];
  /** Whether dev flags are recorded (npm) or must be computed from the graph (yarn). */
  devKnown: boolean;
  /** Names listed in the lock for the root's own dependencies (for `npm ci` sync checks). */
  names: Set<string>;
}

export function parseNpmLock(text: string): Lock | null {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  const entries: LockEntry[] = [];
  const packages = j.packages as Record<string, Record<string, unknown>> | undefined;
  if (packages) {
    for (const [path, p] of Object.entries(packages)) {
      if (!path || !path.includes('node_modules/') || p.link) continue;
      const name = (p.name as string | undefined) ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      entries.push({
        path,
        name,
        version: String(p.version ?? '0.0.0'),
        dev: p.dev === true,
        optional: p.optional === true,
        deps: Object.keys({ ...((p.dependencies as object) ?? {}), ...((p.optionalDependencies as object) ?? {}) }),
        ...(p.bin && typeof p.bin === 'object' ? { bins: Object.entries(p.bin as Record<string, string>) } : {}),
        ...(Array.isArray(p.os) ? { os: p.os as string[] } : {}),
        ...(Array.isArray(p.cpu) ? { cpu: p.cpu as string[] } : {}),
        ...(Array.isArray(p.libc) ? { libc: p.libc as string[] } : {}),
      });
    }
  } else if (j.dependencies && typeof j.dependencies === 'object') {
    // lockfileVersion 1: nested "dependencies" objects.
    const walk = (deps: Record<string, Record<string, unknown>>, prefix: string) => {
      for (const [name, d] of Object.entries(deps)) {
        const path = `${prefix}node_modules/${name}`;
        entries.push({ path, name, version: String(d.version ?? '0.0.0'), dev: d.dev === true, optional: d.optional === true, deps: Object.keys((d.requires as object) ?? {}) });
        if (d.dependencies) walk(d.dependencies as Record<string, Record<string, unknown>>, path + '/');
      }
    };
    walk(j.dependencies as Record<string, Record<string, unknown>>, '');
  } else return { entries: [], devKnown: true, names: new Set() };
  return { entries, devKnown: true, names: new Set(entries.filter((e) => e.path === 'node_modules/' + e.name).map((e) => e.name)) };
}

/** yarn.lock v1: `"a@^1", a@~1:` blocks with `version` and `dependencies`. */
export function parseYarnLock(text: string): Lock {
  const byName = new Map<string, LockEntry>();
  let cur: LockEntry | null = null;
  let inDeps = false;
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    if (!raw.startsWith(' ')) {
      const first = raw.replace(/:$/, '').split(',')[0]!.trim().replace(/^"|"$/g, '');
      const at = first.lastIndexOf('@');
      const name = at > 0 ? first.slice(0, at) : first;
      cur = byName.get(name) ?? { path: `node_modules/${name}`, name, version: '0.0.0', dev: false, optional: false, deps: [] };
      byName.set(name, cur);
      inDeps = false;
      continue;
    }
    if (!cur) continue;
    const line = raw.trim();
    if (/^\S+:$/.test(line)) {
      inDeps = line === 'dependencies:' || line === 'optionalDependencies:';
      continue;
    }
    if (raw.startsWith('    ') && inDeps) {
      const dep = line.split(/\s+/)[0]!.replace(/^"|"$/g, '');
      if (!cur.deps.includes(dep)) cur.deps.push(dep);
      continue;
    }
    inDeps = false;
    const v = /^version\s+"?([^"]+)"?/.exec(line);
    if (v) cur.version = v[1]!;
  }
  const entries = [...byName.values()];
  return { entries, devKnown: false, names: new Set(entries.map((e) => e.name)) };
}

// ---------------------------------------------------------------------------------------------
// The install plan

export interface PlannedPackage {
  path: string;
  name: string;
  version: string;
  size: number;
  dev: boolean;
  known: boolean;
  bins: [string, string][];
  natives: NativeFile[];
  /** The range package.json asked for (top-level dependencies). */
  range?: string;
}

export interface Manifest {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  scripts: Record<string, string>;
  raw: Record<string, unknown>;
}

export function manifestOf(json: Record<string, unknown>): Manifest {
  const rec = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {});
  return {
    name: typeof json.name === 'string' ? json.name : '',
    version: typeof json.version === 'string' ? json.version : '',
    dependencies: rec(json.dependencies),
    devDependencies: rec(json.devDependencies),
    optionalDependencies: rec(json.optionalDependencies),
    scripts: rec(json.scripts),
    raw: json,
  };
}

export interface PlanOptions {
  omitDev: boolean;
  omitOptional: boolean;
  target: Target;
}

export interface Plan {
  packages: PlannedPackage[];
  /** Packages left out because they are devDependencies (with their sizes). */
  omitted: PlannedPackage[];
  source: 'lockfile' | 'table';
  tabled: number;
  defaulted: string[];
  /** Top-level names whose measured version has another major than requested. */
  versionNotes: string[];
}

function cleanVersion(range: string | undefined): string {
  const m = /(\d+(?:\.\d+){0,2}(?:-[\w.]+)?)/.exec(range ?? '');
  if (!m) return '0.0.0';
  const parts = m[1]!.split('-')[0]!.split('.');
  while (parts.length < 3) parts.push('0');
  return parts.join('.');
}

function platformOk(e: { name: string; os?: string[]; cpu?: string[]; libc?: string[] }, t: Target): boolean {
  const allows = (list: string[] | undefined, v: string) => !list || (list.some((x) => x === v) || (list.every((x) => x.startsWith('!')) && !list.includes('!' + v)));
  if (!allows(e.os, 'linux') || !allows(e.cpu, t.arch)) return false;
  if (e.libc && !allows(e.libc, t.libc)) return false;
  return !foreignPlatform(e.name, t);
}

/** Whether a lockfile lists the whole tree (not only the root's direct dependencies). */
function lockIsComplete(lock: Lock, m: Manifest): boolean {
  const direct = new Set([...Object.keys(m.dependencies), ...Object.keys(m.devDependencies), ...Object.keys(m.optionalDependencies)]);
  // It is whole when it names packages beyond the direct ones, or when every direct one is known
  // to have no dependencies (a lock of unknown packages alone may be a hand-written abbreviation).
  return lock.entries.some((e) => !direct.has(e.name)) || lock.entries.every((e) => { const f = packageFacts(e.name); return !!f && !f.deps.length; });
}

export function planInstall(m: Manifest, lock: Lock | null, opts: PlanOptions): Plan {
  const t = opts.target;
  const plan: Plan = { packages: [], omitted: [], source: 'table', tabled: 0, defaulted: [], versionNotes: [] };
  const ranges: Record<string, string> = { ...m.optionalDependencies, ...m.devDependencies, ...m.dependencies };
  const make = (path: string, name: string, version: string | null, dev: boolean, direct: boolean): PlannedPackage => {
    const range = direct ? ranges[name] : undefined;
    // A version from the lockfile picks the measurement of the same major as well as a range does.
    const facts = packageFacts(name, range ?? version ?? undefined);
    if (facts) plan.tabled++;
    else plan.defaulted.push(name);
    return {
      path,
      name,
      version: version ?? facts?.version ?? cleanVersion(range),
      size: facts ? facts.size : direct && plan.source === 'table' ? DEFAULT_DIRECT : DEFAULT_TRANSITIVE,
      dev,
      known: !!facts,
      bins: facts?.bins ?? [],
      natives: nativeFiles(name, range, t),
      ...(range ? { range } : {}),
    };
  };
  if (lock && lock.entries.length && lockIsComplete(lock, m)) {
    plan.source = 'lockfile';
    let devOf: (e: LockEntry) => boolean = (e) => e.dev;
    if (!lock.devKnown) {
      // Reachability from the production dependencies decides what is dev-only.
      const byName = new Map(lock.entries.map((e) => [e.name, e]));
      const prod = new Set<string>();
      const q = [...Object.keys(m.dependencies), ...Object.keys(m.optionalDependencies)];
      while (q.length) {
        const n = q.pop()!;
        if (prod.has(n)) continue;
        prod.add(n);
        for (const d of byName.get(n)?.deps ?? []) q.push(d);
      }
      devOf = (e) => !prod.has(e.name);
    }
    for (const e of lock.entries) {
      if (!platformOk(e, t)) continue;
      if (e.optional && opts.omitOptional) continue;
      const direct = e.path === 'node_modules/' + e.name && e.name in ranges;
      const p = make(e.path, e.name, e.version, devOf(e), direct);
      if (e.bins) p.bins = e.bins;
      (p.dev && opts.omitDev ? plan.omitted : plan.packages).push(p);
    }
    return finish(plan);
  }
  // From package.json through the measured graph: everything hoisted to node_modules/<name>.
  const prod = new Set<string>();
  const prodRoots = [...Object.keys(m.dependencies), ...(opts.omitOptional ? [] : Object.keys(m.optionalDependencies))];
  const closure = (roots: string[], into: Set<string>) => {
    const q = [...roots];
    while (q.length) {
      const n = q.pop()!;
      if (into.has(n)) continue;
      into.add(n);
      for (const d of packageFacts(n, ranges[n])?.deps ?? []) q.push(d);
    }
  };
  closure(prodRoots, prod);
  const all = new Set(prod);
  closure(Object.keys(m.devDependencies), all);
  for (const name of all) {
    const real = variantName(name, t);
    if (foreignPlatform(real, t)) continue;
    const direct = name in ranges;
    const p = make(`node_modules/${real}`, real, null, !prod.has(name), direct);
    if (real !== name) {
      const glibc = packageFacts(name);
      if (glibc) {
        p.size = glibc.size;
        p.version = glibc.version;
        p.known = true;
        plan.tabled++;
        plan.defaulted = plan.defaulted.filter((d) => d !== real);
      }
    }
    (p.dev && opts.omitDev ? plan.omitted : plan.packages).push(p);
  }
  for (const [name, range] of Object.entries(ranges)) {
    const f = packageFacts(name, range);
    const mj = majorOf(range);
    if (f && mj !== null && majorOf(f.version) !== mj && !/^(latest|\*|x)$/.test(range)) plan.versionNotes.push(`${name} (asked ${range}, measured ${f.version})`);
  }
  return finish(plan);
}

function finish(plan: Plan): Plan {
  const byPath = (a: PlannedPackage, b: PlannedPackage) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  plan.packages.sort(byPath);
  plan.omitted.sort(byPath);
  return plan;
}

export function libcTarget(libc: Libc, arch: string, nodeArch: string): Target {
  return { libc: libc === 'musl' ? 'musl' : 'glibc', arch: nodeArch, goarch: arch };
}
