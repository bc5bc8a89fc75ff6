// Shell word expansion: parameters, tilde, field splitting and pathname globbing against the
// step's filesystem. Forms the simulator does not model raise UnsupportedExpansion.
import type { Fs } from '../fs/view';
import { join, resolve } from '../fs/path';
import type { Word } from './syntax';

export class UnsupportedExpansion extends Error {}

export interface ExpandContext {
  env: Map<string, string>;
  cwd: string;
  fs: Fs;
  home: string;
  /** Runs a command substitution; its stdout with trailing newlines removed. */
  substitute(script: string): string;
}

/** One word to one string (no splitting, no globbing): assignments, redirection targets. */
export function expandWord(word: Word, ctx: ExpandContext): string {
  return word.map((p) => (p.subst !== undefined ? ctx.substitute(p.subst) : p.quoted === 'single' ? p.text : params(p.text, ctx.env, p.quoted === 'double'))).join('');
}

/** What makes unquoted text more than itself: parameters, a leading ~, glob characters. */
const PLAIN_NOT = /[$~*?[]/;

/** Words to argv: unquoted expansions split on IFS and glob. */
export function expandWords(words: Word[], ctx: ExpandContext): string[] {
  const out: string[] = [];
  for (const word of words) {
    // Most words are plain text (a command name, a path): nothing to expand, split or glob.
    if (word.length === 1 && word[0]!.subst === undefined) {
      const p = word[0]!;
      if (p.quoted === 'single' || (p.quoted === 'none' && !PLAIN_NOT.test(p.text))) {
        out.push(p.text);
        continue;
      }
    }
    // Build fields: a field boundary appears where an unquoted expansion holds whitespace.
    const fields: { text: string; glob: boolean }[] = [{ text: '', glob: false }];
    let any = false;
    word.forEach((p, i) => {
      if (p.quoted === 'single') {
        fields[fields.length - 1]!.text += p.text;
        any = true;
        return;
      }
      if (p.subst !== undefined) {
        const out = ctx.substitute(p.subst);
        if (p.quoted === 'double') {
          fields[fields.length - 1]!.text += out;
          any = true;
          return;
        }
        const parts = out.split(/[ \t\n]+/).filter((x, k, all) => x !== '' || (k > 0 && k < all.length - 1));
        parts.forEach((part, k) => {
          if (k > 0) fields.push({ text: '', glob: false });
          fields[fields.length - 1]!.text += part;
        });
        if (parts.length) any = true;
        return;
      }
      let text = p.quoted === 'double' ? params(p.text, ctx.env, true) : params(tilde(p.text, i, ctx.home), ctx.env, false);
      if (p.quoted === 'double') {
        fields[fields.length - 1]!.text += text;
        any = true;
        return;
      }
      const hasExpansion = p.text.includes('$');
      if (hasExpansion && /[ \t\n]/.test(text)) {
        const parts = text.split(/[ \t\n]+/);
        parts.forEach((part, k) => {
          if (k > 0) fields.push({ text: '', glob: false });
          const f = fields[fields.length - 1]!;
          f.text += part;
          if (/[*?[]/.test(part)) f.glob = true;
        });
        any = true;
        return;
      }
      if (text !== '' || !hasExpansion) any = true;
      if (/[*?[]/.test(text)) fields[fields.length - 1]!.glob = true;
      text = text.replace(/\\\$/g, '$');
      fields[fields.length - 1]!.text += text;
    });
    if (!any) continue;
    for (const f of fields) {
      if (f.text === '' && fields.length > 1) continue;
      if (f.glob) {
        const matches = glob(f.text, ctx);
        if (matches.length) {
          out.push(...matches);
          continue;
        }
      }
      out.push(f.text);
    }
  }
  return out;
}

function tilde(text: string, index: number, home: string): string {
  if (index !== 0 || !text.startsWith('~')) return text;
  return text === '~' || text.startsWith('~/') ? home + text.slice(1) : text;
}

/** $NAME ${NAME} ${NAME:-w} ${NAME-w} ${NAME:+w} ${NAME+w} ${NAME:=w} ${#NAME} $? $$ */
function params(text: string, env: Map<string, string>, quoted: boolean): string {
  if (!text.includes('$')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '$') {
      out += quoted ? '$' : '\\$';
      i++;
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    const rest = text.slice(i + 1);
    let m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (m) {
      out += env.get(m[0]) ?? '';
      i += m[0].length;
      continue;
    }
    if (/^[?$#!@*0-9-]/.test(rest)) {
      const ch = rest[0]!;
      if (ch === '?') out += '0';
      else if (ch === '0') out += '/bin/sh';
      else if (ch === '#') out += '0';
      else if (ch === '$') out += '1';
      i++;
      continue;
    }
    if (rest.startsWith('{')) {
      const end = rest.indexOf('}');
      const inner = rest.slice(1, end);
      i += end + 1;
      if ((m = /^#([A-Za-z_][A-Za-z0-9_]*)$/.exec(inner))) {
        out += String((env.get(m[1]!) ?? '').length);
        continue;
      }
      m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+=?])(.*))?$/s.exec(inner);
      if (!m) throw new UnsupportedExpansion(`the parameter expansion \${${inner}}`);
      const value = env.get(m[1]!);
      const op = m[2];
      const word = params(m[3] ?? '', env, quoted);
      const set = op?.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
      if (!op) out += value ?? '';
      else if (op.endsWith('-')) out += set ? value! : word;
      else if (op.endsWith('+')) out += set ? word : '';
      else if (op.endsWith('=')) {
        if (!set) env.set(m[1]!, word);
        out += set ? value! : word;
      } else out += set ? value! : '';
      continue;
    }
    out += '$';
  }
  return out;
}

/** Pathname expansion: each segment with * ? [ ] matches names in that directory (no dotfiles). */
function glob(pattern: string, ctx: ExpandContext): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter(Boolean);
  let current: string[] = [absolute ? '/' : ctx.cwd];
  let shown: string[] = [absolute ? '/' : ''];
  for (const seg of segments) {
    const next: string[] = [];
    const nextShown: string[] = [];
    const re = /[*?[]/.test(seg) ? segmentRegExp(seg) : null;
    current.forEach((dir, k) => {
      const prefix = shown[k]!;
      const join2 = (name: string) => (prefix === '' ? name : prefix.endsWith('/') ? prefix + name : prefix + '/' + name);
      if (!re) {
        const p = join(dir, seg);
        if (ctx.fs.has(ctx.fs.realpath(p))) {
          next.push(p);
          nextShown.push(join2(seg));
        }
        return;
      }
      const real = ctx.fs.realpath(dir);
      for (const name of ctx.fs.list(real)) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue;
        if (re.test(name)) {
          next.push(join(dir, name));
          nextShown.push(join2(name));
        }
      }
    });
    current = next;
    shown = nextShown;
    if (!current.length) return [];
  }
  void resolve;
  return shown;
}

export function segmentRegExp(seg: string): RegExp {
  let re = '^';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = seg.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let cls = seg.slice(i + 1, end);
        if (cls.startsWith('!') || cls.startsWith('^')) cls = '^' + cls.slice(1);
        re += '[' + cls.replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else if (c === '\\' && i + 1 < seg.length) re += '\\' + seg[++i];
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(re + '$');
}
