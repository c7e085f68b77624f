import { jsonwebtokenSignFlags, jsonwebtokenVerifyFlags } from './express-jwt.js';
import { RETURNS, type KeyPlace, type LibraryModel, type OperationModel, type PathStep } from './types.js';

/** `JwtModule.register(options)` and friends: options that configure both signing and verifying. */
function moduleOptions(api: string, prefix: readonly PathStep[]): OperationModel {
  const at = (...path: PathStep[]): { arg: number; path: PathStep[] } => ({ arg: 0, path: [...prefix, ...path] });
  return {
    kind: 'operation',
    api,
    operation: 'configure',
    keys: [
      { ...at('secret'), role: 'both', expects: 'any' },
      { ...at('privateKey'), role: 'sign', expects: 'private' },
      { ...at('publicKey'), role: 'verify', expects: 'public' },
      // Deprecated, and it overrides every other key.
      { ...at('secretOrPrivateKey'), role: 'both', expects: 'any' },
      { ...at('secretOrKeyProvider'), role: 'both', expects: 'any' },
    ],
    options: 0,
    // Passed to jsonwebtoken, whose `ms` reads a unit-less string as milliseconds.
    expiry: { option: at('signOptions', 'expiresIn'), unit: 'seconds', unitlessString: 'milliseconds' },
    allowList: { lists: [{ ...at('verifyOptions', 'algorithms'), algorithms: 'jws' }] },
    signingAlgorithm: at('signOptions', 'algorithm'),
    weakening: [...jsonwebtokenVerifyFlags(0, [...prefix, 'verifyOptions']), ...jsonwebtokenSignFlags(0, [...prefix, 'signOptions'])],
  };
}

/** Per-call options of an injected `JwtService`: what they lack comes from the module's configuration. */
function perCallKeys(role: 'sign' | 'verify'): KeyPlace[] {
  return [
    { arg: 1, path: ['secret'], role: 'both', expects: 'any' },
    role === 'sign'
      ? { arg: 1, path: ['privateKey'], role: 'sign', expects: 'private' }
      : { arg: 1, path: ['publicKey'], role: 'verify', expects: 'public' },
  ];
}

function serviceSign(name: string): OperationModel {
  return {
    kind: 'operation',
    api: `JwtService.${name}()`,
    operation: 'sign',
    payload: { arg: 0 },
    keys: perCallKeys('sign'),
    options: 1,
    expiry: { option: { arg: 1, path: ['expiresIn'] }, claim: 'exp', unit: 'seconds', unitlessString: 'milliseconds' },
    signingAlgorithm: { arg: 1, path: ['algorithm'] },
    weakening: jsonwebtokenSignFlags(1),
    inheritsConfiguration: true,
  };
}

function serviceVerify(name: string): OperationModel {
  return {
    kind: 'operation',
    api: `JwtService.${name}()`,
    operation: 'verify',
    keys: perCallKeys('verify'),
    options: 1,
    allowList: { lists: [{ arg: 1, path: ['algorithms'], algorithms: 'jws' }] },
    weakening: jsonwebtokenVerifyFlags(1),
    inheritsConfiguration: true,
  };
}

/** @nestjs/jwt: `JwtModule.register/registerAsync`, `new JwtService(options)`, and an injected `JwtService`. */
export const nestjsJwt: LibraryModel = {
  name: '@nestjs/jwt',
  modules: ['@nestjs/jwt'],
  esm: false,
  exports: {
    JwtModule: {
      kind: 'class',
      api: 'JwtModule',
      statics: {
        register: moduleOptions('JwtModule.register()', []),
        registerAsync: moduleOptions('JwtModule.registerAsync()', ['useFactory', RETURNS]),
      },
    },
    JwtService: {
      kind: 'class',
      api: 'JwtService',
      construct: moduleOptions('new JwtService()', []),
      instance: {
        sign: serviceSign('sign'),
        signAsync: serviceSign('signAsync'),
        verify: serviceVerify('verify'),
        verifyAsync: serviceVerify('verifyAsync'),
        decode: { kind: 'operation', api: 'JwtService.decode()', operation: 'decode', unverified: true },
      },
    },
  },
};

/** @nestjs/config: `config.get('JWT_SECRET', 'dev')` falls back to its second argument. */
export const nestjsConfig: LibraryModel = {
  name: '@nestjs/config',
  modules: ['@nestjs/config'],
  esm: false,
  helper: true,
  exports: {
    ConfigService: {
      kind: 'class',
      api: 'ConfigService',
      instance: {
        get: { kind: 'configReader', name: 0, fallback: 1 },
        getOrThrow: { kind: 'configReader', name: 0, fallback: 1 },
      },
    },
  },
};
