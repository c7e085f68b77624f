/**
 * Time units of JWT claims and lifetime options. JWT times (`exp`, `nbf`, `iat`) are NumericDate:
 * seconds since the epoch (RFC 7519 §2, §4.1.4–4.1.6), while `Date.now()` and `getTime()` count
 * milliseconds. Lifetime options count seconds or milliseconds as each library's model says.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import type { Place } from '../libraries/index.js';
import { spend, withinBudget } from './budget.js';
import { durationSeconds, isUnitlessNumber } from './durations.js';
import type { CallSite, JwtFile } from './file.js';
import { findBinding, resolveMember } from './objects.js';
import { lookupPlace } from './options.js';
import { payloadEntries, payloadOf, signedPayloads } from './payload.js';
import { isFunctionNode, unwrap } from './syntax.js';

/** The registered claims whose value is a NumericDate (RFC 7519 §4.1.4–4.1.6). */
const NUMERIC_DATE_CLAIMS = ['exp', 'nbf', 'iat'];

const MAX_DEPTH = 8;

export interface Clock {
  readonly unit: 'milliseconds' | 'seconds';
  /** The clock read itself (`Date.now()`), when the value is exactly that read. */
  readonly bare: boolean;
}

function isGlobal(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): boolean {
  if (node.type !== 'Identifier' || node.name !== name) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  return !variable || variable.defs.length === 0;
}

function isMathRounding(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.Node): boolean {
  if (callee.type !== 'MemberExpression' || !isGlobal(sourceCode, callee.object, 'Math')) return false;
  return ['floor', 'round', 'ceil', 'trunc'].includes(ASTUtils.getPropertyName(callee) ?? '');
}

/** What a same-file helper returns: `function now() { return Date.now(); }`, `const now = () => Date.now()`. */
function helperResult(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.Node): TSESTree.Node | undefined {
  if (callee.type !== 'Identifier') return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  let fn: TSESTree.Node | undefined;
  if (definition?.type === 'FunctionName') fn = definition.node;
  else {
    const init = findBinding(sourceCode, callee)?.declarator.init;
    fn = init ? unwrap(init) : undefined;
  }
  if (!fn || !isFunctionNode(fn)) return undefined;
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const returns = fn.body.body.filter((statement): statement is TSESTree.ReturnStatement => statement.type === 'ReturnStatement');
  return returns.length === 1 ? (returns[0]?.argument ?? undefined) : undefined;
}

/**
 * Whether a value is a point in time read from a clock, and in which unit: `Date.now()`,
 * `d.getTime()`, `+new Date()` are milliseconds; `Math.floor(Date.now() / 1000)` is seconds; an
 * offset added to either keeps its unit. Consts, config objects and same-file helpers are followed;
 * anything else is not a clock (`undefined`).
 */
export function clockOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth = 0): Clock | undefined {
  return withinBudget(() => clockAt(sourceCode, node, depth));
}

function clockAt(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth: number): Clock | undefined {
  if (depth > MAX_DEPTH || !spend()) return undefined;
  const value = unwrap(node);
  const inner = (next: TSESTree.Node): Clock | undefined => {
    const clock = clockOf(sourceCode, next, depth + 1);
    return clock ? { unit: clock.unit, bare: false } : undefined;
  };
  switch (value.type) {
    case 'CallExpression': {
      const callee = unwrap(value.callee);
      if (callee.type === 'MemberExpression') {
        const method = ASTUtils.getPropertyName(callee);
        if (method === 'now' && isGlobal(sourceCode, callee.object, 'Date')) return { unit: 'milliseconds', bare: true };
        if (method === 'getTime' && value.arguments.length === 0) return { unit: 'milliseconds', bare: true };
        if (method === 'valueOf' && unwrap(callee.object).type === 'NewExpression' && isDate(sourceCode, unwrap(callee.object))) {
          return { unit: 'milliseconds', bare: true };
        }
        if (isMathRounding(sourceCode, callee) && value.arguments[0]) return inner(value.arguments[0]);
        return undefined;
      }
      const result = helperResult(sourceCode, callee);
      return result ? inner(result) : undefined;
    }
    case 'UnaryExpression':
      return value.operator === '+' && isDate(sourceCode, unwrap(value.argument)) ? { unit: 'milliseconds', bare: true } : undefined;
    case 'BinaryExpression': {
      if (value.left.type === 'PrivateIdentifier') return undefined;
      const left = clockOf(sourceCode, value.left, depth + 1);
      const right = clockOf(sourceCode, value.right, depth + 1);
      if (value.operator === '+' && (left ? !right : right)) return { unit: (left ?? right)!.unit, bare: false };
      if (value.operator === '-' && left && !right) return { unit: left.unit, bare: false };
      if (value.operator === '/' && left?.unit === 'milliseconds' && staticNumber(sourceCode, value.right) === 1000) {
        return { unit: 'seconds', bare: false };
      }
      return undefined;
    }
    case 'Identifier': {
      const binding = findBinding(sourceCode, value);
      const init = binding?.declarator.id.type === 'Identifier' ? binding.declarator.init : undefined;
      return init ? inner(init) : undefined;
    }
    case 'MemberExpression': {
      const member = resolveMember(sourceCode, value);
      return member ? inner(member) : undefined;
    }
    default:
      return undefined;
  }
}

