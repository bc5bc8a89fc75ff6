// Writing an install plan: one directory per package with a package.json (real text), its bin
// scripts, native files with descriptors, and the rest of its measured size as one file; the
// .bin links; npm's hidden lockfile; and the package manager's cache (npm's _cacache of
// tarballs, yarn's unpacked cache, pnpm's store). A 300-package tree is ~1,500 nodes.
import { basename, dirname, join } from '../../../fs/path';
import { ensureDir, hexId, isDir, removePath, writeSized, writeSymlink, writeText, type Ctx } from './common';
import { binaryDescriptor, nativeModuleDescriptor } from './descriptors';
import { TARBALL_RATIO, type PlannedPackage, type Target } from './npm-registry';

export interface WriteOptions {
  /** Project root: node_modules lives at root/node_modules (or root itself for globals). */
  root: string;
  target: Target;
  /** pnpm: real files under node_modules/.pnpm/<name>@<version>/node_modules/<name>, links on top. */
  layout: 'hoisted' | 'pnpm';
}

function packageJsonText(p: PlannedPackage): string {
  const bin = p.bins.length ? `,\n  "bin": {\n${p.bins.map(([b, f]) => `    "${b}": "${f}"`).join(',\n')}\n  }` : '';
  return `{\n  "name": "${p.name}",\n  "version": "${p.version}",\n  "main": "index.js"${bin}\n}\n`;
}

