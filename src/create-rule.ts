import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

export interface SecureJwtDocs {
  description: string;
  /** Whether the rule is in the `recommended` config (the configs are built from this flag). */
  recommended: boolean;
  /** A rule for `.env` files (language `secure-jwt/dotenv`): it goes in the `dotenv` config, never in the JavaScript ones. */
  dotenv?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-secure-jwt/eslint-plugin-secure-jwt';

export const createRule = RuleCreator<SecureJwtDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
