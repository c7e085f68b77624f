/**
 * Library model v2: plain data that says, for each JWT library, how code reaches each operation
 * (call an export or the module, construct a class, call a method of an instance, register a
 * plugin, type an options object) and where each security-relevant value of the operation sits.
 * src/analysis turns these models into call sites; rules never name a library.
 */

/**
 * A step into a value: a property name, or `RETURNS`, "what this function returns" (for factories
 * such as `registerAsync({ useFactory: () => ({ secret }) })`). A value that is not a function
 * passes through a `RETURNS` step unchanged, so NextAuth v5's `NextAuth(config)` and
 * `NextAuth((req) => config)` share one path.
 */
export type PathStep = string;
export const RETURNS: PathStep = '()';

/** Where a value sits at a call site: an argument, then a property path inside it. */
export interface Place {
  readonly arg: number;
  readonly path?: readonly PathStep[];
}

/** What a key slot is used for, and what kind of key the library expects there. */
export interface KeyPlace extends Place {
  readonly role: 'sign' | 'verify' | 'both';
  readonly expects: 'secret' | 'private' | 'public' | 'any';
  /**
   * Object forms of the key: property name → what that property holds, e.g. jsonwebtoken's
   * `{ key, passphrase }` (`key` is the key; `passphrase` is a secret too) or @fastify/jwt's
   * `{ private, public }`.
   */
  readonly objectForm?: Readonly<Record<string, Pick<KeyPlace, 'role' | 'expects'>>>;
  /** `true` when an array of keys is accepted (koa-jwt): each element is a key. */
  readonly array?: boolean;
}

/** Where the expiry of a signed token comes from. */
export interface ExpiryModel {
  /** The option that sets the lifetime, e.g. `{ arg: 2, path: ['expiresIn'] }`. */
  readonly option?: Place;
  /** A payload claim that sets it too, e.g. `exp`. Without `option`, only a visible payload can be judged. */
  readonly claim?: string;
  /** The unit of a numeric lifetime option. */
  readonly unit?: 'seconds' | 'milliseconds';
  /** `true` when the option takes only a number of seconds (`ttlSec`), not a duration like `'1h'`. */
  readonly secondsOnly?: boolean;
  /**
   * What a numeric string without a unit (`'3600'`) means to the option: jsonwebtoken and fast-jwt
   * parse durations with `ms`-style parsers, for which a bare number is milliseconds (3.6 seconds).
   */
  readonly unitlessString?: 'seconds' | 'milliseconds';
  /** Tokens get this lifetime when nothing is set (e.g. next-auth's 30 days): never "missing". */
  readonly libraryDefault?: string;
}

/** Which algorithm names an allow-list holds. */
export type AlgorithmKind = 'jws' | 'jwe-key-management' | 'jwe-content-encryption' | 'jwe';

export interface AllowListPlace extends Place {
  readonly algorithms: AlgorithmKind;
  /** A single algorithm name instead of a list (hono's `alg`, jwt-simple's `decode` algorithm). */
  readonly single?: boolean;
  /** When the argument is an options object instead, the property that holds it (hono's `{ alg }`). */
  readonly inObject?: string;
}

export interface AllowListModel {
  /** Every list the operation needs (jose's `jwtDecrypt` needs two). */
  readonly lists: readonly AllowListPlace[];
  /** The library throws at startup without it (express-jwt ≥ 6): still worth saying. */
  readonly required?: boolean;
}

/** An option that weakens verification, e.g. `ignoreExpiration: true`. */
export interface WeakeningFlag {
  readonly place: Place;
  readonly effect: 'ignore-expiration' | 'ignore-not-before' | 'no-verify' | 'clock-tolerance' | 'insecure-key-size' | 'invalid-key-type';
  /**
   * The value that turns the check off (default `true`: `ignoreExpiration: true`). hono's
   * `verification: { exp: false }` is inverted: the check runs unless the value is `false`.
   */
  readonly disabledWhen?: boolean;
  /** The unit of a numeric `clock-tolerance` (default seconds); a string is a duration such as `'2m'`. */
  readonly unit?: 'seconds' | 'milliseconds';
}

export type OperationKind = 'sign' | 'verify' | 'decode' | 'encrypt' | 'decrypt' | 'configure';

/**
 * One operation, as a call site sees it: `jwt.sign(payload, key, options)`, `expressjwt(options)`,
 * `JwtModule.register(options)` (a `configure` operation that both signs and verifies).
 */
