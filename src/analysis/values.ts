/**
 * "What": classifies the value that reaches a key slot as hardcoded, a public key, or not known
 * statically. Only `hardcoded` is ever reported; everything the code computes at runtime
 * (env reads, files, parameters, calls) is left alone.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import type { ConfigReaderModel, KeyMakerModel } from '../libraries/index.js';
import { ownBudget, spend, withinBudget } from './budget.js';
import {
  findBinding,
  isGlobalName,
  isMutated,
  isReassigned,
  lookupProperty,
  patternPath,
  resolveMember,
  resolveObject,
  type PatternStep,
} from './objects.js';
import { findExport } from './exports.js';
import { loadModule, resolveModule, type ModuleLoader } from './module-loader.js';
import { argumentAt } from './options.js';
import { fieldAccesses } from './reach/uses.js';
import { isFunctionNode, literalString, skipPassThrough, thisOwner, unwrap, walk } from './syntax.js';

const MAX_DEPTH = 12;

export type KeyFamily = 'hmac' | 'rsa' | 'ec' | 'asymmetric';

/** How a hardcoded value falls back: the edit that removes the fallback keeps the dynamic part. */
export type Fallback =
  | { readonly type: 'logical'; readonly node: TSESTree.LogicalExpression }
  | { readonly type: 'destructuring-default'; readonly node: TSESTree.AssignmentPattern }
  | { readonly type: 'parameter-default'; readonly node: TSESTree.AssignmentPattern }
  | { readonly type: 'conditional'; readonly node: TSESTree.ConditionalExpression }
  /** A local function that returns the literal on one path and something dynamic on another. */
  | { readonly type: 'return'; readonly node: TSESTree.Node }
  /** The default argument of a configuration read: `config.get('JWT_SECRET', 'dev')`. */
  | { readonly type: 'argument'; readonly node: TSESTree.Node }
  /** `(isTest && 'dev') || env.S`: the edit keeps `kept` (the dynamic side) in place of `node`. */
  | { readonly type: 'alternative'; readonly node: TSESTree.LogicalExpression; readonly kept: TSESTree.Node };

export type KeyValue =
  | {
      readonly kind: 'hardcoded';
      readonly secretKind: 'secret' | 'private-key';
      /** The source expression that spells the secret: what a fix replaces. */
      readonly literal: TSESTree.Node;
      readonly fallback?: Fallback;
      readonly family?: KeyFamily;
      /** The algorithm the key was imported for, e.g. `importJWK(jwk, 'HS512')`. */
      readonly algorithm?: string;
      /** Where the literal lives when it is in another module of the project (no edit can reach it). */
      readonly origin?: { readonly module: string; readonly line: number };
      /** The passphrase of Node's `{ key, passphrase }`, not the key. */
      readonly passphrase?: boolean;
    }
  | { readonly kind: 'public-key'; readonly family: KeyFamily; readonly algorithm?: string }
  | { readonly kind: 'dynamic'; readonly family?: KeyFamily; readonly algorithm?: string }
  | { readonly kind: 'unknown' };

const UNKNOWN: KeyValue = { kind: 'unknown' };
const DYNAMIC: KeyValue = { kind: 'dynamic' };
/**
 * A function in a key slot looks the key up by the token's `kid` (jsonwebtoken's `getKey`, jose's
 * `JWTVerifyGetKey`): in practice a JWKS client, so asymmetric, and never worth an HMAC guess.
 */
const KEY_LOOKUP: KeyValue = { kind: 'dynamic', family: 'asymmetric' };

const PRIVATE_PEM = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/u;
const PUBLIC_PEM = /-----BEGIN (?:(RSA|EC) )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/u;

function classifyString(text: string, literal: TSESTree.Node): KeyValue {
  // An empty string is a placeholder that the library rejects, not a secret.
  if (text.trim() === '') return UNKNOWN;
  if (PRIVATE_PEM.test(text)) {
    return { kind: 'hardcoded', secretKind: 'private-key', literal, family: pemFamily(text) };
  }
  const publicMatch = PUBLIC_PEM.exec(text);
  if (publicMatch) {
    return { kind: 'public-key', family: publicMatch[1] ? pemFamily(publicMatch[0]) : 'asymmetric' };
  }
  return { kind: 'hardcoded', secretKind: 'secret', literal, family: 'hmac' };
}

function pemFamily(text: string): KeyFamily {
  if (text.includes('BEGIN RSA')) return 'rsa';
  if (text.includes('BEGIN EC')) return 'ec';
  return 'asymmetric';
}

function withFallback(value: KeyValue, fallback: Fallback): KeyValue {
  return value.kind === 'hardcoded' && !value.fallback ? { ...value, fallback } : value;
}

export interface ValueContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Calls of key makers found in the file (`importJWK(…)`, `createSecretKey(…)`, `Buffer.from(…)`). */
  readonly keyMakers: ReadonlyMap<TSESTree.Node, KeyMakerModel>;
  /** `new TextEncoder()` expressions found in the file. */
  readonly textEncoders: ReadonlySet<TSESTree.Node>;
  /** Calls that read configuration with a default (`config.get('JWT_SECRET', 'dev')`). */
  readonly configReaders: ReadonlyMap<TSESTree.Node, ConfigReaderModel>;
  /**
   * The properties of an object that hold the key, for the slot being classified: jsonwebtoken's
   * `{ key, passphrase }` has `['key']`. Without it an object literal is not a key we can judge.
   */
  readonly keyMembers?: readonly string[];
  /** Reads other modules of the project (relative imports, TS path aliases, JSON files). */
  readonly modules?: ModuleLoader;
  /**
   * Inside a local function being classified for one call (`getKey('dev')`), what that call passes
   * for each parameter, with the context to classify it in.
   */
  readonly arguments?: ReadonlyMap<TSESLint.Scope.Variable, BoundArgument>;
}

interface BoundArgument {
  readonly node: TSESTree.Node | undefined;
  readonly context: ValueContext;
}

