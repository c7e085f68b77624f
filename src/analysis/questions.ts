/**
 * The questions rules ask of a file's call sites, answered from the library models: which values
 * reach a key slot, is an expiry set, is there an algorithm allow-list, and the edits that set one.
 * Rules never look at the models' places themselves.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { AllowListPlace, KeyPlace, Place } from '../libraries/index.js';
import { suggestAlgorithms } from './algorithms.js';
import { durationSeconds } from './durations.js';
import { insertBeforeMember, setPlacesFix, stringLiteral, type NewValue } from './edits.js';
import type { CallSite, JwtFile } from './file.js';
import { lookupProperty, resolveObject } from './objects.js';
import { lookupPlace, payloadShape, type PlaceLookup } from './options.js';
import { isFunctionNode, unwrap } from './syntax.js';

type Absent = Extract<PlaceLookup, { status: 'absent' }>;

/** A place as users write it: `signOptions.expiresIn`, `algorithms`, or `argument 3`. */
function placeName(place: Place): string {
  const path = (place.path ?? []).filter((step) => step !== '()');
  return path.length > 0 ? path.join('.') : `argument ${place.arg + 1}`;
}

export interface KeySlot {
  /** The expression that gives the key. */
  readonly node: TSESTree.Node;
  /** The API, for messages: `jsonwebtoken.sign()`, `jose SignJWT.sign()`. */
  readonly api: string;
  readonly role: KeyPlace['role'];
  readonly expects: KeyPlace['expects'];
  /** Properties of an object form that hold the key (`{ key, passphrase }` → `['key']`). */
  readonly members: readonly string[];
}

