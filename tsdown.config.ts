import { defineConfig } from 'tsdown';
import { writeEsmEntry } from './scripts/esm-entry.js';

export default defineConfig({
  entry: ['src/index.ts', 'src/cli/bin.ts'],
  // CommonJS only, plus a hand-written ESM entry that re-exports it (scripts/esm-entry.ts): two
  // builds would give `import` and `require` two plugin objects, and ESLint refuses a config that
  // mixes them ("Cannot redefine plugin secure-jwt").
  format: ['cjs'],
  dts: true,
  platform: 'node',
  target: 'node20',
  deps: {
    // Only @eslint-community/eslint-utils and the eslint peer stay external. The few runtime helpers
    // taken from @typescript-eslint/utils (its ast-utils and RuleCreator subpaths, which never load
    // TypeScript) are bundled, so a JavaScript project's install never pulls in `typescript`.
    // The CLI's optional extras (parser, SARIF formatter) are resolved at run time, never bundled.
    // Declaration files only need the rules' option types, which use nothing from typescript-eslint:
    // its type imports stay external there (importers ending in .d.ts) and are tree-shaken away.
    neverBundle: (id, importer) =>
      /^(@eslint-community\/|eslint(\/|$)|@typescript-eslint\/parser$|@microsoft\/)/.test(id) ||
      (/^@typescript-eslint\//.test(id) && /\.d\.[cm]?ts$/.test(importer ?? '')),
    alwaysBundle: [/^@typescript-eslint\/utils/],
  },
  hooks: {
    'build:done': () => writeEsmEntry(new URL('./dist/', import.meta.url)),
  },
});
