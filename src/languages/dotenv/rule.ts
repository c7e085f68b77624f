/**
 * What the `.env` rules share: their listener shape (one call with the whole file), the language
 * they declare, and the option that names JWT secret variables.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { DEFAULT_SECRET_NAMES } from '../../secret-names.js';
import type { DocumentNode } from './parser.js';

/** `meta.languages`: ESLint 10 refuses to run these rules on JavaScript, with a clear message. */
export const DOTENV_LANGUAGES = ['secure-jwt/dotenv'];

export const namesOption = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  uniqueItems: true,
  description: 'Variable names that hold a JWT secret (`*` matches any run of characters, case-insensitive). Replaces the default list.',
} as const;

export const DEFAULT_NAMES = [...DEFAULT_SECRET_NAMES];

/** The listener of a `.env` rule: the whole Document at once (ESLint's node-type keys are strings). */
export function onDocument(check: (document: DocumentNode) => void): TSESLint.RuleListener {
  return { Document: check } as unknown as TSESLint.RuleListener;
}

