/**
 * @fastify/jwt (and the deprecated `fastify-jwt`) rows. CommonJS; the module itself is the plugin
 * (`module.exports = fp(fastifyJwt)`), also exported as `.default` and `.fastifyJwt` by @fastify/jwt
 * (the old fastify-jwt 4.x only declares them in its types). Used as
 * `fastify.register(plugin, { secret, sign: {…}, verify: {…} })`: that call configures both signing
 * and verifying. Keys: `secret` (string/Buffer, a function = key lookup, or `{ private, public }` where
 * `private` may be `{ key, passphrase }`; `{ public }` alone = verify-only, the plugin refuses to sign).
 * Expiry: `sign.expiresIn` (number = seconds, or an ms string; no default: no `exp`). Allow-list:
 * `verify.algorithms` (optional; fast-jwt derives it from the key). `fastify.jwt.sign/verify`,
 * `reply.jwtSign` and `request.jwtVerify` merge their per-call options over the plugin's.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: '@fastify/jwt', esm: false };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];
const ESM: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace'];
const CJS: readonly BindingStyle[] = ['cjs-destructure', 'cjs-member'];

const PRIVATE_PEM = '-----BEGIN PRIVATE KEY-----\\nFAKE-KEY-BODY\\n-----END PRIVATE KEY-----';
const PUBLIC_PEM = '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----';
const REST = `sign: { expiresIn: '1h' }, verify: { algorithms: ['HS256'] }`;
const RS = `sign: { algorithm: 'RS256', expiresIn: '15m' }, verify: { algorithms: ['RS256'] }`;

export const rows: readonly LibraryRow[] = [
  // ── key ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'register with an inline literal secret',
    code: `fastify.register($default, { secret: 'fake-dev-secret', ${REST} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `fastify.register($default, { secret: process.env.JWT_SECRET, ${REST} });` },
    styles: JS,
  },
  {
    name: 'register with an inline literal secret (TypeScript)',
    code: `fastify.register($default, { secret: 'fake-dev-secret', ${REST} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `fastify.register($default, { secret: process.env.JWT_SECRET!, ${REST} });` },
    styles: ['ts'],
  },
  {
    name: 'register the named export fastifyJwt with a literal secret',
    code: `fastify.register($fastifyJwt, { secret: 'fake-dev-secret', ${REST} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `fastify.register($fastifyJwt, { secret: process.env.JWT_SECRET, ${REST} });` },
    styles: JS,
  },
  {
    name: 'register with an || fallback',
    code: `fastify.register($default, { secret: process.env.JWT_SECRET || 'dev', ${REST} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `fastify.register($default, { secret: process.env.JWT_SECRET, ${REST} });` },
    styles: JS,
  },
  {
    name: 'register with a template literal secret',
    code: `fastify.register($default, { secret: \`fake-dev-secret\`, ${REST} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `fastify.register($default, { secret: process.env.JWT_SECRET, ${REST} });` },
    styles: JS,
  },
  {
    name: 'register with an options object in a const',
    code: `const jwtOptions = { secret: 'fake-dev-secret', ${REST} };\nfastify.register($default, jwtOptions);`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const jwtOptions = { secret: process.env.JWT_SECRET, ${REST} };\nfastify.register($default, jwtOptions);` },
    styles: JS,
  },
  {
    name: 'register with a secret from a config object',
    code: `const config = { jwt: { secret: 'fake-dev-secret' } };\nfastify.register($default, { secret: config.jwt.secret, ${REST} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const config = { jwt: { secret: process.env.JWT_SECRET } };\nfastify.register($default, { secret: config.jwt.secret, ${REST} });`,
    },
    styles: JS,
  },
  {
    name: 'register with { private, public }: a hardcoded private key',
    code: `fastify.register($default, { secret: { private: '${PRIVATE_PEM}', public: process.env.JWT_PUBLIC_KEY }, ${RS} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedPrivateKey'] },
    fixed: {
      'no-hardcoded-secret': `fastify.register($default, { secret: { private: process.env.JWT_PRIVATE_KEY, public: process.env.JWT_PUBLIC_KEY }, ${RS} });`,
    },
    styles: JS,
  },
  {
    name: 'register with { private: { key, passphrase }, public }: a hardcoded private key',
    code: `fastify.register($default, { secret: { private: { key: '${PRIVATE_PEM}', passphrase: process.env.KEY_PASSPHRASE }, public: process.env.JWT_PUBLIC_KEY }, ${RS} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedPrivateKey'] },
    fixed: {
      'no-hardcoded-secret': `fastify.register($default, { secret: { private: { key: process.env.JWT_PRIVATE_KEY, passphrase: process.env.KEY_PASSPHRASE }, public: process.env.JWT_PUBLIC_KEY }, ${RS} });`,
    },
    styles: JS,
  },
  {
    name: 'register inside a fastify-plugin wrapper',
    code: `import fp from 'fastify-plugin';\nexport default fp(async (fastify) => {\n  fastify.register($default, { secret: 'fake-dev-secret', ${REST} });\n});`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `import fp from 'fastify-plugin';\nexport default fp(async (fastify) => {\n  fastify.register($default, { secret: process.env.JWT_SECRET, ${REST} });\n});`,
    },
    styles: ESM,
  },
  {
    name: "register with an inline require('@fastify/jwt')",
    code: `fastify.register(require('@fastify/jwt'), { secret: 'fake-dev-secret', ${REST} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET, ${REST} });` },
    styles: ['cjs-destructure'],
  },
  {
    name: "old fastify-jwt: register(require('fastify-jwt'), { secret }) with nothing else",
    code: `fastify.register(require('fastify-jwt'), { secret: 'fake-dev-secret' });`,
    reports: {
      'no-hardcoded-secret': ['hardcodedSecret'],
      'require-expiration': ['missingExpiration'],
      'require-algorithms': ['missingAlgorithms'],
    },
    fixed: {
      'no-hardcoded-secret': `fastify.register(require('fastify-jwt'), { secret: process.env.JWT_SECRET });`,
      'require-expiration': `fastify.register(require('fastify-jwt'), { secret: 'fake-dev-secret', sign: { expiresIn: '1h' } });`,
      'require-algorithms': `fastify.register(require('fastify-jwt'), { secret: 'fake-dev-secret', verify: { algorithms: ['HS256'] } });`,
    },
    styles: ['cjs-destructure'],
  },
  {
    name: "old fastify-jwt: default import from 'fastify-jwt'",
    code: `import jwtPlugin from 'fastify-jwt';\nfastify.register(jwtPlugin, { secret: 'fake-dev-secret', ${REST} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `import jwtPlugin from 'fastify-jwt';\nfastify.register(jwtPlugin, { secret: process.env.JWT_SECRET, ${REST} });` },
    // One ESM style with a valid header: the row has no placeholder (esm-named would emit \`import  from …\`).
    styles: ['esm-namespace'],
  },
  // ── expiry and allow-list ────────────────────────────────────────────────────────────────────
  {
    name: 'register with neither sign nor verify options',
    code: `fastify.register($default, { secret: process.env.JWT_SECRET });`,
    reports: { 'require-expiration': ['missingExpiration'], 'require-algorithms': ['missingAlgorithms'] },
    fixed: {
      'require-expiration': `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { expiresIn: '1h' } });`,
      'require-algorithms': `fastify.register($default, { secret: process.env.JWT_SECRET, verify: { algorithms: ['HS256'] } });`,
    },
  },
  {
    name: 'register with sign options lacking expiresIn',
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { algorithm: 'HS256' }, verify: { algorithms: ['HS256'] } });`,
    reports: { 'require-expiration': ['missingExpiration'] },
    fixed: {
      'require-expiration': `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { algorithm: 'HS256', expiresIn: '1h' }, verify: { algorithms: ['HS256'] } });`,
    },
  },
  {
    name: 'register with verify options lacking algorithms',
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { expiresIn: '1h' }, verify: { allowedIss: 'auth.example.test' } });`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
    fixed: {
      'require-algorithms': `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { expiresIn: '1h' }, verify: { allowedIss: 'auth.example.test', algorithms: ['HS256'] } });`,
    },
  },
  {
    name: 'register with a numeric lifetime (seconds)',
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { expiresIn: 3600 }, verify: { algorithms: ['HS256'] } });`,
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: 'register with verify.ignoreExpiration: true',
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { expiresIn: '1h' }, verify: { algorithms: ['HS256'], ignoreExpiration: true } });`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { expiresIn: '1h' }, verify: { algorithms: ['HS256'] } });` },
  },
  {
    name: 'register with 10 minutes (600000 ms) of verify.clockTolerance',
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { expiresIn: '1h' }, verify: { algorithms: ['HS256'], clockTolerance: 600000 } });`,
    reports: { 'no-ignore-expiration': ['largeClockTolerance'] },
  },
  {
    name: 'register with 60 seconds (60000 ms) of verify.clockTolerance: silent',
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { expiresIn: '1h' }, verify: { algorithms: ['HS256'], clockTolerance: 60000 } });`,
  },
  {
    name: "register with sign.algorithm 'none'",
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { algorithm: 'none', expiresIn: '1h' }, verify: { algorithms: ['HS256'] } });`,
    reports: { 'no-none-algorithm': ['noneSigning'] },
  },
  {
    name: 'register with a public PEM and an HMAC allow-list',
    code: `fastify.register($default, { secret: { private: process.env.JWT_PRIVATE_KEY, public: '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----' }, sign: { algorithm: 'RS256', expiresIn: '1h' }, verify: { algorithms: ['HS256'] } });`,
    reports: { 'no-algorithm-confusion': ['publicKeyAsSecret'] },
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'register fully configured from the environment',
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, ${REST} });`,
  },
  {
    name: 'register with a hardcoded public key only (verify-only: the plugin refuses to sign)',
    code: `fastify.register($default, { secret: { public: '${PUBLIC_PEM}' }, verify: { algorithms: ['RS256'] } });`,
  },
  {
    name: 'register with a key lookup function',
    code: `fastify.register($default, { secret: (request, token, callback) => callback(null, keyFor(token)), ${RS} });`,
    styles: JS,
  },
  {
    name: 'register with an async key lookup (get-jwks style)',
    code: `fastify.register($default, { secret: async (request, token) => getJwks.getPublicKey({ kid: token.header.kid, domain: token.payload.iss }), decode: { complete: true }, ${RS} });`,
    styles: JS,
  },
  {
    name: 'per-call sign/verify inherit the plugin options',
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, ${REST} });\nfastify.post('/login', async (request, reply) => ({ token: await reply.jwtSign({ sub: '1' }) }));\nfastify.get('/me', async (request) => request.jwtVerify());\nexport const serviceToken = () => fastify.jwt.sign({ sub: 'service' });`,
  },
  {
    name: '@fastify/cookie secret in the same file is not a JWT key',
    code: `import fastifyCookie from '@fastify/cookie';\nfastify.register(fastifyCookie, { secret: 'fake-cookie-secret' });\nfastify.register($default, { secret: process.env.JWT_SECRET, ${REST}, cookie: { cookieName: 'token', signed: true } });`,
    styles: ESM,
  },
  {
    name: '@fastify/session secret in the same file is not a JWT key',
    code: `fastify.register(require('@fastify/session'), { secret: 'a-fake-session-secret-with-32-chars!', cookieName: 'sid' });\nfastify.register($default, { secret: process.env.JWT_SECRET, ${REST} });`,
    styles: CJS,
  },
  {
    name: "namespace and decoratorName are not keys",
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, namespace: 'security', decoratorName: 'account', jwtSign: 'securitySign', ${REST} });`,
  },
  // ── lifetime units (issue 6) ─────────────────────────────────────────────────────────────────
  {
    name: "sign.expiresIn: '3600' is 3.6 seconds (a string goes to @lukeed/ms)",
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { expiresIn: '3600' }, verify: { algorithms: ['HS256'] } });`,
    reports: { 'no-expiry-unit-mistake': ['unitlessString'] },
    fixed: { 'no-expiry-unit-mistake': `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { expiresIn: '3600s' }, verify: { algorithms: ['HS256'] } });` },
  },
  {
    name: 'sign.expiresIn: 3600 is seconds (the plugin converts numbers): silent',
    code: `fastify.register($default, { secret: process.env.JWT_SECRET, sign: { expiresIn: 3600 }, verify: { algorithms: ['HS256'] } });`,
  },
];