/** Per key slot, what it was classified as (several rules ask about the same slot). */
const classified = new WeakMap<TSESTree.Node, Map<string, KeyValue>>();
/** The answer's key when no object form was met: the slot's key members did not matter. */
const ANY_MEMBERS = '*';
/** Whether the classification running now has read `keyMembers` (an object form of a key). */
let membersRead = false;

/** Classifies what a key slot receives. */
export function classifyKey(context: ValueContext, node: TSESTree.Node, depth = 0): KeyValue {
  // Only a question asked from the outside is remembered: inner steps depend on the depth reached
  // and on the arguments bound for one call.
  if (depth > 0 || context.arguments) return withinBudget(() => classifyAt(context, node, depth));
  let answers = classified.get(node);
  if (!answers) classified.set(node, (answers = new Map()));
  const members = context.keyMembers?.join('\0') ?? '';
  let answer = answers.get(ANY_MEMBERS);
  if (answer) return answer;
  answer = answers.get(members);
  if (answer) {
    // This answer depended on the members: so does any classification that asked for it.
    membersRead = true;
    return answer;
  }
  // One rule asks with the slot's members (`{ key, passphrase }`), another without: when no
  // object form was met on the way, both get the same answer from one classification.
  const outer = membersRead;
  membersRead = false;
  try {
    answer = ownBudget(() => classifyAt(context, node, 0));
    answers.set(membersRead ? members : ANY_MEMBERS, answer);
  } finally {
    membersRead ||= outer;
  }
  return answer;
}

function classifyAt(context: ValueContext, node: TSESTree.Node, depth: number): KeyValue {
  if (depth > MAX_DEPTH || !spend()) return UNKNOWN;
  const next = (child: TSESTree.Node): KeyValue => classifyKey(context, child, depth + 1);
  const value = unwrap(node);
  switch (value.type) {
    case 'Literal':
      return typeof value.value === 'string' ? classifyString(value.value, value) : UNKNOWN;
    case 'TemplateLiteral':
    case 'BinaryExpression':
      return classifyComposite(context, value, depth);
    case 'Identifier':
      return classifyIdentifier(context, value, depth);
    case 'MemberExpression':
      return classifyMember(context, value, depth);
    case 'LogicalExpression': {
      // `cond && 'x'` alone is `false` or the literal: not a key anyone relies on.
      if (value.operator === '&&') return UNKNOWN;
      // `(isTest && 'dev') || env.S`: the literal on one path, the environment on the other.
      const and = unwrap(value.left);
      if (value.operator === '||' && and.type === 'LogicalExpression' && and.operator === '&&') {
        const literal = next(and.right);
        if (literal.kind === 'hardcoded') return { ...literal, fallback: { type: 'alternative', node: value, kept: value.right } };
      }
      const left = next(value.left);
      if (left.kind === 'hardcoded' || left.kind === 'public-key') return left;
      return withFallback(next(value.right), { type: 'logical', node: value });
    }
    case 'ConditionalExpression': {
      const consequent = next(value.consequent);
      const alternate = next(value.alternate);
      if (consequent.kind === 'hardcoded' && alternate.kind === 'hardcoded') {
        return { kind: 'hardcoded', secretKind: consequent.secretKind, literal: value, family: consequent.family };
      }
      if (consequent.kind === 'hardcoded') return withFallback(consequent, { type: 'conditional', node: value });
      if (alternate.kind === 'hardcoded') return withFallback(alternate, { type: 'conditional', node: value });
      return consequent.kind === 'public-key' ? consequent : alternate;
    }
    case 'AwaitExpression':
      return next(value.argument);
    case 'CallExpression':
      return classifyCall(context, value, depth);
    case 'TaggedTemplateExpression':
      // String.raw`…` (ESLint's getStaticValue knows it).
      return classifyStatic(context, value) ?? DYNAMIC;
    case 'ObjectExpression':
      return classifyKeyObject(context, value, depth);
    default:
      return isFunctionNode(value) ? KEY_LOOKUP : UNKNOWN;
  }
}

/** A module's path as users see it: relative to the project, with `/`. */
function relativePath(root: string, file: string): string {
  return file.startsWith(root) ? file.slice(root.length).replace(/^[\\/]/u, '').replaceAll('\\', '/') : file;
}

/** Templates and concatenations: hardcoded only when every part is. */
function classifyComposite(
  context: ValueContext,
  node: TSESTree.TemplateLiteral | TSESTree.BinaryExpression,
  depth: number,
): KeyValue {
  if (node.type === 'BinaryExpression' && node.operator !== '+') return UNKNOWN;
  const text = literalString(node);
  if (text !== undefined) return classifyString(text, node);
  const value = ASTUtils.staticValue(context.sourceCode, node);
  if (typeof value?.value === 'string') return classifyString(value.value, node);
  // `${env.X || 'dev'}` only converts its one expression to a string.
  if (node.type === 'TemplateLiteral' && node.expressions.length === 1 && node.quasis.every((quasi) => quasi.value.cooked === '')) {
    return classifyKey(context, node.expressions[0]!, depth + 1);
  }
  return DYNAMIC;
}

function classifyIdentifier(context: ValueContext, identifier: TSESTree.Identifier, depth: number): KeyValue {
  const { sourceCode } = context;
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition) return UNKNOWN;
  if (definition.type === 'Parameter') {
    if (isReassigned(variable)) return UNKNOWN;
    const root = parameterRoot(definition.name);
    // `function issue(p, { secret })`: the path from the parameter to the binding.
    const pattern = root?.type === 'AssignmentPattern' ? root.left : root;
    const path = pattern && pattern !== definition.name ? patternPath(pattern, identifier.name) : undefined;
    if (pattern && pattern !== definition.name && !path) return UNKNOWN;
    const bound = context.arguments?.get(variable);
    if (bound?.node) {
      return path ? classifyPath(bound.context, bound.node, path, depth + 1) : classifyKey(bound.context, bound.node, depth + 1);
    }
    const hasDefault = definition.name.parent?.type === 'AssignmentPattern' && definition.name.parent.left === definition.name;
    if (path && !hasDefault) return bound ? UNKNOWN : classifyArguments(context, root!, depth, path);
    return classifyParameter(context, definition.name, depth, bound !== undefined);
  }
  if (definition.type === 'FunctionName') return KEY_LOOKUP;
  if (definition.type === 'ImportBinding') return classifyImport(context, definition.node, [], depth) ?? DYNAMIC;
  if (definition.type !== 'Variable') return DYNAMIC;
  const binding = findBinding(sourceCode, identifier);
  if (!binding?.value) return UNKNOWN;
  const { declarator, value } = binding;
  if (declarator.id.type === 'Identifier') return classifyKey(context, value, depth + 1);
  if (declarator.id.type === 'ArrayPattern') return classifyArrayElement(context, declarator.id, value, identifier.name, depth);
  const path = patternPath(declarator.id, identifier.name);
  return path ? classifyPath(context, value, path, depth + 1) : UNKNOWN;
}

