/**
 * @auth/core/jwt rows (ESM-only; next-auth v5's `next-auth/jwt` re-exports it):
 * `encode({ token, secret, salt, maxAge })`, `decode({ token, secret, salt })` (salt REQUIRED,
 * secret `string | string[]`), `getToken({ req, secret, salt, raw })` (throws MissingSecret without
 * `secret`: no env fallback here). JWE: no allow-list; `maxAge` defaults to 30 days (seconds).
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: '@auth/core/jwt', esm: true };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];

export const rows: readonly LibraryRow[] = [
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
    name: 'getToken with an env read and a literal fallback',
    code: `const token = $getToken({ req: request, secret: process.env.AUTH_SECRET || 'dev', salt: 'authjs.session-token' });`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `const token = $getToken({ req: request, secret: process.env.AUTH_SECRET, salt: 'authjs.session-token' });` },
    styles: JS,
  },
  {
    name: 'decode with an env secret and no maxAge: silent',
    code: `const claims = $decode({ token: jwe, secret: process.env.AUTH_SECRET, salt: 'authjs.session-token' });\nconst jwe2 = $encode({ token: { sub: 'user-1' }, secret: process.env.AUTH_SECRET, salt: 'authjs.session-token' });`,
  },
];
