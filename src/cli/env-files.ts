/**
 * The audit's checks on `.env` files, beyond what a lint rule can see in one file:
 * - an env file holding a JWT secret that git tracks, or that `.gitignore` does not cover;
 * - the same JWT secret value in a production env file and a non-production one next to it.
 * Findings name files and variables, never values.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, type VariableNode } from '../languages/dotenv/parser.js';
import { isExampleFile, isPrivateKey, isIndirectValue, isSecretJwt } from '../languages/dotenv/secrets.js';
import { createSecretNameMatcher } from '../secret-names.js';

const execFileAsync = promisify(execFile);

/** Runs git in `cwd`; `input` goes to its stdin. Resolves with stdout and the exit code (not rejected on 1). */
function git(cwd: string, args: string[], input?: string): Promise<{ stdout: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      if (code === 0 || code === 1) resolve({ stdout, code });
      else reject(error);
    });
    child.stdin?.end(input ?? '');
  });
}

export type EnvFindingId = 'env-file-tracked' | 'env-file-not-ignored' | 'env-secret-shared' | 'env-parse-error';

export interface EnvFinding {
  /** Relative to the audited root, with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  id: EnvFindingId;
  message: string;
}

export interface AuditEnvOptions {
  /** JWT secret variable name patterns (`*` = any run of characters); the plugin's default list otherwise. */
  names?: string[];
  /** Directory names not searched for env files. */
  skipDirectories?: string[];
}

const DEFAULT_SKIPPED = ['node_modules', '.git', 'dist', 'build', 'coverage', '.next', '.turbo', '.cache'];

/** `.env` and `.env.*` files under `root`, relative with `/` separators, sorted. */
export async function findEnvFiles(root: string, skipDirectories: readonly string[] = DEFAULT_SKIPPED): Promise<string[]> {
  const found: string[] = [];
  const skipped = new Set(skipDirectories);
  const walk = async (directory: string): Promise<void> => {
    const entries = await readdir(path.join(root, directory), { withFileTypes: true });
    for (const entry of entries) {
      const relative = directory ? `${directory}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !skipped.has(entry.name)) await walk(relative);
      else if (entry.isFile() && (entry.name === '.env' || entry.name.startsWith('.env.'))) found.push(relative);
    }
  };
  await walk('');
  return found.sort();
}

const isProduction = (file: string): boolean =>
  path.posix.basename(file).toLowerCase().split('.').some((segment) => segment === 'production' || segment === 'prod');

interface EnvFile {
  file: string;
  secrets: VariableNode[];
}

export async function auditEnvFiles(root: string, options: AuditEnvOptions = {}): Promise<EnvFinding[]> {
  const isSecretName = createSecretNameMatcher(options.names);
  const findings: EnvFinding[] = [];
  const files: EnvFile[] = [];
  for (const file of await findEnvFiles(root, options.skipDirectories)) {
    if (isExampleFile(file)) continue;
    const result = parse(await readFile(path.join(root, file), 'utf8'));
    if (!result.ok) {
      const [error] = result.errors;
      findings.push({ file, line: error!.line, column: error!.column, id: 'env-parse-error', message: error!.message });
      continue;
    }
    const secrets = result.ast.body.filter(({ key, value }) => {
      const text = value.value;
      if (text.trim() === '' || isIndirectValue(text)) return false;
      return isSecretName(key.name) || isPrivateKey(text) || isSecretJwt(text);
    });
    if (secrets.length > 0) files.push({ file, secrets });
  }

  const git = await gitStatus(root, files.map(({ file }) => file));
  for (const { file, secrets } of files) {
    const first = secrets[0]!;
    const at = { file, line: first.value.loc.start.line, column: first.value.loc.start.column + 1 };
    const names = secrets.map(({ key }) => key.name).join(', ');
    if (git?.tracked.has(file)) {
      findings.push({
        ...at,
        id: 'env-file-tracked',
        message: `${file} holds a JWT secret (${names}) and git tracks it: everyone with the repository has the secret. Untrack the file (git rm --cached), ignore it, and rotate the secret.`,
      });
    } else if (git && !git.ignored.has(file)) {
      findings.push({
        ...at,
        id: 'env-file-not-ignored',
        message: `${file} holds a JWT secret (${names}) and .gitignore does not cover it: the next "git add ." commits it. Add it to .gitignore.`,
      });
    }
  }

  for (const production of files.filter(({ file }) => isProduction(file))) {
    const directory = path.posix.dirname(production.file);
    const others = files.filter(({ file }) => !isProduction(file) && path.posix.dirname(file) === directory);
    for (const variable of production.secrets) {
      const shared = others.find((other) => other.secrets.some(({ key, value }) => key.name === variable.key.name && value.value === variable.value.value));
      if (!shared) continue;
      findings.push({
        file: production.file,
        line: variable.value.loc.start.line,
        column: variable.value.loc.start.column + 1,
        id: 'env-secret-shared',
        message: `${variable.key.name} in ${production.file} has the same value as in ${shared.file}: a token signed with the non-production secret, which every developer and CI job has, is accepted in production. Give each environment its own secret.`,
      });
    }
  }

  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.id.localeCompare(b.id));
}

/** Which of `files` git tracks and which `.gitignore` covers; `undefined` outside a git work tree or without git. */
async function gitStatus(root: string, files: string[]): Promise<{ tracked: Set<string>; ignored: Set<string> } | undefined> {
  if (files.length === 0) return { tracked: new Set(), ignored: new Set() };
  try {
    const inside = await execFileAsync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root });
    if (inside.stdout.trim() !== 'true') return undefined;
  } catch {
    return undefined;
  }
  const listed = await git(root, ['ls-files', '-z', '--', ...files]);
  const tracked = new Set(listed.stdout.split('\0').filter(Boolean));
  // --no-index: judge tracked files by the patterns too. Exit code 1 means "none ignored".
  const checked = await git(root, ['check-ignore', '--no-index', '--stdin', '-z'], files.map((file) => `${file}\0`).join(''));
  const ignored = new Set(checked.stdout.split('\0').filter(Boolean));
  return { tracked, ignored };
}
