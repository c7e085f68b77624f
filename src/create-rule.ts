import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
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

export const createRule = RuleCreator<SecureJwtDocs>(docsUrl);
