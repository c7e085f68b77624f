/**
 * no-sensitive-payload: a signed JWT payload is readable by anyone who holds the token. Reports
 * secrets and personal data under well-known property names in any payload the engine can see.
 */
import type { InvalidTestCase, TestCaseError, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/no-sensitive-payload.js';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from './tester.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const SIGN = 'jsonwebtoken.sign()';
const JWT = `import jwt from 'jsonwebtoken';\n`;

/** A report; `output` is the one "remove" suggestion's result, `null` for none. */
function leak(name: string, output: string | null, api = SIGN): TestCaseError<MessageIds> {
  return {
    messageId: 'sensitivePayload',
    data: { api, name },
    suggestions: output === null ? [] : [{ messageId: 'removeProperty', data: { name }, output }],
  };
}

const valid: Valid[] = [
  { name: 'ordinary claims', code: `${JWT}jwt.sign({ sub: user.id, role: user.role }, key, { expiresIn: '1h' });` },
  { name: 'passwordChangedAt is a date, not a password', code: `${JWT}jwt.sign({ sub: user.id, passwordChangedAt: user.pwdAt }, key);` },
  { name: 'hasPassword is a flag', code: `${JWT}jwt.sign({ sub: user.id, hasPassword: true }, key);` },
  { name: 'a whole user object (cannot see its keys)', code: `${JWT}jwt.sign(user, key);` },
  { name: 'a spread of a runtime object', code: `${JWT}jwt.sign({ ...user }, key);` },
  { name: 'password in the options, not the payload', code: `${JWT}jwt.sign({ sub: 'u1' }, { key: pem, passphrase: password });` },
  { name: 'a string payload', code: `${JWT}jwt.sign('password', key);` },
  { name: 'jose EncryptJWT: the payload is encrypted', code: `import { EncryptJWT } from 'jose';\nnew EncryptJWT({ sub: 'u1', ssn: user.ssn }).setExpirationTime('1h').encrypt(key);` },
  { name: 'a verify call', code: `${JWT}jwt.verify(token, key, { algorithms: ['HS256'], password: 'x' });` },
  { name: 'a computed key the rule cannot name', code: `${JWT}jwt.sign({ [field]: value }, key);` },
  { name: 'an object that is no payload', code: `const row = { password: hash };\nsave(row);` },
  {
    name: 'names option replaces the defaults',
    code: `${JWT}jwt.sign({ sub: 'u1', password: p }, key);`,
    options: [{ names: ['taxId'] }],
  },
];

const invalid: Invalid[] = [
  {
    name: 'password in an inline payload',
    code: `${JWT}jwt.sign({ sub: user.id, password: user.password }, key);`,
    errors: [{ ...leak('password', `${JWT}jwt.sign({ sub: user.id }, key);`), line: 2, column: 26, endColumn: 34 }],
  },
  {
    name: 'the removal takes the comma after the property',
    code: `${JWT}jwt.sign({ password: p, sub: 'u1' }, key);`,
    errors: [leak('password', `${JWT}jwt.sign({ sub: 'u1' }, key);`)],
  },
  {
    name: 'shorthand password_hash (snake case)',
    code: `${JWT}jwt.sign({ sub, password_hash }, key);`,
    errors: [leak('password_hash', `${JWT}jwt.sign({ sub }, key);`)],
  },
  {
    name: 'quoted key in any case',
    code: `${JWT}jwt.sign({ 'CardNumber': n }, key);`,
    errors: [leak('CardNumber', `${JWT}jwt.sign({}, key);`)],
  },
  {
    name: 'several names, several reports',
    code: `${JWT}jwt.sign({ sub: 'u1', cvv: c, ssn: s }, key);`,
    errors: [leak('cvv', `${JWT}jwt.sign({ sub: 'u1', ssn: s }, key);`), leak('ssn', `${JWT}jwt.sign({ sub: 'u1', cvv: c }, key);`)],
  },
  {
    name: 'a nested object: reported by its path, no suggestion',
    code: `${JWT}jwt.sign({ user: { id: 1, salt: s } }, key);`,
    errors: [leak('user.salt', null)],
  },
  {
    name: 'a const payload: reported, no suggestion (the object may serve elsewhere)',
    code: `${JWT}const claims = { sub: 'u1', apiKey: k };\njwt.sign(claims, key);`,
    errors: [leak('apiKey', null)],
  },
  {
    name: 'a spread of a const object',
    code: `${JWT}const secrets = { privateKey: pem };\njwt.sign({ sub: 'u1', ...secrets }, key);`,
    errors: [leak('privateKey', null)],
  },
  {
    name: 'jose SignJWT payload',
    code: `import { SignJWT } from 'jose';\nnew SignJWT({ sub: 'u1', refreshToken: r }).setExpirationTime('1h').sign(key);`,
    errors: [leak('refreshToken', `import { SignJWT } from 'jose';\nnew SignJWT({ sub: 'u1' }).setExpirationTime('1h').sign(key);`, 'jose SignJWT.sign()')],
  },
  {
    name: 'additionalNames adds to the defaults',
    code: `${JWT}jwt.sign({ taxId: t, pwd: p }, key);`,
    options: [{ additionalNames: ['taxId'] }],
    errors: [leak('taxId', `${JWT}jwt.sign({ pwd: p }, key);`), leak('pwd', `${JWT}jwt.sign({ taxId: t }, key);`)],
  },
  {
    name: 'names option replaces the defaults',
    code: `${JWT}jwt.sign({ taxId: t, password: p }, key);`,
    options: [{ names: ['tax-id'] }],
    errors: [leak('taxId', `${JWT}jwt.sign({ password: p }, key);`)],
  },
  {
    name: 'multi-line payload',
    code: `${JWT}jwt.sign(\n  {\n    sub: 'u1',\n    password: p,\n    role: 'admin',\n  },\n  key,\n);`,
    errors: [leak('password', `${JWT}jwt.sign(\n  {\n    sub: 'u1',\n    role: 'admin',\n  },\n  key,\n);`)],
  },
];

jsRuleTester.run('no-sensitive-payload (ES modules)', rule, { valid, invalid });

tsRuleTester.run('no-sensitive-payload (TypeScript)', rule, {
  valid: [],
  invalid: [
    {
      name: 'payload behind `satisfies`',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\ndeclare const p: string;\njwt.sign({ sub: 'u1', password: p } satisfies object, key);`,
      errors: [leak('password', `import jwt from 'jsonwebtoken';\ndeclare const key: string;\ndeclare const p: string;\njwt.sign({ sub: 'u1' } satisfies object, key);`)],
    },
  ],
});

cjsRuleTester.run('no-sensitive-payload (CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      name: 'require and a destructured sign',
      code: `const { sign } = require('jsonwebtoken');\nsign({ sub: 1, creditCard: c }, key);`,
      errors: [leak('creditCard', `const { sign } = require('jsonwebtoken');\nsign({ sub: 1 }, key);`)],
    },
  ],
});

describe('no-sensitive-payload options schema', () => {
  const lint = (options: unknown): void => {
    new Linter({ configType: 'flat' }).verify('const x = 1;', [
      {
        plugins: { 'secure-jwt': { rules: { 'no-sensitive-payload': rule as never } } },
        rules: { 'secure-jwt/no-sensitive-payload': ['error', options] },
      },
    ]);
  };
  it('accepts names and additionalNames', () => {
    expect(() => lint({ names: ['password'], additionalNames: ['taxId'] })).not.toThrow();
  });
  it('rejects an unknown property', () => {
    expect(() => lint({ keys: ['password'] })).toThrow(/no-sensitive-payload/);
  });
  it('rejects an empty name', () => {
    expect(() => lint({ additionalNames: [''] })).toThrow(/no-sensitive-payload/);
  });
});
