/**
 * What an algorithm allow-list holds: the algorithm names the engine can resolve (literals,
 * constants, `as const` arrays, config objects), entries taken from the token itself
 * (`decoded.header.alg`), and entries it cannot tell (built at runtime). Also the signing
 * algorithms a file chooses and the keys a call verifies with, for the policies over them.
 */
import { memoize } from './memo.js';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import type { AllowListPlace, Place } from '../libraries/index.js';
import { spend, withinBudget } from './budget.js';
import type { CallSite, JwtFile } from './file.js';
import { findBinding, isMutated, lookupProperty, patternPath, resolveObject } from './objects.js';
import { lookupPlace } from './options.js';
import { lookupAllowList } from './questions.js';
import { skipPassThrough, unwrap } from './syntax.js';
import { classifyKey, type KeyValue } from './values.js';

const MAX_DEPTH = 8;

export interface AllowListEntry {
  /** The expression that gives this entry (an element, or the whole list when it is one constant). */
  readonly node: TSESTree.Node;
  /** The algorithm name, when the engine can resolve it. */
  readonly algorithmName?: string;
  /** The value comes from the token being verified: its own header picks the algorithm. */
  readonly fromToken?: boolean;
}

export interface AllowListValue {
  readonly site: CallSite;
  readonly place: AllowListPlace;
  /** The option as users write it: `algorithms`, `verifyOptions.algorithms`, `alg`, `argument 2`. */
  readonly option: string;
  /** The value at the place. */
  readonly node: TSESTree.Node;
  /** It lists JWS (signature) algorithms, not JWE ones. */
  readonly signing: boolean;
  /** The place takes one algorithm, not a list. */
  readonly single: boolean;
  readonly entries: readonly AllowListEntry[];
  /** `true` when every entry is known (an algorithm name or a value from the token). */
  readonly complete: boolean;
  /** The array literal whose elements are the entries, written at the place itself (an edit may rewrite it). */
  readonly literal?: TSESTree.ArrayExpression;
}

function placeName(place: Place & { inObject?: string }): string {
  const path = [...(place.path ?? []), ...(place.inObject ? [place.inObject] : [])].filter((step) => step !== '()');
  return path.length > 0 ? path.join('.') : `argument ${place.arg + 1}`;
}

/** `decode(token)` (or `await`ed), directly or through a const: the result of a decode that verifies nothing. */
function isUnverifiedResult(file: JwtFile, node: TSESTree.Node, depth: number): boolean {
  if (depth > MAX_DEPTH || !spend()) return false;
  let value = unwrap(node);
  if (value.type === 'AwaitExpression') value = unwrap(value.argument);
  if (value.type === 'CallExpression') return file.sites.some((site) => site.node === value && site.model.unverified === true);
  if (value.type !== 'Identifier') return false;
  // `const decoded = decode(t)`, and any part of it: `const { header } = decode(t, { complete: true })`.
  const init = findBinding(file.sourceCode, value)?.declarator.init;
  return init ? isUnverifiedResult(file, init, depth + 1) : false;
}

/** A header: `x.header` (any object's `header` member), a `header` destructured, or what an unverified decode returns. */
function isTokenHeader(file: JwtFile, node: TSESTree.Node, depth: number): boolean {
  const value = unwrap(node);
  if (value.type === 'MemberExpression' && ASTUtils.getPropertyName(value) === 'header') return true;
  if (value.type === 'Identifier') {
    const declarator = findBinding(file.sourceCode, value)?.declarator;
    if (declarator?.init && patternPath(declarator.id, value.name)?.at(-1)?.key === 'header') return true;
  }
  return isUnverifiedResult(file, value, depth + 1);
}

/**
 * An algorithm taken from the token: an `alg` read from `something.header` or from what an
 * unverified decode returns (`decoded.header.alg`, `decodeProtectedHeader(t).alg`), directly, through a
 * const (`const alg = header.alg`), through destructuring (`const { header: { alg } } = decoded`), or
 * as one branch of `||`, `??` or `?:`.
 */
function isTakenFromToken(file: JwtFile, node: TSESTree.Node, depth = 0): boolean {
  return withinBudget(() => isTakenFromTokenAt(file, node, depth));
}

