/**
 * Following a value to the object literal that defines it: `const opts = { … }`, `config.jwt`,
 * `Object.freeze({ … })`. Anything that could change the object (a spread, a later assignment to one
 * of its properties) makes the answer "can't tell".
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import { spend, withinBudget } from './budget.js';
import { skipPassThrough, unwrap } from './syntax.js';

const MAX_DEPTH = 12;

/** A variable's single value: its initializer, or its one plain assignment, when it is never written again. */
export interface Binding {
  readonly variable: TSESLint.Scope.Variable;
  readonly declarator: TSESTree.VariableDeclarator;
  /**
   * What the variable holds: the initializer, or for `let s; s = '…';` the right side of its only
   * assignment (a plain `=` statement in the declaration's block).
   */
  readonly value?: TSESTree.Node;
}

/**
 * Written again after its declaration: `let jwt = require('jsonwebtoken'); jwt = stub;`. The one
 * answer to "defined once, never reassigned?" that every part of the engine asks.
 */
export function isReassigned(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => reference.isWrite() && !reference.init);
}

/**
 * The one assignment of a variable declared without a value (`let s; s = '…';`): a plain `=`
 * statement in the declaration's own block, and the only write there is.
 */
function soleAssignment(variable: TSESLint.Scope.Variable, declarator: TSESTree.VariableDeclarator): TSESTree.Node | undefined {
  if (declarator.init || declarator.id.type !== 'Identifier') return undefined;
  const writes = variable.references.filter((reference) => reference.isWrite());
  const target = writes.length === 1 ? writes[0]?.identifier : undefined;
  const assignment = target?.parent;
  if (
    assignment?.type !== 'AssignmentExpression' ||
    assignment.operator !== '=' ||
    assignment.left !== target ||
    assignment.parent.type !== 'ExpressionStatement' ||
    assignment.parent.parent !== declarator.parent.parent
  ) {
    return undefined;
  }
  return assignment.right;
}

export function findBinding(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
): Binding | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0];
  if (definition?.type !== 'Variable') return undefined;
  const assigned = soleAssignment(variable, definition.node);
  if (assigned) return { variable, declarator: definition.node, value: assigned };
  if (isReassigned(variable)) return undefined;
  return { variable, declarator: definition.node, ...(definition.node.init ? { value: definition.node.init } : {}) };
}

/**
 * Calls known to only read the objects they receive: the file's own JWT operations, key makers and
 * config reads, registered by the file's analysis. Keyed by node, so it never outlives the file.
 */
const readOnlyCalls = new WeakSet<TSESTree.Node>();

export function markReadOnlyCall(call: TSESTree.Node): void {
  readOnlyCalls.add(call);
}

/** Built-ins that only read their arguments: `JSON.stringify(o)`, `console.log(o)`, `Object.keys(o)`. */
const READING_BUILTINS: Readonly<Record<string, ReadonlySet<string> | true>> = {
  JSON: new Set(['stringify']),
  console: true,
  Object: new Set(['keys', 'values', 'entries', 'freeze', 'isFrozen', 'getOwnPropertyNames', 'hasOwn']),
  Array: new Set(['isArray', 'from']),
  Reflect: new Set(['get', 'has', 'ownKeys']),
  String: true,
  Number: true,
  Boolean: true,
  structuredClone: true,
};

/** Built-ins that write the object they receive first. */
const WRITING_BUILTINS: Readonly<Record<string, ReadonlySet<string>>> = {
  Object: new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf']),
  Reflect: new Set(['set', 'defineProperty', 'deleteProperty', 'setPrototypeOf']),
};

/** Methods that only read the object they are called on (`keys.get('jwt')`, `parts.join('')`). */
const READING_METHODS = new Set([
  'get', 'has', 'at', 'join', 'concat', 'slice', 'indexOf', 'includes', 'toString', 'valueOf', 'trim',
  'toLowerCase', 'toUpperCase', 'keys', 'values', 'entries', 'forEach', 'map', 'filter', 'find', 'some',
  'every', 'reduce', 'hasOwnProperty', 'startsWith', 'endsWith', 'split', 'replace', 'toJSON', 'encode',
]);

