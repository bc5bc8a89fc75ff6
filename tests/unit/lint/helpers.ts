// Lint a Dockerfile the way src/engine/index.ts does: parse, plan (null when planning fails),
// then run the registered rules.
import { planBuild, type BuildPlan } from '../../../src/engine/build/plan';
import { lint, rules } from '../../../src/engine/lint';
import type { LintImage, LintInput } from '../../../src/engine/lint/types';
import { parseDockerfile } from '../../../src/engine/parse/parse';
import { processWord } from '../../../src/engine/parse/words';
import type { LintFinding } from '../../../src/engine/types';

export interface LintOptions {
  target?: string;
  dockerignore?: string;
  images?: Record<string, LintImage>;
  platform?: string;
}

export function input(text: string, opts: LintOptions = {}): LintInput {
  const parsed = parseDockerfile(text);
  const [os = 'linux', arch = 'amd64', variant = ''] = (opts.platform ?? 'linux/amd64').split('/');
  const p = [os, arch, variant].filter(Boolean).join('/');
  const meta = new Map<string, string>([
    ['TARGETPLATFORM', p], ['TARGETOS', os], ['TARGETARCH', arch], ['TARGETVARIANT', variant],
    ['BUILDPLATFORM', p], ['BUILDOS', os], ['BUILDARCH', arch], ['BUILDVARIANT', variant],
  ]);
  for (const ins of parsed.instructions) {
    if (ins.keyword === 'FROM') break;
    if (ins.keyword !== 'ARG') continue;
    for (const a of ins.args) {
      if (a.value === null) meta.delete(a.name);
      else meta.set(a.name, processWord(a.value, (n) => meta.get(n), parsed.escape));
    }
  }
  let plan: BuildPlan | null = null;
  try {
    plan = planBuild(parsed.instructions, meta, opts.target);
  } catch {
    plan = null;
  }
  return { parsed, plan, text, dockerignore: opts.dockerignore, images: opts.images, platform: opts.platform };
}

/** Every finding of the registry (directives and pragmas honoured). */
export function lintOf(text: string, opts: LintOptions = {}): LintFinding[] {
  return lint(input(text, opts));
}

/** The findings of one rule: [line, message] pairs (endLine added when it differs). */
export function hits(rule: string, text: string, opts: LintOptions = {}): (string | number)[][] {
  return lintOf(text, opts)
    .filter((f) => f.rule === rule)
    .map((f) => (f.endLine === f.line ? [f.line, f.message] : [f.line, f.endLine, f.message]));
}

export function ruleById(id: string) {
  const r = rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}
