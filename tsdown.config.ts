import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'node',
  target: 'node20',
  // Runtime dependencies and the eslint peer stay external: users' installs provide them.
  external: [/^@typescript-eslint\//, /^@eslint-community\//, /^eslint$/],
});
