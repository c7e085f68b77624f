/**
 * The runtime AST helpers the plugin uses, from @eslint-community/eslint-utils, typed with
 * typescript-eslint's ESTree types. Importing them from @typescript-eslint/utils instead would
 * make that package (and its `typescript` peer) a runtime dependency of every user.
 */
import * as eslintUtils from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
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

/**
 * The most nodes one `getStaticValue` question may visit. It evaluates a constant's initializer
 * again at every use, so constants built from constants (`const b = { ...a, ...a }`,
 * `const c = b + b`) make its work grow exponentially with the chain: a 40-line file took
 * minutes. Past this many nodes the value is "not known statically", as for any other value.
 */
const MAX_STATIC_NODES = 5_000;

/** Per variable initializer, about how many nodes evaluating it visits (the AST does not change). */
const initializerSizes = new WeakMap<TSESTree.Node, number>();

/** Nodes `getStaticValue` takes as they are, or never looks into (it has no value for a function or a class). */
const LEAVES = new Set(['Literal', 'ThisExpression', 'Super', 'ArrowFunctionExpression', 'FunctionExpression', 'ClassExpression']);

/**
 * An upper bound on the nodes `getStaticValue` visits for `node`: every child, and at each name
 * the initializer of the variable it may stand for, counted again at each use (that is where the
 * work multiplies; each initializer is sized once per file). `Infinity` past the limit.
 */
function evaluationSize(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): number {
  if (LEAVES.has(node.type)) return 1;
  if (node.type === 'Identifier') {
    const definitions = findVariable(sourceCode.getScope(node), node)?.defs;
    const definition = definitions?.length === 1 ? definitions[0] : undefined;
    return definition?.type === 'Variable' && definition.node.init ? 1 + initializerSize(sourceCode, definition.node.init) : 1;
  }
  let size = 1;
  if (node.type === 'MemberExpression') {
    size += evaluationSize(sourceCode, node.object);
    if (node.computed) size += evaluationSize(sourceCode, node.property);
  } else if (node.type === 'Property') {
    if (node.computed) size += evaluationSize(sourceCode, node.key);
    size += evaluationSize(sourceCode, node.value);
  } else {
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, TSESTree.Node | readonly (TSESTree.Node | null)[] | null | undefined>)[key];
      if (Array.isArray(child)) {
        for (const item of child as readonly (TSESTree.Node | null)[]) {
          if (item) size += evaluationSize(sourceCode, item);
          if (size > MAX_STATIC_NODES) return Infinity;
        }
      } else if (child && typeof child === 'object' && 'type' in child) {
        size += evaluationSize(sourceCode, child as TSESTree.Node);
      }
      if (size > MAX_STATIC_NODES) return Infinity;
    }
  }
  return size > MAX_STATIC_NODES ? Infinity : size;
}

function initializerSize(sourceCode: Readonly<TSESLint.SourceCode>, init: TSESTree.Node): number {
  const known = initializerSizes.get(init);
  if (known !== undefined) return known;
  // A name that leads back to itself (`const a = b, b = a`) is never worth evaluating.
  initializerSizes.set(init, Infinity);
  const size = evaluationSize(sourceCode, init);
  initializerSizes.set(init, size);
  return size;
}

/** `getStaticValue`, without looking up a scope a literal does not need (`scopeNode`: where names resolve). */
export function staticValue(sourceCode: Readonly<TSESLint.SourceCode>, node: StaticNode, scopeNode: StaticNode = node): ReturnType<typeof getStaticValue> {
  if (node.type === 'Literal') return getStaticValue(node);
  return evaluationSize(sourceCode, node) > MAX_STATIC_NODES ? null : getStaticValue(node, sourceCode.getScope(scopeNode));
}

/** `getStringIfConstant`, likewise. */
export function stringIfConstant(sourceCode: Readonly<TSESLint.SourceCode>, node: StaticNode, scopeNode: StaticNode = node): string | null {
  if (node.type === 'Literal') return getStringIfConstant(node);
  return evaluationSize(sourceCode, node) > MAX_STATIC_NODES ? null : getStringIfConstant(node, sourceCode.getScope(scopeNode));
}
