// Image references and platforms the way BuildKit's libraries read them: distribution/reference
// (ParseNormalizedNamed) and containerd/platforms (Parse, Normalize, Format). Also hadolint's
// split of a FROM image into name, tag and digest (language-docker).

const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const NAME = `(?:${HOST}(?::[0-9]+)?/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const REFERENCE_RE = new RegExp(`^(${NAME})(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`);

/** Whether reference.ParseNormalizedNamed accepts the string (InvalidDefaultArgInFrom). */
export function isValidReference(s: string): boolean {
  if (/^[a-f0-9]{64}$/.test(s)) return false;
  const slash = s.indexOf('/');
  const first = slash < 0 ? '' : s.slice(0, slash);
  const dockerHub = slash < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first);
  const domain = dockerHub ? 'docker.io' : first;
  let remainder = dockerHub ? s : s.slice(slash + 1);
  if (dockerHub && !remainder.includes('/')) remainder = 'library/' + remainder;
  const colon = remainder.indexOf(':');
  const remote = colon < 0 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) return false;
  const m = REFERENCE_RE.exec(`${domain}/${remainder}`);
  return m !== null && m[1]!.length <= 255;
}

/** hadolint's view of a FROM image: name (without registry), tag, digest. */
export function splitImage(ref: string): { registry: string | null; name: string; tag: string | null; digest: string | null } {
  let rest = ref;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  return { registry, name: rest, tag, digest };
}

export interface Platform {
  os: string;
  architecture: string;
  variant: string;
}

const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos']);
const KNOWN_ARCH = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le',
  'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
]);

function normalizeOS(os: string): string {
  const o = os.toLowerCase();
  return o === 'macos' ? 'darwin' : o;
}

function normalizeArch(arch: string, variant: string): [string, string] {
  const a = arch.toLowerCase();
  let v = variant.toLowerCase();
  switch (a) {
    case 'i386':
      return ['386', ''];
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return ['amd64', v === 'v1' ? '' : v];
    case 'aarch64':
    case 'arm64':
      return ['arm64', ['8', 'v8', 'v8.0'].includes(v) ? '' : v];
    case 'armhf':
      return ['arm', 'v7'];
    case 'armel':
      return ['arm', 'v6'];
    case 'arm':
      if (v === '' || v === '7') v = 'v7';
      else if (v === '5' || v === '6' || v === '8') v = 'v' + v;
      return ['arm', v];
  }
  return [a, v];
}

/** containerd's platforms.Parse (null on an error); `hostArch` fills a bare OS. */
export function parsePlatform(spec: string, hostArch = 'amd64'): Platform | null {
  if (spec.includes('*')) return null;
  const parts = spec.split('/');
  if (parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return null;
  switch (parts.length) {
    case 1: {
      const os = normalizeOS(parts[0]!);
      if (KNOWN_OS.has(os)) return { os, architecture: hostArch, variant: '' };
      let [arch, variant] = normalizeArch(parts[0]!, '');
      if (arch === 'arm' && variant === 'v7') variant = '';
      return KNOWN_ARCH.has(arch) ? { os: 'linux', architecture: arch, variant } : null;
    }
    case 2: {
      let [arch, variant] = normalizeArch(parts[1]!, '');
      if (arch === 'arm' && variant === 'v7') variant = '';
      return { os: normalizeOS(parts[0]!), architecture: arch, variant };
    }
    case 3: {
      const [arch, v] = normalizeArch(parts[1]!, parts[2]!);
      return { os: normalizeOS(parts[0]!), architecture: arch, variant: arch === 'arm64' && v === '' ? 'v8' : v };
    }
  }
  return null;
}

/** platforms.Format(platforms.Normalize(p)): "linux/amd64", "linux/arm/v7". */
export function formatPlatform(p: Platform): string {
  const [arch, variant] = normalizeArch(p.architecture, p.variant);
  return [normalizeOS(p.os), arch, variant].filter(Boolean).join('/');
}
