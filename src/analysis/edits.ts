/**
 * Text edits for suggestions: adding an option to an object or a call, and writing code that
 * matches the file (quote style, TypeScript's non-null assertion).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import type { JwtFile } from './file.js';
import { findBinding, isGlobalName } from './objects.js';
import { fieldAccesses } from './reach/uses.js';
import { RETURNS, type PathStep, type Place } from '../libraries/index.js';
import type { PlaceLookup } from './options.js';
import { isFunctionNode, skipPassThrough, unwrap } from './syntax.js';

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
  const holds = (candidate: TSESTree.Node): boolean => holdsObject(sourceCode, candidate, object, typescript);
  if (holds(value)) return true;
  if (value.type !== 'Identifier') return false;
  const binding = findBinding(sourceCode, value);
  if (!binding?.declarator.init || !holds(unwrap(binding.declarator.init))) return false;
  if (binding.variable.references.filter((reference) => reference.isRead()).length !== 1) return false;
  const typed =
    binding.declarator.id.typeAnnotation !== undefined || binding.declarator.init.type === 'TSSatisfiesExpression';
  return !typescript || typed;
}

/**
 * `{ … }` itself, or `Object.freeze({ … })` in JavaScript (in TypeScript, freezing widens an added
 * array to `readonly string[]`, which the libraries' option types reject).
 */
