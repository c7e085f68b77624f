import type { ESLint, Rule } from 'eslint';
import packageJson from '../package.json' with { type: 'json' };
import { createConfigs, type Configs } from './configs/index.js';
import { rules } from './rules/index.js';

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: 'secure-jwt' },
  // typescript-eslint's rule type is stricter than ESLint's own; at runtime they are the same objects.
  // Typing them as ESLint's keeps typescript-eslint out of users' type dependencies.
  rules: rules as unknown as Record<string, Rule.RuleModule>,
  configs: {} as Configs,
} satisfies ESLint.Plugin;

Object.assign(plugin.configs, createConfigs(plugin));

export default plugin;
