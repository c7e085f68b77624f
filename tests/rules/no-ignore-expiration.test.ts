/**
 * no-ignore-expiration: expiry and not-before checks turned off, and clock tolerances above the
 * limit. Library coverage is in tests/libraries/*.rows.ts; these are the policy cases.
 */
import type { InvalidTestCase, TestCaseError, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/no-ignore-expiration.js';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from './tester.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const VERIFY = 'jsonwebtoken.verify()';
const HEAD = `import jwt from 'jsonwebtoken';\n`;

function ignored(option: string, output?: string, api = VERIFY, messageId: MessageIds = 'expiryIgnored'): TestCaseError<MessageIds> {
  return {
    messageId,
    data: { api, option },
    suggestions: output === undefined ? [] : [{ messageId: 'removeOption', data: { option }, output }],
  };
}

function tolerance(seconds: number, limit = 300, option = 'clockTolerance', api = VERIFY): TestCaseError<MessageIds> {
  return { messageId: 'largeClockTolerance', data: { api, option, seconds: String(seconds), limit: String(limit) }, suggestions: [] };
}

const valid: Valid[] = [
  { name: 'no weakening options', code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'] });` },
  { name: 'ignoreExpiration: false', code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], ignoreExpiration: false });` },
  { name: 'ignoreExpiration read at runtime', code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], ignoreExpiration: process.env.DEV === 'true' });` },
  { name: 'ignoreExpiration from a parameter', code: `${HEAD}export const check = (t, ignore) => jwt.verify(t, key, { algorithms: ['HS256'], ignoreExpiration: ignore });` },
  { name: 'options spread from elsewhere', code: `${HEAD}jwt.verify(t, key, { ...base, algorithms: ['HS256'] });` },
  { name: 'exactly the default limit of clock tolerance', code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], clockTolerance: 300 });` },
  { name: 'a clock tolerance read at runtime', code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], clockTolerance: Number(process.env.SKEW) });` },
  { name: 'a large maxAge only adds a check', code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], maxAge: '365d' });` },
  { name: 'ignoreExpiration on sign is not a sign option', code: `${HEAD}jwt.sign(p, key, { expiresIn: '1h', ignoreExpiration: true });` },
  { name: 'an unrelated ignoreExpiration object', code: `${HEAD}cache.get(k, { ignoreExpiration: true });\njwt.verify(t, key, { algorithms: ['HS256'] });` },
  {
    name: 'a 30-minute tolerance under a raised limit',
    code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], clockTolerance: 1800 });`,
    options: [{ maxClockToleranceSeconds: 3600 }],
  },
  { name: "hono verification exp: true", code: `import { jwt } from 'hono/jwt';\napp.use(jwt({ secret, alg: 'HS256', verification: { exp: true } }));` },
  { name: 'hono verify with a string algorithm', code: `import { verify } from 'hono/jwt';\nawait verify(t, secret, 'HS256');` },
];

