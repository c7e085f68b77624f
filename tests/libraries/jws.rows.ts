/**
 * jws rows (4.x, CommonJS, named exports; types in @types/jws). A JWS library, not a JWT one: it
 * signs any payload, so there is no expiry to check.
 *   sign({ header: { alg }, payload, secret | privateKey, encoding })   (sync sign ignores `key`)
 *   verify(signature, algorithm, secretOrKey)       algorithm is REQUIRED (throws MISSING_ALGORITHM)
 *   createSign({ header, payload, secret | privateKey | key })   stream
 *   createVerify({ signature, algorithm, secret | publicKey | key })   stream
 *   decode(signature, { json })                      never verifies
 * `verify` checks the signature only (no `exp`), and it does not compare the header's `alg`
 * with the algorithm argument; 'none' is accepted as an algorithm by jwa.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'jws', esm: false };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];

const PEM = '-----BEGIN PRIVATE KEY-----\\nFAKE-KEY-BODY\\n-----END PRIVATE KEY-----';

export const rows: readonly LibraryRow[] = [
  // ── key ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'sign with an inline literal secret',
    code: `const token = $sign({ header: { alg: 'HS256' }, payload: { sub: 'user-1' }, secret: 'fake-dev-secret' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const token = $sign({ header: { alg: 'HS256' }, payload: { sub: 'user-1' }, secret: process.env.JWT_SECRET });`,
    },
    styles: JS,
  },
  {
    name: 'sign with an inline literal secret (TypeScript)',
    code: `const token = $sign({ header: { alg: 'HS256' }, payload: { sub: 'user-1' }, secret: 'fake-dev-secret' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const token = $sign({ header: { alg: 'HS256' }, payload: { sub: 'user-1' }, secret: process.env.JWT_SECRET! });`,
    },
    styles: ['ts'],
  },
  {
    name: 'sign with a PEM private key literal',
    code: `const token = $sign({ header: { alg: 'RS256' }, payload: 'hello', privateKey: '${PEM}' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedPrivateKey'] },
    fixed: { 'no-hardcoded-secret': `const token = $sign({ header: { alg: 'RS256' }, payload: 'hello', privateKey: process.env.JWT_PRIVATE_KEY });` },
    styles: JS,
  },
  {
    name: 'sign with a secret from a const',
    code: `const SIGNING_SECRET = 'fake-dev-secret';\nconst token = $sign({ header: { alg: 'HS512' }, payload: data, secret: SIGNING_SECRET });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const SIGNING_SECRET = process.env.SIGNING_SECRET;\nconst token = $sign({ header: { alg: 'HS512' }, payload: data, secret: SIGNING_SECRET });`,
    },
    styles: JS,
  },
  {
    name: 'sign with an env read and a literal fallback',
    code: `const token = $sign({ header: { alg: 'HS256' }, payload: data, secret: process.env.JWS_SECRET || 'dev' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `const token = $sign({ header: { alg: 'HS256' }, payload: data, secret: process.env.JWS_SECRET });` },
    styles: JS,
  },
  {
    name: 'verify with an inline literal secret',
    code: `const ok = $verify(signature, 'HS256', 'fake-dev-secret');`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const ok = $verify(signature, 'HS256', process.env.JWT_SECRET);` },
    styles: JS,
  },
  {
    name: 'createSign stream with an inline literal secret',
    code: `$createSign({ header: { alg: 'HS256' }, secret: 'fake-dev-secret' }).on('done', (signature) => send(signature));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `$createSign({ header: { alg: 'HS256' }, secret: process.env.JWT_SECRET }).on('done', (signature) => send(signature));`,
    },
    styles: JS,
  },
  {
    name: 'createVerify stream with an inline literal secret',
    code: `$createVerify({ signature, algorithm: 'HS256', secret: 'fake-dev-secret' }).on('done', (valid) => done(valid));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `$createVerify({ signature, algorithm: 'HS256', secret: process.env.JWT_SECRET }).on('done', (valid) => done(valid));`,
    },
    styles: JS,
  },
  {
    name: 'createVerify with a public key from env: silent',
    code: `$createVerify({ signature, algorithm: 'RS256', publicKey: process.env.JWT_PUBLIC_KEY }).on('done', (valid) => done(valid));`,
  },
  // ── expiry: none (jws signs any payload) ─────────────────────────────────────────────────────
  {
    name: 'sign with a literal payload without exp: silent (JWS, not JWT)',
    code: `const token = $sign({ header: { alg: 'HS256' }, payload: { sub: 'user-1' }, secret: process.env.JWT_SECRET });`,
  },
  // ── allow-list: none (the algorithm is a required argument) ──────────────────────────────────
  {
    name: 'verify with an env secret and an algorithm: silent',
    code: `const ok = $verify(signature, 'HS256', process.env.JWT_SECRET);`,
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: 'createVerify without an algorithm (jws throws at verification)',
    code: `$createVerify({ signature, secret: process.env.JWS_SECRET }).on('done', (valid) => done(valid));`,
    reports: { 'require-algorithms': ['missingRequiredAlgorithms'] },
    fixed: { 'require-algorithms': `$createVerify({ signature, secret: process.env.JWS_SECRET, algorithm: 'HS256' }).on('done', (valid) => done(valid));` },
  },
  {
    name: "sign with header alg 'none'",
    code: `const token = $sign({ header: { alg: 'none' }, payload: { sub: 'user-1' }, secret: process.env.JWS_SECRET });`,
    reports: { 'no-none-algorithm': ['noneSigning'] },
  },
  {
    name: "verify with algorithm 'none'",
    code: `const ok = $verify(signature, 'none', process.env.JWS_SECRET);`,
    reports: { 'no-none-algorithm': ['noneAllowed'] },
  },
  {
    name: 'verify HS256 with a public PEM (jws then checks an HMAC made with the public key)',
    code: `const ok = $verify(signature, 'HS256', '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----');`,
    reports: { 'no-algorithm-confusion': ['publicKeyAsSecret'] },
  },
  {
    name: 'verify with the algorithm taken from the decoded header',
    code: `const decoded = $decode(signature);\nconst ok = $verify(signature, decoded.header.alg, process.env.JWS_SECRET);`,
    reports: { 'no-algorithm-confusion': ['algorithmFromToken'] },
  },
  {
    name: "createVerify with algorithm 'none'",
    code: `$createVerify({ signature, algorithm: 'none', secret: process.env.JWS_SECRET }).on('done', (valid) => done(valid));`,
    reports: { 'no-none-algorithm': ['noneAllowed'] },
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'decode: no key, silent',
    code: `const decoded = $decode(signature, { json: true });`,
  },
  {
    name: 'an unrelated object with sign/verify methods: silent',
    code: `const decoded = $decode(signature);\nconst hmac = { sign: (o) => o, verify: (s, a, k) => s === k };\nhmac.sign({ header: { alg: 'HS256' }, secret: 'not-a-jwt-key' });\nhmac.verify(signature, 'HS256', 'not-a-jwt-key');`,
  },
  {
    name: 'sign with exp from Date.now() in the payload',
    code: `const token = $sign({ header: { alg: 'HS256' }, payload: { sub: 'user-1', exp: Date.now() + 3600 }, secret: process.env.JWT_SECRET });`,
    reports: { 'no-expiry-unit-mistake': ['millisecondExpiry'] },
  },
  {
    name: 'sign with an API key in the payload',
    code: `const token = $sign({ header: { alg: 'HS256' }, payload: { sub: 'user-1', apiKey: account.apiKey }, secret: process.env.JWT_SECRET });`,
    reports: { 'no-sensitive-payload': ['sensitivePayload'] },
    fixed: { 'no-sensitive-payload': `const token = $sign({ header: { alg: 'HS256' }, payload: { sub: 'user-1' }, secret: process.env.JWT_SECRET });` },
  },
  {
    name: 'sign with a string payload: silent',
    code: `const token = $sign({ header: { alg: 'HS256' }, payload: 'password', secret: process.env.JWT_SECRET });`,
  },
  {
    name: 'decode returned from currentUser',
    code: `function currentUser(token) {\n  return $decode(token).payload;\n}`,
    reports: { 'no-unverified-decode': ['unverifiedReturned'] },
  },
  {
    name: 'decode after verify of the same token: silent',
    code: `function currentUser(token) {\n  if (!$verify(token, 'HS256', process.env.JWT_SECRET)) throw new Error('bad token');\n  return $decode(token).payload;\n}`,
  },
];
