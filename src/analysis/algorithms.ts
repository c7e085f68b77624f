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
  return ASTUtils.getStringIfConstant(node, file.sourceCode.getScope(node)) ?? undefined;
}

/** Per file, the algorithms it uses: computed once, however many calls a rule reports. */
const collected = new WeakMap<JwtFile, FileAlgorithms>();

function collectAlgorithms(file: JwtFile): FileAlgorithms {
  const known = collected.get(file);
  if (known) return known;
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
  const algorithms = { signing, keyManagement, contentEncryption };
  collected.set(file, algorithms);
  return algorithms;
}

function keyFamily(key: KeyValue): KeyFamily | undefined {
  return key.kind === 'unknown' ? undefined : key.family;
}

/**
 * Source text that says "public key" (`publicKey`, `PUBLIC_KEY_PEM`, `jwks`, `cert`,
 * `readFileSync('public.pem')`): never guess HMAC for it. A name that says "secret" wins.
 */
const PUBLIC_KEY_TEXT = /public[_-]?key|pub[_-]?key|\bpublic\b|public\.pem|cert|jwks|spki|x509|\.crt\b/iu;
const SECRET_TEXT = /secret/iu;

/**
 * What the source says about a key it does not show: `publicKey`, `readFileSync('public.pem')` and
 * `jwks` say asymmetric; a name with "secret" in it (`process.env.JWT_SECRET`) says HMAC. The name
 * at the call decides first; the initializer of a const it names comes second (a path such as
 * `/run/secrets/public.pem` says "public" there, not "secret").
 */
function familyFromText(file: JwtFile, keyNode: TSESTree.Node): KeyFamily | undefined {
  const name = file.sourceCode.getText(keyNode);
  if (PUBLIC_KEY_TEXT.test(name) && !SECRET_TEXT.test(name)) return 'asymmetric';
  if (SECRET_TEXT.test(name)) return 'hmac';
  const value = unwrap(keyNode);
  const init = value.type === 'Identifier' ? findBinding(file.sourceCode, value)?.declarator.init : undefined;
  return init && PUBLIC_KEY_TEXT.test(file.sourceCode.getText(init)) ? 'asymmetric' : undefined;
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
      return ['RS256'];
    default:
      return ['HS256'];
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
