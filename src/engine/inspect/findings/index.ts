// The finding rules (secret leaks, "will it run?"). Each rule is one module listed here.
import type { Finding } from '../../types';
import type { FindingRule, InspectContext } from './context';
import { redact, scanNamedValue } from './secret-patterns';
import { leaks } from './secret-scan';
import { caCertificatesMissing } from './ca-certificates-missing';
import { dynamicBinaryWithoutLibc } from './dynamic-binary-without-libc';
import { entrypointMissing } from './entrypoint-missing';
import { jarWithoutJre } from './jar-without-jre';
import { mountedSecretCopied } from './mounted-secret-copied';
import { nativeModuleLibcMismatch } from './native-module-libc-mismatch';
import { nodeModulesMissing } from './node-modules-missing';
import { nodeRuntimeMissing } from './node-runtime-missing';
import { secretBuildArgProvenance } from './secret-build-arg-provenance';
import { secretFileInImage } from './secret-file-in-image';
import { secretInBuildArg } from './secret-in-build-arg';
import { secretInBuilderStage } from './secret-in-builder-stage';
import { secretInDeletedLayer } from './secret-in-deleted-layer';
import { secretInEnv } from './secret-in-env';
import { secretInLabel } from './secret-in-label';
import { secretInRunCommand } from './secret-in-run-command';
import { userMissing } from './user-missing';
import { venvInterpreterMissing } from './venv-interpreter-missing';

const rules: FindingRule[] = [
  // Secret leaks, image surfaces first.
  secretFileInImage,
  secretInDeletedLayer,
  mountedSecretCopied,
  secretInEnv,
  secretInBuildArg,
  secretInLabel,
  secretInRunCommand,
  secretInBuilderStage,
  secretBuildArgProvenance,
  // Will it run?
  entrypointMissing,
  nodeRuntimeMissing,
  jarWithoutJre,
  venvInterpreterMissing,
  dynamicBinaryWithoutLibc,
  nativeModuleLibcMismatch,
  nodeModulesMissing,
  caCertificatesMissing,
  userMissing,
];

export function collectFindings(ctx: InspectContext): Finding[] {
  const findings = rules.flatMap((rule) => rule(ctx));
  // Messages quote Dockerfile lines and paths; a secret must never be echoed back in full.
  const secrets = knownSecrets(ctx);
  if (!secrets.length) return findings;
  const hide = (text: string) => secrets.reduce((t, s) => (t.includes(s) ? t.split(s).join(redact(s)) : t), text);
  return findings.map((f) => ({ ...f, message: hide(f.message), fix: hide(f.fix) }));
}

/** Every secret string the build is known to hold, longest first. */
function knownSecrets(ctx: InspectContext): string[] {
  const out = new Set<string>();
  for (const v of ctx.secrets.values()) if (v.trim().length >= 6) out.add(v.trim());
  for (const [k, v] of ctx.buildArgs) if (scanNamedValue(k, v, ctx.secrets).length && v.trim().length >= 6) out.add(v.trim());
  const a = leaks(ctx);
  for (const list of [a.files, a.env, a.labels, a.args, a.commands]) {
    for (const l of list) for (const h of l.hits) if (!h.sig.startsWith('pk:') && !h.sig.startsWith('path:') && h.sig.length >= 6) out.add(h.sig);
  }
  return [...out].sort((x, y) => y.length - x.length);
}
