/**
 * fast-jwt rows (v6, CommonJS, named exports only: no default export). Factories take one options
 * object and return the operation:
 *   createSigner({ key, algorithm, expiresIn, … }) → sign(payload)     key: string | Buffer | { key, passphrase } | lookup fn
 *   createVerifier({ key, algorithms, … })          → verify(token)     key: string | Buffer | lookup fn (async)
 *   createDecoder(opts)                              → decode(token)     never verifies
 * A function `key` is a key lookup (called with the decoded token): never hardcoded.
 * Expiry: `expiresIn` on the signer, a NUMBER IS MILLISECONDS (3600 = 3.6 s), a string goes through
 * @lukeed/ms ('1h'); an `exp` claim (seconds) in the payload is kept when `expiresIn` is absent.
 * Allow-list: `algorithms` on the verifier; absent, it is inferred from the key (a secret → HS*,
 * a PEM → that key's family); with a lookup function it is inferred from each fetched key.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'fast-jwt', esm: false };

/** Styles of a JavaScript file: a suggestion writes `process.env.X` without `!`. */
const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];
const CJS: readonly BindingStyle[] = ['cjs-destructure', 'cjs-member'];

const PEM = '-----BEGIN PRIVATE KEY-----\\nFAKE-KEY-BODY\\n-----END PRIVATE KEY-----';

