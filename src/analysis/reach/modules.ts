/**
 * Reach by module: every place a file calls, constructs or reads a modelled export, found by
 * following the module it comes from (import, require, dynamic import, `import x = require()`,
 * createRequire, compiled interop helpers, globals, a module kept on the instance), never by the
 * name at the call site.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../../ast-utils.js';
import type { ApiModel, LibraryModel } from '../../libraries/index.js';
import { memoize } from '../memo.js';
import type { ModuleAlias } from '../settings.js';
import {
  CALL,
  CONSTRUCT,
  createTracker,
  findLibrary,
  globalTraceMaps,
  moduleTraceMap,
  namespaceTraceMap,
  type FoundReference,
  type ModuleTarget,
  type TraceMap,
  type TraceMapElement,
  type Tracker,
} from './tracker.js';
import { isReassigned, isRebound, storedOnInstance, thenParameter, thisReads, usesOf } from './uses.js';

export type ReferenceKind = 'call' | 'construct' | 'read';

export interface ApiReference {
  /** The CallExpression or NewExpression for calls and constructions; the reading node for reads. */
  readonly node: TSESTree.Node;
  readonly kind: ReferenceKind;
  readonly model: ApiModel;
}

export interface ModuleReferences {
  readonly references: readonly ApiReference[];
  /** The libraries the file loads. */
  readonly loaded: readonly LibraryModel[];
  /** Expressions whose value is a whole module with a `self` model (`require('@fastify/jwt')`). */
  readonly roots: readonly { readonly node: TSESTree.Node; readonly library: LibraryModel }[];
  readonly tracker: Tracker;
}

function kindOf(type: symbol): ReferenceKind {
  if (type === CALL) return 'call';
  if (type === CONSTRUCT) return 'construct';
  return 'read';
}

/** The global trace maps of a set of libraries (the same few sets for every file). */
const globalsOf = memoize((libraries: readonly LibraryModel[]) => libraries.flatMap(globalTraceMaps));

/**
 * Finds every reference to the given libraries' APIs in one file.
 * `dynamicImports` are the file's `import()` expressions; `aliases` are local modules that
 * re-export a library (`settings['secure-jwt'].modules`).
 */
