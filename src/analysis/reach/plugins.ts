/**
 * Reach through plugin registration: a plugin value passed to a host call whose next argument is
 * its options, e.g. `fastify.register(fastifyJwt, { secret })`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../../ast-utils.js';
import type { ApiModel } from '../../libraries/index.js';
import { skipPassThrough } from '../syntax.js';
import type { ModuleReferences } from './modules.js';
import { callSite, type CallSite } from './sites.js';
import { usesOf } from './uses.js';

export function reachThroughPlugins(sourceCode: Readonly<TSESLint.SourceCode>, modules: ModuleReferences): CallSite[] {
  const sites: CallSite[] = [];
  const registrations = (node: TSESTree.Node, model: ApiModel | undefined): void => {
    if (model?.kind !== 'plugin') return;
    for (const use of usesOf(sourceCode, node)) {
      // `import * as jwtPlugin from '…'` then `register(jwtPlugin.default, …)`.
      const member = use.parent;
      const isDefault = member?.type === 'MemberExpression' && member.object === use && ASTUtils.getPropertyName(member) === 'default';
      const value = skipPassThrough(isDefault ? member : use);
      const call = value.parent;
      if (call?.type !== 'CallExpression' || call.arguments[0] !== value) continue;
      const callee = call.callee.type === 'ChainExpression' ? call.callee.expression : call.callee;
      const host = callee.type === 'MemberExpression' ? ASTUtils.getPropertyName(callee) : null;
      if (host !== null && model.host.includes(host)) sites.push(callSite(call, model.operation));
    }
  };
  for (const reference of modules.references) if (reference.kind === 'read') registrations(reference.node, reference.model);
  for (const root of modules.roots) registrations(root.node, root.library.self);
  return sites;
}
