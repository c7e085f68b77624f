/**
 * What a value in an env file is: a placeholder, a guessable string, a private key, a JWT. Shared
 * by the `.env` rules and the audit, so both judge a value the same way. Nothing here returns or
 * logs a value: callers get verdicts and numbers only.
 */
import path from 'node:path';

export const HMAC_ALGORITHMS = ['HS256', 'HS384', 'HS512'] as const;
export type HmacAlgorithm = (typeof HMAC_ALGORITHMS)[number];

/** RFC 7518 §3.2: an HMAC key at least as long as the hash output. */
export const REQUIRED_BYTES: Record<HmacAlgorithm, number> = { HS256: 32, HS384: 48, HS512: 64 };

export function asHmacAlgorithm(value: string): HmacAlgorithm | undefined {
  const upper = value.trim().toUpperCase();
  return (HMAC_ALGORITHMS as readonly string[]).includes(upper) ? (upper as HmacAlgorithm) : undefined;
}

const segments = (filename: string): string[] => path.basename(filename).toLowerCase().split('.');

/** `.env.example`, `.env.sample`, `.env.template`, `.env.dist`, also `.env.production.example`. */
export function isExampleFile(filename: string): boolean {
  return segments(filename).some((segment) => ['example', 'sample', 'template', 'dist'].includes(segment));
}

/** `.env.local`, `.env.development.local`: by convention (Next.js, Vite, CRA) never committed. */
export function isLocalFile(filename: string): boolean {
  return segments(filename).includes('local');
}

/**
 * A value that is not the secret itself: `${OTHER}` or `$OTHER` (dotenv-expand fills it from another
 * variable), or a dotenvx `encrypted:` value (committed encrypted by design).
 */
export function isIndirectValue(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.startsWith('encrypted:') || /^\$(?:\{[A-Za-z_][\w.-]*(?::?[-=?+][^}]*)?\}|[A-Za-z_]\w*)$/u.test(trimmed);
}

/**
 * Values from documentation, tutorials and generators' defaults, lower-cased with everything but
 * letters and digits removed: `your-secret-key` is `yoursecretkey`.
 */
const KNOWN_PLACEHOLDERS = new Set([
  'changeme',
  'changeit',
  'changethis',
  'secret',
  'secretkey',
  'mysecret',
  'mysecretkey',
  'yoursecret',
  'yoursecretkey',
  'yourjwtsecret',
  'yourjwtsecretkey',
  'supersecret',
  'supersecretkey',
  'topsecret',
  'jwtsecret',
  'jwtsecretkey',
  'jwtkey',
  'secretorprivatekey',
  'sharedsecret',
  'password',
  'test',
  'testing',
  'dev',
  'development',
  'production',
  'default',
  'example',
  'sample',
  'placeholder',
  'token',
  'key',
  'keyboardcat',
  'itisverysecret',
  'qwerty',
  'abc123',
  'letmein',
  'admin',
  // jsonwebtoken's and express-jwt's READMEs
  'shhhhh',
  'shhhhhharedsecret',
  // jose's README (HS256 example), copied into many apps
  'cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2',
  // Supabase CLI's local development JWT secret
  'supersecretjwttokenwithatleast32characterslong',
  // NestJS docs (jwtConstants)
  'donotusethisvalueinsteadcreateacomplexsecretandkeepitsafeoutsideofthesourcecode',
]);

const PLACEHOLDER_WORDS =
  /change[\W_]*(?:me|it|this)|replace[\W_]*(?:me|this|with)|your[\W_]*(?:own[\W_]*)?(?:jwt|secret|key|token|auth|random|super|strong)|placeholder|^<.*>$|^\[.*\]$|^\{\{.*\}\}$|^x{3,}$|^\*{3,}$|^\.{3,}$|\btodo\b|fixme|insert[\W_]*(?:your|here|secret)|put[\W_]*your|generate[\W_]*(?:one|a|with|using)|openssl[\W_]+rand|not[\W_]*a[\W_]*real|do[\W_]*not[\W_]*use|^s?h{3,}$/iu;

/** A value everyone knows or that says it is to be replaced. */
export function isPlaceholder(value: string): boolean {
  const normalized = value.toLowerCase().replace(/[^a-z0-9]/gu, '');
  return KNOWN_PLACEHOLDERS.has(normalized) || PLACEHOLDER_WORDS.test(value.trim());
}

/**
 * Words people build "secrets" from. A phrase of them is long but guessable: each costs about as
 * much to guess as two random characters.
 */
const WORDS = new Set(
  `a access account admin api app application at auth authentication authorization backend bar baz be best big
  change company config cookie cool crypto cypher data default demo dev development do dont encryption env example
  extra for foo go guess hard hash hello here hidden is it jwt json jsonwebtoken just keep key keys least local long
  love make master me mega my name never no nobody not of ok one our pass passphrase password please private prod
  production project public qwerty random refresh root safe salt sample secret secrets secure security server
  service session shared sign signature signing site so staging strong super test the this to token tokens top
  ultra use user very web welcome word world you your`.split(/\s+/u),
);
const WORD_BITS = 10;
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', 'abcdefghijklmnopqrstuvwxyz'];

