// native-module-libc-mismatch: native Node addons (*.node) compiled against one C library
// (glibc in `FROM node:22`) shipped on an image with the other (musl in `FROM node:22-alpine`).
// require() fails with "Error loading shared library" / "symbol not found".
import { basename } from '../../fs/path';
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { analyzeLaunch, layerOf, nativeModule, rootFromLine } from './runtime';

export const nativeModuleLibcMismatch: FindingRule = (ctx) => {
  const a = analyzeLaunch(ctx);
  if (!ctx.final.baseKnown || (a.libc !== 'glibc' && a.libc !== 'musl')) return [];
  const has = a.libc;
  // A package works when one of its native modules matches (node-gyp-build packages ship
  // prebuilds for both libcs), and the -gnu / -musl variants of a package (@next/swc-linux-x64-gnu)
  // stand in for each other. Group by that family; report families with no matching module.
  const families = new Map<string, { ok: boolean; needs: 'glibc' | 'musl'; modules: string[]; layer: number; line: number | null; stage: number | null }>();
  const fs = ctx.final.fs;
  for (const path of fs.paths()) {
    if (!path.endsWith('.node')) continue;
    const node = fs.get(path)!;
    if (node.type !== 'file') continue;
    const mod = nativeModule(node.content);
    if (!mod) continue;
    const pkg = mod.package ?? packageOf(path);
    const key = pkg.replace(/-(gnu|musl)(?=$|[-.])/, '-LIBC');
    const from = layerOf(ctx, path);
    const f = families.get(key) ?? { ok: false, needs: mod.libc, modules: [], layer: from?.layer ?? -1, line: from?.line ?? null, stage: from?.stage ?? null };
    if (mod.libc === has) f.ok = true;
    else f.modules.push(path);
    families.set(key, f);
  }
  // One finding per layer that brought mismatched packages in (usually one COPY of node_modules).
  const byLayer = new Map<number, { line: number | null; stage: number | null; modules: string[]; needs: 'glibc' | 'musl' }>();
  for (const f of families.values()) {
    if (f.ok || !f.modules.length) continue;
    const entry = byLayer.get(f.layer) ?? { line: f.line, stage: f.stage, modules: [], needs: f.needs };
    entry.modules.push(...f.modules);
    byLayer.set(f.layer, entry);
  }
  const out: Finding[] = [];
  for (const [layer, e] of byLayer) {
    const pkgs = e.modules.map(packageOf);
    const list = [...new Set(pkgs)].slice(0, 3).join(', ');
    const fromLine = rootFromLine(ctx);
    out.push({
      rule: 'native-module-libc-mismatch',
      severity: 'error',
      message: `${e.modules.length === 1 ? `The native Node module ${e.modules[0]} was` : `${e.modules.length} native Node modules (${list}) were`} compiled against ${e.needs}, but this image (FROM ${ctx.final.base.name}) uses ${has}. require() fails at run time with "Error loading shared library" or "symbol not found"${e.line !== null ? `; line ${e.line} copies them in` : ''}.`,
      line: e.line ?? fromLine,
      surface: 'container start',
      ...(e.stage !== null ? { stage: e.stage } : {}),
      ...(layer >= 0 ? { layer } : {}),
      path: e.modules[0]!,
      fix: `Install node_modules in a stage FROM the same base as the final image (${has === 'musl' ? 'node:22-alpine for both stages' : 'node:22-slim for both stages'}), so that native modules are compiled against ${has}; or change the final image at line ${fromLine} to a ${e.needs} base (${e.needs === 'glibc' ? 'node:22-slim' : 'node:22-alpine'}).`,
    });
  }
  return out;
};

/** /app/node_modules/bcrypt/build/Release/bcrypt_lib.node → bcrypt. */
function packageOf(path: string): string {
  const parts = path.split('/');
  const i = parts.lastIndexOf('node_modules');
  if (i < 0 || i + 1 >= parts.length) return basename(path);
  return parts[i + 1]!.startsWith('@') ? parts.slice(i + 1, i + 3).join('/') : parts[i + 1]!;
}
