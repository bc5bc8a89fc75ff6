// secret-in-run-command: a credential written literally in a RUN command. The history keeps the
// command text as written (`docker history --no-trunc`), whatever the command did with it.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { describeHits } from './secret-patterns';
import { leaks } from './secret-scan';

export const secretInRunCommand: FindingRule = (ctx) => {
  const out: Finding[] = [];
  for (const c of leaks(ctx).commands) {
    if (c.where !== 'image') continue;
    out.push({
      rule: 'secret-in-run-command',
      severity: 'error',
      message: `The RUN at line ${c.line} has ${describeHits(c.hits)} written in its command. The image history keeps every RUN command as written, so \`docker history --no-trunc\` shows it to anyone who pulls the image, even if the command leaves no file behind.`,
      line: c.line,
      surface: 'image history',
      ...(c.stage !== null ? { stage: c.stage } : {}),
      ...(c.layer !== null ? { layer: c.layer } : {}),
      field: 'history',
      fix: `Take the credential out of the command at line ${c.line}: mount it as a secret for that RUN only (\`RUN --mount=type=secret,id=token TOKEN=$(cat /run/secrets/token) <command using $TOKEN>\`, built with \`docker build --secret id=token,env=TOKEN .\`). Rotate it: it is already in the Dockerfile and in any image built from it.`,
    });
  }
  return out;
};
