/**
 * The names under which apps keep a JWT signing secret, in the environment and in code. One list for
 * every rule that needs it, so the `.env` rules and the code rules agree on what a secret is called.
 *
 * A pattern matches a whole name, case-insensitively; `*` matches any run of characters.
 */
export const DEFAULT_SECRET_NAMES: readonly string[] = [
  'JWT_SECRET',
  'JWT_SECRET_KEY',
  'JWT_KEY',
  'JWT_SIGNING_KEY',
  'JWT_PRIVATE_KEY',
  '*_JWT_SECRET',
  '*_JWT_KEY',
  'JWT_*_SECRET',
  'JWT_*_KEY',
  'TOKEN_SECRET',
  'ACCESS_TOKEN_SECRET',
  'REFRESH_TOKEN_SECRET',
  '*_TOKEN_SECRET',
  'AUTH_SECRET',
  'NEXTAUTH_SECRET',
  'BETTER_AUTH_SECRET',
  'SUPABASE_JWT_SECRET',
];

/**
 * Names that hold a public key or a public value, never a secret (`JWT_PUBLIC_KEY`,
 * `NEXT_PUBLIC_*`, Supabase's `ANON_KEY`): a pattern such as `JWT_*_KEY` does not make them secrets.
 */
const PUBLIC_NAME = /(?:^|_)(?:PUBLIC|PUB|ANON|PUBLISHABLE)(?:_|$)/iu;

/**
 * Names that point at a secret or describe it instead of holding it (`JWT_SECRET_FILE`,
 * `JWT_SECRET_EXPIRES_IN`, `AUTH_SECRET_ARN`), when a wildcard pattern would take them in.
 */
const DESCRIBING_NAME =
  /_(?:FILE|PATH|DIR|URL|URI|ARN|NAME|ID|EXPIRES_IN|EXPIRY|EXPIRATION|TTL|LIFETIME|ALGORITHM|ALG|VERSION|LENGTH|ENABLED)$/iu;

const ESCAPED = /[.+?^${}()|[\]\\]/gu;

/** A pattern (`*` = any run of characters) as an anchored, case-insensitive regular expression. */
export function namePatternToRegExp(pattern: string): RegExp {
  const source = pattern.split('*').map((part) => part.replace(ESCAPED, '\\$&')).join('.*');
  return new RegExp(`^${source}$`, 'iu');
}

/** A matcher for JWT secret variable names: `patterns` replace the default list when given. */
export function createSecretNameMatcher(patterns: readonly string[] = DEFAULT_SECRET_NAMES): (name: string) => boolean {
  const expressions = patterns.map(namePatternToRegExp);
  return (name) => !PUBLIC_NAME.test(name) && !DESCRIBING_NAME.test(name) && expressions.some((expression) => expression.test(name));
}

/** Whether `name` is one of the default JWT secret names. */
export const isJwtSecretName: (name: string) => boolean = createSecretNameMatcher();
