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

/** Matchers by pattern list: rules make one per linted file, from the same few lists. */
const matchers = new Map<string, (name: string) => boolean>();

/** A matcher for JWT secret variable names: `patterns` replace the default list when given. */
export function createSecretNameMatcher(patterns: readonly string[] = DEFAULT_SECRET_NAMES): (name: string) => boolean {
  const key = patterns.join('\n');
  let matcher = matchers.get(key);
  if (!matcher) {
    const expressions = patterns.map(namePatternToRegExp);
    matcher = (name) => !PUBLIC_NAME.test(name) && !DESCRIBING_NAME.test(name) && expressions.some((expression) => expression.test(name));
    matchers.set(key, matcher);
  }
  return matcher;
}

const finders = new Map<string, (text: string) => boolean>();

function isNameCharacter(code: number): boolean {
  // [A-Za-z0-9_$]
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/**
 * Whether `text` spells a secret name anywhere (as a whole word: `process.env.JWT_SECRET`,
 * `config.get('AUTH_SECRET')`): a quick look for the longest fixed part of each pattern, then the
 * word around each hit is matched. Text that names no secret needs no closer look.
 */
export function mentionsSecretName(text: string, patterns: readonly string[] = DEFAULT_SECRET_NAMES): boolean {
  const key = patterns.join('\n');
  let find = finders.get(key);
  if (!find) {
    const isSecretName = createSecretNameMatcher(patterns);
    const fragments = patterns.map((pattern) => pattern.split('*').reduce((a, b) => (b.length > a.length ? b : a), ''));
    // A pattern that is all wildcards matches any word. No `u` flag: case-insensitive Unicode
    // matching is several times slower, and a name that only matches through a Unicode case
    // folding (a Kelvin sign for `K`) is not one anybody writes.
    const search = fragments.includes('')
      ? /[\w$]+/gu
      : new RegExp([...new Set(fragments)].map((fragment) => fragment.replace(ESCAPED, '\\$&')).join('|'), 'gi');
    find = (source) => {
      search.lastIndex = 0;
      for (let match = search.exec(source); match; match = search.exec(source)) {
        let start = match.index;
        let end = start + match[0].length;
        while (start > 0 && isNameCharacter(source.charCodeAt(start - 1))) start -= 1;
        while (end < source.length && isNameCharacter(source.charCodeAt(end))) end += 1;
        if (isSecretName(source.slice(start, end))) {
          search.lastIndex = 0;
          return true;
        }
      }
      return false;
    };
    finders.set(key, find);
  }
  return find(text);
}

/** Whether `name` is one of the default JWT secret names. */
export const isJwtSecretName: (name: string) => boolean = createSecretNameMatcher();
