/**
 * One file's view of the JWT libraries, computed once and shared by every rule: the call sites of
 * modelled operations, the builders, and the key makers and config readers that the value
 * classifier needs. Files that load no JWT library are skipped by one cheap check.
 */
import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { allLibraries } from '../libraries/index.js';
import type { ConfigReaderModel, KeyMakerModel } from '../libraries/index.js';
import { followBuilder, type BuilderUse } from './builders.js';
import { CONFIG_LIBRARIES, mentionsConfigLibrary, mentionsJwtLibrary } from './mentions.js';
import type { ModuleLoader } from './module-loader.js';
import { markReadOnlyCall } from './objects.js';
import { reachThroughClasses } from './reach/classes.js';
import { findModuleReferences, type ApiReference } from './reach/modules.js';
import { reachThroughPlugins } from './reach/plugins.js';
import { callSite, type CallSite } from './reach/sites.js';
import { reachThroughSchemes } from './reach/schemes.js';
import { reachThroughOptionTypes } from './reach/typed-options.js';
import { readModuleAliases, type ModuleAlias } from './settings.js';
import { indexingListeners, syntaxIndex } from './syntax-index.js';
import { skipPassThrough } from './syntax.js';
import type { ValueContext } from './values.js';

export type { CallSite } from './reach/sites.js';

