/**
 * @elysiajs/jwt rows (1.4.x, dual ESM/CJS, `jwt` named and default). `jwt({ name, secret, schema,
 * exp, nbf, iat, iss, sub, aud, alg, kid, … })` is an Elysia plugin that decorates the context
 * with `<name>.sign(claims)` / `<name>.verify(token, joseVerifyOptions)`; both use jose with the
 * same `secret` (string → UTF-8 bytes, Uint8Array, CryptoKey, JWK, KeyObject). It throws on an
 * empty secret. Expiry: `exp` in the plugin options (default for every token) or in `sign({ exp })`;
 * a STRING is a jose time span ('7d'), a NUMBER is an ABSOLUTE epoch time in seconds (so `exp: 3600`
 * means 1970: every token is born expired). Without `exp` tokens never expire. `alg` is the signing
 * header (default 'HS256'); verify passes no `algorithms` to jose unless the caller gives
 * `verify(token, { algorithms })`, so jose allows every algorithm that fits the key type (HS* for a
 * secret): no plugin-level allow-list.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: '@elysiajs/jwt', esm: true };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];
const ESM: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace'];

export const rows: readonly LibraryRow[] = [
  // ── key ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'jwt plugin with an inline literal secret',
    code: `app.use($jwt({ name: 'jwt', secret: 'fake-dev-secret', exp: '7d' }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($jwt({ name: 'jwt', secret: process.env.JWT_SECRET, exp: '7d' }));` },
    styles: JS,
  },
  {
    name: 'jwt plugin with an inline literal secret (TypeScript)',
    code: `app.use($jwt({ name: 'jwt', secret: 'fake-dev-secret', exp: '7d' }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `app.use($jwt({ name: 'jwt', secret: process.env.JWT_SECRET!, exp: '7d' }));` },
    styles: ['ts'],
  },
  {
    name: 'default-import jwt plugin with a secret from a const',
    code: `const JWT_SECRET = 'fake-dev-secret';\napp.use($default({ secret: JWT_SECRET, exp: '1h' }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const JWT_SECRET = process.env.JWT_SECRET;\napp.use($default({ secret: JWT_SECRET, exp: '1h' }));` },
    styles: ESM,
  },
  {
    name: 'jwt plugin with an env read and a literal fallback',
    code: `app.use($jwt({ name: 'jwt', secret: process.env.JWT_SECRET || 'dev', exp: '1h' }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `app.use($jwt({ name: 'jwt', secret: process.env.JWT_SECRET, exp: '1h' }));` },
    styles: JS,
  },
  {
    name: 'jwt plugin with a Bun.env secret: silent',
    code: `app.use($jwt({ name: 'jwt', secret: Bun.env.JWT_SECRET, exp: '1h' }));`,
  },
  {
    name: 'jwt plugin with an env secret, exp and alg: silent',
    code: `app.use($jwt({ name: 'jwt', secret: process.env.JWT_SECRET, alg: 'HS256', exp: '15m', iss: 'api.example.test' }));`,
  },
  // ── expiry ───────────────────────────────────────────────────────────────────────────────────
  {
    name: 'jwt plugin without exp',
    code: `app.use($jwt({ name: 'jwt', secret: process.env.JWT_SECRET }));`,
    reports: { 'require-expiration': ['missingExpiration'] },
  },
  {
    name: 'jwt plugin with a numeric exp (an absolute epoch time, not a duration): silent, exp is present',
    code: `app.use($jwt({ name: 'jwt', secret: process.env.JWT_SECRET, exp: 3600 }));`,
  },
  {
    name: 'jwt plugin with options from a parameter: silent (unknown)',
    code: `const authPlugin = (options) => app.use($jwt(options));`,
  },
  {
    name: 'context jwt.sign in a handler: silent (the decorated method, configured with exp)',
    code: `app.use($jwt({ name: 'jwt', secret: process.env.JWT_SECRET, exp: '1h' })).post('/login', ({ jwt }) => jwt.sign({ sub: 'user-1' }));`,
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: "jwt with alg 'none'",
    code: `app.use($jwt({ name: 'jwt', secret: process.env.JWT_SECRET, alg: 'none', exp: '7d' }));`,
    reports: { 'no-none-algorithm': ['noneSigning'] },
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'an unrelated local jwt() helper: silent',
    code: `app.use($jwt({ name: 'auth', secret: process.env.JWT_SECRET, exp: '1h' }));\nconst helpers = { jwt: (o) => o };\nhelpers.jwt({ secret: 'not-a-jwt-key' });`,
  },
];
