// Node.js toolchains: npm (ci, install, run, prune, cache clean), npx, yarn 1, pnpm, corepack,
// node itself, and the build tools package scripts call (tsc, vite, next, webpack, esbuild,
// nest, prisma), as the official node images run them.
//
// node_modules: the package set comes from package-lock.json / yarn.lock when it lists the whole
// tree, else from package.json through a measured dependency graph (toolchain/npm-data.ts: 836
// packages from a real install, with their own sizes). devDependencies are left out with
// --omit=dev, --production, --only=prod, --prod, or NODE_ENV=production (npm and yarn), unless
// --include=dev. One directory per package: package.json (text), bin scripts, native files, and
// the rest of the package's measured size as index.js. Unknown packages get a default size
// (500 kB for a direct dependency without a full lockfile, which stands for it and its
// dependencies; 40 kB for a package a lockfile lists). Platform packages (@next/swc-linux-x64-gnu,
// @img/sharp-linux-x64, lightningcss-linux-x64-gnu …) are picked for the image's libc and CPU, as
// npm does from their os/cpu/libc fields.
//
// Native addons carry a descriptor (toolchain/descriptors.ts) naming the libc they were built
// for: "#!stagecraft-native-module node glibc\npackage=…\nplatform=linux/amd64\nloader=…\n".
//
// Caches: npm's _cacache in $npm_config_cache or ~/.npm (tarballs: 28.5 % of the installed
// size, measured), yarn's /usr/local/share/.cache/yarn/v6 for root (unpacked: ~1.3×), pnpm's
// store (hard links, counted once). They stay in the layer unless a cache mount covers them or
// the same RUN removes them (`npm cache clean --force`, `yarn cache clean`, rm -rf).
//
// Build outputs are sized from the sources they read with ratios named in each note; what a
// script does that no model covers is reported by the interpreter as opaque.
import { basename, dirname, join, resolve } from '../../fs/path';
import { registerCommand, ok, fail, type CommandResult, type Data } from '../model';
import { concatData } from '../files';
import {
  abs, ensureDir, flagValue, hexId, isDir, isFile, mb, onPath, parseJsonc, platformOf, readJson, readText, removePath, writeSized, writeSymlink, writeText, type Ctx,
} from './toolchain/common';
import { nativeModuleDescriptor } from './toolchain/descriptors';
import {
  DEFAULT_DIRECT, DEFAULT_TRANSITIVE, TARBALL_RATIO, libcTarget, manifestOf, packageFacts, parseNpmLock, parseYarnLock, planInstall,
  type Lock, type Manifest, type Plan, type PlannedPackage, type Target,
} from './toolchain/npm-registry';
import { YARN_CACHE_RATIO, lockText, removeExtraneous, writeNpmCache, writePackage, writePnpmStore, writeTree, writeYarnCache } from './toolchain/node-install';

// ---------------------------------------------------------------------------------------------
// Projects, versions, configuration

interface Project {
  root: string;
  manifest: Manifest | null;
  /** package.json exists but its text is unknown. */
  opaqueManifest: boolean;
}

function findProject(ctx: Ctx, from = ctx.cwd): Project | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const pj = join(dir, 'package.json');
    if (isFile(ctx, pj)) {
      const json = readJson(ctx, pj);
      return { root: dir, manifest: json ? manifestOf(json) : null, opaqueManifest: json === null };
    }
    if (dir === '/') return null;
  }
}

function target(ctx: Ctx): { t: Target; known: boolean } {
  const p = platformOf(ctx);
  return { t: libcTarget(p.libc, p.arch, p.nodeArch), known: p.known };
}

/** The version of a tool installed as an npm package, from the package.json beside its bin. */
function toolVersion(ctx: Ctx, command: string): string | null {
  const path = (ctx.env.get('PATH') ?? '').split(':').map((d) => join(d || '/', command)).find((p) => isFile(ctx, p));
  if (!path) return null;
  let dir = dirname(ctx.fs.realpath(path));
  for (let i = 0; i < 3; i++, dir = dirname(dir)) {
    const j = readJson(ctx, join(dir, 'package.json'));
    if (j && typeof j.version === 'string') return j.version;
  }
  return null;
}

function nodeVersion(ctx: Ctx): string | null {
  const v = ctx.env.get('NODE_VERSION');
  return v ? v.replace(/^v/, '') : null;
}

function npmVersion(ctx: Ctx): string {
  const v = toolVersion(ctx, 'npm');
  if (v) return v;
  const node = Number((nodeVersion(ctx) ?? '22').split('.')[0]);
  return node >= 18 ? '10.9.0' : node >= 16 ? '8.19.4' : '6.14.18';
}

/** npm ≥ 10 prints "npm error", older "npm ERR!". */
function npmPrefix(ctx: Ctx): string {
  return Number(npmVersion(ctx).split('.')[0]) >= 10 ? 'npm error' : 'npm ERR!';
}

function npmError(ctx: Ctx, lines: string[], status = 1): CommandResult {
  const p = npmPrefix(ctx);
  return { status, stderr: lines.map((l) => (l ? `${p} ${l}` : p) + '\n').join('') };
}

/** npm reads npm_config_<key> from the environment, case-insensitively. */
function npmConfig(ctx: Ctx, key: string): string | undefined {
  const want = 'npm_config_' + key.replace(/-/g, '_');
  for (const [k, v] of ctx.env) if (k.toLowerCase() === want) return v;
  return undefined;
}

function home(ctx: Ctx): string {
  return ctx.env.get('HOME') || ctx.user.home || '/root';
}

interface InstallFlags {
  omitDev: boolean;
  omitOptional: boolean;
  ignoreScripts: boolean;
  global: boolean;
  saveDev: boolean;
  names: string[];
  why: string | null;
}

function installFlags(ctx: Ctx, args: string[]): InstallFlags {
  const has = (...f: string[]) => args.some((a) => f.includes(a));
  const omit = [...args.filter((a) => a.startsWith('--omit=')).map((a) => a.slice(7)), ...args.flatMap((a, i) => (a === '--omit' ? [args[i + 1] ?? ''] : [])), ...(npmConfig(ctx, 'omit') ?? '').split(/[ ,]/)];
  const include = [...args.filter((a) => a.startsWith('--include=')).map((a) => a.slice(10)), ...args.flatMap((a, i) => (a === '--include' ? [args[i + 1] ?? ''] : []))];
  let why: string | null = null;
  if (omit.includes('dev')) why = '--omit=dev';
  else if (has('--production', '--production=true', '--prod', '--only=prod', '--only=production', '--omit-dev')) why = args.find((a) => /^--(production|prod|only=)/.test(a)) ?? '--production';
  else if (npmConfig(ctx, 'production') === 'true') why = 'npm_config_production=true';
  else if (ctx.env.get('NODE_ENV') === 'production' && !has('--production=false')) why = 'NODE_ENV=production';
  if (include.includes('dev') || has('--production=false', '--also=dev', '--also=development')) why = null;
  const valueFlags = new Set(['--omit', '--include', '--cache', '--prefix', '--registry', '--loglevel', '--location', '--workspace', '-w']);
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (valueFlags.has(a)) i++;
    else if (!a.startsWith('-')) names.push(a);
  }
  return {
    omitDev: why !== null,
    omitOptional: omit.includes('optional') || has('--no-optional'),
    ignoreScripts: has('--ignore-scripts') || npmConfig(ctx, 'ignore_scripts') === 'true',
    global: has('-g', '--global', '--location=global') || npmConfig(ctx, 'global') === 'true',
    saveDev: has('-D', '--save-dev'),
    names,
    why,
  };
}

function splitSpec(spec: string): { name: string; range: string } {
  const at = spec.lastIndexOf('@');
  return at > 0 ? { name: spec.slice(0, at), range: spec.slice(at + 1) } : { name: spec, range: 'latest' };
}

// ---------------------------------------------------------------------------------------------
// Installing

interface InstallReport {
  plan: Plan;
  written: number;
  cacheBytes: number;
  cacheDir: string | null;
}

function describePlan(tool: string, plan: Plan, report: InstallReport, why: string | null, nm: string): string[] {
  const notes: string[] = [];
  const bytes = plan.packages.reduce((a, p) => a + p.size, 0);
  const parts = [`${plan.tabled} from the measured table`];
  if (plan.defaulted.length) {
    const each = plan.source === 'table' ? DEFAULT_DIRECT : DEFAULT_TRANSITIVE;
    parts.push(`${plan.defaulted.length} unknown at the ${mb(each)} default (${plan.defaulted.slice(0, 5).join(', ')}${plan.defaulted.length > 5 ? ', …' : ''})`);
  }
  notes.push(
    `${tool}: ${nm} sized from ${plan.source === 'lockfile' ? 'the lockfile' : 'package.json and the measured dependency graph'}: ${plan.packages.length} package${plan.packages.length === 1 ? '' : 's'}, ${mb(bytes)} (${parts.join(', ')}; ±30 %)`,
  );
  if (why) {
    const omitted = plan.omitted.reduce((a, p) => a + p.size, 0);
    notes.push(`${tool}: devDependencies omitted (${why}): ${plan.omitted.length} package${plan.omitted.length === 1 ? '' : 's'}, ${mb(omitted)} not installed`);
  }
  if (plan.versionNotes.length) notes.push(`${tool}: sizes measured at other major versions for ${plan.versionNotes.join(', ')}`);
  if (report.cacheDir) notes.push(`${tool}: cache ${report.cacheDir}: ${mb(report.cacheBytes)} (${tool.startsWith('yarn') ? `unpacked packages and tarballs, ~${YARN_CACHE_RATIO}× the installed size, estimate` : `tarballs at ${(TARBALL_RATIO * 100).toFixed(1)} % of the installed size, measured ratio`}); it stays in this layer unless a cache mount covers it or the same RUN deletes it`);
  const natives = plan.packages.filter((p) => p.natives.some((n) => n.kind === 'node'));
  if (natives.length) {
    notes.push(`${tool}: native addons built for ${[...new Set(natives.flatMap((p) => p.natives.filter((n) => n.kind === 'node').map((n) => n.libc)))].join(' and ')}: ${natives.map((p) => p.name).join(', ')}`);
  }
  return notes;
}

