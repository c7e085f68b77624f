/**
 * The shape of a library model: where each JWT API keeps its secret, its options, its payload
 * and its algorithm list. Models are plain data; src/analysis turns them into ReferenceTracker maps.
 */

/** A function exported by a JWT library, e.g. jsonwebtoken `sign(payload, secret, options, callback)`. */
export interface FunctionModel {
  readonly kind: 'function';
  /** Shown in messages, e.g. `jwt.sign()`. */
  readonly api: string;
  readonly operation: 'sign' | 'verify' | 'decode' | 'encrypt' | 'decrypt';
  /** Argument index of the payload (sign only). */
  readonly payload?: number;
  /** Argument index of the secret or key. */
  readonly key?: number;
  /** Argument index of the options object; a function in that slot is the callback (no options). */
  readonly options?: number;
  /** Option that sets the expiry (sign only), e.g. `expiresIn`. */
  readonly expiryOption?: string;
  /** Claim in an object payload that also sets the expiry, e.g. `exp`. */
  readonly expiryClaim?: string;
  /** Options that must hold an explicit algorithm allow-list (verify and decrypt). */
  readonly algorithmLists?: readonly string[];
  /** Option that names the signing algorithm (sign only), e.g. `algorithm`. */
  readonly algorithmOption?: string;
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
  /** Method that sets the expiry, when the class produces a JWT. */
  readonly expiryMethod?: string;
  /** Method whose object argument holds the header with `alg`. */
  readonly headerMethods: readonly string[];
}

/**
 * How a key maker turns its input into a key:
 * - `wrap`: the key is whatever the input is (`createSecretKey(x)`, `importPKCS8(pem)`, `Buffer.from(x)`).
 * - `jwk`: the input is a JWK object, where a literal `k` (or private `d`) makes it hardcoded;
 *   any other input is treated as by `wrap`.
 * - `public`: the result is a public key or key set (never a secret).
 * - `generated`: the result is a fresh random key (never hardcoded).
 */
export type KeyMakerKind = 'wrap' | 'jwk' | 'public' | 'generated';

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
  | FunctionModel
  | BuilderModel
  | KeyMakerModel
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
  /** Module ids that expose `exports`, e.g. `['crypto', 'node:crypto']`. */
  readonly modules: readonly string[];
  /**
   * `true` for ES modules: `import x from` is the default export, not the whole module.
   * `false` for CommonJS: default, namespace and named imports all see `module.exports`.
   */
  readonly esm: boolean;
  readonly exports: ExportMap;
  /** Deep entry points, e.g. `jose/jwt/sign`: their own default export plus the shared exports. */
  readonly subpaths?: Readonly<Record<string, ExportMap>>;
  /** Prefix of deep entry points not listed in `subpaths`, which expose the shared exports. */
  readonly subpathPrefix?: string;
  /** Globals that are also exports of this module, e.g. `Buffer`, `TextEncoder`. */
  readonly globals?: readonly string[];
}
