/**
 * jwt-simple rows (0.5.x, CommonJS: `module.exports` is `{ encode, decode, version }`; it ships
 * its own index.d.ts, the key is typed `string`).
 *   encode(payload, key, algorithm = 'HS256', { header })   algorithms: HS256 | HS384 | HS512 | RS256
 *   decode(token, key, noVerify = false, algorithm)
 * decode without `algorithm` TRUSTS THE TOKEN HEADER's `alg` (among the four above), except that a
 * key matching /BEGIN( RSA)? PUBLIC KEY/ forces RS256. `noVerify: true` skips the signature and the
 * time checks. `exp`/`nbf` are checked (seconds, no clock tolerance) only when present and truthy.
 * Expiry is only the `exp` claim of the payload.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'jwt-simple', esm: false };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];
const CJS: readonly BindingStyle[] = ['cjs-destructure', 'cjs-member'];

const EXP = 'exp: Math.floor(Date.now() / 1000) + 3600';
const PEM = '-----BEGIN RSA PRIVATE KEY-----\\nFAKE-KEY-BODY\\n-----END RSA PRIVATE KEY-----';

export const rows: readonly LibraryRow[] = [
  // ── key ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'encode with an inline literal secret',
    code: `const token = $encode({ sub: 'user-1', ${EXP} }, 'fake-dev-secret');`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const token = $encode({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET);` },
    styles: JS,
  },
  {
    name: 'encode with an inline literal secret (TypeScript)',
    code: `const token = $encode({ sub: 'user-1', ${EXP} }, 'fake-dev-secret', 'HS256');`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const token = $encode({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET!, 'HS256');` },
    styles: ['ts'],
  },
  {
    name: 'encode through the module (default import / require)',
    code: `const token = $default.encode({ sub: 'user-1', ${EXP} }, 'fake-dev-secret', 'HS512');`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const token = $default.encode({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET, 'HS512');` },
    styles: JS,
  },
  {
    name: 'encode with a secret held by a class field',
    code: `class TokenService {\n  secret = 'fake-dev-secret';\n  issue(id) {\n    return $encode({ sub: id, ${EXP} }, this.secret);\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `class TokenService {\n  secret = process.env.JWT_SECRET;\n  issue(id) {\n    return $encode({ sub: id, ${EXP} }, this.secret);\n  }\n}`,
    },
    styles: JS,
  },
  {
    name: 'encode with an env read and a literal fallback',
    code: `const token = $encode({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET || 'dev', 'HS256');`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `const token = $encode({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET, 'HS256');` },
    styles: JS,
  },
  {
    name: 'encode with a PEM private key literal and RS256',
    code: `const token = $encode({ sub: 'user-1', ${EXP} }, '${PEM}', 'RS256');`,
    reports: { 'no-hardcoded-secret': ['hardcodedPrivateKey'] },
    fixed: { 'no-hardcoded-secret': `const token = $encode({ sub: 'user-1', ${EXP} }, process.env.JWT_PRIVATE_KEY, 'RS256');` },
    styles: JS,
  },
  {
    name: 'decode with an inline literal secret and an algorithm',
    code: `const claims = $decode(token, 'fake-dev-secret', false, 'HS256');`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const claims = $decode(token, process.env.JWT_SECRET, false, 'HS256');` },
    styles: JS,
  },
  {
    name: 'encode and decode with env secrets, exp and an algorithm: silent',
    code: `const token = $encode({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET, 'HS256');\nconst claims = $decode(token, process.env.JWT_SECRET, false, 'HS256');`,
  },
  // ── expiry (claim only) ──────────────────────────────────────────────────────────────────────
  {
    name: 'encode with a literal payload without exp',
    code: `const token = $encode({ sub: 'user-1', role: 'admin' }, process.env.JWT_SECRET, 'HS256');`,
    reports: { 'require-expiration': ['missingExpiration'] },
  },
  {
    name: 'encode with a payload parameter: silent (unknown payload)',
    code: `function issue(claims) {\n  return $encode(claims, process.env.JWT_SECRET, 'HS256');\n}`,
    styles: JS,
  },
  // ── allow-list (the 4th argument of decode, a single name) ───────────────────────────────────
  {
    name: 'decode without an algorithm (the token header picks it)',
    code: `const claims = $decode(token, process.env.JWT_SECRET);`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
  },
  {
    name: 'decode with noVerify false and no algorithm',
    code: `const claims = $decode(token, process.env.JWT_SECRET, false);`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: 'decode HS256 with a public PEM',
    code: `const claims = $decode(token, '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----', false, 'HS256');`,
    reports: { 'no-algorithm-confusion': ['publicKeyAsSecret'] },
  },
  {
    name: "encode with algorithm 'none'",
    code: `const token = $encode({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET, 'none');`,
    reports: { 'no-none-algorithm': ['noneSigning'] },
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: "decode with algorithm 'none'",
    code: `const claims = $decode(token, process.env.JWT_SECRET, false, 'none');`,
    reports: { 'no-none-algorithm': ['noneAllowed'] },
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'an unrelated codec object with encode/decode methods: silent',
    code: `const claims = $decode(token, process.env.JWT_SECRET, false, 'HS256');\nconst codec = { encode: (v, k) => v + k, decode: (v, k) => v };\ncodec.encode({ sub: 'user-1' }, 'not-a-jwt-key');\ncodec.decode(token, 'not-a-jwt-key');`,
  },
  {
    name: 'express-session secret in the same file: silent',
    code: `const session = require('express-session');\napp.use(session({ secret: 'keyboard cat', resave: false }));\nconst claims = $decode(token, process.env.JWT_SECRET, false, 'HS256');`,
    styles: CJS,
  },
  // ── time units, payload, unverified decodes (issue 6) ─────────────────────────────────────────
  {
    name: 'encode with exp from Date.now() through a const',
    code: `const now = Date.now();\nconst token = $encode({ sub: 'user-1', exp: now + 3600 }, process.env.JWT_SECRET, 'HS256');`,
    reports: { 'no-expiry-unit-mistake': ['millisecondExpiry'] },
  },
  {
    name: 'encode with a card number in a const payload',
    code: `const claims = { sub: 'user-1', cardNumber: order.card, ${EXP} };\nconst token = $encode(claims, process.env.JWT_SECRET, 'HS256');`,
    reports: { 'no-sensitive-payload': ['sensitivePayload'] },
  },
  {
    name: 'decode with noVerify true returned from an auth function',
    code: `function authenticate(token) {\n  return $decode(token, process.env.JWT_SECRET, true);\n}`,
    // Without an algorithm the token's header picks it: require-algorithms says so too.
    reports: { 'no-unverified-decode': ['unverifiedReturned'], 'require-algorithms': ['missingAlgorithms'] },
  },
  {
    name: 'decode that verifies, returned from an auth function: silent',
    code: `function authenticate(token) {\n  return $decode(token, process.env.JWT_SECRET, false, 'HS256');\n}`,
  },
];