function loadLock(ctx: Ctx, root: string, kind: 'npm' | 'yarn'): { present: boolean; lock: Lock | null; file: string } {
  const files = kind === 'npm' ? ['npm-shrinkwrap.json', 'package-lock.json'] : ['yarn.lock'];
  for (const f of files) {
    const path = join(root, f);
    if (!isFile(ctx, path)) continue;
    const text = readText(ctx, path);
    if (text === null) return { present: true, lock: null, file: path };
    return { present: true, lock: kind === 'npm' ? parseNpmLock(text) : parseYarnLock(text), file: path };
  }
  return { present: false, lock: null, file: join(root, files[files.length - 1]!) };
}

/** The first dependency the lockfile lacks, as npm names it: with the version it would resolve. */
function missingFromLock(m: Manifest, lock: Lock): string | null {
  for (const [name, range] of Object.entries({ ...m.dependencies, ...m.devDependencies, ...m.optionalDependencies })) {
    if (lock.names.has(name)) continue;
    const facts = packageFacts(name, range);
    const major = /(\d+)/.exec(range)?.[1];
    const version = facts && (!major || facts.version.split('.')[0] === major) ? facts.version : (/(\d+(?:\.\d+){0,2})/.exec(range)?.[1] ?? '1.0.0').split('.').concat(['0', '0']).slice(0, 3).join('.');
    return `${name}@${version}`;
  }
  return null;
}

/** The common part of npm ci / npm install / yarn / pnpm: plan, write, cache, notes. */
function install(
  ctx: Ctx,
  tool: string,
  project: Project & { manifest: Manifest },
  lock: Lock | null,
  flags: InstallFlags,
  opts: { clean: boolean; layout: 'hoisted' | 'pnpm'; cache: 'npm' | 'yarn' | 'pnpm'; cacheDir: string },
): InstallReport {
  const { t, known } = target(ctx);
  const plan = planInstall(project.manifest, lock, { omitDev: flags.omitDev, omitOptional: flags.omitOptional, target: t });
  const nm = join(project.root, 'node_modules');
  // npm ci and pnpm start from an empty node_modules; npm install and yarn remove what is extraneous.
  if (opts.clean || opts.layout === 'pnpm') removePath(ctx, ctx.fs.realpath(nm));
  else removeExtraneous(ctx, project.root, plan.packages);
  const written = writeTree(ctx, plan.packages, { root: project.root, target: t, layout: opts.layout });
  if (opts.layout === 'hoisted' && tool.startsWith('npm')) {
    writeText(ctx, join(nm, '.package-lock.json'), lockText(project.manifest.name, project.manifest.version, plan.packages, false));
  }
  let cacheBytes = 0;
  if (opts.cache === 'npm') cacheBytes = writeNpmCache(ctx, opts.cacheDir, plan.packages);
  else if (opts.cache === 'yarn') cacheBytes = writeYarnCache(ctx, opts.cacheDir, plan.packages);
  else cacheBytes = writePnpmStore(ctx, opts.cacheDir, plan.packages, false);
  const report: InstallReport = { plan, written: written.bytes, cacheBytes, cacheDir: opts.cache === 'pnpm' ? null : opts.cacheDir };
  for (const n of describePlan(tool, plan, report, flags.why, nm)) ctx.assume(n);
  if (opts.cache === 'pnpm') ctx.assume(`${tool}: store ${opts.cacheDir}: hard links to the node_modules/.pnpm files, so its bytes count once`);
  if (!known && plan.packages.some((p) => p.natives.length)) ctx.assume(`${tool}: the image's C library is unknown; native packages were picked for glibc on linux/amd64`);
  return report;
}

/** Runs package.json scripts (pre<name>, <name>, post<name>) as npm does. */
function runScripts(ctx: Ctx, project: Project & { manifest: Manifest }, events: string[], extra: string[], header: boolean): CommandResult {
  const outputs: Data[] = [];
  let stderr = '';
  const m = project.manifest;
  for (const event of events) {
    const script = m.scripts[event];
    if (script === undefined) continue;
    const line = extra.length && !event.startsWith('pre') && !event.startsWith('post') ? `${script} ${extra.map(shq).join(' ')}` : script;
    if (header) outputs.push({ text: `\n> ${m.name || basename(project.root)}${m.version ? '@' + m.version : ''} ${event}\n> ${line}\n\n` });
    const env = new Map(ctx.env);
    env.set('PATH', `${project.root}/node_modules/.bin:${ctx.env.get('PATH') ?? ''}`);
    env.set('npm_lifecycle_event', event);
    env.set('npm_lifecycle_script', script);
    env.set('npm_package_name', m.name);
    env.set('npm_package_version', m.version);
    env.set('INIT_CWD', ctx.cwd);
    const r = ctx.runScript(project.root === ctx.cwd ? line : `cd ${shq(project.root)} && ${line}`, env);
    if (r.stdout) outputs.push(r.stdout);
    stderr += r.stderr ?? '';
    if (r.status !== 0) {
      const p = npmPrefix(ctx);
      return { status: r.status, stdout: concatData(outputs), stderr: stderr + `${p} Lifecycle script \`${event}\` failed with error:\n${p} code ${r.status}\n${p} path ${project.root}\n${p} command failed\n${p} command sh -c ${line}\n` };
    }
  }
  return { status: 0, stdout: concatData(outputs), ...(stderr ? { stderr } : {}) };
}

const shq = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

function noPackageJson(ctx: Ctx, root: string): CommandResult {
  const path = join(root, 'package.json');
  return npmError(ctx, ['code ENOENT', 'syscall open', `path ${path}`, 'errno -2', `enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${path}'`, 'enoent This is related to npm not being able to find a file.', 'enoent', '']);
}

function unknownManifest(ctx: Ctx, tool: string, root: string): CommandResult {
  ctx.opaque(`${tool}: the contents of ${join(root, 'package.json')} are unknown, so what it installs is too`);
  return ok();
}

// ---------------------------------------------------------------------------------------------
// npm

function npmCacheDir(ctx: Ctx, args: string[]): string {
  return abs(ctx, flagValue(args, ['--cache']) ?? npmConfig(ctx, 'cache') ?? join(home(ctx), '.npm'));
}

function npmInstall(ctx: Ctx, args: string[], ci: boolean): CommandResult {
  const flags = installFlags(ctx, args);
  const cacheDir = npmCacheDir(ctx, args);
  if (flags.global) return npmGlobal(ctx, flags, cacheDir);
  const project = findProject(ctx) ?? { root: ctx.cwd, manifest: null, opaqueManifest: false };
  if (!project.manifest && !project.opaqueManifest && (ci || !flags.names.length)) return noPackageJson(ctx, project.root);
  if (project.opaqueManifest) return unknownManifest(ctx, ci ? 'npm ci' : 'npm install', project.root);
  const tool = ci ? 'npm ci' : 'npm install';
  const { present, lock, file } = loadLock(ctx, project.root, 'npm');
  if (ci && !present) {
    return npmError(ctx, [
      'code EUSAGE', '',
      'The `npm ci` command can only install with an existing package-lock.json or',
      'npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or',
      'later to generate a package-lock.json file, then try again.', '',
      'Clean install a project', '', 'Usage:', 'npm ci', '', 'Options:',
      '[--install-strategy <hoisted|nested|shallow|linked>] [--legacy-bundling]',
      '[--global-style] [--omit <dev|optional|peer> [--omit <dev|optional|peer> ...]]',
      '[--include <prod|dev|optional|peer> [--include <prod|dev|optional|peer> ...]]',
      '[--strict-peer-deps] [--foreground-scripts] [--ignore-scripts] [--no-audit]',
      '[--no-bin-links] [--no-fund] [--dry-run]',
      '[-w|--workspace <workspace-name> [-w|--workspace <workspace-name> ...]]',
      '[-ws|--workspaces] [--include-workspace-root] [--install-links]', '',
      'aliases: clean-install, ic, install-clean, isntall-clean', '',
      'Run "npm help ci" for more info', '',
    ]);
  }
  let manifest = project.manifest ?? manifestOf({});
  // npm install <pkg> records it in package.json (creating one when there is none).
  if (!ci && flags.names.length) manifest = addToManifest(ctx, project.root, manifest, flags.names, flags.saveDev, true);
  if (ci && lock) {
    const missing = missingFromLock(manifest, lock);
    if (missing) {
      return npmError(ctx, [
        'code EUSAGE', '',
        '`npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.', '',
        `Missing: ${missing} from lock file`, '', 'Clean install a project', '', 'Run "npm help ci" for more info', '',
      ]);
    }
  }
  if (present && !lock) ctx.assume(`${tool}: the contents of ${file} are unknown; the package set comes from package.json`);
  const full = { ...project, manifest };
  const report = install(ctx, tool, full, lock, flags, { clean: ci, layout: 'hoisted', cache: 'npm', cacheDir });
  if (!ci && !present) {
    writeText(ctx, file, lockText(manifest.name || basename(project.root), manifest.version || '1.0.0', [...report.plan.packages, ...report.plan.omitted], true, { dependencies: manifest.dependencies, devDependencies: manifest.devDependencies }));
  }
  let scripts: CommandResult = { status: 0 };
  if (!flags.ignoreScripts && !flags.names.length) scripts = runScripts(ctx, full, ['preinstall', 'install', 'postinstall', 'prepare'], [], true);
  if (scripts.status !== 0) return scripts;
  const n = report.plan.packages.length;
  const out: Data = { text: `\nadded ${n} package${n === 1 ? '' : 's'}, and audited ${n + 1} packages in 3s\n\nfound 0 vulnerabilities\n` };
  return { status: 0, stdout: concatData([scripts.stdout ?? { text: '' }, out]), ...(scripts.stderr ? { stderr: scripts.stderr } : {}) };
}

