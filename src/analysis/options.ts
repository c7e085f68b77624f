/**
 * Options objects and payloads at a call: is an option set, missing, or impossible to tell?
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import { ownBudget } from './budget.js';
import { builtObject, findBinding, isGlobalName, lookupProperty, mayWriteProperty, resolveObject } from './objects.js';
import { RETURNS, type Place, type PathStep } from '../libraries/index.js';
import { isFunctionNode, unwrap } from './syntax.js';

/**
 * The argument at `index`, or `null` when a spread before it (`fn(...args)`) hides which argument
 * lands there.
 */
export function argumentAt(args: readonly TSESTree.Node[], index: number): TSESTree.Node | undefined | null {
  for (let i = 0; i < args.length && i <= index; i += 1) {
    if (args[i]?.type === 'SpreadElement') return null;
  }
  return args[index];
}

/** `undefined`, `null` or `void 0` in an options slot: no options. */
export function isNothing(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const value = unwrap(node);
  if (value.type === 'Literal') return value.value === null;
  if (value.type === 'UnaryExpression') return value.operator === 'void';
  if (value.type !== 'Identifier' || value.name !== 'undefined') return false;
  return !ASTUtils.findVariable(sourceCode.getScope(value), value)?.defs.length;
}

export type PlaceLookup =
  | { readonly status: 'present'; readonly value: TSESTree.Node }
  | {
      readonly status: 'absent';
      /** The steps of the path that are not there; empty when the argument itself is missing. */
      readonly missing: readonly PathStep[];
      /** The deepest object literal on the path, where the first missing step would go. */
      readonly object?: TSESTree.ObjectExpression;
      /** The expression as written that evaluates to `object` (an inline literal or a const's name). */
      readonly holder?: TSESTree.Node;
      /** An `undefined`/`null` that stands where the first missing step's value (or the argument) would be. */
      readonly nothing?: TSESTree.Node;
      /** A callback standing in the argument's slot: new options go before it. */
      readonly callback?: boolean;
    }
  | { readonly status: 'unknown' };

const UNKNOWN_PLACE: PlaceLookup = { status: 'unknown' };

/**
 * What sits at a place of a call site: present, absent (with where it would go), or impossible to
 * tell (a spread, a value built at runtime, an object that other code may change).
 */
export function lookupPlace(sourceCode: Readonly<TSESLint.SourceCode>, args: readonly TSESTree.Node[], place: Place): PlaceLookup {
  // A call's argument list and a model's place are the same objects for every rule that asks.
  return lookupPlaceOnce(args, place, sourceCode);
}

const lookups = new WeakMap<readonly TSESTree.Node[], WeakMap<Place, PlaceLookup>>();

function lookupPlaceOnce(args: readonly TSESTree.Node[], place: Place, sourceCode: Readonly<TSESLint.SourceCode>): PlaceLookup {
  let byPlace = lookups.get(args);
  if (!byPlace) lookups.set(args, (byPlace = new WeakMap()));
  let answer = byPlace.get(place);
  // A budget of its own (see budget.ts): the remembered answer must not depend on who asked first.
  if (!answer) byPlace.set(place, (answer = ownBudget(() => findPlace(sourceCode, args, place))));
  return answer;
}

function findPlace(sourceCode: Readonly<TSESLint.SourceCode>, args: readonly TSESTree.Node[], place: Place): PlaceLookup {
  const argument = argumentAt(args, place.arg);
  const path = place.path ?? [];
  if (argument === null) return UNKNOWN_PLACE;
  if (argument === undefined) return { status: 'absent', missing: path };
  if (isNothing(sourceCode, argument)) return { status: 'absent', missing: path, nothing: argument };
  if (path.length > 0 && isFunction(sourceCode, argument) && path[0] !== RETURNS) {
    return { status: 'absent', missing: path, callback: true };
  }
  let current: TSESTree.Node = argument;
  for (const [index, step] of path.entries()) {
    if (step === RETURNS) {
      const returned = returnedValue(sourceCode, current);
      if (!returned) return UNKNOWN_PLACE;
      current = returned;
      continue;
    }
    const built = builtObject(sourceCode, current);
    const object = built?.object ?? resolveObject(sourceCode, current);
    if (!object) return UNKNOWN_PLACE;
    const assigned = built?.assigned.get(step);
    const property = assigned ? { value: assigned, known: true } : lookupProperty(sourceCode, object, step);
    if (!property.known) return UNKNOWN_PLACE;
    const rest = path.slice(index);
    // A factory we cannot see into (`useClass`, no `useFactory`): the value may come from anywhere.
    if (!property.value && rest.includes(RETURNS)) return UNKNOWN_PLACE;
    if (!property.value) return { status: 'absent', missing: rest, object, holder: current };
    if (isNothing(sourceCode, property.value)) return { status: 'absent', missing: rest, object, holder: current, nothing: property.value };
    current = property.value;
  }
  return { status: 'present', value: current };
}

/**
 * What a function value returns, for a `RETURNS` step: the expression of an arrow function or the
 * argument of its only `return`; a value that is not a function is its own result.
 */
