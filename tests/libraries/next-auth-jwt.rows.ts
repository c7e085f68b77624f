/**
 * next-auth/jwt rows. v4 (CommonJS): `encode({ token, secret, maxAge, salt? })`,
 * `decode({ token, secret, salt? })`, `getToken({ req, secret, raw, decode })`. v5 re-exports
 * `@auth/core/jwt` (ESM): same calls, but `salt` is REQUIRED for encode/decode, `secret` may be an
 * array (rotation), and getToken throws MissingSecret without `secret` (v4 falls back to
 * NEXTAUTH_SECRET). The tokens are JWE (v4: dir + A256GCM; v5: dir + A256CBC-HS512): no allow-list. `encode`'s `maxAge`
 * defaults to 30 days (seconds).
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'next-auth/jwt', esm: false };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];

export const rows: readonly LibraryRow[] = [
  {
    name: 'getToken with an inline literal secret',
    code: `const token = $getToken({ req, secret: 'fake-dev-secret' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const token = $getToken({ req, secret: process.env.JWT_SECRET });` },
    styles: JS,
  },
  {
    name: 'getToken with an inline literal secret (TypeScript)',
    code: `const token = $getToken({ req, secret: 'fake-dev-secret' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const token = $getToken({ req, secret: process.env.JWT_SECRET! });` },
    styles: ['ts'],
  },
  {
    name: 'getToken with an env read and a literal fallback',
    code: `const token = $getToken({ req, secret: process.env.NEXTAUTH_SECRET || 'dev' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `const token = $getToken({ req, secret: process.env.NEXTAUTH_SECRET });` },
    styles: JS,
  },
  {
    name: 'getToken with an env secret or none: silent',
    code: `const a = $getToken({ req, secret: process.env.NEXTAUTH_SECRET });\nconst b = $getToken({ req });`,
  },
  {
    name: 'encode with an inline literal secret',
    code: `const jwe = $encode({ token: { sub: 'user-1' }, secret: 'fake-dev-secret', salt: 'authjs.session-token' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const jwe = $encode({ token: { sub: 'user-1' }, secret: process.env.JWT_SECRET, salt: 'authjs.session-token' });`,
    },
    styles: JS,
  },
  {
    name: 'decode with a secret from a config object',
    code: `const config = { auth: { secret: 'fake-dev-secret' } };\nconst claims = $decode({ token, secret: config.auth.secret, salt: 'authjs.session-token' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const config = { auth: { secret: process.env.JWT_SECRET } };\nconst claims = $decode({ token, secret: config.auth.secret, salt: 'authjs.session-token' });`,
    },
    styles: JS,
  },
  {
    name: 'encode without maxAge: silent (30-day library default)',
    code: `const jwe = $encode({ token: { sub: 'user-1' }, secret: process.env.AUTH_SECRET, salt: 'authjs.session-token' });`,
  },
  {
    name: 'decode with an env secret: silent (JWE, no allow-list)',
    code: `const claims = $decode({ token, secret: process.env.AUTH_SECRET, salt: 'authjs.session-token' });`,
  },
  {
    name: 'the salt (a cookie name) is not a secret: silent',
    code: `const SALT = '__Secure-authjs.session-token';\nconst claims = $decode({ token, secret: process.env.AUTH_SECRET, salt: SALT });`,
  },
];
