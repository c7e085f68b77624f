/**
 * RuleTesters for the rule tests: one per kind of file a user writes JWT code in. A case's own
 * `filename` overrides the default (e.g. `filename: 'file.ts'` in a JS tester).
 */
import { RuleTester } from '@typescript-eslint/rule-tester';

const nodeGlobals = { process: 'readonly', Buffer: 'readonly', TextEncoder: 'readonly' } as const;

/** TypeScript modules (`file.ts`): suggestions add `!` to env reads. */
export const tsRuleTester = new RuleTester({
  languageOptions: { sourceType: 'module', globals: nodeGlobals },
});

/** JavaScript ES modules (`file.js`). */
export const jsRuleTester = new RuleTester({
  defaultFilenames: { ts: 'file.js', tsx: 'react.jsx' },
  languageOptions: { sourceType: 'module', globals: nodeGlobals },
});

/** CommonJS (`file.cjs`): `require` is a declared global, as with eslint's `globals.node`. */
export const cjsRuleTester = new RuleTester({
  defaultFilenames: { ts: 'file.cjs', tsx: 'react.jsx' },
  languageOptions: {
    sourceType: 'commonjs',
    globals: { ...nodeGlobals, require: 'readonly', module: 'writable', exports: 'writable' },
  },
});

/** No globals at all (`file.ts`): `require`, `Buffer` and `TextEncoder` reach rules as undeclared references. */
export const bareRuleTester = new RuleTester({ languageOptions: { sourceType: 'module' } });
