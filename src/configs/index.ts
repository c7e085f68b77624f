import type { ESLint, Linter } from 'eslint';
import { rules } from '../rules/index.js';

type RuleName = keyof typeof rules;
const PREFIX = 'secure-jwt';

/** The plugin's configs: flat configs that register the plugin themselves, plus an eslintrc preset. */
// A type alias, not an interface: ESLint.Plugin wants `configs` to have an index signature.
export type Configs = {
  recommended: Linter.Config;
  all: Linter.Config;
  /** `.env` files: the dotenv language and its rules (ESLint 9+). */
  dotenv: Linter.Config;
  /** For eslintrc (ESLint 8, or ESLint 9 with ESLINT_USE_FLAT_CONFIG=false): `extends: ['plugin:secure-jwt/recommended-legacy']`. */
  'recommended-legacy': Linter.LegacyConfig;
};

function severities(include: (name: RuleName) => boolean): Linter.RulesRecord {
  const entries = (Object.keys(rules) as RuleName[]).filter(include).map((name) => [`${PREFIX}/${name}`, 'error'] as const);
  return Object.fromEntries(entries);
}

const isRecommended = (name: RuleName): boolean => rules[name].meta.docs?.recommended === true && !isDotenvRule(name);

/** Rules for `.env` files run in the `dotenv` config only: ESLint 10 refuses them on JavaScript files. */
function isDotenvRule(name: RuleName): boolean {
  return rules[name].meta.docs?.dotenv === true;
}

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
