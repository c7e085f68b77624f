import type { KeyPlace, LibraryModel, OperationModel, WeakeningFlag } from './types.js';

/** `{ key, passphrase }`: an encrypted private key and its passphrase. */
const keyObject: KeyPlace['objectForm'] = { key: { role: 'both', expects: 'any' } };

const verifyWeakening: readonly WeakeningFlag[] = [
  { place: { arg: 2, path: ['ignoreExpiration'] }, effect: 'ignore-expiration' },
  { place: { arg: 2, path: ['ignoreNotBefore'] }, effect: 'ignore-not-before' },
  { place: { arg: 2, path: ['clockTolerance'] }, effect: 'clock-tolerance' },
  { place: { arg: 2, path: ['allowInvalidAsymmetricKeyTypes'] }, effect: 'invalid-key-type' },
];

/** `sign(payload, secretOrPrivateKey, options?, callback?)`; jose 1/2 `JWT.sign` has the same shape. */
export const jsonwebtokenSign: OperationModel = {
  kind: 'operation',
  api: 'jsonwebtoken.sign()',
  operation: 'sign',
  payload: { arg: 0 },
  keys: [{ arg: 1, role: 'sign', expects: 'any', objectForm: keyObject }],
  options: 2,
  // `expiresIn` goes through `ms`: `'3600'` is 3600 milliseconds.
  expiry: { option: { arg: 2, path: ['expiresIn'] }, claim: 'exp', unit: 'seconds', unitlessString: 'milliseconds' },
  signingAlgorithm: { arg: 2, path: ['algorithm'] },
  weakening: [
    { place: { arg: 2, path: ['allowInsecureKeySizes'] }, effect: 'insecure-key-size' },
    { place: { arg: 2, path: ['allowInvalidAsymmetricKeyTypes'] }, effect: 'invalid-key-type' },
  ],
};

/** `verify(token, secretOrPublicKey, options?, callback?)`; jose 1/2 `JWT.verify` has the same shape. */
export const jsonwebtokenVerify: OperationModel = {
  kind: 'operation',
  api: 'jsonwebtoken.verify()',
  operation: 'verify',
  keys: [{ arg: 1, role: 'verify', expects: 'any', objectForm: keyObject }],
  options: 2,
  allowList: { lists: [{ arg: 2, path: ['algorithms'], algorithms: 'jws' }] },
  weakening: verifyWeakening,
};

/** jsonwebtoken (CommonJS): `sign`, `verify`, `decode(token, options?)`. */
export const jsonwebtoken: LibraryModel = {
  name: 'jsonwebtoken',
  modules: ['jsonwebtoken'],
  esm: false,
  exports: {
    sign: jsonwebtokenSign,
    verify: jsonwebtokenVerify,
    decode: { kind: 'operation', api: 'jsonwebtoken.decode()', operation: 'decode', options: 1, unverified: true },
  },
};
