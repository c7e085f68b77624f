/**
 * no-expiry-unit-mistake: JWT times are seconds (RFC 7519 NumericDate). Reports time claims set from
 * a millisecond clock, unit-less lifetime strings that a library reads as milliseconds, and numbers
 * of seconds given to a lifetime option that counts milliseconds.
 *
 * JavaScript cases use free identifiers (`user`, `key`); the library tests (tests/libraries) cover
 * every modelled library and binding style.
 */
import type { InvalidTestCase, TestCaseError, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/no-expiry-unit-mistake.js';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from './tester.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const SIGN = 'jsonwebtoken.sign()';
const JWT = `import jwt from 'jsonwebtoken';\n`;
const FAST = `import { createSigner } from 'fast-jwt';\n`;

function claimError(name: string, api = SIGN, output?: string, code = 'Math.floor(Date.now() / 1000)'): TestCaseError<MessageIds> {
  return {
    messageId: name === 'exp' ? 'millisecondExpiry' : 'millisecondClaim',
    data: { api, name },
    suggestions: output === undefined ? [] : [{ messageId: 'divideByThousand', data: { code }, output }],
  };
}

/** A unit-less string report with both suggestions; `output` writes the replacement into the code. */
function unitless(code: string, amount: string, output: (text: string) => string, api = SIGN, name = 'expiresIn'): TestCaseError<MessageIds> {
  return {
    messageId: 'unitlessString',
    data: { api, name, code },
    suggestions: [
      { messageId: 'readAsSeconds', data: { code: `'${amount}s'` }, output: output(`'${amount}s'`) },
      { messageId: 'keepMilliseconds', data: { code: `'${amount}ms'` }, output: output(`'${amount}ms'`) },
    ],
  };
}

const valid: Valid[] = [
  // --- claims in seconds ---
  { name: 'exp from Math.floor(Date.now() / 1000) plus an offset', code: `${JWT}jwt.sign({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }, key);` },
  { name: 'exp from Date.now() / 1000 plus an offset', code: `${JWT}jwt.sign({ exp: Date.now() / 1000 + 60 }, key);` },
  { name: 'iat from getTime() / 1000', code: `${JWT}jwt.sign({ iat: Math.floor(new Date().getTime() / 1000) }, key);` },
  { name: 'exp from a seconds const', code: `${JWT}const now = Math.floor(Date.now() / 1000);\njwt.sign({ exp: now + 3600 }, key);` },
  { name: 'exp as a NumericDate literal', code: `${JWT}jwt.sign({ exp: 1700000000 }, key);` },
  { name: 'exp from a parameter (runtime value: cannot tell)', code: `${JWT}export function issue(exp) { return jwt.sign({ exp }, key); }` },
  { name: 'exp from a call the engine cannot see into', code: `${JWT}jwt.sign({ exp: expiresAt() }, key);` },
  { name: 'a millisecond time in a claim that is not a NumericDate', code: `${JWT}jwt.sign({ sub: 'u1', loginAt: Date.now() }, key);` },
  { name: 'a millisecond time nested in a custom claim', code: `${JWT}jwt.sign({ ctx: { exp: Date.now() } }, key);` },
  { name: 'a shadowed Date', code: `${JWT}const Date = { now: () => 1 };\njwt.sign({ exp: Date.now() + 3600 }, key);` },
  { name: 'Date.now() in the options, not the payload', code: `${JWT}jwt.sign({ sub: 'u1' }, key, { expiresIn: '1h', jwtid: String(Date.now()) });` },
  { name: 'jose setExpirationTime with a duration string', code: `import { SignJWT } from 'jose';\nnew SignJWT({}).setExpirationTime('2h').sign(key);` },
  { name: 'jose setExpirationTime with seconds', code: `import { SignJWT } from 'jose';\nnew SignJWT({}).setExpirationTime(Math.floor(Date.now() / 1000) + 7200).sign(key);` },
  { name: 'jose setIssuedAt() without an argument, and setNotBefore with a Date', code: `import { SignJWT } from 'jose';\nnew SignJWT({}).setIssuedAt().setNotBefore(new Date(Date.now() + 1000)).setExpirationTime('1h').sign(key);` },
  { name: 'a decode is no sign', code: `${JWT}const claims = jwt.decode(token);\nif (claims.exp < Date.now()) refresh();` },
  // --- lifetime options ---
  { name: 'expiresIn with a unit', code: `${JWT}jwt.sign({}, key, { expiresIn: '3600s' });` },
  { name: 'expiresIn as a number of seconds (jsonwebtoken counts seconds)', code: `${JWT}jwt.sign({}, key, { expiresIn: 3600 });` },
  { name: 'expiresIn with a spaced unit', code: `${JWT}jwt.sign({}, key, { expiresIn: '2 hours' });` },
  { name: "expiresIn: '86400000' is a whole number of seconds in milliseconds (one day): as meant", code: `${JWT}jwt.sign({}, key, { expiresIn: '86400000' });` },
  { name: "expiresIn: '0' is no lifetime to judge", code: `${JWT}jwt.sign({}, key, { expiresIn: '0' });` },
  { name: 'expiresIn from a runtime string', code: `${JWT}jwt.sign({}, key, { expiresIn: process.env.JWT_TTL });` },
  { name: 'fast-jwt expiresIn in milliseconds', code: `${FAST}createSigner({ key, expiresIn: 3600000 });` },
  { name: 'fast-jwt expiresIn as a product with 1000', code: `${FAST}createSigner({ key, expiresIn: 60 * 60 * 1000 });` },
  { name: 'fast-jwt expiresIn as a whole number of seconds in ms (30000 = 30 s)', code: `${FAST}createSigner({ key, expiresIn: 30000 });` },
  { name: 'fast-jwt expiresIn with a unit', code: `${FAST}createSigner({ key, expiresIn: '1h' });` },
  { name: '@hapi/jwt ttlSec counts seconds', code: `import Jwt from '@hapi/jwt';\nJwt.token.generate({}, key, { ttlSec: 3600 });` },
  { name: 'jose 2 JWT.sign rejects a unit-less string itself (not a silent unit change)', code: `import { JWT } from 'jose';\nJWT.sign({}, key, { expiresIn: '3600' });` },
];

const invalid: Invalid[] = [
  // --- millisecond claims ---
  {
    name: 'exp from Date.now() plus seconds',
    code: `${JWT}jwt.sign({ sub: 'u1', exp: Date.now() + 3600 }, key);`,
    errors: [{ ...claimError('exp'), line: 2, column: 28 }],
  },
  {
    name: 'exp from Date.now() plus milliseconds',
    code: `${JWT}jwt.sign({ exp: Date.now() + 60 * 60 * 1000 }, key);`,
    errors: [claimError('exp')],
  },
  {
    name: 'iat as a bare Date.now(): the suggestion converts it',
    code: `${JWT}jwt.sign({ sub: 'u1', iat: Date.now() }, key);`,
    errors: [claimError('iat', SIGN, `${JWT}jwt.sign({ sub: 'u1', iat: Math.floor(Date.now() / 1000) }, key);`)],
  },
  {
    name: 'nbf as a bare getTime()',
    code: `${JWT}jwt.sign({ nbf: start.getTime() }, key, { expiresIn: '1h' });`,
    errors: [claimError('nbf', SIGN, `${JWT}jwt.sign({ nbf: Math.floor(start.getTime() / 1000) }, key, { expiresIn: '1h' });`, 'Math.floor(start.getTime() / 1000)')],
  },
  {
    name: '+new Date() as iat',
    code: `${JWT}jwt.sign({ iat: +new Date() }, key);`,
    errors: [claimError('iat', SIGN, `${JWT}jwt.sign({ iat: Math.floor(+new Date() / 1000) }, key);`, 'Math.floor(+new Date() / 1000)')],
  },
  {
    name: 'Math.floor(Date.now()) is still milliseconds',
    code: `${JWT}jwt.sign({ exp: Math.floor(Date.now()) + 3600 }, key);`,
    errors: [claimError('exp')],
  },
  {
    name: 'exp through a const',
    code: `${JWT}const now = Date.now();\njwt.sign({ exp: now + 3600 }, key);`,
    errors: [claimError('exp')],
  },
  {
    name: 'exp through a const payload object',
    code: `${JWT}const claims = { sub: 'u1', exp: Date.now() + 3600 };\njwt.sign(claims, key);`,
    errors: [claimError('exp')],
  },
  {
    name: 'exp through a spread of a const object',
    code: `${JWT}const times = { iat: Date.now() };\njwt.sign({ ...times, sub: 'u1' }, key);`,
    errors: [claimError('iat', SIGN, `${JWT}const times = { iat: Math.floor(Date.now() / 1000) };\njwt.sign({ ...times, sub: 'u1' }, key);`)],
  },
  {
    name: 'exp through a config object',
    code: `${JWT}const config = { expiry: Date.now() + 3600 };\njwt.sign({ exp: config.expiry }, key);`,
    errors: [claimError('exp')],
  },
  {
    name: 'exp through a same-file helper',
    code: `${JWT}function now() { return Date.now(); }\njwt.sign({ exp: now() + 3600 }, key);`,
    errors: [claimError('exp')],
  },
  {
    name: 'exp through an arrow helper',
    code: `${JWT}const now = () => new Date().getTime();\njwt.sign({ exp: now() + 3600 }, key);`,
    errors: [claimError('exp')],
  },
  {
    name: 'jose SignJWT payload',
    code: `import { SignJWT } from 'jose';\nnew SignJWT({ exp: Date.now() + 3600 }).sign(key);`,
    errors: [claimError('exp', 'jose SignJWT.sign()')],
  },
  {
    name: 'jose setExpirationTime with a millisecond time (a number is a NumericDate)',
    code: `import { SignJWT } from 'jose';\nnew SignJWT({}).setExpirationTime(Date.now() + 3600 * 1000).sign(key);`,
    errors: [claimError('exp', 'jose SignJWT.setExpirationTime()')],
  },
  {
    name: 'jose setIssuedAt with a bare Date.now(): the suggestion converts it',
    code: `import { SignJWT } from 'jose';\nnew SignJWT({}).setIssuedAt(Date.now()).setExpirationTime('1h').sign(key);`,
    errors: [
      claimError('iat', 'jose SignJWT.setIssuedAt()', `import { SignJWT } from 'jose';\nnew SignJWT({}).setIssuedAt(Math.floor(Date.now() / 1000)).setExpirationTime('1h').sign(key);`),
    ],
  },
  {
    name: 'jose setNotBefore with a millisecond time',
    code: `import { SignJWT } from 'jose';\nnew SignJWT({}).setNotBefore(start.getTime() + 60000).setExpirationTime('1h').sign(key);`,
    errors: [claimError('nbf', 'jose SignJWT.setNotBefore()')],
  },
  {
    name: 'jose EncryptJWT payload (encrypted claims are still checked)',
    code: `import { EncryptJWT } from 'jose';\nnew EncryptJWT({ exp: Date.now() + 3600 }).encrypt(key);`,
    errors: [claimError('exp', 'jose EncryptJWT.encrypt()')],
  },
  {
    name: 'two claims, two reports',
    code: `${JWT}jwt.sign({ iat: Date.now(), exp: Date.now() + 3600 }, key);`,
    errors: [claimError('iat', SIGN, `${JWT}jwt.sign({ iat: Math.floor(Date.now() / 1000), exp: Date.now() + 3600 }, key);`), claimError('exp')],
  },
  // --- unit-less strings ---
  {
    name: "jsonwebtoken expiresIn: '3600' (3.6 seconds)",
    code: `${JWT}jwt.sign({}, key, { expiresIn: '3600' });`,
    errors: [unitless(`'3600'`, '3600', (text) => `${JWT}jwt.sign({}, key, { expiresIn: ${text} });`)],
  },
  {
    name: 'a unit-less string through a const options object',
    code: `${JWT}const options = { expiresIn: '86400' };\njwt.sign({}, key, options);`,
    errors: [unitless(`'86400'`, '86400', (text) => `${JWT}const options = { expiresIn: ${text} };\njwt.sign({}, key, options);`)],
  },
  {
    name: 'a unit-less string in a const: reported, no suggestion (the const may serve elsewhere)',
    code: `${JWT}const TTL = '3600';\njwt.sign({}, key, { expiresIn: TTL });`,
    errors: [{ messageId: 'unitlessString', data: { api: SIGN, name: 'expiresIn', code: 'TTL' }, suggestions: [] }],
  },
  {
    name: 'fast-jwt unit-less string',
    code: `${FAST}createSigner({ key, expiresIn: '900' });`,
    errors: [unitless(`'900'`, '900', (text) => `${FAST}createSigner({ key, expiresIn: ${text} });`, 'fast-jwt createSigner()')],
  },
  // --- seconds given to a millisecond option ---
  {
    name: 'fast-jwt expiresIn: 3600 (3.6 seconds)',
    code: `${FAST}createSigner({ key, expiresIn: 3600 });`,
    errors: [
      {
        messageId: 'secondsAsMilliseconds',
        data: { api: 'fast-jwt createSigner()', name: 'expiresIn' },
        suggestions: [{ messageId: 'multiplyByThousand', data: { code: '3600 * 1000' }, output: `${FAST}createSigner({ key, expiresIn: 3600 * 1000 });` }],
      },
    ],
  },
  {
    name: 'fast-jwt expiresIn: 60 * 60 * 5 (a product without 1000)',
    code: `${FAST}createSigner({ key, expiresIn: 60 * 60 * 5 });`,
    errors: [
      {
        messageId: 'secondsAsMilliseconds',
        data: { api: 'fast-jwt createSigner()', name: 'expiresIn' },
        suggestions: [
          { messageId: 'multiplyByThousand', data: { code: '60 * 60 * 5 * 1000' }, output: `${FAST}createSigner({ key, expiresIn: 60 * 60 * 5 * 1000 });` },
        ],
      },
    ],
  },
  {
    name: 'fast-jwt expiresIn from a const: reported without suggestion',
    code: `${FAST}const ONE_DAY = 86400;\ncreateSigner({ key, expiresIn: ONE_DAY });`,
    errors: [{ messageId: 'secondsAsMilliseconds', data: { api: 'fast-jwt createSigner()', name: 'expiresIn' }, suggestions: [] }],
  },
];

jsRuleTester.run('no-expiry-unit-mistake (ES modules)', rule, { valid, invalid });

tsRuleTester.run('no-expiry-unit-mistake (TypeScript)', rule, {
  valid: [
    { name: 'typed seconds claim', code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ exp: Math.floor(Date.now() / 1000) + 60 } satisfies object, key);` },
  ],
  invalid: [
    {
      name: 'iat behind `as number`: the suggestion keeps the assertion outside',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ iat: Date.now() as number }, key);`,
      errors: [
        claimError('iat', SIGN, `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ iat: Math.floor(Date.now() / 1000) as number }, key);`),
      ],
    },
  ],
});

cjsRuleTester.run('no-expiry-unit-mistake (CommonJS)', rule, {
  valid: [{ name: 'require with a seconds claim', code: `const jwt = require('jsonwebtoken');\njwt.sign({ exp: Math.floor(Date.now() / 1000) + 60 }, key);` }],
  invalid: [
    {
      name: 'require with a millisecond exp',
      code: `const jwt = require('jsonwebtoken');\njwt.sign({ exp: Date.now() + 60 }, key);`,
      errors: [claimError('exp')],
    },
    {
      name: 'destructured sign with a unit-less string',
      code: `const { sign } = require('jsonwebtoken');\nsign({}, key, { expiresIn: '60' });`,
      errors: [unitless(`'60'`, '60', (text) => `const { sign } = require('jsonwebtoken');\nsign({}, key, { expiresIn: ${text} });`)],
    },
  ],
});
