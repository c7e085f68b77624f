import { applyDefault, RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import type { RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';
import packageJson from '../package.json' with { type: 'json' };

export interface SecureJwtDocs {
  description: string;
  /** Whether the rule is in the `recommended` config (the configs are built from this flag). */
  recommended: boolean;
  /** A rule for `.env` files (language `secure-jwt/dotenv`): it goes in the `dotenv` config, never in the JavaScript ones. */
  dotenv?: boolean;
  /**
   * Whether the rule is in the `strict` config only: it also reports code that is usually but not
   * always a mistake. `strict` holds every recommended rule and every rule marked `strict`.
   */
  strict?: boolean;
  /** Options the `strict` config sets for the rule (e.g. a lifetime limit), when they differ from the defaults. */
  strictOptions?: readonly unknown[];
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-secure-jwt/eslint-plugin-secure-jwt';

/**
 * A rule's documentation at the tag of the installed version (`v0.1.0`), not on `main`: the page a
 * user's editor links to describes the rule as it behaves in the version they run.
 */
export function docsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/v${packageJson.version}/docs/rules/${name}.md`;
}

const namedRule = RuleCreator<SecureJwtDocs>(docsUrl);

/** Options merged with the defaults, per distinct option list a config gives a rule. */
const MAX_OPTION_SETS = 64;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * typescript-eslint's RuleCreator, except that the options merged with the defaults are kept per
 * distinct option list instead of deep-cloned for every file and rule (that merge was most of
 * what a rule cost on a file with no JWT code). The merged options are frozen: rules share them.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<RuleWithMetaAndName<Options, MessageIds, SecureJwtDocs>>,
): ReturnType<typeof namedRule<Options, MessageIds>> {
  const rule = namedRule(spec);
  const defaults = (spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  // ESLint 9.15+ merges `meta.defaultOptions` itself and, when a config gives no options, hands
  // every file the defaults' own object: known by identity without serializing it.
  const byObject = new WeakMap<object, Options>();
  const optionsFor = (given: readonly unknown[]): Options => {
    const only = given.length === 1 && typeof given[0] === 'object' && given[0] !== null ? given[0] : undefined;
    let options = only ? byObject.get(only) : undefined;
    if (options) return options;
    const key = given.length === 0 ? '' : JSON.stringify(given);
    options = merged.get(key);
    if (!options) {
      if (merged.size >= MAX_OPTION_SETS) merged.clear();
      options = deepFreeze(applyDefault(defaults, given as Options) as Options);
      merged.set(key, options);
    }
    if (only) byObject.set(only, options);
    return options;
  };
  return {
    ...rule,
    create(context) {
      return spec.create(context, optionsFor(context.options));
    },
  };
}