/** npm install / yarn add <pkg>: the saved range is ^ + the version it resolves to (for tags and bare majors). */
function addToManifest(ctx: Ctx, root: string, m: Manifest, names: string[], dev: boolean, write: boolean, tool = 'npm install'): Manifest {
  const key = dev ? 'devDependencies' : 'dependencies';
  const next = { ...m, [key]: { ...m[key] } } as Manifest;
  for (const spec of names) {
    const { name, range } = splitSpec(spec);
    const facts = packageFacts(name, range);
    const bare = range === 'latest' || /^\d+(\.\d+)?$/.test(range);
    const resolved = facts && (range === 'latest' || facts.version.split('.')[0] === range.split('.')[0]) ? facts.version : `${range.split('.').concat(['0', '0']).slice(0, 3).join('.')}`;
    next[key][name] = bare ? `^${resolved === 'latest.0.0' ? '1.0.0' : resolved}` : range;
  }
  if (write) {
    const raw = { ...m.raw, [key]: next[key] };
    writeText(ctx, join(root, 'package.json'), JSON.stringify(raw, null, 2) + '\n');
    ctx.assume(`${tool} ${names.join(' ')}: package.json gains ${names.length === 1 ? 'that dependency' : 'those dependencies'} in ${key}`);
  }
  return next;
}

/** npm install -g: each package in <prefix>/lib/node_modules with its own node_modules inside. */
function npmGlobal(ctx: Ctx, flags: InstallFlags, cacheDir: string): CommandResult {
  const prefix = npmConfig(ctx, 'prefix') ?? '/usr/local';
  const { t } = target(ctx);
  const libDir = join(prefix, 'lib/node_modules');
  let total = 0;
  const all: PlannedPackage[] = [];
  for (const spec of flags.names) {
    const { name, range } = splitSpec(spec);
    const manifest = manifestOf({ name: 'global', version: '0.0.0', dependencies: { [name]: range } });
    const plan = planInstall(manifest, null, { omitDev: true, omitOptional: false, target: t });
    const dir = join(libDir, name);
    removePath(ctx, dir);
    ensureDir(ctx, dirname(dir));
    for (const p of plan.packages) {
      const at = p.name === name ? dir : join(dir, `node_modules/${p.name}`);
      total += writePackage(ctx, at, p, t);
      if (p.name === name) {
        ensureDir(ctx, join(prefix, 'bin'));
        for (const [bin, file] of p.bins) writeSymlink(ctx, join(prefix, `bin/${bin}`), `../lib/node_modules/${name}/${file.replace(/^\.\//, '')}`);
      }
    }
    all.push(...plan.packages);
    ctx.assume(`npm install -g ${spec}: ${dir} with ${plan.packages.length} package${plan.packages.length === 1 ? '' : 's'}, ${mb(plan.packages.reduce((a, p) => a + p.size, 0))}${plan.defaulted.includes(name) ? ` (unknown package: the ${mb(DEFAULT_DIRECT)} default, and no commands linked)` : ''}`);
  }
  const cache = writeNpmCache(ctx, cacheDir, all);
  ctx.assume(`npm install -g: cache ${cacheDir}: ${mb(cache)} of tarballs; it stays in this layer unless a cache mount covers it or the same RUN deletes it`);
  void total;
  return ok({ text: `\nadded ${all.length} packages in 2s\n` });
}

function npmRun(ctx: Ctx, args: string[], event?: string): CommandResult {
  const dash = args.indexOf('--');
  const own = dash >= 0 ? args.slice(0, dash) : args;
  // npm run NAME ARGS… / npm start ARGS…: arguments after the name go to the script.
  const extra = dash >= 0 ? args.slice(dash + 1) : event ? own.filter((a) => !a.startsWith('-')) : own.slice(own.findIndex((a) => !a.startsWith('-')) + 1).filter((a) => !a.startsWith('-'));
  const name = event ?? own.find((a) => !a.startsWith('-'));
  const project = findProject(ctx);
  if (!project) return noPackageJson(ctx, ctx.cwd);
  if (project.opaqueManifest) return unknownManifest(ctx, `npm run ${name ?? ''}`, project.root);
  const m = project.manifest!;
  if (!name) return ok({ text: Object.entries(m.scripts).map(([k, v]) => `  ${k}\n    ${v}\n`).join('') });
  if (m.scripts[name] === undefined) {
    if (name === 'start' && isFile(ctx, join(project.root, 'server.js'))) {
      return runScripts(ctx, { ...project, manifest: { ...m, scripts: { ...m.scripts, start: 'node server.js' } } }, ['prestart', 'start', 'poststart'], extra, true);
    }
    return npmError(ctx, [`Missing script: "${name}"`, '', 'To see a list of scripts, run:', '  npm run', '']);
  }
  const silent = own.includes('--silent') || own.includes('-s');
  return runScripts(ctx, { ...project, manifest: m }, [`pre${name}`, name, `post${name}`], extra, !silent);
}

function npmPrune(ctx: Ctx, args: string[]): CommandResult {
  const flags = installFlags(ctx, args);
  const project = findProject(ctx);
  if (!project) return noPackageJson(ctx, ctx.cwd);
  if (project.opaqueManifest) return unknownManifest(ctx, 'npm prune', project.root);
  const { t } = target(ctx);
  const { lock } = loadLock(ctx, project.root, 'npm');
  const plan = planInstall(project.manifest!, lock, { omitDev: flags.omitDev, omitOptional: flags.omitOptional, target: t });
  const removed = removeExtraneous(ctx, project.root, plan.packages);
  const nm = join(project.root, 'node_modules');
  if (isFile(ctx, join(nm, '.package-lock.json'))) writeText(ctx, join(nm, '.package-lock.json'), lockText(project.manifest!.name, project.manifest!.version, plan.packages, false));
  const freed = plan.omitted.filter((p) => removed.includes(p.name)).reduce((a, p) => a + p.size, 0);
  ctx.assume(`npm prune${flags.why ? ' ' + flags.why : ''}: removed ${removed.length} package${removed.length === 1 ? '' : 's'} from ${nm} (~${mb(freed)})${removed.length ? '; in a later RUN the bytes stay in the earlier layer' : ''}`);
  return ok({ text: `\nremoved ${removed.length} packages in 1s\n` });
}

function npmCache(ctx: Ctx, args: string[]): CommandResult {
  const op = args[0];
  const dir = npmCacheDir(ctx, args);
  if (op === 'clean' || op === 'clear' || op === 'rm') {
    if (!args.includes('--force') && !args.includes('-f')) {
      return npmError(ctx, [
        'As of npm@5, the npm cache self-heals from corruption issues',
        'by treating integrity mismatches as cache misses.  As a result,',
        'data extracted from the cache is guaranteed to be valid.  If you',
        'want to make sure everything is consistent, use `npm cache verify`',
        'instead.  Deleting the cache can only make npm go slower, and is',
        'not likely to correct any problems you may be encountering!', '',
        "On the other hand, if you're debugging an issue with the installer,",
        'or race conditions that depend on the timing of writing to an empty',
        'cache, you can use `npm install --cache /tmp/empty-cache` to use a',
        'temporary cache instead of nuking the actual one.', '',
        "If you're sure you want to delete the entire cache, rerun this command",
        'with --force.', '',
      ]);
    }
    removePath(ctx, join(dir, '_cacache'));
    return ok();
  }
  if (op === 'verify') return ok({ unknown: 'the output of npm cache verify' });
  ctx.opaque(`\`npm cache ${args.join(' ')}\` is not modelled`);
  return ok({ unknown: 'the output of npm cache' });
}

registerCommand({
  names: ['npm'],
  run(args, ctx) {
    const i = args.findIndex((a) => !a.startsWith('-'));
    if (i < 0) {
      if (args.includes('-v') || args.includes('--version')) return ok({ text: npmVersion(ctx) + '\n' });
      return ok({ unknown: 'the npm usage text' });
    }
    const cmd = args[i]!;
    const rest = [...args.slice(0, i), ...args.slice(i + 1)];
    switch (cmd) {
      case 'ci':
      case 'clean-install':
      case 'ic':
      case 'install-clean':
        return npmInstall(ctx, rest, true);
      case 'install':
      case 'i':
      case 'add':
      case 'in':
        return npmInstall(ctx, rest, false);
      case 'run':
      case 'run-script':
      case 'rum':
      case 'urn':
        return npmRun(ctx, rest);
      case 'start':
      case 'test':
      case 't':
      case 'stop':
      case 'restart':
        return npmRun(ctx, rest, cmd === 't' ? 'test' : cmd);
      case 'prune':
        return npmPrune(ctx, rest);
      case 'cache':
        return npmCache(ctx, rest);
      case 'exec':
      case 'x':
        return npx(ctx, rest);
      case 'version':
        if (!rest.length) return ok({ unknown: 'the output of npm version' });
        break;
      case 'config':
      case 'set':
        if (rest[0] === 'set' || cmd === 'set') {
          ctx.opaque(`\`npm ${args.join(' ')}\` changes ~/.npmrc; later npm commands are simulated without it`);
          return ok();
        }
        return ok({ unknown: 'the output of npm config' });
      case 'ls':
      case 'list':
      case 'audit':
      case 'outdated':
      case 'view':
      case 'info':
      case 'doctor':
      case 'fund':
        return ok({ unknown: `the output of npm ${cmd}` });
    }
    ctx.opaque(`\`npm ${args.join(' ')}\`: the simulator does not model npm ${cmd}`);
    return ok({ unknown: `the output of npm ${cmd}` });
  },
});

// ---------------------------------------------------------------------------------------------
// npx

const TSC_STUB =
  '\n                This is not the tsc command you are looking for\n\n\nTo get access to the TypeScript compiler, tsc, from the command line either:\n\n- Use npm install typescript to first add TypeScript to your project before using npx\n- Use yarn to avoid accidentally running code from un-installed packages\n';

