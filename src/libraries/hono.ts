import type { ExportMap, LibraryModel, OperationModel } from './types.js';

/** `sign(payload, key, alg?)`, `verify(token, key, alg | options)`, `decode(token)`, `jwt({ secret, alg })`. */
const functions: Record<'sign' | 'verify' | 'decode', OperationModel> = {
  sign: {
    kind: 'operation',
    api: 'hono sign()',
    operation: 'sign',
    payload: { arg: 0 },
    keys: [{ arg: 1, role: 'sign', expects: 'any' }],
    // Only an `exp` claim in the payload sets an expiry.
    expiry: { claim: 'exp' },
    signingAlgorithm: { arg: 2 },
  },
  verify: {
    kind: 'operation',
    api: 'hono verify()',
    operation: 'verify',
    keys: [{ arg: 1, role: 'verify', expects: 'any' }],
    // Required since hono 4.11.4; before, a missing `alg` fell back to HS256.
    allowList: { lists: [{ arg: 2, algorithms: 'jws', single: true, inObject: 'alg' }], required: true },
    // `verify(token, key, { alg, exp: false })`: the claim checks run unless turned off with `false`.
    weakening: [
      { place: { arg: 2, path: ['exp'] }, effect: 'ignore-expiration', disabledWhen: false },
      { place: { arg: 2, path: ['nbf'] }, effect: 'ignore-not-before', disabledWhen: false },
    ],
  },
  decode: { kind: 'operation', api: 'hono decode()', operation: 'decode', unverified: true },
};

const exportsOfHonoJwt: ExportMap = {
  ...functions,
  jwt: {
    kind: 'operation',
    api: 'hono jwt()',
    operation: 'verify',
    keys: [{ arg: 0, path: ['secret'], role: 'verify', expects: 'any' }],
    options: 0,
    allowList: { lists: [{ arg: 0, path: ['alg'], algorithms: 'jws', single: true }], required: true },
    weakening: [
      { place: { arg: 0, path: ['verification', 'exp'] }, effect: 'ignore-expiration', disabledWhen: false },
      { place: { arg: 0, path: ['verification', 'nbf'] }, effect: 'ignore-not-before', disabledWhen: false },
    ],
  },
};

/** hono's JWT helpers: `hono/jwt`, and the `Jwt` namespace of `hono/utils/jwt`. */
export const hono: LibraryModel = {
  name: 'hono',
  modules: ['hono/jwt'],
  esm: true,
  exports: exportsOfHonoJwt,
  subpaths: { 'hono/utils/jwt': { Jwt: { kind: 'namespace', members: functions } } },
};
