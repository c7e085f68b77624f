/**
 * Following a value to the object literal that defines it: `const opts = { … }`, `config.jwt`,
 * `Object.freeze({ … })`. Anything that could change the object (a spread, a later assignment to one
 * of its properties) makes the answer "can't tell".
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import { skipPassThrough, unwrap } from './syntax.js';

const MAX_DEPTH = 12;

/** A variable's single value: its initializer when it is never written again. */
export interface Binding {
  readonly variable: TSESLint.Scope.Variable;
  readonly declarator: TSESTree.VariableDeclarator;
}

export function findBinding(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
): Binding | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0];
  if (definition?.type !== 'Variable') return undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  return { variable, declarator: definition.node };
}

/**
 * Whether code elsewhere may change the object a variable holds: `opts.x = 1`, `cfg.jwt.secret = x`,
 * `delete opts.x`, `({ x: opts.x } = y)`, `Object.assign(opts.jwt, …)`, or any of these through an
 * alias (`const o = opts`, `const { jwt } = cfg`, `o = opts`).
 */
export function isMutated(
  variable: TSESLint.Scope.Variable,
  seen = new Set<TSESLint.Scope.Variable>(),
  allowed: ReadonlySet<TSESLint.Scope.Reference> = new Set(),
): boolean {
  if (seen.has(variable)) return false;
  seen.add(variable);
  return variable.references.some((reference) => {
    if (allowed.has(reference)) return false;
    let outer = skipPassThrough(reference.identifier);
    // Walk up `cfg.jwt.secret`: a write to any property below the variable changes its object.
    while (outer.parent?.type === 'MemberExpression' && outer.parent.object === outer) {
      if (isWriteTarget(outer.parent)) return true;
      outer = skipPassThrough(outer.parent);
    }
    const parent = outer.parent;
    if (parent?.type === 'CallExpression' && parent.arguments[0] === outer && OBJECT_WRITERS.some((method) => isObjectMethodCall(parent, method))) {
      return true;
    }
    const aliases =
      parent?.type === 'VariableDeclarator' && parent.init === outer
        ? parent.id
        : parent?.type === 'AssignmentExpression' && parent.right === outer
          ? parent.left
          : undefined;
    return aliases !== undefined && boundNames(aliases).some((name) => {
      const alias = declaredFrom(reference.from, name);
      return alias !== undefined && isMutated(alias, seen);
    });
  });
}

const OBJECT_WRITERS = ['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf'];

/**
 * Whether code may set property `name` on the object a variable holds: `p.exp = …`, `p[key] = …`,
 * `Object.assign(p, …)`, or anything through an alias. Writes to other properties do not count.
 */
export function mayWriteProperty(variable: TSESLint.Scope.Variable, name: string): boolean {
  return variable.references.some((reference) => {
    const outer = skipPassThrough(reference.identifier);
    const parent = outer.parent;
    if (parent?.type === 'MemberExpression' && parent.object === outer) {
      const property = ASTUtils.getPropertyName(parent);
      return (property === null || property === name) && isWriteTarget(parent);
    }
    if (parent?.type === 'CallExpression' && parent.arguments[0] === outer) {
      return OBJECT_WRITERS.some((method) => isObjectMethodCall(parent, method));
    }
    return (
      (parent?.type === 'VariableDeclarator' && parent.init === outer) ||
      (parent?.type === 'AssignmentExpression' && parent.right === outer)
    );
  });
}

/** Whether a member expression is written to: assigned, updated, deleted, or a destructuring/loop target. */
function isWriteTarget(member: TSESTree.MemberExpression): boolean {
  const node = skipPassThrough(member);
  const parent = node.parent;
  switch (parent?.type) {
    case 'AssignmentExpression':
    case 'AssignmentPattern':
      return parent.left === node;
    case 'UpdateExpression':
    case 'ArrayPattern':
    case 'RestElement':
      return true;
    case 'UnaryExpression':
      return parent.operator === 'delete';
    case 'ForInStatement':
    case 'ForOfStatement':
      return parent.left === node;
    case 'Property':
      return parent.value === node && parent.parent.type === 'ObjectPattern';
    default:
      return false;
  }
}