function npx(ctx: Ctx, args: string[]): CommandResult {
  let i = 0;
  let pkg: string | null = null;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-p' || a === '--package') pkg = args[++i] ?? null;
    else if (a.startsWith('--package=')) pkg = a.slice(10);
    else if (a === '-y' || a === '--yes' || a === '--no' || a === '-q' || a === '--quiet' || a === '--no-install') continue;
    else if (a === '-c' || a === '--call') return ctx.runScript(args[i + 1] ?? '');
    else if (a === '--') continue;
    else break;
  }
  const cmd = args[i];
  if (!cmd) return fail('npm error could not determine executable to run\n');
  const rest = args.slice(i + 1);
  const project = findProject(ctx);
  const roots = [project?.root ?? ctx.cwd, ctx.cwd];
  const { name } = splitSpec(cmd);
  for (const r of roots) {
    const bin = join(r, `node_modules/.bin/${basename(name)}`);
    if (ctx.fs.get(bin) && isFile(ctx, bin)) {
      const env = new Map(ctx.env);
      env.set('PATH', `${r}/node_modules/.bin:${ctx.env.get('PATH') ?? ''}`);
      return ctx.runScript([basename(name), ...rest].map(shq).join(' '), env);
    }
  }
  if (onPath(ctx, name)) return ctx.runScript([name, ...rest].map(shq).join(' '));
  if (name === 'tsc' && !pkg) return { status: 1, stdout: { text: TSC_STUB } };
  // npm exec installs the package into ~/.npm/_npx/<hash> and runs its bin.
  const spec = pkg ?? cmd;
  const { t } = target(ctx);
  const manifest = manifestOf({ name: 'npx', version: '0.0.0', dependencies: { [splitSpec(spec).name]: splitSpec(spec).range } });
  const plan = planInstall(manifest, null, { omitDev: true, omitOptional: false, target: t });
  const dir = join(npmCacheDir(ctx, []), `_npx/${hexId(spec, 16)}`);
  ensureDir(ctx, dir);
  writeTree(ctx, plan.packages, { root: dir, target: t, layout: 'hoisted' });
  writeNpmCache(ctx, npmCacheDir(ctx, []), plan.packages);
  ctx.assume(`npx ${spec}: not installed in the project, so npm downloads it into ${dir} (${plan.packages.length} package${plan.packages.length === 1 ? '' : 's'}, ${mb(plan.packages.reduce((a, p) => a + p.size, 0))})`);
  const env = new Map(ctx.env);
  env.set('PATH', `${dir}/node_modules/.bin:${ctx.env.get('PATH') ?? ''}`);
  if (isFile(ctx, join(dir, `node_modules/.bin/${name}`))) return ctx.runScript([name, ...rest].map(shq).join(' '), env);
  ctx.opaque(`npx ${cmd}: runs a package the simulator does not model`);
  return ok({ unknown: `the output of npx ${cmd}` });
}

registerCommand({ names: ['npx'], run: (args, ctx) => npx(ctx, args) });

// ---------------------------------------------------------------------------------------------
// yarn 1

function yarnCacheDir(ctx: Ctx, args: string[]): string {
  const flag = flagValue(args, ['--cache-folder']);
  if (flag) return abs(ctx, flag);
  const env = ctx.env.get('YARN_CACHE_FOLDER');
  if (env) return env;
  return ctx.user.uid === 0 ? '/usr/local/share/.cache/yarn/v6' : join(home(ctx), '.cache/yarn/v6');
}

function yarnInstall(ctx: Ctx, args: string[]): CommandResult {
  const project = findProject(ctx);
  if (!project) return fail('error An unexpected error occurred: "ENOENT: no such file or directory, open \'' + join(ctx.cwd, 'package.json') + '\'".\n');
  if (project.opaqueManifest) return unknownManifest(ctx, 'yarn install', project.root);
  const m = project.manifest!;
  const pm = typeof m.raw.packageManager === 'string' ? m.raw.packageManager : '';
  if (/^yarn@[2-9]/.test(pm) || isFile(ctx, join(project.root, '.yarnrc.yml'))) {
    ctx.opaque(`yarn install: this project uses Yarn ${pm.slice(5) || '2+'} (Berry), whose installs the simulator does not model`);
    return ok();
  }
  const production = args.some((a) => a === '--production' || a === '--production=true' || a === '--prod') || (ctx.env.get('NODE_ENV') === 'production' && !args.includes('--production=false'));
  const why = args.find((a) => a.startsWith('--prod')) ?? (production ? 'NODE_ENV=production' : null);
  const frozen = args.includes('--frozen-lockfile') || args.includes('--immutable');
  const { present, lock, file } = loadLock(ctx, project.root, 'yarn');
  if (frozen && (!present || (lock && missingFromLock(m, lock)))) {
    return fail('error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\n');
  }
  const flags: InstallFlags = { omitDev: production, omitOptional: args.includes('--ignore-optional'), ignoreScripts: args.includes('--ignore-scripts'), global: false, saveDev: false, names: [], why: production ? why : null };
  const cacheDir = yarnCacheDir(ctx, args);
  const report = install(ctx, 'yarn install', { ...project, manifest: m }, lock, flags, { clean: false, layout: 'hoisted', cache: 'yarn', cacheDir });
  writeText(ctx, join(project.root, 'node_modules/.yarn-integrity'), `{\n  "systemParams": "linux-${target(ctx).t.arch}-${nodeAbi(ctx)}",\n  "modulesFolders": ["node_modules"],\n  "flags": [${production ? '"production"' : ''}],\n  "linkedModules": [],\n  "topLevelPatterns": ${JSON.stringify(Object.entries({ ...m.dependencies, ...(production ? {} : m.devDependencies) }).map(([k, v]) => `${k}@${v}`))},\n  "lockfileEntries": {},\n  "files": [],\n  "artifacts": {}\n}`);
  if (!present && !args.includes('--pure-lockfile') && !args.includes('--no-lockfile')) {
    const all = [...report.plan.packages, ...report.plan.omitted];
    writeText(ctx, file, '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n' + all.map((p) => `\n${p.name}@${p.range ?? '^' + p.version}:\n  version "${p.version}"\n  resolved "https://registry.yarnpkg.com/${p.name}/-/${basename(p.name)}-${p.version}.tgz"\n`).join(''));
  }
  if (!flags.ignoreScripts) {
    const s = runScripts(ctx, { ...project, manifest: m }, ['preinstall', 'install', 'postinstall', 'prepare'], [], false);
    if (s.status !== 0) return s;
  }
  const version = ctx.env.get('YARN_VERSION') ?? '1.22.22';
  return ok({ text: `yarn install v${version}\n[1/4] Resolving packages...\n[2/4] Fetching packages...\n[3/4] Linking dependencies...\n[4/4] Building fresh packages...\n${present ? '' : 'success Saved lockfile.\n'}` });
}

function nodeAbi(ctx: Ctx): string {
  const major = Number((nodeVersion(ctx) ?? '22').split('.')[0]);
  const abi: Record<number, number> = { 16: 93, 18: 108, 20: 115, 22: 127, 23: 131, 24: 137 };
  return String(abi[major] ?? 127);
}

registerCommand({
  names: ['yarn', 'yarnpkg'],
  run(args, ctx) {
    const cmd = args.find((a) => !a.startsWith('-'));
    if (!cmd || cmd === 'install') {
      if (!cmd && (args.includes('-v') || args.includes('--version'))) return ok({ text: (ctx.env.get('YARN_VERSION') ?? '1.22.22') + '\n' });
      return yarnInstall(ctx, args.filter((a) => a !== 'install'));
    }
    const rest = args.slice(args.indexOf(cmd) + 1);
    if (cmd === 'cache' && rest[0] === 'clean') {
      const dir = yarnCacheDir(ctx, rest);
      for (const n of ctx.fs.list(ctx.fs.realpath(dir))) removePath(ctx, join(ctx.fs.realpath(dir), n));
      return ok({ text: 'yarn cache v1.22.22\nsuccess Cleared cache.\n' });
    }
    if (cmd === 'add' || cmd === 'global') {
      if (cmd === 'global' && rest[0] === 'add') {
        const flags = installFlags(ctx, ['-g', ...rest.slice(1)]);
        return npmGlobal(ctx, flags, yarnCacheDir(ctx, []));
      }
      const project = findProject(ctx);
      if (project?.manifest) {
        const dev = rest.includes('-D') || rest.includes('--dev');
        addToManifest(ctx, project.root, project.manifest, rest.filter((a) => !a.startsWith('-')), dev, true, 'yarn add');
        return yarnInstall(ctx, []);
      }
    }
    const project = findProject(ctx);
    if (project?.manifest) {
      const script = cmd === 'run' ? rest[0] : cmd;
      const extra = cmd === 'run' ? rest.slice(1) : rest;
      if (script && project.manifest.scripts[script] !== undefined) return runScripts(ctx, { ...project, manifest: project.manifest }, [`pre${script}`, script, `post${script}`], extra, false);
      if (script && isFile(ctx, join(project.root, `node_modules/.bin/${script}`))) {
        const env = new Map(ctx.env);
        env.set('PATH', `${project.root}/node_modules/.bin:${ctx.env.get('PATH') ?? ''}`);
        return ctx.runScript([script, ...extra].map(shq).join(' '), env);
      }
      if (script) return fail(`error Command "${script}" not found.\n`);
    }
    ctx.opaque(`\`yarn ${args.join(' ')}\`: the simulator does not model yarn ${cmd}`);
    return ok({ unknown: `the output of yarn ${cmd}` });
  },
});

// ---------------------------------------------------------------------------------------------
// pnpm

function pnpmStoreDir(ctx: Ctx, args: string[], version: string): string {
  const flag = flagValue(args, ['--store-dir']) ?? npmConfig(ctx, 'store_dir');
  if (flag) return abs(ctx, flag);
  const major = Number(version.split('.')[0]);
  const base = ctx.env.get('PNPM_HOME') ? join(ctx.env.get('PNPM_HOME')!, 'store') : join(ctx.env.get('XDG_DATA_HOME') || join(home(ctx), '.local/share'), 'pnpm/store');
  return join(base, major >= 10 ? 'v10' : 'v3');
}

