// secret-file-in-image: a credential file (or a file holding a credential) that ships in the
// final image, readable by anyone who pulls it. A --secret value copied out of its mount is
// mounted-secret-copied instead.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { describeHits } from './secret-patterns';
import { fileFix, lineAndText } from './secret-advice';
import { leaks } from './secret-scan';

export const secretFileInImage: FindingRule = (ctx) => {
  const out: Finding[] = [];
  for (const f of leaks(ctx).files) {
    if (f.where !== 'live' || f.mounted.length) continue;
    const from = f.writer.kind === 'stage' ? `, copied from stage ${f.writer.from}${f.madeAt ? ` where line ${f.madeAt.line} made it` : ''}` : '';
    out.push({
      rule: 'secret-file-in-image',
      severity: 'error',
      message: `${f.path} is in the final image (layer ${f.layer}, written by ${lineAndText(f.line, f.writer.text)}${from}) and holds ${describeHits(f.hits)}. Anyone who pulls the image can read it, for example with \`docker run --rm IMAGE cat ${f.path}\`.`,
      line: f.line,
      surface: 'image filesystem',
      ...(f.stage !== null ? { stage: f.stage } : {}),
      ...(f.layer !== null ? { layer: f.layer } : {}),
      path: f.path,
      fix: fileFix(ctx, f),
    });
  }
  return out;
};
