/**
 * Which algorithms a file uses, so a suggested allow-list matches the tokens the app really makes:
 * the `algorithm` given when signing, the `alg`/`enc` in a jose protected header, the algorithm a
 * key was imported for. The key itself decides when the file says nothing: a secret means HMAC,
 * a public key never does.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import type { JwtFile } from './file.js';
import { findBinding, lookupProperty, resolveObject } from './objects.js';
import { unwrap } from './syntax.js';
import type { AlgorithmKind } from '../libraries/index.js';
import { ownBudget } from './budget.js';
import { lookupPlace } from './options.js';
import { algorithmFamily, classifyKey, type KeyFamily, type KeyValue } from './values.js';

interface FileAlgorithms {
  /** JWS `alg` values: HS256, RS256, ES256, EdDSA … */
  readonly signing: ReadonlySet<string>;
  /** JWE `alg` values: dir, A256KW, RSA-OAEP-256 … */
  readonly keyManagement: ReadonlySet<string>;
  /** JWE `enc` values: A256GCM … */
  readonly contentEncryption: ReadonlySet<string>;
}

const JWS_ALGORITHM = /^(?:[HRPE]S\d+K?|EdDSA|Ed25519)$/u;
/** JWE `enc` values (A256GCM, A128CBC-HS256); every other JWE algorithm is a key-management `alg`. */
const CONTENT_ENCRYPTION = /^A\d+(?:GCM|CBC-HS\d+)$/u;

function staticString(file: JwtFile, node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  return ASTUtils.stringIfConstant(file.sourceCode, node) ?? undefined;
}

/** Per file, the algorithms it uses: computed once, however many calls a rule reports. */
const collected = new WeakMap<JwtFile, FileAlgorithms>();

function collectAlgorithms(file: JwtFile): FileAlgorithms {
  const known = collected.get(file);
  if (known) return known;
  // Remembered for the file: worked out with a budget of its own (see budget.ts).
  const algorithms = ownBudget(() => findAlgorithms(file));
  collected.set(file, algorithms);
  return algorithms;
}

function findAlgorithms(file: JwtFile): FileAlgorithms {
  const signing = new Set<string>();
  const keyManagement = new Set<string>();
  const contentEncryption = new Set<string>();
  /** `none` is never worth allowing; anything else goes where its source says it belongs. */
  const add = (set: Set<string>, algorithm: string | undefined): void => {
    if (algorithm !== undefined && algorithm.toLowerCase() !== 'none') set.add(algorithm);
  };

  for (const { args, model } of file.sites) {
    if (!model.signingAlgorithm) continue;
    const option = lookupPlace(file.sourceCode, args, model.signingAlgorithm);
    if (option.status === 'present') add(signing, staticString(file, option.value));
  }
  for (const builder of file.builders) {
    for (const { name, call } of builder.calls) {
      if (!builder.model.headerMethods.includes(name) || !call.arguments[0]) continue;
      const header = resolveObject(file.sourceCode, call.arguments[0]);
      if (!header) continue;
      const alg = staticString(file, lookupProperty(file.sourceCode, header, 'alg').value);
      add(builder.model.operation === 'sign' ? signing : keyManagement, alg);
      add(contentEncryption, staticString(file, lookupProperty(file.sourceCode, header, 'enc').value));
    }
  }
  for (const [call, maker] of file.keyMakers) {
    if (maker.algorithm === undefined || call.type !== 'CallExpression') continue;
    const algorithm = staticString(file, call.arguments[maker.algorithm]);
    if (algorithm === undefined) continue;
    if (JWS_ALGORITHM.test(algorithm)) add(signing, algorithm);
    else add(CONTENT_ENCRYPTION.test(algorithm) ? contentEncryption : keyManagement, algorithm);
  }
  return { signing, keyManagement, contentEncryption };
}

function keyFamily(key: KeyValue): KeyFamily | undefined {
  return key.kind === 'unknown' ? undefined : key.family;
}

/**
 * Words in source text that say "public key" or "asymmetric" (`publicKey`, `PUBLIC_KEY_PEM`,
 * `jwks`, `cert`, `readFileSync('keys/jwt.pem')`), and words that say "shared secret". Whole words
 * only: `CONCERT_API_KEY` says nothing about certificates.
 */
const ASYMMETRIC_WORDS = new Set(['public', 'pub', 'pubkey', 'publickey', 'cert', 'certs', 'certificate', 'jwks', 'spki', 'x509', 'pem', 'crt', 'cer', 'der', 'rsa', 'ecdsa', 'eddsa', 'ed25519', 'private', 'privkey']);
/** Words that say "asymmetric" even next to "secret" (a file or a key set, not a name). */
const STRONG_ASYMMETRIC_WORDS = new Set(['pem', 'crt', 'cer', 'der', 'cert', 'certs', 'certificate', 'jwks', 'spki', 'x509', 'pubkey', 'publickey']);
const SECRET_WORDS = new Set(['secret', 'secrets', 'hmac', 'hs256', 'hs384', 'hs512', 'symmetric']);

