// Which files the audit lints: every JavaScript and TypeScript source file under the given paths,
// without what .gitignore excludes, dependencies, build output and declaration files.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const JS_EXTENSIONS = ['js', 'mjs', 'cjs', 'jsx'];
export const TS_EXTENSIONS = ['ts', 'mts', 'cts', 'tsx'];
const SOURCE = new RegExp(`\\.(${[...JS_EXTENSIONS, ...TS_EXTENSIONS].join('|')})$`, 'u');
/** Declaration files hold no code that runs; minified bundles are build output. */
const NOT_SOURCE = /(\.d\.[cm]?ts|\.min\.[cm]?js)$/u;

/** Directories that hold dependencies, build output or tool state, skipped at any depth. */
export const SKIPPED_DIRECTORIES = [
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.turbo',
  '.vercel',
  '.cache',
  'bower_components',
  'jspm_packages',
];

export const isTypeScript = (file: string): boolean => /\.[cm]?tsx?$/u.test(file);

function isSourceFile(file: string): boolean {
  return SOURCE.test(file) && !NOT_SOURCE.test(file) && !file.split(/[\\/]/u).some((part) => SKIPPED_DIRECTORIES.includes(part));
}

/**
 * The source files under `targets` (absolute paths that exist), sorted. In a git work tree, git
 * lists them (`git ls-files --cached --others --exclude-standard`), which honours every .gitignore,
 * .git/info/exclude and the global excludes file. Elsewhere the tree is walked, and the root
 * .gitignore's patterns are returned for ESLint's `ignores` (see gitignorePatterns).
 */
export function listSourceFiles(cwd: string, targets: string[]): string[] {
  const files = new Set<string>();
  const fromGit = gitFiles(cwd, targets);
  if (fromGit) {
    for (const file of fromGit) if (isSourceFile(file) && existsSync(file)) files.add(file);
  } else {
    for (const target of targets) walk(target, files);
  }
  return [...files].sort();
}

/** Whether `cwd` is inside a git work tree whose .gitignore rules listSourceFiles applied. */
export function isGitWorkTree(cwd: string): boolean {
  try {
    return execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() === 'true';
  } catch {
    return false;
  }
}

function gitFiles(cwd: string, targets: string[]): string[] | undefined {
  if (!isGitWorkTree(cwd)) return undefined;
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name', '--', ...targets], {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    return output
      .toString()
      .split('\0')
      .filter(Boolean)
      .map((file) => path.resolve(root, file));
  } catch {
    return undefined;
  }
}

function walk(target: string, files: Set<string>): void {
  const stats = statSync(target);
  if (stats.isFile()) {
    // A file named on the command line is audited even if its directory would be skipped.
    if (SOURCE.test(target) && !NOT_SOURCE.test(target)) files.add(target);
    return;
  }
  if (!stats.isDirectory()) return;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.includes(entry.name)) walk(full, files);
    } else if (entry.isFile() && isSourceFile(entry.name)) {
      files.add(full);
    }
  }
}

/**
 * The root .gitignore as flat-config `ignores` patterns (outside a git work tree only). Covers the
 * usual forms: `name`, `dir/`, `/rooted`, `a/b`, globs and `!negations`.
 */
export function gitignorePatterns(cwd: string): string[] {
  const file = path.join(cwd, '.gitignore');
  if (!existsSync(file)) return [];
  const patterns: string[] = [];
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/u)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    let pattern = negated ? line.slice(1) : line;
    const directory = pattern.endsWith('/');
    if (directory) pattern = pattern.slice(0, -1);
    // A slash at the start or in the middle anchors the pattern at the root; otherwise it matches at any depth.
    const anchored = pattern.includes('/');
    pattern = pattern.replace(/^\//u, '');
    if (!anchored && !pattern.startsWith('**/')) pattern = `**/${pattern}`;
    patterns.push(`${negated ? '!' : ''}${pattern}${directory ? '/' : ''}`);
    // `name` also ignores everything inside a directory called name.
    if (!directory && !negated) patterns.push(`${pattern}/**`);
  }
  return patterns;
}
