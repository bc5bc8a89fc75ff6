// The Files panel: the final image's filesystem with the provenance of every entry, and what
// each builder stage left in the kitchen.
import type { BuildResult, FileReport } from '../../../engine/types';
import { stageLabel } from './input';
import { humanSize, modeString } from './units';

export interface FileRow {
  path: string;
  /** Last path segment ("/" for the root). */
  name: string;
  /** Folder depth: 0 for "/app", 1 for "/app/bin". */
  depth: number;
  type: FileReport['type'];
  size: string;
  bytes: number;
  mode: string;
  owner: string;
  link: string | null;
  layer: number;
  stage: string;
  fromBase: boolean;
  instruction: string;
  copiedBy: string | null;
}

export interface FilesView {
  rows: FileRow[];
  /** Entries that matched but were not listed (over the row limit). */
  hidden: number;
  total: number;
  baseCount: number;
  /** Entries the image got from this build (not from the base image). */
  ownCount: number;
}

export interface FilesOptions {
  filter: string;
  showBase: boolean;
  limit: number;
}

export function filesView(files: FileReport[], opts: FilesOptions): FilesView {
  const needle = opts.filter.trim().toLowerCase();
  const matched = files.filter((f) => (opts.showBase || f.stage !== 'base') && (!needle || f.path.toLowerCase().includes(needle)));
  const rows = [...matched]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .slice(0, opts.limit)
    .map((f): FileRow => {
      const parts = f.path.split('/').filter(Boolean);
      return {
        path: f.path,
        name: parts.length ? parts[parts.length - 1]! : '/',
        depth: Math.max(0, parts.length - 1),
        type: f.type,
        size: f.type === 'dir' ? '' : humanSize(f.size),
        bytes: f.size,
        mode: modeString(f.type, f.mode),
        owner: `${f.uid}:${f.gid}`,
        link: f.link ?? null,
        layer: f.layer,
        stage: f.stage,
        fromBase: f.stage === 'base',
        instruction: f.instruction,
        copiedBy: f.copiedBy ?? null,
      };
    });
  const baseCount = files.filter((f) => f.stage === 'base').length;
  return { rows, hidden: matched.length - rows.length, total: files.length, baseCount, ownCount: files.length - baseCount };
}

export interface KitchenView {
  stage: string;
  line: number | null;
  bytes: number;
  size: string;
  largest: { path: string; size: string }[];
}

export function kitchenView(result: BuildResult): KitchenView[] {
  return (result.image?.kitchen ?? []).map((k) => {
    const s = result.stages[k.stage];
    return {
      stage: s ? stageLabel(s) : `stage-${k.stage}`,
      line: s?.line ?? null,
      bytes: k.bytes,
      size: humanSize(k.bytes),
      largest: k.largest.map((f) => ({ path: f.path, size: humanSize(f.size) })),
    };
  });
}
