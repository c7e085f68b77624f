import type { ESLint, Linter } from 'eslint';
import { rules } from '../rules/index.js';

type RuleName = keyof typeof rules;
const PREFIX = 'secure-jwt';

function severities(include: (name: RuleName) => boolean, options: (name: RuleName) => readonly unknown[] | undefined = () => undefined): Linter.RulesRecord {
  const entries = (Object.keys(rules) as RuleName[]).filter(include).map((name) => {
    const ruleOptions = options(name);
    const entry: Linter.RuleEntry = ruleOptions ? ['error', ...ruleOptions] : 'error';
    return [`${PREFIX}/${name}`, entry] as const;
  });
  return Object.fromEntries(entries);
}

export type Configs = {
  /** Unambiguous mistakes: safe to turn on anywhere, with no false alarms on ordinary code. */
  recommended: Linter.Config;
  /** `recommended`, plus rules that report what is usually a mistake, and a 30-day lifetime limit. */
  strict: Linter.Config;
  /** Every rule, with its default options. */
  all: Linter.Config;
};

/** Flat configs that register the plugin themselves, so one line in `eslint.config.js` is enough. */
export function createConfigs(plugin: ESLint.Plugin): Configs {
  const docs = (name: RuleName) => rules[name].meta.docs;
  return {
    recommended: {
      name: `${PREFIX}/recommended`,
      plugins: { [PREFIX]: plugin },
      rules: severities((name) => docs(name)?.recommended === true),
    },
    strict: {
      name: `${PREFIX}/strict`,
      plugins: { [PREFIX]: plugin },
      rules: severities(
        (name) => docs(name)?.recommended === true || docs(name)?.strict === true,
        (name) => docs(name)?.strictOptions,
      ),
    },
    all: {
      name: `${PREFIX}/all`,
      plugins: { [PREFIX]: plugin },
      rules: severities(() => true),
    },
  };
}
