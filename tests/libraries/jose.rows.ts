/**
 * jose rows for 'none', algorithm confusion and clock tolerance (ES module; `require('jose')` works
 * from jose 4 on). `UnsecuredJWT` makes and reads `alg: 'none'` tokens; `jwtVerify`/`jwtDecrypt`
 * take `clockTolerance` in seconds or as a duration string; jose 1/2 `JWT.verify` took `ignoreExp`,
 * `ignoreNbf` and a duration `clockTolerance`.
 */
import type { LibraryRow } from './rows.js';

export const library = { module: 'jose', esm: true };

export const rows: readonly LibraryRow[] = [
  {
    name: 'UnsecuredJWT encode',
    code: `const token = new $UnsecuredJWT({ sub: 'user-1' }).setExpirationTime('1h').encode();`,
    reports: { 'no-none-algorithm': ['unsecuredToken'] },
  },
  {
    name: 'UnsecuredJWT.decode',
    code: `const { payload } = $UnsecuredJWT.decode(token);`,
    reports: { 'no-none-algorithm': ['unsecuredToken'] },
  },
  {
    name: "SignJWT with a protected header alg 'none'",
    code: `const token = await new $SignJWT({ sub: 'user-1' }).setProtectedHeader({ alg: 'none' }).setExpirationTime('1h').sign(key);`,
    reports: { 'no-none-algorithm': ['noneSigning'] },
  },
  {
    name: "jwtVerify that allows 'none' and ES256",
    code: `const { payload } = await $jwtVerify(token, key, { algorithms: ['ES256', 'none'] });`,
    reports: { 'no-none-algorithm': ['noneAllowed'] },
    fixed: { 'no-none-algorithm': `const { payload } = await $jwtVerify(token, key, { algorithms: ['ES256'] });` },
  },
  {
    name: 'jwtVerify with a mixed allow-list',
    code: `const { payload } = await $jwtVerify(token, key, { algorithms: ['HS256', 'RS256'] });`,
    reports: { 'no-algorithm-confusion': ['mixedAlgorithms'] },
  },
  {
    name: 'jwtVerify with an HMAC allow-list and a key imported with importSPKI for RS256',
    code: `const publicKey = await $importSPKI(process.env.JWT_PUBLIC_KEY, 'RS256');\nconst { payload } = await $jwtVerify(token, publicKey, { algorithms: ['HS256'] });`,
    reports: { 'no-algorithm-confusion': ['publicKeyAsSecret'] },
    fixed: {
      'no-algorithm-confusion': `const publicKey = await $importSPKI(process.env.JWT_PUBLIC_KEY, 'RS256');\nconst { payload } = await $jwtVerify(token, publicKey, { algorithms: ['RS256'] });`,
    },
  },
  {
    name: 'jwtVerify with an HMAC allow-list and a remote JWKS',
    code: `const JWKS = $createRemoteJWKSet(new URL('https://issuer.example.test/.well-known/jwks.json'));\nconst { payload } = await $jwtVerify(token, JWKS, { algorithms: ['HS256'] });`,
    reports: { 'no-algorithm-confusion': ['publicKeyAsSecret'] },
  },
  {
    name: 'jwtVerify with the allow-list taken from decodeProtectedHeader',
    code: `const { alg } = $decodeProtectedHeader(token);\nconst { payload } = await $jwtVerify(token, key, { algorithms: [alg] });`,
    reports: { 'no-algorithm-confusion': ['algorithmFromToken'] },
  },
  {
    name: 'jwtVerify with an hour of clockTolerance as a duration string',
    code: `const { payload } = await $jwtVerify(token, key, { algorithms: ['ES256'], clockTolerance: '1h' });`,
    reports: { 'no-ignore-expiration': ['largeClockTolerance'] },
  },
  {
    name: 'jwtVerify with 30 seconds of clockTolerance: silent',
    code: `const { payload } = await $jwtVerify(token, key, { algorithms: ['ES256'], clockTolerance: 30 });`,
  },
  {
    name: 'jose 2 JWT.verify with ignoreExp: true',
    code: `const payload = $JWT.verify(token, key, { algorithms: ['RS256'], ignoreExp: true });`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `const payload = $JWT.verify(token, key, { algorithms: ['RS256'] });` },
  },
  {
    name: 'jose 2 JWT.verify with ignoreNbf: true',
    code: `const payload = $JWT.verify(token, key, { algorithms: ['RS256'], ignoreNbf: true });`,
    reports: { 'no-ignore-expiration': ['notBeforeIgnored'] },
    fixed: { 'no-ignore-expiration': `const payload = $JWT.verify(token, key, { algorithms: ['RS256'] });` },
  },
  {
    name: 'jwtVerify with an ES256 allow-list and a JWKS: silent',
    code: `const JWKS = $createRemoteJWKSet(new URL('https://issuer.example.test/.well-known/jwks.json'));\nconst { payload } = await $jwtVerify(token, JWKS, { algorithms: ['ES256'] });`,
  },
];
