/**
 * Reach through option types: an object literal declared with a library's options type
 * (`const authOptions: NextAuthOptions = {…}`, `{…} satisfies NextAuthConfig`, `{…} as JwtModuleOptions`)
 * is checked where it is written, whoever it is passed to later.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { unwrap } from '../syntax.js';
import type { ApiReference } from './modules.js';
import type { CallSite } from './sites.js';
import { usesOf } from './uses.js';

export function reachThroughOptionTypes(sourceCode: Readonly<TSESLint.SourceCode>, references: readonly ApiReference[]): CallSite[] {
  const sites: CallSite[] = [];
  for (const reference of references) {
    if (reference.kind !== 'read' || reference.model.kind !== 'optionsType') continue;
    for (const use of usesOf(sourceCode, reference.node)) {
      const object = typedObject(use);
      if (object) sites.push({ node: object, args: [object], model: reference.model.operation });
    }
  }
  return sites;
}

/** The object literal a type reference types: a declared variable's initializer, or the expression of `satisfies`/`as`. */
function typedObject(use: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  const reference = use.parent;
  if (reference?.type !== 'TSTypeReference' || reference.typeName !== use) return undefined;
  const holder = reference.parent;
  let value: TSESTree.Node | null | undefined;
  if (holder?.type === 'TSSatisfiesExpression' || holder?.type === 'TSAsExpression') value = holder.expression;
  else if (holder?.type === 'TSTypeAnnotation') {
    const id = holder.parent;
    const declarator = id?.parent;
    if (declarator?.type === 'VariableDeclarator' && declarator.id === id) value = declarator.init;
  }
  const object = value ? unwrap(value) : undefined;
  return object?.type === 'ObjectExpression' ? object : undefined;
}
