// secret-in-deleted-layer: a credential file a later layer deletes or replaces. The later layer
// only adds a whiteout (or a new version) on top; the bytes still ship in the lower layer, and
// `docker save` or dive recovers them.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { describeHits } from './secret-patterns';
import { at, fileFix, lineAndText } from './secret-advice';
import { leaks } from './secret-scan';

export const secretInDeletedLayer: FindingRule = (ctx) => {
  const out: Finding[] = [];
  for (const f of leaks(ctx).files) {
    if (f.where !== 'hidden' || f.mounted.length) continue;
    const how = f.hiddenBy
      ? `${at(f.hiddenBy.line) || 'a later step'} ${f.hiddenBy.how === 'deleted' ? 'deletes' : 'replaces'} ${f.path}`
      : `${f.path} is no longer visible in the final filesystem`;
    out.push({
      rule: 'secret-in-deleted-layer',
      severity: 'error',
      message: `${how}, but its bytes are still in layer ${f.layer}, written by ${lineAndText(f.line, f.writer.text)}: a later layer only hides a file, it cannot take it out of the layer below. \`docker save\` (or dive) shows ${f.path} and ${describeHits(f.hits)} to anyone who pulls the image.`,
      line: f.line,
      surface: 'image layer',
      ...(f.stage !== null ? { stage: f.stage } : {}),
      ...(f.layer !== null ? { layer: f.layer } : {}),
      path: f.path,
      fix: `${fileFix(ctx, f)} Deleting it in a later step never helps; a file created and deleted inside one RUN never reaches a layer, but a secret mount is simpler.`,
    });
  }
  return out;
};