/** `const [secret] = ['…']`: the element at the binding's position, or its default. */
function classifyArrayElement(
  context: ValueContext,
  pattern: TSESTree.ArrayPattern,
  source: TSESTree.Node,
  name: string,
  depth: number,
): KeyValue {
  const index = pattern.elements.findIndex((element) => {
    const target = element?.type === 'AssignmentPattern' ? element.left : element;
    return target?.type === 'Identifier' && target.name === name;
  });
  const element = pattern.elements[index];
  const array = unwrap(source);
  if (index < 0 || !element || array.type !== 'ArrayExpression') return index < 0 ? UNKNOWN : DYNAMIC;
  if (array.elements.slice(0, index + 1).some((item) => item?.type === 'SpreadElement')) return UNKNOWN;
  const item = array.elements[index];
  if (item) return classifyKey(context, item, depth + 1);
  return element.type === 'AssignmentPattern'
    ? withFallback(classifyKey(context, element.right, depth + 1), { type: 'destructuring-default', node: element })
    : UNKNOWN;
}

/** The parameter (a direct child of a function's `params`) that a binding inside a pattern belongs to. */
function parameterRoot(name: TSESTree.Node): TSESTree.Parameter | undefined {
  let current: TSESTree.Node = name;
  while (current.parent && !isFunctionNode(current.parent)) {
    const parent = current.parent;
    if (parent.type !== 'Property' && parent.type !== 'ObjectPattern' && parent.type !== 'ArrayPattern' && parent.type !== 'AssignmentPattern' && parent.type !== 'RestElement') {
      return undefined;
    }
    current = parent;
  }
  return current.parent ? (current as TSESTree.Parameter) : undefined;
}

/** A function's parameters as callers pass them: TypeScript's `this: T` parameter takes no argument. */
function callParameters(fn: LocalFunction): TSESTree.Parameter[] {
  return fn.params.filter((parameter) => !(parameter.type === 'Identifier' && parameter.name === 'this'));
}

/** `function f(secret = 'dev')`: the default is used whenever the caller passes nothing. */
/**
 * A parameter: its default when it has one; when the function is classified for one call that
 * passes nothing there (`bound`), nothing else; otherwise what the file's calls pass.
 */
function classifyParameter(context: ValueContext, name: TSESTree.Node, depth: number, bound: boolean): KeyValue {
  const pattern = name.parent;
  if (pattern?.type !== 'AssignmentPattern' || pattern.left !== name) {
    return bound ? UNKNOWN : classifyArguments(context, name, depth);
  }
  return withFallback(classifyKey(context, pattern.right, depth + 1), { type: 'parameter-default', node: pattern });
}

/**
 * A wrapper's parameter: `function issue(p, secret) { return jwt.sign(p, secret); }` is hardcoded
 * when a call in this file passes a hardcoded value (`issue(user, 'dev')`); other callers may pass
 * the environment, but the literal is in the code all the same.
 */
function classifyArguments(context: ValueContext, name: TSESTree.Node, depth: number, path?: readonly PatternStep[]): KeyValue {
  const fn = name.parent;
  if (!fn || !isFunctionNode(fn)) return DYNAMIC;
  const parameters = callParameters(fn);
  const index = parameters.indexOf(name as TSESTree.Parameter);
  if (index < 0 || parameters.slice(0, index).some((parameter) => parameter.type === 'RestElement')) return DYNAMIC;
  for (const call of callsOf(context.sourceCode, fn)) {
    if (call.arguments.slice(0, index + 1).some((argument) => argument.type === 'SpreadElement')) continue;
    const argument = call.arguments[index];
    if (!argument) continue;
    const value = path ? classifyPath(context, argument, path, depth + 1) : classifyKey(context, argument, depth + 1);
    if (value.kind === 'hardcoded') return value;
  }
  return DYNAMIC;
}

/**
 * The calls of a function the file names once and never replaces: `function f`, `const f = …`, or
 * a class method (`new C().m(…)`, `c.m(…)` where `c = new C()`, `this.m(…)`, `C.m(…)` for statics).
 */
function callsOf(sourceCode: Readonly<TSESLint.SourceCode>, fn: LocalFunction): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  const callOf = (callee: TSESTree.Node): void => {
    const outer = skipPassThrough(callee);
    const call = outer.parent;
    if (call?.type === 'CallExpression' && call.callee === outer) calls.push(call);
  };
  const method = fn.parent;
  if (method?.type === 'MethodDefinition' && method.kind === 'method' && method.value === fn) {
    const name = ASTUtils.getPropertyName(method);
    const classBody = method.parent;
    if (name === null) return calls;
    const accesses = fieldAccesses(sourceCode, classBody, name, method.static);
    if (accesses.external || accesses.writes.length > 0) return calls;
    accesses.reads.forEach(callOf);
    const variable = classVariable(sourceCode, classBody.parent);
    if (!variable || isMutated(variable, { escapes: false })) return calls;
    const onMember = (object: TSESTree.Node): void => {
      const outer = skipPassThrough(object);
      const member = outer.parent;
      if (member?.type === 'MemberExpression' && member.object === outer && ASTUtils.getPropertyName(member) === name) callOf(member);
    };
    for (const reference of variable.references) {
      const use = skipPassThrough(reference.identifier);
      if (method.static) {
        onMember(use);
        continue;
      }
      const construct = use.parent;
      if (construct?.type !== 'NewExpression' || construct.callee !== use) continue;
      onMember(construct);
      const declarator = skipPassThrough(construct).parent;
      if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier') continue;
      const instance = findBinding(sourceCode, declarator.id);
      for (const read of instance?.variable.references ?? []) if (read.isRead()) onMember(read.identifier);
    }
    return calls;
  }
  const holder =
    fn.type === 'FunctionDeclaration' ? fn : fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn ? fn.parent : undefined;
  if (!holder) return calls;
  for (const variable of sourceCode.getDeclaredVariables(holder)) {
    if (isReassigned(variable)) return [];
    for (const reference of variable.references) callOf(reference.identifier);
  }
  return calls;
}

