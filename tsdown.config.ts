import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'node',
  target: 'node20',
  // Only @eslint-community/eslint-utils and the eslint peer stay external. The few runtime helpers
  // taken from @typescript-eslint/utils (its ast-utils and RuleCreator subpaths, which never load
  // TypeScript) are bundled, so a JavaScript project's install never pulls in `typescript`.
  external: [/^@eslint-community\//, /^eslint$/],
  noExternal: [/^@typescript-eslint\//],
});
