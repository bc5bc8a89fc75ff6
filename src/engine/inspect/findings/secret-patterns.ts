// What a secret looks like: by name (ARG/ENV/LABEL keys), by content (token formats, private
// keys, credential files) and by value (what the build was given with --secret). Pure string
// checks; the rules decide where to look and what to say.

// ---- names ----------------------------------------------------------------------------------

/**
 * The word lists of BuildKit's SecretsUsedInArgOrEnv check, mirrored from
 * moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go (getSecretsRegex):
 *   deny  `(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)`
 *   allow `(?i)(?:_|^)(?:public|file|version)(?:_|$)`
 * A name is secret-like when a deny word is a whole `_`-separated word of it and no allow word
 * is. BuildKit splits on `_` only (`API-KEY` does not match); so does isSecretName.
 */
export const SECRET_NAME_TOKENS = ['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token'];
export const SECRET_NAME_ALLOW_TOKENS = ['public', 'file', 'version'];

const DENY = new RegExp(`(?:_|^)(?:${SECRET_NAME_TOKENS.join('|')})(?:_|$)`, 'i');
const ALLOW = new RegExp(`(?:_|^)(?:${SECRET_NAME_ALLOW_TOKENS.join('|')})(?:_|$)`, 'i');

/** BuildKit's SecretsUsedInArgOrEnv test for an ARG or ENV name. */
export function isSecretName(name: string): boolean {
  return DENY.test(name) && !ALLOW.test(name);
}

/** LABEL keys are dotted (org.example.api-key): the same words, split on `.` and `-` too. */
export function isSecretLabelKey(key: string): boolean {
  return isSecretName(key.replace(/[.-]/g, '_'));
}

/**
 * Stagecraft's own addition (not BuildKit's): names whose last word says the value *describes*
 * a secret rather than being one (TOKEN_URL, AUTH_ENABLED, KEY_PATH, SECRET_NAME). BuildKit's
 * lint still warns on them; a leak report only looks at what the value is.
 */
const DESCRIPTOR_WORDS = new Set([
  'url', 'uri', 'host', 'hostname', 'port', 'path', 'dir', 'mode', 'type', 'method', 'provider', 'enabled', 'disabled',
  'enable', 'disable', 'ttl', 'timeout', 'expiry', 'expires', 'lifetime', 'header', 'scheme', 'endpoint', 'issuer', 'realm',
  'audience', 'algorithm', 'alg', 'length', 'size', 'name', 'user', 'username', 'email', 'id', 'region', 'server', 'domain',
]);

export function describesSecret(name: string): boolean {
  const words = name.toLowerCase().split(/[_.-]+/).filter(Boolean);
  return words.length > 1 && DESCRIPTOR_WORDS.has(words[words.length - 1]!);
}