/** The length of a run at `index`: a repeated character, or a forward or backward keyboard/alphabet sequence. */
function runLength(text: string, index: number): number {
  let length = 1;
  while (index + length < text.length && text[index + length] === text[index]) length++;
  if (length >= 3) return length;
  for (const row of KEYBOARD_ROWS) {
    for (const line of [row, [...row].reverse().join('')]) {
      let run = 0;
      const position = line.indexOf(text[index]!);
      while (position !== -1 && position + run < line.length && text[index + run] === line[position + run]) run++;
      if (run >= 3) return run;
    }
  }
  return 1;
}

/** The smallest unit the text repeats (`abcabcabc` → 3), or its length. */
function period(text: string): number {
  for (let size = 1; size <= text.length / 2; size++) {
    let repeats = true;
    for (let index = size; index < text.length && repeats; index++) repeats = text[index] === text[index - size];
    if (repeats) return size;
  }
  return text.length;
}

/**
 * A rough guessing cost in bits: each character costs log2 of the character classes the value
 * uses; a dictionary word, a run of one character or a keyboard sequence costs about as much as a
 * couple of characters; a repeated unit counts once. Random values score close to their real
 * entropy or above; phrases, repeats and sequences score far below their length.
 */
export function estimateEntropyBits(value: string): number {
  const unit = value.slice(0, period(value));
  const repeatBits = unit.length < value.length ? Math.log2(value.length / unit.length) : 0;
  const pool =
    (/[a-z]/u.test(unit) ? 26 : 0) + (/[A-Z]/u.test(unit) ? 26 : 0) + (/\d/u.test(unit) ? 10 : 0) + (/[^a-zA-Z\d]/u.test(unit) ? 33 : 0);
  const charBits = Math.log2(Math.max(pool, 2));
  const lower = unit.toLowerCase();
  let bits = repeatBits;
  for (let index = 0; index < lower.length; ) {
    let word = 0;
    for (let end = Math.min(lower.length, index + 16); end >= index + 2; end--) {
      if (WORDS.has(lower.slice(index, end))) {
        word = end - index;
        break;
      }
    }
    const run = runLength(lower, index);
    if (word >= 2 && word * charBits > WORD_BITS && word >= run) {
      bits += WORD_BITS;
      index += word;
    } else if (run >= 3) {
      bits += charBits + Math.log2(run);
      index += run;
    } else {
      bits += charBits;
      index += 1;
    }
  }
  return bits;
}

/** UTF-8 length: jsonwebtoken and jose use a string secret's UTF-8 bytes as the HMAC key. */
export function byteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}

export type SecretVerdict = 'placeholder' | 'tooShort' | 'lowEntropy';

/** Why a JWT secret value is weak for `algorithm`, or `undefined` if it is strong enough. */
export function judgeSecret(value: string, algorithm: HmacAlgorithm): SecretVerdict | undefined {
  if (isPlaceholder(value)) return 'placeholder';
  const bytes = REQUIRED_BYTES[algorithm];
  if (byteLength(value) < bytes) return 'tooShort';
  // Half the key size: generous to real random values of any alphabet, far above phrases and repeats.
  if (estimateEntropyBits(value) < (bytes * 8) / 2) return 'lowEntropy';
  return undefined;
}

const PEM_PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/u;
// base64 of "-----BEGIN " as it starts a base64-encoded PEM file.
const BASE64_PEM = /^LS0tLS1CRUdJTi/u;

/** A PEM private key, a base64-encoded PEM private key, or a private JWK (one with `d`). */
export function isPrivateKey(value: string): boolean {
  if (PEM_PRIVATE_KEY.test(value)) return true;
  const trimmed = value.trim();
  if (BASE64_PEM.test(trimmed)) return PEM_PRIVATE_KEY.test(Buffer.from(trimmed, 'base64').toString('utf8'));
  if (trimmed.startsWith('{')) {
    const jwk = parseJson(trimmed);
    const keys = jwk && typeof jwk === 'object' && 'keys' in jwk && Array.isArray(jwk.keys) ? jwk.keys : [jwk];
    return keys.some((key: unknown) => key !== null && typeof key === 'object' && 'kty' in key && 'd' in key);
  }
  return false;
}

/** A public PEM key or JWK: no secret at all. */
export function isPublicKey(value: string): boolean {
  return /-----BEGIN (?:[A-Z0-9]+ )*(?:PUBLIC KEY|CERTIFICATE)-----/u.test(value) || (value.trim().startsWith('{') && /"kty"/u.test(value) && !isPrivateKey(value));
}

const JWT = /^eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*$/u;

/**
 * A signed JWT, other than a public one: a payload with `role: 'anon'` (Supabase's anon key, meant
 * for browsers) is not a secret.
 */
export function isSecretJwt(value: string): boolean {
  const trimmed = value.trim();
  if (!JWT.test(trimmed)) return false;
  const [header, payload] = trimmed.split('.').map((part) => parseJson(Buffer.from(part, 'base64url').toString('utf8')));
  if (!header || typeof header !== 'object' || !('alg' in header)) return false;
  return !(payload && typeof payload === 'object' && 'role' in payload && payload.role === 'anon');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