function isTakenFromTokenAt(file: JwtFile, node: TSESTree.Node, depth: number): boolean {
  if (depth > MAX_DEPTH || !spend()) return false;
  const value = unwrap(node);
  // `header.alg || 'HS256'`, `ok ? header.alg : 'RS256'`: whenever that branch is taken, the token chooses.
  if (value.type === 'LogicalExpression') return isTakenFromToken(file, value.left, depth + 1) || isTakenFromToken(file, value.right, depth + 1);
  if (value.type === 'ConditionalExpression') {
    return isTakenFromToken(file, value.consequent, depth + 1) || isTakenFromToken(file, value.alternate, depth + 1);
  }
  if (value.type === 'MemberExpression') {
    return ASTUtils.getPropertyName(value) === 'alg' && isTokenHeader(file, value.object, depth + 1);
  }
  if (value.type !== 'Identifier') return false;
  const binding = findBinding(file.sourceCode, value);
  const { declarator } = binding ?? {};
  if (!declarator?.init) return false;
  if (declarator.id.type === 'Identifier') return isTakenFromToken(file, declarator.init, depth + 1);
  const path = patternPath(declarator.id, value.name);
  if (!path || path.at(-1)?.key !== 'alg') return false;
  if (path.length >= 2 && path.at(-2)?.key === 'header') return true;
  return path.length === 1 ? isTokenHeader(file, declarator.init, depth + 1) : isUnverifiedResult(file, declarator.init, depth + 1);
}

/** Array methods that change the array they are called on. */
const ARRAY_WRITERS = new Set(['push', 'unshift', 'splice', 'fill', 'copyWithin', 'pop', 'shift', 'reverse', 'sort']);

/** Code may change what a variable holds: a write to it or to one of its elements, or `list.push(…)`. */
function mayChange(variable: TSESLint.Scope.Variable): boolean {
  if (isMutated(variable)) return true;
  return variable.references.some((reference) => {
    const parent = skipPassThrough(reference.identifier).parent;
    return parent?.type === 'MemberExpression' && parent.object === skipPassThrough(reference.identifier) && ARRAY_WRITERS.has(ASTUtils.getPropertyName(parent) ?? '');
  });
}

/** A binding whose value code may change (`ALGORITHMS.push(…)`): its value is built at runtime. */
function isChangedBinding(file: JwtFile, node: TSESTree.Node): boolean {
  const value = unwrap(node);
  if (value.type !== 'Identifier') return false;
  const variable = ASTUtils.findVariable(file.sourceCode.getScope(value), value);
  return variable !== null && mayChange(variable);
}

/**
 * A constant's value: what `getStaticValue` computes, also through TS wrappers, `as const` arrays,
 * const bindings no code changes, and arrays that spread such constants.
 */
function staticValue(file: JwtFile, node: TSESTree.Node, depth = 0): unknown {
  return withinBudget(() => staticValueAt(file, node, depth));
}

function staticValueAt(file: JwtFile, node: TSESTree.Node, depth: number): unknown {
  if (isChangedBinding(file, node)) return undefined;
  const evaluated = ASTUtils.staticValue(file.sourceCode, node);
  if (evaluated) return evaluated.value;
  if (depth > MAX_DEPTH || !spend()) return undefined;
  const value = unwrap(node);
  if (value !== node) return staticValue(file, value, depth + 1);
  if (value.type === 'Identifier') {
    const binding = findBinding(file.sourceCode, value);
    const init = binding?.declarator.id.type === 'Identifier' ? binding.declarator.init : undefined;
    return init ? staticValue(file, init, depth + 1) : undefined;
  }
  if (value.type !== 'ArrayExpression') return undefined;
  const items: unknown[] = [];
  for (const element of value.elements) {
    if (!element) return undefined;
    const item = staticValue(file, element.type === 'SpreadElement' ? element.argument : element, depth + 1);
    if (element.type !== 'SpreadElement') items.push(item);
    else if (Array.isArray(item)) items.push(...(item as unknown[]));
    else return undefined;
    if (item === undefined) return undefined;
  }
  return items;
}

function entryOf(file: JwtFile, node: TSESTree.Node): AllowListEntry | undefined {
  const value = staticValue(file, node);
  if (typeof value === 'string') return { node, algorithmName: value };
  return isTakenFromToken(file, node) ? { node, fromToken: true } : undefined;
}

