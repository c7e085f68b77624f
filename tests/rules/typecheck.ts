/**
 * The shared harness of the `*.typecheck.test.ts` files: lint a TS snippet with some rules, apply
 * each suggestion on its own, and compile the original and every result in one TypeScript program
 * (each file is its own module, so they cannot interfere) against the installed library types.
 */
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import ts from 'typescript';
import plugin from '../../src/index.js';

/** Virtual files live inside the repository so packages and `@types/node` resolve, and package.json
 * `"type": "module"` makes them ES modules (top-level await). They are never written. */
export function virtualDirectory(name: string): string {
  return path.join(path.resolve(import.meta.dirname, '../..'), 'tests', 'rules', name);
}

const compilerOptions: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};

export interface Variant {
  readonly label: string;
  readonly fileName: string;
  readonly text: string;
}

export interface Prepared {
  readonly original: Variant;
  readonly fixed: readonly Variant[];
  readonly messages: readonly Linter.LintMessage[];
}

/** Lints `code` as `<directory>/<base>.ts` with `rules`, and makes one variant per suggestion. */
export function prepare(code: string, directory: string, base: string, rules: readonly string[]): Prepared {
  const original: Variant = { label: 'original', fileName: path.join(directory, `${base}.ts`), text: code };
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        plugins: { 'secure-jwt': plugin },
        languageOptions: {
          parser: tsParser,
          sourceType: 'module',
          globals: { process: 'readonly', Buffer: 'readonly', TextEncoder: 'readonly', URL: 'readonly' },
        },
        rules: Object.fromEntries(rules.map((rule) => [`secure-jwt/${rule}`, 'error'])),
      },
    ],
    { filename: original.fileName },
  );
  const fixed: Variant[] = [];
  messages.forEach((message, m) => {
    (message.suggestions ?? []).forEach((suggestion, s) => {
      fixed.push({
        label: `report ${m} (${message.messageId}), suggestion ${s} (${suggestion.messageId})`,
        fileName: path.join(directory, `${base}.fix-${m}-${s}.ts`),
        text: code.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + code.slice(suggestion.fix.range[1]),
      });
    });
  });
  return { original, fixed, messages };
}

/** Compiles every variant in one program: each file name to its diagnostics, as `line:col TSnnnn: text`. */
export function compile(variants: readonly Variant[]): Map<string, string[]> {
  const virtual = new Map(variants.map((variant) => [variant.fileName, variant.text]));
  const host = ts.createCompilerHost(compilerOptions, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (fileName) => virtual.has(fileName) || fileExists.call(host, fileName);
  host.readFile = (fileName) => virtual.get(fileName) ?? readFile.call(host, fileName);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = virtual.get(fileName);
    return text === undefined
      ? getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate)
      : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options: compilerOptions, host });
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  const result = new Map<string, string[]>();
  for (const fileName of virtual.keys()) {
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile) throw new Error(`TypeScript did not load ${fileName}`);
    result.set(fileName, format([...global, ...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)]));
  }
  return result;
}

function format(diagnostics: readonly ts.Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code}: ${text}`;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${line + 1}:${character + 1} TS${diagnostic.code}: ${text}`;
  });
}