/** `const { a: { b = 'dev' } } = source`: follow the keys, then apply defaults where the source lacks them. */
function classifyPath(
  context: ValueContext,
  source: TSESTree.Node,
  path: readonly PatternStep[],
  depth: number,
): KeyValue {
  // `const { JWT_SECRET } = require('./config')`: the path goes on in that module.
  const required = unwrap(source);
  if (required.type === 'CallExpression' && path.every((step) => !step.defaultValue)) {
    const value = classifyRequire(context, required, path.map((step) => step.key), depth);
    if (value) return value;
  }
  const [step, ...rest] = path;
  if (!step) return classifyKey(context, source, depth + 1);
  const object = resolveObject(context.sourceCode, source);
  const lookup = object ? lookupProperty(context.sourceCode, object, step.key) : undefined;
  let value: KeyValue;
  if (lookup?.value) {
    value = classifyPath(context, lookup.value, rest, depth + 1);
  } else if (lookup && !lookup.known) {
    return UNKNOWN;
  } else if (lookup) {
    // The object literal has no such key: only the default can apply.
    value = step.defaultValue && rest.length === 0 ? classifyKey(context, step.defaultValue, depth + 1) : UNKNOWN;
    return value;
  } else {
    // Not an object we can see (`process.env`, `process`): whatever it holds is dynamic, and only a
    // default on the last key can put a literal into the binding.
    const last = path.at(-1)!;
    value = DYNAMIC;
    if (!last.defaultValue || !last.pattern) return value;
    return withFallback(classifyKey(context, last.defaultValue, depth + 1), {
      type: 'destructuring-default',
      node: last.pattern,
    });
  }
  if (value.kind === 'hardcoded' || !step.defaultValue || !step.pattern || rest.length > 0) return value;
  return withFallback(classifyKey(context, step.defaultValue, depth + 1), {
    type: 'destructuring-default',
    node: step.pattern,
  });
}

function classifyMember(context: ValueContext, member: TSESTree.MemberExpression, depth: number): KeyValue {
  if (member.object.type === 'ThisExpression') return classifyThisMember(context, member, depth);
  const staticField = staticFieldValue(context, member) ?? enumMemberValue(context, member);
  if (staticField) return classifyKey(context, staticField, depth + 1);
  const defined = resolveMember(context.sourceCode, member);
  if (defined) return classifyKey(context, defined, depth + 1);
  return classifyImportedMember(context, member, depth) ?? DYNAMIC;
}

/**
 * `config.jwt.secret` where `config` is a module of the project: `import config from './config'`,
 * `import * as config from`, `const config = require('./config')`, or `require('./config')` itself.
 */
function classifyImportedMember(context: ValueContext, member: TSESTree.MemberExpression, depth: number): KeyValue | undefined {
  if (!context.modules) return undefined;
  const path: string[] = [];
  let root: TSESTree.Node = member;
  while (root.type === 'MemberExpression') {
    const name = ASTUtils.propertyName(context.sourceCode, root);
    if (name === null) return undefined;
    path.unshift(name);
    root = unwrap(root.object);
  }
  if (root.type === 'CallExpression') return classifyRequire(context, root, path, depth);
  if (root.type !== 'Identifier') return undefined;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(root), root);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === 'ImportBinding') return classifyImport(context, definition.node, path, depth);
  const binding = findBinding(context.sourceCode, root);
  const init = binding?.declarator.id.type === 'Identifier' && binding.declarator.init ? unwrap(binding.declarator.init) : undefined;
  return init?.type === 'CallExpression' ? classifyRequire(context, init, path, depth) : undefined;
}

/** An import binding, followed into its module: `import { JWT_SECRET } from './config'`. */
function classifyImport(context: ValueContext, specifier: TSESTree.Node, path: readonly string[], depth: number): KeyValue | undefined {
  const declaration = specifier.parent;
  if (declaration?.type !== 'ImportDeclaration' || declaration.importKind === 'type') return undefined;
  let name: string;
  if (specifier.type === 'ImportSpecifier') name = specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
  else if (specifier.type === 'ImportDefaultSpecifier') name = 'default';
  else if (specifier.type === 'ImportNamespaceSpecifier') name = '*';
  else return undefined;
  return classifyModuleValue(context, declaration.source.value, name, path, depth);
}

/** `require('./config')` (a constant specifier of a project file), with a property path into it. */
function classifyRequire(context: ValueContext, call: TSESTree.CallExpression, path: readonly string[], depth: number): KeyValue | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'require' || ASTUtils.findVariable(context.sourceCode.getScope(callee), callee)?.defs.length) return undefined;
  const argument = call.arguments[0];
  const specifier = argument ? ASTUtils.stringIfConstant(context.sourceCode, argument, call) : null;
  return specifier === null ? undefined : classifyModuleValue(context, specifier, '*', path, depth);
}

/**
 * The export `name` of the module `specifier` names, then `path` inside it, classified in that
 * module. `undefined` when the specifier is no project file (a package); "can't tell" when the
 * file cannot be read, parsed or followed.
 */