/** The array literal a list is written as: inline, or a const's (unchanged) initializer. */
function arrayLiteral(file: JwtFile, node: TSESTree.Node, depth = 0): TSESTree.ArrayExpression | undefined {
  const value = unwrap(node);
  if (value.type === 'ArrayExpression') return value;
  if (value.type !== 'Identifier' || depth > MAX_DEPTH) return undefined;
  const binding = findBinding(file.sourceCode, value);
  if (!binding?.declarator.init || binding.declarator.id.type !== 'Identifier' || mayChange(binding.variable)) return undefined;
  return arrayLiteral(file, binding.declarator.init, depth + 1);
}

function listValue(file: JwtFile, site: CallSite, place: AllowListPlace, node: TSESTree.Node): AllowListValue {
  const base = { site, place, option: placeName(place), node, signing: place.algorithms === 'jws', single: place.single === true };
  if (place.single) {
    const entry = entryOf(file, node);
    return { ...base, entries: entry ? [entry] : [], complete: entry !== undefined };
  }
  const whole = staticValue(file, node);
  if (Array.isArray(whole) && whole.every((item) => typeof item === 'string')) {
    // Written inline element by element: each entry is its element (so a report or an edit can point at it).
    const written = unwrap(node);
    const literal =
      written.type === 'ArrayExpression' && written.elements.every((element) => element && element.type !== 'SpreadElement') ? written : undefined;
    const entries = literal
      ? literal.elements.map((element, index) => ({ node: element!, algorithmName: whole[index] as string }))
      : whole.map((algorithmName: string) => ({ node, algorithmName }));
    return { ...base, entries, complete: true, ...(literal ? { literal } : {}) };
  }
  const array = arrayLiteral(file, node);
  // `algorithms: header.alg` (not even a list): still the token's choice.
  if (!array) return isTakenFromToken(file, node) ? { ...base, entries: [{ node, fromToken: true }], complete: true } : { ...base, entries: [], complete: false };
  const entries: AllowListEntry[] = [];
  let complete = true;
  for (const element of array.elements) {
    if (!element) continue;
    if (element.type === 'SpreadElement') {
      const spread = staticValue(file, element.argument);
      if (Array.isArray(spread) && spread.every((item) => typeof item === 'string')) {
        entries.push(...spread.map((algorithmName: string) => ({ node: element, algorithmName })));
      } else complete = false;
      continue;
    }
    const entry = entryOf(file, element);
    if (entry) entries.push(entry);
    else complete = false;
  }
  const inline = array === unwrap(node) && array.elements.every((element) => element && element.type !== 'SpreadElement');
  return { ...base, entries, complete, ...(inline ? { literal: array } : {}) };
}

/** Every allow-list written at a call site of the file, with what the engine can tell of its entries. */
export const allowListValues: (file: JwtFile) => readonly AllowListValue[] = memoize((file: JwtFile) => {
  const lists: AllowListValue[] = [];
  for (const site of file.sites) {
    for (const place of site.model.allowList?.lists ?? []) {
      const lookup = lookupAllowList(file, site, place);
      if (lookup.status === 'present') lists.push(listValue(file, site, place, lookup.value));
    }
  }
  return lists;
});

/** Which kind of key a JWS algorithm needs: a shared secret, a key pair, or none at all. */
export function jwsAlgorithmKind(algorithm: string): 'hmac' | 'asymmetric' | 'none' | undefined {
  if (/^HS\d+$/u.test(algorithm)) return 'hmac';
  if (/^(?:[RPE]S\d+K?|EdDSA|Ed25519|Ed448)$/u.test(algorithm)) return 'asymmetric';
  return algorithm.toLowerCase() === 'none' ? 'none' : undefined;
}

/** The keys a call verifies with (every slot that holds one), classified. */
export function verificationKeys(file: JwtFile, site: CallSite): KeyValue[] {
  const keys: KeyValue[] = [];
  for (const place of site.model.keys ?? []) {
    if (place.role === 'sign') continue;
    const lookup = lookupPlace(file.sourceCode, site.args, place);
    if (lookup.status !== 'present') continue;
    // `{ key, passphrase }` and `{ public }` object forms: the member that verifies is the key.
    const object = place.objectForm ? resolveObject(file.sourceCode, lookup.value) : undefined;
    if (object && place.objectForm) {
      for (const [member, form] of Object.entries(place.objectForm)) {
        if (form.role === 'sign') continue;
        const value = lookupProperty(file.sourceCode, object, member).value;
        if (value) keys.push(classifyKey(file, value));
      }
      continue;
    }
    keys.push(classifyKey(file, lookup.value));
  }
  return keys;
}