function pnpmInstall(ctx: Ctx, args: string[], fetchOnly: boolean): CommandResult {
  const version = toolVersion(ctx, 'pnpm') ?? '9.15.0';
  const project = findProject(ctx);
  if (!project) return fail(` ERR_PNPM_NO_PKG_MANIFEST  No package.json found in ${ctx.cwd}\n`);
  if (project.opaqueManifest) return unknownManifest(ctx, 'pnpm install', project.root);
  const m = project.manifest!;
  const ci = ['true', '1'].includes((ctx.env.get('CI') ?? '').toLowerCase());
  const frozen = args.includes('--frozen-lockfile') || (ci && !args.includes('--no-frozen-lockfile'));
  const lockFile = join(project.root, 'pnpm-lock.yaml');
  const hasLock = isFile(ctx, lockFile);
  if ((frozen || fetchOnly) && !hasLock) {
    return fail(` ERR_PNPM_NO_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is absent\n\nNote that in CI environments this setting is true by default. If you still need to run install in such cases, use "pnpm install --no-frozen-lockfile"\n`);
  }
  const production = args.some((a) => a === '--prod' || a === '-P' || a === '--production') || ctx.env.get('NODE_ENV') === 'production';
  const flags: InstallFlags = { omitDev: production, omitOptional: args.includes('--no-optional'), ignoreScripts: args.includes('--ignore-scripts'), global: false, saveDev: false, names: [], why: production ? (args.find((a) => a === '--prod' || a === '-P' || a === '--production') ?? 'NODE_ENV=production') : null };
  const store = pnpmStoreDir(ctx, args, version);
  corepackFetch(ctx, 'pnpm', version);
  if (fetchOnly) {
    const { t } = target(ctx);
    const plan = planInstall(m, null, { omitDev: production, omitOptional: false, target: t });
    writePnpmStore(ctx, store, plan.packages, true);
    ctx.assume(`pnpm fetch: store ${store} holds ${plan.packages.length} packages (${mb(plan.packages.reduce((a, p) => a + p.size, 0))}); pnpm install --offline links them later`);
    return ok();
  }
  const report = install(ctx, 'pnpm install', { ...project, manifest: m }, null, flags, { clean: false, layout: 'pnpm', cache: 'pnpm', cacheDir: store });
  const nm = join(project.root, 'node_modules');
  writeText(ctx, join(nm, '.modules.yaml'), `hoistPattern:\n  - '*'\nincluded:\n  dependencies: true\n  devDependencies: ${!production}\n  optionalDependencies: true\nlayoutVersion: 5\nnodeLinker: isolated\npackageManager: pnpm@${version}\nstoreDir: ${store}\nvirtualStoreDir: .pnpm\n`);
  writeSized(ctx, join(nm, '.pnpm/lock.yaml'), 200 + report.plan.packages.length * 180, `pnpm-lock:${report.plan.packages.map((p) => p.name).join(',')}`);
  if (!hasLock) writeSized(ctx, lockFile, 200 + (report.plan.packages.length + report.plan.omitted.length) * 180, `pnpm-lock-file:${m.name}`);
  if (!flags.ignoreScripts) {
    const s = runScripts(ctx, { ...project, manifest: m }, ['preinstall', 'install', 'postinstall', 'prepare'], [], false);
    if (s.status !== 0) return s;
  }
  return ok({ text: `Packages: +${report.plan.packages.length}\nProgress: resolved ${report.plan.packages.length}, reused 0, downloaded ${report.plan.packages.length}, added ${report.plan.packages.length}, done\n` });
}

/** corepack's shims download the package manager on first use into ~/.cache/node/corepack. */
function corepackFetch(ctx: Ctx, name: 'pnpm' | 'yarn', version: string): void {
  const path = (ctx.env.get('PATH') ?? '').split(':').map((d) => join(d || '/', name)).find((p) => ctx.fs.get(p));
  if (!path || !ctx.fs.realpath(path).includes('/corepack/')) return;
  const dir = join(ctx.env.get('COREPACK_HOME') || join(home(ctx), '.cache/node/corepack'), `v1/${name}/${version}`);
  if (isDir(ctx, dir)) return;
  ensureDir(ctx, dir);
  const facts = packageFacts(name);
  writeSized(ctx, join(dir, name === 'pnpm' ? 'dist/pnpm.cjs' : 'yarn.js'), facts?.size ?? 5_000_000, `corepack:${name}@${version}`);
  ensureDir(ctx, join(dir, 'dist'));
  writeText(ctx, join(dir, 'package.json'), `{"name":"${name}","version":"${version}"}\n`);
  ctx.assume(`${name} (corepack shim): corepack downloads ${name}@${version} into ${dir} (~${mb(facts?.size ?? 5_000_000)}) on first use`);
}

registerCommand({
  names: ['pnpm'],
  run(args, ctx) {
    const cmd = args.find((a) => !a.startsWith('-'));
    if (!cmd) {
      if (args.includes('-v') || args.includes('--version')) return ok({ text: (toolVersion(ctx, 'pnpm') ?? '9.15.0') + '\n' });
      return ok({ unknown: 'the pnpm usage text' });
    }
    const rest = args.slice(args.indexOf(cmd) + 1);
    if (cmd === 'install' || cmd === 'i') return pnpmInstall(ctx, [...args.slice(0, args.indexOf(cmd)), ...rest], false);
    if (cmd === 'fetch') return pnpmInstall(ctx, rest, true);
    if (cmd === 'prune') {
      const project = findProject(ctx);
      if (!project?.manifest) return noPackageJson(ctx, ctx.cwd);
      ctx.assume('pnpm prune --prod: modelled as leaving node_modules/.pnpm as it is');
      return ok();
    }
    if (cmd === 'store') return ok({ unknown: 'the output of pnpm store' });
    const project = findProject(ctx);
    if (project?.manifest) {
      const script = cmd === 'run' ? rest[0] : cmd;
      const extra = cmd === 'run' ? rest.slice(1) : rest;
      if (script && project.manifest.scripts[script] !== undefined) return runScripts(ctx, { ...project, manifest: project.manifest }, [`pre${script}`, script, `post${script}`], extra, true);
      if (cmd === 'exec' || cmd === 'dlx') return npx(ctx, rest);
      if (script && cmd === 'run') return fail(` ERR_PNPM_NO_SCRIPT  Missing script: ${script}\n`);
    }
    ctx.opaque(`\`pnpm ${args.join(' ')}\`: the simulator does not model pnpm ${cmd}`);
    return ok({ unknown: `the output of pnpm ${cmd}` });
  },
});

registerCommand({
  names: ['corepack'],
  run(args, ctx) {
    const cmd = args[0];
    if (cmd === 'enable') {
      const names = args.slice(1).filter((a) => !a.startsWith('-'));
      const wanted = names.length ? names : ['pnpm', 'yarn'];
      const nodePath = (ctx.env.get('PATH') ?? '').split(':').map((d) => join(d || '/', 'node')).find((p) => isFile(ctx, p)) ?? '/usr/local/bin/node';
      const binDir = flagValue(args, ['--install-directory']) ?? dirname(nodePath);
      const dist = join(dirname(binDir), 'lib/node_modules/corepack/dist');
      ensureDir(ctx, dist);
      for (const w of wanted) {
        const shims = w === 'pnpm' ? ['pnpm', 'pnpx'] : w === 'yarn' ? ['yarn', 'yarnpkg'] : [w];
        for (const s of shims) {
          if (!isFile(ctx, join(dist, `${s}.js`))) writeSized(ctx, join(dist, `${s}.js`), 70, `corepack-shim:${s}`, 0o755);
          writeSymlink(ctx, join(binDir, s), `../lib/node_modules/corepack/dist/${s}.js`);
        }
      }
      return ok();
    }
    if (cmd === 'prepare' || cmd === 'install') {
      const spec = args.slice(1).find((a) => !a.startsWith('-'));
      if (spec) {
        const { name, range } = splitSpec(spec);
        if (name === 'pnpm' || name === 'yarn') {
          const version = /^\d+\.\d+\.\d+$/.test(range) ? range : packageFacts(name)?.version ?? '9.15.0';
          const dir = join(ctx.env.get('COREPACK_HOME') || join(home(ctx), '.cache/node/corepack'), `v1/${name}/${version}`);
          ensureDir(ctx, dir);
          writeSized(ctx, join(dir, 'package.tgz'), Math.round((packageFacts(name)?.size ?? 5_000_000) * 1.0), `corepack:${name}@${version}`);
          ctx.assume(`corepack prepare ${spec}: ${name}@${version} lands in ${dir} (~${mb(packageFacts(name)?.size ?? 5_000_000)})`);
          return ok();
        }
      }
    }
    ctx.opaque(`\`corepack ${args.join(' ')}\` is not modelled`);
    return ok();
  },
});

// ---------------------------------------------------------------------------------------------
// node