/** Writes one package directory; returns the bytes written. */
export function writePackage(ctx: Ctx, dir: string, p: PlannedPackage, t: Target): number {
  if (!ensureDir(ctx, dir)) return 0;
  const id = `npm:${p.name}@${p.version}`;
  const pj = packageJsonText(p);
  writeText(ctx, join(dir, 'package.json'), pj);
  let left = p.size - pj.length;
  for (const [, file] of p.bins) {
    const path = join(dir, file.replace(/^\.\//, ''));
    if (!ensureDir(ctx, dirname(path))) continue;
    writeSized(ctx, path, Math.min(2_000, Math.max(0, left)), `${id}:${file}`, 0o755);
    left -= 2_000;
  }
  for (const n of p.natives) {
    const path = join(dir, n.file);
    if (!ensureDir(ctx, dirname(path))) continue;
    let content: string | undefined;
    if (n.kind === 'node' && n.libc) {
      content = nativeModuleDescriptor({ runtime: 'node', libc: n.libc, package: p.name, platform: `linux/${t.goarch}`, loader: n.loader ?? 'direct' });
    } else if (n.kind === 'exe') {
      content = binaryDescriptor({ toolchain: 'go', linkage: 'static', os: 'linux', arch: t.goarch, libc: 'none', stripped: true, extra: { package: p.name, buildid: hexId(id + n.file, 32) } });
    }
    writeSized(ctx, path, n.size, `${id}:${n.file}`, n.kind === 'exe' ? 0o755 : 0o644, content);
    left -= n.size;
  }
  writeSized(ctx, join(dir, 'index.js'), Math.max(0, left), `${id}:index.js`);
  return Math.max(p.size, pj.length);
}

export interface Written {
  bytes: number;
  count: number;
}

/** Writes every planned package (and the .bin links of top-level ones). */
export function writeTree(ctx: Ctx, packages: PlannedPackage[], o: WriteOptions): Written {
  const nm = join(o.root, 'node_modules');
  ensureDir(ctx, nm);
  let bytes = 0;
  for (const p of packages) {
    if (o.layout === 'pnpm') {
      const store = join(nm, `.pnpm/${p.name.replace('/', '+')}@${p.version}/node_modules/${p.name}`);
      bytes += writePackage(ctx, store, p, o.target);
      if (!p.path.startsWith('node_modules/.pnpm') && p.range !== undefined) {
        const linkPath = join(nm, p.name);
        ensureDir(ctx, dirname(linkPath));
        const rel = (p.name.includes('/') ? '../' : '') + `.pnpm/${p.name.replace('/', '+')}@${p.version}/node_modules/${p.name}`;
        writeSymlink(ctx, linkPath, rel);
      }
    } else {
      bytes += writePackage(ctx, join(o.root, p.path), p, o.target);
    }
  }
  // Binaries of top-level packages.
  const top = o.layout === 'pnpm' ? packages.filter((p) => p.range !== undefined) : packages.filter((p) => p.path === 'node_modules/' + p.name);
  const withBins = top.filter((p) => p.bins.length);
  if (withBins.length) {
    ensureDir(ctx, join(nm, '.bin'));
    for (const p of withBins) {
      for (const [bin, file] of p.bins) writeSymlink(ctx, join(nm, `.bin/${bin}`), `../${p.name}/${file.replace(/^\.\//, '')}`);
    }
  }
  return { bytes, count: packages.length };
}

/** Removes top-level package directories that the plan does not have (npm install, prune). */
export function removeExtraneous(ctx: Ctx, root: string, keep: PlannedPackage[]): string[] {
  const nm = join(root, 'node_modules');
  if (!isDir(ctx, nm)) return [];
  const wanted = new Set(keep.map((p) => p.path));
  const removed: string[] = [];
  for (const name of ctx.fs.list(nm)) {
    if (name.startsWith('.')) continue;
    const names = name.startsWith('@') ? ctx.fs.list(join(nm, name)).map((n) => `${name}/${n}`) : [name];
    for (const n of names) {
      if (!wanted.has(`node_modules/${n}`)) {
        removePath(ctx, join(nm, n));
        removed.push(n);
      }
    }
    if (name.startsWith('@') && !ctx.fs.list(join(nm, name)).length) removePath(ctx, join(nm, name));
  }
  const bin = join(nm, '.bin');
  if (isDir(ctx, bin)) {
    for (const b of ctx.fs.list(bin)) {
      const n = ctx.fs.get(join(bin, b));
      const target = n?.link ? n.link.replace(/^\.\.\//, '') : '';
      const pkg = target.startsWith('@') ? target.split('/').slice(0, 2).join('/') : target.split('/')[0]!;
      if (pkg && removed.includes(pkg)) removePath(ctx, join(bin, b));
    }
  }
  return removed;
}

/** node_modules/.package-lock.json, npm's record of what it installed (also a fresh package-lock.json). */
export function lockText(name: string, version: string, packages: PlannedPackage[], root: boolean, deps?: Record<string, Record<string, string>>): string {
  const entries: string[] = [];
  if (root) {
    const d = deps ?? {};
    const block = (k: string) => (d[k] && Object.keys(d[k]!).length ? `,\n      "${k}": ${JSON.stringify(d[k])}` : '');
    entries.push(`    "": {\n      "name": "${name}",\n      "version": "${version}"${block('dependencies')}${block('devDependencies')}\n    }`);
  }
  for (const p of packages) {
    entries.push(`    "${p.path}": {\n      "version": "${p.version}",\n      "resolved": "https://registry.npmjs.org/${p.name}/-/${basename(p.name)}-${p.version}.tgz",\n      "integrity": "sha512-${hexId(p.name + p.version, 86)}=="${p.dev ? ',\n      "dev": true' : ''}\n    }`);
  }
  return `{\n  "name": "${name}",\n  "version": "${version}",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n${entries.join(',\n')}\n  }\n}\n`;
}

/**
 * npm's content-addressed cache: one tarball per package under content-v2/sha512/xx/yy/, and the
 * index entries (≈420 B each) gathered into one bucket file per leading hex digit (cacache has
 * one bucket per key hash; sixteen stand for them to keep the file count down).
 */
export function writeNpmCache(ctx: Ctx, cacheDir: string, packages: PlannedPackage[]): number {
  const base = join(cacheDir, '_cacache');
  if (!ensureDir(ctx, base)) return 0;
  let bytes = 0;
  const buckets = new Map<string, { size: number; ids: string[] }>();
  for (const p of packages) {
    const h = hexId(`tarball:${p.name}@${p.version}`, 128);
    const content = join(base, `content-v2/sha512/${h.slice(0, 2)}/${h.slice(2, 4)}`);
    ensureDir(ctx, content);
    const size = Math.round(p.size * TARBALL_RATIO);
    writeSized(ctx, join(content, h.slice(4)), size, `tgz:${p.name}@${p.version}`);
    const b = buckets.get(h[0]!) ?? { size: 0, ids: [] };
    b.size += 420 + p.name.length * 2;
    b.ids.push(p.name + '@' + p.version);
    buckets.set(h[0]!, b);
    bytes += size + 420 + p.name.length * 2;
  }
  for (const [d, b] of buckets) {
    const k = hexId(`index:${d}:${b.ids.join(',')}`, 64);
    const dir = join(base, `index-v5/${d}${k[1]}/${k.slice(2, 4)}`);
    ensureDir(ctx, dir);
    writeSized(ctx, join(dir, k.slice(4)), b.size, `idx:${b.ids.join(',')}`);
  }
  return bytes;
}

/** Yarn 1's cache keeps each package unpacked plus its tarball: ~1.3× the installed size (estimate). */
export const YARN_CACHE_RATIO = 1.3;

export function writeYarnCache(ctx: Ctx, cacheDir: string, packages: PlannedPackage[]): number {
  if (!ensureDir(ctx, cacheDir)) return 0;
  let bytes = 0;
  for (const p of packages) {
    const dir = join(cacheDir, `npm-${p.name.replace('/', '-')}-${p.version}-${hexId(p.name + p.version, 40)}-integrity/node_modules/${p.name}`);
    ensureDir(ctx, dir);
    const size = Math.round(p.size * YARN_CACHE_RATIO);
    writeSized(ctx, join(dir, '.yarn-tarball.tgz'), Math.round(p.size * TARBALL_RATIO), `ytgz:${p.name}@${p.version}`);
    writeSized(ctx, join(dir, 'index.js'), size - Math.round(p.size * TARBALL_RATIO), `ycache:${p.name}@${p.version}`);
    bytes += size;
  }
  return bytes;
}

/**
 * pnpm's content-addressable store. node_modules/.pnpm holds hard links to the store's files, so
 * when both are in one layer the bytes count once: the store entries are written with size 0
 * (the tar lists the later path as a hard link). With the store on a cache mount, pnpm copies
 * into node_modules and the mount holds the store.
 */
export function writePnpmStore(ctx: Ctx, storeDir: string, packages: PlannedPackage[], mounted: boolean): number {
  const files = join(storeDir, 'files');
  if (!ensureDir(ctx, files)) return 0;
  let bytes = 0;
  for (const p of packages) {
    const h = hexId(`pnpm:${p.name}@${p.version}`, 128);
    const dir = join(files, h.slice(0, 2));
    ensureDir(ctx, dir);
    writeSized(ctx, join(dir, h.slice(2)), mounted ? p.size : 0, `pnpm:${p.name}@${p.version}`);
    writeText(ctx, join(dir, `${h.slice(2, 40)}-index.json`), `{"name":"${p.name}","version":"${p.version}"}`);
    bytes += mounted ? p.size : 0;
  }
  return bytes;
}