/**
 * A key that is visibly not a shared secret: a public key or certificate (a PEM, `importSPKI`,
 * `importX509`, `createPublicKey`, a JWKS key set), a hardcoded private key, or a key made for an
 * RSA/EC algorithm. A function in a key slot is not enough: a lookup by `kid` may return secrets.
 */
export function isVisiblyAsymmetric(key: KeyValue): boolean {
  switch (key.kind) {
    case 'public-key':
      return true;
    case 'hardcoded':
      return key.secretKind === 'private-key';
    case 'dynamic':
      return key.family === 'rsa' || key.family === 'ec';
    default:
      return false;
  }
}

/** The algorithm a key was made for (`importSPKI(pem, 'RS256')`), when the engine knows it. */
export function keyAlgorithm(key: KeyValue): string | undefined {
  return key.kind === 'unknown' ? undefined : key.algorithm;
}

/** A key the engine knows to be a shared secret (a literal string, a symmetric key maker's result). */
export function isKnownSecret(key: KeyValue): boolean {
  return (key.kind === 'hardcoded' || key.kind === 'dynamic') && key.family === 'hmac';
}

export interface SigningAlgorithm {
  /** The expression that names the algorithm. */
  readonly node: TSESTree.Node;
  readonly api: string;
  readonly algorithmName: string;
}

/** Every signing algorithm the file chooses statically: a sign call's `algorithm`, a builder's header `alg`. */
export function signingAlgorithms(file: JwtFile): SigningAlgorithm[] {
  const { sourceCode } = file;
  const found: SigningAlgorithm[] = [];
  for (const site of file.sites) {
    if (!site.model.signingAlgorithm) continue;
    const lookup = lookupPlace(sourceCode, site.args, site.model.signingAlgorithm);
    if (lookup.status !== 'present') continue;
    const algorithm = staticValue(file, lookup.value);
    if (typeof algorithm === 'string') found.push({ node: lookup.value, api: site.model.api, algorithmName: algorithm });
  }
  for (const builder of file.builders) {
    for (const { name, call } of builder.calls) {
      if (!builder.model.headerMethods.includes(name) || !call.arguments[0]) continue;
      const lookup = lookupPlace(sourceCode, call.arguments, { arg: 0, path: ['alg'] });
      if (lookup.status !== 'present') continue;
      const algorithm = staticValue(file, lookup.value);
      if (typeof algorithm === 'string') found.push({ node: lookup.value, api: `${builder.model.api}.${name}()`, algorithmName: algorithm });
    }
  }
  return found.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** Calls that make or accept unsecured (`alg: 'none'`) tokens by design. */
export function unsecuredSites(file: JwtFile): CallSite[] {
  return file.sites.filter((site) => site.model.unsecured === true);
}

export interface FalsyKey {
  /** The `null`, `undefined`, `''` or `false` (or the name of a constant holding it). */
  readonly node: TSESTree.Node;
  readonly api: string;
}

/**
 * Verify calls whose key is explicitly `null`, `undefined`, `''` or `false` and that have no other
 * key: jsonwebtoken ≤ 8.5.1 then accepted unsigned tokens (CVE-2022-23540).
 */
export function falsyVerificationKeys(file: JwtFile): FalsyKey[] {
  const { sourceCode } = file;
  const found: FalsyKey[] = [];
  for (const site of file.sites) {
    if (site.model.operation !== 'verify' && site.model.operation !== 'decrypt') continue;
    const places = (site.model.keys ?? []).filter((place) => place.role !== 'sign');
    let falsy: TSESTree.Node | undefined;
    let other = false;
    for (const place of places) {
      const lookup = lookupPlace(sourceCode, site.args, place);
      if (lookup.status === 'absent') {
        // The key itself is `null`/`undefined` (not an options object or a parent of the key).
        const itself = (place.path ?? []).length === 0 ? lookup.missing.length === 0 : lookup.missing.length === 1 && lookup.nothing?.parent?.type === 'Property';
        if (lookup.nothing && itself) falsy ??= lookup.nothing;
      } else if (lookup.status === 'present') {
        const evaluated = ASTUtils.staticValue(sourceCode, lookup.value);
        const value: unknown = evaluated?.value;
        if (evaluated && (value === null || value === undefined || value === '' || value === false)) falsy ??= lookup.value;
        else other = true;
      } else if (lookup.status === 'unknown') other = true;
    }
    if (falsy && !other) found.push({ node: falsy, api: site.model.api });
  }
  return found;
}