function classifyModuleValue(context: ValueContext, specifier: string, name: string, path: readonly string[], depth: number): KeyValue | undefined {
  const loader = context.modules;
  const file = loader ? resolveModule(loader, specifier) : undefined;
  if (!loader || !file) return undefined;
  const sourceCode = loadModule(file, loader.languageOptions);
  if (!sourceCode) return UNKNOWN;
  const other: ValueContext = {
    sourceCode,
    keyMakers: new Map(),
    textEncoders: new Set(),
    configReaders: new Map(),
    modules: { ...loader, file, hops: loader.hops + 1 },
  };
  // A JSON file is its one object, whether imported by default or required.
  const found = findExport(sourceCode, file.endsWith('.json') && name === '*' ? 'default' : name, path);
  if (!found) return UNKNOWN;
  if (found.kind === 'reexport') return classifyModuleValue(other, found.specifier, found.name, found.path, depth + 1) ?? DYNAMIC;
  const value =
    found.path.length > 0 ? classifyPath(other, found.node, found.path.map((key) => ({ key })), depth + 1) : classifyKey(other, found.node, depth + 1);
  if (value.kind !== 'hardcoded' || value.origin) return value;
  const module = relativePath(loader.root, file);
  return { ...value, origin: { module, line: value.literal.loc.start.line } };
}

/**
 * `this.secret` in a class whose field (or constructor) assigns it exactly once:
 * `class Auth { secret = 'dev'; sign(p) { return jwt.sign(p, this.secret); } }`.
 * In a static method `this` is the class, so only static fields count there.
 */
function classifyThisMember(context: ValueContext, member: TSESTree.MemberExpression, depth: number): KeyValue {
  const name = ASTUtils.getPropertyName(member);
  const owner = thisOwner(member);
  if (name === null || !owner) return UNKNOWN;
  const { classBody, isStatic } = owner;
  const getter = classMethod(classBody, name, isStatic, 'get');
  if (getter) return classifyReturns(context, getter, depth);
  const definitions: TSESTree.Node[] = [];
  for (const element of classBody.body) {
    if (
      element.type === 'PropertyDefinition' &&
      element.static === isStatic &&
      !element.computed &&
      ASTUtils.getPropertyName(element) === name &&
      element.value
    ) {
      definitions.push(element.value);
    }
  }
  const accesses = fieldAccesses(context.sourceCode, classBody, name, isStatic);
  const assignments = accesses.writes;
  // Set from outside (`auth.secret = …`, `Auth.key = …`) or outside the constructor: may be anything.
  if (accesses.external || assignments.some((assignment) => isStatic || !isInConstructor(assignment, classBody))) return UNKNOWN;
  if (isStatic) {
    // Static fields can also be set through the class: `Object.assign(Auth, …)`.
    const variable = classVariable(context.sourceCode, classBody.parent);
    if (!variable || isMutated(variable, { escapes: false })) return UNKNOWN;
  }
  const parameters = isStatic ? [] : parameterProperties(classBody, name);
  const all = [...definitions, ...assignments.map((assignment) => assignment.right), ...parameters];
  if (all.length !== 1 || !all[0]) return UNKNOWN;
  const only = all[0];
  if (only.type !== 'TSParameterProperty') return classifyKey(context, only, depth + 1);
  // `constructor(private secret = 'dev')`: the default is a fallback for callers that pass nothing.
  const parameter = only.parameter;
  if (parameter.type !== 'AssignmentPattern') return DYNAMIC;
  return withFallback(classifyKey(context, parameter.right, depth + 1), { type: 'parameter-default', node: parameter });
}

/** `constructor(private name = …)`: TypeScript parameter properties named `name`. */
function parameterProperties(classBody: TSESTree.ClassBody, name: string): TSESTree.TSParameterProperty[] {
  const constructor = classBody.body.find(
    (element): element is TSESTree.MethodDefinition => element.type === 'MethodDefinition' && element.kind === 'constructor',
  );
  return (constructor?.value.params ?? []).filter((parameter): parameter is TSESTree.TSParameterProperty => {
    if (parameter.type !== 'TSParameterProperty') return false;
    const binding = parameter.parameter.type === 'AssignmentPattern' ? parameter.parameter.left : parameter.parameter;
    return binding.type === 'Identifier' && binding.name === name;
  });
}

/** The variable that names a class from outside: `class A {}` or `const A = class {}`. */
function classVariable(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
): TSESLint.Scope.Variable | undefined {
  const holder = node.type === 'ClassExpression' && node.parent.type === 'VariableDeclarator' ? node.parent : node;
  return sourceCode.getDeclaredVariables(holder).find((variable) => variable.scope.block !== node);
}

/** `Config.SECRET` where `class Config { static SECRET = '…' }` is never assigned elsewhere. */
function staticFieldValue(context: ValueContext, member: TSESTree.MemberExpression): TSESTree.Node | undefined {
  const object = unwrap(member.object);
  const name = ASTUtils.getPropertyName(member);
  if (object.type !== 'Identifier' || name === null) return undefined;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(object), object);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'ClassName' || isMutated(variable, { escapes: false })) return undefined;
  const fields = definition.node.body.body.filter(
    (element): element is TSESTree.PropertyDefinition =>
      element.type === 'PropertyDefinition' && element.static && !element.computed && ASTUtils.getPropertyName(element) === name,
  );
  return fields.length === 1 ? (fields[0]?.value ?? undefined) : undefined;
}

/** `Config.SECRET` where `enum Config { SECRET = '…' }`. */
function enumMemberValue(context: ValueContext, member: TSESTree.MemberExpression): TSESTree.Node | undefined {
  const object = unwrap(member.object);
  const name = ASTUtils.getPropertyName(member);
  if (object.type !== 'Identifier' || name === null) return undefined;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(object), object);
  const declarations = variable?.defs.filter((definition) => definition.type === 'TSEnumName') ?? [];
  for (const { node } of declarations) {
    if (node.type !== 'TSEnumDeclaration') continue;
    const found = node.body.members.find((enumMember) => {
      const key = enumMember.id;
      return (key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined) === name;
    });
    if (found?.initializer) return found.initializer;
  }
  return undefined;
}

function isInConstructor(node: TSESTree.Node, classBody: TSESTree.ClassBody): boolean {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current !== classBody) {
    if (current.type === 'MethodDefinition') return current.kind === 'constructor';
    current = current.parent;
  }
  return false;
}

