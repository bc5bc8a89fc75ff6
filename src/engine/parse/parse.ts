// dockerfile-ast → typed instructions (with 1-based source lines). Errors use BuildKit's words.
import { DockerfileParser, type Instruction as AstInstruction, type Heredoc as AstHeredoc } from 'dockerfile-ast';
import type {
  Flag,
  Heredoc,
  Instruction,
  Located,
} from './instructions';
import { splitRaw, WordError } from './words';
import { didYouMean } from './suggest';

type AstRange = ReturnType<AstInstruction['getRange']>;

export class ParseError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

/**
 * An error of BuildKit's line parser (parser.Parse), which, unlike the errors of
 * instructions.Parse, is not prefixed with "dockerfile parse error on line N:".
 */
class LineParseError extends ParseError {}

export interface ParsedDockerfile {
  instructions: Instruction[];
  escape: string;
  directives: Record<string, string>;
}

const KNOWN_FLAGS: Record<string, string[]> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'checksum', 'keep-git-dir', 'exclude'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

const KEYWORDS = new Set([
  'FROM', 'RUN', 'COPY', 'ADD', 'ENV', 'LABEL', 'ARG', 'CMD', 'ENTRYPOINT', 'SHELL', 'USER',
  'WORKDIR', 'STOPSIGNAL', 'MAINTAINER', 'EXPOSE', 'VOLUME', 'HEALTHCHECK', 'ONBUILD',
]);

/**
 * Recent parses by text (a parse is never modified): a build with `previous` often parses the
 * same Dockerfile twice, and the playground parses it again on each rebuild. Small texts only.
 */
const recent = new Map<string, ParsedDockerfile>();
const RECENT_PARSES = 8;
const RECENT_PARSE_CHARS = 16 * 1024;

export function parseDockerfile(text: string): ParsedDockerfile {
  let parsed = recent.get(text);
  if (parsed) return parsed;
  parsed = parseText(text);
  if (text.length <= RECENT_PARSE_CHARS) {
    if (recent.size >= RECENT_PARSES) recent.delete(recent.keys().next().value!);
    recent.set(text, parsed);
  }
  return parsed;
}

/**
 * Lines dockerfile-ast reads at a time. It parses a long Dockerfile much faster in pieces (each
 * position lookup searches every line of its document, and a piece's nodes die young). A piece
 * ends early: its last instruction may run on past it (continuation lines, a heredoc), so the
 * next piece starts on the line where dockerfile-ast found that instruction to start. Every
 * instruction is thus read whole, by dockerfile-ast, exactly as in one parse of the whole text.
 */
const PIECE_LINES = 32;

/** The text dockerfile-ast reads, its lines (as BuildKit splits them) and where its lines start. */
interface Doc {
  text: string;
  lines: string[];
  starts: number[];
}

function parseText(text: string): ParsedDockerfile {
  const starts = lineStarts(text);
  const doc: Doc = { text, lines: text.split(/\r?\n/), starts };
  let directives: Record<string, string> = {};
  let escape = '\\';
  const instructions: Instruction[] = [];
  for (let line = 0, size = PIECE_LINES; ; ) {
    const last = line + size >= starts.length;
    const piece = last ? (line === 0 ? text : text.slice(starts[line])) : text.slice(starts[line], starts[line + size]);
    // Only the whole text begins with a BOM or directives: a piece must not look like it does.
    if (line > 0 && piece.charCodeAt(0) === 0xfeff) return parseWhole(doc);
    const ast = DockerfileParser.parse(piece);
    if (line === 0) {
      directives = readDirectives(ast);
      escape = ast.getEscapeCharacter();
      // The pieces after the first would not know an escape directive.
      if (escape !== '\\' && !last) return parseWhole(doc);
    }
    const nodes = ast.getInstructions();
    const whole = last ? nodes.length : nodes.length - 1;
    const next = last ? 0 : (nodes[whole]?.getRange().start.line ?? 0);
    if (!last && next === 0) {
      size *= 2; // a single instruction fills the piece: read a longer one
      continue;
    }
    for (let i = 0; i < whole; i++) instructions.push(convertAt(nodes[i]!, doc, escape, line));
    if (last) break;
    line += next;
    size = PIECE_LINES;
  }
  return { instructions, escape, directives };
}

