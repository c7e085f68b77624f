/**
 * @auth/core rows (0.41.x, ESM-only). `Auth(request, config)`: `config.secret` is
 * `string | string[]` (the first encrypts, all decrypt: rotation); without it the framework
 * packages read AUTH_SECRET / AUTH_SECRET_1.. (`setEnvDefaults`). Session tokens are JWE
 * (dir + A256CBC-HS512, HKDF-derived key): no allow-list. Expiry defaults to 30 days (session.maxAge,
 * seconds), so it is never "missing". `{…} satisfies AuthConfig` types a config object.
 * `@auth/core/jwt` (encode/decode/getToken) is in auth-core-jwt.rows.ts.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: '@auth/core', esm: true };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];

export const rows: readonly LibraryRow[] = [
  {
    name: 'Auth with an inline literal secret',
    code: `const response = $Auth(request, { secret: 'fake-dev-secret', trustHost: true, providers: [] });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const response = $Auth(request, { secret: process.env.JWT_SECRET, trustHost: true, providers: [] });` },
    styles: JS,
  },
  {
    name: 'Auth with an inline literal secret (TypeScript)',
    code: `const response = $Auth(request, { secret: 'fake-dev-secret', providers: [] });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const response = $Auth(request, { secret: process.env.JWT_SECRET!, providers: [] });` },
    styles: ['ts'],
  },
  {
    name: 'Auth with a config from a const object',
    code: `const authConfig = { secret: 'fake-dev-secret', providers: [] };\nconst response = $Auth(request, authConfig);`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const authConfig = { secret: process.env.JWT_SECRET, providers: [] };\nconst response = $Auth(request, authConfig);`,
    },
    styles: JS,
  },
  {
    name: 'Auth with an env read and a literal fallback',
    code: `const response = $Auth(request, { secret: process.env.AUTH_SECRET || 'dev', providers: [] });`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `const response = $Auth(request, { secret: process.env.AUTH_SECRET, providers: [] });` },
    styles: JS,
  },
  {
    name: 'typed config: satisfies AuthConfig with a literal secret',
    code: `export const authConfig = { secret: 'fake-dev-secret', providers: [] } satisfies $AuthConfig;`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `export const authConfig = { secret: process.env.JWT_SECRET!, providers: [] } satisfies $AuthConfig;` },
    styles: ['ts'],
  },
  {
    name: 'typed config: const config: AuthConfig with a literal secret',
    code: `export const authConfig: $AuthConfig = { secret: 'fake-dev-secret', providers: [] };`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `export const authConfig: $AuthConfig = { secret: process.env.JWT_SECRET!, providers: [] };` },
    styles: ['ts'],
  },
  {
    name: 'Auth with a rotation list of env secrets: silent',
    code: `const response = $Auth(request, { secret: [process.env.AUTH_SECRET, process.env.AUTH_SECRET_1], providers: [] });`,
  },
  {
    name: 'Auth without a secret (framework reads AUTH_SECRET): silent',
    code: `const response = $Auth(request, { trustHost: true, session: { strategy: 'jwt' }, providers: [] });`,
  },
  {
    name: 'an OAuth clientSecret literal: silent',
    code: `const response = $Auth(request, {\n  secret: process.env.AUTH_SECRET,\n  providers: [{ id: 'acme', name: 'Acme', type: 'oauth', clientId: 'acme-client', clientSecret: 'fake-oauth-client-secret' }],\n});`,
  },
];
