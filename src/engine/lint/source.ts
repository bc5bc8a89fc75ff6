// The Dockerfile as BuildKit's line parser reads it (frontend/dockerfile/parser/parser.go): what
// the typed instructions no longer carry — the keyword as written, the words of the logical
// line, the comments right above an instruction, empty lines inside a continuation.
import type { Instruction } from '../parse/instructions';
import { parseDirectives } from './directives';
import type { LintInput } from './types';

export interface RawInstruction {
  /** The keyword as written: "from", "Run". */
  keyword: string;
  /** The words after the keyword and its --flags, split on whitespace as written (quotes kept). */
  args: string[];
  /** BuildKit's PrevComment: the comments right above, text after '#' trimmed. */
  comments: string[];
  /** Where BuildKit reports an empty line inside this instruction's continuation, or null. */
  emptyContinuationAt: number | null;
}

export interface Source {
  lines: string[];
  raw(ins: Instruction): RawInstruction;
  /** Comment lines outside instructions: 1-based line → the text after '#'. */
  comments: Map<number, string>;
}

const cache = new WeakMap<LintInput, Source>();

export function source(input: LintInput): Source {
  let s = cache.get(input);
  if (!s) cache.set(input, (s = readSource(input)));
  return s;
}

function readSource(input: LintInput): Source {
  const lines = input.text.replace(/^\uFEFF/, '').split('\n').map((l) => (l.charCodeAt(l.length - 1) === 13 ? l.slice(0, -1) : l));
  const esc = input.parsed.escape.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const continuation = new RegExp(`([^${esc}])${esc}[ \\t]*$|^${esc}[ \\t]*$`);
  const directiveLines = new Set(parseDirectives(input.text).map((d) => d.line));
  const isComment = (l: string) => /^\s*#/.test(l);

  const byStart = new Map<number, Instruction>();
  for (const ins of input.parsed.instructions) byStart.set(ins.line, ins);

  // PrevComment: comment lines gather until an instruction takes them; an empty comment ("#")
  // or a blank line starts over (the InvalidDefinitionDescription docs: "add an empty line or
  // comment between"); directive lines are not comments.
  const prev = new Map<Instruction, string[]>();
  const comments = new Map<number, string>();
  let pending: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const ins = byStart.get(i + 1);
    if (ins) {
      prev.set(ins, pending);
      pending = [];
      i = Math.max(i, ins.endLine - 1);
      continue;
    }
    const l = lines[i]!;
    if (isComment(l)) {
      comments.set(i + 1, l.replace(/^\s*#/, ''));
      if (directiveLines.has(i + 1)) continue;
      const c = l.slice(1).trim();
      if (c === '') pending = [];
      else pending.push(c);
    } else if (l.trim() === '') {
      pending = [];
    }
  }

  const raws = new Map<Instruction, RawInstruction>();
  const raw = (ins: Instruction): RawInstruction => {
    let r = raws.get(ins);
    if (r) return r;
    let i = ins.line - 1;
    let text = (lines[i] ?? '').replace(/^\s+/, '');
    let more = continuation.test(text);
    if (more) text = text.replace(continuation, '$1');
    let empty = false;
    while (more && i + 1 < lines.length && i + 1 < ins.endLine) {
      i++;
      const l = lines[i]!;
      if (isComment(l)) continue;
      if (l.trim() === '') {
        empty = true;
        continue;
      }
      more = continuation.test(l);
      text += more ? l.replace(continuation, '$1') : l;
    }
    r = new RawLine(text, prev.get(ins) ?? [], empty ? i + 1 : null);
    raws.set(ins, r);
    return r;
  };
  return { lines, raw, comments };
}

/**
 * parser.splitCommand + extractBuilderFlags: the keyword, and the words after the leading
 * --flags. Every instruction's keyword is read; its words only by the few rules that need them.
 */
class RawLine implements RawInstruction {
  readonly keyword: string;
  private readonly rest: string;
  private words: string[] | null = null;

  constructor(
    line: string,
    readonly comments: string[],
    readonly emptyContinuationAt: number | null,
  ) {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(line.trim());
    this.keyword = m ? m[1]! : '';
    this.rest = m ? m[2]! : '';
  }

  get args(): string[] {
    return (this.words ??= wordsAfterFlags(this.rest));
  }
}

function wordsAfterFlags(rest: string): string[] {
  // Leading --flags, whose values may be quoted.
  for (;;) {
    if (!rest.startsWith('--')) break;
    let j = 0;
    let quote = '';
    for (; j < rest.length; j++) {
      const ch = rest[j]!;
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (/\s/.test(ch)) break;
    }
    rest = rest.slice(j).replace(/^\s+/, '');
  }
  return rest.split(/[\t\v\f\r ]+/).filter(Boolean);
}