/** The whole text in one dockerfile-ast parse. */
function parseWhole(doc: Doc): ParsedDockerfile {
  const ast = DockerfileParser.parse(doc.text);
  const escape = ast.getEscapeCharacter();
  return { instructions: ast.getInstructions().map((node) => convertAt(node, doc, escape, 0)), escape, directives: readDirectives(ast) };
}

/** Where each line starts, counting lines as dockerfile-ast's document does (\r\n, \r or \n). */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) out.push(i + 1);
  }
  return out;
}

function readDirectives(ast: ReturnType<typeof DockerfileParser.parse>): Record<string, string> {
  const directives: Record<string, string> = {};
  for (const d of ast.getDirectives()) {
    const name = d.getName()?.toLowerCase();
    const value = d.getValue();
    if (name && value !== null && value !== undefined) directives[name] = value;
  }
  return directives;
}

/** convert() of a node whose lines count from `base` (the first line of its piece). */
function convertAt(node: AstInstruction, doc: Doc, escape: string, base: number): Instruction {
  try {
    return convert(node, doc, escape, base);
  } catch (e) {
    // instructions.Parse wraps every instruction error: "dockerfile parse error on line N: ...".
    if (e instanceof ParseError && !(e instanceof LineParseError) && !e.message.startsWith('dockerfile parse error')) {
      throw new ParseError(`dockerfile parse error on line ${e.line}: ${e.message}`, e.line);
    }
    throw e;
  }
}