/** Every expression that reaches a key slot of a modelled API, once each, in source order. */
export function keySlots(file: JwtFile): KeySlot[] {
  const slots = new Map<TSESTree.Node, KeySlot>();
  const add = (slot: KeySlot): void => {
    if (!slots.has(slot.node)) slots.set(slot.node, slot);
  };
  for (const site of file.sites) {
    for (const place of site.model.keys ?? []) {
      const lookup = lookupPlace(file.sourceCode, site.args, place);
      if (lookup.status !== 'present') continue;
      const members = Object.keys(place.objectForm ?? {});
      const base = { api: site.model.api, role: place.role, expects: place.expects, members };
      const value = lookup.value;
      if (place.array && value.type === 'ArrayExpression') {
        for (const element of value.elements) if (element && element.type !== 'SpreadElement') add({ ...base, node: element });
      } else add({ ...base, node: value });
    }
  }
  for (const builder of file.builders) {
    for (const { name, call } of builder.calls) {
      const index = Object.hasOwn(builder.model.keyMethods, name) ? builder.model.keyMethods[name] : undefined;
      const lookup = index === undefined ? undefined : lookupPlace(file.sourceCode, call.arguments, { arg: index });
      if (lookup?.status === 'present') {
        add({ node: lookup.value, api: `${builder.model.api}.${name}()`, role: 'sign', expects: 'any', members: [] });
      }
    }
  }
  return [...slots.values()].sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** The key a call site verifies with, for choosing algorithms. */
function verificationKey(file: JwtFile, site: CallSite): TSESTree.Node | undefined {
  for (const place of site.model.keys ?? []) {
    if (place.role === 'sign') continue;
    const lookup = lookupPlace(file.sourceCode, site.args, place);
    if (lookup.status === 'present') return lookup.value;
  }
  return undefined;
}

/**
 * Whether a configuration holds a key for `role` (a key lookup function does not count: it fetches
 * public keys to verify with). Other operations do what they are.
 */
function holdsKeyFor(file: JwtFile, site: CallSite, role: 'sign' | 'verify'): boolean {
  if (site.model.operation !== 'configure') return true;
  return (site.model.keys ?? []).some((place) => {
    if (place.role !== role && place.role !== 'both') return false;
    const lookup = lookupPlace(file.sourceCode, site.args, place);
    if (lookup.status !== 'present' || (role === 'sign' && isFunctionNode(unwrap(lookup.value)))) return false;
    // `secret: { public }` only verifies: an object form holds a key for the role only if one of its members does.
    const object = place.objectForm ? resolveObject(file.sourceCode, lookup.value) : undefined;
    if (!object || !place.objectForm) return true;
    return Object.entries(place.objectForm).some(
      ([member, form]) => (form.role === role || form.role === 'both') && lookupProperty(file.sourceCode, object, member).value !== undefined,
    );
  });
}

export type ExpiryAnswer =
  | { readonly status: 'set' | 'unknown' | 'library-default' | 'not-applicable' }
  | {
      readonly status: 'missing';
      /** What sets it, for the message: `the expiresIn option`, `an exp claim`. */
      readonly remedy: string;
      /** The payload is not visible: the option only works with an object payload. */
      readonly opaquePayload: boolean;
      /** The option as code, e.g. `expiresIn: '1h'`, and the edit that adds it (if one is safe). */
      readonly code?: string;
      readonly fix?: TSESLint.ReportFixFunction;
    };

/** A lifetime written as a string literal (`'1h'`) as a number of seconds (`3600`). */
function secondsCode(lifetime: string): string | undefined {
  const text = /^(['"`])(.*)\1$/su.exec(lifetime)?.[2];
  const seconds = text === undefined ? undefined : durationSeconds(text, 'seconds');
  return seconds === undefined ? undefined : String(Math.round(seconds));
}

/** Is an expiry set at this site? `lifetime` is the source text of the lifetime a fix would set. */
export function expiryOf(file: JwtFile, site: CallSite, lifetime: string, typescript: boolean): ExpiryAnswer {
  const { expiry, payload: payloadPlace, inheritsConfiguration } = site.model;
  if (!expiry) return { status: 'not-applicable' };
  if (expiry.libraryDefault) return { status: 'library-default' };
  if (!holdsKeyFor(file, site, 'sign')) return { status: 'not-applicable' };
  const { sourceCode } = file;
  const option = expiry.option ? lookupPlace(sourceCode, site.args, expiry.option) : undefined;
  if (option?.status === 'present') return { status: 'set' };
  if (option?.status === 'unknown') return { status: 'unknown' };
  let shape: ReturnType<typeof payloadShape> | undefined;
  if (payloadPlace) {
    const payload = lookupPlace(sourceCode, site.args, payloadPlace);
    if (payload.status === 'unknown') return { status: 'unknown' };
    const isBytes = (value: TSESTree.Node): boolean => file.keyMakers.get(value)?.bytes === true;
    shape = payloadShape(sourceCode, payload.status === 'present' ? payload.value : undefined, expiry.claim ?? 'exp', isBytes);
    if (shape === 'has-claim' || shape === 'unknown' || shape === 'string') return { status: shape === 'has-claim' ? 'set' : 'unknown' };
  }
  if (inheritsConfiguration) return { status: 'unknown' };
  if (!option) {
    // Only a claim sets it: judge only a payload we can see.
    return shape === 'lacks-claim' && expiry.claim
      ? { status: 'missing', remedy: `an ${expiry.claim} claim in the payload`, opaquePayload: false }
      : { status: 'unknown' };
  }
  const place = expiry.option!;
  const name = placeName(place);
  const remedy = `the ${name} option`;
  // `ttlSec` takes a number of seconds: `'1h'` there would make `exp` the string "1h1700000000".
  const value = expiry.secondsOnly ? secondsCode(lifetime) : lifetime;
  if (value === undefined) return { status: 'missing', remedy, opaquePayload: shape === 'opaque' };
  const code = `${place.path?.at(-1) ?? name}: ${value}`;
  const fix = setPlacesFix(sourceCode, site, [{ place, lookup: option, value }], typescript);
  return { status: 'missing', remedy, opaquePayload: shape === 'opaque', code, ...(fix ? { fix } : {}) };
}

export interface UnexpiredBuilderCall {
  /** The final call (`.sign(key)`), where the report goes. */
  readonly node: TSESTree.CallExpression;
  readonly api: string;
  readonly remedy: string;
  /** The call that sets the expiry, e.g. `.setExpirationTime('1h')`, and the edit that inserts it. */
  readonly code: string;
  readonly fix: TSESLint.ReportFixFunction;
}

/** Builder chains that produce a token with no expiry (`new SignJWT(p).sign(key)`). */
export function unexpiredBuilderCalls(file: JwtFile, lifetime: string): UnexpiredBuilderCall[] {
  const found: UnexpiredBuilderCall[] = [];
  const { sourceCode } = file;
  for (const builder of file.builders) {
    const { model, calls, construct } = builder;
    const { expiryMethod, expiryClaim } = model;
    if (!expiryMethod || !expiryClaim || builder.escapes || calls.some((call) => call.name === expiryMethod)) continue;
    const payload = model.payload === undefined ? undefined : lookupPlace(sourceCode, construct.arguments, { arg: model.payload });
    if (payload?.status === 'unknown') continue;
    const shape = payloadShape(sourceCode, payload?.status === 'present' ? payload.value : undefined, expiryClaim, () => false);
    if (shape !== 'lacks-claim' && shape !== 'opaque') continue;
    const code = `.${expiryMethod}(${lifetime})`;
    for (const { name, call } of calls) {
      const callee = unwrap(call.callee);
      if (!model.finalMethods.includes(name) || callee.type !== 'MemberExpression') continue;
      found.push({
        node: call,
        api: `${model.api}.${name}()`,
        remedy: `an expiry with ${expiryMethod}()`,
        code,
        fix: (fixer) => insertBeforeMember(fixer, sourceCode, callee, code),
      });
    }
  }
  return found;
}

export type AllowListAnswer =
  | { readonly status: 'set' | 'unknown' | 'not-applicable' }
  | {
      readonly status: 'missing';
      /** The missing options, for the message: `algorithms`, `verifyOptions.algorithms`. */
      readonly names: string;
      /** The library refuses to start without it. */
      readonly required: boolean;
      /** The algorithms a fix would allow, and the edit (if one is safe). */
      readonly list: string;
      /** Neither the key nor the file says which kind of key verifies here: no list is suggested. */
      readonly keyUnknown: boolean;
      readonly fix?: TSESLint.ReportFixFunction;
    };

/** A list, or a single algorithm that may also sit in an options object (`verify(t, k, { alg })`). */
export function lookupAllowList(file: JwtFile, site: CallSite, place: AllowListPlace): PlaceLookup {
  const lookup = lookupPlace(file.sourceCode, site.args, place);
  if (lookup.status !== 'present' || !place.inObject) return lookup;
  const object = resolveObject(file.sourceCode, lookup.value);
  if (!object) return unwrap(lookup.value).type === 'ObjectExpression' ? { status: 'unknown' } : lookup;
  return lookupPlace(file.sourceCode, [lookup.value], { arg: 0, path: [place.inObject] });
}

/** Does this site pin the algorithms it accepts? */
export function allowListOf(file: JwtFile, site: CallSite, typescript: boolean): AllowListAnswer {
  const { allowList, inheritsConfiguration } = site.model;
  if (!allowList || !holdsKeyFor(file, site, 'verify')) return { status: 'not-applicable' };
  const { sourceCode } = file;
  const lookups = allowList.lists.map((place) => ({ place, lookup: lookupAllowList(file, site, place) }));
  if (lookups.some(({ lookup }) => lookup.status === 'unknown')) return { status: 'unknown' };
  const missing = lookups.filter((entry): entry is { place: AllowListPlace; lookup: Absent } => entry.lookup.status === 'absent');
  if (missing.length === 0) return { status: 'set' };
  if (inheritsConfiguration) return { status: 'unknown' };
  const key = verificationKey(file, site);
  const suggested = missing.map(({ place, lookup }) => ({ place, lookup, algorithms: suggestAlgorithms(file, key, place.algorithms) }));
  // Nothing says whether the key is a secret or a public key: say so, and suggest no list.
  const keyUnknown = suggested.some(({ algorithms }) => algorithms.length === 0);
  const values: NewValue[] = suggested.map(({ place, lookup, algorithms }) => {
    const quoted = algorithms.map((algorithm) => stringLiteral(sourceCode, algorithm));
    return { place, lookup, value: place.single ? quoted[0]! : `[${quoted.join(', ')}]` };
  });
  const list = suggested.flatMap(({ place, algorithms }) => (place.single ? algorithms.slice(0, 1) : algorithms));
  const fix = keyUnknown ? undefined : setPlacesFix(sourceCode, site, values, typescript);
  return {
    status: 'missing',
    names: missing.map(({ place }) => placeName(place)).join(' and '),
    required: allowList.required === true,
    list: list.join(', '),
    keyUnknown,
    ...(fix ? { fix } : {}),
  };
}