/**
 * An object form of a key (`{ key, passphrase }`, `{ private, public }`): the first hardcoded
 * member the slot's model names, else what the first named member is.
 */
function classifyKeyObject(context: ValueContext, object: TSESTree.ObjectExpression, depth: number): KeyValue {
  membersRead = true;
  let first: KeyValue | undefined;
  // A member may itself be Node's `{ key, passphrase }` form (`{ private: { key, passphrase } }`).
  const inner: ValueContext = { ...context, keyMembers: ['key'] };
  for (const member of context.keyMembers ?? []) {
    const value = lookupProperty(context.sourceCode, object, member).value;
    if (!value) continue;
    const classified = classifyKey(inner, value, depth + 1);
    if (classified.kind === 'hardcoded') return classified;
    first ??= classified;
  }
  // Node's `{ key, passphrase }`: a hardcoded passphrase unlocks the (encrypted) private key.
  const passphrase = context.keyMembers?.includes('key') ? lookupProperty(context.sourceCode, object, 'passphrase').value : undefined;
  const unlocked = passphrase ? classifyKey(context, passphrase, depth + 1) : undefined;
  if (unlocked?.kind === 'hardcoded') return { ...unlocked, family: 'asymmetric', passphrase: true };
  return first ?? UNKNOWN;
}

/** `config.get('JWT_SECRET', 'dev')`: the configured value, or the default when it is missing. */
function classifyConfigRead(context: ValueContext, call: TSESTree.CallExpression, reader: ConfigReaderModel, depth: number): KeyValue {
  const fallback = argumentAt(call.arguments, reader.fallback);
  if (!fallback) return DYNAMIC;
  return withFallback(classifyKey(context, fallback, depth + 1), { type: 'argument', node: fallback });
}

function classifyCall(context: ValueContext, call: TSESTree.CallExpression, depth: number): KeyValue {
  const maker = context.keyMakers.get(call);
  if (maker) return classifyKeyMaker(context, call, maker, depth);
  const reader = context.configReaders.get(call);
  if (reader) return classifyConfigRead(context, call, reader, depth);
  if (isTextEncoderEncode(context, call) && call.arguments[0]) {
    // Encoded text is an HMAC secret, whatever the text is.
    const encoded = classifyKey(context, call.arguments[0], depth + 1);
    return encoded.kind === 'hardcoded' ? encoded : { kind: 'dynamic', family: 'hmac' };
  }
  const converted = convertedString(context, call);
  if (converted) return classifyKey(context, converted, depth + 1);
  const entry = mapEntry(context, call);
  if (entry) return classifyKey(context, entry, depth + 1);
  // `['dev', 'secret'].join('')`, `'dev-'.concat('secret')`: ESLint evaluates these. Only on a
  // literal receiver: getStaticValue also reads a Map or an object that code later changes.
  const receiver = call.callee.type === 'MemberExpression' ? unwrap(call.callee.object) : undefined;
  const literalReceiver = receiver?.type === 'Literal' || receiver?.type === 'TemplateLiteral' || receiver?.type === 'ArrayExpression';
  const constant = literalReceiver ? classifyStatic(context, call) : undefined;
  if (constant) return constant;
  const local = localFunction(context, call);
  return local ? classifyReturns(bindArguments(context, local, call), local, depth) : DYNAMIC;
}

/** A string ESLint's `getStaticValue` can work out, classified; undefined when it cannot. */
function classifyStatic(context: ValueContext, node: TSESTree.Node): KeyValue | undefined {
  const value = ASTUtils.staticValue(context.sourceCode, node);
  return typeof value?.value === 'string' ? classifyString(value.value, node) : undefined;
}

/** `keys.get('jwt')` where `const keys = new Map([['jwt', '…']])` and nothing writes the map. */
function mapEntry(context: ValueContext, call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const { sourceCode } = context;
  const callee = unwrap(call.callee);
  const key = call.arguments[0];
  if (callee.type !== 'MemberExpression' || ASTUtils.getPropertyName(callee) !== 'get' || !key) return undefined;
  const object = unwrap(callee.object);
  const binding = object.type === 'Identifier' ? findBinding(sourceCode, object) : undefined;
  const init = binding?.value ? unwrap(binding.value) : undefined;
  if (!binding || init?.type !== 'NewExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'Map') return undefined;
  if (!isGlobalName(sourceCode.getScope(init), 'Map') || isMutated(binding.variable)) return undefined;
  const entries = init.arguments[0] ? unwrap(init.arguments[0]) : undefined;
  const wanted = ASTUtils.staticValue(sourceCode, key);
  if (entries?.type !== 'ArrayExpression' || !wanted) return undefined;
  let found: TSESTree.Node | undefined;
  for (const element of entries.elements) {
    const pair = element ? unwrap(element) : undefined;
    if (pair?.type !== 'ArrayExpression' || !pair.elements[0] || pair.elements[0].type === 'SpreadElement') return undefined;
    const entryKey = ASTUtils.staticValue(sourceCode, pair.elements[0], pair);
    if (!entryKey) return undefined;
    // The last entry with the key wins, as in the Map.
    if (entryKey.value === wanted.value) found = pair.elements[1] ?? undefined;
  }
  return found?.type === 'SpreadElement' ? undefined : found;
}

/** The context for classifying `fn`'s body for this one call: each parameter is what the call passes. */
function bindArguments(context: ValueContext, fn: LocalFunction, call: TSESTree.CallExpression): ValueContext {
  const bindings = new Map<TSESLint.Scope.Variable, BoundArgument>();
  const declared = context.sourceCode.getDeclaredVariables(fn);
  callParameters(fn).forEach((parameter, index) => {
    const hidden = call.arguments.slice(0, index + 1).some((argument) => argument.type === 'SpreadElement');
    const bound: BoundArgument = { node: hidden ? undefined : call.arguments[index], context };
    const pattern = parameter.type === 'AssignmentPattern' ? parameter.left : parameter;
    // `{ secret }` binds each name it declares; the path to it is worked out where it is read.
    for (const variable of declared) {
      if (variable.defs.some((definition) => definition.name.range[0] >= pattern.range[0] && definition.name.range[1] <= pattern.range[1])) {
        bindings.set(variable, bound);
      }
    }
  });
  return { ...context, arguments: bindings };
}

/** Methods that return the same text: `x.toString()`, `x.trim()`. */
const SAME_TEXT_METHODS = new Set(['toString', 'trim', 'trimStart', 'trimEnd', 'normalize', 'valueOf']);

/** The string a call only converts or trims: `String(x)`, `x.toString()`, `x.trim()` → `x`. */
function convertedString(context: ValueContext, call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === 'Identifier' && callee.name === 'String' && call.arguments.length === 1) {
    const shadowed = ASTUtils.findVariable(context.sourceCode.getScope(callee), callee)?.defs.length;
    return shadowed ? undefined : call.arguments[0];
  }
  if (callee.type !== 'MemberExpression') return undefined;
  const method = ASTUtils.getPropertyName(callee);
  return method !== null && SAME_TEXT_METHODS.has(method) ? callee.object : undefined;
}