export interface JwtFile extends ValueContext {
  /** Every operation in the file, in source order. */
  readonly sites: readonly CallSite[];
  readonly builders: readonly BuilderUse[];
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * How this file reads other modules of the project: with its own parser and options, except a
 * typed parser's program (`project`, `projectService`), which a plain parse of one file must not build.
 */
function moduleLoader(context: Context): ModuleLoader {
  const root = context.cwd;
  return { file: path.resolve(root, context.filename), root, languageOptions: plainLanguageOptions(context.languageOptions), hops: 0 };
}

/** Per config (ESLint gives every file of a config the same languageOptions object), the options without a typed program. */
const plainOptions = new WeakMap<object, Record<string, unknown>>();

function plainLanguageOptions(options: object | undefined): Record<string, unknown> {
  const source = options ?? {};
  let plain = plainOptions.get(source);
  if (!plain) {
    const { parserOptions, ...languageOptions } = source as Record<string, unknown> & { parserOptions?: Record<string, unknown> };
    const plainParserOptions = Object.fromEntries(
      Object.entries(parserOptions ?? {}).filter(([name]) => !['project', 'projectService', 'programs'].includes(name)),
    );
    plain = { ...languageOptions, parserOptions: plainParserOptions };
    plainOptions.set(source, plain);
  }
  return plain;
}

function analyzeFile(sourceCode: Readonly<TSESLint.SourceCode>, aliases: readonly ModuleAlias[], loader: () => ModuleLoader): JwtFile | undefined {
  const { calls, dynamicImports } = syntaxIndex(sourceCode);
  const modules = findModuleReferences(sourceCode, allLibraries, dynamicImports, aliases);
  if (!modules) return undefined;
  const classes = reachThroughClasses(sourceCode, modules.tracker, modules.references);
  const sites: CallSite[] = [
    ...classes.sites,
    ...reachThroughPlugins(sourceCode, modules),
    ...reachThroughOptionTypes(sourceCode, modules.references),
    ...reachThroughSchemes(sourceCode, modules.loaded, calls),
  ];
  const builders: BuilderUse[] = [];
  const keyMakers = new Map<TSESTree.Node, KeyMakerModel>();
  const textEncoders = new Set<TSESTree.Node>();
  const configReaders = new Map<TSESTree.Node, ConfigReaderModel>();
  const sort = (reference: ApiReference): void => {
    const { model, node } = reference;
    if (model.kind === 'operation' && reference.kind === 'call' && node.type === 'CallExpression') sites.push(callSite(node, model));
    else if (model.kind === 'operation' && reference.kind === 'read') {
      // `jwt.sign.call(thisArg, payload, key)`: the arguments after `thisArg` are the call's.
      const call = borrowedCall(node);
      if (call) sites.push({ node: call, call, args: call.arguments.slice(1), model });
    }
    else if (model.kind === 'builder' && node.type === 'NewExpression') builders.push(followBuilder(sourceCode, node, model));
    else if (model.kind === 'keyMaker' && reference.kind === 'call') keyMakers.set(node, model);
    else if (model.kind === 'configReader' && reference.kind === 'call') configReaders.set(node, model);
    else if (model.kind === 'textEncoder') textEncoders.add(node);
  };
  modules.references.forEach(sort);
  classes.instanceCalls.forEach(sort);
  sites.sort((a, b) => a.node.range[0] - b.node.range[0]);
  // The modelled calls read the objects they receive: passing options to them does not change them.
  for (const site of sites) if (site.call) markReadOnlyCall(site.call);
  for (const call of [...keyMakers.keys(), ...configReaders.keys()]) markReadOnlyCall(call);
  for (const builder of builders) {
    markReadOnlyCall(builder.construct);
    for (const { call } of builder.calls) markReadOnlyCall(call);
  }
  builders.sort((a, b) => a.construct.range[0] - b.construct.range[0]);
  let moduleReader: ModuleLoader | undefined;
  return {
    sourceCode,
    sites,
    builders,
    keyMakers,
    textEncoders,
    configReaders,
    // Made when a value is first followed into another module (most files never need it).
    get modules() {
      return (moduleReader ??= loader());
    },
  };
}

/** `f.call(thisArg, …args)` made on a function value `f`. */
function borrowedCall(node: TSESTree.Node): TSESTree.CallExpression | undefined {
  const outer = skipPassThrough(node);
  const member = outer.parent;
  if (member?.type !== 'MemberExpression' || member.object !== outer || member.computed) return undefined;
  if (member.property.type !== 'Identifier' || member.property.name !== 'call') return undefined;
  const call = skipPassThrough(member).parent;
  return call?.type === 'CallExpression' && call.callee === skipPassThrough(member) ? call : undefined;
}

/** Per file, the analysis every rule shares (`null`: the file loads no JWT library). */
const analyses = new WeakMap<object, JwtFile | null>();
/** Per file, whether it loads a JWT library (the cheap check, made once for all rules). */
const mentions = new WeakMap<object, boolean>();

function loadsJwtLibrary(context: Context): boolean {
  const { sourceCode } = context;
  let answer = mentions.get(sourceCode);
  if (answer === undefined) mentions.set(sourceCode, (answer = mentionsJwtLibrary(sourceCode.text, readModuleAliases(context.settings))));
  return answer;
}

function jwtFileOf(context: Context): JwtFile | null {
  const { sourceCode } = context;
  const cached = analyses.get(sourceCode);
  if (cached !== undefined) return cached;
  const file = loadsJwtLibrary(context) ? (analyzeFile(sourceCode, readModuleAliases(context.settings), () => moduleLoader(context)) ?? null) : null;
  analyses.set(sourceCode, file);
  return file;
}

/**
 * What the value classifier needs in a file that loads no JWT library: only the config readers
 * (`config.get('JWT_SECRET', 'dev')`) of the helper libraries it loads, when it mentions one.
 */
function plainValues(sourceCode: Readonly<TSESLint.SourceCode>, modules: ModuleLoader): ValueContext {
  const configReaders = new Map<TSESTree.Node, ConfigReaderModel>();
  if (mentionsConfigLibrary(sourceCode.text)) {
    const modules = findModuleReferences(sourceCode, CONFIG_LIBRARIES, [], []);
    for (const reference of modules ? reachThroughClasses(sourceCode, modules.tracker, modules.references).instanceCalls : []) {
      if (reference.model.kind === 'configReader') configReaders.set(reference.node, reference.model);
    }
  }
  return { sourceCode, keyMakers: new Map(), textEncoders: new Set(), configReaders, modules };
}

/**
 * A listener for rules that look beyond JWT calls: `file` is the shared JWT analysis (absent for a
 * file that loads no JWT library); `values` is what the value classifier needs either way. A file
 * that loads no JWT library and whose text `mayMatter` rejects costs nothing more.
 */
export function onAnyFile(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  mayMatter: (text: string) => boolean,
  check: (file: JwtFile | undefined, values: ValueContext) => void,
): TSESLint.RuleListener {
  readModuleAliases(context.settings);
  if (!loadsJwtLibrary(context) && !mayMatter(context.sourceCode.text)) return {};
  return {
    ...indexingListeners(context.sourceCode),
    'Program:exit'() {
      const file = jwtFileOf(context) ?? undefined;
      check(file, file ?? plainValues(context.sourceCode, moduleLoader(context)));
    },
  };
}

/**
 * The rule listener for a JWT rule: nothing at all for files that never load a JWT library;
 * otherwise one callback with the file's shared analysis once the whole file has been seen (the
 * first rule to ask collects what the analysis needs during ESLint's own traversal).
 */
export function onJwtFile(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  check: (file: JwtFile) => void,
): TSESLint.RuleListener {
  // Settings are validated for every file, so a mistake is reported even where nothing is analysed.
  readModuleAliases(context.settings);
  if (!loadsJwtLibrary(context)) return {};
  return {
    ...indexingListeners(context.sourceCode),
    'Program:exit'() {
      const file = jwtFileOf(context);
      if (file) check(file);
    },
  };
}
