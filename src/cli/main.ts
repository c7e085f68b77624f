// `npx eslint-plugin-secure-jwt [paths...]`: the plugin's rules alone, through ESLint's Node API,
// over every JavaScript and TypeScript file, whether or not the project has ESLint set up.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as eslintApi from 'eslint';
import type { ESLint, Linter, Rule } from 'eslint';
import plugin from '../index.js';
import { PROJECT_CHECKS, type ProjectCheck } from './checks.js';
import { findEnvFiles } from './env-files.js';
import {
  commandWithExtras,
  EXTRAS,
  type Extra,
  loadExtra,
  REEXEC_ENV,
  reexecWithExtras,
  SELF_SPEC_ENV,
  STATUS_FILE_ENV,
} from './extras.js';
import { gitignorePatterns, isGitWorkTree, isTypeScript, JS_EXTENSIONS, listSourceFiles, TS_EXTENSIONS } from './files.js';
import { formatText, isEnvFile, isFatal } from './report.js';
import { formatSarif } from './sarif.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const PREFIX = 'secure-jwt/';
/** Files per ESLint call, so the progress bar moves on a large tree. */
const BATCH = 50;
/** Fewer files than this finish too fast for a progress bar to help. */
const PROGRESS_MIN_FILES = 200;

/** The plugin's flat configs (legacy eslintrc presets are not usable here). */
export function configNames(): string[] {
  return Object.entries(plugin.configs as Record<string, unknown>)
    .filter(([name, config]) => !name.endsWith('-legacy') && typeof config === 'object' && config !== null)
    .map(([name]) => name);
}

export function helpText(): string {
  return `Usage: npx eslint-plugin-secure-jwt [options] [paths...]

Audits JavaScript and TypeScript code for JWT mistakes with the eslint-plugin-secure-jwt rules
alone: no ESLint setup needed, and the project's own ESLint config is neither read nor changed.

Paths default to the current directory. Every .js .mjs .cjs .jsx .ts .mts .cts .tsx file under them
is audited, except what .gitignore excludes, node_modules, build output (dist, build, out,
coverage, .next, ...), declaration files and *.min.js. TypeScript is parsed without type
information; a path that does not exist or a file that does not parse is named and skipped.

Options:
  -c, --config NAME   rules to run: ${configNames().join(', ')} (default: recommended)
  -f, --format NAME   text (default): findings by file, each with its suggested fix as before/after
                      json: ESLint's JSON results (as eslint --format json)
                      sarif: SARIF 2.1.0 with CWE tags and security-severity, for GitHub code scanning
  -o, --output FILE   write the report to FILE instead of standard output
      --no-install    never fetch a missing TypeScript parser or SARIF formatter with npm exec;
                      TypeScript files are then listed as not audited
  -h, --help          show this help
  -v, --version       show the version

TypeScript files need @typescript-eslint/parser and typescript, and --format sarif needs
@microsoft/eslint-formatter-sarif. They are optional, so a JavaScript project's install stays
small: the audit uses them from the audited project or its own install, and otherwise re-runs
itself once through \`npm exec\` with them added (nothing is written to the project).

A progress bar is drawn on standard error when it is a terminal and CI is not set.

Exit status: 0 no findings, 1 findings, 2 usage error (unknown option, config or format, or no
path exists).
`;
}

export interface AuditIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Project-level checks; PROJECT_CHECKS by default. */
  checks?: ProjectCheck[];
}

interface Options {
  paths: string[];
  config: string;
  format: Format;
  output?: string;
  install: boolean;
}

class UsageError extends Error {}

function parseOptions(argv: string[]): Options | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'no-install': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const config = values.config ?? 'recommended';
  if (!configNames().includes(config)) throw new UsageError(`unknown config '${config}': use one of ${configNames().join(', ')}`);
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}': use one of ${FORMATS.join(', ')}`);
  if (values.output === '') throw new UsageError('--output needs a file name');
  return { paths: positionals.length > 0 ? positionals : ['.'], config, format: format as Format, output: values.output, install: !values['no-install'] };
}

/** ESLint's flat-config class: ESLint 9 and 10 export it as ESLint; 8.57 through loadESLint. */
async function flatESLint(): Promise<typeof ESLint> {
  const api = eslintApi as unknown as { loadESLint?: (options: { useFlatConfig: boolean }) => Promise<typeof ESLint>; ESLint: typeof ESLint };
  return api.loadESLint ? api.loadESLint({ useFlatConfig: true }) : api.ESLint;
}

const NODE_GLOBALS = Object.fromEntries(
  ['Buffer', 'console', 'process', 'TextEncoder', 'TextDecoder', 'URL', 'crypto', 'require', 'module', 'exports', '__dirname', '__filename', 'globalThis'].map(
    (name) => [name, 'readonly' as const],
  ),
);

