// Downloads: curl and wget. The simulator has no network: a downloaded file is created with an
// unknown size (and the step says so), unless the URL is a well-known release artifact whose
// size is in the table below. Output sent to a pipe (`curl … | sh`, `wget -qO- … | tar x`) is
// unknown bytes, so whatever reads it cannot be predicted either.
import { basename, dirname, join, resolve } from '../../fs/path';
import { registerCommand, ok, fail, type CommandContext, type CommandResult } from '../model';
import { fileNode } from '../files';
import { mkdirs, putFile } from './os-packages';

/**
 * Release artifacts with their approximate sizes (the sizes of recent releases listed on
 * go.dev/dl, nodejs.org/dist and archive.apache.org/dist/maven; not fetched: every use says so).
 */
const KNOWN: { re: RegExp; size: (m: RegExpExecArray) => number; what: string }[] = [
  { re: /\/go(1\.(\d+)(?:\.\d+)?)\.linux-(amd64|arm64)\.tar\.gz$/, size: (m) => ({ 20: 95, 21: 66, 22: 69, 23: 73, 24: 75, 25: 59 })[Number(m[2])] ?? 70, what: 'the Go release tarball' },
  { re: /\/node-v(\d+)\.[\d.]+-linux-(x64|arm64)\.tar\.xz$/, size: (m) => ({ 18: 23, 20: 25, 22: 28, 24: 30 })[Number(m[1])] ?? 26, what: 'the Node.js release tarball (.tar.xz)' },
  { re: /\/node-v(\d+)\.[\d.]+-linux-(x64|arm64)\.tar\.gz$/, size: (m) => ({ 18: 43, 20: 46, 22: 54, 24: 58 })[Number(m[1])] ?? 50, what: 'the Node.js release tarball (.tar.gz)' },
  { re: /\/apache-maven-3\.\d+\.\d+-bin\.tar\.gz$/, size: () => 9, what: 'the Maven binary distribution' },
];

function known(url: string): { size: number; what: string } | null {
  for (const k of KNOWN) {
    const m = k.re.exec(url);
    if (m) return { size: Math.round(k.size(m) * 1024 * 1024), what: k.what };
  }
  return null;
}

function download(tool: string, ctx: CommandContext, url: string, out: string | null, createDirs: boolean): CommandResult {
  const k = known(url);
  if (out === null || out === '-') {
    ctx.opaque(`\`${tool} ${url}\` to standard output: the simulator does not download, so the response (and whatever reads it) is unknown`);
    return ok(k ? { unknown: k.what, size: k.size } : { unknown: `the response of ${url}` });
  }
  const path = resolve(ctx.cwd, out);
  if (!ctx.fs.isDir(ctx.fs.realpath(dirname(path)))) {
    if (!createDirs) return tool === 'curl' ? fail(`curl: (23) Failure writing output to destination\n`, 23) : fail(`${tool}: can't open '${out}': No such file or directory\n`);
    mkdirs(ctx, dirname(path));
  }
  if (ctx.fs.isDir(ctx.fs.realpath(path))) return fail(`${tool}: can't open '${out}': Is a directory\n`, tool === 'curl' ? 23 : 1);
  if (k) {
    putFile(ctx, path, k.size, { id: `download:${url}` });
    ctx.assume(`${tool} ${url}: ${k.what} is taken to be about ${Math.round(k.size / 1024 / 1024)} MB (its published size, approximately); the download is assumed to succeed`);
    return ok();
  }
  const real = ctx.fs.realpath(path);
  ctx.fs.set(real, fileNode(ctx, { unknown: `the download of ${url}` }, 0o644, ctx.fs.get(real)));
  ctx.opaque(`${tool} ${url} -> ${out}: size unknown: the simulator does not download`);
  return ok();
}

