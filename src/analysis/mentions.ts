/**
 * The one cheap check that decides whether a file is worth analysing: does it load a JWT library?
 * It reads the quoted strings that stand where a module specifier can (`from '…'`, `require('…')`,
 * `import('…')`) and looks each package name up in one set, so its cost grows with the file, never
 * with the number of modelled libraries. A file that makes its own `require` with `createRequire`
 * gets a wider scan of every `f('…')`.
 */
import type { LibraryModel } from '../libraries/index.js';
import type { ModuleAlias } from './settings.js';
import { normalizeSpecifier } from './specifiers.js';

const SPECIFIER = /(?:\bfrom|\b(?:require|import))\s*\(?\s*(['"`])([^'"`\r\n]{1,300})\1/gu;
const ANY_CALL_ARGUMENT = /(?:\bfrom\s*|\(\s*)(['"`])([^'"`\r\n]{1,300})\1/gu;

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(moduleId: string): string {
  const parts = moduleId.split('/');
  return parts[0]?.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
}

/** The module ids the libraries answer to: exact ids, and packages whose every deep import counts (`jose/…`). */
export interface ModuleIds {
  readonly exact: ReadonlySet<string>;
  readonly anySubpath: ReadonlySet<string>;
}

export function moduleIds(libraries: readonly LibraryModel[]): ModuleIds {
  return {
    exact: new Set(libraries.flatMap((library) => [...library.modules, ...Object.keys(library.subpaths ?? {})])),
    anySubpath: new Set(libraries.flatMap((library) => (library.subpathPrefix ? [packageName(library.subpathPrefix)] : []))),
  };
}

export function mentionsLibrary(text: string, ids: ModuleIds, aliases: readonly ModuleAlias[]): boolean {
  const specifiers = text.includes('createRequire') ? ANY_CALL_ARGUMENT : SPECIFIER;
  for (const match of text.matchAll(specifiers)) {
    const specifier = match[2]!;
    const moduleId = normalizeSpecifier(specifier);
    if (ids.exact.has(moduleId) || ids.anySubpath.has(packageName(moduleId))) return true;
    if (aliases.length > 0 && aliases.some(({ pattern }) => pattern.test(specifier))) return true;
  }
  return false;
}
