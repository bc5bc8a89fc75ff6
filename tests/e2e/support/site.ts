// The built site, served the way it ships: `astro build` into a private temporary folder (others
// may be building into dist/ at the same time), then `astro preview` on a free port. Used by the
// e2e suite's global setup, `npm run screenshots` and `npm run bench` (bench/browser.ts).
//
//   E2E_BASE_URL=http://host:port   test a site that is already running (no build, no preview)
//   E2E_DIST=/path/to/dist          serve an existing build (no build)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Site {
  baseURL: string;
  /** Stops the preview server (by its pid) and removes the temporary build. */
  close(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };

export async function startSite(log: (line: string) => void = () => {}): Promise<Site> {
  if (process.env.E2E_BASE_URL) return { baseURL: process.env.E2E_BASE_URL.replace(/\/$/, ''), close: async () => {} };

  let outDir = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : '';
  let tmp: string | null = null;
  if (!outDir) {
    tmp = mkdtempSync(join(tmpdir(), 'stagecraft-e2e-'));
    outDir = join(tmp, 'dist');
    log(`building the site into ${outDir}`);
    const t0 = performance.now();
    await run([ASTRO, 'build', '--outDir', outDir]);
    log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  const port = await freePort();
  const child = spawn(process.execPath, [ASTRO, 'preview', '--outDir', outDir, '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: ROOT,
    env: ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const baseURL = `http://127.0.0.1:${port}`;
  const cleanup = async () => {
    await stop(child);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${baseURL}/`, child, () => output);
  } catch (e) {
    await cleanup();
    throw e;
  }
  log(`serving ${outDir} at ${baseURL} (astro preview, pid ${child.pid})`);
  return { baseURL, close: cleanup };
}

function run(args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`astro ${args[1]} failed (exit ${code}):\n${output.slice(-4000)}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`astro preview exited (${exited}) before serving:\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`astro preview did not answer ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await gone;
  clearTimeout(timer);
}
