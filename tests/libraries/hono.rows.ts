/**
 * hono JWT helper rows (`hono/jwt`; the same functions sit on the `Jwt` namespace of
 * `hono/utils/jwt`, see hono-utils-jwt.rows.ts). Dual package; the ESM build has no default export.
 *   sign(payload, privateKey, alg = 'HS256')          key: string | JWK | CryptoKey (a JWK's own `alg` wins)
 *   verify(token, publicKey, alg | { alg, iss, aud, exp, nbf, iat, typ })
 *   decode(token)                                      never verifies
 *   jwt({ secret, alg, cookie, headerName, verification }) middleware (verifies)
 * `alg` of verify/jwt is required since hono 4.11.4 (it throws `JwtAlgorithmRequired`, the types
 * make it mandatory); up to 4.11.3 it defaulted to 'HS256'. Expiry is only the `exp` claim of the
 * payload (seconds); verify accepts a token without `exp`. `verification: { exp: false }` skips it.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'hono/jwt', esm: true };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];

const EXP = 'exp: Math.floor(Date.now() / 1000) + 3600';
const PEM = '-----BEGIN PRIVATE KEY-----\\nFAKE-KEY-BODY\\n-----END PRIVATE KEY-----';

export const rows: readonly LibraryRow[] = [
  // ── key ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'sign with an inline literal secret',
    code: `const token = $sign({ sub: 'user-1', ${EXP} }, 'fake-dev-secret', 'HS256');`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const token = $sign({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET, 'HS256');` },
    styles: JS,
  },
  {
    name: 'sign with an inline literal secret (TypeScript)',
    code: `const token = $sign({ sub: 'user-1', ${EXP} }, 'fake-dev-secret', 'HS256');`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const token = $sign({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET!, 'HS256');` },
    styles: ['ts'],
  },
  {
    name: 'sign with a secret from a config object',
    code: `const config = { jwtSecret: 'fake-dev-secret' };\nconst token = $sign({ sub: 'user-1', ${EXP} }, config.jwtSecret);`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const config = { jwtSecret: process.env.JWT_SECRET };\nconst token = $sign({ sub: 'user-1', ${EXP} }, config.jwtSecret);`,
    },
    styles: JS,
  },
  {
    name: 'sign with an env read and a literal fallback',
    code: `const token = $sign({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET || 'dev');`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `const token = $sign({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET);` },
    styles: JS,
  },
  {
    name: 'sign with a PEM private key literal and RS256',
    code: `const token = $sign({ sub: 'user-1', ${EXP} }, '${PEM}', 'RS256');`,
    reports: { 'no-hardcoded-secret': ['hardcodedPrivateKey'] },
    fixed: { 'no-hardcoded-secret': `const token = $sign({ sub: 'user-1', ${EXP} }, process.env.JWT_PRIVATE_KEY, 'RS256');` },
    styles: JS,
  },
  {
    name: 'verify with an inline literal secret',
    code: `const payload = $verify(token, 'fake-dev-secret', 'HS256');`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const payload = $verify(token, process.env.JWT_SECRET, 'HS256');` },
    styles: JS,
  },
  {
    name: 'jwt middleware with an inline literal secret',
    code: `app.use('/api/*', $jwt({ secret: 'fake-dev-secret', alg: 'HS256' }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use('/api/*', $jwt({ secret: process.env.JWT_SECRET, alg: 'HS256' }));` },
    styles: JS,
  },
  {
    name: 'jwt middleware with the secret from Workers env bindings: silent',
    code: `app.use('/api/*', (c, next) => $jwt({ secret: c.env.JWT_SECRET, alg: 'HS256' })(c, next));`,
  },
  {
    name: 'sign and verify with env secrets, exp and alg: silent',
    code: `const token = $sign({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET, 'HS256');\nconst payload = $verify(token, process.env.JWT_SECRET, 'HS256');`,
  },
  // ── expiry (claim only: a visible payload without `exp`) ─────────────────────────────────────
  {
    name: 'sign with a literal payload without exp',
    code: `const token = $sign({ sub: 'user-1', role: 'admin' }, process.env.JWT_SECRET, 'HS256');`,
    reports: { 'require-expiration': ['missingExpiration'] },
  },
  {
    name: 'sign with a const payload without exp',
    code: `const claims = { sub: 'user-1', role: 'admin' };\nconst token = $sign(claims, process.env.JWT_SECRET);`,
    reports: { 'require-expiration': ['missingExpiration'] },
  },
  {
    name: 'sign with a payload parameter: silent (unknown payload, no expiry option exists)',
    code: `const issue = (claims) => $sign(claims, process.env.JWT_SECRET, 'HS256');`,
    styles: JS,
  },
  // ── allow-list (`alg`, a single name) ────────────────────────────────────────────────────────
  {
    name: 'verify without alg',
    code: `const payload = $verify(token, process.env.JWT_SECRET);`,
    reports: { 'require-algorithms': ['missingRequiredAlgorithms'] },
  },
  {
    name: 'verify with an options object without alg',
    code: `const payload = $verify(token, process.env.JWT_SECRET, { iss: 'api.example.test' });`,
    reports: { 'require-algorithms': ['missingRequiredAlgorithms'] },
  },
  {
    name: 'verify with { alg } options: silent',
    code: `const payload = $verify(token, process.env.JWT_SECRET, { alg: 'HS256', iss: 'api.example.test' });`,
  },
  {
    name: 'jwt middleware without alg',
    code: `app.use('/api/*', $jwt({ secret: process.env.JWT_SECRET }));`,
    reports: { 'require-algorithms': ['missingRequiredAlgorithms'] },
  },
  {
    name: 'jwt middleware with verification.exp false (the check is off)',
    code: `app.use('/api/*', $jwt({ secret: process.env.JWT_SECRET, alg: 'HS256', verification: { exp: false } }));`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `app.use('/api/*', $jwt({ secret: process.env.JWT_SECRET, alg: 'HS256', verification: {} }));` },
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: 'jwt middleware with verification.nbf false',
    code: `app.use('/api/*', $jwt({ secret: process.env.JWT_SECRET, alg: 'HS256', verification: { iss: 'auth', nbf: false } }));`,
    reports: { 'no-ignore-expiration': ['notBeforeIgnored'] },
    fixed: { 'no-ignore-expiration': `app.use('/api/*', $jwt({ secret: process.env.JWT_SECRET, alg: 'HS256', verification: { iss: 'auth' } }));` },
  },
  {
    name: 'jwt middleware with verification.exp true: silent',
    code: `app.use('/api/*', $jwt({ secret: process.env.JWT_SECRET, alg: 'HS256', verification: { exp: true } }));`,
  },
  {
    name: 'verify with exp: false in its options',
    code: `const payload = $verify(token, process.env.JWT_SECRET, { alg: 'HS256', exp: false });`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `const payload = $verify(token, process.env.JWT_SECRET, { alg: 'HS256' });` },
  },
  {
    name: "sign with alg 'none'",
    code: `const token = $sign({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET, 'none');`,
    reports: { 'no-none-algorithm': ['noneSigning'] },
  },
  {
    name: "jwt middleware with alg 'none'",
    code: `app.use('/api/*', $jwt({ secret: process.env.JWT_SECRET, alg: 'none' }));`,
    reports: { 'no-none-algorithm': ['noneAllowed'] },
  },
  {
    name: 'verify with HS256 and a public PEM',
    code: `const payload = $verify(token, '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----', 'HS256');`,
    reports: { 'no-algorithm-confusion': ['publicKeyAsSecret'] },
  },
  {
    name: 'verify with the algorithm taken from the decoded header',
    code: `const { header } = $decode(token);\nconst payload = $verify(token, process.env.JWT_SECRET, header.alg);`,
    reports: { 'no-algorithm-confusion': ['algorithmFromToken'] },
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'decode: no key, no verification, silent',
    code: `const { header, payload } = $decode(token);`,
  },
  {
    name: 'an unrelated local sign() and verify(): silent',
    code: `const { payload } = $decode(token);\nfunction sign(data, key) { return data + key; }\nfunction verify(data, key) { return data === key; }\nsign('a', 'not-a-jwt-key');\nverify('a', 'not-a-jwt-key');`,
  },
  {
    name: 'an unrelated object method named sign: silent',
    code: `const { payload } = $decode(token);\nconst signer = { sign: (data, key) => data + key };\nsigner.sign({ sub: 'user-1' }, 'not-a-jwt-key');`,
  },
  // ── time units, payload, unverified decodes (issue 6) ─────────────────────────────────────────
  {
    name: 'sign with exp from Date.now() (milliseconds)',
    code: `const token = await $sign({ sub: 'user-1', exp: Date.now() + 3600 }, process.env.JWT_SECRET, 'HS256');`,
    reports: { 'no-expiry-unit-mistake': ['millisecondExpiry'] },
  },
  {
    name: 'sign with iat as a bare Date.now()',
    code: `const token = await $sign({ sub: 'user-1', iat: Date.now(), ${EXP} }, process.env.JWT_SECRET, 'HS256');`,
    reports: { 'no-expiry-unit-mistake': ['millisecondClaim'] },
    fixed: { 'no-expiry-unit-mistake': `const token = await $sign({ sub: 'user-1', iat: Math.floor(Date.now() / 1000), ${EXP} }, process.env.JWT_SECRET, 'HS256');` },
  },
  {
    name: 'sign with a password in the payload',
    code: `const token = await $sign({ sub: 'user-1', password: form.password, ${EXP} }, process.env.JWT_SECRET, 'HS256');`,
    reports: { 'no-sensitive-payload': ['sensitivePayload'] },
    fixed: { 'no-sensitive-payload': `const token = await $sign({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET, 'HS256');` },
  },
  {
    name: 'decode, then a role check on the unverified payload',
    code: `app.get('/admin', (c) => {\n  const { payload } = $decode(c.req.header('authorization'));\n  if (payload.role !== 'admin') return c.text('forbidden', 403);\n  return c.text('ok');\n});`,
    reports: { 'no-unverified-decode': ['unverifiedCompared'] },
  },
  {
    name: 'decode the header, then verify the same token: silent',
    code: `export async function authenticate(token) {\n  const { header } = $decode(token);\n  return $verify(token, keys[header.kid], 'RS256');\n}`,
  },
];
