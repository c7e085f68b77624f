/** Small syntax helpers shared by the engine: what wraps a value without changing it. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** Wrappers that leave the runtime value as it is: TS assertions and optional chains. */
function isTransparent(node: TSESTree.Node): boolean {
  switch (node.type) {
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'TSInstantiationExpression':
    case 'ChainExpression':
      return true;
    default:
      return false;
  }
}

/** The value inside TS wrappers: `(x as T)!` → `x`. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isTransparent(current)) {
    current = (current as TSESTree.TSAsExpression).expression;
  }
  return current;
}

/** The outermost expression that still holds the same value as `node`: `x!` or `x as T` around it. */
export function skipPassThrough(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && isTransparent(current.parent)) {
    current = current.parent;
  }
  return current;
}

export function isFunctionNode(
  node: TSESTree.Node,
): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration {
  return (
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'FunctionExpression' ||
    node.type === 'FunctionDeclaration'
  );
}

/** The string a literal or expression-free template spells, if it is one. */
export function literalString(node: TSESTree.Node): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * Visits `root` and its descendants in source order; `visit` returns `false` to skip a node's
 * children. For the few on-demand searches the engine makes inside one class or function body.
 */
export function walk(
  sourceCode: Readonly<TSESLint.SourceCode>,
  root: TSESTree.Node,
  visit: (node: TSESTree.Node) => boolean,
): void {
  if (!visit(root)) return;
  const keys = sourceCode.visitorKeys[root.type];
  if (!keys) return;
  // Indexed loops without temporary arrays: this runs over whole files.
  for (let index = 0; index < keys.length; index += 1) {
    const child = (root as unknown as Record<string, unknown>)[keys[index]!];
    if (child === null || typeof child !== 'object') continue;
    if (Array.isArray(child)) {
      for (let item = 0; item < child.length; item += 1) {
        const element = child[item] as TSESTree.Node | null;
        if (element && typeof element.type === 'string') walk(sourceCode, element, visit);
      }
    } else if (typeof (child as TSESTree.Node).type === 'string') walk(sourceCode, child as TSESTree.Node, visit);
  }
}

/** The class whose instance (or, in static code, the class itself) `this` is at `node`. */
export function thisOwner(node: TSESTree.Node): { classBody: TSESTree.ClassBody; isStatic: boolean } | undefined {
  let isStatic = false;
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    // A plain function has its own `this` (the caller's receiver), unless it is a method; a
    // `function` stored in a field (`handler = function () {}`) is not bound to the instance.
    if (current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') {
      if (current.parent?.type !== 'MethodDefinition') return undefined;
    }
    if (current.type === 'MethodDefinition' || current.type === 'PropertyDefinition' || current.type === 'StaticBlock') {
      isStatic = current.type === 'StaticBlock' || current.static;
    }
    if (current.type === 'ClassBody') return { classBody: current, isStatic };
    current = current.parent;
  }
  return undefined;
}
