import { jsonwebtokenSign } from './jsonwebtoken.js';
import type { AllowListPlace, BuilderModel, ExportMap, ExportModel, KeyMakerModel, LibraryModel, OperationModel } from './types.js';

function builder(
  api: string,
  operation: BuilderModel['operation'],
  keyMethod: string,
  extra: Partial<BuilderModel> = {},
): BuilderModel {
  const finalMethod = operation === 'sign' ? 'sign' : 'encrypt';
  return {
    kind: 'builder',
    api: `jose ${api}`,
    operation,
    keyMethods: { [keyMethod]: 0 },
    finalMethods: [finalMethod],
    headerMethods: ['setProtectedHeader'],
    ...extra,
  };
}

const jwsList: readonly AllowListPlace[] = [{ arg: 2, path: ['algorithms'], algorithms: 'jws' }];
const jweLists: readonly AllowListPlace[] = [
  { arg: 2, path: ['keyManagementAlgorithms'], algorithms: 'jwe-key-management' },
  { arg: 2, path: ['contentEncryptionAlgorithms'], algorithms: 'jwe-content-encryption' },
];

/** `fn(token, key, options?)`: every jose verify and decrypt function has this shape. */
function verifier(api: string, operation: 'verify' | 'decrypt', lists = operation === 'verify' ? jwsList : jweLists): OperationModel {
  return {
    kind: 'operation',
    api: `jose.${api}()`,
    operation,
    keys: [{ arg: 1, role: 'verify', expects: 'any' }],
    options: 2,
    allowList: { lists },
  };
}

function unverifiedDecode(api: string): OperationModel {
  return { kind: 'operation', api: `jose.${api}()`, operation: 'decode', unverified: true };
}

function signer(api: string, operation: 'sign' | 'encrypt'): OperationModel {
  return { kind: 'operation', api: `jose.${api}()`, operation, keys: [{ arg: 1, role: 'sign', expects: 'any' }] };
}

function keyMaker(api: string, keyKind: KeyMakerModel['keyKind'], algorithm?: number): KeyMakerModel {
  return { kind: 'keyMaker', api: `jose.${api}()`, keyKind, input: 0, ...(algorithm === undefined ? {} : { algorithm }) };
}

const jwtClaims = {
  payload: 0,
  expiryMethod: 'setExpirationTime',
  expiryClaim: 'exp',
  // A number is used as the claim as is (seconds); a string is relative, a Date is converted.
  timeMethods: { setExpirationTime: 'exp', setNotBefore: 'nbf', setIssuedAt: 'iat' },
} as const;

const base64url: ExportMap = { decode: { ...keyMaker('base64url.decode', 'wrap'), bytes: true, symmetric: true } };

/** jose 1 and 2: `JWT.sign(payload, key, { expiresIn })`, `JWT.verify(token, key, { algorithms })`. */
const legacyJwt: ExportMap = {
  // jose 2 parses `expiresIn` itself and rejects a unit-less string.
  sign: { ...jsonwebtokenSign, api: 'jose.JWT.sign()', expiry: { option: { arg: 2, path: ['expiresIn'] }, claim: 'exp', unit: 'seconds' } },
  verify: {
    ...verifier('JWT.verify', 'verify'),
    weakening: [
      { place: { arg: 2, path: ['ignoreExp'] }, effect: 'ignore-expiration' },
      { place: { arg: 2, path: ['ignoreNbf'] }, effect: 'ignore-not-before' },
      { place: { arg: 2, path: ['clockTolerance'] }, effect: 'clock-tolerance' },
    ],
  },
  decode: unverifiedDecode('JWT.decode'),
};

/** jose ≥ 3 `jwtVerify`/`jwtDecrypt` `clockTolerance`: seconds, or a duration such as `'30s'`. */
function withClockTolerance(model: OperationModel): OperationModel {
  return { ...model, weakening: [{ place: { arg: 2, path: ['clockTolerance'] }, effect: 'clock-tolerance' }] };
}

/**
 * `new UnsecuredJWT(claims).encode()` makes a token with `alg: 'none'`; `UnsecuredJWT.decode(token)`
 * accepts one. Neither has a signature.
 */
const unsecuredJwt: ExportModel = {
  kind: 'class',
  api: 'jose UnsecuredJWT',
  construct: { kind: 'operation', api: 'jose UnsecuredJWT', operation: 'sign', payload: { arg: 0 }, unsecured: true },
  statics: { decode: { ...unverifiedDecode('UnsecuredJWT.decode'), unsecured: true } },
};

/** jose 1 and 2 raw JWS and JWE: `JWS.verify(jws, key, { algorithms })`, `JWE.decrypt(jwe, key, { algorithms })`. */
const legacyJws: ExportMap = {
  sign: signer('JWS.sign', 'sign'),
  verify: verifier('JWS.verify', 'verify'),
};
const legacyJwe: ExportMap = {
  encrypt: signer('JWE.encrypt', 'encrypt'),
  // jose 1/2 `JWE.decrypt` takes one list for both JWE algorithm kinds.
  decrypt: verifier('JWE.decrypt', 'decrypt', [{ arg: 2, path: ['algorithms'], algorithms: 'jwe' }]),
};

