/** The configs and rule doc links users meet first: the eslintrc preset and versioned doc URLs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('recommended-legacy (eslintrc)', () => {
  it('names the plugin as eslintrc loads it and holds the recommended rules', () => {
    const legacy = plugin.configs['recommended-legacy'];
    expect(legacy.plugins).toEqual(['secure-jwt']);
    expect(legacy.rules).toEqual(plugin.configs.recommended.rules);
  });
});

describe('rule docs URLs', () => {
  it.each(Object.keys(rules))('%s links to its page at the released version tag', (name) => {
    expect(rules[name as keyof typeof rules].meta.docs?.url).toBe(
      `https://github.com/eslint-plugin-secure-jwt/eslint-plugin-secure-jwt/blob/v${version}/docs/rules/${name}.md`,
    );
  });
});