/** Converts one dockerfile-ast node; also used for ONBUILD triggers. */
function convert(node: AstInstruction, doc: Doc, escape: string, base: number): Instruction {
  const keyword = node.getKeyword();
  const range = node.getRange();
  const line = base + range.start.line + 1;
  const endLine = base + range.end.line + 1;
  if (!KEYWORDS.has(keyword)) {
    throw new ParseError(`dockerfile parse error on line ${line}: unknown instruction: ${node.getInstruction()}${didYouMean(node.getInstruction(), [...KEYWORDS])}`, line);
  }
  const flags = readFlags(node, keyword, line);
  const heredocs = readHeredocs(node, doc.lines, range, base);
  const args = heredocs.length ? firstLine(node.getRawArgumentsContent() ?? '') : argumentsText(node, range, flags, doc, base, escape) ?? '';
  const body = args.trim();
  const flagText = flags.length ? flags.map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`)).join(' ') : '';
  const loc: Located = {
    line,
    endLine,
    text: `${keyword}${flagText ? ' ' + flagText : ''}${body ? ' ' + body : ''}`,
  };
  const words = () => {
    try {
      return splitRaw(body, escape);
    } catch (e) {
      throw new ParseError(`dockerfile parse error on line ${line}: ${(e as Error).message}`, line);
    }
  };
  const flag = (name: string) => flags.find((f) => f.name === name)?.value ?? null;
  const needArgs = (n: number, what = 'at least one argument') => {
    if (words().length < n) throw new ParseError(`${keyword} requires ${what}`, line);
  };

  switch (keyword) {
    case 'FROM': {
      const w = words();
      if (w.length !== 1 && !(w.length === 3 && w[1]!.toUpperCase() === 'AS')) {
        throw new ParseError('FROM requires either one or three arguments', line);
      }
      return { ...loc, keyword, image: w[0]!, alias: w.length === 3 ? w[2]! : null, platform: flag('platform') };
    }
    case 'RUN': {
      const json = heredocs.length ? null : parseJsonArray(body);
      if (!json && !body.trim()) throw new ParseError('RUN requires at least one argument', line);
      return {
        ...loc,
        keyword,
        command: json ? null : body,
        argv: json,
        heredocs,
        mounts: flags.filter((f) => f.name === 'mount').map((f) => f.value ?? ''),
        network: flag('network'),
        security: flag('security'),
        flags,
      };
    }
    case 'COPY':
    case 'ADD': {
      const json = heredocs.length ? null : parseJsonArray(body);
      const w = json ?? words();
      if (w.length < 2) {
        throw new ParseError(`${keyword} requires at least two arguments, but only one was provided. Destination could not be determined.`, line);
      }
      return {
        ...loc,
        keyword,
        from: keyword === 'COPY' ? flag('from') : null,
        chown: flag('chown'),
        chmod: flag('chmod'),
        link: flags.some((f) => f.name === 'link' && f.value !== 'false'),
        sources: w.slice(0, -1),
        dest: w[w.length - 1]!,
        heredocs,
        flags,
      };
    }
    case 'ENV':
    case 'LABEL':
      return { ...loc, keyword, pairs: nameValues(keyword, body, words(), line) };
    case 'ARG': {
      needArgs(1);
      return {
        ...loc,
        keyword,
        args: words().map((w) => {
          const eq = w.indexOf('=');
          return eq < 0 ? { name: w, value: null } : { name: w.slice(0, eq), value: w.slice(eq + 1) };
        }),
      };
    }
    case 'CMD':
    case 'ENTRYPOINT': {
      const json = parseJsonArray(body);
      return { ...loc, keyword, argv: json, command: json ? null : body };
    }
    case 'SHELL': {
      const json = parseJsonArray(body);
      if (!json) throw new ParseError('SHELL requires the arguments to be in JSON form', line);
      if (json.length === 0) throw new ParseError('SHELL requires at least one argument', line);
      return { ...loc, keyword, argv: json };
    }
    case 'USER':
    case 'WORKDIR':
    case 'STOPSIGNAL':
    case 'MAINTAINER': {
      const w = words();
      if (keyword === 'MAINTAINER') {
        needArgs(1);
        return { ...loc, keyword, value: body.trim() };
      }
      if (w.length !== 1) throw new ParseError(`${keyword} requires exactly one argument`, line);
      return { ...loc, keyword, value: w[0]! };
    }
    case 'EXPOSE':
    case 'VOLUME': {
      const json = keyword === 'VOLUME' ? parseJsonArray(body) : null;
      const values = json ?? words();
      if (values.length === 0) throw new ParseError(`${keyword} requires at least one argument`, line);
      return { ...loc, keyword, values, json: json !== null };
    }
    case 'HEALTHCHECK': {
      const w = words();
      if (w.length === 0) throw new ParseError('HEALTHCHECK requires at least one argument', line);
      const type = w[0]!.toUpperCase();
      if (type === 'NONE') {
        if (w.length > 1) throw new ParseError('HEALTHCHECK NONE takes no arguments', line);
        return { ...loc, keyword, none: true, argv: null, command: null, flags };
      }
      if (type !== 'CMD') throw new ParseError(`Unknown type "${type}" in HEALTHCHECK (try CMD)`, line);
      const rest = body.trim().slice(3).trim();
      if (!rest) throw new ParseError('Missing command after HEALTHCHECK CMD', line);
      const json = parseJsonArray(rest);
      return { ...loc, keyword, none: false, argv: json, command: json ? null : rest, flags };
    }
    case 'ONBUILD': {
      const trigger = body.trim();
      const first = trigger.split(/\s+/)[0]!.toUpperCase();
      if (first === 'ONBUILD') throw new ParseError("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", line);
      if (first === 'FROM' || first === 'MAINTAINER') throw new ParseError(`${first} isn't allowed as an ONBUILD trigger`, line);
      return { ...loc, keyword, trigger };
    }
  }
  throw new ParseError(`dockerfile parse error on line ${line}: unknown instruction: ${keyword}`, line);
}