function auditConfig(configName: string, parser: unknown, ignores: string[], envFiles: boolean): Linter.Config[] {
  const glob = (extensions: string[]): string[] => extensions.map((extension) => `**/*.${extension}`);
  const files = glob([...JS_EXTENSIONS, ...(parser ? TS_EXTENSIONS : [])]);
  // A config may be one object or an array; an entry with its own `files` (say, for another
  // language) keeps them, the others apply to every JS/TS file.
  const chosen = (plugin.configs as Record<string, Linter.Config | Linter.Config[]>)[configName]!;
  const entries = (Array.isArray(chosen) ? chosen : [chosen]).map((entry) => ({ ...entry, files: entry.files ?? files }));
  return [
    ...(ignores.length > 0 ? [{ ignores }] : []),
    {
      files,
      languageOptions: {
        ecmaVersion: 'latest',
        // Module code is the superset most files parse as; .cjs is CommonJS. require/module are
        // declared so CommonJS in a .js file is followed like in a configured project.
        sourceType: 'module',
        globals: NODE_GLOBALS,
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      // Directives about other plugins' rules must not produce findings of their own here.
      linterOptions: { reportUnusedDisableDirectives: false },
    },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    ...(parser ? [{ files: glob(TS_EXTENSIONS), languageOptions: { parser: parser as Linter.Parser } }] : []),
    ...entries,
    // `.env` files (ESLint 9+, which has languages): weak, placeholder and pasted secrets.
    ...(envFiles ? [(plugin.configs as Record<string, Linter.Config>).dotenv!] : []),
  ];
}

/** The `.env` files under the targets (a target may also be one env file). */
async function listEnvFiles(targets: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const target of targets) {
    if (statSync(target).isDirectory()) for (const file of await findEnvFiles(target)) found.add(path.join(target, file));
    else if (/^\.env(?:\.|$)/u.test(path.basename(target))) found.add(target);
  }
  return [...found].sort();
}

/**
 * Keeps the plugin's findings and parse failures; drops messages about other plugins' directives.
 * An env file's text is its secrets: its `source` (which ESLint adds to results) and the text of
 * its suggestions (a freshly generated secret) never go into a report or a CI log.
 */
function ownMessages(result: ESLint.LintResult): ESLint.LintResult {
  const env = isEnvFile(result.filePath);
  const messages = result.messages
    .filter((message) => (message.ruleId === null ? message.fatal === true : message.ruleId.startsWith(PREFIX)))
    .map((message) => (env && message.suggestions ? { ...message, suggestions: message.suggestions.map(({ desc, messageId }) => ({ desc, messageId }) as Linter.LintSuggestion) } : message));
  const count = (severity: number): number => messages.filter((message) => message.severity === severity).length;
  return {
    ...result,
    ...(env ? { source: undefined } : {}),
    messages,
    errorCount: count(2),
    warningCount: count(1),
    fatalErrorCount: messages.filter((message) => message.fatal).length,
  };
}

function progressBar(stderr: AuditIo['stderr'], env: NodeJS.ProcessEnv, total: number): (done: number) => void {
  if (!stderr.isTTY || env.CI || total < PROGRESS_MIN_FILES) return () => {};
  const width = 30;
  return (done) => {
    const filled = Math.round((done / total) * width);
    stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
    if (done >= total) stderr.write(`\r${' '.repeat(width + 20)}\r`);
  };
}

export async function audit(argv: string[], io: AuditIo): Promise<number> {
  const code = await auditWithoutStatus(argv, io);
  const statusFile = io.env[STATUS_FILE_ENV];
  if (statusFile) writeFileSync(statusFile, String(code));
  return code;
}

