/** Edits that delete one item (a property, an array element) from a list written in the code. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Deletes `item` from the object or array literal `container` (whose items are `items`), with the
 * comma that separates it; `undefined` when a comment would go with it (the author's text stays).
 */
export function removeItemFix(
  sourceCode: Readonly<TSESLint.SourceCode>,
  container: TSESTree.ObjectExpression | TSESTree.ArrayExpression,
  item: TSESTree.Node,
): TSESLint.ReportFixFunction | undefined {
  const items = (container.type === 'ObjectExpression' ? container.properties : container.elements) as readonly (TSESTree.Node | null)[];
  const index = items.indexOf(item);
  if (index < 0 || items.some((other) => other === null)) return undefined;
  const next = items[index + 1];
  const previous = items[index - 1];
  let range: [number, number];
  if (next) range = [item.range[0], next.range[0]];
  else if (previous) range = [sourceCode.getTokenAfter(previous)!.range[0], item.range[1]];
  else range = [sourceCode.getFirstToken(container)!.range[1], sourceCode.getLastToken(container)!.range[0]];
  if (sourceCode.getAllComments().some((comment) => comment.range[0] >= range[0] && comment.range[1] <= range[1])) return undefined;
  return (fixer) => fixer.removeRange(range);
}
