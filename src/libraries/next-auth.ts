import { RETURNS, type ExportMap, type LibraryModel, type OperationModel } from './types.js';

/**
 * Auth.js configuration: `secret` (a string, or a list where the first signs and all verify).
 * Sessions are encrypted JWTs with a 30-day default lifetime and no algorithm choice.
 */
function authConfig(api: string, arg: number, prefix: readonly string[] = []): OperationModel {
  return {
    kind: 'operation',
    api,
    operation: 'configure',
    keys: [
      { arg, path: [...prefix, 'secret'], role: 'both', expects: 'secret', array: true },
      // v4's deprecated `jwt.secret`.
      { arg, path: [...prefix, 'jwt', 'secret'], role: 'both', expects: 'secret' },
    ],
    expiry: { libraryDefault: '30 days' },
  };
}

/** `encode/decode/getToken({ token, secret, … })`. */
function tokenHelper(api: string, operation: 'sign' | 'verify'): OperationModel {
  return {
    kind: 'operation',
    api,
    operation,
    keys: [{ arg: 0, path: ['secret'], role: operation, expects: 'secret', array: true }],
    expiry: operation === 'sign' ? { libraryDefault: '30 days' } : undefined,
  };
}

function tokenHelpers(prefix: string): ExportMap {
  return {
    encode: tokenHelper(`${prefix} encode()`, 'sign'),
    decode: tokenHelper(`${prefix} decode()`, 'verify'),
    getToken: tokenHelper(`${prefix} getToken()`, 'verify'),
  };
}

/** `NextAuth(config)`, v5's `NextAuth((req) => config)`, and v4's `NextAuth(req, res, config)`. */
const nextAuth: OperationModel = {
  ...authConfig('NextAuth()', 0, [RETURNS]),
  keys: [...(authConfig('', 0, [RETURNS]).keys ?? []), ...(authConfig('', 2).keys ?? [])],
};

/** `withAuth(options)` or `withAuth(middleware, options)`. */
const withAuth: OperationModel = {
  kind: 'operation',
  api: 'withAuth()',
  operation: 'verify',
  keys: [
    { arg: 0, path: ['secret'], role: 'verify', expects: 'secret' },
    { arg: 1, path: ['secret'], role: 'verify', expects: 'secret' },
  ],
};

const optionsType = { kind: 'optionsType', operation: authConfig('Auth.js options', 0) } as const;

/** next-auth v4 and v5, with `next-auth/jwt` and `next-auth/middleware`. */
export const nextAuthLibrary: LibraryModel = {
  name: 'next-auth',
  modules: ['next-auth'],
  esm: false,
  self: nextAuth,
  exports: { default: nextAuth, NextAuthOptions: optionsType, AuthOptions: optionsType, NextAuthConfig: optionsType },
  subpaths: {
    'next-auth/jwt': tokenHelpers('next-auth/jwt'),
    'next-auth/middleware': { default: withAuth, withAuth },
  },
};

/** @auth/core: `Auth(request, config)`, `AuthConfig`, and `@auth/core/jwt`. */
export const authCore: LibraryModel = {
  name: '@auth/core',
  modules: ['@auth/core'],
  esm: true,
  exports: { Auth: authConfig('Auth()', 1), AuthConfig: optionsType },
  subpaths: { '@auth/core/jwt': tokenHelpers('@auth/core/jwt') },
};
