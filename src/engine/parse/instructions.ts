// Typed Dockerfile instructions. dockerfile-ast does the tokenizing; this module turns its nodes
// into plain records the build can dispatch on, keeping raw (unexpanded) words: variables are
// substituted at build time, with the scope of the stage that runs the instruction.

export interface Located {
  /** 1-based first line of the instruction. */
  line: number;
  /** 1-based last line (continuations and heredocs included). */
  endLine: number;
  /** The instruction as written on one line, e.g. "COPY --from=build /out /app". */
  text: string;
}

export interface Flag {
  name: string;
  value: string | null;
}

export interface Heredoc {
  name: string;
  /** Body with a trailing newline per line, as BuildKit passes it. */
  content: string;
  /** false when the delimiter was quoted (<<"EOF"): no variable expansion. */
  expand: boolean;
  /** <<-EOF: leading tabs stripped. */
  chomp: boolean;
}

export interface FromInstruction extends Located {
  keyword: 'FROM';
  image: string;
  alias: string | null;
  platform: string | null;
}

export interface RunInstruction extends Located {
  keyword: 'RUN';
  /** Shell form command text (continuations joined), or null for the exec form. */
  command: string | null;
  /** Exec form argv, or null for the shell form. */
  argv: string[] | null;
  heredocs: Heredoc[];
  mounts: string[];
  network: string | null;
  security: string | null;
  flags: Flag[];
}

export interface CopyInstruction extends Located {
  keyword: 'COPY' | 'ADD';
  from: string | null;
  chown: string | null;
  chmod: string | null;
  link: boolean;
  /** Raw source words, then the destination. */
  sources: string[];
  dest: string;
  heredocs: Heredoc[];
  flags: Flag[];
}

export interface PairsInstruction extends Located {
  keyword: 'ENV' | 'LABEL';
  /** [name, raw value] — the value still holds its quotes; expand with processWord. */
  pairs: [string, string][];
}

export interface ArgInstruction extends Located {
  keyword: 'ARG';
  args: { name: string; value: string | null }[];
}

export interface CommandInstruction extends Located {
  keyword: 'CMD' | 'ENTRYPOINT';
  argv: string[] | null;
  command: string | null;
}

export interface ShellInstruction extends Located {
  keyword: 'SHELL';
  argv: string[];
}

export interface StringInstruction extends Located {
  keyword: 'USER' | 'WORKDIR' | 'STOPSIGNAL' | 'MAINTAINER';
  value: string;
}

export interface ListInstruction extends Located {
  keyword: 'EXPOSE' | 'VOLUME';
  /** Raw words (EXPOSE) or paths (VOLUME; JSON form already decoded). */
  values: string[];
  json: boolean;
}

export interface HealthcheckInstruction extends Located {
  keyword: 'HEALTHCHECK';
  none: boolean;
  argv: string[] | null;
  command: string | null;
  flags: Flag[];
}

export interface OnbuildInstruction extends Located {
  keyword: 'ONBUILD';
  trigger: string;
}

export type Instruction =
  | FromInstruction
  | RunInstruction
  | CopyInstruction
  | PairsInstruction
  | ArgInstruction
  | CommandInstruction
  | ShellInstruction
  | StringInstruction
  | ListInstruction
  | HealthcheckInstruction
  | OnbuildInstruction;

export type Keyword = Instruction['keyword'];
