/**
 * Text edits for suggestions: adding an option to an object or a call, and writing code that
 * matches the file (quote style, TypeScript's non-null assertion).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import { findBinding } from './objects.js';
import { isNothing } from './options.js';
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

/** The last thing on `token`'s line: `token` itself or a comment that follows it there. */
function endOfLine(sourceCode: Readonly<TSESLint.SourceCode>, token: TSESTree.Token): TSESTree.Token | TSESTree.Comment {
  const sameLine = sourceCode.getCommentsAfter(token).filter((comment) => comment.loc.start.line === token.loc.end.line);
  return sameLine.at(-1) ?? token;
}

/**
 * Adds `property` (e.g. `expiresIn: '1h'`) to an object literal, keeping its layout, its trailing
 * comma, and a line comment on the last property where it was.
 */
function insertProperty(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  object: TSESTree.ObjectExpression,
  property: string,
): TSESLint.RuleFix[] {
  const last = object.properties.at(-1);
  if (!last) return [fixer.replaceText(object, `{ ${property} }`)];
  const closing = sourceCode.getLastToken(object)!;
  const beforeClosing = sourceCode.getTokenBefore(closing)!;
  const hasTrailingComma = ASTUtils.isCommaToken(beforeClosing);
  const lastToken = hasTrailingComma ? sourceCode.getTokenBefore(beforeClosing)! : beforeClosing;
  if (last.loc.start.line === object.loc.start.line) {
    return [
      hasTrailingComma
        ? fixer.insertTextAfter(beforeClosing, ` ${property},`)
        : fixer.insertTextAfter(lastToken, `, ${property}`),
    ];
  }
  const indent = ' '.repeat(last.loc.start.column);
  if (hasTrailingComma) return [fixer.insertTextAfter(endOfLine(sourceCode, beforeClosing), `\n${indent}${property},`)];
  return [
    fixer.insertTextAfter(lastToken, ','),
    fixer.insertTextAfter(endOfLine(sourceCode, lastToken), `\n${indent}${property}`),
  ];
}

/**
 * Whether a suggestion may add a property to this options object. An inline literal always; a
 * literal in a `const` only when this call is its one use (other calls, e.g. `sign`, may reject
 * the new option) and, in TypeScript, when the const is typed, so the literal keeps its literal type.
 */
function canExtendOptions(
  sourceCode: Readonly<TSESLint.SourceCode>,
  argument: TSESTree.Node,
  object: TSESTree.ObjectExpression,
  typescript: boolean,
): boolean {
  const value = unwrap(argument);
  if (holds(value, object, typescript)) return true;
  if (value.type !== 'Identifier') return false;
  const binding = findBinding(sourceCode, value);
  if (!binding?.declarator.init || !holds(unwrap(binding.declarator.init), object, typescript)) return false;
  if (binding.variable.references.filter((reference) => reference.isRead()).length !== 1) return false;
  const typed =
    binding.declarator.id.typeAnnotation !== undefined || binding.declarator.init.type === 'TSSatisfiesExpression';
  return !typescript || typed;
}

/**
 * `{ … }` itself, or `Object.freeze({ … })` in JavaScript (in TypeScript, freezing widens an added
 * array to `readonly string[]`, which the libraries' option types reject).
 */
function holds(value: TSESTree.Node, object: TSESTree.ObjectExpression, typescript: boolean): boolean {
  if (value === object) return true;
  return (
    !typescript &&
    value.type === 'CallExpression' &&
    value.callee.type === 'MemberExpression' &&
    value.callee.object.type === 'Identifier' &&
    value.callee.object.name === 'Object' &&
    ASTUtils.getPropertyName(value.callee) === 'freeze' &&
    value.arguments[0] !== undefined &&
    unwrap(value.arguments[0]) === object
  );
}

/**
 * Adds an argument right after `previous` (the key), so an existing callback moves one slot to the
 * right, where it belongs: `sign(p, key, cb)` → `sign(p, key, { … }, cb)`. Parentheses around
 * `previous`, a trailing comma and one-argument-per-line layouts are kept.
 */
function insertArgumentAfter(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
  previous: TSESTree.Node,
  text: string,
): TSESLint.RuleFix {
  const next = sourceCode.getTokenAfter(previous, {
    filter: (token) => ASTUtils.isCommaToken(token) || token.range[1] === call.range[1],
  })!;
  const before = sourceCode.getTokenBefore(previous)!;
  const ownLine = before.loc.end.line < previous.loc.start.line;
  const separator = ownLine ? `,\n${' '.repeat(previous.loc.start.column)}` : ', ';
  // After the key's last token (its closing parenthesis or a block comment after it), not before a
  // `)` on its own line; never after a line comment, which would swallow the text.
  const last = sourceCode.getTokenBefore(next, { includeComments: true })!;
  const anchor = last.type === 'Line' ? sourceCode.getTokenBefore(next)! : last;
  return fixer.insertTextAfter(anchor, `${separator}${text}`);
}

/**
 * Inserts `text` between an object and the `.name` it is called with: `b.sign(k)` → `b<text>.sign(k)`.
 * In a chain written one call per line, the inserted call gets its own line.
 */
export function insertBeforeMember(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  member: TSESTree.MemberExpression,
  text: string,
): TSESLint.RuleFix {
  const access = sourceCode.getTokenAfter(member.object, {
    filter: (token) => token.value === '.' || token.value === '?.' || token.value === '[',
  })!;
  const ownLine = sourceCode.getTokenBefore(access)!.loc.end.line < access.loc.start.line;
  return fixer.insertTextBefore(access, ownLine ? `${text}\n${' '.repeat(access.loc.start.column)}` : text);
}

export interface NewOption {
  readonly name: string;
  /** The value's source text, e.g. `'1h'`. */
  readonly value: string;
  /** An `undefined` the option is set to already: the value goes there instead. */
  readonly replaces?: TSESTree.Node;
}

export interface OptionsSite {
  readonly call: TSESTree.CallExpression;
  /** The key argument, after which a new options argument goes. */
  readonly key: TSESTree.Node | undefined;
  /** The options argument as written, if any. */
  readonly options: TSESTree.Node | undefined;
  /** The object literal the options argument resolves to, if any. */
  readonly object: TSESTree.ObjectExpression | undefined;
}

/**
 * The edit that sets options at a call: into its options object, in place of an `undefined`
 * options argument, or as a new argument right after the key. `undefined` when no safe edit exists.
 */
export function setOptionsFix(
  sourceCode: Readonly<TSESLint.SourceCode>,
  site: OptionsSite,
  newOptions: readonly NewOption[],
  typescript: boolean,
): TSESLint.ReportFixFunction | undefined {
  const { call, key, options, object } = site;
  const properties = (list: readonly NewOption[]): string => list.map(({ name, value }) => `${name}: ${value}`).join(', ');
  if (object) {
    if (!options || !canExtendOptions(sourceCode, options, object, typescript)) return undefined;
    const added = newOptions.filter((option) => !option.replaces);
    return (fixer) => [
      ...newOptions.flatMap((option) => (option.replaces ? [fixer.replaceText(option.replaces, option.value)] : [])),
      ...(added.length > 0 ? insertProperty(fixer, sourceCode, object, properties(added)) : []),
    ];
  }
  if (options && isNothing(sourceCode, options)) return (fixer) => fixer.replaceText(options, `{ ${properties(newOptions)} }`);
  if (key) return (fixer) => insertArgumentAfter(fixer, sourceCode, call, key, `{ ${properties(newOptions)} }`);
  return undefined;
}
