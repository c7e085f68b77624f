/** Runs every library's data rows (`*.rows.ts`) through the generator. */
import { testLibrary, type LibraryUnderTest } from './generator.js';
import type { LibraryRow } from './rows.js';

interface RowsModule {
  readonly library: LibraryUnderTest;
  readonly rows: readonly LibraryRow[];
}

const modules = (import.meta as unknown as { glob: (pattern: string, options: { eager: true }) => Record<string, RowsModule> }).glob(
  './*.rows.ts',
  { eager: true },
);

for (const { library, rows } of Object.values(modules)) testLibrary(library, rows);
