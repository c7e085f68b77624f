/**
 * @nestjs/config rows. Named export `ConfigService` (12.x is ESM-only; ≤ 4.x CommonJS).
 * `config.get(name, default)` and `config.getOrThrow(name, default)` read `name` (internal config,
 * then validated env, then process.env) and return `default` when it is unset: a literal default
 * reaching a key slot is a hardcoded fallback, like `process.env.X || 'dev'`. Surprise:
 * `getOrThrow` never throws when a default is given. A second argument `{ infer: true }` is an
 * options object, not a default. The JWT APIs come from @nestjs/jwt and passport-jwt; rows import them.
 */
import type { LibraryRow } from './rows.js';

export const library = { module: '@nestjs/config', esm: true };

const JWT = `import { JwtModule, JwtService } from '@nestjs/jwt';\n`;
const PASSPORT = `import { PassportStrategy } from '@nestjs/passport';\nimport { ExtractJwt, Strategy } from 'passport-jwt';\n`;
const REST = `signOptions: { expiresIn: '1h' }, verifyOptions: { algorithms: ['HS256'] }`;

export const rows: readonly LibraryRow[] = [
  // ── a literal default reaching a key ─────────────────────────────────────────────────────────
  {
    name: "registerAsync useFactory: config.get('JWT_SECRET', 'dev')",
    code: `${JWT}export const jwtModule = JwtModule.registerAsync({\n  inject: [$ConfigService],\n  useFactory: (config: $ConfigService) => ({ secret: config.get('JWT_SECRET', 'dev'), ${REST} }),\n});`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    styles: ['ts'],
  },
  {
    name: "registerAsync useFactory: config.get<string>('JWT_SECRET', 'dev') with a type argument",
    code: `${JWT}export const jwtModule = JwtModule.registerAsync({\n  inject: [$ConfigService],\n  useFactory: (config: $ConfigService) => ({ secret: config.get<string>('JWT_SECRET', 'dev'), ${REST} }),\n});`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    styles: ['ts'],
  },
  {
    name: 'getOrThrow with a default never throws: still a hardcoded fallback',
    code: `${JWT}export const jwtModule = JwtModule.registerAsync({\n  inject: [$ConfigService],\n  useFactory: async (config: $ConfigService) => ({ secret: config.getOrThrow('JWT_SECRET', 'fake-dev-secret'), ${REST} }),\n});`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    styles: ['ts'],
  },
  {
    name: 'a default held in a const',
    code: `${JWT}const DEV_SECRET = 'fake-dev-secret';\nexport const jwtModule = JwtModule.registerAsync({\n  inject: [$ConfigService],\n  useFactory: (config: $ConfigService) => ({ secret: config.get('JWT_SECRET', DEV_SECRET), ${REST} }),\n});`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    styles: ['ts'],
  },
  {
    name: 'a hardcoded private key as the default of privateKey',
    code: `${JWT}export const jwtModule = JwtModule.registerAsync({\n  inject: [$ConfigService],\n  useFactory: (config: $ConfigService) => ({\n    privateKey: config.get('JWT_PRIVATE_KEY', '-----BEGIN PRIVATE KEY-----\\nFAKE-KEY-BODY\\n-----END PRIVATE KEY-----'),\n    publicKey: config.get('JWT_PUBLIC_KEY'),\n    signOptions: { algorithm: 'RS256', expiresIn: '1h' },\n    verifyOptions: { algorithms: ['RS256'] },\n  }),\n});`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    styles: ['ts'],
  },
  {
    name: 'PassportStrategy subclass: secretOrKey from config.get with a default',
    code: `${PASSPORT}export class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor(config: $ConfigService) {\n    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.get('JWT_SECRET', 'dev'), algorithms: ['HS256'] });\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    styles: ['ts'],
  },
  {
    name: 'PassportStrategy subclass: ConfigService as a parameter property',
    code: `${PASSPORT}export class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor(private readonly config: $ConfigService) {\n    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.get<string>('JWT_SECRET', 'dev'), algorithms: ['HS256'] });\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    styles: ['ts'],
  },
  {
    name: 'injected JwtService with a per-call secret from this.config.get with a default',
    code: `${JWT}export class TokenService {\n  constructor(private readonly jwt: JwtService, private readonly config: $ConfigService) {}\n  refresh(sub: string) {\n    return this.jwt.signAsync({ sub }, { secret: this.config.get('JWT_REFRESH_SECRET', 'dev-refresh'), expiresIn: '7d' });\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    styles: ['ts'],
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'config.get without a default',
    code: `${JWT}export const jwtModule = JwtModule.registerAsync({\n  inject: [$ConfigService],\n  useFactory: (config: $ConfigService) => ({ secret: config.get<string>('JWT_SECRET'), ${REST} }),\n});`,
    styles: ['ts'],
  },
  {
    name: 'getOrThrow without a default',
    code: `${JWT}export const jwtModule = JwtModule.registerAsync({\n  inject: [$ConfigService],\n  useFactory: (config: $ConfigService) => ({ secret: config.getOrThrow<string>('JWT_SECRET'), ${REST} }),\n});`,
    styles: ['ts'],
  },
  {
    name: '{ infer: true } is an options object, not a default',
    code: `${PASSPORT}export class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor(config: $ConfigService<{ JWT_SECRET: string }, true>) {\n    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.get('JWT_SECRET', { infer: true }), algorithms: ['HS256'] });\n  }\n}`,
    styles: ['ts'],
  },
  {
    name: 'a default read from the environment',
    code: `${JWT}export const jwtModule = JwtModule.registerAsync({\n  inject: [$ConfigService],\n  useFactory: (config: $ConfigService) => ({ secret: config.get('JWT_SECRET', process.env.LEGACY_JWT_SECRET), ${REST} }),\n});`,
    styles: ['ts'],
  },
  {
    name: 'defaults of non-key settings (lifetime, port) are fine',
    code: `${JWT}export const jwtModule = JwtModule.registerAsync({\n  inject: [$ConfigService],\n  useFactory: (config: $ConfigService) => ({\n    secret: config.getOrThrow<string>('JWT_SECRET'),\n    signOptions: { expiresIn: config.get<number>('JWT_TTL_SECONDS', 900) },\n    verifyOptions: { algorithms: ['HS256'] },\n  }),\n});\nexport const port = (config: $ConfigService) => config.get('PORT', 3000);`,
    styles: ['ts'],
  },
  {
    name: 'a ConfigService default that reaches no JWT API',
    code: `${JWT}export const appName = (config: $ConfigService) => config.get('APP_NAME', 'demo-app');\nexport const jwtModule = JwtModule.register({ secret: process.env.JWT_SECRET, ${REST} });`,
    styles: ['ts'],
  },
];