/** `name` resolves to the global built-in from `scope` (not a local of the same name). */
export function isGlobalName(scope: TSESLint.Scope.Scope | null, name: string): boolean {
  const variable = declaredFrom(scope, name);
  return !variable || variable.defs.length === 0;
}

/** The built-in a call makes (`Object.assign(…)` → `['Object', 'assign']`, `String(x)` → `['String', null]`). */
function builtinCall(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  scope: TSESLint.Scope.Scope | null,
): readonly [string, string | null] | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === 'Identifier') return isGlobalName(scope, callee.name) ? [callee.name, null] : undefined;
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier') return undefined;
  const method = ASTUtils.getPropertyName(callee);
  return method !== null && isGlobalName(scope, callee.object.name) ? [callee.object.name, method] : undefined;
}

function isWritingBuiltin(builtin: readonly [string, string | null] | undefined): boolean {
  const writer = builtin && Object.hasOwn(WRITING_BUILTINS, builtin[0]) ? WRITING_BUILTINS[builtin[0]] : undefined;
  return builtin?.[1] != null && writer?.has(builtin[1]) === true;
}

/** Whether a call that receives an object as argument `index` may write it. */
function mayWriteArgument(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
  scope: TSESLint.Scope.Scope | null,
): boolean {
  if (readOnlyCalls.has(call)) return false;
  const builtin = builtinCall(call, scope);
  if (!builtin) return true;
  if (isWritingBuiltin(builtin)) return index === 0;
  const [object, method] = builtin;
  const reader = Object.hasOwn(READING_BUILTINS, object) ? READING_BUILTINS[object] : undefined;
  return !(reader === true || (method !== null && reader?.has(method)));
}

/** What one read of a variable may do to the object it holds. */
type Use =
  | { readonly kind: 'read' }
  /** Writes property `property` (`null`: any property) of the object, or of an object inside it. */
  | { readonly kind: 'write'; readonly property: string | null }
  /** Binds the object to other names: `const o = opts`, `({ jwt } = cfg)`. */
  | { readonly kind: 'alias'; readonly pattern: TSESTree.Node };

const READ: Use = { kind: 'read' };
const ANY_WRITE: Use = { kind: 'write', property: null };

/**
 * What a reference does with the object: a write below it (`opts.x = 1`, `cfg.jwt.secret = x`,
 * `delete opts.x`), a method call that may set fields through `this` (`config.load()`), a call that
 * receives it or an object inside it (`loadEnv(config)`, `Reflect.set(config, …)`), storing it in
 * another object that may then be written (`{ config }`, `app.config = config`), or an alias.
 * With `escapes: false` only direct writes and the writing built-ins count.
 */
