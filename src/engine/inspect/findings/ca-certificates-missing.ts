// ca-certificates-missing: a Go, Python or Java program on an image without a CA bundle — any
// HTTPS request it makes fails to verify the server. A warning: the app may never call HTTPS.
// Node.js is left out: it verifies TLS with the CA store compiled into node, unless told to use
// the system store (--use-openssl-ca / --use-system-ca in NODE_OPTIONS).
import { envFromConfig } from '../../build/state';
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { analyzeLaunch, fileAt, mayExist, targetFromLine } from './runtime';

const BUNDLES = ['/etc/ssl/certs/ca-certificates.crt', '/etc/ssl/cert.pem', '/etc/pki/tls/certs/ca-bundle.crt', '/etc/ssl/ca-bundle.pem', '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem'];

export const caCertificatesMissing: FindingRule = (ctx) => {
  const a = analyzeLaunch(ctx);
  if (!ctx.final.baseKnown || a.certainty.unknown || !a.app) return [];
  const fs = ctx.final.fs;
  const env = envFromConfig(ctx.final.config);
  const app = a.app;
  let lang: string | null = null;
  let error = '';
  if (app.descriptor?.tool === 'go') {
    lang = 'Go';
    error = 'x509: certificate signed by unknown authority';
  } else if (app.runtime === 'python') {
    // requests and friends bring their own bundle (certifi).
    if (fs.paths().some((p) => p.endsWith('/certifi/cacert.pem'))) return [];
    lang = 'Python';
    error = 'certificate verify failed: unable to get local issuer certificate';
  } else if (app.runtime === 'java') {
    if (fs.paths().some((p) => p.endsWith('/lib/security/cacerts'))) return [];
    lang = 'Java';
    error = 'PKIX path building failed: unable to find valid certification path to requested target';
  } else if (app.runtime === 'node' && /--use-(openssl|system)-ca/.test(env.get('NODE_OPTIONS') ?? '')) {
    lang = 'Node.js';
    error = 'unable to get local issuer certificate';
  }
  if (!lang) return [];
  const candidates = [...BUNDLES, ...(env.get('SSL_CERT_FILE') ? [env.get('SSL_CERT_FILE')!] : [])];
  if (candidates.some((p) => fileAt(fs, p) || mayExist(a.certainty, p))) return [];
  const certDir = env.get('SSL_CERT_DIR') ?? '/etc/ssl/certs';
  if (fs.list(fs.realpath(certDir)).some((n) => /\.(pem|crt|0)$/.test(n))) return [];
  const donor = ctx.states.find((s) => s && !ctx.finalChain.has(s.index) && fileAt(s.fs, BUNDLES[0]!));
  const stage = ctx.plan.stages[ctx.plan.target]!;
  return [
    {
      rule: 'ca-certificates-missing',
      severity: 'warning',
      message: `The image runs a ${lang} program (${app.path}) and has no CA certificates (no ${BUNDLES[0]}; it is FROM ${ctx.final.base.name}). If the program calls any HTTPS service, the TLS check fails with "${error}".`,
      line: targetFromLine(ctx),
      surface: 'container start',
      stage: stage.index,
      path: BUNDLES[0],
      fix: donor
        ? `Copy the CA bundle from ${donor.name ? `stage ${donor.name}` : `stage ${donor.index}`}: add \`COPY --from=${donor.name ?? donor.index} ${BUNDLES[0]} ${BUNDLES[0]}\` to the final stage (after line ${targetFromLine(ctx)}).`
        : `Copy a CA bundle into the image (\`COPY --from=alpine:3.20 ${BUNDLES[0]} ${BUNDLES[0]}\`), or use a base that includes one, such as gcr.io/distroless/static-debian12.`,
    },
  ];
};
