/**
 * Unverified decodes used as if they were verified: the result of a decode that does not check the
 * signature (jsonwebtoken `decode`, jose `decodeJwt`, a verify call with its no-verify flag on)
 * flowing into a trust decision, with no verification of the same token in the function.
 *
 * A trust decision is one of:
 * - `returned`: the claims are returned from a function whose name says it authenticates or
 *   identifies (`authenticate`, `getUser`, `currentSession`, `validateToken`, …);
 * - `stored`: the claims are stored where request handlers read the caller's identity
 *   (`req.user`, `req.auth`, `res.locals.…`, `ctx.state.user`, `session.user`);
 * - `compared`: a claim is compared (`decoded.role === 'admin'`, `roles.includes('admin')`,
 *   `if (decoded.isAdmin)`).
 * Reading the header (to choose a key before verifying) is not a use of the claims.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import type { CallSite, JwtFile } from './file.js';
import { lookupPlace } from './options.js';
import { isFunctionNode, skipPassThrough, unwrap } from './syntax.js';

export type TrustUse = 'returned' | 'stored' | 'compared';

export interface TrustedDecode {
  /** The decode call, where the report goes. */
  readonly node: TSESTree.CallExpression;
  readonly api: string;
  readonly use: TrustUse;
  /** The expression where the decoded value is trusted. */
  readonly at: TSESTree.Node;
}

/** Names of functions that authenticate or identify the caller. */
const AUTH_FUNCTION = /auth|user|session|identity|principal|current|verif|validat|guard|login|account|permission|role|access|whoami/iu;
/** Properties where request handlers look for the caller's identity. */
const IDENTITY_TARGETS = new Set(['user', 'auth', 'locals', 'session', 'principal', 'identity', 'currentuser', 'claims', 'account']);
/** The part of a complete decode (`{ header, payload, signature }`) that is only the header. */
const HEADER = 'header';
/** Time claims (RFC 7519 NumericDate): reading them schedules a refresh, it decides nothing about the caller. */
const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf']);
const MAX_ALIASES = 3;

/** A call site that decodes without verifying: `unverified`, or a no-verify flag given as a literal truthy argument. */
function isUnverifiedDecode(sourceCode: Readonly<TSESLint.SourceCode>, site: CallSite): boolean {
  if (site.call?.type !== 'CallExpression' || site.node !== site.call) return false;
  if (site.model.unverified) return !site.model.headerOnly;
  return (site.model.weakening ?? []).some(({ place, effect }) => {
    if (effect !== 'no-verify' || (place.path ?? []).length > 0) return false;
    const lookup = lookupPlace(sourceCode, site.args, place);
    if (lookup.status !== 'present') return false;
    const result = ASTUtils.staticValue(sourceCode, unwrap(lookup.value), lookup.value);
    return result !== null && Boolean(result.value);
  });
}

function isVerification(sourceCode: Readonly<TSESLint.SourceCode>, site: CallSite): boolean {
  return (site.model.operation === 'verify' || site.model.operation === 'decrypt') && !isUnverifiedDecode(sourceCode, site);
}

