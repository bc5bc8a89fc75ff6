// The Go track's first challenge: take the single-stage golang:1.23 image and make it fit to
// serve. Graded on what the simulator says the final image holds:
//
//   builds      the Dockerfile builds
//   size        the final image is under SIZE_LIMIT
//   toolchain   no Go toolchain in it
//   non-root    it runs as a non-root user
//   no-leaks    nothing from the kitchen leaks onto the plate: no source, no Go caches, no secrets
//   starts      it still starts: the program exists and can run there
//   https       HTTPS still works: there is a CA bundle (the service calls an HTTPS API)
//
// Each message reads after its title and a colon ("It runs as a non-root user: it runs as uid
// 65532."), in plain text: the playground shows it as text.
//
// The last two keep the first four honest: an empty `FROM scratch` image is small, has no
// toolchain and leaks nothing, but it serves no one.
import type { BuildResult, FileReport, Finding } from '../../engine/types';
import { humanSize } from '../format';
import type { Challenge, CheckResult, Criterion, Grade } from './types';

export const SIZE_LIMIT = 20_000_000;

export const CRITERIA: Criterion[] = [
  { id: 'builds', title: 'The Dockerfile builds' },
  { id: 'size', title: `The final image is under ${humanSize(SIZE_LIMIT)}` },
  { id: 'toolchain', title: 'No Go toolchain in the final image' },
  { id: 'non-root', title: 'It runs as a non-root user' },
  { id: 'no-leaks', title: 'Nothing leaks (no source code, Go caches or secrets)' },
  { id: 'starts', title: 'It still starts' },
  { id: 'https', title: 'Its HTTPS calls still work' },
];

const title = (id: string) => CRITERIA.find((c) => c.id === id)!.title;
const pass = (id: string, message: string): CheckResult => ({ id, title: title(id), pass: true, message });
const fail = (id: string, message: string): CheckResult => ({ id, title: title(id), pass: false, message });

/** Lists a few paths: "/a, /b and 3 more". */
function some(paths: string[], max = 3): string {
  const shown = paths.slice(0, max);
  const rest = paths.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown.join('');
}

/** Engine messages mark code with backticks; the playground shows plain text. */
const plain = (text: string) => text.replace(/`([^`]*)`/g, '$1');

/** Where files came from, in words: "the base image golang:1.23" or "COPY . . (line 7)". */
function origin(files: FileReport[], result: BuildResult): string {
  const base = files.filter((f) => f.stage === 'base');
  if (base.length && result.image?.base) return `it comes with the base image ${result.image.base.name}`;
  const by = [...new Set(files.map((f) => f.copiedBy ?? f.instruction))];
  return `it was added by ${some(by, 2)}`;
}

const isToolchain = (f: FileReport) =>
  f.type === 'file' && (f.path.startsWith('/usr/local/go/') || /\/(go|gofmt)$/.test(f.path) || f.path.includes('/pkg/tool/'));

const isSource = (f: FileReport) => f.type === 'file' && (/\.go$/.test(f.path) || /(^|\/)go\.(mod|sum|work)$/.test(f.path));
const isGoCache = (f: FileReport) => f.type === 'file' && (f.path.includes('/pkg/mod/') || f.path.includes('/go-build/'));
/** Secret findings about the image itself (a secret that stays in the builder stage is reported as info). */
const isSecretLeak = (f: Finding) => f.rule.startsWith('secret-') && f.severity !== 'info';

function checkSize(r: BuildResult): CheckResult {
  const size = r.image!.size;
  return size < SIZE_LIMIT
    ? pass('size', `it is ${humanSize(size)}.`)
    : fail(
        'size',
        `it is ${humanSize(size)}. Build in a first stage (FROM golang:1.23 AS build) and copy only the binary into an empty final stage (FROM scratch).`,
      );
}

function checkToolchain(r: BuildResult): CheckResult {
  const files = r.image!.files.filter(isToolchain);
  if (!files.length) return pass('toolchain', 'none of its files are in the image.');
  const bytes = files.reduce((a, f) => a + f.size, 0);
  const dirs = [...new Set(files.map((f) => (f.path.startsWith('/usr/local/go/') ? '/usr/local/go' : f.path)))];
  return fail(
    'toolchain',
    `${some(dirs)} (${humanSize(bytes)}) is in the image; ${origin(files, r)}. Use the golang image only in the build stage, and make the last stage FROM scratch.`,
  );
}

/**
 * The uid a user name has in the final image's /etc/passwd, when a layer records its text (a base
 * image's passwd does; a copied one may not, and then the name is trusted once the engine's
 * user-missing rule has found it).
 */
function passwdUid(r: BuildResult, name: string): number | null {
  let text: string | undefined;
  for (const layer of r.image!.layers) {
    for (const c of layer.changes) {
      if (c.path !== '/etc/passwd') continue;
      text = c.kind === 'whiteout' ? undefined : c.content;
    }
  }
  if (text === undefined) return null;
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f[0] === name && f.length >= 4 && /^\d+$/.test(f[2]!)) return Number(f[2]);
  }
  return null;
}

function checkNonRoot(r: BuildResult): CheckResult {
  const spec = r.image!.config.User;
  if (!spec) return fail('non-root', 'no USER is set, so the container runs as root. Add USER 65532:65532 to the final stage.');
  const user = spec.split(':', 1)[0]!;
  if (user === 'root' || user === '0' || /^0+$/.test(user)) {
    return fail('non-root', `USER ${spec} runs the container as root. Use an unprivileged uid, such as USER 65532:65532.`);
  }
  if (/^\d+$/.test(user)) return pass('non-root', `it runs as uid ${Number(user)} (USER ${spec}).`);
  const missing = r.findings.find((f) => f.rule === 'user-missing' && f.severity === 'error');
  if (missing) return fail('non-root', plain(`${missing.message} ${missing.fix}`));
  const uid = passwdUid(r, user);
  if (uid === 0) return fail('non-root', `USER ${spec}: the image's /etc/passwd gives ${user} uid 0, which is root.`);
  return pass('non-root', `it runs as ${user}${uid !== null ? ` (uid ${uid})` : ''}.`);
}