async function auditWithoutStatus(argv: string[], io: AuditIo): Promise<number> {
  const { cwd, env, stdout, stderr } = io;
  const say = (text: string): void => void stderr.write(`secure-jwt: ${text}\n`);
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`${error.message} (see --help)`);
    return EXIT_USAGE;
  }
  if (options === 'help') {
    stdout.write(helpText());
    return EXIT_CLEAN;
  }
  if (options === 'version') {
    stdout.write(`${plugin.meta.version}\n`);
    return EXIT_CLEAN;
  }

  const missingPaths = options.paths.filter((target) => !existsSync(path.resolve(cwd, target)));
  for (const missing of missingPaths) say(`${missing}: no such file or directory, skipped`);
  const targets = options.paths.filter((target) => !missingPaths.includes(target)).map((target) => path.resolve(cwd, target));
  if (targets.length === 0) {
    say('none of the given paths exists');
    return EXIT_USAGE;
  }

  let files = listSourceFiles(cwd, targets);
  const typeScriptFiles = files.filter(isTypeScript);
  const parser = typeScriptFiles.length > 0 ? loadExtra(EXTRAS.parser, cwd) : undefined;
  const sarifFormatter = options.format === 'sarif' ? loadExtra(EXTRAS.sarif, cwd) : undefined;
  const missingExtras: Extra[] = [
    ...(typeScriptFiles.length > 0 && !parser ? [EXTRAS.parser] : []),
    ...(options.format === 'sarif' && !sarifFormatter ? [EXTRAS.sarif] : []),
  ];
  const selfSpec = env[SELF_SPEC_ENV] ?? `${plugin.meta.name}@${plugin.meta.version}`;
  if (missingExtras.length > 0 && options.install && !env[REEXEC_ENV]) {
    say(`fetching ${missingExtras.map((extra) => `${extra.module} (${extra.purpose})`).join(' and ')} with npm exec; --no-install skips this`);
    const status = reexecWithExtras(selfSpec, missingExtras, argv, cwd, env);
    if (status !== undefined) return status;
    say('npm exec could not provide them; going on without');
  }
  if (options.format === 'sarif' && !sarifFormatter) {
    say(`--format sarif needs ${EXTRAS.sarif.module}: npm install --save-dev ${EXTRAS.sarif.module}, or run ${commandWithExtras(selfSpec, [EXTRAS.sarif], argv)}`);
    return EXIT_USAGE;
  }
  const skippedTypeScript = parser ? [] : typeScriptFiles;
  if (!parser) files = files.filter((file) => !isTypeScript(file));
  const skippedCommand = skippedTypeScript.length > 0 ? commandWithExtras(selfSpec, [EXTRAS.parser], argv) : undefined;
  if (skippedTypeScript.length > 0) say(`${skippedTypeScript.length} TypeScript file(s) not audited: no TypeScript parser (to include them: ${skippedCommand})`);

  const ESLintClass = await flatESLint();
  // Env files are linted even where .gitignore covers them: a weak secret there is still used.
  const hasLanguages = Number((ESLintClass as unknown as { version?: string }).version?.split('.')[0] ?? 0) >= 9;
  const envFiles = hasLanguages ? await listEnvFiles(targets) : [];
  const gitignore = isGitWorkTree(cwd) ? [] : gitignorePatterns(cwd);
  const eslint = new ESLintClass({
    cwd,
    overrideConfigFile: true,
    overrideConfig: auditConfig(options.config, parser, gitignore, envFiles.length > 0),
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
  } as ESLint.Options);
  if (gitignore.length > 0) {
    const kept: string[] = [];
    for (const file of files) if (!(await eslint.isPathIgnored(file))) kept.push(file);
    files = kept;
  }
  files = [...files, ...envFiles];

  const results: ESLint.LintResult[] = [];
  const progress = progressBar(stderr, env, files.length);
  for (let start = 0; start < files.length; start += BATCH) {
    results.push(...(await eslint.lintFiles(files.slice(start, start + BATCH))).map(ownMessages));
    progress(Math.min(start + BATCH, files.length));
  }

  for (const check of io.checks ?? PROJECT_CHECKS) {
    for (const finding of await check({ cwd, paths: targets, files })) {
      let result = results.find((candidate) => candidate.filePath === finding.filePath);
      if (!result) {
        result = { filePath: finding.filePath, messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] };
        results.push(result);
      }
      const severity = finding.severity ?? 2;
      result.messages.push({ ruleId: finding.ruleId, message: finding.message, line: finding.line, column: finding.column, severity, nodeType: null } as Linter.LintMessage);
      if (severity === 2) result.errorCount += 1;
      else result.warningCount += 1;
    }
  }

  const sources = new Map<string, string>();
  for (const result of results) {
    if (result.messages.some((message) => message.suggestions?.length || message.fix)) sources.set(result.filePath, readFileSync(result.filePath, 'utf8'));
  }
  for (const result of results) {
    for (const message of result.messages) if (isFatal(message)) say(`${path.relative(cwd, result.filePath) || result.filePath}: could not parse, not audited: ${message.message}`);
  }

  let report: string;
  if (options.format === 'json') {
    report = `${JSON.stringify(results)}\n`;
  } else if (options.format === 'sarif') {
    const rulesMeta = Object.fromEntries(Object.entries(plugin.rules).map(([name, rule]) => [`${PREFIX}${name}`, rule.meta as Rule.RuleMetaData]));
    report = formatSarif(sarifFormatter as Parameters<typeof formatSarif>[0], results, rulesMeta, cwd, plugin.meta.version);
  } else {
    report = formatText(results, sources, cwd, { missingPaths, skippedTypeScript, skippedCommand, fileCount: files.length, configName: options.config });
  }

  const findings = results.reduce((sum, result) => sum + result.messages.filter((message) => !isFatal(message)).length, 0);
  if (options.output) {
    writeFileSync(path.resolve(cwd, options.output), report);
    say(`wrote ${options.format} report to ${options.output}: ${findings} finding(s) in ${files.length} file(s)`);
  } else {
    stdout.write(report);
  }
  return findings > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