export function findModuleReferences(
  sourceCode: Readonly<TSESLint.SourceCode>,
  libraries: readonly LibraryModel[],
  dynamicImports: readonly TSESTree.ImportExpression[],
  aliases: readonly ModuleAlias[],
): ModuleReferences | undefined {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return undefined;
  const tracker = createTracker(globalScope);
  const found = new Map<TSESTree.Node, ApiReference>();
  const roots: { node: TSESTree.Node; library: LibraryModel }[] = [];
  const loaded = new Set<LibraryModel>();

  const add = (reference: FoundReference): void => {
    if (!found.has(reference.node)) {
      found.set(reference.node, { node: reference.node, kind: kindOf(reference.type), model: reference.info });
    }
  };
  const followValue = (node: TSESTree.Node, traceMap: TraceMapElement): void => {
    // `let jwt = require('jsonwebtoken'); jwt = stub;`: what `jwt` holds later is not the module.
    if (isRebound(sourceCode, node)) return;
    for (const reference of tracker.iteratePropertyReferences(node, traceMap)) add(reference);
  };
  /** A callback parameter that receives the module: its reads, or the reads of what it destructures. */
  const followParameter = (parameter: TSESTree.Node, traceMap: TraceMapElement): void => {
    const followReads = (id: TSESTree.Node, map: TraceMapElement | undefined): void => {
      const variable = id.type === 'Identifier' && map ? ASTUtils.findVariable(sourceCode.getScope(id), id) : null;
      if (!variable || !map || isReassigned(variable)) return;
      for (const reference of variable.references) if (reference.isRead()) followValue(reference.identifier, map);
    };
    if (parameter.type === 'Identifier') followReads(parameter, traceMap);
    else if (parameter.type === 'ObjectPattern') {
      for (const property of parameter.properties) {
        const key = property.type === 'Property' ? ASTUtils.getPropertyName(property) : null;
        if (key === null || property.type !== 'Property' || !Object.hasOwn(traceMap, key)) continue;
        followReads(property.value.type === 'AssignmentPattern' ? property.value.left : property.value, traceMap[key]);
      }
    }
  };
  /** The modelled library a module specifier (`'jsonwebtoken'`, a constant) names, if any. */
  const libraryOf = (specifier: TSESTree.Node | undefined): ModuleTarget | undefined => {
    const moduleId = specifier ? (ASTUtils.stringIfConstant(sourceCode, specifier) ?? undefined) : undefined;
    const target = moduleId === undefined ? undefined : findLibrary(libraries, moduleId, aliases);
    if (target) loaded.add(target.library);
    return target;
  };
  /** A whole module bound to `node`: remember it for `self` models, and follow it onto the instance. */
  const wholeModule = (node: TSESTree.Node, target: ModuleTarget, traceMap: TraceMapElement): void => {
    if (target.library.self) roots.push({ node, library: target.library });
    for (const use of usesOf(sourceCode, node)) followStoredModule(use, traceMap);
  };
  /**
   * A module object kept on the instance (`this.jwt = jwt` in the constructor, or a field
   * `jwt = jwt`): every `this.jwt` read in that class is the module too, unless the class replaces it.
   */
  const followStoredModule = (use: TSESTree.Node, traceMap: TraceMapElement): void => {
    const stored = storedOnInstance(use);
    if (!stored) return;
    const isSetup = (assignment: TSESTree.AssignmentExpression): boolean => assignment === stored.store;
    for (const read of thisReads(sourceCode, stored.classBody, stored.name, isSetup)) followValue(read, traceMap);
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
      wholeModule(call, target, traceMap);
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
      loaded.add(target.library);
      esmMap[statement.source.value] = moduleTraceMap(target.library, target.exports);
      for (const specifier of statement.type === 'ImportDeclaration' ? statement.specifiers : []) {
        const isWholeModule =
          specifier.type === 'ImportNamespaceSpecifier' || (specifier.type === 'ImportDefaultSpecifier' && !target.library.esm);
        if (isWholeModule) wholeModule(specifier, target, namespaceTraceMap(target.library, target.exports, false));
      }
    }
  }
  for (const reference of tracker.iterateEsmReferences(esmMap as TraceMap)) add(reference);

  // require(): a declared global in CommonJS files (unless the file defines its own `require`),
  // an undeclared one in ESM and TypeScript files.
  const requireVariable = globalScope.set.get('require');
  const requireIsNode = requireVariable !== undefined && requireVariable.defs.length === 0 && !isReassigned(requireVariable);
  const requireReferences = [
    ...(requireIsNode ? requireVariable.references : []),
    ...globalScope.through.filter((reference) => reference.identifier.name === 'require'),
  ];
  for (const reference of requireReferences) {
    const call = reference.identifier.parent;
    if (call?.type === 'CallExpression' && call.callee === reference.identifier) followRequire(call);
  }

  // Globals that are module exports, e.g. Buffer and TextEncoder
  const globals = globalsOf(libraries);
  if (globals.length > 0) {
    const unresolved = new Map<string, TSESTree.Node[]>();
    for (const { identifier } of globalScope.through) {
      const list = unresolved.get(identifier.name);
      if (list) list.push(identifier);
      else unresolved.set(identifier.name, [identifier]);
    }
    for (const { name, traceMap, inner } of globals) {
      for (const reference of tracker.iterateGlobalReferences(traceMap as TraceMap)) add(reference);
      for (const identifier of unresolved.get(name) ?? []) followValue(identifier, inner);
    }
  }

  // await import(id)
  for (const importExpression of dynamicImports) {
    const target = libraryOf(importExpression.source);
    if (!target) continue;
    const parent = importExpression.parent;
    const value = parent.type === 'AwaitExpression' ? parent : importExpression;
    const traceMap = namespaceTraceMap(target.library, target.exports, true);
    followValue(value, traceMap);
    // `import(id).then((jwt) => jwt.sign(…))` and `.then(({ sign }) => sign(…))`
    const parameter = thenParameter(importExpression);
    if (parameter) followParameter(parameter, traceMap);
  }

  // TypeScript `import x = require(id)`
  for (const statement of sourceCode.ast.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'TSImportEqualsDeclaration' || declaration.moduleReference.type !== 'TSExternalModuleReference') {
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
    if (reference.kind !== 'read' || reference.model.kind !== 'operation') continue;
    for (const use of usesOf(sourceCode, reference.node)) {
      const call = use.parent;
      const promisify = call ? found.get(call) : undefined;
      if (promisify?.model.kind === 'promisify' && call?.type === 'CallExpression' && call.arguments[0] === use) {
        followValue(call, { [CALL]: reference.model } as unknown as TraceMapElement);
      }
    }
  }

  return { references: [...found.values()], loaded: [...loaded], roots, tracker };
}

/** Helpers that TypeScript, Babel and tslib emit around `require()` for `import` interop. */
const INTEROP_HELPERS = new Set(['__importDefault', '__importStar', '_interopRequireDefault', '_interopRequireWildcard']);

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

