import type { LibraryModel } from './types.js';

/** Node's own modules that make keys or key bytes, or hide where a module comes from. */
export const nodeCrypto: LibraryModel = {
  name: 'crypto',
  helper: true,
  modules: ['crypto', 'node:crypto'],
  esm: false,
  exports: {
    createSecretKey: { kind: 'keyMaker', api: 'crypto.createSecretKey()', keyKind: 'wrap', input: 0, symmetric: true },
    createPrivateKey: { kind: 'keyMaker', api: 'crypto.createPrivateKey()', keyKind: 'wrap', input: 0 },
    createPublicKey: { kind: 'keyMaker', api: 'crypto.createPublicKey()', keyKind: 'public', input: 0 },
  },
};

export const nodeBuffer: LibraryModel = {
  name: 'buffer',
  helper: true,
  modules: ['buffer', 'node:buffer'],
  esm: false,
  globals: ['Buffer'],
  exports: {
    Buffer: {
      kind: 'namespace',
      members: {
        from: { kind: 'keyMaker', api: 'Buffer.from()', keyKind: 'wrap', input: 0, bytes: true, symmetric: true },
      },
    },
  },
};

export const nodeUtil: LibraryModel = {
  name: 'util',
  helper: true,
  modules: ['util', 'node:util'],
  esm: false,
  globals: ['TextEncoder'],
  exports: {
    TextEncoder: { kind: 'textEncoder' },
    promisify: { kind: 'promisify' },
  },
};

export const nodeModule: LibraryModel = {
  name: 'module',
  helper: true,
  modules: ['module', 'node:module'],
  esm: false,
  exports: { createRequire: { kind: 'createRequire' } },
};
