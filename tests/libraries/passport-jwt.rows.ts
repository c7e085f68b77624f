/**
 * passport-jwt rows. CommonJS with named exports `Strategy` and `ExtractJwt` (no default; ESM
 * default import = module.exports). Verify only: `new Strategy(opts, verify)` (also `super(opts, verify)`
 * in `class X extends Strategy`, and `super(opts)` in NestJS `class X extends PassportStrategy(Strategy)`
 * from @nestjs/passport). Key: `secretOrKey` (string/Buffer; `secretOrKeyProvider` is a key lookup).
 * Allow-list: top-level `algorithms`. Surprise: passport-jwt (3.x and 4.0.1) builds the verify
 * options as `assign({}, jsonWebTokenOptions, { audience, issuer, algorithms, ignoreExpiration })`,
 * so `jsonWebTokenOptions.algorithms` (and audience/issuer) are overwritten with `undefined` when the
 * top-level option is absent: only the top-level `algorithms` counts.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: 'passport-jwt', esm: false };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];
const ESM: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace'];
const CJS: readonly BindingStyle[] = ['cjs-destructure', 'cjs-member'];

const FROM = '$ExtractJwt.fromAuthHeaderAsBearerToken()';

export const rows: readonly LibraryRow[] = [
  // ── key ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'new Strategy with an inline literal secretOrKey',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: 'fake-dev-secret', algorithms: ['HS256'] }, verify));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, verify));`,
    },
    styles: JS,
  },
  {
    name: 'new Strategy with an inline literal secretOrKey (TypeScript)',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: 'fake-dev-secret', algorithms: ['HS256'] }, verify));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET!, algorithms: ['HS256'] }, verify));`,
    },
    styles: ['ts'],
  },
  {
    name: 'new Strategy with an options object in a const',
    code: `const opts = { jwtFromRequest: ${FROM}, secretOrKey: 'fake-dev-secret', algorithms: ['HS256'] };\npassport.use(new $Strategy(opts, verify));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const opts = { jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] };\npassport.use(new $Strategy(opts, verify));`,
    },
    styles: JS,
  },
  {
    name: 'options object filled in property by property (the README style)',
    code: `const opts = {};\nopts.jwtFromRequest = ${FROM};\nopts.secretOrKey = 'fake-dev-secret';\nopts.algorithms = ['HS256'];\npassport.use(new $Strategy(opts, verify));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const opts = {};\nopts.jwtFromRequest = ${FROM};\nopts.secretOrKey = process.env.JWT_SECRET;\nopts.algorithms = ['HS256'];\npassport.use(new $Strategy(opts, verify));`,
    },
    styles: JS,
  },
  {
    name: 'new Strategy with an env-style const secret',
    code: `const JWT_SECRET = 'fake-dev-secret';\npassport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: JWT_SECRET, algorithms: ['HS256'] }, verify));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const JWT_SECRET = process.env.JWT_SECRET;\npassport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: JWT_SECRET, algorithms: ['HS256'] }, verify));`,
    },
    styles: JS,
  },
  {
    name: 'new Strategy with a config object secret',
    code: `const config = { jwt: { secret: 'fake-dev-secret' } };\npassport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: config.jwt.secret, algorithms: ['HS256'] }, verify));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const config = { jwt: { secret: process.env.JWT_SECRET } };\npassport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: config.jwt.secret, algorithms: ['HS256'] }, verify));`,
    },
    styles: JS,
  },
  {
    name: 'new Strategy with an || fallback',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET || 'dev', algorithms: ['HS256'] }, verify));`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: {
      'no-hardcoded-secret': `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, verify));`,
    },
    styles: JS,
  },
  {
    name: 'new Strategy with a template literal secret',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: \`fake-dev-secret\`, algorithms: ['HS256'] }, verify));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, verify));`,
    },
    styles: JS,
  },
  {
    name: "stored require: const JwtStrategy = require('passport-jwt').Strategy",
    code: `const JwtStrategy = require('passport-jwt').Strategy;\npassport.use(new JwtStrategy({ jwtFromRequest: ${FROM}, secretOrKey: 'fake-dev-secret', algorithms: ['HS256'] }, verify));`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const JwtStrategy = require('passport-jwt').Strategy;\npassport.use(new JwtStrategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, verify));`,
    },
    styles: ['cjs-member'],
  },
  {
    name: 'class X extends Strategy: super(opts, verify) with a literal',
    code: `class MyStrategy extends $Strategy {\n  constructor() {\n    super({ jwtFromRequest: ${FROM}, secretOrKey: 'fake-dev-secret', algorithms: ['HS256'] }, verify);\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `class MyStrategy extends $Strategy {\n  constructor() {\n    super({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, verify);\n  }\n}`,
    },
    styles: JS,
  },
  {
    name: 'NestJS PassportStrategy(Strategy) subclass: super(opts) with a literal',
    code: `import { PassportStrategy } from '@nestjs/passport';\nexport class JwtStrategy extends PassportStrategy($Strategy) {\n  constructor() {\n    super({ jwtFromRequest: ${FROM}, secretOrKey: 'fake-dev-secret', algorithms: ['HS256'] });\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `import { PassportStrategy } from '@nestjs/passport';\nexport class JwtStrategy extends PassportStrategy($Strategy) {\n  constructor() {\n    super({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET!, algorithms: ['HS256'] });\n  }\n}`,
    },
    styles: ['ts'],
  },
  {
    name: 'NestJS PassportStrategy(Strategy, name) subclass with a constants-file style secret',
    code: `import { Injectable } from '@nestjs/common';\nimport { PassportStrategy } from '@nestjs/passport';\nconst jwtConstants = { secret: 'fake-dev-secret' };\n@Injectable()\nexport class JwtStrategy extends PassportStrategy($Strategy, 'jwt') {\n  constructor() {\n    super({ jwtFromRequest: ${FROM}, ignoreExpiration: false, secretOrKey: jwtConstants.secret, algorithms: ['HS256'] });\n  }\n  async validate(payload: { sub: string }) {\n    return { userId: payload.sub };\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `import { Injectable } from '@nestjs/common';\nimport { PassportStrategy } from '@nestjs/passport';\nconst jwtConstants = { secret: process.env.JWT_SECRET! };\n@Injectable()\nexport class JwtStrategy extends PassportStrategy($Strategy, 'jwt') {\n  constructor() {\n    super({ jwtFromRequest: ${FROM}, ignoreExpiration: false, secretOrKey: jwtConstants.secret, algorithms: ['HS256'] });\n  }\n  async validate(payload: { sub: string }) {\n    return { userId: payload.sub };\n  }\n}`,
    },
    styles: ['ts'],
  },
  {
    name: 'NestJS PassportStrategy subclass with a class field secret',
    code: `import { PassportStrategy } from '@nestjs/passport';\nexport class JwtStrategy extends PassportStrategy($Strategy) {\n  static readonly SECRET = 'fake-dev-secret';\n  constructor() {\n    super({ jwtFromRequest: ${FROM}, secretOrKey: JwtStrategy.SECRET, algorithms: ['HS256'] });\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `import { PassportStrategy } from '@nestjs/passport';\nexport class JwtStrategy extends PassportStrategy($Strategy) {\n  static readonly SECRET = process.env.JWT_SECRET!;\n  constructor() {\n    super({ jwtFromRequest: ${FROM}, secretOrKey: JwtStrategy.SECRET, algorithms: ['HS256'] });\n  }\n}`,
    },
    styles: ['ts'],
  },
  // ── allow-list ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'new Strategy without algorithms',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET }, verify));`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
    fixed: {
      'require-algorithms': `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, verify));`,
    },
    styles: JS,
  },
  {
    name: 'algorithms only in jsonWebTokenOptions: passport-jwt overwrites them with undefined',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, jsonWebTokenOptions: { algorithms: ['HS256'] } }, verify));`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
  },
  {
    name: 'NestJS PassportStrategy subclass without algorithms',
    code: `import { PassportStrategy } from '@nestjs/passport';\nexport class JwtStrategy extends PassportStrategy($Strategy) {\n  constructor() {\n    super({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET! });\n  }\n}`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
    fixed: {
      'require-algorithms': `import { PassportStrategy } from '@nestjs/passport';\nexport class JwtStrategy extends PassportStrategy($Strategy) {\n  constructor() {\n    super({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET!, algorithms: ['HS256'] });\n  }\n}`,
    },
    styles: ['ts'],
  },
  {
    name: 'secretOrKeyProvider without algorithms',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKeyProvider: (req, rawJwt, done) => done(null, keyFor(rawJwt)) }, verify));`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
    fixed: {
      'require-algorithms': `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKeyProvider: (req, rawJwt, done) => done(null, keyFor(rawJwt)), algorithms: ['RS256'] }, verify));`,
    },
    styles: JS,
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: 'Strategy with ignoreExpiration: true',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'], ignoreExpiration: true }, verify));`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, verify));` },
  },
  {
    name: 'Strategy with an hour of clockTolerance in jsonWebTokenOptions',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'], jsonWebTokenOptions: { clockTolerance: 3600 } }, verify));`,
    reports: { 'no-ignore-expiration': ['largeClockTolerance'] },
  },
  {
    name: 'Strategy with ignoreNotBefore: true in jsonWebTokenOptions',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'], jsonWebTokenOptions: { ignoreNotBefore: true } }, verify));`,
    reports: { 'no-ignore-expiration': ['notBeforeIgnored'] },
    fixed: { 'no-ignore-expiration': `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'], jsonWebTokenOptions: {} }, verify));` },
  },
  {
    name: 'Strategy with ignoreExpiration in jsonWebTokenOptions: silent (the top-level option overrides it)',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'], jsonWebTokenOptions: { ignoreExpiration: true } }, verify));`,
  },
  {
    name: 'Strategy with a top-level clockTolerance: silent (passport-jwt does not read it)',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'], clockTolerance: 3600 }, verify));`,
  },
  {
    name: 'Strategy with a mixed allow-list',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_KEY, algorithms: ['HS256', 'ES256'] }, verify));`,
    reports: { 'no-algorithm-confusion': ['mixedAlgorithms'] },
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'new Strategy with an env secret and algorithms',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'], issuer: 'auth.example.test' }, verify));`,
  },
  {
    name: 'top-level algorithms plus jsonWebTokenOptions',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'], jsonWebTokenOptions: { maxAge: '1h' } }, verify));`,
  },
  {
    name: 'secretOrKeyProvider is a key lookup',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKeyProvider: (req, rawJwt, done) => done(null, keyFor(rawJwt)), algorithms: ['RS256'] }, verify));`,
    styles: JS,
  },
  {
    name: 'jwks-rsa passportJwtSecret (ESM)',
    code: `import { passportJwtSecret } from 'jwks-rsa';\npassport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKeyProvider: passportJwtSecret({ jwksUri: 'https://auth.example.test/.well-known/jwks.json' }), algorithms: ['RS256'] }, verify));`,
    styles: ESM,
  },
  {
    name: 'jwks-rsa passportJwtSecret (CommonJS)',
    code: `const jwksRsa = require('jwks-rsa');\npassport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKeyProvider: jwksRsa.passportJwtSecret({ jwksUri: 'https://auth.example.test/.well-known/jwks.json' }), algorithms: ['RS256'] }, verify));`,
    styles: CJS,
  },
  {
    name: 'a hardcoded public key is fine',
    code: `passport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----', algorithms: ['RS256'] }, verify));`,
  },
  {
    name: 'an OAuth clientSecret in the same file is not a JWT key',
    code: `const GoogleStrategy = require('passport-google-oauth20').Strategy;\npassport.use(new GoogleStrategy({ clientID: 'fake-client-id', clientSecret: 'fake-oauth-secret', callbackURL: '/auth/google/callback' }, verify));\npassport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, verify));`,
    styles: CJS,
  },
  {
    name: 'passport-local and express-session next to passport-jwt',
    code: `import session from 'express-session';\nimport { Strategy as LocalStrategy } from 'passport-local';\napp.use(session({ secret: 'fake-session-secret' }));\npassport.use(new LocalStrategy(checkPassword));\npassport.use(new $Strategy({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, verify));`,
    styles: ESM,
  },
  {
    name: 'NestJS PassportStrategy subclass, env secret and algorithms',
    code: `import { PassportStrategy } from '@nestjs/passport';\nexport class JwtStrategy extends PassportStrategy($Strategy) {\n  constructor() {\n    super({ jwtFromRequest: ${FROM}, secretOrKey: process.env.JWT_SECRET!, algorithms: ['HS256'] });\n  }\n}`,
    styles: ['ts'],
  },
  {
    name: 'PassportStrategy over another strategy (passport-local) is not passport-jwt',
    code: `import { PassportStrategy } from '@nestjs/passport';\nimport { Strategy as LocalStrategy } from 'passport-local';\nexport class LocalAuth extends PassportStrategy(LocalStrategy) {\n  constructor() {\n    super({ usernameField: 'email', secret: 'not-a-jwt-key' });\n  }\n}\nexport const extract = ${FROM};`,
    styles: ['ts'],
  },
];