/** Values that cannot be a credential: empty, a $reference, a flag word, a number, a path, a plain URL, a placeholder. */
export function looksLikeSecretValue(value: string): boolean {
  const s = value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  if (s.length < 3) return false;
  if (/^\$\{?[A-Za-z_]/.test(s)) return false;
  if (/^(true|false|yes|no|on|off|none|null|nil|undefined|enabled|disabled|required|optional|default|changeme|change-?me|replace-?me|todo|example|dummy|placeholder|secret|password|token|x{3,}|\*{3,}|\.{3,})$/i.test(s)) return false;
  if (/^<[^>]*>$/.test(s) || /^your[-_ ]/i.test(s)) return false;
  if (/^-?\d+(\.\d+)?[smhd]?$/.test(s)) return false;
  if (/^\/[\w./@+-]*$/.test(s)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+(?::\d+)?(?:[/?#]\S*)?$/i.test(s)) return false;
  return true;
}

/** A secret-named key with a value that could be a credential. */
export function secretNamedValue(name: string, value: string, label = false): boolean {
  return (label ? isSecretLabelKey(name) : isSecretName(name)) && !describesSecret(name) && looksLikeSecretValue(value);
}

// ---- content --------------------------------------------------------------------------------

export interface SecretHit {
  /** Short id of the detector: "private-key", "aws-access-key", "provided-secret", ... */
  kind: string;
  /** For learners: "an npm auth token (_authToken=npm_…)". */
  what: string;
  /** The secret text itself (or "path:<p>" for a name-only hit): equal signatures are one leak. */
  sig: string;
  /** --secret id, for provided-secret hits. */
  secretId?: string;
}

/** Secret values the build is known to hold under a name (ARG and ENV values), searched for literally. */
export type KnownValues = Map<string, string>;

/** "npm_abcd…" — enough to recognise, not enough to use. */
export function redact(secret: string): string {
  const s = secret.trim();
  if (s.length <= 6) return s.slice(0, 1) + '…';
  return s.slice(0, Math.min(4, Math.floor(s.length / 3))) + '…';
}

/** Shortest --secret value searched for literally (shorter ones would match everywhere). */
const MIN_PROVIDED = 6;

interface Detector {
  kind: string;
  re: RegExp;
  /** Group holding the secret text (0: the whole match). */
  group: number;
  what(secret: string, match: RegExpExecArray): string;
}

/** Detectors for any text: token formats that are secrets wherever they appear. */
const GENERAL: Detector[] = [
  {
    kind: 'private-key',
    re: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----[\s\S]{0,64}/g,
    group: 0,
    what: (_s, m) => `a private key (-----BEGIN ${m[1]}-----)`,
  },
  { kind: 'aws-access-key', re: /\b((?:AKIA|ASIA)[0-9A-Z]{16})\b/g, group: 1, what: (s) => `an AWS access key ID (${redact(s)})` },
  {
    kind: 'aws-secret-key',
    re: /aws_secret_access_key\s*[=:]\s*["']?([A-Za-z0-9/+=_-]{8,})/gi,
    group: 1,
    what: (s) => `an AWS secret access key (aws_secret_access_key=${redact(s)})`,
  },
  { kind: 'github-token', re: /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, group: 1, what: (s) => `a GitHub token (${redact(s)})` },
  { kind: 'slack-token', re: /\b(xox[baprs]-[A-Za-z0-9-]{10,})\b/g, group: 1, what: (s) => `a Slack token (${redact(s)})` },
  {
    kind: 'npm-token',
    re: /(?:^|[\s:;"'])_(authToken|auth|password)\s*=\s*(?!\$)["']?([^\s"'$]{6,})/gm,
    group: 2,
    what: (s, m) => `an npm registry credential (_${m[1]}=${redact(s)})`,
  },
  { kind: 'npm-token', re: /\b(npm_[A-Za-z0-9]{36})\b/g, group: 1, what: (s) => `an npm access token (${redact(s)})` },
];

/** One cheap test before the detectors: text with none of these cannot match any of them. */
const MAYBE = /PRIVATE KEY|A[KS]IA|aws_secret|gh[pousr]_|github_pat_|xox[baprs]-|_auth|_password|npm_/i;

/** Text scanned for the general detectors, the --secret values and known ARG/ENV secret values. */
export function scanText(text: string, provided: Map<string, string>, known?: KnownValues): SecretHit[] {
  const hits: SecretHit[] = [];
  const seen = new Set<string>();
  const add = (h: SecretHit) => {
    if (seen.has(h.sig)) return;
    seen.add(h.sig);
    hits.push(h);
  };
  for (const [id, raw] of provided) {
    const v = raw.trim();
    if (v.length >= MIN_PROVIDED && text.includes(v)) add({ kind: 'provided-secret', what: `the value of the secret "${id}" (the one you pass with --secret id=${id})`, sig: v, secretId: id });
  }
  for (const [label, v] of known ?? []) {
    if (v.length >= MIN_PROVIDED && text.includes(v)) add({ kind: 'known-value', what: `the value of ${label} (${redact(v)})`, sig: v });
  }
  if (!MAYBE.test(text)) return hits;
  for (const d of GENERAL) {
    d.re.lastIndex = 0;
    for (let m = d.re.exec(text); m; m = d.re.exec(text)) {
      const secret = m[d.group] ?? m[0];
      // A provided secret that is itself, say, a GitHub token is one hit.
      if ([...seen].some((s) => s.includes(secret) || secret.includes(s))) continue;
      add({ kind: d.kind, what: d.what(secret, m), sig: d.kind === 'private-key' ? 'pk:' + secret : secret });
    }
  }
  return hits;
}

// ---- files ----------------------------------------------------------------------------------

const ENV_FILE = /^\.env(?:\.(?!example$|sample$|template$|dist$|defaults?$|schema$|tpl$)[\w.-]+)?$/i;
const SSH_KEY = /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$/;

function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Files that hold credentials by their very name (flagged even when their bytes are unknown). */
export function credentialFileName(path: string): string | null {
  const name = basenameOf(path);
  if (SSH_KEY.test(name)) return `an SSH private key (judging by its name, ${name})`;
  if (name === '.git-credentials') return 'Git credentials (judging by its name, .git-credentials)';
  if (/\/\.aws\/credentials$/.test(path)) return 'AWS credentials (judging by its name, .aws/credentials)';
  return null;
}

/** Is this the kind of file (by name) the learner should keep out of the image? */
export function isCredentialFileKind(path: string): boolean {
  const name = basenameOf(path);
  return credentialFileName(path) !== null || ENV_FILE.test(name) || name === '.npmrc' || name === '.netrc' || name === '.pypirc' || name === 'credentials.json' || /\.(pem|key|p12|pfx)$/.test(name) || /\/\.docker\/config\.json$/.test(path);
}

/**
 * A file's secrets: the general detectors on its text, the file kinds whose format says which
 * lines are credentials (.env, .docker/config.json, credentials.json, .git-credentials, .netrc,
 * .pypirc), and, when the bytes are unknown, credential files by name alone.
 */
export function scanFile(path: string, content: string | undefined, provided: Map<string, string>, known?: KnownValues): SecretHit[] {
  const name = basenameOf(path);
  if (content === undefined) {
    const what = credentialFileName(path);
    return what ? [{ kind: 'credential-file', what, sig: 'path:' + path }] : [];
  }
  const hits = scanText(content, provided, known);
  const sigs = new Set(hits.map((h) => h.sig));
  const add = (kind: string, what: string, secret: string) => {
    if (sigs.has(secret) || [...sigs].some((s) => s.includes(secret))) return;
    sigs.add(secret);
    hits.push({ kind, what, sig: secret });
  };
  if (ENV_FILE.test(name)) {
    for (const line of content.split('\n')) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (m && secretNamedValue(m[1]!, stripComment(m[2]!))) {
        const value = stripQuotes(stripComment(m[2]!));
        add('dotenv', `a credential in ${name} (${m[1]}=${redact(value)})`, value);
      }
    }
  }
  if (/\/\.docker\/config\.json$/.test(path) || (name === 'config.json' && /"auths"\s*:/.test(content))) {
    const re = /"(auth|identitytoken|registrytoken)"\s*:\s*"([^"]+)"/g;
    for (let m = re.exec(content); m; m = re.exec(content)) add('docker-auth', `registry credentials ("${m[1]}" in ${name})`, m[2]!);
  }
  if (name === 'credentials.json' || /service[-_]?account.*\.json$/i.test(name)) {
    const re = /"(client_secret|refresh_token|private_key)"\s*:\s*"([^"]+)"/g;
    for (let m = re.exec(content); m; m = re.exec(content)) add('json-credential', `"${m[1]}" in ${name}`, m[2]!);
  }
  if (name === '.git-credentials' || name === '.netrc' || name === '_netrc' || name === '.pypirc') {
    const re = name === '.git-credentials' ? /^[a-z][a-z0-9+.-]*:\/\/[^:\s/]+:([^@\s]+)@/gim : name === '.pypirc' ? /^\s*password\s*[=:]\s*(\S+)/gim : /\bpassword\s+(\S+)/g;
    for (let m = re.exec(content); m; m = re.exec(content)) {
      if (looksLikeSecretValue(m[1]!)) add('password-file', `a password in ${name}`, m[1]!);
    }
  }
  if (/\/\.aws\/(credentials|config)$/.test(path)) {
    const re = /^\s*aws_session_token\s*=\s*(\S+)/gim;
    for (let m = re.exec(content); m; m = re.exec(content)) add('aws-session-token', 'an AWS session token', m[1]!);
  }
  return hits;
}

