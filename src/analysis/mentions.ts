/**
 * The one cheap check that decides whether a file is worth analysing: does it load a JWT library?
 * It reads the quoted strings that stand where a module specifier can (`from '…'`, `require('…')`,
 * `import('…')`, any `f('…')`) and looks each package name up in one set, so its cost grows with
 * the file, never with the number of modelled libraries.
 */
import type { LibraryModel } from '../libraries/index.js';
import type { ModuleAlias } from './settings.js';
import { normalizeSpecifier } from './specifiers.js';

const SPECIFIER = /(?:\bfrom\s*|\(\s*)(['"`])([^'"`\r\n]{1,300})\1/gu;

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = normalizeSpecifier(specifier).split('/');
  return parts[0]?.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
}

/** The package names of the given libraries' modules and subpaths. */
export function packageNames(libraries: readonly LibraryModel[]): ReadonlySet<string> {
  return new Set(
    libraries.flatMap((library) => [...library.modules, ...Object.keys(library.subpaths ?? {}), ...(library.subpathPrefix ? [library.subpathPrefix] : [])]).map(packageName),
  );
}

export function mentionsLibrary(text: string, packages: ReadonlySet<string>, aliases: readonly ModuleAlias[]): boolean {
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[2]!;
    if (packages.has(packageName(specifier))) return true;
    if (aliases.length > 0 && aliases.some(({ pattern }) => pattern.test(specifier))) return true;
  }
  return false;
}