function checkLeaks(r: BuildResult): CheckResult {
  const files = r.image!.files;
  const source = files.filter(isSource);
  const caches = files.filter(isGoCache);
  const secrets = r.findings.filter(isSecretLeak);
  const problems: string[] = [];
  if (source.length) problems.push(`the source code is in the image (${some(source.map((f) => f.path))}).`);
  if (caches.length) {
    const bytes = caches.reduce((a, f) => a + f.size, 0);
    problems.push(`Go's module or build cache is in the image (${humanSize(bytes)} in ${caches.length} files).`);
  }
  for (const s of secrets.slice(0, 2)) problems.push(plain(s.message).replace(/([^.])$/, '$1.'));
  if (secrets.length > 2) problems.push(`There are ${secrets.length - 2} more secret findings in the Leaks tab.`);
  if (!problems.length) return pass('no-leaks', 'no source code, Go cache or secret is in the image.');
  return fail(
    'no-leaks',
    `${problems.join(' ')} Leave them in the kitchen: in the final stage, COPY --from=build only the binary and the CA bundle.`,
  );
}

function checkStarts(r: BuildResult): CheckResult {
  const cfg = r.image!.config;
  const argv = [...(cfg.Entrypoint ?? []), ...(cfg.Cmd ?? [])];
  const blocking = r.findings.filter(
    (f) => f.surface === 'container start' && f.rule !== 'ca-certificates-missing' && (f.severity === 'error' || f.rule === 'entrypoint-missing'),
  );
  if (blocking.length) return fail('starts', plain(blocking.map((f) => `${f.message} ${f.fix}`).join(' ')));
  if (!argv.length) return fail('starts', 'the image has no ENTRYPOINT or CMD, so docker run has nothing to start. Add ENTRYPOINT ["/weather"].');
  return pass('starts', `docker run starts ${JSON.stringify(argv)}.`);
}

const BUNDLE = /^\/etc\/(ssl\/certs\/[^/]+\.(crt|pem)|ssl\/cert\.pem|pki\/tls\/certs\/ca-bundle\.crt)$/;

function checkHttps(r: BuildResult): CheckResult {
  const finding = r.findings.find((f) => f.rule === 'ca-certificates-missing');
  if (finding) return fail('https', plain(`${finding.message} ${finding.fix}`));
  const bundle = r.image!.files.find((f) => f.type === 'file' && BUNDLE.test(f.path));
  if (!bundle) {
    return fail(
      'https',
      'there is no CA bundle in the image, so the service cannot verify the HTTPS API it calls ("x509: certificate signed by unknown authority"). Copy it from the build stage: COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/.',
    );
  }
  return pass('https', `the CA bundle is there (${bundle.path}, ${humanSize(bundle.size)}).`);
}

export function gradeGoScratch(result: BuildResult): Grade {
  if (!result.ok || !result.image) {
    const where = result.error?.line ? `Line ${result.error.line}: ` : '';
    const checks: CheckResult[] = [
      fail('builds', `${where}${result.error?.message ?? 'the build failed.'}`),
      ...CRITERIA.slice(1).map((c) => ({ ...c, pass: false, skipped: true, message: 'not checked until the build succeeds.' })),
    ];
    return { pass: false, checks };
  }
  const checks = [
    pass('builds', 'the simulator built it.'),
    checkSize(result),
    checkToolchain(result),
    checkNonRoot(result),
    checkLeaks(result),
    checkStarts(result),
    checkHttps(result),
  ];
  return { pass: checks.every((c) => c.pass), checks };
}

export const goScratch: Challenge = { id: 'go-scratch', criteria: CRITERIA, grade: gradeGoScratch };
