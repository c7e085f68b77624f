/**
 * What a module exports under a name, as the engine can read it: `export const X = …`,
 * `export default …`, `export { x as X }`, re-exports (`export { X } from`, `export * from`),
 * and CommonJS `module.exports = …`, `module.exports.X = …`, `exports.X = …`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import { unwrap } from './syntax.js';

export type ExportLookup =
  /** The value, and the property path still to follow inside it. */
  | { readonly kind: 'value'; readonly node: TSESTree.Node; readonly path: readonly string[] }
  /** Exported from another module: follow `specifier` for `name`. */
  | { readonly kind: 'reexport'; readonly specifier: string; readonly name: string; readonly path: readonly string[] };

/** `module.exports` or `exports` (when not declared in the file). */
function isModuleExports(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const value = unwrap(node);
  if (value.type === 'Identifier') return value.name === 'exports' && !ASTUtils.findVariable(sourceCode.getScope(value), value)?.defs.length;
  return (
    value.type === 'MemberExpression' &&
    value.object.type === 'Identifier' &&
    value.object.name === 'module' &&
    ASTUtils.getPropertyName(value) === 'exports' &&
    !ASTUtils.findVariable(sourceCode.getScope(value.object), value.object)?.defs.length
  );
}

/** Top-level CommonJS assignments: the whole `module.exports`, and named `exports.X`. */
function commonJsExports(sourceCode: Readonly<TSESLint.SourceCode>): { whole?: TSESTree.Node; named: Map<string, TSESTree.Node> } {
  let whole: TSESTree.Node | undefined;
  const named = new Map<string, TSESTree.Node>();
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') continue;
    const { left, right } = statement.expression;
    if (isModuleExports(sourceCode, left)) whole = right;
    else if (left.type === 'MemberExpression' && isModuleExports(sourceCode, left.object)) {
      const name = ASTUtils.getPropertyName(left);
      if (name !== null) named.set(name, right);
    }
  }
  return { whole, named };
}

/**
 * The export `name` of a module (`'default'`, a named export, or `'*'` for the module object as
 * `require()` or `import * as` sees it, in which case the first step of `path` names the export).
 */
export function findExport(sourceCode: Readonly<TSESLint.SourceCode>, name: string, path: readonly string[]): ExportLookup | undefined {
  const cjs = commonJsExports(sourceCode);
  if (name === '*') {
    // `require('./config').jwt.secret`: CommonJS `module.exports = …` is the object itself.
    if (cjs.whole) return { kind: 'value', node: cjs.whole, path };
    const [first, ...rest] = path;
    return first === undefined ? undefined : findExport(sourceCode, first, rest);
  }
  if (name === 'default' && cjs.whole) return { kind: 'value', node: cjs.whole, path };
  const namedCjs = cjs.named.get(name);
  if (namedCjs) return { kind: 'value', node: namedCjs, path };
  if (cjs.whole) return { kind: 'value', node: cjs.whole, path: [name, ...path] };

  const starSources: string[] = [];
  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ExportDefaultDeclaration' && name === 'default') {
      return { kind: 'value', node: statement.declaration, path };
    }
    if (statement.type === 'ExportAllDeclaration') {
      if (!statement.exported) starSources.push(statement.source.value);
      else if (ASTUtils.getStringIfConstant(statement.exported as TSESTree.Node) === name || (statement.exported.type === 'Identifier' && statement.exported.name === name)) {
        return { kind: 'reexport', specifier: statement.source.value, name: '*', path };
      }
      continue;
    }
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const declaration = statement.declaration;
    if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) {
          return { kind: 'value', node: declarator.id, path };
        }
      }
    }
    for (const specifier of statement.specifiers) {
      const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
      if (exported !== name) continue;
      const local = specifier.local.type === 'Identifier' ? specifier.local.name : String(specifier.local.value);
      if (statement.source) return { kind: 'reexport', specifier: statement.source.value, name: local, path };
      return specifier.local.type === 'Identifier' ? { kind: 'value', node: specifier.local, path } : undefined;
    }
  }
  // `export * from './a'` then `export * from './b'`: the first module that has it (no more than one is followed).
  const [star] = starSources;
  return star === undefined ? undefined : { kind: 'reexport', specifier: star, name, path };
}
