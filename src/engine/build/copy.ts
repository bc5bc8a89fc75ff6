// COPY and ADD: source matching (wildcards at the source root), directory contents vs files,
// trailing-slash destinations, WORKDIR-relative paths, --chown/--chmod/--link, parents created,
// heredoc sources, and BuildKit's "not found" error for missing or ignored sources.
import { hash, hashBytes } from '../context/checksum';
import { readTar } from '../images/tar';
import { basename, dirname, join, normalize, resolve } from '../fs/path';
import type { FileSystem, Node, Origin } from '../fs/tree';
import type { CopyInstruction, Heredoc } from '../parse/instructions';
import { processWord, WordError } from '../parse/words';
import { segmentRegExp } from '../shell/expand';
import { BuildFailure } from './errors';
import type { Source, SourceNode } from './sources';
import { lookupIn, type StageState } from './state';
import { chownIds, UserError } from './users';

export interface CopyRequest {
  ins: CopyInstruction;
  state: StageState;
  /** Where sources come from (context, a stage, or null for an image the engine does not know). */
  source: Source | null;
  sourceLabel: string;
  /** Why the source may hold files the simulator does not know (unmodelled steps), or null. */
  uncertain?: string | null;
  escape: string;
  layer: number;
  /** Stage label and instruction stamped on bytes that come from the context. */
  origin: Origin;
}

export interface CopyOutcome {
  /** Checksum of everything read (COPY's cache key input). */
  checksum: string;
  /** The source paths read, for cache-miss reasons. */
  files: Map<string, string>;
  opaque: string[];
  /** The --chown / --chmod flags as history keeps them (--from and --link are dropped). */
  historyFlags: string;
  historySources: string[];
  historyDest: string;
}

const ARCHIVE_RE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz|tar\.zst)$/;

