// Flat config of the example app: the plugin's recommended rules on every file, with
// typescript-eslint's parser for the .ts files. The plugin is imported by its package name:
// Node resolves it to this repository's own build through package.json "exports".
import { defineConfig } from 'eslint/config';
import secureJwt from 'eslint-plugin-secure-jwt';
import tseslint from 'typescript-eslint';

/** The Node.js globals the app uses (the plugin follows Buffer and TextEncoder as globals). */
const nodeGlobals = {
  Buffer: 'readonly',
  console: 'readonly',
  process: 'readonly',
  TextEncoder: 'readonly',
  URL: 'readonly',
};

export default defineConfig([
  secureJwt.configs.recommended,
  {
    languageOptions: { globals: nodeGlobals },
  },
  {
    // The original service code is CommonJS (.js); newer code is ES modules (.mjs) and TypeScript.
    files: ['src/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
  },
]);
