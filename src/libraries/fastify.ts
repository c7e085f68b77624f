import type { ApiModel, LibraryModel } from './types.js';

/**
 * `fastify.register(fastifyJwt, { secret, sign: {…}, verify: {…} })`: one registration configures
 * signing and verifying. `secret` may be `{ private, public }`.
 */
const plugin: ApiModel = {
  kind: 'plugin',
  host: ['register'],
  operation: {
    kind: 'operation',
    api: 'fastify.register(@fastify/jwt)',
    operation: 'configure',
    keys: [
      {
        arg: 1,
        path: ['secret'],
        role: 'both',
        expects: 'any',
        objectForm: { private: { role: 'sign', expects: 'private' }, public: { role: 'verify', expects: 'public' } },
      },
    ],
    options: 1,
    // A number is seconds (the plugin multiplies by 1000); a string goes through @lukeed/ms, where `'3600'` is milliseconds.
    expiry: { option: { arg: 1, path: ['sign', 'expiresIn'] }, unit: 'seconds', unitlessString: 'milliseconds' },
    allowList: { lists: [{ arg: 1, path: ['verify', 'algorithms'], algorithms: 'jws' }] },
    signingAlgorithm: { arg: 1, path: ['sign', 'algorithm'] },
    weakening: [
      { place: { arg: 1, path: ['verify', 'ignoreExpiration'] }, effect: 'ignore-expiration' },
      { place: { arg: 1, path: ['verify', 'ignoreNotBefore'] }, effect: 'ignore-not-before' },
      // Passed unchanged to fast-jwt, where it is milliseconds.
      { place: { arg: 1, path: ['verify', 'clockTolerance'] }, effect: 'clock-tolerance', unit: 'milliseconds' },
    ],
  },
};

/** @fastify/jwt and its old name fastify-jwt: the module is the plugin (also `.default` and `.fastifyJwt`). */
export const fastifyJwt: LibraryModel = {
  name: '@fastify/jwt',
  modules: ['@fastify/jwt', 'fastify-jwt'],
  esm: false,
  self: plugin,
  exports: { default: plugin, fastifyJwt: plugin },
};

/**
 * fast-jwt: factories that return the operation. `createSigner({ key, expiresIn })` (a number is
 * milliseconds), `createVerifier({ key, algorithms })`; a function `key` is a key lookup.
 */
export const fastJwt: LibraryModel = {
  name: 'fast-jwt',
  modules: ['fast-jwt'],
  esm: false,
  exports: {
    createSigner: {
      kind: 'operation',
      api: 'fast-jwt createSigner()',
      operation: 'sign',
      keys: [{ arg: 0, path: ['key'], role: 'sign', expects: 'any', objectForm: { key: { role: 'sign', expects: 'any' } } }],
      options: 0,
      expiry: { option: { arg: 0, path: ['expiresIn'] }, unit: 'milliseconds', unitlessString: 'milliseconds' },
      signingAlgorithm: { arg: 0, path: ['algorithm'] },
      returns: { kind: 'operation', api: 'fast-jwt sign()', operation: 'sign', payload: { arg: 0 } },
    },
    createVerifier: {
      kind: 'operation',
      api: 'fast-jwt createVerifier()',
      operation: 'verify',
      keys: [{ arg: 0, path: ['key'], role: 'verify', expects: 'any' }],
      options: 0,
      allowList: { lists: [{ arg: 0, path: ['algorithms'], algorithms: 'jws' }] },
      weakening: [
        { place: { arg: 0, path: ['ignoreExpiration'] }, effect: 'ignore-expiration' },
        { place: { arg: 0, path: ['ignoreNotBefore'] }, effect: 'ignore-not-before' },
        { place: { arg: 0, path: ['clockTolerance'] }, effect: 'clock-tolerance', unit: 'milliseconds' },
      ],
    },
    createDecoder: {
      kind: 'operation',
      api: 'fast-jwt createDecoder()',
      operation: 'decode',
      returns: { kind: 'operation', api: 'fast-jwt decode()', operation: 'decode', unverified: true },
    },
  },
};