type LocalFunction = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/**
 * A function defined once in this file and never reassigned (`function getSecret() {…}`,
 * `const f = () => …`), or one called where it is written.
 */
function localFunction(context: ValueContext, call: TSESTree.CallExpression): LocalFunction | undefined {
  const callee = unwrap(call.callee);
  // An immediately invoked function: `env.S || (() => { …; return 'dev'; })()`.
  if (callee.type === 'FunctionExpression' || callee.type === 'ArrowFunctionExpression') return callee;
  if (callee.type === 'MemberExpression') return ownMethod(context, callee) ?? objectMethod(context, callee);
  if (callee.type !== 'Identifier') return undefined;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(callee), callee);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition || variable.references.some((reference) => reference.isWrite() && !reference.init)) {
    return undefined;
  }
  if (definition.type === 'FunctionName') {
    return definition.node.type === 'FunctionDeclaration' || definition.node.type === 'FunctionExpression' ? definition.node : undefined;
  }
  if (definition.type !== 'Variable' || definition.node.id !== definition.name || !definition.node.init) return undefined;
  const init = unwrap(definition.node.init);
  return init.type === 'FunctionExpression' || init.type === 'ArrowFunctionExpression' ? init : undefined;
}

/**
 * `config.secret()` where `const config = { secret() { … } }` and nothing else writes `config`
 * (calling its methods that never touch `this` does not).
 */
function objectMethod(context: ValueContext, callee: TSESTree.MemberExpression): LocalFunction | undefined {
  const { sourceCode } = context;
  const name = ASTUtils.propertyName(sourceCode, callee);
  const object = unwrap(callee.object);
  const binding = name !== null && object.type === 'Identifier' ? findBinding(sourceCode, object) : undefined;
  const literal = binding?.value ? unwrap(binding.value) : undefined;
  if (!binding || name === null || literal?.type !== 'ObjectExpression' || binding.declarator.id.type !== 'Identifier') return undefined;
  const method = (key: string | null): LocalFunction | undefined => {
    const value = key === null ? undefined : lookupProperty(sourceCode, literal, key).value;
    const fn = value ? unwrap(value) : undefined;
    return fn?.type === 'FunctionExpression' || fn?.type === 'ArrowFunctionExpression' ? fn : undefined;
  };
  const harmless = new Set(
    binding.variable.references.filter((reference) => {
      const member = reference.identifier.parent;
      if (member?.type !== 'MemberExpression' || member.object !== reference.identifier) return false;
      const call = member.parent;
      const fn = method(ASTUtils.getPropertyName(member, reference.from));
      return call?.type === 'CallExpression' && call.callee === member && fn !== undefined && !usesThis(sourceCode, fn);
    }),
  );
  return isMutated(binding.variable, { allowed: harmless }) ? undefined : method(name);
}

/** Whether a function body mentions `this` (its own, or an arrow function's inside it). */
function usesThis(sourceCode: Readonly<TSESLint.SourceCode>, fn: LocalFunction): boolean {
  let found = false;
  walk(sourceCode, fn.body, (node) => {
    if (node.type === 'ThisExpression') found = true;
    return !found && (node.type === 'ArrowFunctionExpression' || !isFunctionNode(node) || node === fn.body);
  });
  return found;
}

/** `this.key()` or `Auth.key()`: the class's own method, when nothing assigns over it. */
function ownMethod(context: ValueContext, callee: TSESTree.MemberExpression): TSESTree.FunctionExpression | undefined {
  const name = ASTUtils.getPropertyName(callee);
  if (name === null) return undefined;
  const object = unwrap(callee.object);
  let owner: { classBody: TSESTree.ClassBody; isStatic: boolean } | undefined;
  if (object.type === 'ThisExpression') owner = thisOwner(callee);
  else if (object.type === 'Identifier') {
    const definition = ASTUtils.findVariable(context.sourceCode.getScope(object), object)?.defs[0];
    if (definition?.type === 'ClassName' && definition.node.body) owner = { classBody: definition.node.body, isStatic: true };
  }
  if (!owner) return undefined;
  // Replaced anywhere (`this.key = …`, `Auth.key = () => …` from outside): not this method.
  const accesses = fieldAccesses(context.sourceCode, owner.classBody, name, owner.isStatic);
  if (accesses.external || accesses.writes.length > 0) return undefined;
  return classMethod(owner.classBody, name, owner.isStatic, 'method');
}

/** A class's own method or accessor `name` (static or not), if it has exactly one. */
function classMethod(
  classBody: TSESTree.ClassBody,
  name: string,
  isStatic: boolean,
  kind: 'method' | 'get',
): TSESTree.FunctionExpression | undefined {
  const methods = classBody.body.filter(
    (element): element is TSESTree.MethodDefinition =>
      element.type === 'MethodDefinition' &&
      element.kind === kind &&
      element.static === isStatic &&
      !element.computed &&
      ASTUtils.getPropertyName(element) === name,
  );
  const value = methods.length === 1 ? methods[0]?.value : undefined;
  // An abstract or overload signature has no body to read.
  return value?.type === 'FunctionExpression' ? value : undefined;
}

