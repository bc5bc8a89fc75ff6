// One CLI invocation: parse, load, simulate, render. Returns the exit code instead of exiting so
// it can be driven in-process; main.ts wires it to the real process.
import { build } from '../engine/index';
import { parseArgs, UsageError } from './args';
import { loadBuild, type Env } from './load';
import { renderJson } from './render-json';
import { renderText } from './render-text';
import { BUILD_HELP, LINT_HELP, MAIN_HELP } from './usage';
import { failsLint, renderLint } from './render-lint';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Env;
  /** Whether stdout is a terminal (colours are used only then, and never with NO_COLOR). */
  isTTY: boolean;
  version: string;
  readStdin?: () => string;
}

export const EXIT = { ok: 0, buildFailed: 1, usage: 2, internal: 3 } as const;

export function runCli(argv: string[], io: Io): number {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') return io.stdout(MAIN_HELP), EXIT.ok;
    if (command.kind === 'build-help') return io.stdout(BUILD_HELP), EXIT.ok;
    if (command.kind === 'version') return io.stdout(`stagecraft ${io.version}\n`), EXIT.ok;
    if (command.kind === 'lint-help') return io.stdout(LINT_HELP), EXIT.ok;
    if (command.kind === 'lint') {
      const { input, dockerfileName } = loadBuild(command.options, io.env, io.readStdin);
      const findings = build(input).lint;
      io.stdout(command.options.json ? JSON.stringify(findings, null, 2) + '\n' : renderLint(findings, dockerfileName));
      return failsLint(findings, command.failOn) ? EXIT.buildFailed : EXIT.ok;
    }
    const { options } = command;
    const { input, dockerfileName } = loadBuild(options, io.env, io.readStdin);
    const result = build(input);
    const color = io.isTTY && !io.env.NO_COLOR;
    io.stdout(options.json ? renderJson(result) : renderText(result, { dockerfile: input.dockerfile, dockerfileName, color }));
    return result.ok ? EXIT.ok : EXIT.buildFailed;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`stagecraft: ${e.message}\n`);
      return EXIT.usage;
    }
    // Not the user's fault: a simulator bug. Keep the stack, it is what a bug report needs.
    io.stderr(`stagecraft: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.internal;
  }
}
