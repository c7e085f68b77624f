/**
 * no-algorithm-confusion: allow-lists that mix HMAC with public-key algorithms, HMAC-only lists with
 * a visibly asymmetric key, and lists taken from the token. Library coverage is in
 * tests/libraries/*.rows.ts; these are the policy cases.
 */
import type { InvalidTestCase, TestCaseError, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/no-algorithm-confusion.js';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from './tester.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const VERIFY = 'jsonwebtoken.verify()';
const JOSE = 'jose.jwtVerify()';
const HEAD = `import jwt from 'jsonwebtoken';\n`;
const PUBLIC_PEM = '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----';

function mixed(list: string, kept?: string, output?: string, api = VERIFY): TestCaseError<MessageIds> {
  return {
    messageId: 'mixedAlgorithms',
    data: { api, list },
    suggestions: output === undefined ? [] : [{ messageId: 'allowOnly', data: { list: kept! }, output }],
  };
}

function publicKey(list: string, api = VERIFY, only?: string, output?: string): TestCaseError<MessageIds> {
  return {
    messageId: 'publicKeyAsSecret',
    data: { api, list },
    suggestions: output === undefined ? [] : [{ messageId: 'allowOnly', data: { list: only! }, output }],
  };
}

const fromToken = (api = VERIFY): TestCaseError<MessageIds> => ({ messageId: 'algorithmFromToken', data: { api }, suggestions: [] });

const valid: Valid[] = [
  { name: 'HMAC only with a secret', code: `${HEAD}jwt.verify(t, process.env.JWT_SECRET, { algorithms: ['HS256', 'HS512'] });` },
  { name: 'RSA and EC together', code: `${HEAD}jwt.verify(t, publicKey, { algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'] });` },
  { name: 'an RS256 list with a public PEM', code: `${HEAD}jwt.verify(t, '${PUBLIC_PEM}', { algorithms: ['RS256'] });` },
  { name: 'a list built at runtime', code: `${HEAD}jwt.verify(t, key, { algorithms: process.env.JWT_ALGS.split(',') });` },
  { name: 'an HMAC list with an entry built at runtime and a public PEM: can not tell', code: `${HEAD}jwt.verify(t, '${PUBLIC_PEM}', { algorithms: ['HS256', getAlg()] });` },
  {
    name: 'an HMAC list with a key lookup function: a lookup may return secrets',
    code: `${HEAD}jwt.verify(t, (header, done) => done(null, secrets[header.kid]), { algorithms: ['HS256'] }, callback);`,
  },
  {
    name: 'a const list that code changes later is built at runtime',
    code: `${HEAD}const ALGORITHMS = ['HS256'];\nif (process.env.RSA) ALGORITHMS.push('RS256');\njwt.verify(t, '${PUBLIC_PEM}', { algorithms: ALGORITHMS });`,
  },
  { name: 'an HMAC list with a key whose kind is unknown', code: `${HEAD}jwt.verify(t, loadKey(), { algorithms: ['HS256'] });` },
  {
    name: 'a header alg read outside any allow-list',
    code: `${HEAD}const { header } = jwt.decode(t, { complete: true });\nlogger.info(header.alg);\njwt.verify(t, key, { algorithms: ['RS256'] });`,
  },
  { name: 'an alg from the configuration, not the token', code: `${HEAD}const config = { jwt: { alg: process.env.JWT_ALG } };\njwt.verify(t, key, { algorithms: [config.jwt.alg] });` },
  {
    name: "'none' with HMAC is the other rule's business",
    code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256', 'none'] });`,
  },
  {
    name: 'JWE lists are not JWS algorithms',
    code: `import { jwtDecrypt } from 'jose';\nawait jwtDecrypt(t, key, { keyManagementAlgorithms: ['dir', 'RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] });`,
  },
];

const invalid: Invalid[] = [
  {
    name: 'HS256 with RS256 and a key of unknown kind: no suggestion',
    code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256', 'RS256'] });`,
    errors: [mixed('HS256, RS256')],
  },
  {
    name: 'a mix with a public PEM: keep the public-key algorithms',
    code: `${HEAD}jwt.verify(t, '${PUBLIC_PEM}', { algorithms: ['HS256', 'RS256', 'ES256'] });`,
    errors: [mixed('HS256, RS256, ES256', 'RS256, ES256', `${HEAD}jwt.verify(t, '${PUBLIC_PEM}', { algorithms: ['RS256', 'ES256'] });`)],
  },
  {
    name: 'a mix with a literal secret: keep HMAC',
    code: `${HEAD}jwt.verify(t, 'fake-test-secret', { algorithms: ['RS256', 'HS256'] });`,
    errors: [mixed('HS256, RS256', 'HS256', `${HEAD}jwt.verify(t, 'fake-test-secret', { algorithms: ['HS256'] });`)],
  },
  {
    name: 'a mix with an env secret: the key may be either, no suggestion',
    code: `${HEAD}jwt.verify(t, process.env.JWT_SECRET, { algorithms: ['RS256', 'HS256'] });`,
    errors: [mixed('HS256, RS256')],
  },
  {
    name: 'a mix in a const list: reported where it is used, no suggestion',
    code: `${HEAD}const ALGORITHMS = ['HS512', 'ES384'];\njwt.verify(t, '${PUBLIC_PEM}', { algorithms: ALGORITHMS });`,
    errors: [mixed('HS512, ES384')],
  },
  {
    name: 'a mix through a spread of a constant',
    code: `${HEAD}const SYMMETRIC = ['HS256'];\njwt.verify(t, key, { algorithms: [...SYMMETRIC, 'RS256'] });`,
    errors: [mixed('HS256, RS256')],
  },
  {
    name: 'a mix next to an entry built at runtime: the known entries already mix',
    code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256', 'RS256', process.env.EXTRA_ALG] });`,
    errors: [mixed('HS256, RS256')],
  },
  {
    name: 'HMAC only with a public PEM: no algorithm is clearly right',
    code: `${HEAD}jwt.verify(t, '${PUBLIC_PEM}', { algorithms: ['HS256'] });`,
    errors: [publicKey('HS256')],
  },
  {
    name: 'HMAC only with a certificate PEM through a const',
    code: `${HEAD}const CERT = '-----BEGIN CERTIFICATE-----\\nFAKE-CERT-BODY\\n-----END CERTIFICATE-----';\njwt.verify(t, CERT, { algorithms: ['HS256', 'HS384'] });`,
    errors: [publicKey('HS256, HS384')],
  },
  {
    name: 'HMAC only with importSPKI for ES256: allow ES256',
    code: `import { jwtVerify, importSPKI } from 'jose';\nconst key = await importSPKI(pem, 'ES256');\nawait jwtVerify(t, key, { algorithms: ['HS256'] });`,
    errors: [
      publicKey('HS256', JOSE, 'ES256', `import { jwtVerify, importSPKI } from 'jose';\nconst key = await importSPKI(pem, 'ES256');\nawait jwtVerify(t, key, { algorithms: ['ES256'] });`),
    ],
  },
  {
    name: 'HMAC only with importX509 without an algorithm: no suggestion',
    code: `import { jwtVerify, importX509 } from 'jose';\nconst key = await importX509(pem);\nawait jwtVerify(t, key, { algorithms: ['HS256'] });`,
    errors: [publicKey('HS256', JOSE)],
  },
  {
    name: 'HMAC only with crypto.createPublicKey',
    code: `${HEAD}import { createPublicKey } from 'node:crypto';\njwt.verify(t, createPublicKey(pem), { algorithms: ['HS256'] });`,
    errors: [publicKey('HS256')],
  },
  {
    name: 'hono single algorithm with a public PEM: the suggestion would need the key algorithm',
    code: `import { verify } from 'hono/jwt';\nawait verify(t, '${PUBLIC_PEM}', 'HS256');`,
    errors: [publicKey('HS256', 'hono verify()')],
  },
  {
    name: 'the allow-list from decoded.header.alg',
    code: `${HEAD}const decoded = jwt.decode(t, { complete: true });\njwt.verify(t, key, { algorithms: [decoded.header.alg] });`,
    errors: [fromToken()],
  },
  {
    name: 'the allow-list from a header read inline',
    code: `${HEAD}jwt.verify(t, key, { algorithms: [jwt.decode(t, { complete: true }).header.alg] });`,
    errors: [fromToken()],
  },
  {
    name: 'the allow-list from a const alg of the header',
    code: `${HEAD}const { header } = jwt.decode(t, { complete: true });\nconst alg = header.alg;\njwt.verify(t, key, { algorithms: [alg] });`,
    errors: [fromToken()],
  },
  {
    name: 'the allow-list from nested destructuring',
    code: `${HEAD}const { header: { alg } } = jwt.decode(t, { complete: true });\njwt.verify(t, key, { algorithms: ['RS256', alg] });`,
    errors: [fromToken()],
  },
  {
    name: 'a header alg with a default',
    code: `${HEAD}const decoded = jwt.decode(t, { complete: true });\nconst alg = decoded?.header?.alg ?? 'HS256';\njwt.verify(t, key, { algorithms: [alg] });`,
    errors: [fromToken()],
  },
  {
    name: 'a header alg given where a list belongs',
    code: `${HEAD}const decoded = jwt.decode(t, { complete: true });\njwt.verify(t, key, { algorithms: decoded.header.alg });`,
    errors: [fromToken()],
  },
  {
    name: 'any .header.alg member read, even of a parameter',
    code: `${HEAD}export function check(t, parsed) {\n  return jwt.verify(t, key, { algorithms: [parsed.header.alg] });\n}`,
    errors: [fromToken()],
  },
  {
    name: 'jose decodeProtectedHeader(t).alg',
    code: `import { jwtVerify, decodeProtectedHeader } from 'jose';\nawait jwtVerify(t, key, { algorithms: [decodeProtectedHeader(t).alg] });`,
    errors: [fromToken(JOSE)],
  },
];

jsRuleTester.run('no-algorithm-confusion (ESM)', rule, { valid, invalid });

cjsRuleTester.run('no-algorithm-confusion (CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      name: 'cjs: express-jwt with a mixed list',
      code: `const { expressjwt } = require('express-jwt');\napp.use(expressjwt({ secret, algorithms: ['RS256', 'HS256'] }));`,
      errors: [mixed('HS256, RS256', undefined, undefined, 'expressjwt()')],
    },
  ],
});

