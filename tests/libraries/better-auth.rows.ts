/**
 * better-auth rows (1.x, ESM-only). `betterAuth({ secret, secrets, … })`: `secret` (string) signs
 * cookies and encrypts the JWE cookie cache; `secrets: [{ version, value }]` (new) rotates. Without
 * them it reads BETTER_AUTH_SECRETS / BETTER_AUTH_SECRET / AUTH_SECRET, else falls back to a
 * built-in 'better-auth-secret-1234…' (throws only when NODE_ENV is production). It warns on
 * secrets under 32 chars or with low entropy. Sessions are database-backed with `session.expiresIn`
 * (default 7 days): no JWT expiry or allow-list to set here.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'better-auth', esm: true };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];

export const rows: readonly LibraryRow[] = [
  {
    name: 'betterAuth with an inline literal secret',
    code: `export const auth = $betterAuth({ secret: 'fake-dev-secret-that-is-long-enough', database });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `export const auth = $betterAuth({ secret: process.env.JWT_SECRET!, database });` },
    styles: ['ts'],
  },
  {
    name: 'betterAuth with an inline literal secret (JavaScript)',
    code: `const auth = $betterAuth({ secret: 'fake-dev-secret-that-is-long-enough', database });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const auth = $betterAuth({ secret: process.env.JWT_SECRET, database });` },
    styles: JS,
  },
  {
    name: 'betterAuth with options from a const object',
    code: `const options = { secret: 'fake-dev-secret-that-is-long-enough', emailAndPassword: { enabled: true } };\nconst auth = $betterAuth(options);`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const options = { secret: process.env.JWT_SECRET, emailAndPassword: { enabled: true } };\nconst auth = $betterAuth(options);`,
    },
    styles: JS,
  },
  {
    name: 'betterAuth with an env read and a literal fallback',
    code: `const auth = $betterAuth({ secret: process.env.BETTER_AUTH_SECRET || 'dev', database });`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `const auth = $betterAuth({ secret: process.env.BETTER_AUTH_SECRET, database });` },
    styles: JS,
  },
  {
    name: 'betterAuth with a static template literal secret',
    code: 'const auth = $betterAuth({ secret: `fake-dev-secret-that-is-long-enough`, database });',
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': 'const auth = $betterAuth({ secret: process.env.JWT_SECRET, database });' },
    styles: JS,
  },
  {
    name: 'betterAuth with a literal in the versioned secrets list',
    code: `const auth = $betterAuth({ secrets: [{ version: 2, value: 'fake-dev-secret-that-is-long-enough' }], database });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const auth = $betterAuth({ secrets: [{ version: 2, value: process.env.JWT_SECRET }], database });` },
    styles: JS,
  },
  {
    name: 'betterAuth with versioned secrets from env: silent',
    code: `const auth = $betterAuth({ secrets: [{ version: 2, value: process.env.BETTER_AUTH_SECRET_V2 }, { version: 1, value: process.env.BETTER_AUTH_SECRET_V1 }], database });`,
  },
  {
    name: 'betterAuth with the secret from env: silent',
    code: `const auth = $betterAuth({ secret: process.env.BETTER_AUTH_SECRET, baseURL: process.env.BETTER_AUTH_URL, database });`,
  },
  {
    name: 'betterAuth without a secret (read from BETTER_AUTH_SECRET): silent',
    code: `const auth = $betterAuth({ database, session: { expiresIn: 60 * 60 * 24 * 7 } });`,
  },
  {
    name: 'social provider clientSecret literal: silent',
    code: `const auth = $betterAuth({\n  secret: process.env.BETTER_AUTH_SECRET,\n  socialProviders: { github: { clientId: 'gh-client', clientSecret: 'fake-oauth-client-secret' } },\n});`,
  },
  {
    name: 'the jwt plugin (keys live in the database, 15m default expiry): silent',
    code: `import { jwt } from 'better-auth/plugins';\nexport const auth = $betterAuth({ database, plugins: [jwt({ jwks: { keyPairConfig: { alg: 'EdDSA' } } })] });`,
    styles: ['esm-named', 'esm-alias', 'esm-namespace'],
  },
  {
    name: 'an unrelated config object with a secret: silent',
    code: `const auth = $betterAuth({ database });\nconst cookieConfig = { name: 'theme', secret: 'not-a-jwt-key' };`,
  },
];
