// secret-in-env: an ENV whose value is a credential. ENV values are saved in the image config
// (`docker inspect` → Config.Env) and in the history (`ENV NAME=value`), and every container
// started from the image sees them.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { describeHits, redact } from './secret-patterns';
import { leaks } from './secret-scan';

export const secretInEnv: FindingRule = (ctx) => {
  const out: Finding[] = [];
  for (const e of leaks(ctx).env) {
    if (e.where !== 'image') continue;
    out.push({
      rule: 'secret-in-env',
      severity: 'error',
      message: `ENV ${e.name} at line ${e.line} puts ${describeHits(e.hits)} in the image config: \`docker inspect\` shows Config.Env "${e.name}=${redact(e.value)}", \`docker history\` shows the ENV line, and every container started from the image has it in its environment.`,
      line: e.line,
      surface: 'image config',
      ...(e.stage !== null ? { stage: e.stage } : {}),
      field: 'Env',
      fix: `Remove ${e.name} from the ENV at line ${e.line}. If a build step needs it, mount it as a secret for that step only (\`RUN --mount=type=secret,id=${e.name.toLowerCase()} ${e.name}=$(cat /run/secrets/${e.name.toLowerCase()}) <command>\`, built with \`docker build --secret id=${e.name.toLowerCase()},env=${e.name} .\`); if the app needs it at run time, pass it when the container starts (\`docker run -e ${e.name} IMAGE\` or your orchestrator's secrets). Rotate it if the image was ever pushed.`,
    });
  }
  return out;
};
