import { jsonwebtokenVerifyFlags } from './express-jwt.js';
import type { LibraryModel } from './types.js';

/**
 * passport-jwt: `new Strategy({ secretOrKey, algorithms, … }, verify)`, also `super(options)` in a
 * subclass or in `class X extends PassportStrategy(Strategy)`. Its top-level `algorithms` and
 * `ignoreExpiration` are copied over `jsonWebTokenOptions`, so the top-level ones count.
 */
export const passportJwt: LibraryModel = {
  name: 'passport-jwt',
  modules: ['passport-jwt'],
  esm: false,
  exports: {
    Strategy: {
      kind: 'class',
      api: 'passport-jwt Strategy',
      construct: {
        kind: 'operation',
        api: 'passport-jwt Strategy',
        operation: 'verify',
        keys: [
          { arg: 0, path: ['secretOrKey'], role: 'verify', expects: 'any' },
          // A key lookup: never hardcoded, and it tells the suggested allow-list the key is asymmetric.
          { arg: 0, path: ['secretOrKeyProvider'], role: 'verify', expects: 'any' },
        ],
        options: 0,
        allowList: { lists: [{ arg: 0, path: ['algorithms'], algorithms: 'jws' }] },
        // Only `ignoreExpiration` is copied from the top level; the other jsonwebtoken options are read
        // from `jsonWebTokenOptions`.
        weakening: [
          ...jsonwebtokenVerifyFlags(0).filter(({ effect }) => effect === 'ignore-expiration'),
          ...jsonwebtokenVerifyFlags(0, ['jsonWebTokenOptions']).filter(({ effect }) => effect !== 'ignore-expiration'),
        ],
      },
    },
  },
};

/** @nestjs/passport: `PassportStrategy(Strategy)` returns a subclass of the strategy it is given. */
export const nestjsPassport: LibraryModel = {
  name: '@nestjs/passport',
  modules: ['@nestjs/passport'],
  esm: false,
  helper: true,
  exports: { PassportStrategy: { kind: 'mixin', classArgument: 0 } },
};
