/**
 * @nestjs/jwt rows. Named exports `JwtModule` and `JwtService` (no default). 12.x is ESM-only
 * (`"type": "module"`, exports only `import`/`default`); ≤ 11 is CommonJS.
 *
 * - `JwtModule.register(opts)` / `registerAsync({ useFactory: (…) => opts })` / `new JwtService(opts)`
 *   configure both signing and verifying. Keys: `secret` (both), `privateKey` (sign), `publicKey`
 *   (verify), deprecated `secretOrPrivateKey` (both; it overrides everything, even a provider), and
 *   `secretOrKeyProvider` (a key lookup). Expiry: `signOptions.expiresIn` (no default: no `exp`).
 *   Allow-list: `verifyOptions.algorithms` (optional; jsonwebtoken derives it from the key).
 * - Instance calls `sign/signAsync(payload, opts)` and `verify/verifyAsync(token, opts)` shallow-merge
 *   `opts` over the module's `signOptions` / `verifyOptions`, and take a per-call `secret` (beats the
 *   module keys), `privateKey` (sign) or `publicKey` (verify), which lose to a module `secret`.
 *   A missing per-call option is inherited: not reported.
 */
import type { BindingStyle, LibraryRow } from './rows.js';

export const library = { module: '@nestjs/jwt', esm: true };

const JS: readonly BindingStyle[] = ['esm-named', 'esm-alias', 'esm-namespace', 'cjs-destructure', 'cjs-member'];

const PRIVATE_PEM = '-----BEGIN PRIVATE KEY-----\\nFAKE-KEY-BODY\\n-----END PRIVATE KEY-----';
const PUBLIC_PEM = '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----';
const FULL = `signOptions: { expiresIn: '1h' }, verifyOptions: { algorithms: ['HS256'] }`;