/** The names a pattern binds: `a`, `{ a, b: { c } }`, `[a, ...b]`. */
function boundNames(pattern: TSESTree.Node): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) => boundNames(property.type === 'Property' ? property.value : property.argument));
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => (element ? boundNames(element) : []));
    case 'AssignmentPattern':
      return boundNames(pattern.left);
    case 'RestElement':
      return boundNames(pattern.argument);
    default:
      return [];
  }
}

/** The variable `name` as seen from `scope` (where a declarator next to a reference declares it). */
function declaredFrom(scope: TSESLint.Scope.Scope | null, name: string): TSESLint.Scope.Variable | undefined {
  for (let current = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

function isObjectMethodCall(call: TSESTree.CallExpression, method: string): boolean {
  const callee = call.callee;
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'Object' &&
    ASTUtils.getPropertyName(callee) === method
  );
}

export interface PropertyLookup {
  /** The property's value, when the object defines it. */
  readonly value?: TSESTree.Node;
  /** The property node itself (for edits). */
  readonly property?: TSESTree.Property;
  /** `false` when a spread or an accessor may define or override the property. */
  readonly known: boolean;
}

/**
 * Looks a property up in an object literal; the last definition wins, as at runtime. A spread of an
 * object literal the file defines (`{ ...defaults, issuer }`) is looked into; any other spread may
 * hold the property, so the answer becomes "can't tell".
 */
export function lookupProperty(
  sourceCode: Readonly<TSESLint.SourceCode>,
  object: TSESTree.ObjectExpression,
  name: string,
  depth = 0,
): PropertyLookup {
  let found: TSESTree.Property | undefined;
  let spreadAfter = false;
  for (const element of object.properties) {
    if (element.type === 'SpreadElement') {
      const spread = depth < MAX_DEPTH ? resolveObject(sourceCode, element.argument, depth + 1) : undefined;
      const inner = spread ? lookupProperty(sourceCode, spread, name, depth + 1) : { known: false };
      if (!inner.known) spreadAfter = true;
      else if (inner.property) {
        found = inner.property;
        spreadAfter = false;
      }
      continue;
    }
    const key = ASTUtils.getPropertyName(element, sourceCode.getScope(element));
    if (key === null && element.computed) {
      // `[dynamicKey]: …` may be our property.
      spreadAfter = true;
      continue;
    }
    if (key === name) {
      found = element;
      spreadAfter = false;
    }
  }
  if (spreadAfter) return { known: false };
  if (!found) return { known: true };
  if (found.kind !== 'init') return { known: false };
  return { value: found.value, property: found, known: true };
}

/** An object built property by property: its literal, and the value each `x.name = value` statement sets. */
export interface BuiltObject {
  readonly object: TSESTree.ObjectExpression;
  readonly assigned: ReadonlyMap<string, TSESTree.Node>;
}

/**
 * An object filled in right after its declaration, as READMEs show it:
 * `const opts = {}; opts.secretOrKey = …; opts.algorithms = […];`. Every write must be such a plain
 * statement in the declaration's own block; anything else that may change the object (a call that
 * receives it, an alias, a nested write) makes it unknown.
 */
export function builtObject(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): BuiltObject | undefined {
  const identifier = unwrap(node);
  if (identifier.type !== 'Identifier') return undefined;
  const binding = findBinding(sourceCode, identifier);
  const init = binding?.declarator.init ? unwrap(binding.declarator.init) : undefined;
  if (!binding || init?.type !== 'ObjectExpression' || binding.declarator.id.type !== 'Identifier') return undefined;
  const block = binding.declarator.parent.parent;
  const assigned = new Map<string, TSESTree.Node>();
  const allowed = new Set<TSESLint.Scope.Reference>();
  for (const reference of binding.variable.references) {
    const member = reference.identifier.parent;
    const assignment = member?.parent;
    if (
      member?.type !== 'MemberExpression' ||
      member.object !== reference.identifier ||
      assignment?.type !== 'AssignmentExpression' ||
      assignment.operator !== '=' ||
      assignment.left !== member ||
      assignment.parent.type !== 'ExpressionStatement' ||
      assignment.parent.parent !== block
    ) {
      continue;
    }
    const name = ASTUtils.getPropertyName(member, sourceCode.getScope(member));
    if (name === null) return undefined;
    assigned.set(name, assignment.right);
    allowed.add(reference);
  }
  if (assigned.size === 0 || isMutated(binding.variable, new Set(), allowed)) return undefined;
  return { object: init, assigned };
}

/** The object literal a value statically is, following consts, config paths and `Object.freeze`. */
export function resolveObject(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  depth = 0,
): TSESTree.ObjectExpression | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = unwrap(node);
  switch (value.type) {
    case 'ObjectExpression':
      return value;
    case 'Identifier': {
      const binding = findBinding(sourceCode, value);
      if (!binding || isMutated(binding.variable)) return undefined;
      const init = resolveDeclaredValue(sourceCode, binding.declarator, value.name, depth + 1);
      return init ? resolveObject(sourceCode, init, depth + 1) : undefined;
    }
    case 'MemberExpression': {
      const property = resolveMember(sourceCode, value, depth + 1);
      return property ? resolveObject(sourceCode, property, depth + 1) : undefined;
    }
    case 'CallExpression':
      return isObjectMethodCall(value, 'freeze') && value.arguments[0]
        ? resolveObject(sourceCode, value.arguments[0], depth + 1)
        : undefined;
    default:
      return undefined;
  }
}