function returnedValue(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Node | undefined {
  let value = unwrap(node);
  if (value.type === 'Identifier') {
    const binding = findBinding(sourceCode, value);
    const init = binding?.declarator.id.type === 'Identifier' ? binding.declarator.init : undefined;
    if (init && isFunctionNode(unwrap(init))) value = unwrap(init);
    else if (!init) return undefined;
  }
  if (!isFunctionNode(value)) return node;
  if (value.body.type !== 'BlockStatement') return value.body.type === 'AwaitExpression' ? value.body.argument : value.body;
  const returns = value.body.body.filter((statement): statement is TSESTree.ReturnStatement => statement.type === 'ReturnStatement');
  return returns.length === 1 ? (returns[0]?.argument ?? undefined) : undefined;
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
  const constant = ASTUtils.staticValue(sourceCode, value);
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
    // `(user: { id: string })` or `(claims: Claims)`: what the declared type says about the claim.
    const typed = typedShape(sourceCode, variable?.defs[0]?.name, claim);
    if (typed) return typed;
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
    const scope = sourceCode.getScope(node);
    // The built-in `String` and `JSON`, not a local of the same name.
    if (callee.type === 'Identifier') return callee.name === 'String' && isGlobalName(scope, 'String');
    if (callee.type !== 'MemberExpression') return false;
    const method = ASTUtils.getPropertyName(callee);
    return (
      method === 'toString' ||
      (method === 'stringify' && callee.object.type === 'Identifier' && callee.object.name === 'JSON' && isGlobalName(scope, 'JSON'))
    );
  }
  if (node.type !== 'Identifier') return false;
  const definition = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
  const name = definition?.name;
  const annotation = name && 'typeAnnotation' in name ? name.typeAnnotation?.typeAnnotation : undefined;
  return annotation?.type === 'TSStringKeyword';
}

const MAX_TYPE_DEPTH = 8;

/**
 * What a binding's declared type says about a payload: `string` (also through `type Subject =
 * string`), an object type that may carry the claim (`{ exp?: number }`, an index signature, a
 * type declared elsewhere: `opaque`/`unknown`), or one that cannot (`lacks-claim`).
 */
function typedShape(sourceCode: Readonly<TSESLint.SourceCode>, name: TSESTree.Node | undefined, claim: string): PayloadShape | undefined {
  const annotation = name?.type === 'Identifier' ? name.typeAnnotation?.typeAnnotation : undefined;
  return annotation ? typeShape(sourceCode, annotation, claim, 0) : undefined;
}

function typeShape(sourceCode: Readonly<TSESLint.SourceCode>, type: TSESTree.TypeNode, claim: string, depth: number): PayloadShape | undefined {
  if (depth > MAX_TYPE_DEPTH) return 'opaque';
  switch (type.type) {
    case 'TSStringKeyword':
    case 'TSTemplateLiteralType':
      return 'string';
    case 'TSLiteralType':
      return type.literal.type === 'Literal' && typeof type.literal.value === 'string' ? 'string' : undefined;
    case 'TSTypeLiteral':
      return membersShape(type.members, claim);
    case 'TSObjectKeyword':
      return 'opaque';
    case 'TSUnionType': {
      const shapes = type.types.map((member) => typeShape(sourceCode, member, claim, depth + 1));
      if (shapes.every((shape) => shape === 'string')) return 'string';
      if (shapes.includes('string')) return 'unknown';
      return shapes.includes('unknown') ? 'unknown' : 'opaque';
    }
    case 'TSTypeReference': {
      if (type.typeName.type !== 'Identifier') return 'opaque';
      const declaration = localType(sourceCode, type.typeName);
      if (!declaration) return type.typeName.name === 'String' ? 'string' : 'opaque';
      if (declaration.type === 'TSTypeAliasDeclaration') return typeShape(sourceCode, declaration.typeAnnotation, claim, depth + 1);
      // An interface that extends another may inherit the claim.
      return declaration.extends.length > 0 ? 'opaque' : membersShape(declaration.body.body, claim);
    }
    default:
      return 'opaque';
  }
}

/** An object type's members: the claim declared (`exp?: number`) or an index signature may carry it. */
function membersShape(members: readonly TSESTree.TypeElement[], claim: string): PayloadShape {
  if (members.some((member) => member.type === 'TSIndexSignature')) return 'opaque';
  const declares = members.some(
    (member) =>
      (member.type === 'TSPropertySignature' || member.type === 'TSMethodSignature') &&
      (member.key.type === 'Identifier' ? member.key.name : member.key.type === 'Literal' ? String(member.key.value) : undefined) === claim,
  );
  return declares ? 'unknown' : 'lacks-claim';
}

/** The file's own declaration of a type name, when it has exactly one. */
function localType(
  sourceCode: Readonly<TSESLint.SourceCode>,
  name: TSESTree.Identifier,
): TSESTree.TSTypeAliasDeclaration | TSESTree.TSInterfaceDeclaration | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(name), name);
  const definitions = variable?.defs ?? [];
  if (definitions.length !== 1) return undefined;
  const node = definitions[0]!.node;
  return node.type === 'TSTypeAliasDeclaration' || node.type === 'TSInterfaceDeclaration' ? node : undefined;
}
