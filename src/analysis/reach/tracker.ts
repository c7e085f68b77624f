/**
 * ReferenceTracker trace maps built from library models: export names down to leaves that carry
 * the model under the tracker's CALL / CONSTRUCT / READ symbols.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../../ast-utils.js';
import type { ApiModel, ExportMap, LibraryModel } from '../../libraries/index.js';
import type { ModuleAlias } from '../settings.js';
import { normalizeSpecifier } from '../specifiers.js';

const { ReferenceTracker } = ASTUtils;
export const { CALL, CONSTRUCT, ESM, READ } = ReferenceTracker;

export interface TraceMapElement {
  [name: string]: TraceMapElement;
}
export type TraceMap = Record<string, TraceMapElement>;

export interface FoundReference {
  readonly node: TSESTree.Node;
  readonly type: symbol;
  readonly info: ApiModel;
}

/**
 * The tracker as we use it. @typescript-eslint/utils types it with `any` infos and omits the public
 * `iteratePropertyReferences`; this one small interface keeps the rest of the engine typed.
 */
export interface Tracker {
  iterateEsmReferences(traceMap: TraceMap): IterableIterator<FoundReference>;
  iterateGlobalReferences(traceMap: TraceMap): IterableIterator<FoundReference>;
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceMapElement): IterableIterator<FoundReference>;
}

export function createTracker(globalScope: TSESLint.Scope.Scope): Tracker {
  // Legacy mode: `import * as jwt` and `import { sign }` of a CommonJS module see `module.exports`.
  return new ReferenceTracker(globalScope, { mode: 'legacy' }) as unknown as Tracker;
}

/** How each kind of API is reached: called, constructed, or read (passed on, extended, used as a type). */
function leaf(model: ApiModel): Record<symbol, ApiModel> {
  switch (model.kind) {
    case 'builder':
    case 'textEncoder':
      return { [CONSTRUCT]: model };
    case 'class':
      return { [CONSTRUCT]: model, [READ]: model };
    case 'plugin':
    case 'optionsType':
      return { [READ]: model };
    default:
      // READ lets `promisify(jwt.sign)` and mixins' class arguments be followed.
      return { [CALL]: model, [READ]: model };
  }
}

export function traceExports(exports: ExportMap): TraceMapElement {
  const map: Record<string | symbol, unknown> = {};
  for (const [name, model] of Object.entries(exports)) {
    if (model.kind === 'namespace') map[name] = traceExports(model.members);
    else if (model.kind === 'class') map[name] = { ...leaf(model), ...(model.statics ? traceExports(model.statics) : {}) };
    else map[name] = leaf(model);
  }
  return map as TraceMapElement;
}

/** The module as a whole: its exports, and what the module itself is when it is callable. */
function rootMap(library: LibraryModel, exports: ExportMap): Record<string | symbol, unknown> {
  const map: Record<string | symbol, unknown> = { ...traceExports(exports) };
  if (library.self?.kind === 'operation') map[CALL] = library.self;
  return map;
}

/** The trace map for `import … from id`. */
export function moduleTraceMap(library: LibraryModel, exports: ExportMap): TraceMapElement {
  const map = rootMap(library, exports);
  return (library.esm ? { ...map, [ESM]: true } : map) as TraceMapElement;
}

/** What a module evaluates to when loaded as a whole (`require`, `import * as`, `await import`). */
export function namespaceTraceMap(library: LibraryModel, exports: ExportMap, dynamicImport: boolean): TraceMapElement {
  const map = rootMap(library, exports);
  // `await import('cjs')` has the CommonJS exports both as `default` and as named properties.
  return (dynamicImport && !library.esm ? { ...map, default: map } : map) as TraceMapElement;
}

function exportsFor(library: LibraryModel, moduleId: string): ExportMap | undefined {
  if (library.modules.includes(moduleId)) return library.exports;
  const subpath = library.subpaths && Object.hasOwn(library.subpaths, moduleId) ? library.subpaths[moduleId] : undefined;
  if (subpath) return subpath;
  if (library.subpathPrefix && moduleId.startsWith(library.subpathPrefix)) return library.exports;
  return undefined;
}

export interface ModuleTarget {
  readonly library: LibraryModel;
  readonly exports: ExportMap;
}

/** The modelled library a module specifier names (also through the user's module aliases). */
export function findLibrary(
  libraries: readonly LibraryModel[],
  specifier: string,
  aliases: readonly ModuleAlias[],
): ModuleTarget | undefined {
  const alias = aliases.find(({ pattern }) => pattern.test(specifier));
  if (alias) return { library: alias.library, exports: alias.library.exports };
  const moduleId = normalizeSpecifier(specifier);
  for (const library of libraries) {
    const exports = exportsFor(library, moduleId);
    if (exports) return { library, exports };
  }
  return undefined;
}