export interface OperationModel {
  readonly kind: 'operation';
  /** Shown in messages, e.g. `jsonwebtoken.sign()`. */
  readonly api: string;
  readonly operation: OperationKind;
  /** Whether it signs (or encrypts) and verifies (or decrypts): a `configure` does both. */
  readonly signs?: boolean;
  readonly verifies?: boolean;
  readonly payload?: Place;
  readonly keys?: readonly KeyPlace[];
  /**
   * The argument that holds the options, where a new options object goes when the call passes
   * none (right after the argument before it). A function there is a callback, not options.
   */
  readonly options?: number;
  readonly expiry?: ExpiryModel;
  readonly allowList?: AllowListModel;
  /** The signing algorithm (`algorithm`, `header.alg`). */
  readonly signingAlgorithm?: Place;
  readonly weakening?: readonly WeakeningFlag[];
  /** A decode that does not verify the signature. */
  readonly unverified?: boolean;
  /** An unverified decode that returns only the protected header (to choose a key before verifying). */
  readonly headerOnly?: boolean;
  /** It produces or accepts unsecured tokens (`alg: 'none'`, no signature at all), e.g. jose `UnsecuredJWT`. */
  readonly unsecured?: boolean;
  /**
   * Calls on an instance configured elsewhere (an injected `JwtService`): an option missing here
   * may come from that configuration, so "missing" becomes "can't tell".
   */
  readonly inheritsConfiguration?: boolean;
  /** A factory: the function it returns performs this operation (fast-jwt `createSigner(opts)`). */
  readonly returns?: OperationModel;
}

/** A class whose instances are configured by a chain of calls, e.g. jose `new SignJWT(p).sign(key)`. */
export interface BuilderModel {
  readonly kind: 'builder';
  /** Class name, e.g. `SignJWT`; shown in messages. */
  readonly api: string;
  readonly operation: 'sign' | 'encrypt';
  /** Constructor argument index of the claims payload, when the class takes JWT claims. */
  readonly payload?: number;
  /** Methods that take a key, with the argument index of the key. */
  readonly keyMethods: Readonly<Record<string, number>>;
  /** Methods that produce the token. */
  readonly finalMethods: readonly string[];
  /** Method that sets the expiry, when the class produces a JWT, and the claim it sets. */
  readonly expiryMethod?: string;
  readonly expiryClaim?: string;
  /**
   * Methods that set a time claim, with the claim they set (`setIssuedAt` → `iat`): a number given
   * to them is the claim's NumericDate itself, in seconds.
   */
  readonly timeMethods?: Readonly<Record<string, string>>;
  /** Methods whose object argument holds the header with `alg`. */
  readonly headerMethods: readonly string[];
}

/**
 * A library class: `new C(opts)` (also `super(opts)` in a subclass) performs `construct`; its
 * static methods and the methods of its instances are operations too. Instances come from `new`,
 * or from parameters, TS parameter properties and fields typed with the class (dependency injection).
 */
export interface ClassModel {
  readonly kind: 'class';
  readonly api: string;
  readonly construct?: OperationModel;
  readonly statics?: ExportMap;
  readonly instance?: ExportMap;
}

/**
 * A function that takes a class and returns a subclass of it, e.g. NestJS
 * `PassportStrategy(Strategy)`: `super(opts)` in `class X extends PassportStrategy(Strategy)`
 * constructs the class passed in `classArgument`.
 */
export interface MixinModel {
  readonly kind: 'mixin';
  readonly classArgument: number;
}

/**
 * A plugin value passed to a host call, e.g. `fastify.register(fastifyJwt, options)`: the
 * operation's places are arguments of the host call (the plugin is argument 0).
 */
export interface PluginModel {
  readonly kind: 'plugin';
  readonly host: readonly string[];
  readonly operation: OperationModel;
}

/**
 * A type for options objects, e.g. next-auth's `NextAuthOptions`: an object literal declared with
 * it (`const o: NextAuthOptions = {…}`, `{…} satisfies NextAuthConfig`) is argument 0 of `operation`.
 */
export interface OptionsTypeModel {
  readonly kind: 'optionsType';
  readonly operation: OperationModel;
}

/**
 * An auth scheme a plugin registers and the app configures by name, e.g. @hapi/jwt's
 * `server.auth.strategy('name', 'jwt', options)`: a `host` call whose `nameArgument` is `name`.
 */