function useOf(reference: TSESLint.Scope.Reference, escapes: boolean): Use {
  const start = skipPassThrough(reference.identifier);
  let outer = start;
  let first: string | null | undefined;
  while (outer.parent?.type === 'MemberExpression' && outer.parent.object === outer) {
    const member = outer.parent;
    const name = ASTUtils.getPropertyName(member, reference.from);
    if (first === undefined) first = name;
    if (isWriteTarget(member)) return { kind: 'write', property: first };
    const wrapped = skipPassThrough(member);
    const call = wrapped.parent;
    if (escapes && call?.type === 'CallExpression' && call.callee === wrapped) {
      // `cfg.load()` may set any field through `this`; `keys.get('k')` only reads.
      return (name !== null && READING_METHODS.has(name)) || readOnlyCalls.has(call) ? READ : ANY_WRITE;
    }
    outer = wrapped;
  }
  const parent = outer.parent;
  if ((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee !== outer) {
    const index = parent.arguments.indexOf(outer as TSESTree.CallExpressionArgument);
    if (index < 0) return READ;
    if (!escapes) {
      return index === 0 && isWritingBuiltin(builtinCall(parent, reference.from))
        ? { kind: 'write', property: outer === start ? null : (first ?? null) }
        : READ;
    }
    return mayWriteArgument(parent, index, reference.from) ? ANY_WRITE : READ;
  }
  if (parent?.type === 'VariableDeclarator' && parent.init === outer) return { kind: 'alias', pattern: parent.id };
  if (parent?.type === 'AssignmentExpression' && parent.right === outer) {
    if (parent.left.type === 'MemberExpression') return escapes && outer === start ? ANY_WRITE : READ;
    return { kind: 'alias', pattern: parent.left };
  }
  // Stored inside another object or array, which other code may then write through (unless that
  // literal goes straight to a call that only reads it, such as a modelled JWT call).
  if (escapes && outer === start && (parent?.type === 'ArrayExpression' || (parent?.type === 'Property' && parent.value === outer && parent.parent.type === 'ObjectExpression'))) {
    return goesOnlyToReadingCall(parent) ? READ : ANY_WRITE;
  }
  return READ;
}

/** `const ALG = 'none'`: a binding declared once with a primitive literal. */
function holdsPrimitive(variable: TSESLint.Scope.Variable): boolean {
  const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable' || definition.node.id.type !== 'Identifier' || !definition.node.init) return false;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return false;
  const init = unwrap(definition.node.init);
  return (init.type === 'Literal' && !('regex' in init && init.regex)) || init.type === 'TemplateLiteral';
}

/** An object or array literal (or one nested in such literals) passed directly to a call that only reads it. */
function goesOnlyToReadingCall(container: TSESTree.Node): boolean {
  let node: TSESTree.Node = container.type === 'Property' ? container.parent : container;
  while (node.parent?.type === 'Property' && node.parent.value === node && node.parent.parent.type === 'ObjectExpression') node = node.parent.parent;
  while (node.parent?.type === 'ArrayExpression') node = node.parent;
  const call = node.parent;
  return (call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.arguments.includes(node as TSESTree.CallExpressionArgument) && readOnlyCalls.has(call);
}

/**
 * Whether code elsewhere may change the object a variable holds (see `useOf`), also through an
 * alias (`const o = opts`, `const { jwt } = cfg`, `o = opts`). With `escapes: false` (a class's
 * static members) only direct writes count: passing a class around does not change it.
 */
export function isMutated(
  variable: TSESLint.Scope.Variable,
  options: { readonly allowed?: ReadonlySet<TSESLint.Scope.Reference>; readonly escapes?: boolean } = {},
): boolean {
  // A string or number has nothing to write to: only reassigning the binding could change it.
  if (holdsPrimitive(variable)) return false;
  return mayWrite(variable, null, options.escapes ?? true, options.allowed ?? new Set(), new Set());
}

/**
 * Whether code may set property `name` on the object a variable holds: `p.exp = …`, `p[key] = …`,
 * `Object.assign(p, …)`, `withExpiry(p)`, or anything through an alias. Writes to other
 * properties do not count.
 */
export function mayWriteProperty(variable: TSESLint.Scope.Variable, name: string): boolean {
  return mayWrite(variable, name, true, new Set(), new Set());
}

function mayWrite(
  variable: TSESLint.Scope.Variable,
  name: string | null,
  escapes: boolean,
  allowed: ReadonlySet<TSESLint.Scope.Reference>,
  seen: Set<TSESLint.Scope.Variable>,
): boolean {
  if (seen.has(variable)) return false;
  seen.add(variable);
  return variable.references.some((reference) => {
    if (allowed.has(reference) || !reference.isRead()) return false;
    const use = useOf(reference, escapes);
    if (use.kind === 'write') return name === null || use.property === null || use.property === name;
    if (use.kind !== 'alias') return false;
    return boundNames(use.pattern).some((bound) => {
      const alias = declaredFrom(reference.from, bound);
      return alias !== undefined && mayWrite(alias, name, escapes, new Set(), seen);
    });
  });
}

/** Whether a member expression is written to: assigned, updated, deleted, or a destructuring/loop target. */
export function isWriteTarget(member: TSESTree.MemberExpression): boolean {
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

/** `Object.<method>(…)` with the built-in `Object`. */
function isObjectMethodCall(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression, method: string): boolean {
  const builtin = builtinCall(call, sourceCode.getScope(call));
  return builtin?.[0] === 'Object' && builtin[1] === method;
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
  return withinBudget(() => lookupPropertyAt(sourceCode, object, name, depth));
}

function lookupPropertyAt(sourceCode: Readonly<TSESLint.SourceCode>, object: TSESTree.ObjectExpression, name: string, depth: number): PropertyLookup {
  if (!spend()) return { known: false };
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
    const key = ASTUtils.propertyName(sourceCode, element);
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
    const name = ASTUtils.propertyName(sourceCode, member);
    if (name === null) return undefined;
    assigned.set(name, assignment.right);
    allowed.add(reference);
  }
  if (assigned.size === 0 || isMutated(binding.variable, { allowed })) return undefined;
  return { object: init, assigned };
}

/** The object literal a value statically is, following consts, config paths and `Object.freeze`. */
export function resolveObject(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  depth = 0,
): TSESTree.ObjectExpression | undefined {
  return withinBudget(() => resolveObjectAt(sourceCode, node, depth));
}

function resolveObjectAt(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth: number): TSESTree.ObjectExpression | undefined {
  if (depth > MAX_DEPTH || !spend()) return undefined;
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
    case 'CallExpression': {
      if (isObjectMethodCall(sourceCode, value, 'freeze')) {
        return value.arguments[0] ? resolveObject(sourceCode, value.arguments[0], depth + 1) : undefined;
      }
      // `makeConfig().secret` where `function makeConfig() { return { secret: '…' }; }`: a fresh
      // object each call, so only what the function itself puts in it counts.
      const returned = returnedObject(sourceCode, value);
      return returned ? resolveObject(sourceCode, returned, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** A function named once in this file and never replaced (`function f() {}`, `const f = () => …`). */
export function namedFunction(
  sourceCode: Readonly<TSESLint.SourceCode>,
  callee: TSESTree.Node,
): TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | undefined {
  const value = unwrap(callee);
  if (value.type === 'FunctionExpression' || value.type === 'ArrowFunctionExpression') return value;
  if (value.type !== 'Identifier') return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition || isReassigned(variable)) return undefined;
  if (definition.type === 'FunctionName') {
    return definition.node.type === 'FunctionDeclaration' || definition.node.type === 'FunctionExpression' ? definition.node : undefined;
  }
  if (definition.type !== 'Variable' || definition.node.id !== definition.name || !definition.node.init) return undefined;
  const init = unwrap(definition.node.init);
  return init.type === 'FunctionExpression' || init.type === 'ArrowFunctionExpression' ? init : undefined;
}

/** What a function returns when it has one way out: an arrow's expression, or its only top-level `return`. */
export function onlyReturn(fn: TSESTree.FunctionLike): TSESTree.Node | undefined {
  const body = fn.body;
  if (!body) return undefined;
  if (body.type !== 'BlockStatement') return body;
  const returns = body.body.filter((statement): statement is TSESTree.ReturnStatement => statement.type === 'ReturnStatement');
  return returns.length === 1 ? (returns[0]?.argument ?? undefined) : undefined;
}

function returnedObject(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const fn = namedFunction(sourceCode, call.callee);
  const returned = fn && !fn.async && !fn.generator ? onlyReturn(fn) : undefined;
  return returned && unwrap(returned).type === 'ObjectExpression' ? returned : undefined;
}

/** `config.jwt.secret` → the node that defines `secret`, when `config` is an object literal. */
export function resolveMember(
  sourceCode: Readonly<TSESLint.SourceCode>,
  member: TSESTree.MemberExpression,
  depth = 0,
): TSESTree.Node | undefined {
  const name = ASTUtils.propertyName(sourceCode, member);
  if (name === null) return undefined;
  return withinBudget(() => {
    const object = resolveObject(sourceCode, member.object, depth + 1);
    return object ? lookupProperty(sourceCode, object, name, depth + 1).value : undefined;
  });
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
