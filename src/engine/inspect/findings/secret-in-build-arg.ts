// secret-in-build-arg: a credential passed as a build argument. BuildKit records the value of
// every ARG in scope in the history of each RUN after it (`RUN |1 NPM_TOKEN=... /bin/sh -c ...`),
// and an ARG default is shown as `ARG NAME=value`.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { describeHits, redact } from './secret-patterns';
import { leaks } from './secret-scan';

export const secretInBuildArg: FindingRule = (ctx) => {
  const out: Finding[] = [];
  for (const a of leaks(ctx).args) {
    if (a.where !== 'image') continue;
    const runs = a.runLines.length
      ? `the history of the RUN at ${a.runLines.length === 1 ? 'line' : 'lines'} ${a.runLines.join(', ')} records it (\`RUN |… ${a.name}=${redact(a.value)} …\`)`
      : '';
    const dflt = a.inDefault ? `its default is written in the Dockerfile, and \`docker history\` shows \`ARG ${a.name}=${redact(a.value)}\`` : '';
    const id = a.name.toLowerCase();
    out.push({
      rule: 'secret-in-build-arg',
      severity: 'error',
      message: `The build argument ${a.name} (line ${a.line}) holds ${describeHits(a.hits)}: ${[dflt, runs].filter(Boolean).join('; ')}. Build arguments are not secret: anyone who pulls the image reads them with \`docker history --no-trunc\`.`,
      line: a.line,
      surface: 'image history',
      ...(a.stage !== null ? { stage: a.stage } : {}),
      ...(a.layer !== null ? { layer: a.layer } : {}),
      field: 'history',
      fix: `Replace \`ARG ${a.name}\` (line ${a.line}) with a secret mount on the RUN that needs it: \`RUN --mount=type=secret,id=${id} ${a.name}=$(cat /run/secrets/${id}) <command>\`, and build with \`docker build --secret id=${id},env=${a.name} .\` instead of --build-arg. Rotate the credential if the image was ever pushed.`,
    });
  }
  return out;
};