/** The file name curl -O and wget use: the URL's last path segment. */
function remoteName(url: string, dflt: string): string {
  const path = url.replace(/[?#].*$/, '').replace(/^[a-z]+:\/\/[^/]*/i, '');
  const name = basename(path);
  return name || dflt;
}

const CURL_VALUE = new Set(['-o', '--output', '-H', '--header', '-u', '--user', '-d', '--data', '--data-raw', '--data-binary', '-X', '--request', '--retry', '--retry-delay', '--retry-max-time', '--proto', '--proto-redir', '-A', '--user-agent', '-w', '--write-out', '--connect-timeout', '-m', '--max-time', '-C', '--continue-at', '-e', '--referer', '-b', '--cookie', '-c', '--cookie-jar', '--cacert', '--cert', '--key', '-x', '--proxy', '--output-dir', '--resolve', '-F', '--form', '-T', '--upload-file', '-r', '--range', '--limit-rate', '--tlsv1.2-max']);

registerCommand({
  names: ['curl'],
  run(args, ctx) {
    const urls: string[] = [];
    const outputs: (string | null)[] = [];
    let createDirs = false;
    let outDir: string | null = null;
    let head = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '-o' || a === '--output') outputs.push(args[++i] ?? '');
      else if (a === '--output-dir') outDir = args[++i] ?? null;
      else if (a === '-O' || a === '--remote-name') outputs.push(null);
      else if (a === '--create-dirs') createDirs = true;
      else if (a === '-I' || a === '--head') head = true;
      else if (CURL_VALUE.has(a)) i++;
      else if (a.startsWith('--')) continue;
      else if (/^-[a-zA-Z#]+$/.test(a)) {
        // Bundled short flags: -fsSLo FILE, -sSLO.
        const last = a[a.length - 1];
        if (a.slice(1, -1).includes('o')) return fail(`curl: option ${a}: is unknown\n`, 2);
        if (a.includes('O')) outputs.push(null);
        if (last === 'o') outputs.push(args[++i] ?? '');
        else if (CURL_VALUE.has('-' + last) && last !== 'o') i++;
        if (a.includes('I')) head = true;
      } else urls.push(a);
    }
    if (!urls.length) return fail(`curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, 2);
    if (head) {
      ctx.opaque(`curl -I ${urls[0]}: the response headers are unknown (the simulator does not download)`);
      return ok({ unknown: `the headers of ${urls[0]}` });
    }
    let result: CommandResult = ok();
    urls.forEach((url, i) => {
      const o = outputs[i];
      const target = o === undefined ? null : o === null ? remoteName(url, 'curl_response') : o;
      const full = target !== null && outDir !== null && !target.startsWith('/') ? join(outDir, target) : target;
      const r = download('curl', ctx, url, full, createDirs);
      if (r.status !== 0 || r.stdout) result = r;
    });
    return result;
  },
});

registerCommand({
  names: ['wget'],
  run(args, ctx) {
    let out: string | null | undefined;
    let dir: string | null = null;
    const urls: string[] = [];
    const VALUE = new Set(['-O', '--output-document', '-P', '--directory-prefix', '-T', '--timeout', '-t', '--tries', '--header', '-U', '--user-agent', '-e', '--execute', '-o', '--output-file', '-a', '--append-output', '--user', '--password', '--progress']);
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a.startsWith('--output-document=')) out = a.slice(18);
      else if (a.startsWith('--directory-prefix=')) dir = a.slice(19);
      else if (a === '-O' || a === '--output-document') out = args[++i] ?? '';
      else if (a === '-P' || a === '--directory-prefix') dir = args[++i] ?? '';
      else if (VALUE.has(a)) i++;
      else if (a.startsWith('--')) continue;
      else if (/^-[a-zA-Z]+$/.test(a)) {
        // -qO- / -qO file / -O file
        const o = a.indexOf('O');
        if (o >= 0) {
          const rest = a.slice(o + 1);
          out = rest || (args[++i] ?? '');
        } else if ('PTtUeoa'.includes(a[a.length - 1]!) && a.length === 2) i++;
      } else if (/^-[a-zA-Z]*O.+$/.test(a)) out = a.slice(a.indexOf('O') + 1);
      else urls.push(a);
    }
    if (!urls.length) return fail('wget: missing URL\nUsage: wget [OPTION]... [URL]...\n');
    let result: CommandResult = ok();
    for (const url of urls) {
      const target = out === undefined ? join(dir ?? '.', remoteName(url, 'index.html')) : out;
      const r = download('wget', ctx, url, target, false);
      if (r.status !== 0 || r.stdout) result = r;
    }
    return result;
  },
});
