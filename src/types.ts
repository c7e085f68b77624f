// Public types for config authors. Each rule file exports its own `Options`; this file maps them to
// the rule ids a config uses. `rules: { ... } satisfies SecureJwtRules` in a typed eslint.config.ts
// makes a misspelled option fail `tsc`. (Merging them into @eslint/core's `RulesConfig` instead
// would be automatic, but optional members clash with its index signature (TS2411) for every
// user who type-checks without skipLibCheck.)
import type { Options as NoHardcodedSecretOptions } from './rules/no-hardcoded-secret.js';
import type { Options as RequireAlgorithmsOptions } from './rules/require-algorithms.js';
import type { Options as RequireExpirationOptions } from './rules/require-expiration.js';

/** Each rule's options tuple, by the rule id used in configs (`secure-jwt/<rule>`). */
export interface RuleOptions {
  'secure-jwt/no-hardcoded-secret': NoHardcodedSecretOptions;
  'secure-jwt/require-algorithms': RequireAlgorithmsOptions;
  'secure-jwt/require-expiration': RequireExpirationOptions;
}

type Severity = 0 | 1 | 2 | 'off' | 'warn' | 'error';
/** A rule's entry in `rules`: a severity alone, or a severity followed by the rule's options. */
export type RuleEntry<Options extends unknown[]> = Severity | [Severity, ...Partial<Options>];

/** The `rules` record of a config, typed for this plugin's rules: `rules: { ... } satisfies SecureJwtRules`. */
export type SecureJwtRules = { [Rule in keyof RuleOptions]?: RuleEntry<RuleOptions[Rule]> };
