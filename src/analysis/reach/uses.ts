/** Where a value goes: the expressions that read it, through bindings and `this` fields. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../../ast-utils.js';
import { isReassigned } from '../objects.js';
import { skipPassThrough, thisOwner, walk } from '../syntax.js';

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
 * Every `this.<name>` read in the methods of a class (not in nested plain functions, where `this`
 * is another object), or nothing when the class assigns the field anywhere but where it is set up
 * (`setup`: a constructor assignment or field initializer that stores the value we follow).
 */
export function thisReads(
  sourceCode: Readonly<TSESLint.SourceCode>,
  classBody: TSESTree.ClassBody,
  name: string,
  isSetup: (assignment: TSESTree.AssignmentExpression) => boolean,
): TSESTree.MemberExpression[] {
  const reads: TSESTree.MemberExpression[] = [];
  let replaced = false;
  walk(sourceCode, classBody, (node) => {
    if (node.type !== 'MemberExpression' || node.object.type !== 'ThisExpression' || ASTUtils.getPropertyName(node) !== name) {
      return true;
    }
    const owner = thisOwner(node);
    if (owner?.classBody !== classBody || owner.isStatic) return true;
    const parent = skipPassThrough(node).parent;
    if (parent?.type === 'AssignmentExpression' && parent.left === skipPassThrough(node)) {
      if (!isSetup(parent)) replaced = true;
    } else reads.push(node);
    return true;
  });
  return replaced ? [] : reads;
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
