/**
 * The one cheap check that decides whether a file is worth analysing: does it load a JWT library?
 * It reads the quoted strings that stand where a module specifier can (`from '…'`, `require('…')`,
 * `import('…')`) and looks each package name up in one set, so its cost grows with the file, never
 * with the number of modelled libraries. A file that makes its own `require` with `createRequire`
 * gets a wider scan of every `f('…')`. Before that, one search over the text answers every "may
 * it?" question the rules ask of a file (see `textFacts`): most files stop there.
 */
import { helperLibraries, jwtLibraries, type LibraryModel } from '../libraries/index.js';
import type { ModuleAlias } from './settings.js';
import { normalizeSpecifier } from './specifiers.js';

const SPECIFIER = /(?:\bfrom|\b(?:require|import))\s*\(?\s*(['"`])([^'"`\r\n]{1,300})\1/gu;
const ANY_CALL_ARGUMENT = /(?:\bfrom\s*|\(\s*)(['"`])([^'"`\r\n]{1,300})\1/gu;

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name` (without splitting: it runs on every specifier of every file). */
function packageName(moduleId: string): string {
  const slash = moduleId.indexOf('/');
  if (slash < 0) return moduleId;
  if (!moduleId.startsWith('@')) return moduleId.slice(0, slash);
  const second = moduleId.indexOf('/', slash + 1);
  return second < 0 ? moduleId : moduleId.slice(0, second);
}

/** The module ids the libraries answer to: exact ids, and packages whose every deep import counts (`jose/…`). */
export interface ModuleIds {
  readonly exact: ReadonlySet<string>;
  readonly anySubpath: ReadonlySet<string>;
  /** The package of every id: a specifier of any other package (most of them) needs no closer look. */
  readonly packages: ReadonlySet<string>;
}

export function moduleIds(libraries: readonly LibraryModel[]): ModuleIds {
  const exact = new Set(libraries.flatMap((library) => [...library.modules, ...Object.keys(library.subpaths ?? {})]));
  const anySubpath = new Set(libraries.flatMap((library) => (library.subpathPrefix ? [packageName(library.subpathPrefix)] : [])));
  return { exact, anySubpath, packages: new Set([...[...exact].map(packageName), ...anySubpath]) };
}

/**
 * A package name (captured) where a specifier can hold it: after a quote, `/` (`esm.sh/jose@5`) or
 * `:` (`npm:jose`), before a quote, `/` or `@version`. Text without one loads none of the packages.
 */
function packageInSpecifier(packages: Iterable<string>): string {
  const names = [...packages].map((name) => name.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|');
  return `['"\`/:](${names})(?=['"\`/@])`;
}

/** A specifier as written; only one with a scheme (`npm:`, `https:`) is rewritten to a package path. */
function isModuleId(specifier: string, ids: ModuleIds): boolean {
  const moduleId = specifier.includes(':') ? normalizeSpecifier(specifier) : specifier;
  const name = packageName(moduleId);
  return ids.packages.has(name) && (ids.exact.has(moduleId) || ids.anySubpath.has(name));
}

/** Whether the text loads one of the modules (read specifier by specifier: callers ask `textFacts` first). */
export function mentionsLibrary(text: string, ids: ModuleIds, aliases: readonly ModuleAlias[]): boolean {
  const specifiers = text.includes('createRequire') ? ANY_CALL_ARGUMENT : SPECIFIER;
  // `exec` on the shared expression rather than `matchAll`, which copies the expression per call.
  specifiers.lastIndex = 0;
  for (let match = specifiers.exec(text); match; match = specifiers.exec(text)) {
    const specifier = match[2]!;
    if (isModuleId(specifier, ids) || (aliases.length > 0 && aliases.some(({ pattern }) => pattern.test(specifier)))) {
      specifiers.lastIndex = 0;
      return true;
    }
  }
  return false;
}

const JWT_MODULES = moduleIds(jwtLibraries);

/** Libraries that read configuration (`ConfigService.get`): worth loading even in a file with no JWT call. */
export const CONFIG_LIBRARIES: readonly LibraryModel[] = helperLibraries.filter((library) =>
  Object.values(library.exports).some(
    (model) => model.kind === 'class' && Object.values(model.instance ?? {}).some((member) => member.kind === 'configReader'),
  ),
);
const CONFIG_MODULES = moduleIds(CONFIG_LIBRARIES);

/** What may be in a file, from one search over its text: each extra pass over a file costs about as much as the rules' whole answer for it. */
interface TextFacts {
  /** A JWT library's package name where a specifier can hold it. */
  jwtPackage: boolean;
  /** The same for a config library (`@nestjs/config`). */
  configPackage: boolean;
  /** The word `env` (`process.env`, `import.meta.env`, `Deno.env.get`). */
  envWord: boolean;
}

const FACTS = new RegExp(`${packageInSpecifier([...JWT_MODULES.packages, ...CONFIG_MODULES.packages])}|\\benv\\b`, 'gu');

/** The last text asked about: every rule asks about the same file in turn. */
let lastFacts: { text: string; facts: TextFacts } | undefined;

function textFacts(text: string): TextFacts {
  if (lastFacts?.text === text) return lastFacts.facts;
  const facts: TextFacts = { jwtPackage: false, configPackage: false, envWord: false };
  FACTS.lastIndex = 0;
  for (let match = FACTS.exec(text); match; match = FACTS.exec(text)) {
    const name = match[1];
    if (name === undefined) facts.envWord = true;
    else if (JWT_MODULES.packages.has(name)) facts.jwtPackage = true;
    else facts.configPackage = true;
    if (facts.jwtPackage && facts.configPackage && facts.envWord) break;
  }
  FACTS.lastIndex = 0;
  lastFacts = { text, facts };
  return facts;
}

/** Whether the text loads a JWT library (or a module an alias in the settings stands for: it may have any name). */
export function mentionsJwtLibrary(text: string, aliases: readonly ModuleAlias[]): boolean {
  return (aliases.length > 0 || textFacts(text).jwtPackage) && mentionsLibrary(text, JWT_MODULES, aliases);
}

/** Whether the text loads a library that reads configuration. */
export function mentionsConfigLibrary(text: string): boolean {
  return textFacts(text).configPackage && mentionsLibrary(text, CONFIG_MODULES, []);
}

/** Whether the text may read an environment object (`process.env`, `import.meta.env`, `Deno.env.get`). */
export function mentionsEnvObject(text: string): boolean {
  return textFacts(text).envWord;
}
