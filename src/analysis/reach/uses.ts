/** Where a value goes: the expressions that read it, through bindings and `this` fields. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../../ast-utils.js';
import { isReassigned, isWriteTarget } from '../objects.js';
import { syntaxIndex, thisMembersOf } from '../syntax-index.js';
import { skipPassThrough, thisOwner } from '../syntax.js';

export { isReassigned };

/**
 * Where a value is used: the expression itself, or, when it is bound to a variable
 * (`const r = createRequire(url)`, `import { sign } from`, `const { sign } = require()`), each read of
 * it. A binding that is written again (`jwt = stub`) may hold anything: it has no uses we can trust.
 */
export function usesOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Node[] {
  let variables: readonly TSESLint.Scope.Variable[];
  if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier') {
    variables = sourceCode.getDeclaredVariables(node);
  } else if (node.type === 'Property' && node.parent.type === 'ObjectPattern') {
    const target = node.value.type === 'AssignmentPattern' ? node.value.left : node.value;
    const variable = target.type === 'Identifier' ? ASTUtils.findVariable(sourceCode.getScope(target), target) : null;
    variables = variable ? [variable] : [];
  } else {
    const outer = skipPassThrough(node);
    const declarator = outer.parent;
    if (declarator?.type !== 'VariableDeclarator' || declarator.init !== outer || declarator.id.type !== 'Identifier') {
      return [outer];
    }
    variables = sourceCode.getDeclaredVariables(declarator);
  }
  return variables
    .filter((variable) => !isReassigned(variable))
    .flatMap((variable) =>
      variable.references.filter((reference) => reference.isRead()).map((reference) => skipPassThrough(reference.identifier)),
    );
}

/**
 * Whether the value at `node` is bound to a variable that is written again
 * (`let jwt = require('jsonwebtoken'); jwt = stub;`): its later uses may be anything.
 */
export function isRebound(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const outer = skipPassThrough(node);
  const declarator = outer.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== outer) return false;
  return sourceCode.getDeclaredVariables(declarator).some(isReassigned);
}

/**
 * The parameter of the callback a promise of `node` is handed to: `import('x').then((m) => …)`
 * gives `m` (or the pattern `{ sign }`).
 */
export function thenParameter(node: TSESTree.Node): TSESTree.Parameter | undefined {
  const outer = skipPassThrough(node);
  const member = outer.parent;
  if (member?.type !== 'MemberExpression' || member.object !== outer || ASTUtils.getPropertyName(member) !== 'then') return undefined;
  const call = skipPassThrough(member).parent;
  const callback = call?.type === 'CallExpression' && call.callee === skipPassThrough(member) ? call.arguments[0] : undefined;
  if (callback?.type !== 'ArrowFunctionExpression' && callback?.type !== 'FunctionExpression') return undefined;
  return callback.params[0];
}

/** What a class does with one of its fields (`this.<name>`), from the file's syntax index. */
export interface FieldAccesses {
  /** `this.<name>` reads in the class's own code (static or instance, as asked). */
  readonly reads: readonly TSESTree.MemberExpression[];
  /** `this.<name> = …` in the class's own code. */
  readonly writes: readonly TSESTree.AssignmentExpression[];
  /**
   * Other code may set it: `auth.secret = …` or `Auth.key = …` anywhere in the file, or a write
   * that is not a plain `=` (`this.x += …`, `delete this.x`).
   */
  readonly external: boolean;
}

/** Per file, the property names that code writes on something other than `this` or an object literal. */
const externalWrites = new WeakMap<object, ReadonlySet<string>>();

