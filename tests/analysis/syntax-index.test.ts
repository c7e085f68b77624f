/**
 * The syntax index is filled two ways: by ESLint's traversal (the first rule created for a file adds
 * the listeners) and by one walk (files read from other modules). Both must see the same nodes, or
 * a value followed into another module would be judged on less than the linted file is.
 */
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { indexingListeners, syntaxIndex, type SyntaxIndex } from '../../src/analysis/syntax-index.js';

const CODE = `
import jwt from 'jsonwebtoken';
const { JWT_SECRET = 'dev', ...rest } = process.env;
const lazy = await import('jose');
export class Auth<T> {
  @inject() private readonly config!: Config;
  secret = process.env['JWT_SECRET'] ?? 'x';
  static key = import.meta.env.KEY;
  constructor(private readonly other: string) { this.secret ||= other; }
  sign(payload: T) { return jwt.sign(payload as object, this.secret satisfies string, { expiresIn: '1h' }); }
  nested() { return function (this: unknown) { return (this as { secret?: string }).secret; }; }
}
auth.secret = 'overwritten';
delete options.key;
[config.a, { b: config.b }] = values;
for (config.c of list) use(config?.c, <T,>(value: T) => value);
Deno.env.get('JWT_SECRET') || fallback;
const view = <Component prop={jwt.decode(token)} />;
`;

type Lists = Record<keyof SyntaxIndex, string[]>;

/** Each list as the source ranges of its nodes, so the two indexes can be compared. */
function ranges(index: SyntaxIndex): Lists {
  return Object.fromEntries(
    Object.entries(index).map(([name, nodes]) => [name, (nodes as TSESTree.Node[]).map((node) => node.range.join('-'))]),
  ) as Lists;
}

function lintWith(create: (context: TSESLint.RuleContext<string, []>) => TSESLint.RuleListener): void {
  const rule = { meta: { type: 'problem' as const, schema: [] }, create };
  const messages = new Linter({ configType: 'flat' }).verify(
    CODE,
    [
      {
        files: ['**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } }, sourceType: 'module' },
        plugins: { test: { rules: { index: rule as never } } },
        rules: { 'test/index': 'error' },
      },
    ],
    { filename: 'auth.tsx' },
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
}

describe('syntax index', () => {
  it('the traversal and the walk collect the same nodes', () => {
    let traversed: Lists | undefined;
    let walked: Lists | undefined;
    lintWith((context) => ({
      ...indexingListeners(context.sourceCode),
      'Program:exit'() {
        traversed = ranges(syntaxIndex(context.sourceCode));
      },
    }));
    // No listeners this time: the index comes from the walk.
    lintWith((context) => ({
      'Program:exit'() {
        walked = ranges(syntaxIndex(context.sourceCode));
      },
    }));
    expect(walked).toEqual(traversed);
    // Something of every kind was found, so the comparison is not of empty lists.
    for (const [name, list] of Object.entries(traversed ?? {})) expect(list.length, name).toBeGreaterThan(0);
  });

  it('only the first rule of a file collects', () => {
    lintWith((context) => {
      const first = indexingListeners(context.sourceCode);
      const second = indexingListeners(context.sourceCode);
      expect(Object.keys(first).length).toBeGreaterThan(0);
      expect(second).toEqual({});
      return first;
    });
  });
});