tsRuleTester.run('no-algorithm-confusion (TypeScript)', rule, {
  valid: [{ name: 'ts: an as-const RSA list', code: `${HEAD}const ALGS = ['RS256', 'RS512'] as const;\njwt.verify(t, key, { algorithms: [...ALGS] });` }],
  invalid: [
    {
      name: 'ts: an as-const mixed list behind a typed options const',
      code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';\nconst ALGS = ['HS256', 'RS256'] as const;\nconst options: VerifyOptions = { algorithms: [...ALGS] };\njwt.verify(t, key, options);`,
      errors: [mixed('HS256, RS256')],
    },
    {
      name: 'ts: a header alg behind a non-null assertion',
      code: `${HEAD}const decoded = jwt.decode(t, { complete: true })!;\njwt.verify(t, key, { algorithms: [decoded.header.alg as jwt.Algorithm] });`,
      errors: [fromToken()],
    },
  ],
});

describe('no-algorithm-confusion options', () => {
  const lint = (ruleOptions: unknown[]): unknown =>
    new Linter().verify(`import jwt from 'jsonwebtoken';\njwt.verify(t, key, { algorithms: ['HS256', 'RS256'] });`, {
      plugins: { 'secure-jwt': { rules: { 'no-algorithm-confusion': rule as never } } },
      rules: { 'secure-jwt/no-algorithm-confusion': ['error', ...ruleOptions] as never },
    });

  it('runs with no options', () => {
    expect(lint([])).toHaveLength(1);
  });

  it('rejects any option', () => {
    expect(() => lint([{ allowMixed: true }])).toThrow(/no-algorithm-confusion/u);
  });
});
