import type { LibraryModel } from './types.js';

/** jsonwebtoken (CommonJS): `sign(payload, secretOrPrivateKey, options?, callback?)` and friends. */
export const jsonwebtoken: LibraryModel = {
  modules: ['jsonwebtoken'],
  esm: false,
  exports: {
    sign: {
      kind: 'function',
      api: 'jsonwebtoken.sign()',
      operation: 'sign',
      payload: 0,
      key: 1,
      options: 2,
      expiryOption: 'expiresIn',
      expiryClaim: 'exp',
      algorithmOption: 'algorithm',
    },
    verify: {
      kind: 'function',
      api: 'jsonwebtoken.verify()',
      operation: 'verify',
      key: 1,
      options: 2,
      algorithmLists: ['algorithms'],
    },
    decode: {
      kind: 'function',
      api: 'jsonwebtoken.decode()',
      operation: 'decode',
      options: 1,
    },
  },
};
