import type { ESLint, Linter } from 'eslint';
import { rules } from '../rules/index.js';

type RuleName = keyof typeof rules;
const PREFIX = 'secure-jwt';

function severities(include: (name: RuleName) => boolean): Linter.RulesRecord {
  const entries = (Object.keys(rules) as RuleName[]).filter(include).map((name) => [`${PREFIX}/${name}`, 'error'] as const);
  return Object.fromEntries(entries);
}

/** Rules for `.env` files run in the `dotenv` config only: ESLint 10 refuses them on JavaScript files. */
const isDotenvRule = (name: RuleName): boolean => rules[name].meta.docs?.dotenv === true;

/** The files the `dotenv` config lints: `.env` and `.env.*` anywhere (flat config does not skip dotfiles). */
const DOTENV_FILES = ['**/.env', '**/.env.*'];

/** Code and data files that share the prefix (`.env.d.ts`, `.env.schema.json`, `.env.mjs`) are not env files. */
const NOT_DOTENV = '{js,cjs,mjs,jsx,ts,cts,mts,tsx,json,jsonc,json5,yaml,yml,toml,md}';
const DOTENV_IGNORES = [`**/.env.${NOT_DOTENV}`, `**/.env.*.${NOT_DOTENV}`];

/** Flat configs that register the plugin themselves, so one line in `eslint.config.js` is enough. */
export function createConfigs(plugin: ESLint.Plugin): { recommended: Linter.Config; all: Linter.Config; dotenv: Linter.Config } {
  return {
    recommended: {
      name: `${PREFIX}/recommended`,
      plugins: { [PREFIX]: plugin },
      rules: severities((name) => rules[name].meta.docs?.recommended === true && !isDotenvRule(name)),
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
  };
}
