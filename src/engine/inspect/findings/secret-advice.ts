// Wording shared by the secret rules: how to name a stage, a line and an instruction, and what
// to do instead of writing a credential into a layer (per kind of file and per instruction).
import type { InspectContext } from './context';
import type { FileLeak, Writer } from './secret-scan';

export function stageLabel(ctx: InspectContext, stage: number | null): string {
  if (stage === null) return 'the base image';
  return ctx.plan.stages[stage]?.name ?? `stage-${stage}`;
}

/** "stage build" / "stage 0" (an unnamed stage by its index, as COPY --from=0 names it). */
export function stageWords(ctx: InspectContext, stage: number | null): string {
  if (stage === null) return 'the base image';
  const name = ctx.plan.stages[stage]?.name;
  return name ? `stage ${name}` : `stage ${stage}`;
}

/** `RUN cp /run/secrets/…` shortened for a message. */
export function quote(text: string, max = 70): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return '`' + (one.length > max ? one.slice(0, max - 1) + '…' : one) + '`';
}

export function at(line: number | null): string {
  return line === null ? '' : `line ${line}`;
}

/** "line 7 (`COPY . .`)". */
export function lineAndText(line: number | null, text: string): string {
  if (line === null) return text ? quote(text) : 'an earlier step';
  return text ? `line ${line} (${quote(text)})` : `line ${line}`;
}

/** The first RUN that mounted secret `id`. */
export function mountLine(ctx: InspectContext, id: string): number | null {
  return ctx.steps.find((s) => s.secrets.includes(id))?.line ?? null;
}

function base(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The secret mount that replaces writing this kind of file. */
export function mountAdvice(path: string): string {
  const name = base(path);
  if (name === '.npmrc') {
    return `mount it only for the command that needs it: \`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\`, built with \`docker build --secret id=npmrc,src=$HOME/.npmrc .\``;
  }
  if (/^id_(rsa|dsa|ecdsa|ed25519)/.test(name) || name === 'known_hosts') {
    return 'forward your SSH agent only for the step that clones: `RUN --mount=type=ssh git clone git@github.com:org/repo.git`, built with `docker build --ssh default .`';
  }
  if (/\/\.aws\//.test(path)) {
    return 'mount it only for the command that needs it: `RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp …`, built with `docker build --secret id=aws,src=$HOME/.aws/credentials .`';
  }
  if (/\/\.docker\/config\.json$/.test(path)) {
    return 'mount it only for the step that talks to the registry: `RUN --mount=type=secret,id=dockerconfig,target=/root/.docker/config.json …`';
  }
  if (/^\.env/.test(name)) {
    return 'give the values to the container when it starts (`docker run --env-file .env IMAGE`); if a build step needs one, mount the file for that step only: `RUN --mount=type=secret,id=env,target=/app/.env …`';
  }
  return `mount it only for the command that needs it: \`RUN --mount=type=secret,id=${idFor(name)},target=${path} <command>\`, built with \`docker build --secret id=${idFor(name)},src=<file> .\``;
}

function idFor(name: string): string {
  const id = name.replace(/^\.+/, '').replace(/[^A-Za-z0-9_-]+/g, '_').toLowerCase();
  return id || 'secret';
}

/** How the running container should get the file instead (only kinds an app reads at run time). */
function runtimeAdvice(path: string): string {
  const name = base(path);
  if (/^\.env/.test(name)) return '';
  if (/^id_(rsa|dsa|ecdsa|ed25519)/.test(name) || name === '.npmrc' || name === '.git-credentials' || name === '.netrc' || name === '.pypirc' || /\/\.docker\//.test(path)) return '';
  return ` If the app reads it at run time, give it to the container when it starts (a volume, or your orchestrator's secrets).`;
}

/** What to change so that this file never reaches a layer. */
export function fileFix(ctx: InspectContext, leak: FileLeak): string {
  const w: Writer = leak.writer;
  const line = leak.line;
  const name = base(leak.path);
  // A build output that holds an ARG/ENV secret's value: the step that wrote it expanded it.
  if (leak.hits.every((h) => h.kind === 'known-value')) {
    const madeAt = leak.madeAt?.line ?? line;
    return `Line ${madeAt} writes a secret's value into ${w.kind === 'stage' ? 'a file that ' + at(line) + ' copies into the image' : leak.path}: keep credentials out of build outputs. Pass the credential as a secret mount to the one RUN that needs it (\`RUN --mount=type=secret,id=token TOKEN=$(cat /run/secrets/token) <command>\`) and make sure that command does not print or save it. Rotate it if this image was ever pushed.`;
  }
  switch (w.kind) {
    case 'context':
      return `Keep ${name} out of the build context: add \`**/${name}\` to .dockerignore, and copy only what the app needs instead of ${quote(w.text)} at ${at(line)}. ${/^\.env/.test(name) ? 'Instead, ' : 'If a build step needs it, '}${mountAdvice(leak.path)}.${runtimeAdvice(leak.path)} Rotate the credential if this image was ever pushed.`;
    case 'heredoc':
      return `Do not write the credential into the Dockerfile (${at(line)} creates ${leak.path} from a heredoc): ${mountAdvice(leak.path)}. Rotate the credential: the Dockerfile itself now holds it.`;
    case 'stage':
      return `${at(line)} (${quote(w.text)}) copies ${leak.path} from stage ${w.from}: copy only the build output (for example the binary or dist/ directory), not the directory that holds ${name}; and in stage ${w.from}, ${mountAdvice(leak.path)}.`;
    case 'image':
      return `${at(line)} copies ${leak.path} from the image ${w.from}: copy only the files you need from it.`;
    case 'run':
      return `Do not write ${leak.path} in a RUN step (${at(line)}): ${mountAdvice(leak.path)}. The mounted file is never part of a layer. Rotate the credential if this image was ever pushed.`;
    default:
      return `Do not put ${name} in the image: ${mountAdvice(leak.path)}.`;
  }
}
