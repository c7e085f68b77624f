/**
 * no-hardcoded-secret, where a fallback is written: an environment read of a JWT secret with a
 * hardcoded fallback is reported in any file (a config module), once, with a fail-fast suggestion.
 */
import type { InvalidTestCase, TestCaseError } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/no-hardcoded-secret.js';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from './tester.js';

type Invalid = InvalidTestCase<MessageIds, Options>;

/** One `hardcodedEnvFallback` report with its suggestions' outputs (fail fast first, then plain removal). */
function fallback(name: string, outputs: { failFast?: string; remove?: string }): TestCaseError<MessageIds> {
  return {
    messageId: 'hardcodedEnvFallback',
    data: { name },
    suggestions: [
      ...(outputs.failFast ? [{ messageId: 'failFast' as const, data: { name }, output: outputs.failFast }] : []),
      ...(outputs.remove ? [{ messageId: 'removeFallback' as const, output: outputs.remove }] : []),
    ],
  };
}

jsRuleTester.run('no-hardcoded-secret (env fallbacks where written)', rule, {
  valid: [
    { name: 'an env read without a fallback', code: `export const secret = process.env.JWT_SECRET;` },
    { name: 'an empty fallback is no secret', code: `export const secret = process.env.JWT_SECRET || '';` },
    { name: 'a variable that is not a JWT secret', code: `export const url = process.env.API_URL || 'http://localhost:3000';` },
    { name: 'an express-session secret is not a JWT secret', code: `export const session = process.env.SESSION_SECRET || 'keyboard cat';` },
    { name: 'a public key name', code: `export const publicKey = process.env.JWT_PUBLIC_KEY || 'fake-public';` },
    { name: 'a name that describes the secret', code: `export const expiresIn = process.env.JWT_SECRET_EXPIRES_IN || '1h';` },
    { name: 'a fallback to another env read', code: `export const secret = process.env.JWT_SECRET || process.env.AUTH_SECRET;` },
    { name: 'a shadowed process', code: `export function read(process) { return process.env.JWT_SECRET || 'dev'; }` },
    { name: '&& is a guard, not a fallback', code: `export const secret = process.env.JWT_SECRET && 'dev';` },
    {
      name: 'a custom name list replaces the defaults',
      code: `export const secret = process.env.JWT_SECRET || 'dev';`,
      options: [{ secretNames: ['SIGNING_KEY'] }],
    },
  ],
  invalid: [
    {
      // The quick text check before the file is looked at must follow the configured names too.
      name: 'a custom name that says neither "secret" nor "key"',
      code: `export const passphrase = process.env.TOKEN_SIGNING_PASSPHRASE || 'dev-passphrase';`,
      options: [{ secretNames: ['TOKEN_SIGNING_*'] }],
      errors: [
        fallback('TOKEN_SIGNING_PASSPHRASE', {
          failFast: `export const passphrase = process.env.TOKEN_SIGNING_PASSPHRASE;\nif (!passphrase) throw new Error('TOKEN_SIGNING_PASSPHRASE is not set');`,
          remove: `export const passphrase = process.env.TOKEN_SIGNING_PASSPHRASE;`,
        }),
      ],
    },
    {
      name: 'a config module exporting a fallback: fail fast, or just remove it',
      code: `export const jwtSecret = process.env.JWT_SECRET || 'supersecret';\nexport const port = 3000;`,
      errors: [
        fallback('JWT_SECRET', {
          failFast: `export const jwtSecret = process.env.JWT_SECRET;\nif (!jwtSecret) throw new Error('JWT_SECRET is not set');\nexport const port = 3000;`,
          remove: `export const jwtSecret = process.env.JWT_SECRET;\nexport const port = 3000;`,
        }),
      ],
    },
    {
      name: '?? inside a nested config object: only removal fits an expression',
      code: `export default { jwt: { secret: process.env.JWT_SECRET ?? 'dev', expiresIn: '1h' } };`,
      errors: [fallback('JWT_SECRET', { remove: `export default { jwt: { secret: process.env.JWT_SECRET, expiresIn: '1h' } };` })],
    },
    {
      name: 'a ternary on NODE_ENV',
      code: `const secret = process.env.NODE_ENV === 'production' ? process.env.JWT_SECRET : 'dev';`,
      errors: [
        fallback('JWT_SECRET', {
          failFast: `const secret = process.env.JWT_SECRET;\nif (!secret) throw new Error('JWT_SECRET is not set');`,
          remove: `const secret = process.env.JWT_SECRET;`,
        }),
      ],
    },
    {
      name: 'a destructuring default from process.env',
      code: `const { JWT_SECRET = 'dev', PORT = 3000 } = process.env;`,
      errors: [fallback('JWT_SECRET', { remove: `const { JWT_SECRET, PORT = 3000 } = process.env;` })],
    },
    {
      name: 'import.meta.env with a prefixed name',
      code: `export const secret = import.meta.env.VITE_JWT_SECRET || 'dev';`,
      errors: [
        fallback('VITE_JWT_SECRET', {
          failFast: `export const secret = import.meta.env.VITE_JWT_SECRET;\nif (!secret) throw new Error('VITE_JWT_SECRET is not set');`,
          remove: `export const secret = import.meta.env.VITE_JWT_SECRET;`,
        }),
      ],
    },
    {
      name: 'Bun.env and Deno.env.get',
      code: `export const a = { secret: Bun.env.REFRESH_TOKEN_SECRET || 'dev' };\nexport const b = { secret: Deno.env.get('NEXTAUTH_SECRET') ?? 'dev' };`,
      errors: [
        fallback('REFRESH_TOKEN_SECRET', { remove: `export const a = { secret: Bun.env.REFRESH_TOKEN_SECRET };\nexport const b = { secret: Deno.env.get('NEXTAUTH_SECRET') ?? 'dev' };` }),
        fallback('NEXTAUTH_SECRET', { remove: `export const a = { secret: Bun.env.REFRESH_TOKEN_SECRET || 'dev' };\nexport const b = { secret: Deno.env.get('NEXTAUTH_SECRET') };` }),
      ],
    },
    {
      name: 'inside a NestJS registerAs factory',
      code: `import { registerAs } from '@nestjs/config';\nexport default registerAs('jwt', () => ({ secret: process.env.JWT_SECRET || 'dev' }));`,
      errors: [fallback('JWT_SECRET', { remove: `import { registerAs } from '@nestjs/config';\nexport default registerAs('jwt', () => ({ secret: process.env.JWT_SECRET }));` })],
    },
    {
      name: 'used by a JWT call in the same file: reported once, at the call',
      code: `import jwt from 'jsonwebtoken';\nconst secret = process.env.JWT_SECRET || 'dev';\njwt.verify(token, secret, { algorithms: ['HS256'] });`,
      errors: [
        {
          messageId: 'hardcodedFallback',
          suggestions: [{ messageId: 'removeFallback', output: `import jwt from 'jsonwebtoken';\nconst secret = process.env.JWT_SECRET;\njwt.verify(token, secret, { algorithms: ['HS256'] });` }],
        },
      ],
    },
  ] satisfies Invalid[],
});

