/**
 * Values that live in another file of the project: a relative import (`./config`), a TS path alias
 * (tsconfig `paths`), or a JSON file. The module is parsed with the parser the current file uses
 * (through ESLint's own Linter, so scope analysis is the same) and its exported value is classified
 * by the same engine. Bounded: only project files outside node_modules, under a size limit, a few
 * hops deep; a file that cannot be read or parsed means "can't tell".
 *
 * The parse cache is shared by all files of a run (keyed by path and modification time), as plugins
 * that read other files do; ESLint's `--cache` does not know about these reads (see the README).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';
import type { Linter } from 'eslint';

/** Files larger than this are generated or data: not worth parsing for one constant. */
const MAX_BYTES = 256 * 1024;
/** How many modules deep a value is followed (`config.ts` re-exporting `env.ts` is two). */
export const MAX_MODULE_HOPS = 3;

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx', '.json'];

interface Parsed {
  readonly mtimeMs: number;
  readonly sourceCode: Readonly<TSESLint.SourceCode> | undefined;
}

/**
 * ESLint's Linter, loaded on first use: the plugin itself must load fast, and most runs never read
 * another module. `eslint` is the plugin's peer dependency, so it resolves from here.
 */
let linterClass: typeof Linter | undefined;
function loadLinter(): typeof Linter {
  linterClass ??= (createRequire(import.meta.url)('eslint') as typeof import('eslint')).Linter;
  return linterClass;
}

/** One run's parses, by absolute path: each file is parsed once, again only when it changes. */
const parsed = new Map<string, Parsed>();

export interface ModuleLoader {
  /** The current file, absolute. */
  readonly file: string;
  /** The project root: nothing outside it is read. */
  readonly root: string;
  readonly languageOptions: Readonly<Record<string, unknown>>;
  /** How many modules away from the linted file this one is. */
  readonly hops: number;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `./config` → the file it names: as written, with an extension, as a directory index, `.js` written for `.ts`. */
function resolveFile(base: string): string | undefined {
  const candidates = [
    base,
    ...EXTENSIONS.map((extension) => base + extension),
    ...EXTENSIONS.map((extension) => path.join(base, `index${extension}`)),
    ...(/\.[cm]?js$/u.test(base) ? [base.replace(/js$/u, 'ts'), base.replace(/\.js$/u, '.tsx')] : []),
  ];
  return candidates.find(isFile);
}

/** tsconfig `paths` of the nearest tsconfig.json up from `directory` (within `root`), with its directory. */
function tsconfigPaths(directory: string, root: string): { base: string; paths: Record<string, string[]> } | undefined {
  for (let current = directory; current.startsWith(root); current = path.dirname(current)) {
    const file = path.join(current, 'tsconfig.json');
    if (isFile(file)) {
      try {
        // tsconfig allows comments and trailing commas.
        const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(?<=^|[^:"\\])\/\/.*$/gmu, '').replace(/,(\s*[}\]])/gu, '$1');
        const options = (JSON.parse(text) as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } }).compilerOptions;
        if (!options?.paths) return undefined;
        return { base: path.resolve(current, options.baseUrl ?? '.'), paths: options.paths };
      } catch {
        return undefined;
      }
    }
    if (current === path.dirname(current)) break;
  }
  return undefined;
}

/** The project file a specifier names, or undefined (a package, a file outside the project, too far). */
export function resolveModule(loader: ModuleLoader, specifier: string): string | undefined {
  if (loader.hops >= MAX_MODULE_HOPS) return undefined;
  let resolved: string | undefined;
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    resolved = resolveFile(path.resolve(path.dirname(loader.file), specifier));
  } else {
    const config = tsconfigPaths(path.dirname(loader.file), loader.root);
    for (const [pattern, targets] of Object.entries(config?.paths ?? {})) {
      const [prefix = '', suffix = ''] = pattern.split('*');
      const wildcard = pattern.includes('*');
      if (!(wildcard ? specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length >= prefix.length + suffix.length : specifier === pattern)) continue;
      const matched = wildcard ? specifier.slice(prefix.length, specifier.length - suffix.length) : '';
      for (const target of targets) {
        resolved = resolveFile(path.resolve(config!.base, target.replace('*', matched)));
        if (resolved) break;
      }
      if (resolved) break;
    }
  }
  if (!resolved) return undefined;
  const inside = !path.relative(loader.root, resolved).startsWith('..') && !resolved.split(path.sep).includes('node_modules');
  return inside ? resolved : undefined;
}

/** Parses a file as the linted file is parsed; a JSON file as the default export of its object. */
function parse(file: string, languageOptions: Readonly<Record<string, unknown>>): Readonly<TSESLint.SourceCode> | undefined {
  let text = readFileSync(file, 'utf8');
  const json = file.endsWith('.json');
  // `export default` on the same line keeps the JSON's line numbers.
  if (json) text = `export default ${text}`;
  let captured: Readonly<TSESLint.SourceCode> | undefined;
  const capture = {
    meta: { schema: [] },
    create(context: { sourceCode: unknown }) {
      captured = context.sourceCode as Readonly<TSESLint.SourceCode>;
      return {};
    },
  };
  const options = { ...languageOptions, ...(json ? { sourceType: 'module' } : {}) };
  const filename = json ? `${file}.mjs` : file;
  // The file's own directory as cwd and its own name as the pattern: ESLint lints only what a
  // config names (a catch-all `**/*` does not make a .ts file lintable).
  const LinterClass = loadLinter();
  const linter = new LinterClass({ configType: 'flat', cwd: path.dirname(file) } as ConstructorParameters<typeof Linter>[0]);
  const config = { files: [path.basename(filename)], languageOptions: options, plugins: { capture: { rules: { source: capture } } }, rules: { 'capture/source': 'error' } };
  const messages = linter.verify(text, [config] as Linter.Config[], { filename });
  return messages.some((message) => message.fatal) ? undefined : captured;
}

/** The parsed module at `file`, from the cache while the file is unchanged; undefined if it cannot be read or parsed. */
export function loadModule(file: string, languageOptions: Readonly<Record<string, unknown>>): Readonly<TSESLint.SourceCode> | undefined {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return undefined;
  }
  const cached = parsed.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs) return cached.sourceCode;
  let sourceCode: Readonly<TSESLint.SourceCode> | undefined;
  try {
    sourceCode = stat.size <= MAX_BYTES ? parse(file, languageOptions) : undefined;
  } catch {
    sourceCode = undefined;
  }
  parsed.set(file, { mtimeMs: stat.mtimeMs, sourceCode });
  return sourceCode;
}