export const rows: readonly LibraryRow[] = [
  // ── key ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'createSigner with an inline literal key',
    code: `const sign = $createSigner({ key: 'fake-dev-secret', expiresIn: '1h' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const sign = $createSigner({ key: process.env.JWT_SECRET, expiresIn: '1h' });` },
    styles: JS,
  },
  {
    name: 'createSigner with an inline literal key (TypeScript)',
    code: `const sign = $createSigner({ key: 'fake-dev-secret', expiresIn: '1h' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const sign = $createSigner({ key: process.env.JWT_SECRET!, expiresIn: '1h' });` },
    styles: ['ts'],
  },
  {
    name: 'createSigner with options from a const object',
    code: `const signerOptions = { key: 'fake-dev-secret', algorithm: 'HS256', expiresIn: '1h' };\nconst sign = $createSigner(signerOptions);`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const signerOptions = { key: process.env.JWT_SECRET, algorithm: 'HS256', expiresIn: '1h' };\nconst sign = $createSigner(signerOptions);`,
    },
    styles: JS,
  },
  {
    name: 'createSigner with a static template literal key',
    code: 'const sign = $createSigner({ key: `fake-dev-secret`, expiresIn: 3600000 });',
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': 'const sign = $createSigner({ key: process.env.JWT_SECRET, expiresIn: 3600000 });' },
    styles: JS,
  },
  {
    name: 'createSigner with an env read and a literal fallback',
    code: `const sign = $createSigner({ key: process.env.JWT_SECRET || 'dev', expiresIn: '1h' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `const sign = $createSigner({ key: process.env.JWT_SECRET, expiresIn: '1h' });` },
    styles: JS,
  },
  {
    name: 'createSigner with a PEM private key literal and RS256',
    code: `const sign = $createSigner({ key: '${PEM}', algorithm: 'RS256', expiresIn: '1h' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedPrivateKey'] },
    fixed: { 'no-hardcoded-secret': `const sign = $createSigner({ key: process.env.JWT_PRIVATE_KEY, algorithm: 'RS256', expiresIn: '1h' });` },
    styles: JS,
  },
  {
    name: 'createSigner with a passphrase-protected key object from env: silent',
    code: `const sign = $createSigner({ key: { key: process.env.JWT_PRIVATE_KEY, passphrase: process.env.JWT_KEY_PASSPHRASE }, algorithm: 'RS256', expiresIn: '1h' });`,
  },
  {
    name: 'createSigner with an env key: silent',
    code: `const sign = $createSigner({ key: process.env.JWT_SECRET, algorithm: 'HS256', expiresIn: '15m' });`,
  },
  {
    name: 'createSigner with a key lookup function: silent',
    code: `const sign = $createSigner({ key: async () => vault.read('jwt-signing-key'), expiresIn: '1h' });`,
  },
  {
    name: 'createVerifier with an inline literal key',
    code: `const verify = $createVerifier({ key: 'fake-dev-secret', algorithms: ['HS256'] });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const verify = $createVerifier({ key: process.env.JWT_SECRET, algorithms: ['HS256'] });` },
    styles: JS,
  },
  {
    name: 'createVerifier with a key lookup by kid and an allow-list: silent',
    code: `const verify = $createVerifier({ key: async (decoded) => keys.get(decoded.header.kid), algorithms: ['RS256'] });`,
  },
  // ── expiry ───────────────────────────────────────────────────────────────────────────────────
  {
    name: 'createSigner without expiresIn',
    code: `const sign = $createSigner({ key: process.env.JWT_SECRET });\nconst token = sign({ sub: 'user-1' });`,
    reports: { 'require-expiration': ['missingExpiration'] },
  },
  {
    name: 'createSigner with expiresIn in milliseconds: silent',
    code: `const sign = $createSigner({ key: process.env.JWT_SECRET, expiresIn: 60 * 60 * 1000 });`,
  },
  {
    name: 'createSigner with options from a parameter: silent (unknown)',
    code: `function makeSigner(options) {\n  return $createSigner(options);\n}`,
    styles: JS,
  },
  // ── allow-list ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'createVerifier without algorithms',
    code: `const verify = $createVerifier({ key: process.env.JWT_SECRET });`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
    fixed: { 'require-algorithms': `const verify = $createVerifier({ key: process.env.JWT_SECRET, algorithms: ['HS256'] });` },
    styles: JS,
  },
  {
    name: 'createVerifier with a key lookup and no algorithms',
    code: `const verify = $createVerifier({ key: async (decoded) => keys.get(decoded.header.kid) });`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
  },
  {
    name: 'createVerifier with ignoreExpiration: true and 5 seconds (5000 ms) of clockTolerance',
    code: `const verify = $createVerifier({ key: process.env.JWT_SECRET, algorithms: ['HS256'], ignoreExpiration: true, clockTolerance: 5000 });`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `const verify = $createVerifier({ key: process.env.JWT_SECRET, algorithms: ['HS256'], clockTolerance: 5000 });` },
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: 'createVerifier with ignoreNotBefore: true',
    code: `const verify = $createVerifier({ key: process.env.JWT_SECRET, algorithms: ['HS256'], ignoreNotBefore: true });`,
    reports: { 'no-ignore-expiration': ['notBeforeIgnored'] },
    fixed: { 'no-ignore-expiration': `const verify = $createVerifier({ key: process.env.JWT_SECRET, algorithms: ['HS256'] });` },
  },
  {
    name: 'createVerifier with 10 minutes (600000 ms) of clockTolerance',
    code: `const verify = $createVerifier({ key: process.env.JWT_SECRET, algorithms: ['HS256'], clockTolerance: 600000 });`,
    reports: { 'no-ignore-expiration': ['largeClockTolerance'] },
  },
  {
    name: "createSigner with algorithm: 'none'",
    code: `const sign = $createSigner({ key: process.env.JWT_SECRET, algorithm: 'none', expiresIn: '1h' });`,
    reports: { 'no-none-algorithm': ['noneSigning'] },
  },
  {
    name: "createVerifier that allows 'none' next to HS256",
    code: `const verify = $createVerifier({ key: process.env.JWT_SECRET, algorithms: ['HS256', 'none'] });`,
    reports: { 'no-none-algorithm': ['noneAllowed'] },
    fixed: { 'no-none-algorithm': `const verify = $createVerifier({ key: process.env.JWT_SECRET, algorithms: ['HS256'] });` },
  },
  {
    name: 'createVerifier with a mixed allow-list',
    code: `const verify = $createVerifier({ key: process.env.JWT_KEY, algorithms: ['RS256', 'HS256'] });`,
    reports: { 'no-algorithm-confusion': ['mixedAlgorithms'] },
  },
  {
    name: 'createVerifier with an HMAC allow-list and a public PEM (fast-jwt then verifies HMAC with it)',
    code: `const verify = $createVerifier({ key: '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----', algorithms: ['HS256'] });`,
    reports: { 'no-algorithm-confusion': ['publicKeyAsSecret'] },
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'createDecoder: decodes without a key, silent',
    code: `const decode = $createDecoder({ complete: true });\nconst { header } = decode(token);`,
  },
  {
    name: 'an unrelated object with a createSigner method: silent',
    code: `const decode = $createDecoder();\nconst pool = { createSigner: (opts) => opts };\npool.createSigner({ key: 'not-a-jwt-key' });`,
  },
  {
    name: 'express-session secret in the same file: silent',
    code: `const session = require('express-session');\napp.use(session({ secret: 'keyboard cat', resave: false }));\nconst sign = $createSigner({ key: process.env.JWT_SECRET, expiresIn: '1h' });`,
    styles: CJS,
  },
  // ── lifetime units (issue 6) ─────────────────────────────────────────────────────────────────
  {
    name: 'createSigner expiresIn: 3600 is 3.6 seconds (a number is milliseconds)',
    code: `const sign = $createSigner({ key: process.env.JWT_SECRET, expiresIn: 3600 });`,
    reports: { 'no-expiry-unit-mistake': ['secondsAsMilliseconds'] },
    fixed: { 'no-expiry-unit-mistake': `const sign = $createSigner({ key: process.env.JWT_SECRET, expiresIn: 3600 * 1000 });` },
  },
  {
    name: "createSigner expiresIn: '900' is 0.9 seconds",
    code: `const sign = $createSigner({ key: process.env.JWT_SECRET, expiresIn: '900' });`,
    reports: { 'no-expiry-unit-mistake': ['unitlessString'] },
    fixed: { 'no-expiry-unit-mistake': `const sign = $createSigner({ key: process.env.JWT_SECRET, expiresIn: '900s' });` },
  },
  {
    name: 'createSigner expiresIn: 15 * 60 * 1000: silent',
    code: `const sign = $createSigner({ key: process.env.JWT_SECRET, expiresIn: 15 * 60 * 1000 });`,
  },
];
