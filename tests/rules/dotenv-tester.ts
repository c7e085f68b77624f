/**
 * The RuleTester for `.env` rules: ESLint's own, which takes a `language` (typescript-eslint's
 * RuleTester always parses JavaScript). A case's `filename` picks the kind of env file; `.env` by default.
 */
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import plugin from '../../src/index.js';

// ESLint's RuleTester needs test-framework hooks; vitest does not expose them as globals here.
Object.assign(RuleTester, { afterAll, describe, it, itOnly: it.only });

export const dotenvRuleTester = new RuleTester({
  plugins: { 'secure-jwt': plugin },
  language: 'secure-jwt/dotenv',
});
