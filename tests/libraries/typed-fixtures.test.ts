/**
 * The typed fixtures (tests/fixtures/typed) are correct use of each library, type-checked against
 * its published types by `npm run typecheck`. Here every rule must stay silent on them: a model that
 * drifted from the real API would report correct code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const directory = new URL('../fixtures/typed/', import.meta.url);
const fixtures = readdirSync(directory).filter((file) => file.endsWith('.ts'));
const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser, globals: { process: 'readonly', Buffer: 'readonly' } } },
  { files: ['**/*.ts'], ...plugin.configs.all },
];

describe('typed fixtures of correct library use', () => {
  it('cover the libraries', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(fixtures)('%s: no rule reports correct use', (file) => {
    const code = readFileSync(new URL(file, directory), 'utf8');
    expect(code).toMatch(/from '/u);
    const messages = linter.verify(code, config, { filename: file });
    expect(messages.map(({ ruleId, message, line }) => `${line} ${ruleId}: ${message}`)).toEqual([]);
  });
});
