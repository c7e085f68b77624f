/**
 * The rule docs' "Libraries" sections are examples users copy: each `// ❌ incorrect` block must make
 * its rule report, each `// ✅ correct` block must not. Every modelled library appears in each rule's
 * section (with an example, or in the "Not applicable" table with the reason) and in the README.
 */
import { readFileSync } from 'node:fs';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { jwtLibraries } from '../src/libraries/index.js';

const root = new URL('../', import.meta.url);
const documented = ['no-hardcoded-secret', 'require-expiration', 'require-algorithms'];
const linter = new Linter({ configType: 'flat' });

function librariesSection(rule: string): string {
  const text = readFileSync(new URL(`docs/rules/${rule}.md`, root), 'utf8');
  const start = text.indexOf('\n## Libraries\n');
  expect(start).toBeGreaterThan(0);
  const end = text.indexOf('\n## ', start + 5);
  return text.slice(start, end);
}

describe.each(documented)('docs/rules/%s.md', (rule) => {
  const section = librariesSection(rule);
  const blocks = [...section.matchAll(/```(?:js|ts)\n(\/\/ (❌|✅)[^\n]*)\n([\s\S]*?)```/gu)].map((match) => ({
    verdict: match[2],
    code: match[3]!,
  }));
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser, globals: { process: 'readonly', Buffer: 'readonly' } },
      plugins: { 'secure-jwt': plugin },
      rules: { [`secure-jwt/${rule}`]: 'error' },
    },
  ];

  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
  });

  it.each(blocks.map((block, index) => [index, block] as const))('example %i does what its marker says', (_, block) => {
    const messages = linter.verify(block.code, config, { filename: 'example.ts' });
    expect(messages.filter((message) => !message.ruleId)).toEqual([]);
    if (block.verdict === '❌') expect(messages.length).toBeGreaterThan(0);
    else expect(messages).toEqual([]);
  });

  it.each(jwtLibraries.map((library) => library.name))('mentions %s', (name) => {
    expect(section).toContain(name);
  });
});

describe('README', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  it.each(jwtLibraries.map((library) => library.name))('lists %s under Supported libraries', (name) => {
    const start = readme.indexOf('## Supported libraries');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start, readme.indexOf('\n## ', start + 5))).toContain(name);
  });
});