/** `config.jwt.secret` → the node that defines `secret`, when `config` is an object literal. */
export function resolveMember(
  sourceCode: Readonly<TSESLint.SourceCode>,
  member: TSESTree.MemberExpression,
  depth = 0,
): TSESTree.Node | undefined {
  const name = ASTUtils.getPropertyName(member, sourceCode.getScope(member));
  if (name === null) return undefined;
  const object = resolveObject(sourceCode, member.object, depth + 1);
  return object ? lookupProperty(sourceCode, object, name, depth + 1).value : undefined;
}

/**
 * The value a declarator gives the variable `name`: its initializer for `const x = …`, or the
 * matching part of the initializer for `const { a: { x } } = …` (defaults are left to the caller).
 */
function resolveDeclaredValue(
  sourceCode: Readonly<TSESLint.SourceCode>,
  declarator: TSESTree.VariableDeclarator,
  name: string,
  depth = 0,
): TSESTree.Node | undefined {
  if (!declarator.init) return undefined;
  if (declarator.id.type === 'Identifier') return declarator.init;
  const path = patternPath(declarator.id, name);
  if (!path || path.some((step) => step.defaultValue)) return undefined;
  let value: TSESTree.Node | undefined = declarator.init;
  for (const step of path) {
    if (!value) return undefined;
    const object = resolveObject(sourceCode, value, depth + 1);
    value = object ? lookupProperty(sourceCode, object, step.key, depth + 1).value : undefined;
  }
  return value;
}

export interface PatternStep {
  readonly key: string;
  /** `{ key = default }`: the default applies when the source has no such property. */
  readonly defaultValue?: TSESTree.Node;
  readonly pattern?: TSESTree.AssignmentPattern;
}

/** The property keys leading from a destructuring pattern to the binding `name`, or undefined. */
export function patternPath(pattern: TSESTree.Node, name: string): PatternStep[] | undefined {
  if (pattern.type !== 'ObjectPattern') return undefined;
  for (const property of pattern.properties) {
    if (property.type !== 'Property') continue;
    const key = ASTUtils.getPropertyName(property);
    if (key === null) continue;
    let target: TSESTree.Node = property.value;
    let step: PatternStep = { key };
    if (target.type === 'AssignmentPattern') {
      step = { key, defaultValue: target.right, pattern: target };
      target = target.left;
    }
    if (target.type === 'Identifier' && target.name === name) return [step];
    const rest = patternPath(target, name);
    if (rest) return [step, ...rest];
  }
  return undefined;
}
