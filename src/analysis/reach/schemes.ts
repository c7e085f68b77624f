/**
 * Reach through auth schemes: a file that loads a library which registers a scheme (@hapi/jwt's
 * `jwt`) configures it by name, `server.auth.strategy('api', 'jwt', { keys })`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../../ast-utils.js';
import type { LibraryModel } from '../../libraries/index.js';
import { callSite, type CallSite } from './sites.js';

export function reachThroughSchemes(
  sourceCode: Readonly<TSESLint.SourceCode>,
  loaded: readonly LibraryModel[],
  calls: readonly TSESTree.CallExpression[],
): CallSite[] {
  const schemes = loaded.flatMap((library) => library.schemes ?? []);
  if (schemes.length === 0) return [];
  const sites: CallSite[] = [];
  for (const call of calls) {
    const callee = call.callee.type === 'ChainExpression' ? call.callee.expression : call.callee;
    if (callee.type !== 'MemberExpression') continue;
    const host = ASTUtils.getPropertyName(callee);
    for (const scheme of schemes) {
      const name = call.arguments[scheme.nameArgument];
      if (host !== scheme.host || !name) continue;
      if (ASTUtils.stringIfConstant(sourceCode, name) === scheme.name) sites.push(callSite(call, scheme.operation));
    }
  }
  return sites;
}
