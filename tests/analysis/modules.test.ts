/**
 * Secrets that live in another file of the project: relative imports, index re-exports, default
 * exports, CommonJS, JSON configs and tsconfig path aliases, followed with the linted file's parser.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Writes a project and lints its `entry` with no-hardcoded-secret. */
function lint(files: Record<string, string>, entry: string): Linter.LintMessage[] {
  const root = mkdtempSync(path.join(tmpdir(), 'secure-jwt-modules-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  const linter = new Linter({ configType: 'flat', cwd: root });
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,cjs,mjs,ts}'],
      languageOptions: { parser: tsParser, globals: { process: 'readonly', require: 'readonly', module: 'writable' } },
      plugins: { 'secure-jwt': plugin },
      rules: { 'secure-jwt/no-hardcoded-secret': 'error' },
    },
  ];
  const file = path.join(root, entry);
  return linter.verify(files[entry]!, config, { filename: file });
}

const SIGN = (secret: string): string => `jwt.sign({ sub: 1 }, ${secret}, { expiresIn: '1h' });`;

describe('no-hardcoded-secret across modules', () => {
  it.each([
    ['a named import of a const', { 'src/config.ts': `export const JWT_SECRET = 'fake-dev-secret';\n`, 'src/auth.ts': `import jwt from 'jsonwebtoken';\nimport { JWT_SECRET } from './config';\n${SIGN('JWT_SECRET')}` }, 'src/auth.ts', 'src/config.ts', 1],
    ['a fallback in a config module', { 'src/config.ts': `\nexport const jwtSecret = process.env.JWT_SECRET || 'supersecret';\n`, 'src/auth.ts': `import jwt from 'jsonwebtoken';\nimport { jwtSecret } from './config';\n${SIGN('jwtSecret')}` }, 'src/auth.ts', 'src/config.ts', 2],
    ['a default-exported config object', { 'src/config.js': `export default { jwt: { secret: 'fake-dev-secret' } };\n`, 'src/auth.js': `import jwt from 'jsonwebtoken';\nimport config from './config.js';\n${SIGN('config.jwt.secret')}` }, 'src/auth.js', 'src/config.js', 1],
    ['a namespace import', { 'src/config.ts': `export const secrets = { jwt: 'fake-dev-secret' };\n`, 'src/auth.ts': `import jwt from 'jsonwebtoken';\nimport * as config from './config';\n${SIGN('config.secrets.jwt')}` }, 'src/auth.ts', 'src/config.ts', 1],
    ['a re-export through an index file', { 'src/config/jwt.ts': `export const JWT_SECRET = 'fake-dev-secret';\n`, 'src/config/index.ts': `export * from './jwt';\n`, 'src/auth.ts': `import jwt from 'jsonwebtoken';\nimport { JWT_SECRET } from './config';\n${SIGN('JWT_SECRET')}` }, 'src/auth.ts', 'src/config/jwt.ts', 1],
    ['CommonJS require with a member path', { 'src/config.js': `module.exports = {\n  jwt: { secret: 'fake-dev-secret' },\n};\n`, 'src/auth.js': `const jwt = require('jsonwebtoken');\n${SIGN("require('./config').jwt.secret")}` }, 'src/auth.js', 'src/config.js', 2],
    ['CommonJS destructuring', { 'src/config.js': `exports.secret = 'fake-dev-secret';\n`, 'src/auth.js': `const jwt = require('jsonwebtoken');\nconst { secret } = require('./config');\n${SIGN('secret')}` }, 'src/auth.js', 'src/config.js', 1],
    ['a JSON config', { 'config/default.json': `{\n  "jwtSecret": "fake-dev-secret"\n}\n`, 'src/auth.js': `const jwt = require('jsonwebtoken');\nconst config = require('../config/default.json');\n${SIGN('config.jwtSecret')}` }, 'src/auth.js', 'config/default.json', 2],
    ['a tsconfig path alias', { 'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }\n`, 'src/config.ts': `export const JWT_SECRET = 'fake-dev-secret';\n`, 'src/auth.ts': `import jwt from 'jsonwebtoken';\nimport { JWT_SECRET } from '@/config';\n${SIGN('JWT_SECRET')}` }, 'src/auth.ts', 'src/config.ts', 1],
  ] as const)('reports %s at the call, naming the module and line', (_, files, entry, module, line) => {
    const messages = lint(files, entry);
    expect(messages.map((message) => message.messageId)).toEqual(['hardcodedInModule']);
    expect(messages[0]!.message).toContain(`${module}:${line}`);
    expect(messages[0]!.message).not.toContain('fake-dev-secret');
    expect(messages[0]!.message).not.toContain('supersecret');
    expect(messages[0]!.suggestions ?? []).toEqual([]);
  });

  it.each([
    ['an env read in the config module', { 'src/config.ts': `export const JWT_SECRET = process.env.JWT_SECRET!;\n`, 'src/auth.ts': `import jwt from 'jsonwebtoken';\nimport { JWT_SECRET } from './config';\n${SIGN('JWT_SECRET')}` }, 'src/auth.ts'],
    ['a package, not a project file', { 'src/auth.ts': `import jwt from 'jsonwebtoken';\nimport { JWT_SECRET } from 'some-config-package';\n${SIGN('JWT_SECRET')}` }, 'src/auth.ts'],
    ['a module that does not parse', { 'src/config.ts': `export const JWT_SECRET = ;\n`, 'src/auth.ts': `import jwt from 'jsonwebtoken';\nimport { JWT_SECRET } from './config';\n${SIGN('JWT_SECRET')}` }, 'src/auth.ts'],
    ['a missing module', { 'src/auth.ts': `import jwt from 'jsonwebtoken';\nimport { JWT_SECRET } from './nowhere';\n${SIGN('JWT_SECRET')}` }, 'src/auth.ts'],
    ['a value another module overwrites', { 'src/config.js': `export const config = { secret: 'placeholder' };\nconfig.secret = process.env.JWT_SECRET;\n`, 'src/auth.js': `import jwt from 'jsonwebtoken';\nimport { config } from './config.js';\n${SIGN('config.secret')}` }, 'src/auth.js'],
    ['a type-only import', { 'src/config.ts': `export type JWT_SECRET = 'x';\n`, 'src/auth.ts': `import jwt from 'jsonwebtoken';\nimport type { JWT_SECRET } from './config';\n${SIGN('secret as JWT_SECRET')}` }, 'src/auth.ts'],
  ] as const)('stays silent for %s', (_, files, entry) => {
    expect(lint(files, entry)).toEqual([]);
  });

  it('stops after a few hops', () => {
    const files: Record<string, string> = { 'src/m0.ts': `export const S = 'fake-dev-secret';\n` };
    for (let index = 1; index <= 5; index += 1) files[`src/m${index}.ts`] = `export { S } from './m${index - 1}';\n`;
    files['src/auth.ts'] = `import jwt from 'jsonwebtoken';\nimport { S } from './m5';\n${SIGN('S')}`;
    expect(lint(files, 'src/auth.ts')).toEqual([]);
  });
});