function isDate(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  return node.type === 'NewExpression' && isGlobal(sourceCode, node.callee, 'Date');
}

function staticNumber(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): number | undefined {
  const result = ASTUtils.staticValue(sourceCode, node);
  return result && typeof result.value === 'number' ? result.value : undefined;
}

export interface MillisecondClaim {
  /** The claim's value, where the report goes. */
  readonly node: TSESTree.Node;
  readonly api: string;
  readonly claim: string;
  /** `true` for the claim that sets the expiry: the token never expires. */
  readonly expiry: boolean;
  /** The edit that divides a bare clock read by 1000 (`Date.now()` → `Math.floor(Date.now() / 1000)`). */
  readonly fix?: TSESLint.ReportFixFunction;
  readonly code?: string;
}

/** The expression in seconds for a bare millisecond clock read. */
function inSeconds(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  return `Math.floor(${sourceCode.getText(node)} / 1000)`;
}

/**
 * Time claims set from a millisecond clock in any visible payload of a sign operation, and builder
 * calls that set the expiry from one (jose's `setExpirationTime(Date.now() + …)` takes seconds).
 */
export function millisecondClaims(file: JwtFile): MillisecondClaim[] {
  const { sourceCode } = file;
  const found: MillisecondClaim[] = [];
  const check = (api: string, claim: string, value: TSESTree.Node, expiryClaim: string | undefined): void => {
    const clock = clockOf(sourceCode, value);
    if (clock?.unit !== 'milliseconds') return;
    const written = unwrap(value);
    const base = { node: value, api, claim, expiry: claim === (expiryClaim ?? 'exp') };
    if (!clock.bare || written.type === 'Identifier' || written.type === 'MemberExpression') {
      found.push(base);
      return;
    }
    const code = inSeconds(sourceCode, written);
    found.push({ ...base, code, fix: (fixer) => fixer.replaceText(written, code) });
  };
  for (const payload of signedPayloads(file, { encrypted: true })) {
    const claims = new Set([...NUMERIC_DATE_CLAIMS, ...(payload.expiryClaim ? [payload.expiryClaim] : [])]);
    for (const entry of payloadEntries(sourceCode, payload.object)) {
      if (entry.parents.length === 0 && claims.has(entry.propertyName)) check(payload.api, entry.propertyName, entry.value, payload.expiryClaim);
    }
  }
  for (const builder of file.builders) {
    const { expiryMethod, expiryClaim, timeMethods } = builder.model;
    const methods = new Map(Object.entries(timeMethods ?? {}));
    if (expiryMethod && expiryClaim && !methods.has(expiryMethod)) methods.set(expiryMethod, expiryClaim);
    for (const { name, call } of builder.calls) {
      const claim = methods.get(name);
      const argument = call.arguments[0];
      if (claim && argument && argument.type !== 'SpreadElement') check(`${builder.model.api}.${name}()`, claim, argument, expiryClaim);
    }
  }
  return found.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

export type LifetimeUnitMistake =
  | {
      /**
       * A unit-less numeric string that the API reads as milliseconds and that looks like seconds
       * (`expiresIn: '3600'` = 3.6 s); `'86400000'` (a day, in milliseconds) is what it says.
       */
      readonly kind: 'unitless-string';
      readonly node: TSESTree.Node;
      readonly api: string;
      readonly option: string;
      /** The number as written, and the two explicit spellings a suggestion may write. */
      readonly amount: string;
      readonly fixes?: { readonly seconds: string; readonly milliseconds: string; readonly node: TSESTree.Node };
    }
  | {
      /** A number of seconds given to an option that counts milliseconds (`expiresIn: 3600` = 3.6 s). */
      readonly kind: 'seconds-as-milliseconds';
      readonly node: TSESTree.Node;
      readonly api: string;
      readonly option: string;
      readonly code?: string;
      readonly fix?: TSESLint.ReportFixFunction;
    };

function optionName(place: Place): string {
  return (place.path ?? []).filter((step) => step !== '()').join('.') || `argument ${place.arg + 1}`;
}

/**
 * Whether a static number of milliseconds was meant as seconds: as milliseconds it is not a whole
 * number of seconds (`3600`, `86400`, `900`), or it is a product of literals with no factor of 1000
 * (`60 * 60 * 5`). `30000` or `60 * 60 * 1000` read as milliseconds and stay silent.
 */
function looksLikeSeconds(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node | undefined, amount: number): boolean {
  if (!(amount > 0) || !Number.isFinite(amount)) return false;
  if (amount % 1000 !== 0) return true;
  if (!node) return false;
  const factors: number[] = [];
  const collect = (current: TSESTree.Node): boolean => {
    const value = unwrap(current);
    if (value.type === 'BinaryExpression' && value.operator === '*') {
      return collect(value.left) && collect(value.right);
    }
    if (value.type === 'Literal' && typeof value.value === 'number') {
      factors.push(value.value);
      return true;
    }
    return false;
  };
  const value = unwrap(node);
  return value.type === 'BinaryExpression' && collect(value) && factors.every((factor) => factor % 1000 !== 0);
}

function lifetimeMistake(file: JwtFile, site: CallSite): LifetimeUnitMistake | undefined {
  const { expiry, api } = site.model;
  if (!expiry?.option || expiry.libraryDefault) return undefined;
  const { sourceCode } = file;
  const lookup = lookupPlace(sourceCode, site.args, expiry.option);
  if (lookup.status !== 'present') return undefined;
  const node = lookup.value;
  const option = optionName(expiry.option);
  const written = unwrap(node);
  const result = ASTUtils.staticValue(sourceCode, written);
  if (
    typeof result?.value === 'string' &&
    expiry.unitlessString === 'milliseconds' &&
    isUnitlessNumber(result.value) &&
    looksLikeSeconds(sourceCode, undefined, Number(result.value))
  ) {
    const amount = result.value.trim();
    if (written.type !== 'Literal') return { kind: 'unitless-string', node, api, option, amount };
    const quote = sourceCode.getText(written)[0] ?? "'";
    return {
      kind: 'unitless-string',
      node,
      api,
      option,
      amount,
      fixes: { node: written, seconds: `${quote}${amount}s${quote}`, milliseconds: `${quote}${amount}ms${quote}` },
    };
  }
  if (typeof result?.value !== 'number' || expiry.unit !== 'milliseconds' || !looksLikeSeconds(sourceCode, written, result.value)) {
    return undefined;
  }
  if (written.type !== 'Literal' && !(written.type === 'BinaryExpression' && written.operator === '*')) {
    return { kind: 'seconds-as-milliseconds', node, api, option };
  }
  const code = `${sourceCode.getText(written)} * 1000`;
  return { kind: 'seconds-as-milliseconds', node, api, option, code, fix: (fixer) => fixer.replaceText(written, code) };
}

/** Lifetime options whose value is in the wrong unit for the API, at every call site. */
export function lifetimeUnitMistakes(file: JwtFile): LifetimeUnitMistake[] {
  return file.sites.flatMap((site) => lifetimeMistake(file, site) ?? []);
}

/**
 * The lifetime a call site sets, in seconds: `undefined` when it sets none or the value is not
 * static (built at runtime: "can't tell"). A claim set to "now in seconds plus N" counts as N.
 */
export interface Lifetime {
  readonly seconds: number;
  /** The value that sets it, where a report goes. */
  readonly node: TSESTree.Node;
  /**
   * The text that sets a shorter lifetime in place of `node` (`'30d'`, or `2592000` for an option
   * that takes only seconds), when `node` is a literal written for this call; otherwise undefined.
   */
  readonly rewrite?: (duration: string, seconds: number) => string;
}

export function lifetimeOf(file: JwtFile, site: CallSite): Lifetime | undefined {
  const { expiry, payload } = site.model;
  if (!expiry || expiry.libraryDefault) return undefined;
  const { sourceCode } = file;
  if (expiry.option) {
    const lookup = lookupPlace(sourceCode, site.args, expiry.option);
    if (lookup.status === 'unknown') return undefined;
    if (lookup.status === 'present') {
      const seconds = staticLifetime(sourceCode, lookup.value, expiry.secondsOnly ? 'seconds' : (expiry.unit ?? 'seconds'), expiry.unitlessString);
      if (seconds === undefined) return undefined;
      const written = unwrap(lookup.value);
      if (written.type !== 'Literal' || written !== lookup.value) return { seconds, node: lookup.value };
      const quote = sourceCode.getText(written).startsWith('"') ? '"' : "'";
      const rewrite = (duration: string, limit: number): string =>
        expiry.secondsOnly || typeof written.value === 'number'
          ? String(expiry.unit === 'milliseconds' && !expiry.secondsOnly ? limit * 1000 : limit)
          : `${quote}${duration}${quote}`;
      return { seconds, node: lookup.value, rewrite };
    }
  }
  const visible = payload && expiry.claim ? payloadOf(file, site) : undefined;
  const entry = visible ? payloadEntries(sourceCode, visible.object).find((e) => e.parents.length === 0 && e.propertyName === expiry.claim) : undefined;
  const seconds = entry ? offsetFromNow(sourceCode, entry.value) : undefined;
  return seconds === undefined || !entry ? undefined : { seconds, node: entry.value };
}

/** The lifetime a builder's expiry method sets (`.setExpirationTime('2h')`), in seconds. */
export function builderLifetimes(file: JwtFile): (Lifetime & { readonly api: string })[] {
  const found: (Lifetime & { api: string })[] = [];
  for (const builder of file.builders) {
    const { expiryMethod, api } = builder.model;
    for (const { name, call } of builder.calls) {
      const argument = call.arguments[0];
      if (name !== expiryMethod || !argument || argument.type === 'SpreadElement') continue;
      const result = ASTUtils.staticValue(file.sourceCode, unwrap(argument), argument);
      // A number is an absolute NumericDate for builders: only "now plus N" says how long.
      const seconds = typeof result?.value === 'string' ? durationSeconds(result.value) : offsetFromNow(file.sourceCode, argument);
      const final = builder.calls.find((c) => builder.model.finalMethods.includes(c.name));
      if (seconds === undefined) continue;
      const written = unwrap(argument);
      const quote = file.sourceCode.getText(written).startsWith('"') ? '"' : "'";
      const rewrite = written === argument && written.type === 'Literal' && typeof written.value === 'string' ? (duration: string): string => `${quote}${duration}${quote}` : undefined;
      found.push({ seconds, node: argument, api: `${api}.${final?.name ?? name}()`, ...(rewrite ? { rewrite } : {}) });
    }
  }
  return found;
}

function staticLifetime(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  unit: 'seconds' | 'milliseconds',
  unitless: 'seconds' | 'milliseconds' | undefined,
): number | undefined {
  const value = unwrap(node);
  const result = ASTUtils.staticValue(sourceCode, value);
  if (typeof result?.value === 'number') return unit === 'seconds' ? result.value : result.value / 1000;
  if (typeof result?.value === 'string') return durationSeconds(result.value, unitless);
  return undefined;
}

/** `Math.floor(Date.now() / 1000) + 3600` → 3600: a seconds clock plus a static offset. */
function offsetFromNow(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): number | undefined {
  let value = unwrap(node);
  if (value.type === 'Identifier') {
    const init = findBinding(sourceCode, value)?.declarator.init;
    if (init) value = unwrap(init);
  }
  if (value.type !== 'BinaryExpression' || value.operator !== '+') return undefined;
  for (const [clockSide, offsetSide] of [
    [value.left, value.right],
    [value.right, value.left],
  ] as const) {
    if (clockOf(sourceCode, clockSide)?.unit === 'seconds' && !clockOf(sourceCode, offsetSide)) {
      const offset = staticNumber(sourceCode, offsetSide);
      if (offset !== undefined) return offset;
    }
  }
  return undefined;
}