function namesWrittenOutside(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  const cached = externalWrites.get(sourceCode);
  if (cached) return cached;
  const names = new Set<string>();
  for (const node of syntaxIndex(sourceCode).writtenMembers) {
    const object = node.object;
    if (object.type === 'Identifier') {
      // `opts.secret = …` on a plain object literal is not a class instance.
      const definition = ASTUtils.findVariable(sourceCode.getScope(object), object)?.defs[0];
      const init = definition?.type === 'Variable' ? definition.node.init : undefined;
      if (init?.type === 'ObjectExpression' || init?.type === 'ArrayExpression') continue;
    }
    // `x[key] = …` may be any field.
    names.add(ASTUtils.getPropertyName(node) ?? '*');
  }
  externalWrites.set(sourceCode, names);
  return names;
}

/**
 * The one answer for a class's `this.<name>`: reads and writes in the class's own methods (not in
 * nested plain functions, where `this` is another object), and whether other code may set it.
 */
export function fieldAccesses(
  sourceCode: Readonly<TSESLint.SourceCode>,
  classBody: TSESTree.ClassBody,
  name: string,
  isStatic: boolean,
): FieldAccesses {
  // Every rule asks about the same fields: one answer per class, field and side.
  let perClass = fieldAccessCache.get(classBody);
  if (!perClass) fieldAccessCache.set(classBody, (perClass = new Map()));
  const key = `${isStatic ? 'static ' : ''}${name}`;
  let accesses = perClass.get(key);
  if (!accesses) perClass.set(key, (accesses = findFieldAccesses(sourceCode, classBody, name, isStatic)));
  return accesses;
}

const fieldAccessCache = new WeakMap<TSESTree.ClassBody, Map<string, FieldAccesses>>();

function findFieldAccesses(
  sourceCode: Readonly<TSESLint.SourceCode>,
  classBody: TSESTree.ClassBody,
  name: string,
  isStatic: boolean,
): FieldAccesses {
  const reads: TSESTree.MemberExpression[] = [];
  const writes: TSESTree.AssignmentExpression[] = [];
  const outside = namesWrittenOutside(sourceCode);
  let external = outside.has(name) || outside.has('*');
  for (const node of thisMembersOf(sourceCode, classBody)) {
    const property = ASTUtils.getPropertyName(node);
    if ((property !== name && property !== null) || thisOwner(node)?.isStatic !== isStatic) continue;
    const outer = skipPassThrough(node);
    const parent = outer.parent;
    if (parent?.type === 'AssignmentExpression' && parent.left === outer && parent.operator === '=' && property !== null) writes.push(parent);
    else if (isWriteTarget(node)) external = true;
    else if (property !== null) reads.push(node);
  }
  return { reads, writes, external };
}

/**
 * Every `this.<name>` read in the methods of a class, or nothing when the class (or other code)
 * assigns the field anywhere but where it is set up (`setup`: a constructor assignment or field
 * initializer that stores the value we follow).
 */
export function thisReads(
  sourceCode: Readonly<TSESLint.SourceCode>,
  classBody: TSESTree.ClassBody,
  name: string,
  isSetup: (assignment: TSESTree.AssignmentExpression) => boolean,
): readonly TSESTree.MemberExpression[] {
  const { reads, writes, external } = fieldAccesses(sourceCode, classBody, name, false);
  return external || writes.some((write) => !isSetup(write)) ? [] : reads;
}

/** The class a `this.x = value` in a constructor (or an instance field `x = value`) stores `value` in. */
export function storedOnInstance(value: TSESTree.Node): { classBody: TSESTree.ClassBody; name: string; store: TSESTree.Node } | undefined {
  const use = skipPassThrough(value);
  const store = use.parent;
  const field =
    store?.type === 'AssignmentExpression' && store.right === use && store.left.type === 'MemberExpression' && store.left.object.type === 'ThisExpression'
      ? store.left
      : store?.type === 'PropertyDefinition' && store.value === use && !store.static
        ? store
        : undefined;
  const name = field ? ASTUtils.getPropertyName(field) : null;
  const owner = field ? thisOwner(field) : undefined;
  if (name === null || !owner || owner.isStatic || !store) return undefined;
  return { classBody: owner.classBody, name, store };
}