function enclosingFunction(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** The name a function goes by: its own, its variable's, or its method's or property's key. */
function functionName(fn: TSESTree.Node): string | undefined {
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if ((parent?.type === 'MethodDefinition' || parent?.type === 'Property' || parent?.type === 'PropertyDefinition') && !parent.computed) {
    return parent.key.type === 'Identifier' ? parent.key.name : undefined;
  }
  return undefined;
}

/**
 * The property names of an assignment target, outermost last: `res.locals.user` → `['locals', 'user']`.
 * Fields of `this` (`this.user = …` in a client-side store that only displays claims) are no request's identity.
 */
function targetNames(target: TSESTree.Node): string[] {
  const names: string[] = [];
  let current = unwrap(target);
  while (current.type === 'MemberExpression') {
    const name = ASTUtils.getPropertyName(current);
    if (name !== null) names.unshift(name.toLowerCase());
    current = unwrap(current.object);
  }
  return current.type === 'ThisExpression' ? [] : names;
}

/** Where a value that holds decoded claims is trusted, following member reads, consts and destructuring. */
function trustUse(sourceCode: Readonly<TSESLint.SourceCode>, start: TSESTree.Node, depth: number): { use: TrustUse; at: TSESTree.Node } | undefined {
  let node = skipPassThrough(start);
  let claim = false;
  for (;;) {
    const parent = node.parent;
    if (parent?.type === 'AwaitExpression') node = skipPassThrough(parent);
    else if (parent?.type === 'MemberExpression' && parent.object === node) {
      const property = ASTUtils.getPropertyName(parent);
      if ((property === HEADER && !claim) || (property !== null && TIME_CLAIMS.has(property))) return undefined;
      claim = true;
      node = skipPassThrough(parent);
    } else if (parent?.type === 'ChainExpression') node = parent;
    else break;
  }
  const parent = node.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case 'ReturnStatement':
    case 'ArrowFunctionExpression': {
      if (parent.type === 'ArrowFunctionExpression' && parent.body !== node) return undefined;
      const fn = parent.type === 'ArrowFunctionExpression' ? parent : enclosingFunction(parent);
      const name = fn ? functionName(fn) : undefined;
      return name && AUTH_FUNCTION.test(name) ? { use: 'returned', at: node } : undefined;
    }
    case 'AssignmentExpression': {
      if (parent.right !== node || parent.left.type !== 'MemberExpression') return undefined;
      return targetNames(parent.left).some((name) => IDENTITY_TARGETS.has(name)) ? { use: 'stored', at: parent.left } : undefined;
    }
    case 'BinaryExpression':
      return ['===', '!==', '==', '!='].includes(parent.operator) ? { use: 'compared', at: parent } : undefined;
    case 'CallExpression': {
      const callee = parent.callee;
      const method = callee.type === 'MemberExpression' ? ASTUtils.getPropertyName(callee) : null;
      const membership = method === 'includes' || method === 'indexOf' || method === 'some' || method === 'has';
      if (!membership) return undefined;
      return callee === node || (callee.type === 'MemberExpression' && callee.object === node) || parent.arguments.includes(node as TSESTree.CallExpressionArgument)
        ? { use: 'compared', at: parent }
        : undefined;
    }
    case 'IfStatement':
    case 'ConditionalExpression':
    case 'LogicalExpression':
    case 'UnaryExpression':
      // `if (decoded.isAdmin)`; `if (!decoded)` only checks that there was a token.
      if (!claim) return undefined;
      if (parent.type === 'IfStatement' && parent.test !== node) return undefined;
      if (parent.type === 'ConditionalExpression' && parent.test !== node) return undefined;
      if (parent.type === 'UnaryExpression' && parent.operator !== '!') return undefined;
      return { use: 'compared', at: node };
    case 'VariableDeclarator': {
      if (parent.init !== node || depth >= MAX_ALIASES) return undefined;
      for (const variable of sourceCode.getDeclaredVariables(parent)) {
        const definition = variable.defs[0]?.name;
        // `const { header } = decode(t, { complete: true })` reads only the header.
        const bound = definition?.parent?.type === 'Property' ? ASTUtils.getPropertyName(definition.parent) : null;
        if ((bound === HEADER && !claim) || (bound !== null && TIME_CLAIMS.has(bound))) continue;
        if (variable.references.some((reference) => reference.isWrite() && !reference.init)) continue;
        for (const reference of variable.references) {
          if (!reference.isRead()) continue;
          const found = trustUse(sourceCode, reference.identifier, depth + 1);
          if (found) return found;
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Unverified decodes whose claims decide something, with no verification of the same token (the
 * same expression, or the decoded value itself) in the decode's function or the function around it.
 */
export function trustedDecodes(file: JwtFile): TrustedDecode[] {
  const { sourceCode } = file;
  const verifications = file.sites.filter((site) => isVerification(sourceCode, site));
  const found: TrustedDecode[] = [];
  for (const site of file.sites) {
    if (!isUnverifiedDecode(sourceCode, site)) continue;
    const call = site.call as TSESTree.CallExpression;
    const token = call.arguments[0];
    const scope = enclosingFunction(call);
    const tokenText = token ? sourceCode.getText(unwrap(token)) : undefined;
    const verified = verifications.some((verification) => {
      const argument = verification.args[0];
      if (!argument) return false;
      const where = enclosingFunction(verification.node);
      // In the decode's function, in a function around it, or around the decode itself (its callback).
      const related =
        (scope ? contains(scope, verification.node) : where === undefined) ||
        (where !== undefined && contains(where, call)) ||
        contains(verification.node, call);
      if (!related) return false;
      const text = sourceCode.getText(unwrap(argument));
      return text === tokenText || decodedValueReaches(sourceCode, call, argument);
    });
    if (verified) continue;
    const use = trustUse(sourceCode, call, 0);
    if (use) found.push({ node: call, api: site.model.api, ...use });
  }
  return found;
}

/** `verify(decoded, key)` where `decoded` holds this decode's result (@hapi/jwt verifies decoded artifacts). */
function decodedValueReaches(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression, argument: TSESTree.Node): boolean {
  const value = unwrap(argument);
  if (value === call) return true;
  if (value.type !== 'Identifier') return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
  const definition = variable?.defs[0];
  return definition?.type === 'Variable' && definition.node.init !== null && skipPassThrough(call) === unwrapAwait(definition.node.init);
}

function unwrapAwait(node: TSESTree.Node): TSESTree.Node {
  const value = unwrap(node);
  return value.type === 'AwaitExpression' ? skipPassThrough(value.argument) : node;
}
