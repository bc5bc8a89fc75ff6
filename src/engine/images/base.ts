// FROM an image: the starting filesystem, layers, history and config of a stage. Images come
// from the caller (docker save tarballs, the catalog); scratch is empty; an unknown image is an
// empty-ish Linux base with a shell, and the result says so.
import { contentId } from '../context/checksum';
import { dirname } from '../fs/path';
import { FileSystem, type Node, type Origin } from '../fs/tree';
import type { BaseImage, ImageConfig, ImageFacts } from '../types';
import { findCatalogImage } from './catalog';
import { emptyImageConfig } from './config';

export interface BaseLayer {
  created_by: string;
  size: number;
  changes: BaseImage['layers'][number]['changes'];
}

export interface ResolvedBase {
  /** Whether every file of the image is known (unknown commands then fail as "not found"). */
  known: boolean;
  fs: FileSystem;
  layers: BaseLayer[];
  history: { created_by: string; empty_layer: boolean; comment?: string; layer: number | null }[];
  config: ImageConfig;
  note: string | null;
  facts: ImageFacts | null;
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** docker.io/library/busybox:latest, library/busybox and busybox all name one image. */
export function normalizeRef(ref: string): string {
  let r = ref.trim().toLowerCase();
  r = r.replace(/^docker\.io\//, '').replace(/^index\.docker\.io\//, '').replace(/^library\//, '');
  const lastSlash = r.lastIndexOf('/');
  if (!r.includes('@') && !r.slice(lastSlash + 1).includes(':')) r += ':latest';
  return r;
}

const cache = new WeakMap<BaseImage, FileSystem>();

export function resolveBase(ref: string, images: Record<string, BaseImage>): ResolvedBase {
  if (ref === 'scratch') {
    return {
      known: true,
      fs: new FileSystem(rootNode({ stage: 'scratch', instruction: 'FROM scratch', line: null })),
      layers: [],
      history: [],
      config: { ...emptyImageConfig(), Env: [`PATH=${DEFAULT_PATH}`], WorkingDir: '/' },
      note: null,
      facts: findCatalogImage('scratch')?.facts ?? null,
    };
  }
  const wanted = normalizeRef(ref);
  const image = Object.entries(images).find(([name]) => normalizeRef(name) === wanted)?.[1] ?? findCatalogImage(ref);
  if (image) {
    let fs = cache.get(image);
    if (!fs) cache.set(image, (fs = filesystemOf(image)));
    let layer = 0;
    return {
      known: true,
      fs: fs.clone(),
      layers: image.layers.map((l) => ({ created_by: l.created_by, size: l.size, changes: l.changes })),
      history: image.history.map((h) => ({ ...h, layer: h.empty_layer ? null : layer++ })),
      config: structuredClone(image.config),
      note: null,
      facts: image.facts ?? null,
    };
  }
  return {
    known: false,
    fs: unknownLinux(ref),
    layers: [],
    history: [],
    config: { ...emptyImageConfig(), Env: [`PATH=${DEFAULT_PATH}`] },
    note: `The image "${ref}" is not known to the simulator: it is treated as an empty Linux base with a shell (/bin/sh, root user), and its size counts as 0.`,
    facts: null,
  };
}

function rootNode(origin: Origin): Node {
  return { type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, data: 'dir', origin, layer: -1 };
}

function filesystemOf(image: BaseImage): FileSystem {
  const fs = new FileSystem(rootNode({ stage: 'base', instruction: `FROM ${image.name}`, line: null }));
  image.layers.forEach((layer, index) => {
    const origin: Origin = { stage: 'base', instruction: layer.created_by || `FROM ${image.name}`, line: null };
    for (const c of layer.changes) {
      if (c.kind === 'whiteout') {
        fs.remove(c.path);
        continue;
      }
      if (c.kind === 'opaque') {
        for (const child of fs.list(c.path)) fs.remove(c.path === '/' ? '/' + child : c.path + '/' + child);
        continue;
      }
      fs.mkdirAll(dirname(c.path), () => ({ ...rootNode(origin), layer: index }));
      fs.set(c.path, {
        type: c.type,
        size: c.size,
        mode: c.mode,
        uid: c.uid,
        gid: c.gid,
        ...(c.link !== undefined ? { link: c.link } : {}),
        ...(c.content !== undefined ? { content: c.content } : {}),
        data: c.type === 'file' && c.content === undefined ? `base:${image.name}:${c.path}:${c.size}` : contentId(c.type, c.content, c.size, c.link),
        origin,
        layer: index,
      });
    }
  });
  return fs;
}

function unknownLinux(ref: string): FileSystem {
  const origin: Origin = { stage: 'base', instruction: `FROM ${ref}`, line: null };
  const fs = new FileSystem(rootNode(origin));
  const dir = (p: string, mode = 0o755) => fs.set(p, { ...rootNode(origin), mode });
  const file = (p: string, content: string, mode = 0o644) =>
    fs.set(p, { type: 'file', size: content.length, mode, uid: 0, gid: 0, content, data: contentId('file', content, content.length), origin, layer: -1 });
  for (const d of ['/bin', '/etc', '/home', '/root', '/usr', '/usr/bin', '/usr/local', '/usr/local/bin', '/usr/sbin', '/sbin', '/var', '/var/cache', '/var/lib', '/lib', '/dev', '/proc', '/sys', '/run']) dir(d, d === '/root' ? 0o700 : 0o755);
  dir('/tmp', 0o1777);
  file('/bin/sh', '', 0o755);
  file('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n');
  file('/etc/group', 'root:x:0:\nnogroup:x:65534:\n');
  return fs;
}
