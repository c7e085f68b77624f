/**
 * The nodes the engine looks for across a whole file, gathered in one pass. When rules run, the
 * pass is ESLint's own traversal (the first rule created for a file adds the listeners), so the
 * engine never walks a linted file itself; a file read from another module (or any other caller)
 * gets one walk instead.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isWriteTarget } from './objects.js';
import { thisOwner, walk } from './syntax.js';

export interface SyntaxIndex {
  readonly calls: TSESTree.CallExpression[];
  readonly dynamicImports: TSESTree.ImportExpression[];
  /** Members written on something other than `this`: `auth.secret = …`, `delete o.k`, `[o.k] = …`. */
  readonly writtenMembers: TSESTree.MemberExpression[];
  /** Every `this.<name>`, read or written. */
  readonly thisMembers: TSESTree.MemberExpression[];
  /** `<object>.env` (`process.env`, `import.meta.env`, `Bun.env`, `Deno.env`). */
  readonly envMembers: TSESTree.MemberExpression[];
  /** `const { … } = <init>`. */
  readonly destructurings: TSESTree.VariableDeclarator[];
}

function emptyIndex(): SyntaxIndex {
  return { calls: [], dynamicImports: [], writtenMembers: [], thisMembers: [], envMembers: [], destructurings: [] };
}

function isEnvProperty(member: TSESTree.MemberExpression): boolean {
  const { property } = member;
  return member.computed ? property.type === 'Literal' && property.value === 'env' : property.type === 'Identifier' && property.name === 'env';
}

function addMember(index: SyntaxIndex, node: TSESTree.MemberExpression): void {
  if (node.object.type === 'ThisExpression') index.thisMembers.push(node);
  else if (isWriteTarget(node)) index.writtenMembers.push(node);
  if (isEnvProperty(node)) index.envMembers.push(node);
}

function addDeclarator(index: SyntaxIndex, node: TSESTree.VariableDeclarator): void {
  if (node.id.type === 'ObjectPattern' && node.init) index.destructurings.push(node);
}

/** Per file (keyed by its SourceCode), the index: filled by a traversal or by one walk. */
const indexes = new WeakMap<object, SyntaxIndex>();

/**
 * Listeners that fill the file's index during ESLint's traversal, for the first rule that asks
 * (the others get none). Nothing may read the index before the traversal ends (`Program:exit`).
 */
export function indexingListeners(sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleListener {
  if (indexes.has(sourceCode)) return {};
  const index = emptyIndex();
  indexes.set(sourceCode, index);
  return {
    CallExpression: (node) => void index.calls.push(node),
    ImportExpression: (node) => void index.dynamicImports.push(node),
    MemberExpression: (node) => addMember(index, node),
    VariableDeclarator: (node) => addDeclarator(index, node),
  };
}

/** The file's index (walking the file once when no traversal filled it). */
export function syntaxIndex(sourceCode: Readonly<TSESLint.SourceCode>): SyntaxIndex {
  const known = indexes.get(sourceCode);
  if (known) return known;
  const index = emptyIndex();
  walk(sourceCode, sourceCode.ast, (node) => {
    if (node.type === 'CallExpression') index.calls.push(node);
    else if (node.type === 'ImportExpression') index.dynamicImports.push(node);
    else if (node.type === 'MemberExpression') addMember(index, node);
    else if (node.type === 'VariableDeclarator') addDeclarator(index, node);
    return true;
  });
  indexes.set(sourceCode, index);
  return index;
}

const thisMembersByClass = new WeakMap<SyntaxIndex, Map<TSESTree.ClassBody, TSESTree.MemberExpression[]>>();

/**
 * The `this.<name>` members whose `this` is an instance of (or, in static code, the class of) the
 * class with this body: not those in nested plain functions or nested classes.
 */
export function thisMembersOf(sourceCode: Readonly<TSESLint.SourceCode>, classBody: TSESTree.ClassBody): readonly TSESTree.MemberExpression[] {
  const index = syntaxIndex(sourceCode);
  let byClass = thisMembersByClass.get(index);
  if (!byClass) {
    byClass = new Map();
    for (const member of index.thisMembers) {
      const owner = thisOwner(member)?.classBody;
      if (!owner) continue;
      const members = byClass.get(owner);
      if (members) members.push(member);
      else byClass.set(owner, [member]);
    }
    thisMembersByClass.set(index, byClass);
  }
  return byClass.get(classBody) ?? [];
}
