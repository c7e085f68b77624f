/**
 * Environment reads of a JWT secret with a hardcoded fallback, wherever they are written
 * (`process.env.JWT_SECRET || 'dev'` in a config module), whether or not a JWT call is in the file.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import { createSecretNameMatcher, mentionsSecretName } from '../secret-names.js';
import { mentionsConfigLibrary, mentionsEnvObject } from './mentions.js';
import { syntaxIndex } from './syntax-index.js';
import { skipPassThrough, unwrap } from './syntax.js';
import { classifyKey, type Fallback, type KeyValue, type ValueContext } from './values.js';

export interface EnvFallback {
  /** The environment variable, e.g. `JWT_SECRET`. */
  readonly name: string;
  /** The hardcoded value and how it falls back. */
  readonly value: Extract<KeyValue, { kind: 'hardcoded' }> & { readonly fallback: Fallback };
}

/**
 * Text that may hold such a read: an environment object or a config library's reader
 * (`@nestjs/config`), and a secret's name spelled as a whole word. Files without both are not looked at.
 */
export function mayHaveEnvFallbacks(text: string, secretNames?: readonly string[]): boolean {
  return (mentionsEnvObject(text) || mentionsConfigLibrary(text)) && mentionsSecretName(text, secretNames);
}

/** `process.env`, `import.meta.env`, `Bun.env` (the globals not shadowed). */
function isEnvObject(context: ValueContext, node: TSESTree.Node): boolean {
  const value = unwrap(node);
  if (value.type !== 'MemberExpression' || ASTUtils.getPropertyName(value) !== 'env') return false;
  const owner = unwrap(value.object);
  if (owner.type === 'MetaProperty') return owner.meta.name === 'import' && owner.property.name === 'meta';
  if (owner.type !== 'Identifier' || (owner.name !== 'process' && owner.name !== 'Bun')) return false;
  return !ASTUtils.findVariable(context.sourceCode.getScope(owner), owner)?.defs.length;
}

/** `Deno.env.get('X')`: the name it reads. */
function denoEnvName(context: ValueContext, call: TSESTree.CallExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || ASTUtils.getPropertyName(callee) !== 'get') return undefined;
  const env = unwrap(callee.object);
  if (env.type !== 'MemberExpression' || ASTUtils.getPropertyName(env) !== 'env') return undefined;
  const deno = unwrap(env.object);
  if (deno.type !== 'Identifier' || deno.name !== 'Deno' || ASTUtils.findVariable(context.sourceCode.getScope(deno), deno)?.defs.length) {
    return undefined;
  }
  return call.arguments[0] ? (ASTUtils.stringIfConstant(context.sourceCode, call.arguments[0], call) ?? undefined) : undefined;
}

/** The fallback around an env read: `read || x`, `read ?? x`, `c ? read : x`. */
function fallbackAround(read: TSESTree.Node): { fallback: TSESTree.Node; holder: Fallback } | undefined {
  const outer = skipPassThrough(read);
  const parent = outer.parent;
  if (parent?.type === 'LogicalExpression' && parent.left === outer && parent.operator !== '&&') {
    return { fallback: parent.right, holder: { type: 'logical', node: parent } };
  }
  if (parent?.type === 'ConditionalExpression' && parent.test !== outer) {
    return { fallback: parent.consequent === outer ? parent.alternate : parent.consequent, holder: { type: 'conditional', node: parent } };
  }
  return undefined;
}

/** `secretNames`: the patterns of the variables that hold a JWT secret (default: the shared list). */
export function envFallbacks(context: ValueContext, secretNames?: readonly string[]): EnvFallback[] {
  const { sourceCode } = context;
  const { text } = sourceCode;
  // The config readers are known here: no need to look for their library in the text.
  if (!(mentionsEnvObject(text) || context.configReaders.size > 0) || !mentionsSecretName(text, secretNames)) return [];
  const isSecretName = createSecretNameMatcher(secretNames);
  const found: EnvFallback[] = [];
  const add = (name: string | undefined | null, fallback: TSESTree.Node, holder: Fallback): void => {
    if (!name || !isSecretName(name)) return;
    const value = classifyKey(context, fallback);
    if (value.kind === 'hardcoded') found.push({ name, value: { ...value, fallback: holder } });
  };
  const index = syntaxIndex(sourceCode);
  for (const env of index.envMembers) {
    // `process.env.X`, `process.env['X']`, `(process.env as Env).X`.
    const outer = skipPassThrough(env);
    const read = outer.parent;
    if (read?.type !== 'MemberExpression' || read.object !== outer || !isEnvObject(context, env)) continue;
    const around = fallbackAround(read);
    if (around) add(ASTUtils.propertyName(sourceCode, read), around.fallback, around.holder);
  }
  for (const call of index.calls) {
    const reader = context.configReaders.size > 0 ? context.configReaders.get(call) : undefined;
    const readerName = reader && call.arguments[reader.name] ? ASTUtils.stringIfConstant(sourceCode, call.arguments[reader.name]!, call) : undefined;
    const fallbackArgument = reader ? call.arguments[reader.fallback] : undefined;
    if (readerName && fallbackArgument) add(readerName, fallbackArgument, { type: 'argument', node: fallbackArgument });
    const denoName = denoEnvName(context, call);
    const around = denoName ? fallbackAround(call) : undefined;
    if (around) add(denoName, around.fallback, around.holder);
  }
  for (const declarator of index.destructurings) {
    if (declarator.id.type !== 'ObjectPattern' || !declarator.init || !isEnvObject(context, declarator.init)) continue;
    for (const property of declarator.id.properties) {
      if (property.type !== 'Property' || property.value.type !== 'AssignmentPattern') continue;
      add(ASTUtils.getPropertyName(property), property.value.right, { type: 'destructuring-default', node: property.value });
    }
  }
  found.sort((a, b) => a.value.fallback.node.range[0] - b.value.fallback.node.range[0]);
  return found;
}
