/**
 * Rules share answers (memoized per file): whichever rule asks first computes them. A shared answer
 * must not depend on who asked: linting with the rules created in the opposite order gives the
 * same findings. (A key slot is classified with its object-form members by no-hardcoded-secret
 * and without them by the allow-list rules; the two share one answer when no object form is met.)
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const files = ['**/*.ts'];
const languageOptions = { parser: tsParser, globals: { process: 'readonly' as const, require: 'readonly' as const } };
const ruleNames = Object.keys(plugin.configs.all.rules ?? {});

function lint(code: string, order: readonly string[]): string[] {
  const config: Linter.Config[] = [
    { files, languageOptions, plugins: plugin.configs.all.plugins, rules: Object.fromEntries(order.map((name) => [name, 'error'])) },
  ];
  return new Linter({ configType: 'flat' })
    .verify(code, config, { filename: 'file.ts' })
    .map((message) => `${message.ruleId}/${message.messageId}@${message.line}:${message.column} ${JSON.stringify(message.suggestions?.map((s) => s.fix) ?? [])}`)
    .sort();
}

const SNIPPETS = [
  `import jwt from 'jsonwebtoken';
const unlock = { key: process.env.JWT_PRIVATE_KEY!, passphrase: 'fake-passphrase' };
export const a = jwt.sign({ sub: 1 }, unlock, { algorithm: 'RS256', expiresIn: '1h' });
export const b = (t: string) => jwt.verify(t, unlock.key);`,
  `import jwt from 'jsonwebtoken';
class Auth {
  private key = process.env.JWT_SECRET || 'fake-dev-secret';
  issue(sub: string) { return jwt.sign({ sub }, this.key); }
  check(token: string) { return jwt.verify(token, this.key); }
}
export default Auth;`,
  `import { jwtVerify, SignJWT } from 'jose';
const secret = new TextEncoder().encode('fake-shared-secret');
export const issue = () => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(secret);
export const check = (t: string) => jwtVerify(t, secret);`,
];

describe('findings do not depend on the order rules are created in', () => {
  it.each(SNIPPETS)('%s', (code) => {
    const forward = lint(code, ruleNames);
    expect(forward.some((finding) => finding.startsWith('secure-jwt/no-hardcoded-secret/'))).toBe(true);
    expect(lint(code, [...ruleNames].reverse())).toEqual(forward);
  });
});