export function executeCopy(req: CopyRequest): CopyOutcome {
  const { ins, state } = req;
  const line = ins.line;
  const word = (w: string) => {
    try {
      return processWord(w, lookupIn(state), req.escape);
    } catch (e) {
      if (e instanceof WordError) throw new BuildFailure(e.message, line);
      throw e;
    }
  };
  const sources = ins.sources.map((s) => (s.startsWith('<<') ? s : word(s)));
  const destRaw = word(ins.dest);
  const chown = ins.chown !== null ? word(ins.chown) : null;
  const chmodText = ins.chmod !== null ? word(ins.chmod) : null;
  let chmod: number | null = null;
  if (chmodText !== null) {
    if (!/^[0-7]{1,4}$/.test(chmodText)) throw new BuildFailure(`invalid chmod parameter: ${chmodText}`, line);
    chmod = parseInt(chmodText, 8);
  }
  let owner: { uid: number; gid: number } | null = null;
  if (chown) {
    try {
      owner = chownIds(state.fs, chown);
    } catch (e) {
      if (e instanceof UserError) throw new BuildFailure(e.message, line);
      throw e;
    }
  }
  const workdir = state.config.WorkingDir || '/';
  const destDir = destRaw.endsWith('/') || destRaw.endsWith('/.') || destRaw === '.';
  if (sources.length > 1 && !destDir) {
    throw new BuildFailure(`When using ${ins.keyword} with more than one source file, the destination must be a directory and end with a /`, line);
  }
  const dest = resolve(workdir, destRaw);
  const out: CopyOutcome = {
    checksum: '',
    files: new Map(),
    opaque: [],
    historyFlags: [chown !== null ? `--chown=${chown}` : '', chmodText !== null ? `--chmod=${chmodText}` : ''].filter(Boolean).join(' '),
    historySources: sources.map((s) => (s.startsWith('<<') ? s : s)),
    historyDest: destRaw,
  };
  const fs = state.fs;
  const dirTemplate = (): Node => ({ type: 'dir', size: 0, mode: 0o755, uid: owner?.uid ?? 0, gid: owner?.gid ?? 0, data: 'dir', origin: req.origin, layer: req.layer });
  const ensureParents = (dir: string) => {
    fs.mkdirAll(dir, dirTemplate);
  };

  const place = (target: string, n: SourceNode, fromStage: boolean) => {
    const node: Node = {
      type: n.type,
      size: n.size,
      mode: chmod !== null && n.type !== 'symlink' ? chmod : n.mode,
      uid: owner ? owner.uid : fromStage ? n.uid : 0,
      gid: owner ? owner.gid : fromStage ? n.gid : 0,
      ...(n.link !== undefined ? { link: n.link } : {}),
      ...(n.content !== undefined ? { content: n.content } : {}),
      data: n.data,
      origin: n.origin ?? req.origin,
      layer: req.layer,
      ...(fromStage ? { copiedBy: ins.text } : {}),
      ...(n.unknown ? { unknown: true } : {}),
    };
    const existing = fs.get(target);
    if (existing && n.type === 'dir' && existing.type === 'dir') {
      if (chmod !== null || owner) fs.set(target, { ...existing, mode: node.mode, uid: node.uid, gid: node.gid, layer: req.layer });
      return;
    }
    if (existing && existing.type === 'dir' && n.type !== 'dir') fs.remove(target);
    fs.set(target, node);
  };

  const copyTree = (src: Source, from: string, to: string, top: boolean) => {
    const real = top ? src.realpath(from) : from;
    const n = src.get(real);
    if (!n) return;
    const fromStage = src.kind === 'stage';
    if (n.type === 'dir') {
      if (!top) place(to, n, fromStage);
      else if (!fs.isDir(to)) place(to, n, fromStage);
      for (const name of src.list(real)) {
        const child = join(real, name);
        const c = src.get(child);
        if (c) out.files.set(child, `${c.data}:${c.mode.toString(8)}`);
        copyTree(src, child, join(to, name), false);
      }
      return;
    }
    out.files.set(real, `${n.data}:${n.mode.toString(8)}`);
    place(to, n, fromStage);
  };

  for (const s of sources) {
    if (s.startsWith('<<')) {
      const doc = heredocFor(ins.heredocs, s);
      if (!doc) throw new BuildFailure(`unknown heredoc ${s}`, line);
      const content = doc.expand ? expandHeredoc(doc.content, state) : doc.content;
      const target = destDir || fs.isDir(fs.realpath(dest)) ? join(fs.realpath(dest), doc.name) : dest;
      ensureParents(dirname(target));
      const n: SourceNode = { type: 'file', size: new TextEncoder().encode(content).length, mode: 0o644, uid: 0, gid: 0, content, data: 'sha:' + hash(content) };
      out.files.set(`<<${doc.name}`, n.data);
      place(target, n, false);
      continue;
    }
    if (ins.keyword === 'ADD' && /^(https?:\/\/|git@|git:\/\/)/.test(s)) {
      const name = basename(s.replace(/[?#].*$/, '')) || 'index.html';
      const target = destDir || fs.isDir(dest) ? join(dest, name) : dest;
      ensureParents(dirname(target));
      out.opaque.push(`ADD ${s}: the simulator cannot download it; its size is unknown`);
      out.files.set(s, 'url:' + s);
      place(target, { type: 'file', size: 0, mode: 0o600, uid: 0, gid: 0, data: 'url:' + s, unknown: true }, false);
      continue;
    }
    if (!req.source) {
      out.opaque.push(`${ins.keyword} --from=${req.sourceLabel}: the files of image ${req.sourceLabel} are not known to the simulator`);
      out.files.set(s, 'image:' + req.sourceLabel);
      continue;
    }
    const matches = matchSources(req.source, s);
    if (!matches.length && req.uncertain) {
      // A step the simulator could not model may well have made it: say so instead of failing.
      out.opaque.push(`${ins.keyword} --from=${req.sourceLabel} ${s}: not in the simulated stage, but ${req.uncertain}, so it may exist in a real build`);
      out.files.set(s, 'uncertain:' + s);
      continue;
    }
    if (!matches.length) {
      throw new BuildFailure(`failed to compute cache key: failed to calculate checksum of ref: "${normalize('/' + s)}": not found`, line);
    }
    for (const m of matches) {
      const n = req.source.get(req.source.realpath(m))!;
      if (ins.keyword === 'ADD' && req.source.kind === 'context' && n.type === 'file' && ARCHIVE_RE.test(m)) {
        out.files.set(m, n.data);
        const why = extractArchive(n, dest, { fs, origin: req.origin, layer: req.layer, owner, ensureParents });
        if (why) out.opaque.push(`ADD ${s}: ${why}`);
        continue;
      }
      let target: string;
      if (n.type === 'dir') target = dest;
      else target = destDir || fs.isDir(fs.realpath(dest)) ? join(fs.realpath(dest), basename(m)) : dest;
      ensureParents(n.type === 'dir' ? dirname(target) : dirname(target));
      copyTree(req.source, m, target, true);
    }
  }
  out.checksum = hash([...out.files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('\n'));
  return out;
}

/**
 * ADD of a local tar archive unpacks it into the destination directory with the archive's
 * owners and modes. Returns why it could not, or null.
 */
function extractArchive(
  n: SourceNode,
  dest: string,
  o: { fs: FileSystem; origin: Origin; layer: number; owner: { uid: number; gid: number } | null; ensureParents: (dir: string) => void },
): string | null {
  if (!n.bytes) return 'the archive\'s bytes were not provided, so its contents are unknown';
  if (n.bytes[0] === 0x1f && n.bytes[1] === 0x8b) return 'compressed archives are extracted by BuildKit, but the simulator cannot read compressed archives yet';
  let entries;
  try {
    entries = readTar(n.bytes);
  } catch (e) {
    return `not a readable tar archive (${(e as Error).message}); BuildKit would copy it as a file`;
  }
  o.ensureParents(dest);
  if (!o.fs.isDir(dest)) o.fs.set(dest, { type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, data: 'dir', origin: o.origin, layer: o.layer });
  for (const e of entries) {
    const rel = normalize('/' + e.name);
    if (rel === '/') continue;
    const target = normalize(dest + rel);
    const type = e.typeflag === '5' ? 'dir' : e.typeflag === '2' ? 'symlink' : 'file';
    o.fs.mkdirAll(dirname(target), () => ({ type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, data: 'dir', origin: o.origin, layer: o.layer }));
    const text = type === 'file' && !e.data.includes(0) ? new TextDecoder().decode(e.data) : undefined;
    o.fs.set(target, {
      type,
      size: type === 'file' ? e.size : 0,
      mode: e.mode & 0o7777,
      uid: o.owner?.uid ?? e.uid,
      gid: o.owner?.gid ?? e.gid,
      ...(type === 'symlink' ? { link: e.linkname } : {}),
      ...(text !== undefined ? { content: text } : {}),
      data: type === 'dir' ? 'dir' : type === 'symlink' ? 'link:' + e.linkname : 'bin:' + hashBytes(e.data),
      origin: o.origin,
      layer: o.layer,
    });
  }
  return null;
}

/** Sources match from the source root; * and ? never cross a '/'. */
function matchSources(src: Source, pattern: string): string[] {
  const path = normalize('/' + pattern);
  if (!/[*?[]/.test(path)) return src.get(src.realpath(path)) ? [path] : [];
  let current = ['/'];
  for (const seg of path.split('/').filter(Boolean)) {
    const re = /[*?[]/.test(seg) ? segmentRegExp(seg) : null;
    const next: string[] = [];
    for (const dir of current) {
      if (!re) {
        const p = join(dir, seg);
        if (src.get(src.realpath(p))) next.push(p);
        continue;
      }
      for (const name of src.list(src.realpath(dir))) if (re.test(name)) next.push(join(dir, name));
    }
    current = next;
  }
  return current.sort();
}

function heredocFor(docs: Heredoc[], word: string): Heredoc | undefined {
  const name = word.replace(/^<<-?/, '').replace(/^(["'])(.*)\1$/, '$2');
  return docs.find((d) => d.name === name);
}

function expandHeredoc(content: string, state: StageState): string {
  return content.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_, a, b) => state.env.get(a ?? b) ?? '');
}

export type { FileSystem };
