/**
 * no-none-algorithm: no signing with `none`, no `none` in an allow-list, no jose `UnsecuredJWT`,
 * no empty verification key. Library coverage is in tests/libraries/*.rows.ts; these are the
 * policy cases: messages, suggestions, what resolves and what stays silent.
 */
import type { InvalidTestCase, TestCaseError, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/no-none-algorithm.js';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from './tester.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const SIGN = 'jsonwebtoken.sign()';
const VERIFY = 'jsonwebtoken.verify()';

const signing = (api = SIGN): TestCaseError<MessageIds> => ({ messageId: 'noneSigning', data: { api }, suggestions: [] });
const allowed = (api = VERIFY, option = 'algorithms', output?: string): TestCaseError<MessageIds> => ({
  messageId: 'noneAllowed',
  data: { api, option },
  suggestions: output === undefined ? [] : [{ messageId: 'removeNone', data: { option }, output }],
});

const valid: Valid[] = [
  { name: 'signing with HS256', code: `import jwt from 'jsonwebtoken';\njwt.sign(p, key, { algorithm: 'HS256', expiresIn: '1h' });` },
  { name: 'an allow-list without none', code: `import jwt from 'jsonwebtoken';\njwt.verify(t, key, { algorithms: ['HS256', 'HS512'] });` },
  {
    name: "sameSite: 'none' on a cookie is not a JWT algorithm",
    code: `import jwt from 'jsonwebtoken';\nres.cookie('session', jwt.sign(p, key, { expiresIn: '1h' }), { sameSite: 'none', secure: true });`,
  },
  {
    name: "'none' in an options object of something else",
    code: `import jwt from 'jsonwebtoken';\nconst options = { algorithm: 'none' };\ncompress(data, options);\njwt.verify(t, key, { algorithms: ['RS256'] });`,
  },
  {
    name: "'none' in an unrelated option of a verify call",
    code: `import jwt from 'jsonwebtoken';\njwt.verify(t, key, { algorithms: ['RS256'], audience: 'none' });`,
  },
  { name: 'an algorithm read at runtime', code: `import jwt from 'jsonwebtoken';\njwt.sign(p, key, { algorithm: process.env.JWT_ALG, expiresIn: '1h' });` },
  { name: 'an allow-list built at runtime', code: `import jwt from 'jsonwebtoken';\njwt.verify(t, key, { algorithms: process.env.JWT_ALGS.split(',') });` },
  { name: 'a verify key read at runtime', code: `import jwt from 'jsonwebtoken';\njwt.verify(t, process.env.JWT_SECRET, { algorithms: ['HS256'] });` },
  { name: 'a verify call with no key argument at all', code: `import jwt from 'jsonwebtoken';\njwt.verify(t);` , },
  { name: 'signing with a null key is another rule’s business', code: `import jwt from 'jsonwebtoken';\njwt.sign(p, null, { algorithm: 'HS256', expiresIn: '1h' });` },
  {
    name: 'a null secretOrKey next to a key provider',
    code: `import { Strategy } from 'passport-jwt';\nnew Strategy({ secretOrKey: null, secretOrKeyProvider: provideKey, algorithms: ['RS256'] }, verify);`,
  },
  { name: 'jose SignJWT with ES256', code: `import { SignJWT } from 'jose';\nawait new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('1h').sign(key);` },
  { name: 'a local class named UnsecuredJWT', code: `import { jwtVerify } from 'jose';\nclass UnsecuredJWT {}\nnew UnsecuredJWT();` },
];

const invalid: Invalid[] = [
  {
    name: "sign with algorithm 'none'",
    code: `import jwt from 'jsonwebtoken';\njwt.sign(p, key, { algorithm: 'none', expiresIn: '1h' });`,
    errors: [signing()],
  },
  {
    name: "sign with algorithm 'NONE' (any case)",
    code: `import jwt from 'jsonwebtoken';\njwt.sign(p, key, { algorithm: 'NONE', expiresIn: '1h' });`,
    errors: [signing()],
  },
  {
    name: "sign with the algorithm in a constant",
    code: `import jwt from 'jsonwebtoken';\nconst ALG = 'none';\nconst options = { algorithm: ALG, expiresIn: '1h' };\njwt.sign(p, key, options);`,
    errors: [signing()],
  },
  {
    name: "'none' alone in an allow-list: no suggestion (nothing would be left)",
    code: `import jwt from 'jsonwebtoken';\njwt.verify(t, key, { algorithms: ['none'] });`,
    errors: [allowed()],
  },
  {
    name: "'none' first in an allow-list: the suggestion removes it",
    code: `import jwt from 'jsonwebtoken';\njwt.verify(t, key, { algorithms: ['none', 'RS256'] });`,
    errors: [allowed(VERIFY, 'algorithms', `import jwt from 'jsonwebtoken';\njwt.verify(t, key, { algorithms: ['RS256'] });`)],
  },
  {
    name: "'none' last in a multi-line allow-list with a trailing comma",
    code: `import jwt from 'jsonwebtoken';\njwt.verify(t, key, {\n  algorithms: [\n    'RS256',\n    'none',\n  ],\n});`,
    errors: [allowed(VERIFY, 'algorithms', `import jwt from 'jsonwebtoken';\njwt.verify(t, key, {\n  algorithms: [\n    'RS256',\n  ],\n});`)],
  },
  {
    name: "'none' in a const allow-list: reported where the list is used, no suggestion",
    code: `import jwt from 'jsonwebtoken';\nconst ALGORITHMS = ['RS256', 'none'];\njwt.verify(t, key, { algorithms: ALGORITHMS });`,
    errors: [allowed()],
  },
  {
    name: "'none' spread into an allow-list from a constant",
    code: `import jwt from 'jsonwebtoken';\nconst LEGACY = ['none'];\njwt.verify(t, key, { algorithms: ['RS256', ...LEGACY] });`,
    errors: [allowed()],
  },
  {
    name: "'none' next to an entry built at runtime: reported, no suggestion (the rest may be empty)",
    code: `import jwt from 'jsonwebtoken';\njwt.verify(t, key, { algorithms: [process.env.JWT_ALG, 'none'] });`,
    errors: [allowed()],
  },
  {
    name: 'verify with a literal null key',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(t, null, { algorithms: ['HS256'] });`,
    errors: [{ messageId: 'emptyVerificationKey', data: { api: VERIFY } }],
  },
  {
    name: 'verify with undefined, false and an empty-string constant',
    code: `import jwt from 'jsonwebtoken';\nconst NO_KEY = '';\njwt.verify(t, undefined, { algorithms: ['HS256'] });\njwt.verify(t, false, { algorithms: ['HS256'] });\njwt.verify(t, NO_KEY, { algorithms: ['HS256'] });`,
    errors: [
      { messageId: 'emptyVerificationKey', data: { api: VERIFY } },
      { messageId: 'emptyVerificationKey', data: { api: VERIFY } },
      { messageId: 'emptyVerificationKey', data: { api: VERIFY } },
    ],
  },
  {
    name: 'a middleware with secret: null',
    code: `import { expressjwt } from 'express-jwt';\napp.use(expressjwt({ secret: null, algorithms: ['HS256'] }));`,
    errors: [{ messageId: 'emptyVerificationKey', data: { api: 'expressjwt()' } }],
  },
  {
    name: 'jose UnsecuredJWT, made and read',
    code: `import { UnsecuredJWT } from 'jose';\nconst token = new UnsecuredJWT({ sub: 'u' }).encode();\nUnsecuredJWT.decode(token);`,
    errors: [
      { messageId: 'unsecuredToken', data: { api: 'jose UnsecuredJWT' } },
      { messageId: 'unsecuredToken', data: { api: 'jose.UnsecuredJWT.decode()' } },
    ],
  },
  {
    name: 'jose UnsecuredJWT from its deep entry point',
    code: `import { UnsecuredJWT } from 'jose/jwt/unsecured';\nconst token = new UnsecuredJWT({ sub: 'u' }).encode();`,
    errors: [{ messageId: 'unsecuredToken', data: { api: 'jose UnsecuredJWT' } }],
  },
  {
    name: "jose builder header alg 'none' through a const header",
    code: `import { CompactSign } from 'jose';\nconst header = { alg: 'none' };\nawait new CompactSign(bytes).setProtectedHeader(header).sign(key);`,
    errors: [signing('jose CompactSign.setProtectedHeader()')],
  },
];

jsRuleTester.run('no-none-algorithm (ESM)', rule, { valid, invalid });

cjsRuleTester.run('no-none-algorithm (CommonJS)', rule, {
  valid: [{ name: 'cjs: HS256', code: `const jwt = require('jsonwebtoken');\njwt.verify(t, key, { algorithms: ['HS256'] });` }],
  invalid: [
    {
      name: "cjs: destructured sign with 'none'",
      code: `const { sign } = require('jsonwebtoken');\nsign(p, key, { algorithm: 'none', expiresIn: '1h' });`,
      errors: [signing()],
    },
    {
      name: "cjs: jws sign with header alg 'none'",
      code: `const jws = require('jws');\njws.sign({ header: { alg: 'none' }, payload: 'x', secret });`,
      errors: [signing('jws.sign()')],
    },
  ],
});

tsRuleTester.run('no-none-algorithm (TypeScript)', rule, {
  valid: [
    {
      name: 'ts: an as-const list without none',
      code: `import jwt from 'jsonwebtoken';\nconst ALGORITHMS = ['RS256', 'ES256'] as const;\njwt.verify(t, key, { algorithms: [...ALGORITHMS] });`,
    },
  ],
  invalid: [
    {
      name: "ts: an as-const list with 'none'",
      code: `import jwt from 'jsonwebtoken';\nconst ALGORITHMS = ['RS256', 'none'] as const;\njwt.verify(t, key, { algorithms: [...ALGORITHMS] });`,
      errors: [allowed()],
    },
    {
      name: "ts: 'none' behind as and satisfies",
      code: `import jwt from 'jsonwebtoken';\njwt.sign(p, key, { algorithm: 'none' as jwt.Algorithm, expiresIn: '1h' } satisfies jwt.SignOptions);`,
      errors: [signing()],
    },
    {
      name: "ts: a config object's algorithm",
      code: `import jwt from 'jsonwebtoken';\nconst config = { jwt: { sign: { algorithm: 'none', expiresIn: '1h' } } } as const;\njwt.sign(p, key, config.jwt.sign);`,
      errors: [signing()],
    },
  ],
});

describe('no-none-algorithm options', () => {
  const lint = (ruleOptions: unknown[]): unknown =>
    new Linter().verify(`import jwt from 'jsonwebtoken';\njwt.verify(t, key, { algorithms: ['none'] });`, {
      plugins: { 'secure-jwt': { rules: { 'no-none-algorithm': rule as never } } },
      rules: { 'secure-jwt/no-none-algorithm': ['error', ...ruleOptions] as never },
    });

  it('runs with no options', () => {
    expect(lint([])).toHaveLength(1);
  });

  it('rejects any option', () => {
    expect(() => lint([{ allow: ['none'] }])).toThrow(/no-none-algorithm/u);
  });
});
