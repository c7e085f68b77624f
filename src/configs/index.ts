import type { ESLint, Linter } from 'eslint';
import { rules } from '../rules/index.js';

type RuleName = keyof typeof rules;
const PREFIX = 'secure-jwt';

/** The plugin's configs: flat configs that register the plugin themselves, plus an eslintrc preset. */
// A type alias, not an interface: ESLint.Plugin wants `configs` to have an index signature.
export type Configs = {
  /** Unambiguous mistakes: safe to turn on anywhere, with no false alarms on ordinary code. */
  recommended: Linter.Config;
  /** `recommended`, plus rules that report what is usually a mistake, and a 30-day lifetime limit. */
  strict: Linter.Config;
  /** Every JavaScript rule, with its default options. */
  all: Linter.Config;
  /** `.env` files: the dotenv language and its rules (ESLint 9+). */
  dotenv: Linter.Config;
  /** For eslintrc (ESLint 8, or ESLint 9 with ESLINT_USE_FLAT_CONFIG=false): `extends: ['plugin:secure-jwt/recommended-legacy']`. */
  'recommended-legacy': Linter.LegacyConfig;
};

function severities(include: (name: RuleName) => boolean, options: (name: RuleName) => readonly unknown[] | undefined = () => undefined): Linter.RulesRecord {
  const entries = (Object.keys(rules) as RuleName[]).filter(include).map((name) => {
    const ruleOptions = options(name);
    const entry: Linter.RuleEntry = ruleOptions ? ['error', ...ruleOptions] : 'error';
    return [`${PREFIX}/${name}`, entry] as const;
  });
  return Object.fromEntries(entries);
}

const docs = (name: RuleName) => rules[name].meta.docs;

/** Rules for `.env` files run in the `dotenv` config only: ESLint 10 refuses them on JavaScript files. */
function isDotenvRule(name: RuleName): boolean {
  return docs(name)?.dotenv === true;
}

const isRecommended = (name: RuleName): boolean => docs(name)?.recommended === true && !isDotenvRule(name);
const isStrict = (name: RuleName): boolean => isRecommended(name) || (docs(name)?.strict === true && !isDotenvRule(name));

/** The files the `dotenv` config lints: `.env` and `.env.*` anywhere (flat config does not skip dotfiles). */
const DOTENV_FILES = ['**/.env', '**/.env.*'];

/** Code and data files that share the prefix (`.env.d.ts`, `.env.schema.json`, `.env.mjs`) are not env files. */
const NOT_DOTENV = '{js,cjs,mjs,jsx,ts,cts,mts,tsx,json,jsonc,json5,yaml,yml,toml,md}';
const DOTENV_IGNORES = [`**/.env.${NOT_DOTENV}`, `**/.env.*.${NOT_DOTENV}`];

/** Flat configs that register the plugin themselves, so one line in `eslint.config.js` is enough. */
export function createConfigs(plugin: ESLint.Plugin): Configs {
  return {
    recommended: {
      name: `${PREFIX}/recommended`,
      plugins: { [PREFIX]: plugin },
      rules: severities(isRecommended),
    },
    strict: {
      name: `${PREFIX}/strict`,
      plugins: { [PREFIX]: plugin },
      rules: severities(isStrict, (name) => docs(name)?.strictOptions),
    },
    all: {
      name: `${PREFIX}/all`,
      plugins: { [PREFIX]: plugin },
      rules: severities((name) => !isDotenvRule(name)),
    },
    dotenv: {
      name: `${PREFIX}/dotenv`,
      files: DOTENV_FILES,
      ignores: DOTENV_IGNORES,
      plugins: { [PREFIX]: plugin },
      language: `${PREFIX}/dotenv`,
      rules: severities(isDotenvRule),
    },
    // eslintrc names plugins by package (eslint-plugin-secure-jwt) and loads them itself.
    'recommended-legacy': {
      plugins: [PREFIX],
      rules: severities(isRecommended),
    },
  };
}
