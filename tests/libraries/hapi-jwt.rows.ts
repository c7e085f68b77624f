/**
 * @hapi/jwt rows (3.x, CommonJS: `module.exports = { plugin, token, crypto, utils }`, which the
 * types also declare as the default export).
 *   token.generate(payload, secret, { ttlSec, header, typ, now, iat, headless })
 *       secret: string | Buffer | KeyObject | { key, algorithm } (default algorithm: the first the
 *       key allows, HS256 for a secret); expiry: `ttlSec` (SECONDS) or an `exp` claim (seconds).
 *   token.verify(artifacts, secret, { aud, iss, sub, nbf, exp, maxAgeSec, timeSkewSec })
 *   token.verifySignature(artifacts, secret), token.verifyPayload / verifyTime (no key), token.decode (no key)
 *       allow-list: `{ key, algorithm }` (types) or `{ key, algorithms }` (runtime); a bare key
 *       allows every algorithm of its kind (HS256/384/512 for a secret, RS/PS/ES/EdDSA for a PEM).
 *   server.auth.strategy(name, 'jwt', { keys, verify, validate })   after server.register(Jwt)
 *       keys: string | Buffer | { key, algorithms, kid } | { uri, algorithms } | fn, or arrays;
 *       `verify: false` skips signature AND claims checks (allowed when `validate` is a function).
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: '@hapi/jwt', esm: false };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];

const PEM = '-----BEGIN PRIVATE KEY-----\\nFAKE-KEY-BODY\\n-----END PRIVATE KEY-----';
const VERIFY = "verify: { aud: 'urn:audience:test', iss: 'urn:issuer:test', sub: false }";

export const rows: readonly LibraryRow[] = [
  // ── key ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'token.generate with an inline literal secret',
    code: `const issued = $token.generate({ sub: 'user-1' }, 'fake-dev-secret', { ttlSec: 3600 });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const issued = $token.generate({ sub: 'user-1' }, process.env.JWT_SECRET, { ttlSec: 3600 });` },
    styles: JS,
  },
  {
    name: 'token.generate with an inline literal secret (TypeScript)',
    code: `const issued = $token.generate({ sub: 'user-1' }, 'fake-dev-secret', { ttlSec: 3600 });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const issued = $token.generate({ sub: 'user-1' }, process.env.JWT_SECRET!, { ttlSec: 3600 });` },
    styles: ['ts'],
  },
  {
    name: 'token.generate through the module with a { key, algorithm } literal',
    code: `const issued = $default.token.generate({ sub: 'user-1' }, { key: 'fake-dev-secret', algorithm: 'HS512' }, { ttlSec: 900 });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const issued = $default.token.generate({ sub: 'user-1' }, { key: process.env.JWT_SECRET, algorithm: 'HS512' }, { ttlSec: 900 });`,
    },
    styles: JS,
  },
  {
    name: 'token.generate with a PEM private key literal',
    code: `const issued = $token.generate({ sub: 'user-1' }, { key: '${PEM}', algorithm: 'RS256' }, { ttlSec: 3600 });`,
    reports: { 'no-hardcoded-secret': ['hardcodedPrivateKey'] },
    fixed: {
      'no-hardcoded-secret': `const issued = $token.generate({ sub: 'user-1' }, { key: process.env.JWT_PRIVATE_KEY, algorithm: 'RS256' }, { ttlSec: 3600 });`,
    },
    styles: JS,
  },
  {
    name: 'token.generate with an env read and a literal fallback',
    code: `const issued = $token.generate({ sub: 'user-1' }, process.env.JWT_SECRET || 'dev', { ttlSec: 3600 });`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `const issued = $token.generate({ sub: 'user-1' }, process.env.JWT_SECRET, { ttlSec: 3600 });` },
    styles: JS,
  },
  {
    name: 'token.verify with a literal { key, algorithm }',
    code: `$token.verify($token.decode(raw), { key: 'fake-dev-secret', algorithm: 'HS256' }, { aud: false, iss: false, sub: false });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `$token.verify($token.decode(raw), { key: process.env.JWT_SECRET, algorithm: 'HS256' }, { aud: false, iss: false, sub: false });`,
    },
    styles: JS,
  },
  {
    name: 'auth strategy with a literal key in keys',
    code: `server.register($plugin);\nserver.auth.strategy('my_jwt', 'jwt', { keys: 'fake-dev-secret', ${VERIFY}, validate });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `server.register($plugin);\nserver.auth.strategy('my_jwt', 'jwt', { keys: process.env.JWT_SECRET, ${VERIFY}, validate });`,
    },
    styles: JS,
  },
  {
    name: 'auth strategy with a literal key object in a keys array',
    code: `server.register($default);\nserver.auth.strategy('my_jwt', 'jwt', { keys: [{ key: 'fake-dev-secret', algorithms: ['HS256'] }], ${VERIFY}, validate });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `server.register($default);\nserver.auth.strategy('my_jwt', 'jwt', { keys: [{ key: process.env.JWT_SECRET, algorithms: ['HS256'] }], ${VERIFY}, validate });`,
    },
    styles: JS,
  },
  {
    name: 'auth strategy with env keys, a JWKS uri or a key function: silent',
    code: `server.register($plugin);\nserver.auth.strategy('a', 'jwt', { keys: { key: process.env.JWT_SECRET, algorithms: ['HS256'] }, ${VERIFY}, validate });\nserver.auth.strategy('b', 'jwt', { keys: { uri: 'https://issuer.example.test/.well-known/jwks.json', algorithms: ['RS256'] }, ${VERIFY}, validate });\nserver.auth.strategy('c', 'jwt', { keys: (request) => lookupKeys(request), ${VERIFY}, validate });`,
  },
  // ── expiry: ttlSec (seconds) or an exp claim ─────────────────────────────────────────────────
  {
    name: 'token.generate without ttlSec and a literal payload without exp',
    code: `const issued = $token.generate({ sub: 'user-1' }, { key: process.env.JWT_SECRET, algorithm: 'HS256' });`,
    reports: { 'require-expiration': ['missingExpiration'] },
    // ttlSec takes a number of seconds ('1h' would make exp the string "1h1700000000").
    fixed: { 'require-expiration': `const issued = $token.generate({ sub: 'user-1' }, { key: process.env.JWT_SECRET, algorithm: 'HS256' }, { ttlSec: 3600 });` },
  },
  {
    name: 'token.generate without ttlSec and an opaque payload (ttlSec is an option)',
    code: `const issued = $token.generate(claims, { key: process.env.JWT_SECRET, algorithm: 'HS256' }, { typ: true });`,
    reports: { 'require-expiration': ['missingExpiration'] },
    fixed: { 'require-expiration': `const issued = $token.generate(claims, { key: process.env.JWT_SECRET, algorithm: 'HS256' }, { typ: true, ttlSec: 3600 });` },
  },
  {
    name: 'token.generate with an exp claim and no ttlSec: silent',
    code: `const issued = $token.generate({ sub: 'user-1', exp: Math.floor(Date.now() / 1000) + 3600 }, { key: process.env.JWT_SECRET, algorithm: 'HS256' });`,
  },
  // ── allow-list ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'token.verify with { key, algorithm }: silent',
    code: `$token.verify($token.decode(raw), { key: process.env.JWT_SECRET, algorithm: 'HS256' }, { aud: false, iss: false, sub: false });`,
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: 'auth strategy with verify.exp false',
    code: `server.register($plugin);\nserver.auth.strategy('my_jwt', 'jwt', { keys: process.env.JWT_SECRET, verify: { aud: false, iss: false, sub: false, exp: false }, validate });`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: {
      'no-ignore-expiration': `server.register($plugin);\nserver.auth.strategy('my_jwt', 'jwt', { keys: process.env.JWT_SECRET, verify: { aud: false, iss: false, sub: false }, validate });`,
    },
  },
  {
    name: 'auth strategy with an hour of verify.timeSkewSec',
    code: `server.register($plugin);\nserver.auth.strategy('my_jwt', 'jwt', { keys: process.env.JWT_SECRET, verify: { aud: false, iss: false, sub: false, timeSkewSec: 3600 }, validate });`,
    reports: { 'no-ignore-expiration': ['largeClockTolerance'] },
  },
  {
    name: 'auth strategy with 15 seconds of verify.timeSkewSec: silent',
    code: `server.register($plugin);\nserver.auth.strategy('my_jwt', 'jwt', { keys: process.env.JWT_SECRET, verify: { aud: false, iss: false, sub: false, timeSkewSec: 15 }, validate });`,
  },
  {
    name: 'token.verify with nbf false',
    code: `$token.verify($token.decode(raw), process.env.JWT_SECRET, { aud: false, iss: false, sub: false, nbf: false });`,
    reports: { 'no-ignore-expiration': ['notBeforeIgnored'] },
    fixed: { 'no-ignore-expiration': `$token.verify($token.decode(raw), process.env.JWT_SECRET, { aud: false, iss: false, sub: false });` },
  },
  {
    name: "token.generate with algorithm 'none'",
    code: `const issued = $token.generate({ sub: 'user-1' }, { key: process.env.JWT_SECRET, algorithm: 'none' }, { ttlSec: 3600 });`,
    reports: { 'no-none-algorithm': ['noneSigning'] },
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'token.decode: no key, silent',
    code: `const artifacts = $token.decode(raw);\nconst alg = artifacts.decoded.header.alg;`,
  },
  {
    name: 'another auth scheme (cookie) with a password in the same file: silent',
    code: `server.register($plugin);\nserver.auth.strategy('session', 'cookie', { cookie: { name: 'sid', password: 'fake-cookie-password-at-least-32-chars', isSecure: true } });`,
  },
  // ── payload, lifetime units, unverified decodes (issue 6) ─────────────────────────────────────
  {
    name: 'token.generate with a password hash in the payload',
    code: `const issued = $token.generate({ sub: 'user-1', passwordHash: user.hash }, process.env.JWT_SECRET, { ttlSec: 3600 });`,
    reports: { 'no-sensitive-payload': ['sensitivePayload'] },
    fixed: { 'no-sensitive-payload': `const issued = $token.generate({ sub: 'user-1' }, process.env.JWT_SECRET, { ttlSec: 3600 });` },
  },
  {
    name: 'token.generate with iat from Date.now()',
    code: `const issued = $token.generate({ sub: 'user-1', iat: Date.now() }, process.env.JWT_SECRET, { ttlSec: 3600 });`,
    reports: { 'no-expiry-unit-mistake': ['millisecondClaim'] },
    fixed: { 'no-expiry-unit-mistake': `const issued = $token.generate({ sub: 'user-1', iat: Math.floor(Date.now() / 1000) }, process.env.JWT_SECRET, { ttlSec: 3600 });` },
  },
  {
    name: 'token.decode stored as request.auth',
    code: `function onRequest(request) {\n  request.auth = $token.decode(request.headers.authorization).decoded.payload;\n}`,
    reports: { 'no-unverified-decode': ['unverifiedStored'] },
  },
  {
    name: 'token.decode, then token.verify of the decoded artifacts: silent',
    code: `function authenticate(raw) {\n  const artifacts = $token.decode(raw);\n  $token.verify(artifacts, process.env.JWT_SECRET);\n  return artifacts.decoded.payload;\n}`,
  },
];
