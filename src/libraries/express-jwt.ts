import type { OperationModel, WeakeningFlag } from './types.js';
import type { LibraryModel } from './types.js';

/**
 * Weakening options of a middleware that passes its whole options object to jsonwebtoken's
 * `verify` (express-jwt ≥ 7, koa-jwt).
 */
export function jsonwebtokenVerifyFlags(arg: number, prefix: readonly string[] = []): WeakeningFlag[] {
  const at = (name: string): { arg: number; path: string[] } => ({ arg, path: [...prefix, name] });
  return [
    { place: at('ignoreExpiration'), effect: 'ignore-expiration' },
    { place: at('ignoreNotBefore'), effect: 'ignore-not-before' },
    { place: at('clockTolerance'), effect: 'clock-tolerance' },
    { place: at('allowInvalidAsymmetricKeyTypes'), effect: 'invalid-key-type' },
  ];
}

/** Key options of jsonwebtoken's `sign`, for libraries that pass their sign options to it (@nestjs/jwt). */
export function jsonwebtokenSignFlags(arg: number, prefix: readonly string[] = []): WeakeningFlag[] {
  return [
    { place: { arg, path: [...prefix, 'allowInsecureKeySizes'] }, effect: 'insecure-key-size' },
    { place: { arg, path: [...prefix, 'allowInvalidAsymmetricKeyTypes'] }, effect: 'invalid-key-type' },
  ];
}

/** `expressjwt({ secret, algorithms })`: a middleware that verifies every request's token. */
function middleware(api: string, required: boolean): OperationModel {
  return {
    kind: 'operation',
    api,
    operation: 'verify',
    // A function `secret` is a key lookup (jwks-rsa's `expressJwtSecret`): the value classifier says so.
    keys: [{ arg: 0, path: ['secret'], role: 'verify', expects: 'any' }],
    options: 0,
    allowList: { lists: [{ arg: 0, path: ['algorithms'], algorithms: 'jws' }], required },
    weakening: jsonwebtokenVerifyFlags(0),
  };
}

/** express-jwt: v5/v6 export the middleware as the module itself, v7+ as `expressjwt` (which throws without `algorithms`). */
export const expressJwt: LibraryModel = {
  name: 'express-jwt',
  modules: ['express-jwt'],
  esm: false,
  self: middleware('express-jwt()', false),
  exports: { expressjwt: middleware('expressjwt()', true) },
};

/** koa-jwt: the module is the middleware; `secret` may be an array of keys. */
export const koaJwt: LibraryModel = {
  name: 'koa-jwt',
  modules: ['koa-jwt'],
  esm: false,
  self: {
    kind: 'operation',
    api: 'koa-jwt()',
    operation: 'verify',
    keys: [{ arg: 0, path: ['secret'], role: 'verify', expects: 'any', array: true }],
    options: 0,
    allowList: { lists: [{ arg: 0, path: ['algorithms'], algorithms: 'jws' }] },
    weakening: jsonwebtokenVerifyFlags(0),
  },
  exports: {},
};