function readFlags(node: AstInstruction, keyword: string, line: number): Flag[] {
  const getFlags = (node as { getFlags?: () => { getName(): string; getValue(): string | null }[] }).getFlags;
  if (!getFlags) return [];
  const known = KNOWN_FLAGS[keyword] ?? [];
  return getFlags.call(node).map((f) => {
    const name = f.getName();
    if (!known.includes(name)) throw new ParseError(`dockerfile parse error on line ${line}: unknown flag: ${name}`, line);
    return { name, value: f.getValue() };
  });
}

/**
 * getArgumentsContent(), cheaply where it can be: each dockerfile-ast accessor re-scans the
 * instruction (getArgumentsContent scans it three times). On one line, the arguments content is
 * the raw text from the first argument to the last; with no flags and no escape character, that is
 * the text after the keyword less the whitespace around it (dockerfile-ast's whitespace: space,
 * tab, CR, LF). Otherwise getRawArgumentsContent reads it in one scan.
 */
function argumentsText(node: AstInstruction, range: AstRange, flags: Flag[], doc: Doc, base: number, escape: string): string | null {
  if (range.start.line !== range.end.line) return node.getArgumentsContent();
  if (!flags.length) {
    const lineStart = doc.starts[base + range.start.line]!;
    const after = doc.text.slice(lineStart + node.getInstructionRange().end.character, lineStart + range.end.character);
    if (!after.includes(escape)) return trimAstWhitespace(after);
  }
  return node.getRawArgumentsContent();
}

function trimAstWhitespace(s: string): string {
  const ws = (c: number) => c === 32 || c === 9 || c === 13 || c === 10;
  let a = 0;
  let b = s.length;
  while (a < b && ws(s.charCodeAt(a))) a++;
  while (b > a && ws(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

function readHeredocs(node: AstInstruction, lines: string[], range: AstRange, base: number): Heredoc[] {
  const getHeredocs = (node as unknown as { getHeredocs?: () => AstHeredoc[] }).getHeredocs;
  if (!getHeredocs) return [];
  // dockerfile-ast's heredoc scan is costly; most instructions have no "<<" at all.
  let marker = false;
  for (let i = base + range.start.line; i <= base + range.end.line && !marker; i++) marker = (lines[i] ?? '').includes('<<');
  if (!marker) return [];
  const firstLineText = lines[base + range.start.line] ?? '';
  return getHeredocs.call(node).map((h) => {
    const name = h.getName();
    const r = h.getContentRange();
    const body: string[] = [];
    if (r) for (let i = base + r.start.line; i <= base + r.end.line; i++) body.push(lines[i] ?? '');
    const m = new RegExp(`<<(-?)(["']?)${escapeRe(name)}\\2`).exec(firstLineText);
    const chomp = m?.[1] === '-';
    return {
      name,
      content: body.map((l) => (chomp ? l.replace(/^\t+/, '') : l) + '\n').join(''),
      expand: !m?.[2],
      chomp,
    };
  });
}

function nameValues(keyword: string, body: string, words: string[], line: number): [string, string][] {
  if (words.length === 0) throw new ParseError(`${keyword} requires at least one argument`, line);
  if (!words[0]!.includes('=')) {
    // Legacy "ENV NAME value with spaces": the rest of the line is the value.
    const name = words[0]!;
    const value = body.trim().slice(name.length).trim();
    if (!value) throw new LineParseError(`${keyword} must have two arguments`, line);
    return [[name, value]];
  }
  return words.map((w) => {
    const eq = w.indexOf('=');
    if (eq < 0) throw new LineParseError(`Syntax error - can't find = in "${w}". Must be of the form: name=value`, line);
    if (eq === 0) throw new ParseError(`${keyword} names can not be blank`, line);
    return [w.slice(0, eq), w.slice(eq + 1)];
  });
}

/** BuildKit's exec form: a JSON array of strings, else null (shell form). */
export function parseJsonArray(text: string): string[] | null {
  const t = text.trim();
  if (!t.startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    /* not JSON: shell form */
  }
  return null;
}

function firstLine(text: string): string {
  const i = text.indexOf('\n');
  return i < 0 ? text : text.slice(0, i);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export { WordError };
