/**
 * "Where": every place a file calls or constructs a modelled API, found by following the module it
 * comes from (import, require, dynamic import, `import x = require()`, createRequire, globals),
 * never by the name at the call site.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import type { ApiModel, ExportMap, LibraryModel } from '../libraries/index.js';
import type { ModuleAlias } from './settings.js';
import { normalizeSpecifier } from './specifiers.js';
import { skipPassThrough, thisOwner, walk } from './syntax.js';

const { ReferenceTracker } = ASTUtils;
const { CALL, CONSTRUCT, ESM, READ } = ReferenceTracker;

/** A trace map: export names down to `{ [CALL]: model }` leaves (symbol keys hold the models). */
interface TraceMapElement {
  [name: string]: TraceMapElement;
}
type TraceMap = Record<string, TraceMapElement>;

interface FoundReference {
  readonly node: TSESTree.Node;
  readonly type: symbol;
  readonly info: ApiModel;
}

/**
 * The tracker as we use it. @typescript-eslint/utils types it with `any` infos and omits the public
 * `iteratePropertyReferences`; this one small interface keeps the rest of the engine typed.
 */
interface Tracker {
  iterateEsmReferences(traceMap: TraceMap): IterableIterator<FoundReference>;
  iterateGlobalReferences(traceMap: TraceMap): IterableIterator<FoundReference>;
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceMapElement): IterableIterator<FoundReference>;
}

export type ReferenceKind = 'call' | 'construct' | 'read';

export interface ApiReference {
  /** The CallExpression or NewExpression for calls and constructions; the reading expression for reads. */
  readonly node: TSESTree.Node;
  readonly kind: ReferenceKind;
  readonly model: ApiModel;
}

function traceExports(exports: ExportMap): TraceMapElement {
  const map: Record<string | symbol, unknown> = {};
  for (const [name, model] of Object.entries(exports)) {
    if (model.kind === 'namespace') {
      map[name] = traceExports(model.members);
    } else if (model.kind === 'builder' || model.kind === 'textEncoder') {
      map[name] = { [CONSTRUCT]: model };
    } else {
      // READ lets `promisify(jwt.sign)` be followed; other reads are ignored.
      map[name] = { [CALL]: model, [READ]: model };
    }
  }
  return map as TraceMapElement;
}

function moduleTraceMap(library: LibraryModel, exports: ExportMap): TraceMapElement {
  const map = traceExports(exports);
  return (library.esm ? { ...map, [ESM]: true } : map) as TraceMapElement;
}

