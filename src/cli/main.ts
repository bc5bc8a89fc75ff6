// Entry point of the `stagecraft` command (bin/stagecraft.mjs loads it through tsx).
import { readFileSync } from 'node:fs';
import { runCli } from './run';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

// A closed pipe (`stagecraft build . | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// exitCode, not exit(): let piped stdout drain fully before the process ends.
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  version: pkg.version,
});
