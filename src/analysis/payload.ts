/**
 * What a signed token carries: the claims of every payload the file signs, as far as the engine can
 * see them (object literals, consts, config objects and spreads of those). A payload built at
 * runtime has no visible claims: rules stay silent about it.
 */
import { memoize } from './memo.js';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import type { CallSite, JwtFile } from './file.js';
import { resolveObject } from './objects.js';
import { lookupPlace } from './options.js';
import { unwrap } from './syntax.js';

export interface SignedPayload {
  /** The API, for messages: `jsonwebtoken.sign()`, `jose SignJWT.sign()`. */
  readonly api: string;
  /** The object literal that defines the claims. */
  readonly object: TSESTree.ObjectExpression;
  /** `true` when the literal is written at the call itself (not a const or config object). */
  readonly inline: boolean;
  /** The claim that sets the expiry for this API (`exp`), if any. */
  readonly expiryClaim?: string;
}

/**
 * Every visible payload of an operation that signs (an encrypted payload is not readable, so
 * `encrypt` operations are left out), once per object literal, in source order.
 */
export function signedPayloads(file: JwtFile, options: { readonly encrypted?: boolean } = {}): readonly SignedPayload[] {
  return options.encrypted ? allSignedPayloads(file, true) : readablePayloads(file, false);
}

const readablePayloads = memoize(findSignedPayloads);
const allSignedPayloads = memoize(findSignedPayloads);

function findSignedPayloads(file: JwtFile, encrypted: boolean): SignedPayload[] {
  const options = { encrypted };
  const { sourceCode } = file;
  const found = new Map<TSESTree.ObjectExpression, SignedPayload>();
  const add = (payload: SignedPayload | undefined): void => {
    if (payload && !found.has(payload.object)) found.set(payload.object, payload);
  };
  for (const site of file.sites) {
    if (site.model.operation !== 'encrypt' || options.encrypted) add(payloadOf(file, site));
  }
  for (const builder of file.builders) {
    const { model, construct } = builder;
    if (model.payload === undefined || (model.operation === 'encrypt' && !options.encrypted)) continue;
    const lookup = lookupPlace(sourceCode, construct.arguments, { arg: model.payload });
    const final = builder.calls.find((call) => model.finalMethods.includes(call.name));
    const api = `${model.api}.${final?.name ?? model.finalMethods[0] ?? 'sign'}()`;
    if (lookup.status === 'present') add(visiblePayload(sourceCode, api, lookup.value, model.expiryClaim));
  }
  return [...found.values()].sort((a, b) => a.object.range[0] - b.object.range[0]);
}

/** The visible payload of one call site, if the operation has one and the engine can see it. */
export function payloadOf(file: JwtFile, site: CallSite): SignedPayload | undefined {
  const { payload, expiry, api } = site.model;
  if (!payload) return undefined;
  const lookup = lookupPlace(file.sourceCode, site.args, payload);
  return lookup.status === 'present' ? visiblePayload(file.sourceCode, api, lookup.value, expiry?.claim) : undefined;
}

function visiblePayload(
  sourceCode: Readonly<TSESLint.SourceCode>,
  api: string,
  node: TSESTree.Node,
  expiryClaim: string | undefined,
): SignedPayload | undefined {
  const object = resolveObject(sourceCode, node);
  return object ? { api, object, inline: unwrap(node) === object, ...(expiryClaim ? { expiryClaim } : {}) } : undefined;
}

/**
 * Property names that hold secrets or personal data, compared without case, `_` or `-`
 * (`password_hash` matches `passwordHash`). Whole names only: `passwordChangedAt` and `hasPassword` are fine.
 */
export const DEFAULT_SENSITIVE_KEYS: readonly string[] = [
  'password',
  'passwd',
  'pwd',
  'passwordHash',
  'hashedPassword',
  'passwordDigest',
  'encryptedPassword',
  'salt',
  'passwordSalt',
  'pin',
  'cardNumber',
  'creditCard',
  'creditCardNumber',
  'ccNumber',
  'cvv',
  'cvc',
  'cvv2',
  'securityCode',
  'ssn',
  'socialSecurityNumber',
  'apiKey',
  'apiSecret',
  'clientSecret',
  'secret',
  'secretKey',
  'privateKey',
  'refreshToken',
  'refreshTokenSecret',
  'otpSecret',
  'totpSecret',
  'mfaSecret',
  'recoveryCodes',
];

export interface PayloadEntry {
  /** The property name as written (`password_hash`). */
  readonly propertyName: string;
  /** Names of the objects it is nested in, outermost first (`['user']` for `{ user: { ssn } }`). */
  readonly parents: readonly string[];
  readonly property: TSESTree.Property;
  /** The property's key as written, where a report about the name goes. */
  readonly name: TSESTree.Node;
  readonly value: TSESTree.Node;
}

const MAX_NESTING = 4;

/**
 * The properties of a payload literal, with those of spreads and nested objects the engine can
 * resolve; computed keys it cannot name are left out.
 */
export function payloadEntries(sourceCode: Readonly<TSESLint.SourceCode>, object: TSESTree.ObjectExpression): readonly PayloadEntry[] {
  return entriesOf(object, sourceCode);
}

const entriesOf = memoize((object: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): PayloadEntry[] => {
  const entries: PayloadEntry[] = [];
  const seen = new Set<TSESTree.ObjectExpression>();
  const visit = (current: TSESTree.ObjectExpression, parents: readonly string[]): void => {
    if (seen.has(current) || parents.length > MAX_NESTING) return;
    seen.add(current);
    for (const element of current.properties) {
      if (element.type === 'SpreadElement') {
        const spread = resolveObject(sourceCode, element.argument);
        if (spread) visit(spread, parents);
        continue;
      }
      const key = ASTUtils.propertyName(sourceCode, element);
      if (key === null || element.kind !== 'init') continue;
      entries.push({ propertyName: key, parents, property: element, name: element.key, value: element.value });
      const nested = element.value.type === 'AssignmentPattern' ? undefined : resolveObject(sourceCode, element.value);
      if (nested) visit(nested, [...parents, key]);
    }
  };
  visit(object, []);
  return entries;
});

