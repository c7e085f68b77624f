/**
 * koa-jwt rows. The module itself is the middleware factory (`require('koa-jwt')(opts)`, default
 * import in ESM; CommonJS, no named exports), written `$default(…)`. koa-jwt only verifies: the key
 * is `secret` (string/Buffer, an array of them = any may verify, or a function = key lookup); the
 * allow-list is `algorithms` (optional: jsonwebtoken then derives it from the key). The whole options
 * object goes to `jsonwebtoken.verify`. `key` / `tokenKey` / `cookie` are ctx.state/cookie names.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'koa-jwt', esm: false };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];
const ESM: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace'];
const CJS: readonly BindingStyle[] = ['cjs-destructure', 'cjs-member'];

export const rows: readonly LibraryRow[] = [
  // ── key ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'koa-jwt with an inline literal secret',
    code: `app.use($default({ secret: 'fake-dev-secret', algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    name: 'koa-jwt with an inline literal secret (TypeScript)',
    code: `app.use($default({ secret: 'fake-dev-secret', algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($default({ secret: process.env.JWT_SECRET!, algorithms: ['HS256'] }));` },
    styles: ['ts'],
  },
  {
    name: 'koa-jwt with a secret array holding one literal',
    code: `app.use($default({ secret: [process.env.JWT_SECRET, 'fake-old-secret'], algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
  },
  {
    name: 'koa-jwt with a secret array of two literals: each element is reported',
    code: `app.use($default({ secret: ['fake-new-secret', 'fake-old-secret'], algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret', 'hardcodedSecret'] },
  },
  {
    name: 'koa-jwt with a secret array from env reads',
    code: `app.use($default({ secret: [process.env.JWT_SECRET, process.env.JWT_PREVIOUS_SECRET], algorithms: ['HS256'] }));`,
  },
  {
    name: 'koa-jwt with a const secret',
    code: `const secret = 'fake-dev-secret';\napp.use($default({ secret, algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const secret = process.env.JWT_SECRET;\napp.use($default({ secret, algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    name: 'koa-jwt with a secret from a config object',
    code: `const config = { auth: { jwtSecret: 'fake-dev-secret' } };\napp.use($default({ secret: config.auth.jwtSecret, algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const config = { auth: { jwtSecret: process.env.JWT_SECRET } };\napp.use($default({ secret: config.auth.jwtSecret, algorithms: ['HS256'] }));`,
    },
    styles: JS,
  },
  {
    name: 'koa-jwt with an || fallback secret',
    code: `app.use($default({ secret: process.env.JWT_SECRET || 'dev', algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    name: 'koa-jwt with a fallback secret (TypeScript)',
    code: `app.use($default({ secret: process.env.JWT_SECRET || 'dev', algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `app.use($default({ secret: process.env.JWT_SECRET!, algorithms: ['HS256'] }));` },
    styles: ['ts'],
  },
  {
    name: 'koa-jwt with a template literal secret',
    code: 'app.use($default({ secret: `fake-dev-secret`, algorithms: [\'HS256\'] }));',
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    name: 'koa-jwt with .unless() chained',
    code: `app.use($default({ secret: 'fake-dev-secret', algorithms: ['HS256'] }).unless({ path: [/^\\/public/] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }).unless({ path: [/^\\/public/] }));` },
    styles: JS,
  },
  {
    name: "koa-jwt stored require: const jwt = require('koa-jwt')",
    code: `const jwt = require('koa-jwt');\napp.use(jwt({ secret: 'fake-dev-secret', algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const jwt = require('koa-jwt');\napp.use(jwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: ['cjs-destructure'],
  },
  // ── allow-list ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'koa-jwt without algorithms',
    code: `app.use($default({ secret: process.env.JWT_SECRET }));`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
    fixed: { 'require-algorithms': `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    name: 'koa-jwt without algorithms, with a public key from the environment',
    code: `app.use($default({ secret: process.env.JWT_PUBLIC_KEY, issuer: 'https://auth.example.test/' }));`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
    fixed: { 'require-algorithms': `app.use($default({ secret: process.env.JWT_PUBLIC_KEY, issuer: 'https://auth.example.test/', algorithms: ['RS256'] }));` },
  },
  {
    name: 'koa-jwt with a key loader and no algorithms',
    code: `app.use($default({ secret: async (header) => loadKey(header.kid) }));`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
    fixed: { 'require-algorithms': `app.use($default({ secret: async (header) => loadKey(header.kid), algorithms: ['RS256'] }));` },
    styles: JS,
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: 'koa-jwt with ignoreExpiration: true (passed on to jsonwebtoken)',
    code: `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], ignoreExpiration: true }));`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
  },
  {
    name: 'koa-jwt with an hour of clockTolerance',
    code: `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], clockTolerance: 3600 }));`,
    reports: { 'no-ignore-expiration': ['largeClockTolerance'] },
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'koa-jwt with an env secret and algorithms',
    code: `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], audience: 'api' }));`,
  },
  {
    name: "koa-jwt's `key` is the ctx.state property name, not a key",
    code: `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], key: 'jwtdata', tokenKey: 'token', cookie: 'jwt' }));`,
  },
  {
    name: 'koa-jwt with a key loader function and algorithms',
    code: `app.use($default({ secret: async (header, payload) => loadKey(header.kid), algorithms: ['RS256'] }));`,
    styles: JS,
  },
  {
    name: 'koa-jwt with jwks-rsa koaJwtSecret (ESM)',
    code: `import { koaJwtSecret } from 'jwks-rsa';\napp.use($default({ secret: koaJwtSecret({ jwksUri: 'https://auth.example.test/.well-known/jwks.json' }), algorithms: ['RS256'] }));`,
    styles: ESM,
  },
  {
    name: 'koa-jwt with jwks-rsa koaJwtSecret (CommonJS)',
    code: `const jwksRsa = require('jwks-rsa');\napp.use($default({ secret: jwksRsa.koaJwtSecret({ jwksUri: 'https://auth.example.test/.well-known/jwks.json' }), algorithms: ['RS256'] }));`,
    styles: CJS,
  },
  {
    name: 'koa-session keys and config in the same file are not JWT keys',
    code: `import session from 'koa-session';\napp.keys = ['fake-cookie-key'];\napp.use(session({ key: 'koa.sess', maxAge: 86400000 }, app));\napp.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
    styles: ESM,
  },
  {
    name: 'a hardcoded public key is fine',
    code: `app.use($default({ secret: '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----', algorithms: ['RS256'] }));`,
  },
  {
    name: 'options spread from elsewhere: the allow-list may be there',
    code: `app.use($default({ ...jwtConfig, passthrough: true }));`,
  },
];
