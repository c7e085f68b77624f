/**
 * express-jwt rows. v7+ (current 8.x) exports `expressjwt` (named, no default); v5/v6 export the
 * middleware factory as the module itself (`require('express-jwt')(opts)`), written `$default(…)`.
 * express-jwt only verifies: the key is `secret` (string/Buffer/KeyObject, or a function = key
 * lookup), the allow-list is `algorithms` (the library throws without it since v6: still reported).
 * The whole options object goes to `jsonwebtoken.verify`, so no expiry option applies here.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'express-jwt', esm: false };

/** Styles of a JavaScript file: a suggestion writes `process.env.X` without `!`. */
const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];
const ESM: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace'];
const CJS: readonly BindingStyle[] = ['cjs-destructure', 'cjs-member'];

export const rows: readonly LibraryRow[] = [
  // ── key: where it goes and how a hardcoded value hides ───────────────────────────────────────
  {
    name: 'expressjwt with an inline literal secret',
    code: `app.use($expressjwt({ secret: 'fake-dev-secret', algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    name: 'expressjwt with an inline literal secret (TypeScript: the env read gets `!`)',
    code: `app.use($expressjwt({ secret: 'fake-dev-secret', algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($expressjwt({ secret: process.env.JWT_SECRET!, algorithms: ['HS256'] }));` },
    styles: ['ts'],
  },
  {
    name: 'expressjwt with a secret from an env-style const',
    code: `const JWT_SECRET = 'fake-dev-secret';\napp.use($expressjwt({ secret: JWT_SECRET, algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const JWT_SECRET = process.env.JWT_SECRET;\napp.use($expressjwt({ secret: JWT_SECRET, algorithms: ['HS256'] }));`,
    },
    styles: JS,
  },
  {
    name: 'expressjwt with a secret from a config object',
    code: `const config = { jwt: { secret: 'fake-dev-secret' } };\napp.use($expressjwt({ secret: config.jwt.secret, algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const config = { jwt: { secret: process.env.JWT_SECRET } };\napp.use($expressjwt({ secret: config.jwt.secret, algorithms: ['HS256'] }));`,
    },
    styles: JS,
  },
  {
    name: 'expressjwt with an options object in a const',
    code: `const jwtOptions = { secret: 'fake-dev-secret', algorithms: ['HS256'] };\napp.use($expressjwt(jwtOptions));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const jwtOptions = { secret: process.env.JWT_SECRET, algorithms: ['HS256'] };\napp.use($expressjwt(jwtOptions));`,
    },
    styles: JS,
  },
  {
    name: 'expressjwt with a template literal secret',
    code: 'app.use($expressjwt({ secret: `fake-dev-secret`, algorithms: [\'HS256\'] }));',
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    name: 'expressjwt with a Buffer made from a literal',
    code: `app.use($expressjwt({ secret: Buffer.from('fake-dev-secret'), algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($expressjwt({ secret: Buffer.from(process.env.JWT_SECRET), algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    name: 'expressjwt with an || fallback secret',
    code: `app.use($expressjwt({ secret: process.env.JWT_SECRET || 'dev', algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `app.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    name: 'expressjwt with a ?? fallback secret (TypeScript)',
    code: `app.use($expressjwt({ secret: process.env.JWT_SECRET ?? 'dev', algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `app.use($expressjwt({ secret: process.env.JWT_SECRET!, algorithms: ['HS256'] }));` },
    styles: ['ts'],
  },
  {
    name: 'expressjwt with .unless() chained still reports the literal',
    code: `app.use($expressjwt({ secret: 'fake-dev-secret', algorithms: ['HS256'] }).unless({ path: ['/login'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }).unless({ path: ['/login'] }));` },
    styles: JS,
  },
  {
    name: 'expressjwt with a hardcoded public key is fine (not a secret)',
    code: `app.use($expressjwt({ secret: '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----', algorithms: ['RS256'] }));`,
  },
  // ── allow-list ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'expressjwt without algorithms (express-jwt >= 6 throws at startup; still reported)',
    code: `app.use($expressjwt({ secret: process.env.JWT_SECRET }));`,
    reports: { 'require-algorithms': ['missingRequiredAlgorithms'] },
    fixed: { 'require-algorithms': `app.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    name: 'expressjwt without algorithms and a hardcoded secret: both rules report',
    code: `app.use($expressjwt({ secret: 'fake-dev-secret' }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'], 'require-algorithms': ['missingRequiredAlgorithms'] },
    fixed: {
      'no-hardcoded-secret': `app.use($expressjwt({ secret: process.env.JWT_SECRET }));`,
      'require-algorithms': `app.use($expressjwt({ secret: 'fake-dev-secret', algorithms: ['HS256'] }));`,
    },
    styles: JS,
  },
  {
    name: 'expressjwt with a key lookup function and no algorithms',
    code: `app.use($expressjwt({ secret: (req, token) => keyFor(token) }));`,
    reports: { 'require-algorithms': ['missingRequiredAlgorithms'] },
    // A key lookup is treated as asymmetric (as for jsonwebtoken's key callback): RS256.
    fixed: { 'require-algorithms': `app.use($expressjwt({ secret: (req, token) => keyFor(token), algorithms: ['RS256'] }));` },
    styles: JS,
  },
  {
    name: 'expressjwt with options spread from elsewhere: the allow-list may be there',
    code: `app.use($expressjwt({ ...sharedJwtOptions, secret: process.env.JWT_SECRET }));`,
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: 'expressjwt with ignoreExpiration: true (passed on to jsonwebtoken)',
    code: `app.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], ignoreExpiration: true }));`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `app.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
  },
  {
    name: 'expressjwt with allowInvalidAsymmetricKeyTypes: true',
    code: `app.use($expressjwt({ secret: process.env.JWT_PUBLIC_KEY, algorithms: ['RS256'], allowInvalidAsymmetricKeyTypes: true }));`,
    reports: { 'no-insecure-key-options': ['invalidKeyType'] },
    fixed: { 'no-insecure-key-options': `app.use($expressjwt({ secret: process.env.JWT_PUBLIC_KEY, algorithms: ['RS256'] }));` },
  },
  {
    name: "expressjwt that allows 'none'",
    code: `app.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['none', 'HS256'] }));`,
    reports: { 'no-none-algorithm': ['noneAllowed'] },
    fixed: { 'no-none-algorithm': `app.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
  },
  {
    name: 'expressjwt with a mixed allow-list',
    code: `app.use($expressjwt({ secret: process.env.JWT_KEY, algorithms: ['HS256', 'RS256'] }));`,
    reports: { 'no-algorithm-confusion': ['mixedAlgorithms'] },
  },
  {
    name: 'expressjwt with an HMAC allow-list and a public PEM',
    code: `app.use($expressjwt({ secret: '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----', algorithms: ['HS256'] }));`,
    reports: { 'no-algorithm-confusion': ['publicKeyAsSecret'] },
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'expressjwt with an env secret and algorithms',
    code: `app.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], issuer: 'https://auth.example.test/' }));`,
  },
  {
    name: 'expressjwt with a key lookup function (async)',
    code: `app.use($expressjwt({ secret: async (req, token) => loadKey(token.header.kid), algorithms: ['RS256'] }));`,
    styles: JS,
  },
  {
    name: 'expressjwt with jwks-rsa expressJwtSecret (ESM)',
    code: `import { expressJwtSecret } from 'jwks-rsa';\napp.use($expressjwt({ secret: expressJwtSecret({ jwksUri: 'https://auth.example.test/.well-known/jwks.json', cache: true }), algorithms: ['RS256'] }));`,
    styles: ESM,
  },
  {
    name: 'expressjwt with jwks-rsa expressJwtSecret (CommonJS)',
    code: `const jwksRsa = require('jwks-rsa');\napp.use($expressjwt({ secret: jwksRsa.expressJwtSecret({ jwksUri: 'https://auth.example.test/.well-known/jwks.json' }), algorithms: ['RS256'] }));`,
    styles: CJS,
  },
  {
    name: 'express-session secret in the same file is not a JWT key',
    code: `import session from 'express-session';\napp.use(session({ secret: 'fake-session-secret', resave: false }));\napp.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
    styles: ESM,
  },
  {
    name: 'cookie-parser secret in the same file is not a JWT key',
    code: `const cookieParser = require('cookie-parser');\napp.use(cookieParser('fake-cookie-secret'));\napp.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
    styles: CJS,
  },
  {
    name: 'requestProperty and credentialsRequired are not keys',
    code: `app.use($expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], requestProperty: 'user', credentialsRequired: false }));`,
  },
  // ── v5/v6: the module itself is the middleware factory ───────────────────────────────────────
  {
    name: 'express-jwt v6 module call with a literal secret',
    code: `app.use($default({ secret: 'fake-dev-secret', algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    // The module call is v5 or v6: v5 defaults the list from the key, v6 throws, so the plain messageId.
    name: 'express-jwt v5 module call without algorithms (v5 defaults them from the key; v6 throws)',
    code: `app.use($default({ secret: process.env.JWT_SECRET }));`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
    fixed: { 'require-algorithms': `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: JS,
  },
  {
    name: 'express-jwt v6 module call with a fallback and .unless()',
    code: `app.use($default({ secret: process.env.JWT_SECRET || 'dev', algorithms: ['HS256'] }).unless({ path: ['/health'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: {
      'no-hardcoded-secret': `app.use($default({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }).unless({ path: ['/health'] }));`,
    },
    styles: JS,
  },
  {
    name: 'express-jwt v6 module call with a secret callback (3-arity) and algorithms',
    code: `app.use($default({ secret: (req, payload, done) => done(null, lookup(payload.iss)), algorithms: ['HS256'] }));`,
    styles: JS,
  },
  {
    name: "express-jwt v5 stored require: const jwt = require('express-jwt')",
    code: `const jwt = require('express-jwt');\napp.use(jwt({ secret: 'fake-dev-secret', algorithms: ['HS256'] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const jwt = require('express-jwt');\napp.use(jwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
    styles: ['cjs-destructure'],
  },
];