cjsRuleTester.run('no-hardcoded-secret (env fallbacks in CommonJS config modules)', rule, {
  valid: [],
  invalid: [
    {
      name: 'module.exports with a fallback',
      code: `module.exports = { jwtSecret: process.env.JWT_SECRET || 'changeme' };`,
      errors: [fallback('JWT_SECRET', { remove: `module.exports = { jwtSecret: process.env.JWT_SECRET };` })],
    },
  ],
});

tsRuleTester.run('no-hardcoded-secret (env fallbacks in TypeScript)', rule, {
  valid: [],
  invalid: [
    {
      name: 'fail fast narrows the binding; plain removal asserts non-null',
      code: `export const secret = process.env.JWT_SECRET ?? 'dev';`,
      errors: [
        fallback('JWT_SECRET', {
          failFast: `export const secret = process.env.JWT_SECRET;\nif (!secret) throw new Error('JWT_SECRET is not set');`,
          remove: `export const secret = process.env.JWT_SECRET!;`,
        }),
      ],
    },
    {
      name: "NestJS ConfigService.get with a default, in a file with no JWT call (no edit: the result's type would widen)",
      code: `import { ConfigService } from '@nestjs/config';\nexport class JwtConfig {\n  constructor(private readonly config: ConfigService) {}\n  get secret(): string { return this.config.get<string>('JWT_SECRET', 'dev'); }\n}`,
      errors: [fallback('JWT_SECRET', {})],
    },
  ],
});