const exportsOfJose: ExportMap = {
  SignJWT: builder('SignJWT', 'sign', 'sign', jwtClaims),
  EncryptJWT: builder('EncryptJWT', 'encrypt', 'encrypt', jwtClaims),
  CompactSign: builder('CompactSign', 'sign', 'sign'),
  FlattenedSign: builder('FlattenedSign', 'sign', 'sign'),
  GeneralSign: builder('GeneralSign', 'sign', 'addSignature'),
  CompactEncrypt: builder('CompactEncrypt', 'encrypt', 'encrypt'),
  FlattenedEncrypt: builder('FlattenedEncrypt', 'encrypt', 'encrypt'),
  GeneralEncrypt: builder('GeneralEncrypt', 'encrypt', 'addRecipient'),
  UnsecuredJWT: unsecuredJwt,
  jwtVerify: withClockTolerance(verifier('jwtVerify', 'verify')),
  compactVerify: verifier('compactVerify', 'verify'),
  flattenedVerify: verifier('flattenedVerify', 'verify'),
  generalVerify: verifier('generalVerify', 'verify'),
  jwtDecrypt: withClockTolerance(verifier('jwtDecrypt', 'decrypt')),
  compactDecrypt: verifier('compactDecrypt', 'decrypt'),
  flattenedDecrypt: verifier('flattenedDecrypt', 'decrypt'),
  generalDecrypt: verifier('generalDecrypt', 'decrypt'),
  decodeJwt: unverifiedDecode('decodeJwt'),
  decodeProtectedHeader: { ...unverifiedDecode('decodeProtectedHeader'), headerOnly: true },
  importJWK: keyMaker('importJWK', 'jwk', 1),
  // jose 3 called importJWK `parseJwk`.
  parseJwk: keyMaker('parseJwk', 'jwk', 1),
  importPKCS8: keyMaker('importPKCS8', 'wrap', 1),
  importSPKI: keyMaker('importSPKI', 'public', 1),
  importX509: keyMaker('importX509', 'public', 1),
  createRemoteJWKSet: keyMaker('createRemoteJWKSet', 'public'),
  createLocalJWKSet: keyMaker('createLocalJWKSet', 'public'),
  generateSecret: keyMaker('generateSecret', 'generated', 0),
  generateKeyPair: keyMaker('generateKeyPair', 'generated', 0),
  base64url: { kind: 'namespace', members: base64url },
  JWT: { kind: 'namespace', members: legacyJwt },
  JWS: { kind: 'namespace', members: legacyJws },
  JWE: { kind: 'namespace', members: legacyJwe },
  // jose 2 `JWK.asKey('secret')` or `JWK.asKey({ kty: 'oct', k })`.
  JWK: { kind: 'namespace', members: { asKey: keyMaker('JWK.asKey', 'jwk') } },
};

/** jose 3 and 4 deep entry points whose default export is one API. */
const defaultExports: Readonly<Record<string, string>> = {
  'jose/jwt/sign': 'SignJWT',
  'jose/jwt/encrypt': 'EncryptJWT',
  'jose/jwt/verify': 'jwtVerify',
  'jose/jwt/decrypt': 'jwtDecrypt',
  'jose/jwt/unsecured': 'UnsecuredJWT',
  'jose/jws/compact/sign': 'CompactSign',
  'jose/jws/compact/verify': 'compactVerify',
  'jose/jws/flattened/sign': 'FlattenedSign',
  'jose/jws/flattened/verify': 'flattenedVerify',
  'jose/jws/general/sign': 'GeneralSign',
  'jose/jws/general/verify': 'generalVerify',
  'jose/jwe/compact/encrypt': 'CompactEncrypt',
  'jose/jwe/compact/decrypt': 'compactDecrypt',
  'jose/jwe/flattened/encrypt': 'FlattenedEncrypt',
  'jose/jwe/flattened/decrypt': 'flattenedDecrypt',
  'jose/jwe/general/encrypt': 'GeneralEncrypt',
  'jose/jwe/general/decrypt': 'generalDecrypt',
  'jose/jwk/parse': 'parseJwk',
  'jose/jwks/remote': 'createRemoteJWKSet',
  'jose/util/generate_secret': 'generateSecret',
  'jose/util/generate_key_pair': 'generateKeyPair',
};

const subpaths: Record<string, ExportMap> = { 'jose/util/base64url': { ...exportsOfJose, ...base64url } };
for (const [id, name] of Object.entries(defaultExports)) {
  const model = exportsOfJose[name];
  if (model) subpaths[id] = { ...exportsOfJose, default: model };
}

/** jose (ES module, also shipped as CommonJS): builders, verify/decrypt functions and key makers. */
export const jose: LibraryModel = {
  name: 'jose',
  // `@panva/jose` is jose's name on JSR.
  modules: ['jose', '@panva/jose'],
  esm: true,
  exports: exportsOfJose,
  subpaths,
  subpathPrefix: 'jose/',
};
