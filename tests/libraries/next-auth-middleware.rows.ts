/**
 * next-auth/middleware rows (v4 only; v5's `next-auth/middleware` exports nothing, v5 uses
 * `export { auth as middleware }`). `withAuth` is both the named and the default export:
 * withAuth(options) | withAuth(middleware, options) | withAuth(req) | withAuth(req, options) | withAuth(req, event).
 * `options.secret` (defaults to NEXTAUTH_SECRET) decrypts the session JWE: no allow-list, no expiry.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'next-auth/middleware', esm: false };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];
const ESM: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace'];

export const rows: readonly LibraryRow[] = [
  {
    name: 'withAuth(options) with an inline literal secret',
    code: `export default $withAuth({ secret: 'fake-dev-secret', pages: { signIn: '/login' } });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `export default $withAuth({ secret: process.env.JWT_SECRET, pages: { signIn: '/login' } });` },
    styles: ESM,
  },
  {
    name: 'withAuth(middleware, options) with an inline literal secret',
    code: `const middleware = $withAuth(function middleware(req) {\n  return undefined;\n}, { secret: 'fake-dev-secret' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const middleware = $withAuth(function middleware(req) {\n  return undefined;\n}, { secret: process.env.JWT_SECRET });`,
    },
    styles: JS,
  },
  {
    name: 'default-export withAuth with an env read and a literal fallback',
    code: `const middleware = $default({ secret: process.env.NEXTAUTH_SECRET || 'dev' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `const middleware = $default({ secret: process.env.NEXTAUTH_SECRET });` },
    styles: JS,
  },
  {
    name: 'withAuth with callbacks and no secret: silent',
    code: `const middleware = $withAuth({ callbacks: { authorized: ({ token }) => token?.role === 'admin' } });`,
  },
  {
    name: 'withAuth with the secret from env: silent',
    code: `const middleware = $withAuth({ secret: process.env.NEXTAUTH_SECRET });`,
  },
];