/** What a module evaluates to when loaded as a whole (`require`, `import * as`, `await import`). */
function namespaceTraceMap(library: LibraryModel, exports: ExportMap, dynamicImport: boolean): TraceMapElement {
  const map = traceExports(exports);
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

function findLibrary(
  libraries: readonly LibraryModel[],
  specifier: string,
  aliases: readonly ModuleAlias[],
): { library: LibraryModel; exports: ExportMap } | undefined {
  const alias = aliases.find(({ pattern }) => pattern.test(specifier));
  if (alias) return { library: alias.library, exports: alias.library.exports };
  const moduleId = normalizeSpecifier(specifier);
  for (const library of libraries) {
    const exports = exportsFor(library, moduleId);
    if (exports) return { library, exports };
  }
  return undefined;
}

function kindOf(type: symbol): ReferenceKind {
  if (type === CALL) return 'call';
  if (type === CONSTRUCT) return 'construct';
  return 'read';
}

/**
 * Finds every reference to the given libraries' APIs in one file.
 * `dynamicImports` are the file's `import()` expressions (collected by the rule's visitor);
 * `aliases` are local modules that re-export a library (`settings['secure-jwt'].modules`).
 */
export function findApiReferences(
  sourceCode: Readonly<TSESLint.SourceCode>,
  libraries: readonly LibraryModel[],
  dynamicImports: readonly TSESTree.ImportExpression[],
  aliases: readonly ModuleAlias[] = [],
): ApiReference[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const tracker = new ReferenceTracker(globalScope, { mode: 'legacy' }) as unknown as Tracker;
  const found = new Map<TSESTree.Node, ApiReference>();

  const add = (reference: FoundReference): void => {
    if (!found.has(reference.node)) {
      found.set(reference.node, { node: reference.node, kind: kindOf(reference.type), model: reference.info });
    }
  };
  const followValue = (node: TSESTree.Node, traceMap: TraceMapElement): void => {
    for (const reference of tracker.iteratePropertyReferences(node, traceMap)) add(reference);
  };
  /** The modelled library a module specifier (`'jsonwebtoken'`, a constant) names, if any. */
  const libraryOf = (specifier: TSESTree.Node | undefined): ReturnType<typeof findLibrary> => {
    const moduleId = specifier ? (ASTUtils.getStringIfConstant(specifier, globalScope) ?? undefined) : undefined;
    return moduleId === undefined ? undefined : findLibrary(libraries, moduleId, aliases);
  };
  /**
   * A module object kept on the instance (`this.jwt = jwt` in the constructor, or a field
   * `jwt = jwt`): every `this.jwt` read in that class is the module too.
   */
  const followStoredModule = (variable: TSESLint.Scope.Variable, traceMap: TraceMapElement): void => {
    for (const reference of variable.references) {
      const use = skipPassThrough(reference.identifier);
      const store = use.parent;
      const field =
        store?.type === 'AssignmentExpression' && store.right === use && store.left.type === 'MemberExpression' && store.left.object.type === 'ThisExpression'
          ? store.left
          : store?.type === 'PropertyDefinition' && store.value === use && !store.static
            ? store
            : undefined;
      const name = field ? ASTUtils.getPropertyName(field) : null;
      const owner = field ? thisOwner(field) : undefined;
      if (name === null || !owner || owner.isStatic) continue;
      walk(sourceCode, owner.classBody, (node) => {
        if (node.type === 'MemberExpression' && node.object.type === 'ThisExpression' && ASTUtils.getPropertyName(node) === name) {
          followValue(node, traceMap);
        }
        return true;
      });
    }
  };
  /** `require(id)` and equivalents: the call evaluates to the module as a whole. */
  const followRequire = (call: TSESTree.CallExpression): void => {
    const target = libraryOf(call.arguments[0]);
    if (!target) return;
    const wrapper = interopWrapper(call);
    // Compiled output: `__importDefault(require(id)).default` is the module itself.
    if (wrapper) followValue(wrapper, namespaceTraceMap(target.library, target.exports, true));
    else {
      const traceMap = namespaceTraceMap(target.library, target.exports, false);
      followValue(call, traceMap);
      const declarator = skipPassThrough(call).parent;
      if (declarator?.type === 'VariableDeclarator' && declarator.init === skipPassThrough(call) && declarator.id.type === 'Identifier') {
        for (const variable of sourceCode.getDeclaredVariables(declarator)) followStoredModule(variable, traceMap);
      }
    }
  };

  // import declarations and `export … from`
  const esmMap: Record<string, TraceMapElement> = {};
  for (const statement of sourceCode.ast.body) {
    if (
      (statement.type === 'ImportDeclaration' ||
        statement.type === 'ExportNamedDeclaration' ||
        statement.type === 'ExportAllDeclaration') &&
      statement.source
    ) {
      const target = findLibrary(libraries, statement.source.value, aliases);
      if (!target) continue;
      esmMap[statement.source.value] = moduleTraceMap(target.library, target.exports);
      for (const specifier of statement.type === 'ImportDeclaration' ? statement.specifiers : []) {
        const wholeModule =
          specifier.type === 'ImportNamespaceSpecifier' || (specifier.type === 'ImportDefaultSpecifier' && !target.library.esm);
        if (!wholeModule) continue;
        const traceMap = namespaceTraceMap(target.library, target.exports, false);
        for (const variable of sourceCode.getDeclaredVariables(specifier)) followStoredModule(variable, traceMap);
      }
    }
  }
  for (const reference of tracker.iterateEsmReferences(esmMap as TraceMap)) add(reference);

  // require(): a declared global in CommonJS files (unless the file defines its own `require`),
  // an undeclared one in ESM and TypeScript files.
  const requireVariable = globalScope.set.get('require');
  const requireIsNode =
    requireVariable !== undefined &&
    requireVariable.defs.length === 0 &&
    !requireVariable.references.some((reference) => reference.isWrite());
  const requireReferences = [
    ...(requireIsNode ? requireVariable.references : []),
    ...globalScope.through.filter((reference) => reference.identifier.name === 'require'),
  ];
  for (const reference of requireReferences) {
    const call = reference.identifier.parent;
    if (call?.type === 'CallExpression' && call.callee === reference.identifier) followRequire(call);
  }

  // Globals that are module exports, e.g. Buffer and TextEncoder
  for (const library of libraries) {
    for (const name of library.globals ?? []) {
      const model = library.exports[name];
      if (!model) continue;
      const traceMap = traceExports({ [name]: model });
      for (const reference of tracker.iterateGlobalReferences(traceMap as TraceMap)) add(reference);
      const inner = traceMap[name];
      if (!inner) continue;
      for (const reference of globalScope.through) {
        if (reference.identifier.name === name) followValue(reference.identifier, inner);
      }
    }
  }

  // await import(id)
  for (const importExpression of dynamicImports) {
    const target = libraryOf(importExpression.source);
    if (!target) continue;
    const parent = importExpression.parent;
    const value = parent.type === 'AwaitExpression' ? parent : importExpression;
    followValue(value, namespaceTraceMap(target.library, target.exports, true));
  }

  // TypeScript `import x = require(id)`
  for (const statement of sourceCode.ast.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (
      declaration?.type !== 'TSImportEqualsDeclaration' ||
      declaration.moduleReference.type !== 'TSExternalModuleReference'
    ) {
      continue;
    }
    const target = findLibrary(libraries, String(declaration.moduleReference.expression.value), aliases);
    if (!target) continue;
    const traceMap = namespaceTraceMap(target.library, target.exports, false);
    for (const variable of sourceCode.getDeclaredVariables(declaration)) {
      for (const reference of variable.references) {
        if (reference.isRead()) followValue(reference.identifier, traceMap);
      }
    }
  }

  // Functions that stand in for an API: `createRequire(url)` and `promisify(jwt.sign)`
  const references = [...found.values()];
  for (const reference of references) {
    if (reference.kind !== 'call' || reference.model.kind !== 'createRequire') continue;
    for (const use of usesOf(sourceCode, reference.node)) {
      if (use.parent?.type === 'CallExpression' && use.parent.callee === use) followRequire(use.parent);
    }
  }
  for (const reference of references) {
    if (reference.kind !== 'read' || reference.model.kind !== 'function') continue;
    for (const use of usesOf(sourceCode, reference.node)) {
      const call = use.parent;
      const promisify = call ? found.get(call) : undefined;
      if (promisify?.model.kind === 'promisify' && call?.type === 'CallExpression' && call.arguments[0] === use) {
        followValue(call, { [CALL]: reference.model } as unknown as TraceMapElement);
      }
    }
  }

  return [...found.values()].filter((reference) => reference.kind !== 'read');
}

/** Helpers that TypeScript, Babel and tslib emit around `require()` for `import` interop. */
const INTEROP_HELPERS = new Set([
  '__importDefault',
  '__importStar',
  '_interopRequireDefault',
  '_interopRequireWildcard',
]);

/** `__importDefault(require(id))` (also `tslib.__importDefault(…)`, `(0, helper)(…)`): the wrapping call. */
function interopWrapper(requireCall: TSESTree.CallExpression): TSESTree.CallExpression | undefined {
  const parent = requireCall.parent;
  if (parent?.type !== 'CallExpression' || parent.arguments[0] !== requireCall) return undefined;
  let callee: TSESTree.Node = parent.callee;
  if (callee.type === 'SequenceExpression') callee = callee.expressions.at(-1) ?? callee;
  const name =
    callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? ASTUtils.getPropertyName(callee) : null;
  return name !== null && INTEROP_HELPERS.has(name) ? parent : undefined;
}

/**
 * Where a value is used: the expression itself, or, when it is bound to a variable
 * (`const r = createRequire(url)`, `import { sign } from`, `const { sign } = require()`), each read of it.
 */
function usesOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Node[] {
  let variables: readonly TSESLint.Scope.Variable[];
  if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier') {
    variables = sourceCode.getDeclaredVariables(node);
  } else if (node.type === 'Property' && node.parent.type === 'ObjectPattern') {
    const target = node.value.type === 'AssignmentPattern' ? node.value.left : node.value;
    const variable = target.type === 'Identifier' ? ASTUtils.findVariable(sourceCode.getScope(target), target) : null;
    variables = variable ? [variable] : [];
  } else {
    const outer = skipPassThrough(node);
    const declarator = outer.parent;
    if (declarator?.type !== 'VariableDeclarator' || declarator.init !== outer || declarator.id.type !== 'Identifier') {
      return [outer];
    }
    variables = sourceCode.getDeclaredVariables(declarator);
  }
  return variables.flatMap((variable) =>
    variable.references.filter((reference) => reference.isRead()).map((reference) => skipPassThrough(reference.identifier)),
  );
}