function stripComment(v: string): string {
  return /^["']/.test(v) ? v : v.replace(/\s+#.*$/, '');
}

function stripQuotes(v: string): string {
  return v.replace(/^(["'])(.*)\1$/, '$2');
}

// ---- commands -------------------------------------------------------------------------------

/**
 * A shell command as history keeps it (never expanded): token formats and --secret values,
 * plus literal credentials written into the command itself — `NAME_TOKEN=literal`, URLs with
 * a password, `Authorization: Bearer literal`, `--password literal`. `$VAR` references are
 * not literals.
 */
export function scanCommand(text: string, provided: Map<string, string>): SecretHit[] {
  const hits = scanText(text, provided);
  // Every literal pattern below needs one of these.
  if (!/[=@]|--|uthoriz/i.test(text)) return hits;
  const sigs = new Set(hits.map((h) => h.sig));
  const add = (kind: string, what: string, secret: string) => {
    if (!looksLikeSecretValue(secret) || sigs.has(secret) || [...sigs].some((s) => s.includes(secret) || secret.includes(s))) return;
    sigs.add(secret);
    hits.push({ kind, what, sig: secret });
  };
  const patterns: [RegExp, (m: RegExpExecArray) => [string, string, string] | null][] = [
    [/(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"$`]*)"|'([^']*)'|([^\s"'$`;&|]+))/g, (m) => {
      const value = m[2] ?? m[3] ?? m[4] ?? '';
      return secretNamedValue(m[1]!, value) ? ['assignment', `${m[1]}=${redact(value)}`, value] : null;
    }],
    // `key = value` as config files write it (echo "password = hunter2" >> app.ini).
    [/\b([A-Za-z_][A-Za-z0-9_.-]*)\s+[=:]\s+["']?([^\s"'$`;&|]+)/g, (m) => (secretNamedValue(m[1]!.replace(/[.-]/g, '_'), m[2]!) ? ['assignment', `${m[1]} = ${redact(m[2]!)}`, m[2]!] : null)],
    [/\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@$]+:([^\s@$/]+)@/gi, (m) => ['url-credentials', `a password inside a URL (…:${redact(m[1]!)}@…)`, m[1]!]],
    [/authorization:\s*(?:bearer|token|basic)\s+([^\s"'$]+)/gi, (m) => ['auth-header', `an Authorization header (${redact(m[1]!)})`, m[1]!]],
    [/--(password|passwd|token|api-key|apikey|secret|auth-token)(?:=|\s+)(?:"([^"$]+)"|'([^']+)'|([^\s"'$-][^\s"'$]*))/gi, (m) => {
      const value = m[2] ?? m[3] ?? m[4] ?? '';
      return ['flag', `--${m[1]} ${redact(value)}`, value];
    }],
  ];
  for (const [re, read] of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = read(m);
      if (r) add(r[0], r[1], r[2]);
    }
  }
  return hits;
}

/** A value (ENV, LABEL, ARG) under a name: the name rule, then its content. */
export function scanNamedValue(name: string, value: string, provided: Map<string, string>, label = false): SecretHit[] {
  const hits = scanText(value, provided);
  if (!hits.length && secretNamedValue(name, value, label)) {
    hits.push({ kind: 'secret-name', what: `a credential-like value (${name}=${redact(stripQuotes(value))})`, sig: stripQuotes(value.trim()) });
  }
  return hits;
}

/** "an AWS access key ID (AKIA…) and a GitHub token (ghp_…)". */
export function describeHits(hits: SecretHit[]): string {
  const parts = hits.map((h) => h.what);
  if (parts.length <= 1) return parts[0] ?? '';
  return parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1];
}
