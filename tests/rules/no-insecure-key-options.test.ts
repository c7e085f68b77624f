/**
 * no-insecure-key-options: `allowInsecureKeySizes` and `allowInvalidAsymmetricKeyTypes` turned on.
 * Library coverage is in tests/libraries/*.rows.ts; these are the policy cases.
 */
import type { InvalidTestCase, TestCaseError, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/no-insecure-key-options.js';
import { cjsRuleTester, jsRuleTester } from './tester.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const HEAD = `import jwt from 'jsonwebtoken';\n`;

function error(messageId: 'insecureKeySize' | 'invalidKeyType', option: string, api: string, output?: string): TestCaseError<MessageIds> {
  return {
    messageId,
    data: { api, option },
    suggestions: output === undefined ? [] : [{ messageId: 'removeOption', data: { option }, output }],
  };
}

const valid: Valid[] = [
  { name: 'no key options', code: `${HEAD}jwt.sign(p, key, { algorithm: 'RS256', expiresIn: '1h' });` },
  { name: 'both options false', code: `${HEAD}jwt.sign(p, key, { allowInsecureKeySizes: false, allowInvalidAsymmetricKeyTypes: false });` },
  { name: 'an option read at runtime', code: `${HEAD}jwt.sign(p, key, { allowInsecureKeySizes: process.env.LEGACY_KEYS === '1' });` },
  { name: 'allowInsecureKeySizes is not a verify option', code: `${HEAD}jwt.verify(t, key, { algorithms: ['RS256'], allowInsecureKeySizes: true });` },
  { name: 'an unrelated object with the same name', code: `${HEAD}tls.connect({ allowInsecureKeySizes: true });` },
];

const invalid: Invalid[] = [
  {
    name: 'sign with allowInsecureKeySizes: true',
    code: `${HEAD}jwt.sign(p, key, { algorithm: 'RS256', allowInsecureKeySizes: true });`,
    errors: [error('insecureKeySize', 'allowInsecureKeySizes', 'jsonwebtoken.sign()', `${HEAD}jwt.sign(p, key, { algorithm: 'RS256' });`)],
  },
  {
    name: 'verify with allowInvalidAsymmetricKeyTypes from a constant',
    code: `${HEAD}const LEGACY = true;\njwt.verify(t, key, { algorithms: ['RS256'], allowInvalidAsymmetricKeyTypes: LEGACY });`,
    errors: [
      error(
        'invalidKeyType',
        'allowInvalidAsymmetricKeyTypes',
        'jsonwebtoken.verify()',
        `${HEAD}const LEGACY = true;\njwt.verify(t, key, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'both options in one shared const: two reports',
    code: `${HEAD}const signOptions = {\n  algorithm: 'RS256',\n  allowInsecureKeySizes: true,\n  allowInvalidAsymmetricKeyTypes: true,\n};\njwt.sign(p, key, signOptions);`,
    errors: [
      error(
        'insecureKeySize',
        'allowInsecureKeySizes',
        'jsonwebtoken.sign()',
        `${HEAD}const signOptions = {\n  algorithm: 'RS256',\n  allowInvalidAsymmetricKeyTypes: true,\n};\njwt.sign(p, key, signOptions);`,
      ),
      error(
        'invalidKeyType',
        'allowInvalidAsymmetricKeyTypes',
        'jsonwebtoken.sign()',
        `${HEAD}const signOptions = {\n  algorithm: 'RS256',\n  allowInsecureKeySizes: true,\n};\njwt.sign(p, key, signOptions);`,
      ),
    ],
  },
  {
    name: 'set by assignment: reported, no suggestion',
    code: `${HEAD}const options = { algorithm: 'RS256' };\noptions.allowInsecureKeySizes = true;\njwt.sign(p, key, options);`,
    errors: [error('insecureKeySize', 'allowInsecureKeySizes', 'jsonwebtoken.sign()')],
  },
  {
    name: 'passport-jwt reads it from jsonWebTokenOptions',
    code: `import { Strategy } from 'passport-jwt';\nnew Strategy({ secretOrKey: publicKey, algorithms: ['RS256'], jsonWebTokenOptions: { allowInvalidAsymmetricKeyTypes: true } }, verify);`,
    errors: [
      error(
        'invalidKeyType',
        'jsonWebTokenOptions.allowInvalidAsymmetricKeyTypes',
        'passport-jwt Strategy',
        `import { Strategy } from 'passport-jwt';\nnew Strategy({ secretOrKey: publicKey, algorithms: ['RS256'], jsonWebTokenOptions: {} }, verify);`,
      ),
    ],
  },
];

jsRuleTester.run('no-insecure-key-options (ESM)', rule, { valid, invalid });

cjsRuleTester.run('no-insecure-key-options (CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      name: 'cjs: a promisified sign keeps its options',
      code: `const { promisify } = require('node:util');\nconst jwt = require('jsonwebtoken');\nconst sign = promisify(jwt.sign);\nawait sign(p, key, { allowInsecureKeySizes: true });`,
      errors: [
        error(
          'insecureKeySize',
          'allowInsecureKeySizes',
          'jsonwebtoken.sign()',
          `const { promisify } = require('node:util');\nconst jwt = require('jsonwebtoken');\nconst sign = promisify(jwt.sign);\nawait sign(p, key, {});`,
        ),
      ],
    },
  ],
});

describe('no-insecure-key-options options', () => {
  const lint = (ruleOptions: unknown[]): unknown =>
    new Linter().verify(`import jwt from 'jsonwebtoken';\njwt.sign(p, key, { allowInsecureKeySizes: true });`, {
      plugins: { 'secure-jwt': { rules: { 'no-insecure-key-options': rule as never } } },
      rules: { 'secure-jwt/no-insecure-key-options': ['error', ...ruleOptions] as never },
    });

  it('runs with no options', () => {
    expect(lint([])).toHaveLength(1);
  });

  it('rejects any option', () => {
    expect(() => lint([{ allow: true }])).toThrow(/no-insecure-key-options/u);
  });
});
