/**
 * next-auth rows, module `next-auth` (v4 = latest dist-tag 4.24.x, CommonJS with `__esModule` and
 * `exports.default = NextAuth`; v5 = 5.0.0-beta.x, ESM-only). `$default` is `NextAuth`.
 *   v4: NextAuth(options) | NextAuth(req, res, options)   options.secret, options.jwt.secret (deprecated)
 *   v5: NextAuth(config) | NextAuth((req) => config)     config.secret (string | string[] rotation)
 *   typed objects: `const o: NextAuthOptions = {…}` (v4), `{…} satisfies NextAuthConfig` (v5)
 * Without `secret` the library reads NEXTAUTH_SECRET (v4; AUTH_SECRET too in 4.24) / AUTH_SECRET (v5).
 * Tokens are JWE (v4 dir + A256GCM, v5 dir + A256CBC-HS512; key derived with HKDF): no algorithm allow-list to set. Expiry has
 * a library default: session.maxAge = jwt.maxAge = 30 days (seconds), so it is never "missing".
 * See next-auth-jwt.rows.ts and next-auth-middleware.rows.ts for the subpath modules.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'next-auth', esm: false };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];
const ESM: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace'];
const CJS: readonly BindingStyle[] = ['cjs-destructure', 'cjs-member'];

export const rows: readonly LibraryRow[] = [
  // ── key ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'NextAuth with an inline literal secret',
    code: `const handler = $default({ secret: 'fake-dev-secret', providers: [] });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const handler = $default({ secret: process.env.JWT_SECRET, providers: [] });` },
    styles: JS,
  },
  {
    name: 'NextAuth with options from a const object',
    code: `const authOptions = { secret: 'fake-dev-secret', session: { strategy: 'jwt' }, providers: [] };\nconst handler = $default(authOptions);`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const authOptions = { secret: process.env.JWT_SECRET, session: { strategy: 'jwt' }, providers: [] };\nconst handler = $default(authOptions);`,
    },
    styles: JS,
  },
  {
    name: 'NextAuth v4 API-route form NextAuth(req, res, options) with a literal secret',
    code: `function auth(req, res) {\n  return $default(req, res, { secret: 'fake-dev-secret', providers: [] });\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `function auth(req, res) {\n  return $default(req, res, { secret: process.env.JWT_SECRET, providers: [] });\n}`,
    },
    styles: JS,
  },
  {
    name: 'NextAuth v4 deprecated jwt.secret with a literal',
    code: `const handler = $default({ jwt: { secret: 'fake-dev-secret' }, providers: [] });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const handler = $default({ jwt: { secret: process.env.JWT_SECRET }, providers: [] });` },
    styles: JS,
  },
  {
    name: 'NextAuth with an env read and a literal fallback',
    code: `const handler = $default({ secret: process.env.NEXTAUTH_SECRET || 'dev-secret', providers: [] });`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `const handler = $default({ secret: process.env.NEXTAUTH_SECRET, providers: [] });` },
    styles: JS,
  },
  {
    name: 'v5 NextAuth with a lazy config function returning a literal secret',
    code: `export const { handlers, auth } = $default((req) => ({ secret: 'fake-dev-secret', providers: [] }));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `export const { handlers, auth } = $default((req) => ({ secret: process.env.JWT_SECRET, providers: [] }));` },
    styles: ESM,
  },
  {
    name: 'v4 typed options object: const authOptions: NextAuthOptions',
    code: `export const authOptions: $NextAuthOptions = { secret: 'fake-dev-secret', providers: [] };`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `export const authOptions: $NextAuthOptions = { secret: process.env.JWT_SECRET!, providers: [] };` },
    styles: ['ts'],
  },
  {
    name: 'v5 typed config: satisfies NextAuthConfig',
    code: `export const authConfig = { secret: 'fake-dev-secret', providers: [] } satisfies $NextAuthConfig;`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `export const authConfig = { secret: process.env.JWT_SECRET!, providers: [] } satisfies $NextAuthConfig;` },
    styles: ['ts'],
  },
  {
    name: 'typed options object with the secret from env: silent',
    code: `export const authOptions: $NextAuthOptions = { secret: process.env.NEXTAUTH_SECRET, providers: [] };`,
    styles: ['ts'],
  },
  {
    name: 'NextAuth with the secret from env: silent',
    code: `const handler = $default({ secret: process.env.NEXTAUTH_SECRET, providers: [] });`,
  },
  {
    name: 'NextAuth without a secret (read from NEXTAUTH_SECRET / AUTH_SECRET): silent',
    code: `const { handlers, auth, signIn, signOut } = $default({ providers: [] });`,
  },
  // ── expiry: library default (30 days) ────────────────────────────────────────────────────────
  {
    name: 'NextAuth with a JWT session and no maxAge: silent (30-day library default)',
    code: `const handler = $default({ secret: process.env.NEXTAUTH_SECRET, session: { strategy: 'jwt' }, providers: [] });`,
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'an OAuth provider clientSecret literal: silent',
    code: `const handler = $default({\n  secret: process.env.NEXTAUTH_SECRET,\n  providers: [{ id: 'acme', name: 'Acme', type: 'oauth', clientId: 'acme-client', clientSecret: 'fake-oauth-client-secret' }],\n});`,
  },
  {
    name: 'express-session secret in the same file: silent',
    code: `const session = require('express-session');\napp.use(session({ secret: 'keyboard cat', resave: false }));\nconst handler = $default({ providers: [] });`,
    styles: CJS,
  },
  {
    name: 'an unrelated local object with a secret property: silent',
    code: `const handler = $default({ providers: [] });\nconst stripe = { secret: 'sk_test_fake', publishable: 'pk_test_fake' };`,
  },
];
