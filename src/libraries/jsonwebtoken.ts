import type { FunctionModel, LibraryModel } from './types.js';

/** `sign(payload, secretOrPrivateKey, options?, callback?)`; jose 1/2 `JWT.sign` has the same shape. */
export const jsonwebtokenSign: FunctionModel = {
  kind: 'function',
  api: 'jsonwebtoken.sign()',
  operation: 'sign',
  payload: 0,
  key: 1,
  options: 2,
  expiryOption: 'expiresIn',
  expiryClaim: 'exp',
  algorithmOption: 'algorithm',
};

/** jsonwebtoken (CommonJS): `sign`, `verify(token, secretOrPublicKey, options?, callback?)`, `decode`. */
export const jsonwebtoken: LibraryModel = {
  modules: ['jsonwebtoken'],
  esm: false,
  exports: {
    sign: jsonwebtokenSign,
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
