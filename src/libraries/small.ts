/** Libraries with a handful of JWT functions: jwt-simple, jws, @elysiajs/jwt, better-auth, @hapi/jwt. */
import type { KeyPlace, LibraryModel, OperationModel, WeakeningFlag } from './types.js';

/** jwt-simple: `encode(payload, key, algorithm?)`, `decode(token, key, noVerify?, algorithm?)`. */
export const jwtSimple: LibraryModel = {
  name: 'jwt-simple',
  modules: ['jwt-simple'],
  esm: false,
  exports: {
    encode: {
      kind: 'operation',
      api: 'jwt-simple encode()',
      operation: 'sign',
      payload: { arg: 0 },
      keys: [{ arg: 1, role: 'sign', expects: 'any' }],
      expiry: { claim: 'exp' },
      signingAlgorithm: { arg: 2 },
    },
    decode: {
      kind: 'operation',
      api: 'jwt-simple decode()',
      operation: 'verify',
      keys: [{ arg: 1, role: 'verify', expects: 'any' }],
      // Without it, the token's own header picks the algorithm.
      allowList: { lists: [{ arg: 3, algorithms: 'jws', single: true }] },
      weakening: [{ place: { arg: 2 }, effect: 'no-verify' }],
    },
  },
};

function jwsKeys(...names: string[]): KeyPlace[] {
  return names.map((name) => ({
    arg: 0,
    path: [name],
    role: name === 'publicKey' ? 'verify' : 'sign',
    expects: name === 'privateKey' ? 'private' : name === 'publicKey' ? 'public' : 'any',
  }));
}

/** `sign({ header: { alg }, … })`. */
const headerAlg = { arg: 0, path: ['header', 'alg'] };

/** jws: raw JWS; the algorithm is a required argument, and any payload is signed (no expiry). */
export const jwsLibrary: LibraryModel = {
  name: 'jws',
  modules: ['jws'],
  esm: false,
  exports: {
    // `payload` may be any string or object; an object is the JWT claims set.
    sign: {
      kind: 'operation',
      api: 'jws.sign()',
      operation: 'sign',
      payload: { arg: 0, path: ['payload'] },
      keys: jwsKeys('secret', 'privateKey'),
      signingAlgorithm: headerAlg,
    },
    createSign: {
      kind: 'operation',
      api: 'jws.createSign()',
      operation: 'sign',
      payload: { arg: 0, path: ['payload'] },
      keys: jwsKeys('secret', 'privateKey', 'key'),
      signingAlgorithm: headerAlg,
    },
    // `verify(signature, algorithm, key)`: the one algorithm it accepts (jws ≥ 3.2 throws without it).
    verify: {
      kind: 'operation',
      api: 'jws.verify()',
      operation: 'verify',
      keys: [{ arg: 2, role: 'verify', expects: 'any' }],
      allowList: { lists: [{ arg: 1, algorithms: 'jws', single: true }], required: true },
    },
    createVerify: {
      kind: 'operation',
      api: 'jws.createVerify()',
      operation: 'verify',
      keys: jwsKeys('secret', 'publicKey', 'key').map((place) => ({ ...place, role: 'verify' as const })),
      allowList: { lists: [{ arg: 0, path: ['algorithm'], algorithms: 'jws', single: true }], required: true },
    },
    decode: { kind: 'operation', api: 'jws.decode()', operation: 'decode', unverified: true },
  },
};

/** @elysiajs/jwt: `jwt({ secret, exp })` signs and verifies; without `exp` tokens never expire. */
const elysiaPlugin: OperationModel = {
  kind: 'operation',
  api: '@elysiajs/jwt jwt()',
  operation: 'configure',
  keys: [{ arg: 0, path: ['secret'], role: 'both', expects: 'any' }],
  options: 0,
  expiry: { option: { arg: 0, path: ['exp'] } },
  signingAlgorithm: { arg: 0, path: ['alg'] },
};

export const elysiaJwt: LibraryModel = {
  name: '@elysiajs/jwt',
  modules: ['@elysiajs/jwt'],
  esm: true,
  exports: { jwt: elysiaPlugin, default: elysiaPlugin },
};

/** better-auth: `betterAuth({ secret })` signs its cookies and tokens. */
export const betterAuth: LibraryModel = {
  name: 'better-auth',
  modules: ['better-auth'],
  esm: true,
  exports: {
    betterAuth: {
      kind: 'operation',
      api: 'betterAuth()',
      operation: 'configure',
      keys: [
        { arg: 0, path: ['secret'], role: 'both', expects: 'secret' },
        // Rotation: `secrets: [{ version, value }]`.
        { arg: 0, path: ['secrets'], role: 'both', expects: 'secret', array: true, objectForm: { value: { role: 'both', expects: 'secret' } } },
      ],
    },
  },
};

/** @hapi/jwt's time checks run unless `exp`/`nbf` is `false`; `timeSkewSec` is a tolerance in seconds. */
function hapiClaimFlags(arg: number, prefix: readonly string[] = []): WeakeningFlag[] {
  return [
    { place: { arg, path: [...prefix, 'exp'] }, effect: 'ignore-expiration', disabledWhen: false },
    { place: { arg, path: [...prefix, 'nbf'] }, effect: 'ignore-not-before', disabledWhen: false },
    { place: { arg, path: [...prefix, 'timeSkewSec'] }, effect: 'clock-tolerance' },
  ];
}

/** @hapi/jwt: `token.generate(payload, secret | { key, algorithm }, { ttlSec })`, `token.verify(artifacts, secret)`. */
export const hapiJwt: LibraryModel = {
  name: '@hapi/jwt',
  modules: ['@hapi/jwt'],
  esm: false,
  schemes: [
    {
      host: 'strategy',
      nameArgument: 1,
      name: 'jwt',
      operation: {
        kind: 'operation',
        api: "server.auth.strategy(…, 'jwt')",
        operation: 'verify',
        keys: [{ arg: 2, path: ['keys'], role: 'verify', expects: 'any', array: true, objectForm: { key: { role: 'verify', expects: 'any' } } }],
        weakening: [
          // `verify: false` turns verification off; `verify: { exp: false }` only the expiry check.
          { place: { arg: 2, path: ['verify'] }, effect: 'no-verify', disabledWhen: false },
          ...hapiClaimFlags(2, ['verify']),
        ],
      },
    },
  ],
  exports: {
    token: {
      kind: 'namespace',
      members: {
        generate: {
          kind: 'operation',
          api: '@hapi/jwt token.generate()',
          operation: 'sign',
          payload: { arg: 0 },
          keys: [{ arg: 1, role: 'sign', expects: 'any', objectForm: { key: { role: 'sign', expects: 'any' } } }],
          options: 2,
          expiry: { option: { arg: 2, path: ['ttlSec'] }, claim: 'exp', unit: 'seconds', secondsOnly: true },
          signingAlgorithm: { arg: 1, path: ['algorithm'] },
        },
        verify: {
          kind: 'operation',
          api: '@hapi/jwt token.verify()',
          operation: 'verify',
          keys: [{ arg: 1, role: 'verify', expects: 'any', objectForm: { key: { role: 'verify', expects: 'any' } } }],
          options: 2,
          weakening: hapiClaimFlags(2),
        },
        decode: { kind: 'operation', api: '@hapi/jwt token.decode()', operation: 'decode', unverified: true },
      },
    },
  },
};