function holdsObject(
  sourceCode: Readonly<TSESLint.SourceCode>,
  value: TSESTree.Node,
  object: TSESTree.ObjectExpression,
  typescript: boolean,
): boolean {
  if (value === object) return true;
  return (
    !typescript &&
    value.type === 'CallExpression' &&
    value.callee.type === 'MemberExpression' &&
    value.callee.object.type === 'Identifier' &&
    value.callee.object.name === 'Object' &&
    isGlobalName(sourceCode.getScope(value), 'Object') &&
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

/** A value to set at a place that a lookup found absent. */
export interface NewValue {
  readonly place: Place;
  readonly lookup: Extract<PlaceLookup, { status: 'absent' }>;
  /** The value's source text, e.g. `'1h'`. */
  readonly value: string;
}

/** `signOptions.expiresIn = '1h'` as the value of `signOptions`: `{ expiresIn: '1h' }`. */
function nested(steps: readonly PathStep[], value: string): string {
  return steps.slice(1).reduceRight((inner, step) => `{ ${step}: ${inner} }`, value);
}

/**
 * The edit that sets values at places of one call site: into the object on the path (creating
 * the missing parents: `verifyOptions: { algorithms: […] }`), in place of an `undefined`, or as a
 * new options argument right after the one before it (moving a callback one slot to the right).
 * `undefined` when any of them has no safe edit.
 */
export function setPlacesFix(
  sourceCode: Readonly<TSESLint.SourceCode>,
  site: { readonly call?: TSESTree.CallExpression | TSESTree.NewExpression; readonly args: readonly TSESTree.Node[] },
  values: readonly NewValue[],
  typescript: boolean,
): TSESLint.ReportFixFunction | undefined {
  type Edit = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];
  const edits: Edit[] = [];
  const intoObject = new Map<TSESTree.ObjectExpression, string[]>();
  const newArgument = new Map<number, string[]>();
  // Several options set where the options argument is `undefined`/`null` (jose's two JWE lists): one object.
  const replacedArgument = new Map<TSESTree.Node, string[]>();
  for (const { place, lookup, value } of values) {
    const { missing } = lookup;
    if (missing.includes(RETURNS)) return undefined;
    const first = missing[0];
    if (first === undefined) {
      // The place is a whole argument: replace its `undefined`, or add it after the one before.
      if (lookup.nothing) edits.push((fixer) => fixer.replaceText(lookup.nothing!, value));
      else newArgument.set(place.arg, [...(newArgument.get(place.arg) ?? []), value]);
      continue;
    }
    const inner = nested(missing, value);
    if (lookup.nothing && !lookup.object) {
      replacedArgument.set(lookup.nothing, [...(replacedArgument.get(lookup.nothing) ?? []), `${first}: ${inner}`]);
    } else if (lookup.nothing) {
      const nothing = lookup.nothing;
      edits.push((fixer) => fixer.replaceText(nothing, inner));
    } else if (lookup.object) {
      if (!lookup.holder || !canExtendOptions(sourceCode, lookup.holder, lookup.object, typescript)) return undefined;
      intoObject.set(lookup.object, [...(intoObject.get(lookup.object) ?? []), `${first}: ${inner}`]);
    } else {
      newArgument.set(place.arg, [...(newArgument.get(place.arg) ?? []), `${first}: ${inner}`]);
    }
  }
  for (const [nothing, properties] of replacedArgument) {
    edits.push((fixer) => fixer.replaceText(nothing, `{ ${properties.join(', ')} }`));
  }
  for (const [object, properties] of intoObject) {
    edits.push((fixer) => insertProperty(fixer, sourceCode, object, properties.join(', ')));
  }
  for (const [index, parts] of newArgument) {
    const call = site.call;
    const previous = site.args[index - 1];
    // Only right after the argument before it: never leave a hole (`f(a, , opts)`).
    if (!call || call.type !== 'CallExpression' || !previous || index > site.args.length) return undefined;
    const isWholeArgument = values.some(({ place, lookup }) => place.arg === index && lookup.missing.length === 0);
    const text = isWholeArgument ? parts.join(', ') : `{ ${parts.join(', ')} }`;
    if (isWholeArgument && parts.length > 1) return undefined;
    edits.push((fixer) => insertArgumentAfter(fixer, sourceCode, call, previous, text));
  }
  if (edits.length === 0) return undefined;
  return (fixer) => edits.flatMap((edit) => edit(fixer));
}

/**
 * Where an edit that swaps a hardcoded secret for an environment read may go, so the secret's
 * environment read never lands in a token claim, a header or a message: the literal itself, unless
 * the constant (or class field) it initializes is also read there (`const ISSUER = 'x';
 * jwt.sign({ iss: ISSUER }, ISSUER)`, `throw new Error(SECRET)`); then the key expression at the call
 * (`slot`) when it reads that binding directly; otherwise nowhere.
 */
export function secretEditTarget(file: JwtFile, literal: TSESTree.Node, slot: TSESTree.Node, keys: readonly TSESTree.Node[]): TSESTree.Node | undefined {
  const { sourceCode } = file;
  const reads = bindingReads(sourceCode, literal);
  if (!reads) return literal;
  const within = (node: TSESTree.Node, outer: TSESTree.Node): boolean => outer.range[0] <= node.range[0] && node.range[1] <= outer.range[1];
  // What the file's JWT calls take besides keys: payloads, options, headers, tokens.
  const others: TSESTree.Node[] = [
    ...file.sites.flatMap((site) => site.args),
    ...file.builders.flatMap((builder) => [...builder.construct.arguments, ...builder.calls.flatMap(({ call }) => call.arguments)]),
  ];
  const exposed = (node: TSESTree.Node, depth: number): boolean => {
    if (keys.some((key) => within(node, key))) return false;
    if (others.some((argument) => within(node, argument)) || isMessagePart(node)) return true;
    if (depth > 4) return true;
    const parent = skipPassThrough(node).parent;
    // An alias or an object holding it: where do those go?
    const declarator = parent?.type === 'Property' && parent.value === skipPassThrough(node) ? objectDeclarator(parent) : parent;
    if (declarator?.type === 'VariableDeclarator' && declarator.id.type === 'Identifier') {
      return sourceCode
        .getDeclaredVariables(declarator)
        .some((variable) => variable.references.some((reference) => reference.isRead() && exposed(reference.identifier, depth + 1)));
    }
    return false;
  };
  if (!reads.some((read) => exposed(read, 0))) return literal;
  const direct = unwrap(slot);
  return reads.includes(direct) ? slot : undefined;
}

/** `const config = { secret: S }`: the declarator of the object literal a property sits in. */
function objectDeclarator(property: TSESTree.Property): TSESTree.Node | undefined {
  const object = property.parent;
  return object.type === 'ObjectExpression' ? skipPassThrough(object).parent : undefined;
}

/** Part of a message or label: a template, a concatenation, an error, a log line, a throw. */
function isMessagePart(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node, steps = 0; current && steps < 6; current = current.parent, steps += 1) {
    const parent = current.parent;
    if (!parent) return false;
    if (parent.type === 'TemplateLiteral' || (parent.type === 'BinaryExpression' && parent.operator === '+') || parent.type === 'ThrowStatement') return true;
    if (parent.type === 'NewExpression' && parent.callee.type === 'Identifier' && /Error$/u.test(parent.callee.name)) return true;
    if (parent.type === 'CallExpression' && parent.callee.type === 'MemberExpression' && parent.callee.object.type === 'Identifier' && parent.callee.object.name === 'console') {
      return true;
    }
    if (parent.type.endsWith('Statement') || parent.type === 'VariableDeclarator' || isFunctionNode(parent)) return false;
  }
  return false;
}

/** The reads of the binding a literal initializes (`const S = '…'`, a class field), or undefined for other literals. */
function bindingReads(sourceCode: Readonly<TSESLint.SourceCode>, literal: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  let holder = literal.parent;
  while (holder && (holder.type === 'TSAsExpression' || holder.type === 'TSSatisfiesExpression' || holder.type === 'TSNonNullExpression')) holder = holder.parent;
  if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier') {
    return sourceCode
      .getDeclaredVariables(holder)
      .flatMap((variable) => variable.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier));
  }
  if (holder?.type === 'PropertyDefinition' && !holder.computed && holder.parent.type === 'ClassBody') {
    const name = ASTUtils.getPropertyName(holder);
    if (name === null) return undefined;
    return fieldAccesses(sourceCode, holder.parent, name, holder.static).reads;
  }
  return undefined;
}
