/**
 * Text edits for suggestions: adding an option to an object or a call, and writing code that
 * matches the file (quote style, TypeScript's non-null assertion).
 */
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { findBinding } from './objects.js';
import { unwrap } from './syntax.js';

export function isTypeScriptFile(filename: string): boolean {
  return /\.[cm]?tsx?$/u.test(filename);
}

/** A string literal in the file's own quote style (the first string token decides; default `'`). */
export function stringLiteral(sourceCode: Readonly<TSESLint.SourceCode>, text: string): string {
  const first = sourceCode.ast.tokens?.find((token) => token.type === 'String');
  const quote = first?.value.startsWith('"') ? '"' : "'";
  return `${quote}${text.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
}

/** `process.env.NAME`, with `!` in TypeScript so it fits where a `string` is expected. */
export function envRead(name: string, typescript: boolean): string {
  return `process.env.${name}${typescript ? '!' : ''}`;
}

/** An expression's text with `!` appended when TypeScript needs it to drop `undefined`. */
export function nonNull(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, typescript: boolean): string {
  const text = sourceCode.getText(node);
  if (!typescript || node.type === 'TSNonNullExpression') return text;
  const simple = node.type === 'MemberExpression' || node.type === 'Identifier' || node.type === 'CallExpression';
  return simple ? `${text}!` : `(${text})!`;
}

/** Adds `property` (e.g. `expiresIn: '1h'`) to an object literal, keeping its layout and trailing comma. */
export function insertProperty(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  object: TSESTree.ObjectExpression,
  property: string,
): TSESLint.RuleFix {
  const last = object.properties.at(-1);
  if (!last) return fixer.replaceText(object, `{ ${property} }`);
  const closing = sourceCode.getLastToken(object)!;
  const beforeClosing = sourceCode.getTokenBefore(closing)!;
  const hasTrailingComma = ASTUtils.isCommaToken(beforeClosing);
  const lastToken = hasTrailingComma ? sourceCode.getTokenBefore(beforeClosing)! : beforeClosing;
  if (last.loc.start.line !== object.loc.start.line) {
    const indent = ' '.repeat(last.loc.start.column);
    return hasTrailingComma
      ? fixer.insertTextAfter(beforeClosing, `\n${indent}${property},`)
      : fixer.insertTextAfter(lastToken, `,\n${indent}${property}`);
  }
  return hasTrailingComma
    ? fixer.insertTextAfter(beforeClosing, ` ${property},`)
    : fixer.insertTextAfter(lastToken, `, ${property}`);
}

/**
 * Whether a suggestion may add a property to this options object. An inline literal always; a
 * literal in a `const` only when this call is its one use (other calls, e.g. `sign`, may reject
 * the new option) and, in TypeScript, when the const is typed, so the literal keeps its literal type.
 */
export function canExtendOptions(
  sourceCode: Readonly<TSESLint.SourceCode>,
  argument: TSESTree.Node,
  object: TSESTree.ObjectExpression,
  typescript: boolean,
): boolean {
  const value = unwrap(argument);
  if (value === object) return true;
  if (value.type !== 'Identifier') return false;
  const binding = findBinding(sourceCode, value);
  if (!binding?.declarator.init || unwrap(binding.declarator.init) !== object) return false;
  if (binding.variable.references.filter((reference) => reference.isRead()).length !== 1) return false;
  const typed =
    binding.declarator.id.typeAnnotation !== undefined || binding.declarator.init.type === 'TSSatisfiesExpression';
  return !typescript || typed;
}

/**
 * Adds an argument right after `previous` (the key), so an existing callback moves one slot to the
 * right, where it belongs: `sign(p, key, cb)` → `sign(p, key, { … }, cb)`. Parentheses around
 * `previous` and a trailing comma stay where they are.
 */
export function insertArgumentAfter(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
  previous: TSESTree.Node,
  text: string,
): TSESLint.RuleFix {
  const next = sourceCode.getTokenAfter(previous, {
    filter: (token) => ASTUtils.isCommaToken(token) || token.range[1] === call.range[1],
  })!;
  return fixer.insertTextBefore(next, `, ${text}`);
}
