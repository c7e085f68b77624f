/**
 * One file's view of the JWT libraries: the calls into them, the builders, and the key makers that
 * the value classifier needs. Rules get it through `onJwtFile`, which skips files that mention no
 * JWT library at all, so ordinary files cost one substring search.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { allLibraries, jwtLibraries } from '../libraries/index.js';
import type { FunctionModel, KeyMakerModel, LibraryModel } from '../libraries/index.js';
import { followBuilder, type BuilderUse } from './builders.js';
import { findApiReferences } from './references.js';
import { readModuleAliases, type ModuleAlias } from './settings.js';
import type { ValueContext } from './values.js';

export interface FunctionCall {
  readonly node: TSESTree.CallExpression;
  readonly model: FunctionModel;
}

export interface JwtFile extends ValueContext {
  readonly calls: readonly FunctionCall[];
  readonly builders: readonly BuilderUse[];
}

/** Module ids whose presence in the text makes a file worth analysing. */
function mentionedModules(libraries: readonly LibraryModel[]): string[] {
  return libraries.flatMap((library) => [...library.modules, ...(library.subpathPrefix ? [library.subpathPrefix] : [])]);
}

const JWT_MODULE_MENTIONS = mentionedModules(jwtLibraries);

function analyzeFile(
  sourceCode: Readonly<TSESLint.SourceCode>,
  dynamicImports: readonly TSESTree.ImportExpression[],
  aliases: readonly ModuleAlias[],
): JwtFile {
  const calls: FunctionCall[] = [];
  const builders: BuilderUse[] = [];
  const keyMakers = new Map<TSESTree.Node, KeyMakerModel>();
  const textEncoders = new Set<TSESTree.Node>();
  for (const reference of findApiReferences(sourceCode, allLibraries, dynamicImports, aliases)) {
    const { model, node } = reference;
    if (model.kind === 'function' && node.type === 'CallExpression') calls.push({ node, model });
    else if (model.kind === 'builder' && node.type === 'NewExpression') builders.push(followBuilder(sourceCode, node, model));
    else if (model.kind === 'keyMaker') keyMakers.set(node, model);
    else if (model.kind === 'textEncoder') textEncoders.add(node);
  }
  const byPosition = (a: { node: TSESTree.Node }, b: { node: TSESTree.Node }): number => a.node.range[0] - b.node.range[0];
  calls.sort(byPosition);
  builders.sort((a, b) => a.construct.range[0] - b.construct.range[0]);
  return { sourceCode, calls, builders, keyMakers, textEncoders };
}

/**
 * The rule listener for a JWT rule: nothing at all for files that never mention a JWT library;
 * otherwise one callback with the file's analysis once the whole file has been seen.
 */
export function onJwtFile(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  check: (file: JwtFile) => void,
): TSESLint.RuleListener {
  const { sourceCode } = context;
  const aliases = readModuleAliases(context.settings);
  const mentions = (text: string): boolean => sourceCode.text.includes(text);
  if (!JWT_MODULE_MENTIONS.some(mentions) && !aliases.some((alias) => alias.text.every(mentions))) return {};
  const dynamicImports: TSESTree.ImportExpression[] = [];
  return {
    ImportExpression(node) {
      dynamicImports.push(node);
    },
    'Program:exit'() {
      check(analyzeFile(sourceCode, dynamicImports, aliases));
    },
  };
}
