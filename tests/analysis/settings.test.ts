/** settings['secure-jwt'].modules: local wrappers that re-export a JWT library. */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

function lint(code: string, settings?: Record<string, unknown>): Linter.LintMessage[] {
  const config: Linter.Config[] = [
    { files: ['**/*.js'], languageOptions: { sourceType: 'module' }, ...(settings ? { settings } : {}) },
    { files: ['**/*.js'], ...plugin.configs.recommended },
  ];
  return new Linter({ configType: 'flat' }).verify(code, config, { filename: 'file.js' });
}

const ruleIds = (messages: Linter.LintMessage[]): (string | null)[] => messages.map((message) => message.ruleId);

describe("settings['secure-jwt'].modules", () => {
  const wrapperCode = "import jwt from '@acme/jwt';\njwt.sign({ sub: 1 }, 'fake-secret');\njwt.verify(token, key);";

  it('a wrapper is silent without the setting: the rules follow modules, not names', () => {
    expect(lint(wrapperCode)).toEqual([]);
  });

  it('a wrapper named in the setting is checked by every rule as the library it re-exports', () => {
    const messages = lint(wrapperCode, { 'secure-jwt': { modules: { '@acme/jwt': 'jsonwebtoken' } } });
    expect(ruleIds(messages).sort()).toEqual([
      'secure-jwt/no-hardcoded-secret',
      'secure-jwt/require-algorithms',
      'secure-jwt/require-expiration',
    ]);
  });

  it('`*` matches relative paths to the wrapper from any folder', () => {
    const code = "import { jwtVerify } from '../../lib/jwt';\nawait jwtVerify(token, key);";
    const messages = lint(code, { 'secure-jwt': { modules: { '*/lib/jwt': 'jose' } } });
    expect(ruleIds(messages)).toEqual(['secure-jwt/require-algorithms']);
  });

  it('other modules stay unrelated', () => {
    const code = "import jwt from '@acme/other';\njwt.sign({ sub: 1 }, 'fake-secret');";
    expect(lint(code, { 'secure-jwt': { modules: { '@acme/jwt': 'jsonwebtoken' } } })).toEqual([]);
  });

  it.each([
    [{ 'secure-jwt': 'jsonwebtoken' }, "settings['secure-jwt'] must be an object"],
    [{ 'secure-jwt': { module: {} } }, 'unknown property "module"'],
    [{ 'secure-jwt': { modules: ['@acme/jwt'] } }, '.modules must be an object'],
    [{ 'secure-jwt': { modules: { '@acme/jwt': 'not-a-jwt-library' } } }, '.modules["@acme/jwt"] must name one of "jsonwebtoken", "jose"'],
  ])('rejects %j with an error naming the setting', (settings, message) => {
    expect(() => lint(wrapperCode, settings)).toThrow(message);
  });
});
