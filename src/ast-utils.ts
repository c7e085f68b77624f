/**
 * The runtime AST helpers the plugin uses, from @eslint-community/eslint-utils, typed with
 * typescript-eslint's ESTree types. Importing them from @typescript-eslint/utils instead would
 * make that package (and its `typescript` peer) a runtime dependency of every user.
 */
import * as eslintUtils from '@eslint-community/eslint-utils';
import type { TSESLint } from '@typescript-eslint/utils';
import type * as TypedAstUtils from '@typescript-eslint/utils/ast-utils';

const typed = eslintUtils as unknown as typeof TypedAstUtils;

export const { findVariable, getPropertyName, getStaticValue, getStringIfConstant, isCommaToken, isParenthesized, ReferenceTracker } =
  typed;

/**
 * `getPropertyName`, looking the scope up (it is not free: ESLint walks up to the enclosing scope)
 * only for a computed key, the one case that needs it (`obj[KEY]` with `const KEY = 'secret'`).
 */
export function propertyName(sourceCode: Readonly<TSESLint.SourceCode>, node: Parameters<typeof getPropertyName>[0]): string | null {
  return getPropertyName(node, node.computed ? sourceCode.getScope(node) : undefined);
}

type StaticNode = Parameters<typeof getStaticValue>[0];

/** `getStaticValue`, without looking up a scope a literal does not need (`scopeNode`: where names resolve). */
export function staticValue(sourceCode: Readonly<TSESLint.SourceCode>, node: StaticNode, scopeNode: StaticNode = node): ReturnType<typeof getStaticValue> {
  return getStaticValue(node, node.type === 'Literal' ? undefined : sourceCode.getScope(scopeNode));
}

/** `getStringIfConstant`, likewise. */
export function stringIfConstant(sourceCode: Readonly<TSESLint.SourceCode>, node: StaticNode, scopeNode: StaticNode = node): string | null {
  return getStringIfConstant(node, node.type === 'Literal' ? undefined : sourceCode.getScope(scopeNode));
}
