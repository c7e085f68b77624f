/**
 * Options objects and payloads at a call: is an option set, missing, or impossible to tell?
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import { findBinding, lookupProperty, mayWriteProperty, resolveObject } from './objects.js';
import { isFunctionNode, unwrap } from './syntax.js';

export type OptionLookup =
  | { readonly status: 'present'; readonly value: TSESTree.Node }
  /**
   * `object` is the options literal to add the option to (absent when the call passes no options);
   * `nothing` is an `undefined`/`null` the option is already set to, which means it is not set.
   */
  | { readonly status: 'absent'; readonly object?: TSESTree.ObjectExpression; readonly nothing?: TSESTree.Node }
  | { readonly status: 'unknown' };

/**
 * The argument at `index`, or `null` when a spread before it (`fn(...args)`) hides which argument
 * lands there.
 */
export function argumentAt(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): TSESTree.Node | undefined | null {
  for (let i = 0; i < call.arguments.length && i <= index; i += 1) {
    if (call.arguments[i]?.type === 'SpreadElement') return null;
  }
  return call.arguments[index];
}

/** `undefined`, `null` or `void 0` in an options slot: no options. */
export function isNothing(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const value = unwrap(node);
  if (value.type === 'Literal') return value.value === null;
  if (value.type === 'UnaryExpression') return value.operator === 'void';
  if (value.type !== 'Identifier' || value.name !== 'undefined') return false;
  return !ASTUtils.findVariable(sourceCode.getScope(value), value)?.defs.length;
}

/** Looks an option up in the options argument of a call (which may be missing, a callback, or a const). */
export function lookupOption(
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: TSESTree.Node | undefined,
  name: string,
): OptionLookup {
  if (!options || isFunction(sourceCode, options) || isNothing(sourceCode, options)) return { status: 'absent' };
  const object = resolveObject(sourceCode, options);
  if (!object) return { status: 'unknown' };
  const property = lookupProperty(sourceCode, object, name);
  if (!property.known) return { status: 'unknown' };
  if (!property.value) return { status: 'absent', object };
  return isNothing(sourceCode, property.value)
    ? { status: 'absent', object, nothing: property.value }
    : { status: 'present', value: property.value };
}

/**
 * `lacks-claim`: an object (or no payload) without the claim; `opaque`: a value the rule cannot see
 * into (a parameter, a call result), which sets no claim itself but may even be a string.
 */
export type PayloadShape = 'string' | 'has-claim' | 'lacks-claim' | 'opaque' | 'unknown';

/**
 * What a payload says about one claim: a string or Buffer payload carries no claims at all
 * (`'string'`); an object literal has the claim or lacks it, or a spread hides it (`'unknown'`).
 * A payload we cannot see into (a parameter, a call result) does not set the claim itself.
 */
export function payloadShape(
  sourceCode: Readonly<TSESLint.SourceCode>,
  payload: TSESTree.Node | undefined,
  claim: string,
  isBuffer: (node: TSESTree.Node) => boolean,
): PayloadShape {
  if (!payload) return 'lacks-claim';
  const value = unwrap(payload);
  if (value.type === 'TemplateLiteral' || isBuffer(value) || isStringTyped(sourceCode, payload)) return 'string';
  const constant = ASTUtils.getStaticValue(value, sourceCode.getScope(value));
  if (constant && typeof constant.value === 'string') return 'string';
  const object = resolveObject(sourceCode, value);
  if (object) {
    const property = lookupProperty(sourceCode, object, claim);
    if (!property.known) return 'unknown';
    return property.value ? 'has-claim' : 'lacks-claim';
  }
  if (value.type === 'ObjectExpression') return 'unknown';
  // A binding the code sets the claim on (`payload.exp = …`, `Object.assign(payload, …)`) may carry it.
  if (value.type === 'Identifier') {
    const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
    if (variable && mayWriteProperty(variable, claim)) return 'unknown';
    // `(user: { id: string })` or `(claims: Claims)`: TypeScript says it is an object.
    if (isObjectTyped(variable?.defs[0]?.name)) return 'lacks-claim';
  }
  return 'opaque';
}

/** A callback: a function expression, a function declaration, or a const bound to a function. */
function isFunction(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const value = unwrap(node);
  if (isFunctionNode(value)) return true;
  if (value.type !== 'Identifier') return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === 'FunctionName') return true;
  const binding = findBinding(sourceCode, value);
  return binding?.declarator.id.type === 'Identifier' && binding.declarator.init ? isFunctionNode(unwrap(binding.declarator.init)) : false;
}

/** `x as string`, `JSON.stringify(x)`, `String(x)`, `x.toString()`, or a binding typed `: string`. */
function isStringTyped(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node): boolean {
  let node = expression;
  while (node.type === 'TSAsExpression' || node.type === 'TSTypeAssertion' || node.type === 'TSSatisfiesExpression' || node.type === 'TSNonNullExpression') {
    if (node.type !== 'TSNonNullExpression' && node.typeAnnotation.type === 'TSStringKeyword') return true;
    node = node.expression;
  }
  if (node.type === 'CallExpression') {
    const callee = unwrap(node.callee);
    if (callee.type === 'Identifier') return callee.name === 'String';
    if (callee.type !== 'MemberExpression') return false;
    const method = ASTUtils.getPropertyName(callee);
    return method === 'toString' || (method === 'stringify' && callee.object.type === 'Identifier' && callee.object.name === 'JSON');
  }
  if (node.type !== 'Identifier') return false;
  const definition = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
  const name = definition?.name;
  const annotation = name && 'typeAnnotation' in name ? name.typeAnnotation?.typeAnnotation : undefined;
  return annotation?.type === 'TSStringKeyword';
}

/** A binding annotated with an object type: `{ … }`, `object`, `Record<…>`, a named interface. */
function isObjectTyped(name: TSESTree.Node | undefined): boolean {
  const annotation = name?.type === 'Identifier' ? name.typeAnnotation?.typeAnnotation : undefined;
  if (!annotation) return false;
  if (annotation.type === 'TSTypeLiteral' || annotation.type === 'TSObjectKeyword') return true;
  return annotation.type === 'TSTypeReference' && !(annotation.typeName.type === 'Identifier' && annotation.typeName.name === 'String');
}
