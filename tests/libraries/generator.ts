/**
 * Expands a library's data rows (see rows.ts) across binding styles and checks, with every rule of
 * the plugin on, that each rule reports exactly the row's messageIds and that the first suggestion
 * of the first report produces the row's `fixed` code.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import type { BindingStyle, LibraryRow } from './rows.js';

export interface LibraryUnderTest {
  /** The module specifier rows import from. */
  readonly module: string;
  /** ESM-only: `require()` sees the default export as `.default`. */
  readonly esm: boolean;
}

const ALL_STYLES: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member', 'ts'];
const PLACEHOLDER = /\$([A-Za-z_][A-Za-z0-9_]*)/gu;
/** The rules for JavaScript and TypeScript (the `.env` rules run on their own language). */
const ruleNames = Object.entries(plugin.rules)
  .filter(([, rule]) => !(rule.meta as { languages?: unknown } | undefined)?.languages)
  .map(([name]) => name);

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.{js,cjs,ts}'],
    languageOptions: {
      parser: tsParser,
      globals: { process: 'readonly', Buffer: 'readonly', require: 'readonly', module: 'writable', console: 'readonly' },
    },
    plugins: { 'secure-jwt': plugin },
    rules: Object.fromEntries(ruleNames.map((name) => [`secure-jwt/${name}`, 'error'])),
  },
];

/** The import line and the placeholder replacements of one binding style. */
export function binding(library: LibraryUnderTest, style: BindingStyle, names: readonly string[]): { header: string; name: (n: string) => string } {
  const id = `'${library.module}'`;
  const named = names.filter((name) => name !== 'default');
  const wantsDefault = names.includes('default');
  const moduleDefault = (lib: string): string => (library.esm ? `${lib}.default` : lib);
  switch (style) {
    case 'esm-named':
    case 'ts':
    case 'esm-alias': {
      if (names.length === 0) return { header: '', name: (name) => name };
      const alias = style === 'esm-alias' ? (name: string) => `${name}_` : (name: string) => name;
      const specifiers = named.map((name) => (alias(name) === name ? name : `${name} as ${alias(name)}`));
      const clause = [wantsDefault ? alias('lib') : '', specifiers.length > 0 ? `{ ${specifiers.join(', ')} }` : ''].filter(Boolean).join(', ');
      return { header: `import ${clause} from ${id};`, name: (name) => (name === 'default' ? alias('lib') : alias(name)) };
    }
    case 'esm-namespace':
      return { header: `import * as lib from ${id};`, name: (name) => `lib.${name}` };
    case 'cjs-destructure': {
      const lines = [
        ...(named.length > 0 ? [`const { ${named.join(', ')} } = require(${id});`] : []),
        ...(wantsDefault ? [`const lib = require(${id});`] : []),
      ];
      return { header: lines.join('\n'), name: (name) => (name === 'default' ? moduleDefault('lib') : name) };
    }
    case 'cjs-member':
      return { header: `const lib = require(${id});`, name: (name) => (name === 'default' ? moduleDefault('lib') : `lib.${name}`) };
  }
}

export function expand(code: string, name: (n: string) => string): string {
  return code.replace(PLACEHOLDER, (_, placeholder: string) => name(placeholder));
}

function applySuggestion(code: string, suggestion: Linter.LintSuggestion): string {
  const [start, end] = suggestion.fix.range;
  return code.slice(0, start) + suggestion.fix.text + code.slice(end);
}

export function testLibrary(library: LibraryUnderTest, rows: readonly LibraryRow[]): void {
  describe(library.module, () => {
    for (const row of rows) {
      const styles = row.styles ?? ALL_STYLES;
      const names = [...new Set([...`${row.code}\n${Object.values(row.fixed ?? {}).join('\n')}`.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
      it.each(styles)(`${row.name} (%s)`, (style) => {
        const { header, name } = binding(library, style, names);
        const prefix = `${header}\n`;
        const code = prefix + expand(row.code, name);
        const filename = style === 'ts' ? 'file.ts' : style.startsWith('cjs') ? 'file.cjs' : 'file.js';
        const messages = linter.verify(code, config, { filename });
        expect(messages.filter((message) => !message.ruleId).map((message) => message.message)).toEqual([]);
        for (const rule of ruleNames) {
          const reported = messages.filter((message) => message.ruleId === `secure-jwt/${rule}`);
          const expected = row.reports?.[rule as keyof NonNullable<LibraryRow['reports']>] ?? [];
          expect(reported.map((message) => message.messageId), rule).toEqual(expected);
          const fixed = row.fixed?.[rule as keyof NonNullable<LibraryRow['fixed']>];
          if (fixed === undefined) continue;
          const suggestion = reported[0]?.suggestions?.[0];
          expect(suggestion, `${rule} offers a suggestion`).toBeDefined();
          expect(applySuggestion(code, suggestion!), rule).toBe(prefix + expand(fixed, name));
        }
      });
    }
  });
}
