/**
 * hono `Jwt` namespace rows (`import { Jwt } from 'hono/utils/jwt'`): `Jwt.sign`, `Jwt.verify`,
 * `Jwt.decode`, `Jwt.verifyWithJwks` are the functions of `hono/jwt` (see hono.rows.ts).
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'hono/utils/jwt', esm: true };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];

const EXP = 'exp: Math.floor(Date.now() / 1000) + 3600';

export const rows: readonly LibraryRow[] = [
  {
    name: 'Jwt.sign with an inline literal secret',
    code: `const token = $Jwt.sign({ sub: 'user-1', ${EXP} }, 'fake-dev-secret', 'HS256');`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const token = $Jwt.sign({ sub: 'user-1', ${EXP} }, process.env.JWT_SECRET, 'HS256');` },
    styles: JS,
  },
  {
    name: 'Jwt.sign with a literal payload without exp',
    code: `const token = $Jwt.sign({ sub: 'user-1' }, process.env.JWT_SECRET, 'HS256');`,
    reports: { 'require-expiration': ['missingExpiration'] },
  },
  {
    name: 'Jwt.verify without alg',
    code: `const payload = $Jwt.verify(token, process.env.JWT_SECRET);`,
    reports: { 'require-algorithms': ['missingRequiredAlgorithms'] },
  },
  {
    name: 'Jwt.verify with an env secret and alg: silent',
    code: `const payload = $Jwt.verify(token, process.env.JWT_SECRET, 'HS256');`,
  },
  {
    name: 'Jwt.verifyWithJwks with a JWKS URL and allowedAlgorithms: silent',
    code: `const payload = $Jwt.verifyWithJwks(token, { jwks_uri: 'https://issuer.example.test/.well-known/jwks.json', allowedAlgorithms: ['RS256'] });`,
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: 'Jwt.verify with exp: false',
    code: `const payload = $Jwt.verify(token, process.env.JWT_SECRET, { alg: 'HS256', exp: false });`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `const payload = $Jwt.verify(token, process.env.JWT_SECRET, { alg: 'HS256' });` },
  },
  {
    name: "Jwt.verify with alg 'none'",
    code: `const payload = $Jwt.verify(token, process.env.JWT_SECRET, 'none');`,
    reports: { 'no-none-algorithm': ['noneAllowed'] },
  },
  {
    name: 'Jwt.decode: silent',
    code: `const { payload } = $Jwt.decode(token);`,
  },
  {
    name: 'Jwt.decode stored as the request user',
    code: `app.use(async (c, next) => {\n  c.req.user = $Jwt.decode(c.req.header('authorization')).payload;\n  await next();\n});`,
    reports: { 'no-unverified-decode': ['unverifiedStored'] },
  },
  {
    name: 'Jwt.sign with exp from getTime()',
    code: `const token = $Jwt.sign({ sub: 'user-1', exp: new Date().getTime() + 3600 }, process.env.JWT_SECRET, 'HS256');`,
    reports: { 'no-expiry-unit-mistake': ['millisecondExpiry'] },
  },
];
