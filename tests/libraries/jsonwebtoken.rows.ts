/**
 * jsonwebtoken rows for the verification and signing options (CommonJS: named, namespace and
 * default imports all see `module.exports`).
 *   sign(payload, key, { algorithm, expiresIn, allowInsecureKeySizes, allowInvalidAsymmetricKeyTypes })
 *   verify(token, key, { algorithms, ignoreExpiration, ignoreNotBefore, clockTolerance (seconds),
 *                        allowInvalidAsymmetricKeyTypes })
 *   decode(token, { complete })                    never verifies
 * Up to 8.5.1, `verify` with a falsy key and no `algorithms` accepted `alg: 'none'` (CVE-2022-23540);
 * up to 8.5.1 it also accepted a key of the wrong type for the algorithm (CVE-2022-23539).
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'jsonwebtoken', esm: false };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];

const PUBLIC_PEM = '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----';
const KEY = 'process.env.JWT_SECRET';

export const rows: readonly LibraryRow[] = [
  // ── expiry checks turned off ─────────────────────────────────────────────────────────────────
  {
    name: 'verify with ignoreExpiration: true',
    code: `const claims = $verify(token, ${KEY}, { algorithms: ['HS256'], ignoreExpiration: true });`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `const claims = $verify(token, ${KEY}, { algorithms: ['HS256'] });` },
  },
  {
    name: 'verify with ignoreExpiration: true in a const options object',
    code: `const verifyOptions = {\n  ignoreExpiration: true,\n  algorithms: ['HS256'],\n};\nconst claims = $verify(token, ${KEY}, verifyOptions);`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `const verifyOptions = {\n  algorithms: ['HS256'],\n};\nconst claims = $verify(token, ${KEY}, verifyOptions);` },
  },
  {
    name: 'verify with ignoreExpiration from a constant',
    code: `const IGNORE_EXPIRY = true;\nconst claims = $verify(token, ${KEY}, { algorithms: ['HS256'], ignoreExpiration: IGNORE_EXPIRY });`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
  },
  {
    name: 'verify with ignoreNotBefore: true',
    code: `const claims = $verify(token, ${KEY}, { algorithms: ['HS256'], ignoreNotBefore: true });`,
    reports: { 'no-ignore-expiration': ['notBeforeIgnored'] },
    fixed: { 'no-ignore-expiration': `const claims = $verify(token, ${KEY}, { algorithms: ['HS256'] });` },
  },
  {
    name: 'verify with an hour of clockTolerance (seconds)',
    code: `const claims = $verify(token, ${KEY}, { algorithms: ['HS256'], clockTolerance: 3600 });`,
    reports: { 'no-ignore-expiration': ['largeClockTolerance'] },
  },
  {
    name: 'verify with 30 seconds of clockTolerance: silent',
    code: `const claims = $verify(token, ${KEY}, { algorithms: ['HS256'], clockTolerance: 30 });`,
  },
  {
    name: 'verify with ignoreExpiration: false: silent',
    code: `const claims = $verify(token, ${KEY}, { algorithms: ['HS256'], ignoreExpiration: false });`,
  },
  {
    name: 'verify with ignoreExpiration read at runtime: silent (can not tell)',
    code: `const claims = $verify(token, ${KEY}, { algorithms: ['HS256'], ignoreExpiration: process.env.JWT_IGNORE_EXP === 'true' });`,
  },
  // ── key options ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'sign with allowInsecureKeySizes: true',
    code: `const token = $sign(payload, process.env.JWT_PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '1h', allowInsecureKeySizes: true });`,
    reports: { 'no-insecure-key-options': ['insecureKeySize'] },
    fixed: { 'no-insecure-key-options': `const token = $sign(payload, process.env.JWT_PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '1h' });` },
  },
  {
    name: 'sign with allowInvalidAsymmetricKeyTypes: true',
    code: `const token = $sign(payload, process.env.JWT_PRIVATE_KEY, { allowInvalidAsymmetricKeyTypes: true, algorithm: 'RS256', expiresIn: '1h' });`,
    reports: { 'no-insecure-key-options': ['invalidKeyType'] },
    fixed: { 'no-insecure-key-options': `const token = $sign(payload, process.env.JWT_PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '1h' });` },
  },
  {
    name: 'verify with allowInvalidAsymmetricKeyTypes: true',
    code: `const claims = $verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'], allowInvalidAsymmetricKeyTypes: true });`,
    reports: { 'no-insecure-key-options': ['invalidKeyType'] },
    fixed: { 'no-insecure-key-options': `const claims = $verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });` },
  },
  {
    name: 'sign with allowInsecureKeySizes: false: silent',
    code: `const token = $sign(payload, process.env.JWT_PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '1h', allowInsecureKeySizes: false });`,
  },
  // ── 'none' ───────────────────────────────────────────────────────────────────────────────────
  {
    name: "sign with algorithm: 'none'",
    code: `const token = $sign(payload, ${KEY}, { algorithm: 'none', expiresIn: '1h' });`,
    reports: { 'no-none-algorithm': ['noneSigning'] },
  },
  {
    name: "verify that allows only 'none'",
    code: `const claims = $verify(token, ${KEY}, { algorithms: ['none'] });`,
    reports: { 'no-none-algorithm': ['noneAllowed'] },
  },
  {
    name: "verify that allows 'none' next to HS256",
    code: `const claims = $verify(token, ${KEY}, { algorithms: ['HS256', 'none'] });`,
    reports: { 'no-none-algorithm': ['noneAllowed'] },
    fixed: { 'no-none-algorithm': `const claims = $verify(token, ${KEY}, { algorithms: ['HS256'] });` },
  },
  {
    name: "verify with an allow-list constant that holds 'none'",
    code: `const ALGORITHMS = ['none', 'HS256'];\nconst claims = $verify(token, ${KEY}, { algorithms: ALGORITHMS });`,
    reports: { 'no-none-algorithm': ['noneAllowed'] },
  },
  {
    name: 'verify with a null key',
    code: `const claims = $verify(token, null, { algorithms: ['HS256'] });`,
    reports: { 'no-none-algorithm': ['emptyVerificationKey'] },
  },
  {
    name: 'verify with an empty-string key and no allow-list',
    code: `const claims = $verify(token, '');`,
    reports: { 'no-none-algorithm': ['emptyVerificationKey'], 'require-algorithms': ['unknownKeyKind'] },
  },
  {
    name: 'verify with a key that may be empty at runtime: silent',
    code: `const claims = $verify(token, process.env.JWT_SECRET ?? '', { algorithms: ['HS256'] });`,
  },
  // ── algorithm confusion ──────────────────────────────────────────────────────────────────────
  {
    name: 'verify with an allow-list that mixes HMAC and RSA',
    code: `const claims = $verify(token, process.env.JWT_KEY, { algorithms: ['HS256', 'RS256'] });`,
    reports: { 'no-algorithm-confusion': ['mixedAlgorithms'] },
  },
  {
    name: 'verify with a mixed allow-list and a public PEM: the suggestion keeps RS256',
    code: `const claims = $verify(token, '${PUBLIC_PEM}', { algorithms: ['HS256', 'RS256'] });`,
    reports: { 'no-algorithm-confusion': ['mixedAlgorithms'] },
    fixed: { 'no-algorithm-confusion': `const claims = $verify(token, '${PUBLIC_PEM}', { algorithms: ['RS256'] });` },
  },
  {
    name: 'verify with a mixed allow-list in an as-const array (TypeScript)',
    code: `const ALGORITHMS = ['HS256', 'ES256'] as const;\nconst claims = $verify(token, process.env.JWT_KEY!, { algorithms: [...ALGORITHMS] });`,
    reports: { 'no-algorithm-confusion': ['mixedAlgorithms'] },
    styles: ['ts'],
  },
  {
    name: 'verify with an HMAC-only allow-list and a public PEM',
    code: `const claims = $verify(token, '${PUBLIC_PEM}', { algorithms: ['HS256'] });`,
    reports: { 'no-algorithm-confusion': ['publicKeyAsSecret'] },
  },
  {
    name: 'verify with an HMAC-only allow-list and a crypto public key',
    code: `import { createPublicKey } from 'node:crypto';\nconst publicKey = createPublicKey(process.env.JWT_PUBLIC_KEY);\nconst claims = $verify(token, publicKey, { algorithms: ['HS256', 'HS512'] });`,
    reports: { 'no-algorithm-confusion': ['publicKeyAsSecret'] },
    styles: JS.filter((style) => style.startsWith('esm')),
  },
  {
    name: 'verify with the allow-list taken from the decoded header',
    code: `const decoded = $decode(token, { complete: true });\nconst claims = $verify(token, ${KEY}, { algorithms: [decoded.header.alg] });`,
    reports: { 'no-algorithm-confusion': ['algorithmFromToken'] },
  },
  {
    name: 'verify with the allow-list taken from a destructured header',
    code: `const { header } = $decode(token, { complete: true });\nconst claims = $verify(token, ${KEY}, { algorithms: [header.alg] });`,
    reports: { 'no-algorithm-confusion': ['algorithmFromToken'] },
  },
  {
    name: 'verify with an allow-list built at runtime: silent',
    code: `const claims = $verify(token, ${KEY}, { algorithms: process.env.JWT_ALGORITHMS.split(',') });`,
  },
  {
    name: 'verify with an RS256-only allow-list and a public PEM: silent',
    code: `const claims = $verify(token, '${PUBLIC_PEM}', { algorithms: ['RS256'] });`,
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: "a cookie with sameSite: 'none' next to a verify: silent",
    code: `const claims = $verify(token, ${KEY}, { algorithms: ['HS256'] });\nres.cookie('session', token, { httpOnly: true, secure: true, sameSite: 'none' });`,
  },
  {
    name: "other 'none' values and a header.alg outside any allow-list: silent",
    code: `const { header } = $decode(token, { complete: true });\nlog.info({ alg: header.alg, algorithm: 'none', compression: 'none' });\nconst claims = $verify(token, ${KEY}, { algorithms: ['HS256'] });`,
  },
];
