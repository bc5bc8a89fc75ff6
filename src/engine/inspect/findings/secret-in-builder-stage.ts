// secret-in-builder-stage: a credential that only a builder stage holds (a file in one of its
// layers, an ENV, a build argument or a literal in a RUN command). It does not ship in the final
// image, but it stays in the builder's layers and history: in the build cache, in exported cache
// (--cache-to ...,mode=max exports every stage), and in any image built with --target that stage.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { describeHits, redact } from './secret-patterns';
import { at, fileFix, lineAndText, mountAdvice, mountLine, stageLabel, stageWords } from './secret-advice';
import { leaks } from './secret-scan';

const why = (stage: string) =>
  `It does not reach the final image, but it stays in that stage's layers and history: ${/^stage-\d+$/.test(stage) ? 'in the build cache and in exported cache (`--cache-to ...,mode=max` exports every stage)' : `in the build cache, in exported cache (\`--cache-to ...,mode=max\` exports every stage), and in any image built with \`--target ${stage}\``}.`;

export const secretInBuilderStage: FindingRule = (ctx) => {
  const a = leaks(ctx);
  const out: Finding[] = [];
  const push = (f: Omit<Finding, 'rule' | 'severity' | 'surface'>) => out.push({ rule: 'secret-in-builder-stage', severity: 'info', surface: 'builder stage', ...f });
  for (const f of a.files) {
    if (f.where !== 'builder') continue;
    const stage = stageLabel(ctx, f.stage);
    const words = stageWords(ctx, f.stage);
    const gone = f.hiddenBy ? `; ${at(f.hiddenBy.line)} ${f.hiddenBy.how === 'deleted' ? 'deletes' : 'replaces'} it, which does not take it out of the layer below` : '';
    const mounted = f.mounted.length ? ` It is the secret "${f.mounted[0]!.secretId}" mounted${mountLine(ctx, f.mounted[0]!.secretId!) !== null ? ` at line ${mountLine(ctx, f.mounted[0]!.secretId!)}` : ''}, copied out of its mount.` : '';
    push({
      message: `${cap(words)} writes ${f.path} at ${lineAndText(f.madeAt?.line ?? f.line, f.madeAt ? '' : f.writer.text)}, and it holds ${describeHits(f.hits)}${gone}.${mounted} ${why(stage)}`,
      line: f.line,
      ...(f.stage !== null ? { stage: f.stage } : {}),
      path: f.path,
      fix: f.mounted.length
        ? `Read /run/secrets/${f.mounted[0]!.secretId} inside the RUN that mounts it, or mount it where the tool expects it with \`target=${f.path}\`, instead of copying it (${at(f.line)}).`
        : f.writer.kind === 'context' || f.hits.every((h) => h.kind === 'known-value')
          ? fileFix(ctx, f)
          : `In ${words}, ${mountAdvice(f.path)}.`,
    });
  }
  for (const e of a.env) {
    if (e.where !== 'builder') continue;
    const stage = stageLabel(ctx, e.stage);
    const words = stageWords(ctx, e.stage);
    push({
      message: `${cap(words)} sets ENV ${e.name} (line ${e.line}) to ${describeHits(e.hits)}. ${why(stage)}`,
      line: e.line,
      ...(e.stage !== null ? { stage: e.stage } : {}),
      field: 'Env',
      fix: `Remove the ENV at line ${e.line}; mount the value as a secret in the RUN that needs it: \`RUN --mount=type=secret,id=${e.name.toLowerCase()} ${e.name}=$(cat /run/secrets/${e.name.toLowerCase()}) <command>\`.`,
    });
  }
  for (const g of a.args) {
    if (g.where !== 'builder') continue;
    const stage = stageLabel(ctx, g.stage);
    const words = stageWords(ctx, g.stage);
    const where = g.runLines.length ? `the history of the RUN at ${g.runLines.length === 1 ? 'line' : 'lines'} ${g.runLines.join(', ')} records \`${g.name}=${redact(g.value)}\`` : `its default \`ARG ${g.name}=${redact(g.value)}\` is in the stage's history`;
    push({
      message: `In ${words}, the build argument ${g.name} (line ${g.line}) holds ${describeHits(g.hits)}: ${where}. ${why(stage)}`,
      line: g.line,
      ...(g.stage !== null ? { stage: g.stage } : {}),
      field: 'history',
      fix: `Replace \`ARG ${g.name}\` (line ${g.line}) with a secret mount on the RUN that needs it: \`RUN --mount=type=secret,id=${g.name.toLowerCase()} ${g.name}=$(cat /run/secrets/${g.name.toLowerCase()}) <command>\`, built with \`docker build --secret id=${g.name.toLowerCase()},env=${g.name} .\`.`,
    });
  }
  for (const c of a.commands) {
    if (c.where !== 'builder') continue;
    const stage = stageLabel(ctx, c.stage);
    const words = stageWords(ctx, c.stage);
    push({
      message: `In ${words}, the RUN at line ${c.line} has ${describeHits(c.hits)} written in its command, which that stage's history keeps. ${why(stage)}`,
      line: c.line,
      ...(c.stage !== null ? { stage: c.stage } : {}),
      field: 'history',
      fix: `Take the credential out of the command at line ${c.line}: \`RUN --mount=type=secret,id=token TOKEN=$(cat /run/secrets/token) <command using $TOKEN>\`. Rotate it: the Dockerfile itself holds it.`,
    });
  }
  return out;
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
