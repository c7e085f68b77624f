/**
 * Builder chains such as jose's `new SignJWT(p).setProtectedHeader(h).setExpirationTime('2h').sign(key)`,
 * also when the builder is kept in a variable and configured over several statements.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import type { BuilderModel } from '../libraries/index.js';
import { skipPassThrough } from './syntax.js';

export interface MethodCall {
  readonly name: string;
  readonly call: TSESTree.CallExpression;
}

export interface BuilderUse {
  readonly construct: TSESTree.NewExpression;
  readonly model: BuilderModel;
  /** Every method called on the builder, in source order of discovery. */
  readonly calls: readonly MethodCall[];
  /**
   * `true` when the builder leaves what we can see (returned, passed to a function, stored in an
   * object): other code may configure it, so "it never calls X" cannot be claimed.
   */
  readonly escapes: boolean;
}

export function followBuilder(
  sourceCode: Readonly<TSESLint.SourceCode>,
  construct: TSESTree.NewExpression,
  model: BuilderModel,
): BuilderUse {
  const calls: MethodCall[] = [];
  const visited = new Set<TSESLint.Scope.Variable>();
  let escapes = false;

  const followVariable = (id: TSESTree.Node): void => {
    if (id.type !== 'Identifier') {
      escapes = true;
      return;
    }
    const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
    if (!variable) {
      escapes = true;
      return;
    }
    if (visited.has(variable)) return;
    visited.add(variable);
    for (const reference of variable.references) {
      if (reference.isRead()) follow(reference.identifier);
    }
  };

  /** Follows an expression whose value is the builder. */
  const follow = (start: TSESTree.Node): void => {
    let node = start;
    for (;;) {
      node = skipPassThrough(node);
      const parent = node.parent;
      if (!parent) return;
      if (parent.type === 'MemberExpression' && parent.object === node) {
        const name = ASTUtils.getPropertyName(parent);
        const call = parent.parent;
        if (name === null || call?.type !== 'CallExpression' || call.callee !== parent) {
          escapes = true;
          return;
        }
        calls.push({ name, call });
        // The final method returns the token (a promise), not the builder.
        if (model.finalMethods.includes(name)) return;
        node = call;
        continue;
      }
      if (parent.type === 'VariableDeclarator' && parent.init === node) {
        followVariable(parent.id);
        return;
      }
      if (parent.type === 'AssignmentExpression' && parent.right === node && parent.operator === '=') {
        followVariable(parent.left);
        return;
      }
      if (parent.type === 'ExpressionStatement' || parent.type === 'AwaitExpression') return;
      escapes = true;
      return;
    }
  };

  follow(construct);
  return { construct, model, calls, escapes };
}