/** `CONCERT_API_KEY` → concert, api, key; `publicKeyPem` → public, key, pem; `'keys/jwt.pem'` → keys, jwt, pem. */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/gu, '$1 $2')
    .split(/[^A-Za-z0-9]+/u)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

function familyOfWords(text: string): KeyFamily | undefined {
  const found = words(text);
  const secret = found.some((word) => SECRET_WORDS.has(word));
  const asymmetric = found.some((word) => ASYMMETRIC_WORDS.has(word));
  // `NEXT_PUBLIC_JWT_SECRET` is a secret; `/run/secrets/jwt.pem` is still a PEM file.
  if (secret) return found.some((word) => STRONG_ASYMMETRIC_WORDS.has(word)) ? 'asymmetric' : 'hmac';
  return asymmetric ? 'asymmetric' : undefined;
}

/**
 * What the source says about a key it does not show: the text at the call first, then the
 * initializer of a const it names (`const key = readFileSync('keys/jwt.pem')`).
 */
function familyFromText(file: JwtFile, keyNode: TSESTree.Node): KeyFamily | undefined {
  const atCall = familyOfWords(file.sourceCode.getText(keyNode));
  if (atCall) return atCall;
  const value = unwrap(keyNode);
  const init = value.type === 'Identifier' ? findBinding(file.sourceCode, value)?.value : undefined;
  return init ? familyOfWords(file.sourceCode.getText(init)) : undefined;
}

function compatible(algorithm: string, family: KeyFamily | undefined): boolean {
  if (family === undefined) return true;
  const needs = algorithmFamily(algorithm);
  if (family === 'asymmetric') return needs !== 'hmac';
  return needs === family || (needs === 'asymmetric' && family !== 'hmac');
}

/** The JWS algorithms to allow when verifying with `keyNode`. */
function suggestSigningAlgorithms(file: JwtFile, keyNode: TSESTree.Node | undefined): string[] {
  const key = keyNode ? classifyKey(file, keyNode) : ({ kind: 'unknown' } as const);
  if (key.kind !== 'unknown' && key.algorithm && JWS_ALGORITHM.test(key.algorithm)) return [key.algorithm];
  let family = keyFamily(key);
  if (family === undefined && keyNode) family = familyFromText(file, keyNode);
  let used = [...collectAlgorithms(file).signing].filter((algorithm) => compatible(algorithm, family));
  if (family === undefined && used.some((algorithm) => algorithmFamily(algorithm) !== 'hmac')) {
    // The file signs both ways and the key is unknown: never mix HMAC with asymmetric algorithms
    // (that mix is the confusion attack); an asymmetric list fails closed if the key is a secret.
    used = used.filter((algorithm) => algorithmFamily(algorithm) !== 'hmac');
  }
  if (used.length > 0) return used.sort();
  switch (family) {
    case 'ec':
      return ['ES256'];
    case 'rsa':
    case 'asymmetric':
      // Fails closed if the key turns out to be a secret; never HMAC for a key that may be public.
      return ['RS256'];
    case 'hmac':
      return ['HS256'];
    default:
      // Nothing says what kind of key this is: no guess (HMAC with a public key is the confusion attack).
      return [];
  }
}

/** The algorithms of one kind to allow when verifying or decrypting with `keyNode`. */
export function suggestAlgorithms(file: JwtFile, keyNode: TSESTree.Node | undefined, kind: AlgorithmKind): string[] {
  if (kind === 'jws') return suggestSigningAlgorithms(file, keyNode);
  const lists = suggestEncryptionAlgorithms(file, keyNode);
  if (kind === 'jwe-key-management') return lists.keyManagementAlgorithms;
  if (kind === 'jwe-content-encryption') return lists.contentEncryptionAlgorithms;
  return [...lists.keyManagementAlgorithms, ...lists.contentEncryptionAlgorithms];
}

/** The JWE algorithms to allow when decrypting with `keyNode`, per option name. */
function suggestEncryptionAlgorithms(
  file: JwtFile,
  keyNode: TSESTree.Node | undefined,
): { keyManagementAlgorithms: string[]; contentEncryptionAlgorithms: string[] } {
  const algorithms = collectAlgorithms(file);
  const key = keyNode ? classifyKey(file, keyNode) : ({ kind: 'unknown' } as const);
  const symmetric = keyFamily(key) === 'hmac';
  const keyManagement = [...algorithms.keyManagement];
  const contentEncryption = [...algorithms.contentEncryption];
  return {
    keyManagementAlgorithms: keyManagement.length > 0 ? keyManagement.sort() : [symmetric ? 'dir' : 'RSA-OAEP-256'],
    contentEncryptionAlgorithms: contentEncryption.length > 0 ? contentEncryption.sort() : ['A256GCM'],
  };
}
