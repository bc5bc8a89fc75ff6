// Descriptors: how a toolchain model records what kind of machine code it wrote, so that a later
// check ("will it run?", "a glibc-built native module on musl") can read it from the file itself.
//
// The simulator does not hold the bytes of a compiled program. A file a model compiles therefore
// carries its real `size` and, as its `content`, a small descriptor text instead of the bytes.
// The descriptor travels with the file through COPY --from, cp and mv (they copy the node), so the
// final image's copy still says how it was linked. Content is ≤ 1 kB; size ≠ content length.
//
// 1. Programs (go build / go install, esbuild's and tsc's native executables in node_modules):
//
//      #!stagecraft-binary <toolchain> <static|dynamic> <os>/<arch>
//      libc=none|glibc|musl          C library it needs (none when static)
//      interpreter=/lib64/ld-linux-x86-64.so.2   dynamic only: ELF PT_INTERP
//      needs=libc.so.6               dynamic only: DT_NEEDED sonames, comma-separated
//      stripped=true|false           -ldflags "-s -w"
//      cgo=true|false                (go)
//      module=example.com/app        (go) main module path
//      go=go1.23.4                   (go) toolchain version
//      buildid=<hex>                 identity of the inputs (same inputs, same id)
//
//    It runs on an image when: os/arch match the image platform, and either linkage is static, or
//    the image has `interpreter` and a C library of kind `libc` (glibc's libc.so.6 or musl's
//    ld-musl-*.so.1). A glibc-linked program on alpine fails with "exec … no such file or
//    directory" (the loader is missing); on scratch any dynamic program fails the same way.
//
// 2. Native Node.js addons (.node files):
//
//      #!stagecraft-native-module node <glibc|musl>
//      package=@next/swc-linux-x64-gnu  the npm package that holds it
//      platform=linux/amd64
//      loader=direct|node-gyp-build     node-gyp-build: the package holds prebuilds for several
//                                       libcs and picks the matching one when it loads
//      needs=libc.so.6
//
//    A package runs on libc L when at least one of its native-module descriptors names L. So a
//    package built in a glibc stage (node:22, node:22-slim) and copied to an alpine stage fails
//    when all its descriptors say glibc ("Error relocating …: symbol not found" /
//    "ld-linux-x86-64.so.2: No such file or directory"); bcrypt ≥ 6 ships both and keeps working.
//
// Checks read these with parseBinaryDescriptor / parseNativeModuleDescriptor on a node's content;
// any file whose content starts with the magic is a descriptor, wherever it lives.

export const BINARY_MAGIC = '#!stagecraft-binary';
export const NATIVE_MAGIC = '#!stagecraft-native-module';

export type Linkage = 'static' | 'dynamic';

export interface BinaryDescriptor {
  toolchain: string;
  linkage: Linkage;
  os: string;
  arch: string;
  libc: 'none' | 'glibc' | 'musl';
  interpreter?: string;
  needs?: string[];
  stripped?: boolean;
  /** Every key=value line, as written. */
  fields: Record<string, string>;
}

export interface NativeModuleDescriptor {
  runtime: string;
  libc: 'glibc' | 'musl';
  package: string;
  platform: string;
  loader: 'direct' | 'node-gyp-build';
  fields: Record<string, string>;
}

function kv(fields: Record<string, string | boolean | undefined>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${v}\n`)
    .join('');
}

function readFields(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const eq = l.indexOf('=');
    if (eq > 0) out[l.slice(0, eq)] = l.slice(eq + 1);
  }
  return out;
}

export function binaryDescriptor(d: Omit<BinaryDescriptor, 'fields'> & { extra?: Record<string, string | boolean | undefined> }): string {
  return (
    `${BINARY_MAGIC} ${d.toolchain} ${d.linkage} ${d.os}/${d.arch}\n` +
    kv({ libc: d.libc, interpreter: d.interpreter, needs: d.needs?.join(','), stripped: d.stripped, ...(d.extra ?? {}) })
  );
}

export function parseBinaryDescriptor(content: string | undefined): BinaryDescriptor | null {
  if (!content?.startsWith(BINARY_MAGIC + ' ')) return null;
  const lines = content.split('\n');
  const [toolchain, linkage, platform] = lines[0]!.slice(BINARY_MAGIC.length + 1).split(' ');
  if (!toolchain || (linkage !== 'static' && linkage !== 'dynamic') || !platform) return null;
  const [os = 'linux', arch = 'amd64'] = platform.split('/');
  const fields = readFields(lines.slice(1));
  const libc = fields.libc === 'glibc' || fields.libc === 'musl' ? fields.libc : 'none';
  return {
    toolchain,
    linkage,
    os,
    arch,
    libc,
    ...(fields.interpreter ? { interpreter: fields.interpreter } : {}),
    ...(fields.needs ? { needs: fields.needs.split(',') } : {}),
    ...(fields.stripped ? { stripped: fields.stripped === 'true' } : {}),
    fields,
  };
}

export function nativeModuleDescriptor(d: Omit<NativeModuleDescriptor, 'fields'>): string {
  const arch = d.platform.split('/')[1] ?? 'amd64';
  const musl = `libc.musl-${arch === 'arm64' ? 'aarch64' : arch === 'arm' ? 'armhf' : 'x86_64'}.so.1`;
  return `${NATIVE_MAGIC} ${d.runtime} ${d.libc}\n` + kv({ package: d.package, platform: d.platform, loader: d.loader, needs: d.libc === 'glibc' ? 'libc.so.6' : musl });
}

export function parseNativeModuleDescriptor(content: string | undefined): NativeModuleDescriptor | null {
  if (!content?.startsWith(NATIVE_MAGIC + ' ')) return null;
  const lines = content.split('\n');
  const [runtime, libc] = lines[0]!.slice(NATIVE_MAGIC.length + 1).split(' ');
  if (!runtime || (libc !== 'glibc' && libc !== 'musl')) return null;
  const fields = readFields(lines.slice(1));
  return { runtime, libc, package: fields.package ?? '', platform: fields.platform ?? 'linux/amd64', loader: fields.loader === 'node-gyp-build' ? 'node-gyp-build' : 'direct', fields };
}
