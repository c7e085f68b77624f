import type { ESLint, Linter } from 'eslint';
import { rules } from '../rules/index.js';

type RuleName = keyof typeof rules;
const PREFIX = 'secure-jwt';

function severities(include: (name: RuleName) => boolean): Linter.RulesRecord {
  const entries = (Object.keys(rules) as RuleName[]).filter(include).map((name) => [`${PREFIX}/${name}`, 'error'] as const);
  return Object.fromEntries(entries);
}

/** Flat configs that register the plugin themselves, so one line in `eslint.config.js` is enough. */
export function createConfigs(plugin: ESLint.Plugin): { recommended: Linter.Config; all: Linter.Config } {
  return {
    recommended: {
      name: `${PREFIX}/recommended`,
      plugins: { [PREFIX]: plugin },
      rules: severities((name) => rules[name].meta.docs?.recommended === true),
    },
    all: {
      name: `${PREFIX}/all`,
      plugins: { [PREFIX]: plugin },
      rules: severities(() => true),
    },
  };
}
