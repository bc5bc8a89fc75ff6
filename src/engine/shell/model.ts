// The contract between the shell interpreter and command models. A model is one module that
// registers the command names it understands; it sees the filesystem, environment and user of
// the RUN step and returns an exit status and output. Anything it cannot predict it reports
// through `opaque`, never by guessing.
import type { Fs } from '../fs/view';
import type { Origin } from '../fs/tree';

/** Bytes flowing through pipes and redirections. */
export type Data = { text: string } | { unknown: string; size?: number };

export interface User {
  uid: number;
  gid: number;
  name: string;
  home: string;
}

export interface CommandContext {
  fs: Fs;
  env: Map<string, string>;
  cwd: string;
  user: User;
  stdin: Data | null;
  /** Provenance stamped on every file this step writes. */
  origin: Origin;
  layer: number;
  /** Records that part of the step could not be modelled (shown to the learner). */
  opaque(what: string): void;
  /** Records an assumption a model made (shown as a note). */
  assume(what: string): void;
  /** Runs a nested script (sh -c, xargs): returns its exit status. */
  runScript(script: string, env?: Map<string, string>): CommandResult;
  /** Resolves a user or group name against the image's /etc/passwd and /etc/group. */
  lookupUser(name: string): User | null;
  lookupGroup(name: string): number | null;
}

export interface CommandResult {
  status: number;
  stdout?: Data;
  stderr?: string;
  /** Set by `cd` and `export`-like builtins that change the shell itself. */
  cwd?: string;
}

export interface CommandModel {
  /** Command names, matched against the basename of argv[0]. */
  names: string[];
  /** Shell builtins run even when no binary of that name exists in the image. */
  builtin?: boolean;
  run(args: string[], ctx: CommandContext): CommandResult;
}

const models = new Map<string, CommandModel>();

export function registerCommand(model: CommandModel): void {
  for (const name of model.names) models.set(name, model);
}

export function findCommand(name: string): CommandModel | undefined {
  return models.get(name.slice(name.lastIndexOf('/') + 1));
}

export const ok = (stdout?: Data): CommandResult => (stdout ? { status: 0, stdout } : { status: 0 });
export const fail = (stderr: string, status = 1): CommandResult => ({ status, stderr });
