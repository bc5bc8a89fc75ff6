// secret-build-arg-provenance: a credential given with --build-arg. Besides the image history
// (secret-in-build-arg), build arguments are recorded in build metadata: provenance attestations
// record the build's parameters ("Build argument values can appear in provenance", Docker docs,
// build/ci/github-actions/attestations), mode=max also the full build definition of every stage,
// and --cache-to ...,mode=max exports the layers and history of every stage, builders included.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { describeHits, scanNamedValue } from './secret-patterns';

export const secretBuildArgProvenance: FindingRule = (ctx) => {
  const out: Finding[] = [];
  for (const [name, value] of ctx.buildArgs) {
    const hits = scanNamedValue(name, value, ctx.secrets);
    if (!hits.length) continue;
    const declared = declaration(ctx, name);
    if (!declared) continue; // not consumed by any ARG: BuildKit ignores it (and warns)
    out.push({
      rule: 'secret-build-arg-provenance',
      severity: 'info',
      message: `--build-arg ${name} passes ${describeHits(hits)} into the build (ARG at line ${declared.line}, ${declared.label === null ? 'before the first FROM' : `in ${declared.label}`}). Build arguments end up in build metadata: provenance attestations (\`--provenance=mode=max\`, the default of some CI setups) record them for every stage, and \`--cache-to ...,mode=max\` exports every stage's layers and history, builders included.`,
      line: declared.line,
      surface: 'provenance and cache metadata',
      stage: declared.stage,
      field: 'history',
      fix: `Pass it as a secret instead: \`docker build --secret id=${name.toLowerCase()},env=${name} .\`, and in the Dockerfile replace \`ARG ${name}\` (line ${declared.line}) with \`RUN --mount=type=secret,id=${name.toLowerCase()} ${name}=$(cat /run/secrets/${name.toLowerCase()}) <command>\`. Secrets are never recorded in provenance or cache.`,
    });
  }
  return out;
};

/** The first ARG in a built stage (or the global scope) that declares `name`. */
function declaration(ctx: Parameters<FindingRule>[0], name: string): { line: number; stage: number; label: string | null } | null {
  for (const s of ctx.plan.stages) {
    if (!ctx.states[s.index]) continue;
    for (const ins of s.instructions) {
      if (ins.keyword === 'ARG' && ins.args.some((a) => a.name === name)) return { line: ins.line, stage: s.index, label: s.name ? `stage ${s.name}` : `stage ${s.index}` };
    }
  }
  for (const g of ctx.plan.globalArgs) {
    if (g.args.some((a) => a.name === name)) return { line: g.line, stage: ctx.plan.target, label: null };
  }
  return null;
}
