/**
 * `settings['secure-jwt']`, shared by every rule:
 *
 * ```js
 * settings: { 'secure-jwt': { modules: { '@acme/jwt': 'jsonwebtoken', '*\/lib/jwt': 'jsonwebtoken' } } }
 * ```
 *
 * `modules` names local wrappers that re-export a JWT library, by the specifier written in
 * `import`/`require` (`*` matches any run of characters). ESLint does not validate settings, so this
 * module does, and a mistake is an error that names the setting.
 */
import { jwtLibraries, type LibraryModel } from '../libraries/index.js';

export interface ModuleAlias {
  readonly pattern: RegExp;
  /** The plain text of the specifier, for the quick "does this file mention it" check. */
  readonly text: readonly string[];
  readonly library: LibraryModel;
}

const LIBRARY_NAMES = jwtLibraries.map((library) => library.modules[0]).filter((name) => name !== undefined);

function fail(detail: string): never {
  throw new Error(`eslint-plugin-secure-jwt: settings['secure-jwt'] ${detail}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readModuleAliases(settings: Readonly<Record<string, unknown>> | undefined): ModuleAlias[] {
  const own = settings?.['secure-jwt'];
  if (own === undefined) return [];
  if (!isPlainObject(own)) fail('must be an object.');
  for (const key of Object.keys(own)) {
    if (key !== 'modules') fail(`has an unknown property "${key}" (known: "modules").`);
  }
  const modules = own.modules;
  if (modules === undefined) return [];
  if (!isPlainObject(modules)) fail('.modules must be an object mapping module specifiers to a library name.');
  return Object.entries(modules).map(([specifier, name]) => {
    const library = jwtLibraries.find((candidate) => candidate.modules[0] === name);
    if (!library || specifier === '') {
      fail(`.modules["${specifier}"] must name one of ${LIBRARY_NAMES.map((known) => `"${known}"`).join(', ')}.`);
    }
    const parts = specifier.split('*');
    const source = parts.map((part) => part.replace(/[.+?^${}()|[\]\\/]/gu, '\\$&')).join('.*');
    return { pattern: new RegExp(`^${source}$`, 'u'), text: parts.filter((part) => part !== ''), library };
  });
}