const invalid: Invalid[] = [
  {
    name: 'ignoreExpiration: true, the only option: the suggestion leaves an empty object',
    code: `${HEAD}jwt.verify(t, key, { ignoreExpiration: true });`,
    errors: [ignored('ignoreExpiration', `${HEAD}jwt.verify(t, key, {});`)],
  },
  {
    name: 'ignoreExpiration: true between other options',
    code: `${HEAD}jwt.verify(t, key, { audience: 'api', ignoreExpiration: true, algorithms: ['HS256'] });`,
    errors: [ignored('ignoreExpiration', `${HEAD}jwt.verify(t, key, { audience: 'api', algorithms: ['HS256'] });`)],
  },
  {
    name: 'ignoreExpiration: true last, in a multi-line object',
    code: `${HEAD}jwt.verify(t, key, {\n  algorithms: ['HS256'],\n  ignoreExpiration: true,\n});`,
    errors: [ignored('ignoreExpiration', `${HEAD}jwt.verify(t, key, {\n  algorithms: ['HS256'],\n});`)],
  },
  {
    name: 'ignoreExpiration with a comment on it: reported, no suggestion (the comment stays)',
    code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], /* tests only */ ignoreExpiration: true });`,
    errors: [ignored('ignoreExpiration')],
  },
  {
    name: 'ignoreExpiration set by a later assignment: reported, no suggestion',
    code: `${HEAD}const options = { algorithms: ['HS256'] };\noptions.ignoreExpiration = true;\njwt.verify(t, key, options);`,
    errors: [ignored('ignoreExpiration')],
  },
  {
    name: 'ignoreExpiration as a shorthand property of a constant',
    code: `${HEAD}const ignoreExpiration = true;\njwt.verify(t, key, { algorithms: ['HS256'], ignoreExpiration });`,
    errors: [ignored('ignoreExpiration', `${HEAD}const ignoreExpiration = true;\njwt.verify(t, key, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'ignoreExpiration: 1 (truthy)',
    code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], ignoreExpiration: 1 });`,
    errors: [ignored('ignoreExpiration', `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'ignoreNotBefore: true',
    code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], ignoreNotBefore: true });`,
    errors: [ignored('ignoreNotBefore', `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'] });`, VERIFY, 'notBeforeIgnored')],
  },
  {
    name: 'both flags and a huge tolerance in one call: three reports',
    code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], ignoreExpiration: true, ignoreNotBefore: true, clockTolerance: 86400 });`,
    errors: [
      ignored('ignoreExpiration', `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], ignoreNotBefore: true, clockTolerance: 86400 });`),
      ignored('ignoreNotBefore', `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], ignoreExpiration: true, clockTolerance: 86400 });`, VERIFY, 'notBeforeIgnored'),
      tolerance(86400),
    ],
  },
  {
    name: 'a tolerance just over the limit',
    code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], clockTolerance: 301 });`,
    errors: [tolerance(301)],
  },
  {
    name: 'a tolerance over a lowered limit',
    code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], clockTolerance: 90 });`,
    options: [{ maxClockToleranceSeconds: 60 }],
    errors: [tolerance(90, 60)],
  },
  {
    name: 'an infinite tolerance',
    code: `${HEAD}jwt.verify(t, key, { algorithms: ['HS256'], clockTolerance: Infinity });`,
    errors: [tolerance(Infinity)],
  },
  {
    name: 'a tolerance from a constant expression',
    code: `${HEAD}const SKEW = 60 * 60;\njwt.verify(t, key, { algorithms: ['HS256'], clockTolerance: SKEW });`,
    errors: [tolerance(3600)],
  },
  {
    name: 'fast-jwt counts milliseconds',
    code: `import { createVerifier } from 'fast-jwt';\ncreateVerifier({ key, algorithms: ['HS256'], clockTolerance: 900000 });`,
    errors: [tolerance(900, 300, 'clockTolerance', 'fast-jwt createVerifier()')],
  },
  {
    name: 'jose reads a duration string',
    code: `import { jwtVerify } from 'jose';\nawait jwtVerify(t, key, { algorithms: ['ES256'], clockTolerance: '2 hours' });`,
    errors: [tolerance(7200, 300, 'clockTolerance', 'jose.jwtVerify()')],
  },
  {
    name: 'hono verification.exp false: inverted flag',
    code: `import { jwt } from 'hono/jwt';\napp.use(jwt({ secret, alg: 'HS256', verification: { exp: false } }));`,
    errors: [
      ignored('verification.exp', `import { jwt } from 'hono/jwt';\napp.use(jwt({ secret, alg: 'HS256', verification: {} }));`, 'hono jwt()'),
    ],
  },
  {
    name: '@nestjs/jwt verifyOptions in a config const',
    code: `import { JwtModule } from '@nestjs/jwt';\nconst jwtConfig = { secret, verifyOptions: { ignoreExpiration: true } };\nJwtModule.register(jwtConfig);`,
    errors: [
      ignored(
        'verifyOptions.ignoreExpiration',
        `import { JwtModule } from '@nestjs/jwt';\nconst jwtConfig = { secret, verifyOptions: {} };\nJwtModule.register(jwtConfig);`,
        'JwtModule.register()',
      ),
    ],
  },
];

jsRuleTester.run('no-ignore-expiration (ESM)', rule, { valid, invalid });

cjsRuleTester.run('no-ignore-expiration (CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      name: 'cjs: koa-jwt as the module itself',
      code: `const koaJwt = require('koa-jwt');\napp.use(koaJwt({ secret, algorithms: ['HS256'], ignoreExpiration: true }));`,
      errors: [ignored('ignoreExpiration', `const koaJwt = require('koa-jwt');\napp.use(koaJwt({ secret, algorithms: ['HS256'] }));`, 'koa-jwt()')],
    },
  ],
});

tsRuleTester.run('no-ignore-expiration (TypeScript)', rule, {
  valid: [],
  invalid: [
    {
      name: 'ts: a typed options const with as const',
      code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';\nconst options: VerifyOptions = { algorithms: ['HS256'], ignoreExpiration: true as const };\njwt.verify(t, key, options);`,
      errors: [
        ignored('ignoreExpiration', `import jwt, { type VerifyOptions } from 'jsonwebtoken';\nconst options: VerifyOptions = { algorithms: ['HS256'] };\njwt.verify(t, key, options);`),
      ],
    },
  ],
});

describe('no-ignore-expiration options', () => {
  const lint = (ruleOptions: unknown[]): unknown =>
    new Linter().verify(`import jwt from 'jsonwebtoken';\njwt.verify(t, key, { clockTolerance: 600 });`, {
      plugins: { 'secure-jwt': { rules: { 'no-ignore-expiration': rule as never } } },
      rules: { 'secure-jwt/no-ignore-expiration': ['error', ...ruleOptions] as never },
    });

  it('reports 600 seconds under the default limit of 300', () => {
    expect(lint([])).toHaveLength(1);
  });

  it('accepts a higher limit', () => {
    expect(lint([{ maxClockToleranceSeconds: 900 }])).toHaveLength(0);
  });

  it('rejects a negative limit, a string limit and unknown options', () => {
    expect(() => lint([{ maxClockToleranceSeconds: -1 }])).toThrow(/no-ignore-expiration/u);
    expect(() => lint([{ maxClockToleranceSeconds: '5m' }])).toThrow(/no-ignore-expiration/u);
    expect(() => lint([{ maxAge: 60 }])).toThrow(/no-ignore-expiration/u);
  });
});
