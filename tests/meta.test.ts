/** Keeps the plugin's pieces in step: rules, docs, tests, configs and package metadata. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { allLibraries } from '../src/libraries/index.js';
import { rules } from '../src/rules/index.js';

const root = new URL('../', import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { name: string; version: string };
const ruleNames = Object.keys(rules) as (keyof typeof rules)[];
const ruleFiles = readdirSync(new URL('src/rules/', root))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/u, ''));

describe('plugin metadata', () => {
  it('matches package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'secure-jwt' });
  });

  it('exports every rule file, and nothing else', () => {
    expect([...ruleNames].sort()).toEqual([...ruleFiles].sort());
    expect(Object.keys(plugin.rules).sort()).toEqual([...ruleNames].sort());
  });
});

/**
 * Rules that offer no suggestion, and why: turning an unverified decode into a verification needs
 * the key and the algorithm list, which only the application knows.
 */
const WITHOUT_SUGGESTIONS = new Set<string>(['no-unverified-decode']);

describe.each(ruleNames)('rule %s', (name) => {
  const { meta } = rules[name];

  it('has a doc page, a test file and a docs URL that points at the page', () => {
    expect(existsSync(new URL(`docs/rules/${name}.md`, root))).toBe(true);
    expect(existsSync(new URL(`tests/rules/${name}.test.ts`, root))).toBe(true);
    expect(meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`, 'u'));
  });

  it('is a problem rule with suggestions (unless no rewrite is clearly right) and a described, closed schema', () => {
    expect(meta.type).toBe('problem');
    expect(meta.hasSuggestions).toBe(!WITHOUT_SUGGESTIONS.has(name));
    for (const schema of meta.schema as readonly { properties?: Record<string, { description?: string }>; additionalProperties?: boolean }[]) {
      expect(schema.additionalProperties).toBe(false);
      for (const property of Object.values(schema.properties ?? {})) expect(property.description).toBeTruthy();
    }
  });

  // `option` is an option's name, `seconds`/`limit` are numbers of seconds: none can hold a secret.
  it('never puts a secret into a message: placeholders name APIs, options and algorithms only', () => {
    const placeholders = Object.values(meta.messages).flatMap((message) => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/gu)].map((match) => match[1]));
    expect(placeholders.every((placeholder) => ['api', 'name', 'module', 'line', 'remedy', 'code', 'options', 'list', 'algorithm', 'bytes', 'lifetime', 'limit', 'option', 'seconds'].includes(placeholder!))).toBe(true);
  });
});

describe('configs', () => {
  const prefixed = (names: readonly string[]): Record<string, string> =>
    Object.fromEntries(names.map((name) => [`secure-jwt/${name}`, 'error']));

  const isDotenv = (name: (typeof ruleNames)[number]): boolean => rules[name].meta.docs?.dotenv === true;

  it('recommended holds exactly the rules marked recommended, as errors', () => {
    const recommended = ruleNames.filter((name) => rules[name].meta.docs?.recommended);
    expect(plugin.configs.recommended.rules).toEqual(prefixed(recommended));
  });

  it('all holds every JavaScript rule', () => {
    expect(plugin.configs.all.rules).toEqual(prefixed(ruleNames.filter((name) => !isDotenv(name))));
  });

  it('dotenv holds every .env rule, for .env files, in the dotenv language', () => {
    expect(plugin.configs.dotenv).toMatchObject({ files: ['**/.env', '**/.env.*'], language: 'secure-jwt/dotenv' });
    expect(plugin.configs.dotenv.rules).toEqual(prefixed(ruleNames.filter(isDotenv)));
    for (const name of ruleNames.filter(isDotenv)) {
      expect(rules[name].meta.docs?.recommended).toBe(false);
      expect((rules[name].meta as { languages?: string[] }).languages).toEqual(['secure-jwt/dotenv']);
    }
  });

  it('strict holds exactly the recommended rules and the rules marked strict, with their strict options', () => {
    const strict = ruleNames.filter((name) => rules[name].meta.docs?.recommended || rules[name].meta.docs?.strict);
    const expected = Object.fromEntries(
      strict.map((name) => {
        const options = rules[name].meta.docs?.strictOptions;
        return [`secure-jwt/${name}`, options ? ['error', ...options] : 'error'];
      }),
    );
    expect(plugin.configs.strict.rules).toEqual(expected);
    expect(Object.keys(plugin.configs.strict.rules ?? {})).toEqual(expect.arrayContaining(Object.keys(plugin.configs.recommended.rules ?? {})));
  });

  it('no rule is both recommended and strict-only', () => {
    expect(ruleNames.filter((name) => rules[name].meta.docs?.recommended && rules[name].meta.docs?.strict)).toEqual([]);
  });

  it('strict sets a lifetime limit on require-expiration that its schema accepts', () => {
    expect(plugin.configs.strict.rules?.['secure-jwt/require-expiration']).toEqual(['error', { maxLifetime: '30d' }]);
  });

  it.each(['recommended', 'strict', 'all'] as const)('%s loads in ESLint, its rule options pass their schemas', (name) => {
    const linter = new Linter({ configType: 'flat' });
    const code = `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, process.env.JWT_SECRET, { expiresIn: '1y' });`;
    const messages = linter.verify(code, [plugin.configs[name]], { filename: 'file.js' });
    expect(messages.filter((message) => !message.ruleId)).toEqual([]);
    // Only strict limits the lifetime.
    expect(messages.map((message) => message.messageId)).toEqual(name === 'strict' ? ['lifetimeTooLong'] : []);
  });

  it('register the plugin under its namespace', () => {
    const flatConfigs = Object.entries(plugin.configs).filter(([name]) => !name.endsWith('-legacy'));
    for (const [, config] of flatConfigs as [string, Linter.Config][]) {
      expect(config.plugins?.['secure-jwt']).toBe(plugin);
      expect(config.name).toMatch(/^secure-jwt\//u);
    }
  });
});

describe('rules are policies over call sites', () => {
  // Library knowledge lives in src/libraries: a rule that names a module, an API or a
  // library-specific option has grown a branch per library.
  const words = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'path' && Array.isArray(inner)) inner.forEach((step) => typeof step === 'string' && step.length > 2 && words.add(step));
        else if (key === 'modules' && Array.isArray(inner)) inner.forEach((name) => words.add(String(name)));
        else collect(inner);
      }
    }
  };
  collect(allLibraries);

  // The `.env` rules work on their own language, where `key` and `privateKey` are not JS options.
  const codeRules = ruleNames.filter((name) => !(rules[name].meta as { languages?: unknown }).languages);

  it.each(codeRules)('%s names no library, module or library option', (name) => {
    const source = readFileSync(new URL(`src/rules/${name}.ts`, root), 'utf8');
    const named = [...words].filter((word) => new RegExp(`['"]${word}['"]|\\.${word}\\b`, 'u').test(source));
    expect(named).toEqual([]);
  });
});
