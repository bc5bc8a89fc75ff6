// mounted-secret-copied: a secret mounted with RUN --mount=type=secret (which never reaches a
// layer by itself) copied to a path in the image: `cp /run/secrets/token /app/token`, or
// `cat /run/secrets/x > file`. The mount did its job; the copy undid it.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { describeHits } from './secret-patterns';
import { at, lineAndText, mountLine } from './secret-advice';
import { leaks } from './secret-scan';

export const mountedSecretCopied: FindingRule = (ctx) => {
  const out: Finding[] = [];
  for (const f of leaks(ctx).files) {
    if (f.where === 'builder' || !f.mounted.length) continue;
    const ids = [...new Set(f.mounted.map((h) => h.secretId!))];
    const id = ids[0]!;
    const mountedAt = mountLine(ctx, id);
    const secrets = ids.map((i) => `"${i}"`).join(', ');
    const where = f.where === 'live'
      ? `anyone who pulls the image can read ${f.path} (layer ${f.layer})`
      : `${f.hiddenBy ? `${at(f.hiddenBy.line)} ${f.hiddenBy.how === 'deleted' ? 'deletes' : 'replaces'} it, but ` : ''}its bytes stay in layer ${f.layer}, where \`docker save\` or dive recovers them`;
    const others = f.hits.filter((h) => !f.mounted.includes(h));
    const copied = f.madeAt && f.writer.kind === 'stage'
      ? `line ${f.madeAt.line} writes its value into a file of stage ${f.writer.from}, and ${lineAndText(f.line, f.writer.text)} copies that file into the final image`
      : `${lineAndText(f.line, f.writer.text)} writes its value into ${f.path}`;
    out.push({
      rule: 'mounted-secret-copied',
      severity: 'error',
      message: `The secret ${secrets} is mounted with --mount=type=secret${mountedAt !== null ? ` at line ${mountedAt}` : ''} (so it never reaches a layer by itself), but ${copied}: ${where}.${others.length ? ` The file also holds ${describeHits(others)}.` : ''}`,
      line: f.madeAt?.line ?? f.line,
      surface: f.where === 'live' ? 'image filesystem' : 'image layer',
      ...((f.madeAt ? f.madeAt.stage : f.stage) !== null ? { stage: (f.madeAt ? f.madeAt.stage : f.stage)! } : {}),
      ...(f.layer !== null ? { layer: f.layer } : {}),
      path: f.path,
      fix: `Use the secret where it is mounted, in the one RUN that needs it, and never copy it out: read /run/secrets/${id} in that command (for example \`RUN --mount=type=secret,id=${id} TOKEN=$(cat /run/secrets/${id}) ./fetch-deps\`), or mount it straight where the tool looks for it with \`target=\` (\`RUN --mount=type=secret,id=${id},target=${f.path} <command>\`). Rotate the secret if this image was ever pushed.`,
    });
  }
  return out;
};