export const rows: readonly LibraryRow[] = [
  // ── module options: keys ─────────────────────────────────────────────────────────────────────
  {
    name: 'JwtModule.register with an inline literal secret',
    code: `$JwtModule.register({ secret: 'fake-dev-secret', ${FULL} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `$JwtModule.register({ secret: process.env.JWT_SECRET, ${FULL} });` },
    styles: JS,
  },
  {
    name: 'JwtModule.register inside @Module imports (TypeScript)',
    code: `import { Module } from '@nestjs/common';\n@Module({ imports: [$JwtModule.register({ secret: 'fake-dev-secret', ${FULL} })] })\nexport class AuthModule {}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `import { Module } from '@nestjs/common';\n@Module({ imports: [$JwtModule.register({ secret: process.env.JWT_SECRET!, ${FULL} })] })\nexport class AuthModule {}`,
    },
    styles: ['ts'],
  },
  {
    name: 'JwtModule.register with the docs constants pattern (jwtConstants.secret)',
    code: `const jwtConstants = { secret: 'fake-dev-secret' };\n$JwtModule.register({ global: true, secret: jwtConstants.secret, ${FULL} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `const jwtConstants = { secret: process.env.JWT_SECRET };\n$JwtModule.register({ global: true, secret: jwtConstants.secret, ${FULL} });`,
    },
    styles: JS,
  },
  {
    name: 'JwtModule.register with an || fallback',
    code: `$JwtModule.register({ secret: process.env.JWT_SECRET || 'dev', ${FULL} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: { 'no-hardcoded-secret': `$JwtModule.register({ secret: process.env.JWT_SECRET, ${FULL} });` },
    styles: JS,
  },
  {
    name: 'JwtModule.register with a hardcoded private key',
    code: `$JwtModule.register({ privateKey: '${PRIVATE_PEM}', publicKey: process.env.JWT_PUBLIC_KEY, signOptions: { algorithm: 'RS256', expiresIn: '15m' }, verifyOptions: { algorithms: ['RS256'] } });`,
    reports: { 'no-hardcoded-secret': ['hardcodedPrivateKey'] },
    fixed: {
      'no-hardcoded-secret': `$JwtModule.register({ privateKey: process.env.JWT_PRIVATE_KEY, publicKey: process.env.JWT_PUBLIC_KEY, signOptions: { algorithm: 'RS256', expiresIn: '15m' }, verifyOptions: { algorithms: ['RS256'] } });`,
    },
    styles: JS,
  },
  {
    name: 'JwtModule.register with a hardcoded public key is fine',
    code: `$JwtModule.register({ privateKey: process.env.JWT_PRIVATE_KEY, publicKey: '${PUBLIC_PEM}', signOptions: { algorithm: 'RS256', expiresIn: '15m' }, verifyOptions: { algorithms: ['RS256'] } });`,
  },
  {
    name: 'JwtModule.register with the deprecated secretOrPrivateKey',
    code: `$JwtModule.register({ secretOrPrivateKey: 'fake-dev-secret', ${FULL} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `$JwtModule.register({ secretOrPrivateKey: process.env.JWT_SECRET, ${FULL} });` },
    styles: JS,
  },
  {
    name: 'JwtModule.registerAsync useFactory returning a literal secret',
    code: `$JwtModule.registerAsync({ useFactory: () => ({ secret: 'fake-dev-secret', ${FULL} }) });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `$JwtModule.registerAsync({ useFactory: () => ({ secret: process.env.JWT_SECRET, ${FULL} }) });` },
    styles: JS,
  },
  {
    name: 'JwtModule.registerAsync async useFactory with a block body and a fallback',
    code: `$JwtModule.registerAsync({\n  useFactory: async () => {\n    return { secret: process.env.JWT_SECRET ?? 'dev', ${FULL} };\n  },\n});`,
    reports: { 'no-hardcoded-secret': ['hardcodedFallback'] },
    fixed: {
      'no-hardcoded-secret': `$JwtModule.registerAsync({\n  useFactory: async () => {\n    return { secret: process.env.JWT_SECRET, ${FULL} };\n  },\n});`,
    },
    styles: JS,
  },
  {
    name: 'new JwtService with a literal secret',
    code: `const jwtService = new $JwtService({ secret: 'fake-dev-secret', ${FULL} });`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: { 'no-hardcoded-secret': `const jwtService = new $JwtService({ secret: process.env.JWT_SECRET, ${FULL} });` },
    styles: JS,
  },
  // ── module options: expiry and allow-list ────────────────────────────────────────────────────
  {
    name: 'JwtModule.register without signOptions nor verifyOptions',
    code: `$JwtModule.register({ secret: process.env.JWT_SECRET });`,
    reports: { 'require-expiration': ['missingExpiration'], 'require-algorithms': ['missingAlgorithms'] },
    fixed: {
      'require-expiration': `$JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } });`,
      'require-algorithms': `$JwtModule.register({ secret: process.env.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } });`,
    },
  },
  {
    name: 'JwtModule.register with signOptions lacking expiresIn',
    code: `$JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } });`,
    reports: { 'require-expiration': ['missingExpiration'] },
    fixed: {
      'require-expiration': `$JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256', expiresIn: '1h' }, verifyOptions: { algorithms: ['HS256'] } });`,
    },
  },
  {
    name: 'JwtModule.register with verifyOptions lacking algorithms',
    code: `$JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' }, verifyOptions: { issuer: 'auth.example.test' } });`,
    reports: { 'require-algorithms': ['missingAlgorithms'] },
    fixed: {
      'require-algorithms': `$JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' }, verifyOptions: { issuer: 'auth.example.test', algorithms: ['HS256'] } });`,
    },
  },
  {
    name: 'JwtModule.registerAsync useFactory without signOptions',
    code: `$JwtModule.registerAsync({ useFactory: () => ({ secret: process.env.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } }) });`,
    reports: { 'require-expiration': ['missingExpiration'] },
    fixed: {
      'require-expiration': `$JwtModule.registerAsync({ useFactory: () => ({ secret: process.env.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] }, signOptions: { expiresIn: '1h' } }) });`,
    },
  },
  {
    name: 'new JwtService without expiry nor allow-list',
    code: `const jwtService = new $JwtService({ secret: process.env.JWT_SECRET });`,
    reports: { 'require-expiration': ['missingExpiration'], 'require-algorithms': ['missingAlgorithms'] },
    fixed: {
      'require-expiration': `const jwtService = new $JwtService({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } });`,
      'require-algorithms': `const jwtService = new $JwtService({ secret: process.env.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } });`,
    },
  },
  {
    name: 'JwtModule.register with a key provider, expiry and allow-list',
    code: `$JwtModule.register({ secretOrKeyProvider: (requestType) => keyFor(requestType), signOptions: { algorithm: 'RS256', expiresIn: '1h' }, verifyOptions: { algorithms: ['RS256'] } });`,
    styles: JS,
  },
  {
    name: 'JwtModule.register fully configured from the environment',
    code: `$JwtModule.register({ global: true, secret: process.env.JWT_SECRET, ${FULL} });`,
  },
  {
    name: 'JwtModule.registerAsync with useClass: options come from elsewhere',
    code: `$JwtModule.registerAsync({ useClass: JwtConfigService });`,
  },
  // ── an injected JwtService ───────────────────────────────────────────────────────────────────
  {
    name: 'injected JwtService (parameter property): sign() inherits the module expiry',
    code: `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  login(user: { id: string }) {\n    return this.jwtService.sign({ sub: user.id });\n  }\n}`,
    styles: ['ts'],
  },
  {
    name: 'injected JwtService: verifyAsync() inherits the module allow-list',
    code: `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  check(token: string) {\n    return this.jwtService.verifyAsync(token);\n  }\n}`,
    styles: ['ts'],
  },
  {
    name: 'injected JwtService: a per-call env secret with its own lifetime',
    code: `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  refresh(sub: string) {\n    return this.jwtService.signAsync({ sub }, { secret: process.env.JWT_REFRESH_SECRET, expiresIn: '7d' });\n  }\n}`,
    styles: ['ts'],
  },
  {
    name: 'injected JwtService: a per-call literal secret in sign()',
    code: `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  refresh(sub: string) {\n    return this.jwtService.sign({ sub }, { secret: 'fake-refresh-secret', expiresIn: '7d' });\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  refresh(sub: string) {\n    return this.jwtService.sign({ sub }, { secret: process.env.JWT_SECRET!, expiresIn: '7d' });\n  }\n}`,
    },
    styles: ['ts'],
  },
  {
    name: 'injected JwtService: a per-call literal secret in verifyAsync()',
    code: `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  checkRefresh(token: string) {\n    return this.jwtService.verifyAsync(token, { secret: 'fake-refresh-secret' });\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  checkRefresh(token: string) {\n    return this.jwtService.verifyAsync(token, { secret: process.env.JWT_SECRET! });\n  }\n}`,
    },
    styles: ['ts'],
  },
  {
    name: 'injected JwtService: a per-call hardcoded private key in signAsync()',
    code: `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  issue(sub: string) {\n    return this.jwtService.signAsync({ sub }, { privateKey: '${PRIVATE_PEM}', algorithm: 'RS256' });\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedPrivateKey'] },
    fixed: {
      'no-hardcoded-secret': `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  issue(sub: string) {\n    return this.jwtService.signAsync({ sub }, { privateKey: process.env.JWT_PRIVATE_KEY!, algorithm: 'RS256' });\n  }\n}`,
    },
    styles: ['ts'],
  },
  {
    name: 'injected JwtService: plain constructor parameter used in the constructor',
    code: `export class TokenFactory {\n  readonly token: string;\n  constructor(jwtService: $JwtService) {\n    this.token = jwtService.sign({ sub: 'system' }, { secret: 'fake-dev-secret' });\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `export class TokenFactory {\n  readonly token: string;\n  constructor(jwtService: $JwtService) {\n    this.token = jwtService.sign({ sub: 'system' }, { secret: process.env.JWT_SECRET! });\n  }\n}`,
    },
    styles: ['ts'],
  },
  {
    name: 'injected JwtService: a field typed JwtService (property injection)',
    code: `import { Inject } from '@nestjs/common';\nexport class AuthService {\n  @Inject($JwtService)\n  private readonly jwt!: $JwtService;\n  issue(sub: string) {\n    return this.jwt.sign({ sub }, { secret: 'fake-dev-secret' });\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `import { Inject } from '@nestjs/common';\nexport class AuthService {\n  @Inject($JwtService)\n  private readonly jwt!: $JwtService;\n  issue(sub: string) {\n    return this.jwt.sign({ sub }, { secret: process.env.JWT_SECRET! });\n  }\n}`,
    },
    styles: ['ts'],
  },
  {
    name: 'injected JwtService: a per-call secret from a class field',
    code: `export class AuthService {\n  private readonly refreshSecret = 'fake-refresh-secret';\n  constructor(private readonly jwtService: $JwtService) {}\n  refresh(sub: string) {\n    return this.jwtService.sign({ sub }, { secret: this.refreshSecret, expiresIn: '7d' });\n  }\n}`,
    reports: { 'no-hardcoded-secret': ['hardcodedSecret'] },
    fixed: {
      'no-hardcoded-secret': `export class AuthService {\n  private readonly refreshSecret = process.env.JWT_SECRET!;\n  constructor(private readonly jwtService: $JwtService) {}\n  refresh(sub: string) {\n    return this.jwtService.sign({ sub }, { secret: this.refreshSecret, expiresIn: '7d' });\n  }\n}`,
    },
    styles: ['ts'],
  },
  {
    name: 'injected JwtService: decode() is not a key slot',
    code: `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  peek(token: string) {\n    return this.jwtService.decode(token);\n  }\n}`,
    styles: ['ts'],
  },
  // ── weakening options, 'none' and allow-list contents ────────────────────────────────────────
  {
    name: 'JwtModule.register with verifyOptions.ignoreExpiration: true',
    code: `$JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' }, verifyOptions: { algorithms: ['HS256'], ignoreExpiration: true } });`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `$JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' }, verifyOptions: { algorithms: ['HS256'] } });` },
  },
  {
    name: 'JwtModule.registerAsync with verifyOptions.ignoreExpiration: true in the factory',
    code: `$JwtModule.registerAsync({ useFactory: () => ({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' }, verifyOptions: { ignoreExpiration: true, algorithms: ['HS256'] } }) });`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `$JwtModule.registerAsync({ useFactory: () => ({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' }, verifyOptions: { algorithms: ['HS256'] } }) });` },
  },
  {
    name: 'JwtModule.register with signOptions.allowInsecureKeySizes: true',
    code: `$JwtModule.register({ privateKey: process.env.JWT_PRIVATE_KEY, publicKey: process.env.JWT_PUBLIC_KEY, signOptions: { algorithm: 'RS256', expiresIn: '15m', allowInsecureKeySizes: true }, verifyOptions: { algorithms: ['RS256'] } });`,
    reports: { 'no-insecure-key-options': ['insecureKeySize'] },
    fixed: { 'no-insecure-key-options': `$JwtModule.register({ privateKey: process.env.JWT_PRIVATE_KEY, publicKey: process.env.JWT_PUBLIC_KEY, signOptions: { algorithm: 'RS256', expiresIn: '15m' }, verifyOptions: { algorithms: ['RS256'] } });` },
  },
  {
    name: "JwtModule.register with signOptions.algorithm 'none'",
    code: `$JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'none', expiresIn: '1h' }, verifyOptions: { algorithms: ['HS256'] } });`,
    reports: { 'no-none-algorithm': ['noneSigning'] },
  },
  {
    name: 'injected JwtService.verify with ignoreExpiration: true',
    code: `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  check(token: string) {\n    return this.jwtService.verify(token, { ignoreExpiration: true });\n  }\n}`,
    reports: { 'no-ignore-expiration': ['expiryIgnored'] },
    fixed: { 'no-ignore-expiration': `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  check(token: string) {\n    return this.jwtService.verify(token, {});\n  }\n}` },
    styles: ['ts'],
  },
  {
    name: "injected JwtService.sign with algorithm 'none'",
    code: `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  login(sub: string) {\n    return this.jwtService.sign({ sub }, { algorithm: 'none' });\n  }\n}`,
    reports: { 'no-none-algorithm': ['noneSigning'] },
    styles: ['ts'],
  },
  // ── near misses ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'a local object with a sign() method is not a JwtService',
    code: `const signer = { sign: (payload, options) => JSON.stringify({ payload, options }) };\nsigner.sign({ sub: '1' }, { secret: 'not-a-jwt-key' });\n$JwtModule.register({ secret: process.env.JWT_SECRET, ${FULL} });`,
    styles: JS,
  },
  {
    name: 'a parameter named jwtService of another type is not a JwtService',
    code: `class Wrapper { sign(payload: object, options: { secret: string }) { return JSON.stringify([payload, options]); } }\nexport class AuthService {\n  constructor(private readonly jwtService: Wrapper, private readonly real: $JwtService) {}\n  issue() {\n    return this.jwtService.sign({ sub: '1' }, { secret: 'not-a-jwt-key' });\n  }\n}`,
    styles: ['ts'],
  },
  // ── payload, lifetime units, unverified decodes (issue 6) ─────────────────────────────────────
  {
    name: "JwtModule.register signOptions.expiresIn: '3600' is 3.6 seconds",
    code: `$JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '3600' }, verifyOptions: { algorithms: ['HS256'] } });`,
    reports: { 'no-expiry-unit-mistake': ['unitlessString'] },
    fixed: { 'no-expiry-unit-mistake': `$JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '3600s' }, verifyOptions: { algorithms: ['HS256'] } });` },
    styles: JS,
  },
  {
    name: 'injected JwtService: sign() with a password in the payload',
    code: `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  login(user: { id: string; password: string }) {\n    return this.jwtService.sign({ sub: user.id, password: user.password });\n  }\n}`,
    reports: { 'no-sensitive-payload': ['sensitivePayload'] },
    fixed: { 'no-sensitive-payload': `export class AuthService {\n  constructor(private readonly jwtService: $JwtService) {}\n  login(user: { id: string; password: string }) {\n    return this.jwtService.sign({ sub: user.id });\n  }\n}` },
    styles: ['ts'],
  },
  {
    name: 'injected JwtService: decode() stored as request.user in a guard',
    code: `export class AuthGuard {\n  constructor(private readonly jwtService: $JwtService) {}\n  canActivate(request: { user?: unknown; token: string }) {\n    request.user = this.jwtService.decode(request.token);\n    return true;\n  }\n}`,
    reports: { 'no-unverified-decode': ['unverifiedStored'] },
    styles: ['ts'],
  },
  {
    name: 'injected JwtService: verifyAsync() stored as request.user: silent',
    code: `export class AuthGuard {\n  constructor(private readonly jwtService: $JwtService) {}\n  async canActivate(request: { user?: unknown; token: string }) {\n    request.user = await this.jwtService.verifyAsync(request.token);\n    return true;\n  }\n}`,
    styles: ['ts'],
  },
];
