// `npm run bench [-- --json]`: the engine bench (bench/simulate.ts), then the browser bench
// (bench/browser.ts), one after the other so neither disturbs the other's timings. With --json,
// their two JSON documents are merged into one object: { "simulate": {...}, "browser": {...} }.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const json = args.includes('--json');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const BENCHES = ['simulate.ts', 'browser.ts'].map((f) => resolve(import.meta.dirname, f));

function run(file: string): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [TSX, file, ...args], { stdio: ['ignore', json ? 'pipe' : 'inherit', 'inherit'] });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok(out) : fail(new Error(`${file} exited with ${code}`))));
  });
}

const merged: Record<string, unknown> = {};
for (const [i, file] of BENCHES.entries()) {
  if (!json && i > 0) console.log();
  const out = await run(file);
  if (json) {
    // Each bench prints its figures as one JSON line, last.
    const line = out.trim().split('\n').at(-1) ?? '';
    Object.assign(merged, JSON.parse(line));
  }
}
if (json) console.log(JSON.stringify(merged));
