import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

export interface SecureJwtDocs {
  description: string;
  /** Whether the rule is in the `recommended` config (the configs are built from this flag). */
  recommended: boolean;
  /**
   * Whether the rule is in the `strict` config only: it also reports code that is usually but not
   * always a mistake. `strict` holds every recommended rule and every rule marked `strict`.
   */
  strict?: boolean;
  /** Options the `strict` config sets for the rule (e.g. a lifetime limit), when they differ from the defaults. */
  strictOptions?: readonly unknown[];
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-secure-jwt/eslint-plugin-secure-jwt';

export const createRule = RuleCreator<SecureJwtDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