/**
 * What a local function returns: hardcoded when every return is; a hardcoded fallback when some
 * return is and another reads the environment (`return process.env.S ?? 'dev'` counts as one).
 * Parameters stay dynamic, so `(s) => s` is never hardcoded.
 */
function classifyReturns(context: ValueContext, fn: LocalFunction, depth: number): KeyValue {
  const returned: TSESTree.Node[] = [];
  if (fn.body.type !== 'BlockStatement') returned.push(fn.body);
  else {
    walk(context.sourceCode, fn.body, (node) => {
      if (node.type === 'ReturnStatement' && node.argument) returned.push(node.argument);
      // Returns inside nested functions and classes belong to them.
      return node === fn.body || !(isFunctionNode(node) || node.type === 'ClassBody');
    });
  }
  const values = returned.map((node) => classifyKey(context, node, depth + 1));
  const hardcoded = values.find((value): value is Extract<KeyValue, { kind: 'hardcoded' }> => value.kind === 'hardcoded');
  if (!hardcoded) return values.length === 1 && values[0] ? values[0] : DYNAMIC;
  const allHardcoded = values.every((value) => value.kind === 'hardcoded');
  return allHardcoded ? hardcoded : withFallback(hardcoded, { type: 'return', node: fn });
}

function algorithmArgument(
  context: ValueContext,
  call: TSESTree.CallExpression,
  maker: KeyMakerModel,
): string | undefined {
  const argument = maker.algorithm === undefined ? undefined : call.arguments[maker.algorithm];
  return argument
    ? (ASTUtils.stringIfConstant(context.sourceCode, argument) ?? undefined)
    : undefined;
}

function classifyKeyMaker(
  context: ValueContext,
  call: TSESTree.CallExpression,
  maker: KeyMakerModel,
  depth: number,
): KeyValue {
  const algorithm = algorithmArgument(context, call, maker);
  const input = call.arguments[maker.input];
  const family = maker.symmetric ? 'hmac' : algorithm ? algorithmFamily(algorithm) : undefined;
  switch (maker.keyKind) {
    case 'public':
      return { kind: 'public-key', family: family ?? 'asymmetric', ...(algorithm ? { algorithm } : {}) };
    case 'generated':
      return { kind: 'dynamic', ...(family ? { family } : {}), ...(algorithm ? { algorithm } : {}) };
    case 'lookup':
      return KEY_LOOKUP;
    case 'jwk':
      return input ? classifyJwk(context, input, algorithm, depth) : UNKNOWN;
    case 'wrap': {
      if (!input) return UNKNOWN;
      const inner = classifyKey(context, input, depth + 1);
      if (inner.kind === 'hardcoded') return { ...inner, ...(family ? { family } : {}), ...(algorithm ? { algorithm } : {}) };
      if (inner.kind === 'public-key' && !maker.symmetric) return inner;
      return { kind: 'dynamic', ...(family ? { family } : {}), ...(algorithm ? { algorithm } : {}) };
    }
  }
}

/** `importJWK({ kty: 'oct', k: '…' })` is a hardcoded secret; a literal `d` is a hardcoded private key. */
function classifyJwk(
  context: ValueContext,
  input: TSESTree.Node,
  algorithm: string | undefined,
  depth: number,
): KeyValue {
  const jwk = resolveObject(context.sourceCode, input);
  // jose 2 `JWK.asKey({ key: pem, format: 'pem' })` wraps a key like `createPrivateKey({ key })`.
  const wrapped = jwk ? lookupProperty(context.sourceCode, jwk, 'key').value : undefined;
  if (wrapped) return classifyKey(context, wrapped, depth + 1);
  const withAlgorithm = algorithm ? { family: algorithmFamily(algorithm), algorithm } : {};
  if (!jwk) {
    const wrapped = classifyKey(context, input, depth + 1);
    if (wrapped.kind === 'hardcoded' || wrapped.kind === 'public-key') return wrapped;
    return { kind: 'dynamic', ...withAlgorithm };
  }
  for (const [member, secretKind] of [
    ['k', 'secret'],
    ['d', 'private-key'],
  ] as const) {
    const value = lookupProperty(context.sourceCode, jwk, member).value;
    if (!value) continue;
    const classified = classifyKey(context, value, depth + 1);
    if (classified.kind === 'hardcoded') return { ...classified, secretKind, ...withAlgorithm };
    return { kind: 'dynamic', family: member === 'k' ? 'hmac' : 'asymmetric', ...withAlgorithm };
  }
  return { kind: 'public-key', family: 'asymmetric', ...withAlgorithm };
}

/** `new TextEncoder().encode(x)`, also through a variable holding the encoder. */
function isTextEncoderEncode(context: ValueContext, call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || ASTUtils.getPropertyName(callee) !== 'encode') return false;
  let encoder = unwrap(callee.object);
  if (encoder.type === 'Identifier') {
    const binding = findBinding(context.sourceCode, encoder);
    if (!binding?.declarator.init || binding.declarator.id.type !== 'Identifier' || isMutated(binding.variable)) {
      return false;
    }
    encoder = unwrap(binding.declarator.init);
  }
  return context.textEncoders.has(encoder);
}

/**
 * The key family an algorithm name needs: `HS256` → hmac, `RS256`/`PS256` → rsa, `ES256` → ec.
 * JWE's symmetric algorithms (`dir`, `A256KW`, `A256GCM`, `PBES2-…`) need a secret too: `hmac` here
 * means "a shared secret".
 */
export function algorithmFamily(algorithm: string): KeyFamily {
  if (/^HS\d+$|^dir$|^A\d+(?:GCM)?KW$|^A\d+(?:GCM|CBC-HS\d+)$|^PBES2/u.test(algorithm)) return 'hmac';
  if (/^(?:RS|PS)\d+$|^RSA/u.test(algorithm)) return 'rsa';
  if (/^ES\d+K?$|^ECDH/u.test(algorithm)) return 'ec';
  return 'asymmetric';
}