export interface SchemeModel {
  readonly host: string;
  readonly nameArgument: number;
  readonly name: string;
  readonly operation: OperationModel;
}

/**
 * How a key maker turns its input into a key:
 * - `wrap`: the key is whatever the input is (`createSecretKey(x)`, `importPKCS8(pem)`, `Buffer.from(x)`).
 * - `jwk`: the input is a JWK object, where a literal `k` (or private `d`) makes it hardcoded;
 *   any other input is treated as by `wrap`.
 * - `public`: the result is a public key or key set (never a secret).
 * - `generated`: the result is a fresh random key (never hardcoded).
 * - `lookup`: the result is a key lookup function (a JWKS client): asymmetric, never hardcoded.
 */
export type KeyMakerKind = 'wrap' | 'jwk' | 'public' | 'generated' | 'lookup';

/** A function that makes a key or key bytes, e.g. jose `importJWK`, crypto `createSecretKey`. */
export interface KeyMakerModel {
  readonly kind: 'keyMaker';
  readonly api: string;
  readonly keyKind: KeyMakerKind;
  /** Argument index of the input that becomes the key. */
  readonly input: number;
  /** Argument index of an algorithm name, e.g. `importSPKI(pem, 'RS256')`. */
  readonly algorithm?: number;
  /** `true` when the result is raw bytes (a Buffer or Uint8Array), e.g. `Buffer.from()`. */
  readonly bytes?: boolean;
  /** What kind of key the result is, whatever its input: raw bytes are an HMAC secret. */
  readonly symmetric?: boolean;
}

/**
 * A read of configuration by name with a default, e.g. NestJS `config.get('JWT_SECRET', 'dev')`:
 * the default is a fallback, like `process.env.JWT_SECRET || 'dev'`.
 */
export interface ConfigReaderModel {
  readonly kind: 'configReader';
  readonly name: number;
  readonly fallback: number;
}

/** `new TextEncoder()`: its `.encode(x)` is as hardcoded as `x`. */
export interface TextEncoderModel {
  readonly kind: 'textEncoder';
}

/** `util.promisify(fn)`: the result takes the same arguments as `fn` without the callback. */
export interface PromisifyModel {
  readonly kind: 'promisify';
}

/** `module.createRequire(url)`: the result is a `require` function. */
export interface CreateRequireModel {
  readonly kind: 'createRequire';
}

export type ApiModel =
  | OperationModel
  | BuilderModel
  | ClassModel
  | MixinModel
  | PluginModel
  | OptionsTypeModel
  | KeyMakerModel
  | ConfigReaderModel
  | TextEncoderModel
  | PromisifyModel
  | CreateRequireModel;

/**
 * An export of a module: an API, or a namespace object holding more exports
 * (e.g. jose `base64url.decode`).
 */
export type ExportModel = ApiModel | { readonly kind: 'namespace'; readonly members: ExportMap };

export type ExportMap = Readonly<Record<string, ExportModel>>;

/** A module (or a family of modules) and what it exports. */
export interface LibraryModel {
  /** The npm package, for docs and tests. */
  readonly name: string;
  /** Module ids that expose `exports`, e.g. `['crypto', 'node:crypto']`. */
  readonly modules: readonly string[];
  /**
   * `true` for ES modules: `import x from` is the default export, not the whole module.
   * `false` for CommonJS: default, namespace and named imports all see `module.exports`.
   */
  readonly esm: boolean;
  readonly exports: ExportMap;
  /** What the module itself is, when it is callable or a plugin (`require('koa-jwt')(opts)`). */
  readonly self?: ApiModel;
  /** Deep entry points, e.g. `jose/jwt/sign`: their own exports (merged with the shared ones). */
  readonly subpaths?: Readonly<Record<string, ExportMap>>;
  /** Prefix of deep entry points not listed in `subpaths`, which expose the shared exports. */
  readonly subpathPrefix?: string;
  /** Globals that are also exports of this module, e.g. `Buffer`, `TextEncoder`. */
  readonly globals?: readonly string[];
  /** Auth schemes the library registers, configured by name through a host call. */
  readonly schemes?: readonly SchemeModel[];
  /** `true` for modules that only help (Node's crypto): they never make a file worth analysing. */
  readonly helper?: boolean;
}
