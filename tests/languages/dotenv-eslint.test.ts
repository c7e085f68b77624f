/** The dotenv language inside ESLint itself: configs, parse errors, directives, other configs alongside. */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const cwd = process.cwd();

async function lint(config: Linter.Config[], text: string, filePath: string) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(text, { filePath });
  return result!.messages.map(({ ruleId, line, column, message, fatal }) => ({ ruleId, line, column, fatal, message }));
}

describe('configs.dotenv in ESLint', () => {
  it('lints .env and .env.* files, also next to the JavaScript configs', async () => {
    const config = [js.configs.recommended, plugin.configs.recommended, plugin.configs.all, plugin.configs.dotenv];
    expect(await lint(config, 'JWT_SECRET=changeme\n', '.env')).toMatchObject([{ ruleId: 'secure-jwt/no-weak-env-secret', line: 1, column: 12 }]);
    expect(await lint(config, 'JWT_SECRET=changeme\n', 'packages/api/.env.production')).toHaveLength(1);
    expect(await lint(config, 'JWT_SECRET=changeme\n', '.env.example')).toEqual([]);
  });

  it('ignores JavaScript language options and typescript-eslint configs that have no files', async () => {
    const config = [
      ...(tseslint.configs.recommended as Linter.Config[]),
      { languageOptions: { globals: { process: 'readonly' }, sourceType: 'commonjs' } },
      plugin.configs.dotenv,
    ];
    expect(await lint(config, 'JWT_SECRET=changeme\n', '.env')).toMatchObject([{ ruleId: 'secure-jwt/no-weak-env-secret' }]);
  });

  it('leaves code and data files named .env.* to their own configs', async () => {
    const config = [plugin.configs.dotenv];
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config });
    expect(await eslint.isPathIgnored('types/.env.d.ts')).toBe(true);
    expect(await eslint.isPathIgnored('.env.schema.json')).toBe(true);
    expect(await eslint.isPathIgnored('.env.production')).toBe(false);
  });

  it('leaves JavaScript files to the JavaScript rules', async () => {
    const config = [plugin.configs.all, plugin.configs.dotenv];
    expect(await lint(config, "const JWT_SECRET = 'changeme';\n", 'src/app.js')).toEqual([]);
  });

  it('reports a line dotenv would skip as a parse error with its line, and nothing else', async () => {
    const messages = await lint([plugin.configs.dotenv], 'A=1\nJWT_SECRET "changeme"\n', '.env');
    expect(messages).toEqual([{ ruleId: null, line: 2, column: 1, fatal: true, message: expect.stringMatching(/^Parsing error: .*dotenv ignores this line/u) }]);
  });

  it('honours eslint-disable comments and inline rule configs', async () => {
    const disabled = await lint([plugin.configs.dotenv], '# eslint-disable-next-line secure-jwt/no-weak-env-secret\nJWT_SECRET=changeme\n', '.env');
    expect(disabled).toEqual([]);
    const off = await lint([plugin.configs.dotenv], '# eslint secure-jwt/no-weak-env-secret: off\nJWT_SECRET=changeme\n', '.env');
    expect(off).toEqual([]);
  });

  it('never puts the value into a message', async () => {
    const text = 'JWT_SECRET=changeme\nAUTH_SECRET=thisismysupersecretkeyforsigningjsonwebtokens\nNEXTAUTH_SECRET=short-one\n';
    const messages = await lint([plugin.configs.dotenv], text, '.env');
    expect(messages).toHaveLength(3);
    for (const { message } of messages) expect(message).not.toMatch(/changeme|supersecret|short-one/u);
  });

  it('a .env rule turned on for JavaScript files is refused by ESLint 10 (meta.languages)', async () => {
    const config: Linter.Config[] = [{ plugins: { 'secure-jwt': plugin }, rules: { 'secure-jwt/no-weak-env-secret': 'error' } }];
    await expect(lint(config, 'const a = 1;\n', 'src/app.js')).rejects.toThrow(/do not support the language/u);
  });
});