/** A script made only of console.log calls with string or number literals (and comments). */
function trivialOutput(code: string): string | null {
  const body = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/^#!.*\n/, '').trim();
  if (!body) return '';
  let out = '';
  for (const stmt of body.split(/;?\s*\n|;/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^console\.(log|info)\(\s*(?:(['"`])((?:(?!\2)[^\\$]|\\.)*)\2|(-?\d+(?:\.\d+)?))\s*\)$/.exec(stmt);
    if (!m) return null;
    out += (m[3] !== undefined ? m[3].replace(/\\n/g, '\n').replace(/\\(['"`\\])/g, '$1') : m[4]) + '\n';
  }
  return out;
}

registerCommand({
  names: ['node', 'nodejs'],
  run(args, ctx) {
    const v = nodeVersion(ctx);
    if (args[0] === '-v' || args[0] === '--version') return v ? ok({ text: `v${v}\n` }) : ok({ unknown: 'the node version' });
    if (args[0] === '--run') return npmRun(ctx, args.slice(2).filter((a) => a !== '--'), args[1]);
    const evalAt = args.findIndex((a) => a === '-e' || a === '--eval' || a === '-p' || a === '--print');
    if (evalAt >= 0) {
      const code = args[evalAt + 1] ?? '';
      if (args[evalAt] === '-p' || args[evalAt] === '--print') {
        if (/^\s*process\.version\s*$/.test(code) && v) return ok({ text: `v${v}\n` });
        const lit = /^\s*(?:(['"])(.*)\1|(-?\d+(?:\.\d+)?))\s*$/.exec(code);
        if (lit) return ok({ text: (lit[2] ?? lit[3]) + '\n' });
      } else {
        const out = trivialOutput(code);
        if (out !== null) return ok({ text: out });
      }
      ctx.opaque(`node ${args[evalAt]}: the script \`${code.length > 60 ? code.slice(0, 57) + '...' : code}\` runs; what it does is not simulated`);
      return ok({ unknown: 'the output of node' });
    }
    const file = args.find((a) => !a.startsWith('-'));
    if (!file) {
      ctx.opaque('node without a script reads stdin; not simulated');
      return ok({ unknown: 'the output of node' });
    }
    const path = abs(ctx, file);
    let real = path;
    if (!isFile(ctx, real)) real = ['.js', '.cjs', '.mjs', '/index.js'].map((e) => path + e).find((p) => isFile(ctx, p)) ?? '';
    if (!real) {
      return {
        status: 1,
        stderr: `node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)\n    at node:internal/main/run_main_module:28:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nError: Cannot find module '${path}'\n`,
      };
    }
    const text = readText(ctx, real);
    const out = text !== null ? trivialOutput(text) : null;
    if (out !== null) return ok({ text: out });
    ctx.opaque(`node ${file}: the program runs; what it does is not simulated`);
    return ok({ unknown: `the output of node ${file}` });
  },
});

// ---------------------------------------------------------------------------------------------
// Build tools that package scripts call

interface Source {
  path: string;
  size: number;
  data: string;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', '.next', 'out', 'coverage', '.turbo', '.cache']);

/** Files under dir (not in node_modules, dist, .git …) whose names match. */
function scan(ctx: Ctx, dir: string, match: (name: string) => boolean, skip: Set<string> = SKIP_DIRS): Source[] {
  const out: Source[] = [];
  const visit = (d: string, depth: number) => {
    if (depth > 12) return;
    for (const name of ctx.fs.list(d)) {
      const p = join(d, name);
      const n = ctx.fs.get(p);
      if (!n) continue;
      if (n.type === 'dir') {
        if (!skip.has(name)) visit(p, depth + 1);
      } else if (n.type === 'file' && match(name)) out.push({ path: p, size: n.size, data: n.data });
    }
  };
  const real = ctx.fs.realpath(dir);
  if (isDir(ctx, real)) visit(real, 0);
  return out;
}

const CODE_RE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte)$/;
const STYLE_RE = /\.(css|scss|sass|less)$/;
const sum = (list: { size: number }[]) => list.reduce((a, s) => a + s.size, 0);

/** Runtime code that a front-end bundle carries for known libraries (minified, estimate). */
const BUNDLED: Record<string, number> = { 'react-dom': 135_000, react: 8_000, vue: 60_000, svelte: 12_000, 'react-router-dom': 60_000, lodash: 70_000, axios: 35_000, '@mui/material': 300_000, 'chart.js': 200_000, moment: 70_000, dayjs: 7_000, zod: 55_000 };

function bundledDeps(m: Manifest | null): { bytes: number; names: string[] } {
  let bytes = 0;
  const names: string[] = [];
  for (const d of Object.keys(m?.dependencies ?? {})) {
    const b = BUNDLED[d] ?? (d.startsWith('@types/') ? 0 : 15_000);
    bytes += b;
    if (b) names.push(`${d} ${mb(b)}`);
  }
  return { bytes, names };
}

function projectOf(ctx: Ctx): { root: string; manifest: Manifest | null } {
  const p = findProject(ctx);
  return { root: p?.root ?? ctx.cwd, manifest: p?.manifest ?? null };
}

// --- tsc

interface TsOptions {
  outDir?: string;
  rootDir?: string;
  noEmit?: boolean;
  declaration?: boolean;
  declarationMap?: boolean;
  sourceMap?: boolean;
  allowJs?: boolean;
  emitDeclarationOnly?: boolean;
  incremental?: boolean;
  composite?: boolean;
  tsBuildInfoFile?: string;
  jsx?: string;
}

interface TsConfig {
  dir: string;
  file: string;
  options: TsOptions;
  include: string[] | null;
  exclude: string[] | null;
  files: string[] | null;
}

function loadTsConfig(ctx: Ctx, file: string, depth = 0): TsConfig | { error: string } | null {
  const text = readText(ctx, file);
  if (text === null) return isFile(ctx, file) ? { error: 'unknown' } : null;
  const j = parseJsonc(text) as Record<string, unknown> | null;
  if (!j || typeof j !== 'object') return { error: `error TS5092: The root value of a '${basename(file)}' file must be an object.` };
  const dir = dirname(file);
  let base: TsConfig = { dir, file, options: {}, include: null, exclude: null, files: null };
  const ext = typeof j.extends === 'string' ? j.extends : null;
  if (ext && depth < 5) {
    const rel = ext.startsWith('.') || ext.startsWith('/') ? resolve(dir, ext.endsWith('.json') ? ext : ext + '.json') : join(dir, `node_modules/${ext.endsWith('.json') ? ext : ext + '/tsconfig.json'}`);
    const parent = loadTsConfig(ctx, rel, depth + 1);
    if (parent && !('error' in parent)) {
      // Paths in the parent stay relative to the parent's directory.
      const o = { ...parent.options };
      if (o.outDir) o.outDir = resolve(parent.dir, o.outDir);
      if (o.rootDir) o.rootDir = resolve(parent.dir, o.rootDir);
      base = { ...base, options: o, include: parent.include?.map((p) => resolve(parent.dir, p)) ?? null, exclude: parent.exclude?.map((p) => resolve(parent.dir, p)) ?? null, files: parent.files?.map((p) => resolve(parent.dir, p)) ?? null };
    } else ctx.assume(`tsc: ${file} extends "${ext}", whose options are unknown to the simulator`);
  }
  const co = (j.compilerOptions ?? {}) as Record<string, unknown>;
  const opts: TsOptions = { ...base.options };
  for (const k of ['noEmit', 'declaration', 'declarationMap', 'sourceMap', 'allowJs', 'emitDeclarationOnly', 'incremental', 'composite'] as const) if (typeof co[k] === 'boolean') opts[k] = co[k] as boolean;
  for (const k of ['outDir', 'rootDir', 'tsBuildInfoFile'] as const) if (typeof co[k] === 'string') opts[k] = resolve(dir, co[k] as string);
  if (typeof co.jsx === 'string') opts.jsx = co.jsx;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map((p) => resolve(dir, p)) : null);
  return { dir, file, options: opts, include: list(j.include) ?? base.include, exclude: list(j.exclude) ?? base.exclude, files: list(j.files) ?? base.files };
}

function globRe(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '(?:.*/)?';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

function tsInputs(ctx: Ctx, cfg: TsConfig): Source[] {
  const exts = cfg.options.allowJs ? /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/ : /\.(ts|tsx|mts|cts)$/;
  const outDir = cfg.options.outDir;
  const exclude = (cfg.exclude ?? [join(cfg.dir, 'node_modules'), join(cfg.dir, 'bower_components'), join(cfg.dir, 'jspm_packages'), ...(outDir ? [outDir] : [])]).map((p) => (/[*?]/.test(p) ? globRe(p) : globRe(p + '/**/*')));
  const include = (cfg.include ?? (cfg.files ? [] : [join(cfg.dir, '**/*')])).map((p) => (/[*?]/.test(p) || /\.\w+$/.test(p) ? globRe(p) : globRe(p + '/**/*')));
  const all = scan(ctx, cfg.dir, (n) => exts.test(n), new Set(['node_modules', '.git']));
  const picked = new Map<string, Source>();
  for (const f of cfg.files ?? []) {
    const n = ctx.fs.get(f);
    if (n?.type === 'file') picked.set(f, { path: f, size: n.size, data: n.data });
  }
  for (const s of all) {
    if (include.some((r) => r.test(s.path)) && !exclude.some((r) => r.test(s.path))) picked.set(s.path, s);
  }
  return [...picked.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

function commonDir(paths: string[]): string {
  if (!paths.length) return '/';
  let dir = dirname(paths[0]!);
  for (const p of paths) while (dir !== '/' && !p.startsWith(dir + '/')) dir = dirname(dir);
  return dir;
}

/** Output bytes per source byte (measured on this repository's src/engine with tsc 5.9, ES2022). */
const TS_RATIO = { js: 0.93, dts: 0.18, map: 1.0, dtsMap: 0.1 };

function tsc(ctx: Ctx, args: string[]): CommandResult {
  const { root } = projectOf(ctx);
  if (args.includes('-v') || args.includes('--version')) {
    const v = readJson(ctx, join(root, 'node_modules/typescript/package.json'))?.version;
    return typeof v === 'string' ? ok({ text: `Version ${v}\n` }) : ok({ unknown: 'the TypeScript version' });
  }
  if (args.includes('-w') || args.includes('--watch')) {
    ctx.opaque('tsc --watch never exits; not simulated');
    return ok({ unknown: 'the output of tsc --watch' });
  }
  const cli: TsOptions = {};
  const files: string[] = [];
  let project: string | null = null;
  const VALUE = new Set(['--target', '-t', '--module', '-m', '--lib', '--moduleResolution', '--jsx', '--types', '--typeRoots', '--baseUrl', '--paths', '--locale', '--newLine', '--maxNodeModuleJsDepth', '--moduleDetection', '--generateTrace', '--listFilesOnly', '--verbatimModuleSyntax', '--customConditions', '--outFile', '--out', '--declarationDir', '--mapRoot', '--sourceRoot', '--useDefineForClassFields', '--ignoreDeprecations']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, null];
    const value = () => inline ?? args[++i] ?? '';
    const bool = () => (inline ?? (args[i + 1] === 'true' || args[i + 1] === 'false' ? args[++i] : 'true')) === 'true';
    if (flag === '-p' || flag === '--project') project = value();
    else if (flag === '-b' || flag === '--build') project = project ?? (args[i + 1] && !args[i + 1]!.startsWith('-') ? args[++i]! : '.');
    else if (flag === '--outDir') cli.outDir = abs(ctx, value());
    else if (flag === '--rootDir') cli.rootDir = abs(ctx, value());
    else if (flag === '--noEmit') cli.noEmit = bool();
    else if (flag === '-d' || flag === '--declaration') cli.declaration = bool();
    else if (flag === '--declarationMap') cli.declarationMap = bool();
    else if (flag === '--sourceMap') cli.sourceMap = bool();
    else if (flag === '--allowJs') cli.allowJs = bool();
    else if (flag === '--emitDeclarationOnly') cli.emitDeclarationOnly = bool();
    else if (flag === '--incremental' || flag === '-i') cli.incremental = bool();
    else if (VALUE.has(flag)) value();
    else if (!a.startsWith('-')) files.push(abs(ctx, a));
  }
  let cfg: TsConfig;
  if (files.length) {
    cfg = { dir: ctx.cwd, file: '', options: cli, include: null, exclude: null, files };
  } else {
    const p = project ? abs(ctx, project) : ctx.cwd;
    const file = isDir(ctx, p) ? join(p, 'tsconfig.json') : p;
    const loaded = loadTsConfig(ctx, file);
    if (loaded === null) {
      if (project) return { status: 1, stdout: { text: `error TS5058: The specified path does not exist: '${project}'.\n` } };
      return { status: 1, stdout: { unknown: 'the tsc help text' } };
    }
    if ('error' in loaded) {
      if (loaded.error === 'unknown') {
        ctx.opaque(`tsc: the contents of ${file} are unknown, so what it emits is too`);
        return ok();
      }
      return { status: 1, stdout: { text: loaded.error + '\n' } };
    }
    cfg = { ...loaded, options: { ...loaded.options, ...cli } };
  }
  const inputs = tsInputs(ctx, cfg);
  if (!inputs.length) {
    if (!cfg.file) return { status: 1, stdout: { text: `error TS6053: File '${files[0]}' not found.\n` } };
    const rel = (l: string[] | null, d: string[]) => JSON.stringify((l ?? d).map((p) => (p.startsWith(cfg.dir + '/') ? p.slice(cfg.dir.length + 1) : p)));
    return { status: 2, stdout: { text: `error TS18003: No inputs were found in config file '${cfg.file}'. Specified 'include' paths were '${rel(cfg.include, ['**/*'])}' and 'exclude' paths were '${rel(cfg.exclude, cfg.options.outDir ? [cfg.options.outDir] : [])}'.\n` } };
  }
  const o = cfg.options;
  if (o.noEmit) {
    ctx.assume(`tsc --noEmit: type-checked ${inputs.length} file${inputs.length === 1 ? '' : 's'}, assumed free of type errors; nothing written`);
    return ok();
  }
  const emitting = inputs.filter((s) => !/\.d\.[mc]?ts$/.test(s.path));
  const rootDir = o.rootDir ?? commonDir(emitting.map((s) => s.path));
  let bytes = 0;
  let count = 0;
  for (const s of emitting) {
    const rel = s.path.startsWith(rootDir + '/') ? s.path.slice(rootDir.length + 1) : basename(s.path);
    const out = o.outDir ? join(o.outDir, rel) : s.path;
    const stem = out.replace(/\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/, '');
    const ext = /\.mts$/.test(s.path) ? '.mjs' : /\.cts$/.test(s.path) ? '.cjs' : /\.tsx$/.test(s.path) && o.jsx === 'preserve' ? '.jsx' : '.js';
    const dext = ext === '.mjs' ? '.d.mts' : ext === '.cjs' ? '.d.cts' : '.d.ts';
    if (!ensureDir(ctx, dirname(out))) return { status: 1, stdout: { text: `error TS5033: Could not write file '${out}': ENOTDIR: not a directory.\n` } };
    const emit = (path: string, ratio: number, kind: string) => {
      if (path === s.path) return;
      const size = Math.max(1, Math.round(s.size * ratio));
      writeSized(ctx, path, size, `tsc:${kind}:${s.data}:${s.size}`);
      bytes += size;
      count++;
    };
    if (!o.emitDeclarationOnly) {
      emit(stem + ext, TS_RATIO.js, 'js');
      if (o.sourceMap) emit(stem + ext + '.map', TS_RATIO.map, 'map');
    }
    if (o.declaration || o.composite || o.emitDeclarationOnly) {
      emit(stem + dext, TS_RATIO.dts, 'dts');
      if (o.declarationMap) emit(stem + dext + '.map', TS_RATIO.dtsMap, 'dtsmap');
    }
  }
  if (o.incremental || o.composite) {
    const info = o.tsBuildInfoFile ?? (o.outDir ? join(o.outDir, basename(cfg.file || 'tsconfig.json').replace(/\.json$/, '') + '.tsbuildinfo') : join(cfg.dir, basename(cfg.file || 'tsconfig.json').replace(/\.json$/, '') + '.tsbuildinfo'));
    ensureDir(ctx, dirname(info));
    writeSized(ctx, info, 2_000 + Math.round(sum(inputs) * 0.2), `tsbuildinfo:${inputs.map((s) => s.data).join(',')}`);
  }
  const where = o.outDir ? `${rootDir} into ${o.outDir}` : `${rootDir} (next to the sources)`;
  ctx.assume(`tsc: compiled ${emitting.length} file${emitting.length === 1 ? '' : 's'} from ${where}, assumed free of type errors: ${count} output files, ${mb(bytes)} (.js ${TS_RATIO.js}×, .d.ts ${TS_RATIO.dts}×, .map ${TS_RATIO.map}× the source, measured with tsc 5.9; ±30 %)`);
  return ok();
}

registerCommand({ names: ['tsc'], run: (args, ctx) => tsc(ctx, args) });

registerCommand({
  names: ['nest'],
  run(args, ctx) {
    if (args[0] !== 'build') {
      ctx.opaque(`\`nest ${args.join(' ')}\` is not modelled`);
      return ok({ unknown: 'the output of nest' });
    }
    const { root } = projectOf(ctx);
    const cfg = isFile(ctx, join(root, 'tsconfig.build.json')) ? join(root, 'tsconfig.build.json') : join(root, 'tsconfig.json');
    const r = tsc(ctx, ['-p', cfg]);
    if (r.status === 0) ctx.assume('nest build: runs tsc with ' + basename(cfg));
    return r;
  },
});

// --- bundlers

function writeBundle(ctx: Ctx, tool: string, outDir: string, code: Source[], styles: Source[], extra: { bytes: number; names: string[] }, html: boolean, publicDir: string | null): CommandResult {
  if (!ensureDir(ctx, join(outDir, html ? 'assets' : ''))) return fail(`${tool}: cannot create ${outDir}\n`);
  const codeBytes = sum(code);
  const key = code.map((s) => s.data).join(',') + '|' + extra.names.join(',');
  const h = hexId(key, 8);
  const js = Math.round(codeBytes * 0.45 + extra.bytes);
  const css = Math.round(sum(styles) * 0.8);
  const files: string[] = [];
  if (html) {
    writeSized(ctx, join(outDir, `assets/index-${h}.js`), js, `${tool}:js:${key}`);
    files.push(`assets/index-${h}.js ${mb(js)}`);
    if (styles.length) {
      writeSized(ctx, join(outDir, `assets/index-${hexId(key + 'css', 8)}.css`), css, `${tool}:css:${key}`);
      files.push(`assets/index-*.css ${mb(css)}`);
    }
    writeSized(ctx, join(outDir, 'index.html'), 480, `${tool}:html:${key}`);
  } else {
    writeSized(ctx, join(outDir, 'main.js'), js, `${tool}:js:${key}`);
    files.push(`main.js ${mb(js)}`);
  }
  let copied = 0;
  if (publicDir && isDir(ctx, publicDir)) {
    for (const p of ctx.fs.walk(ctx.fs.realpath(publicDir))) {
      const n = ctx.fs.get(p);
      const to = join(outDir, p.slice(publicDir.length + 1));
      if (n?.type === 'dir') ensureDir(ctx, to);
      else if (n?.type === 'file') {
        ensureDir(ctx, dirname(to));
        ctx.fs.set(to, { ...n, origin: ctx.origin, layer: ctx.layer, uid: ctx.user.uid, gid: ctx.user.gid });
        copied++;
      }
    }
  }
  ctx.assume(
    `${tool}: ${outDir}: ${files.join(', ')}${copied ? ` + ${copied} file${copied === 1 ? '' : 's'} from public/` : ''}; estimated from ${code.length} source file${code.length === 1 ? '' : 's'} (${mb(codeBytes)} × 0.45 minified)${extra.names.length ? ' + bundled libraries (' + extra.names.join(', ') + ')' : ''} (±50 %)`,
  );
  return ok({ unknown: `the output of ${tool}` });
}

registerCommand({
  names: ['vite'],
  run(args, ctx) {
    const sub = args.find((a) => !a.startsWith('-'));
    if (sub !== 'build') {
      ctx.opaque(`\`vite ${args.join(' ')}\`: a dev or preview server; it does not exit and is not simulated`);
      return ok({ unknown: 'the output of vite' });
    }
    const { root, manifest } = projectOf(ctx);
    const config = ['vite.config.ts', 'vite.config.js', 'vite.config.mjs', 'vite.config.mts'].map((f) => readText(ctx, join(root, f))).find((t) => t !== null) ?? '';
    const outDir = resolve(root, flagValue(args, ['--outDir']) ?? /outDir\s*:\s*['"]([^'"]+)['"]/.exec(config)?.[1] ?? 'dist');
    const code = scan(ctx, join(root, 'src'), (n) => CODE_RE.test(n) && !/\.d\.ts$/.test(n) && !/\.(test|spec)\./.test(n));
    const styles = scan(ctx, join(root, 'src'), (n) => STYLE_RE.test(n));
    return writeBundle(ctx, 'vite build', outDir, code, styles, bundledDeps(manifest), true, join(root, 'public'));
  },
});

registerCommand({
  names: ['webpack', 'webpack-cli'],
  run(args, ctx) {
    if (args.includes('serve') || args.includes('--watch') || args.includes('-w')) {
      ctx.opaque('webpack serve/--watch does not exit; not simulated');
      return ok({ unknown: 'the output of webpack' });
    }
    const { root, manifest } = projectOf(ctx);
    const config = readText(ctx, join(root, 'webpack.config.js')) ?? '';
    const out = /path\s*:\s*path\.(?:resolve|join)\(\s*__dirname\s*,\s*['"]([^'"]+)['"]/.exec(config)?.[1] ?? 'dist';
    const code = scan(ctx, join(root, 'src'), (n) => CODE_RE.test(n) && !/\.d\.ts$/.test(n));
    const styles = scan(ctx, join(root, 'src'), (n) => STYLE_RE.test(n));
    return writeBundle(ctx, 'webpack', resolve(root, flagValue(args, ['--output-path', '-o']) ?? out), code, styles, bundledDeps(manifest), false, null);
  },
});

registerCommand({
  names: ['esbuild'],
  run(args, ctx) {
    const entries = args.filter((a) => !a.startsWith('-')).map((a) => abs(ctx, a));
    const outfile = flagValue(args, ['--outfile']);
    const outdir = flagValue(args, ['--outdir']);
    if (!entries.length || (!outfile && !outdir)) {
      ctx.opaque('esbuild without entry points or --outfile/--outdir writes to stdout; not simulated');
      return ok({ unknown: 'the output of esbuild' });
    }
    const bundle = args.includes('--bundle');
    const minify = args.includes('--minify');
    const { manifest } = projectOf(ctx);
    const external = args.some((a) => a === '--packages=external');
    let bytes = 0;
    for (const e of entries) {
      const n = ctx.fs.get(ctx.fs.realpath(e));
      if (!n) return fail(`✘ [ERROR] Could not resolve "${e}"\n\n1 error\n`);
      const own = bundle ? sum(scan(ctx, dirname(e), (x) => CODE_RE.test(x))) : n.size;
      const deps = bundle && !external ? Object.keys(manifest?.dependencies ?? {}).length * 60_000 : 0;
      const size = Math.round(own * (minify ? 0.45 : 0.9) + deps);
      const out = outfile ? abs(ctx, outfile) : join(abs(ctx, outdir!), basename(e).replace(/\.(ts|tsx|jsx|mts|cts)$/, '.js'));
      ensureDir(ctx, dirname(out));
      writeSized(ctx, out, size, `esbuild:${n.data}:${args.join(' ')}`);
      if (args.includes('--sourcemap')) writeSized(ctx, out + '.map', Math.round(own * 1.2 + deps), `esbuild-map:${n.data}`);
      bytes += size;
    }
    ctx.assume(`esbuild: ${entries.length} entry point${entries.length === 1 ? '' : 's'} → ${mb(bytes)} (sources × ${minify ? 0.45 : 0.9}${bundle && !external ? ' + 60 kB per bundled dependency' : ''}; ±50 %)`);
    return ok();
  },
});

registerCommand({
  names: ['next'],
  run(args, ctx) {
    const sub = args.find((a) => !a.startsWith('-'));
    if (sub !== 'build') {
      ctx.opaque(`\`next ${args.join(' ')}\`: ${sub === 'start' || sub === 'dev' ? 'a server; it does not exit and is' : 'this command is'} not simulated`);
      return ok({ unknown: 'the output of next' });
    }
    const { root, manifest } = projectOf(ctx);
    const config = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs'].map((f) => readText(ctx, join(root, f))).find((t) => t !== null) ?? '';
    const output = /output\s*:\s*['"](standalone|export)['"]/.exec(config)?.[1] ?? null;
    const code = ['app', 'pages', 'src', 'components', 'lib'].flatMap((d) => scan(ctx, join(root, d), (n) => CODE_RE.test(n) && !/\.d\.ts$/.test(n)));
    const styles = ['app', 'pages', 'src', 'styles'].flatMap((d) => scan(ctx, join(root, d), (n) => STYLE_RE.test(n)));
    const src = sum(code);
    const key = code.map((s) => s.data).join(',');
    const dotNext = join(root, '.next');
    const buildId = hexId('next:' + key, 21).replace(/[0-9]/g, (d) => 'ABCDEFGHIJ'[Number(d)]!);
    ensureDir(ctx, join(dotNext, 'server/app'));
    ensureDir(ctx, join(dotNext, `static/${buildId}`));
    ensureDir(ctx, join(dotNext, 'static/chunks'));
    ensureDir(ctx, join(dotNext, 'cache/webpack/client-production'));
    writeText(ctx, join(dotNext, 'BUILD_ID'), buildId);
    writeText(ctx, join(dotNext, 'package.json'), '{"type": "commonjs"}');
    const sized: [string, number][] = [
      ['build-manifest.json', 1_200], ['app-build-manifest.json', 900], ['routes-manifest.json', 1_500], ['prerender-manifest.json', 800],
      ['required-server-files.json', 6_000], ['trace', 150_000],
      ['server/app/page.js', 60_000 + Math.round(src * 2.5)], ['server/webpack-runtime.js', 1_500_000],
      ['static/chunks/framework.js', 185_000], ['static/chunks/main.js', 120_000], [`static/chunks/app-${hexId(key, 8)}.js`, 40_000 + Math.round(src * 0.8)],
      [`static/${buildId}/_buildManifest.js`, 1_000], ['cache/webpack/client-production/0.pack', 20_000_000 + src * 10],
    ];
    if (styles.length) {
      ensureDir(ctx, join(dotNext, 'static/css'));
      sized.push([`static/css/${hexId(key + 'css', 16)}.css`, Math.round(sum(styles) * 0.8)]);
    }
    let total = 0;
    for (const [f, size] of sized) {
      writeSized(ctx, join(dotNext, f), size, `next:${f}:${key}`);
      total += size;
    }
    let extra = '';
    if (output === 'standalone') {
      const sa = join(dotNext, 'standalone');
      ensureDir(ctx, join(sa, '.next/server'));
      writeSized(ctx, join(sa, 'server.js'), 6_200, `next-standalone-server:${key}`);
      writeText(ctx, join(sa, 'package.json'), readText(ctx, join(root, 'package.json')) ?? '{}');
      writeSized(ctx, join(sa, '.next/server/app.js'), 60_000 + Math.round(src * 2.5) + 1_500_000, `next-standalone-app:${key}`);
      // Traced node_modules: next's server runtime plus the production dependencies it reaches.
      const deps = Object.keys(manifest?.dependencies ?? {}).filter((d) => d !== 'next');
      const traced: PlannedPackage[] = [{ path: 'node_modules/next', name: 'next', version: packageFacts('next')?.version ?? '15.0.0', size: 18_000_000, dev: false, known: true, bins: [], natives: [] }];
      for (const d of deps) {
        const f = packageFacts(d);
        traced.push({ path: `node_modules/${d}`, name: d, version: f?.version ?? '1.0.0', size: Math.round((f?.size ?? DEFAULT_DIRECT) * 0.6), dev: false, known: !!f, bins: [], natives: [] });
      }
      const { t } = target(ctx);
      const w = writeTree(ctx, traced, { root: sa, target: t, layout: 'hoisted' });
      total += w.bytes;
      extra = `; output "standalone": ${sa} with server.js and traced node_modules (~${mb(w.bytes)}: next's runtime 18 MB + 60 % of each production dependency, estimate)`;
    } else if (output === 'export') {
      const out = join(root, 'out');
      ensureDir(ctx, join(out, '_next/static/chunks'));
      writeSized(ctx, join(out, 'index.html'), 12_000, `next-export:${key}`);
      writeSized(ctx, join(out, '_next/static/chunks/app.js'), 345_000 + Math.round(src * 0.8), `next-export-js:${key}`);
      extra = `; output "export": static files in ${out}`;
    }
    ctx.assume(`next build: ${dotNext}: ${mb(total)} from ${code.length} source file${code.length === 1 ? '' : 's'} (${mb(src)}), of which .next/cache ~${mb(20_000_000 + src * 10)}${extra} (±60 %)`);
    return ok({ unknown: 'the output of next build' });
  },
});

// --- prisma

registerCommand({
  names: ['prisma'],
  run(args, ctx) {
    if (args[0] !== 'generate') {
      ctx.opaque(`\`prisma ${args.join(' ')}\`: ${args[0] === 'migrate' || args[0] === 'db' ? 'needs a database; ' : ''}not simulated`);
      return ok({ unknown: 'the output of prisma' });
    }
    const { root, manifest } = projectOf(ctx);
    const schemaPath = abs(ctx, flagValue(args, ['--schema']) ?? join(root, 'prisma/schema.prisma'));
    if (!isFile(ctx, schemaPath)) return fail(`Error: Could not find Prisma Schema that is required for this command.\nYou can either provide it with \`--schema\` argument, set it as \`prisma.schema\` in your package.json or put it into the default location.\nChecked following paths:\n\nschema.prisma: file not found\nprisma/schema.prisma: file not found\n`);
    const schema = readText(ctx, schemaPath) ?? '';
    const range = manifest?.dependencies['@prisma/client'] ?? manifest?.devDependencies.prisma ?? manifest?.dependencies.prisma ?? '';
    const major = Number(/(\d+)/.exec(range)?.[1] ?? '6');
    const out = join(root, 'node_modules/.prisma/client');
    ensureDir(ctx, out);
    const schemaSize = ctx.fs.get(ctx.fs.realpath(schemaPath))?.size ?? 1_000;
    writeSized(ctx, join(out, 'index.js'), 100_000 + schemaSize * 40, `prisma-js:${schemaSize}:${schema}`);
    writeSized(ctx, join(out, 'index.d.ts'), 300_000 + schemaSize * 400, `prisma-dts:${schemaSize}:${schema}`);
    writeSized(ctx, join(out, 'schema.prisma'), schemaSize, `prisma-schema:${schema}`);
    const { t } = target(ctx);
    const engines: string[] = [];
    if (major <= 6) {
      // The query engine is a native library per platform: "native" is the image running generate.
      const native = t.libc === 'musl' ? `linux-musl${t.goarch === 'arm64' ? '-arm64' : ''}-openssl-3.0.x` : t.goarch === 'arm64' ? 'linux-arm64-openssl-3.0.x' : 'debian-openssl-3.0.x';
      const listed = /binaryTargets\s*=\s*\[([^\]]*)\]/.exec(schema)?.[1]?.match(/"([^"]+)"/g)?.map((s) => s.slice(1, -1)) ?? ['native'];
      for (const target of [...new Set(listed.map((b) => (b === 'native' ? native : b)))]) {
        const libc = /musl/.test(target) ? 'musl' : 'glibc';
        writeSized(ctx, join(out, `libquery_engine-${target}.so.node`), 16_500_000, `prisma-engine:${target}`, 0o755, nativeModuleDescriptor({ runtime: 'node', libc, package: '@prisma/client', platform: `linux/${/arm64/.test(target) ? 'arm64' : 'amd64'}`, loader: 'direct' }));
        engines.push(target);
      }
    }
    ctx.assume(`prisma generate: ${out} (client ~${mb(400_000 + schemaSize * 440)}${engines.length ? `; query engine${engines.length > 1 ? 's' : ''} ${engines.join(', ')} at ~16.5 MB each` : '; no native query engine from Prisma 7 on'}; estimate)`);
    return ok({ unknown: 'the output of prisma generate' });
  },
});
