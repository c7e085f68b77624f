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
  // The models are static: their trace maps are built once, not for every file.
  let map = traceMaps.get(exports);
  if (!map) traceMaps.set(exports, (map = buildTraceMap(exports)));
  return map;
}

const traceMaps = new WeakMap<ExportMap, TraceMapElement>();

function buildTraceMap(exports: ExportMap): TraceMapElement {
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

/** A library's exports that are also globals (`Buffer`, `TextEncoder`), with their trace maps, built once. */
export interface GlobalTraceMap {
  readonly name: string;
  /** `{ [name]: … }`, for the global itself. */
  readonly traceMap: TraceMapElement;
  /** What the global's value leads to, for values read from it. */
  readonly inner: TraceMapElement;
}

const globalMaps = new WeakMap<LibraryModel, readonly GlobalTraceMap[]>();

export function globalTraceMaps(library: LibraryModel): readonly GlobalTraceMap[] {
  let maps = globalMaps.get(library);
  if (!maps) {
    maps = (library.globals ?? []).flatMap((name) => {
      const model = library.exports[name];
      if (!model) return [];
      const traceMap = traceExports({ [name]: model });
      const inner = (traceMap as Record<string, TraceMapElement | undefined>)[name];
      return inner ? [{ name, traceMap, inner }] : [];
    });
    globalMaps.set(library, maps);
  }
  return maps;
}

/** The trace maps of one export map of a library, built once. */
interface RootMaps {
  readonly module: TraceMapElement;
  readonly namespace: TraceMapElement;
  readonly dynamicImport: TraceMapElement;
}

/** Per library (its `self` and `esm` shape the maps), per export map (the package or a subpath). */
const rootMaps = new WeakMap<LibraryModel, WeakMap<ExportMap, RootMaps>>();

function rootMapsOf(library: LibraryModel, exports: ExportMap): RootMaps {
  let byExports = rootMaps.get(library);
  if (!byExports) rootMaps.set(library, (byExports = new WeakMap()));
  let maps = byExports.get(exports);
  if (!maps) {
    const map = rootMap(library, exports);
    maps = {
      module: (library.esm ? { ...map, [ESM]: true } : map) as TraceMapElement,
      namespace: map as TraceMapElement,
      // `await import('cjs')` has the CommonJS exports both as `default` and as named properties.
      dynamicImport: (library.esm ? map : { ...map, default: map }) as TraceMapElement,
    };
    byExports.set(exports, maps);
  }
  return maps;
}

/** The trace map for `import … from id`. */
export function moduleTraceMap(library: LibraryModel, exports: ExportMap): TraceMapElement {
  return rootMapsOf(library, exports).module;
}

/** What a module evaluates to when loaded as a whole (`require`, `import * as`, `await import`). */
export function namespaceTraceMap(library: LibraryModel, exports: ExportMap, dynamicImport: boolean): TraceMapElement {
  const maps = rootMapsOf(library, exports);
  return dynamicImport ? maps.dynamicImport : maps.namespace;
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
  let targets = targetsBySpecifier.get(libraries);
  if (!targets) targetsBySpecifier.set(libraries, (targets = new Map()));
  let target = targets.get(specifier);
  if (target === undefined) {
    target = null;
    const moduleId = normalizeSpecifier(specifier);
    for (const library of libraries) {
      const exports = exportsFor(library, moduleId);
      if (exports) {
        target = { library, exports };
        break;
      }
    }
    // Specifiers repeat across files (`'jsonwebtoken'`, `'./util'`); a project has a bounded set.
    if (targets.size >= MAX_REMEMBERED_SPECIFIERS) targets.clear();
    targets.set(specifier, target);
  }
  return target ?? undefined;
}

const MAX_REMEMBERED_SPECIFIERS = 10_000;
const targetsBySpecifier = new WeakMap<readonly LibraryModel[], Map<string, ModuleTarget | null>>();
