// The audit command's optional extras: TypeScript's parser and the SARIF formatter. They are
// optional peer dependencies, so a JavaScript project that installs the plugin never gets
// TypeScript. The command looks for each in the audited project first, then next to itself; when a
// run needs one that neither has, it re-runs itself once through `npm exec` with the missing
// packages added (a temporary install in npm's cache, nothing written to the project), unless
// --no-install says not to.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** This module's file: __filename in the CommonJS build, import.meta.url when tests run the source. */
const HERE = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);

export interface Extra {
  /** The module the command loads. */
  module: string;
  /** What `npm exec --package` needs to provide it. */
  packages: string[];
  /** What it is for, in the message when it is missing. */
  purpose: string;
}

export const EXTRAS = {
  parser: {
    module: '@typescript-eslint/parser',
    // typescript-eslint 8 supports TypeScript up to 6.0.
    packages: ['@typescript-eslint/parser@^8', 'typescript@<6.1.0'],
    purpose: 'to parse TypeScript files',
  },
  sarif: {
    module: '@microsoft/eslint-formatter-sarif',
    packages: ['@microsoft/eslint-formatter-sarif@^3.1.0'],
    purpose: 'to write SARIF',
  },
} satisfies Record<string, Extra>;

/** Set in the environment of the re-run, so it never re-runs again. */
export const REEXEC_ENV = 'SECURE_JWT_AUDIT_REEXEC';
/** The re-run writes its exit code to this file, so a failed `npm exec` is not mistaken for findings. */
export const STATUS_FILE_ENV = 'SECURE_JWT_AUDIT_STATUS_FILE';
/** For tests of a build that is not on the registry: the package spec the re-run installs the command from. */
export const SELF_SPEC_ENV = 'SECURE_JWT_AUDIT_SELF';

/** Loads `extra` from the audited project, then from the command's own install; undefined if neither has it. */
export function loadExtra(extra: Extra, cwd: string): unknown {
  for (const base of [path.join(cwd, 'package.json'), HERE]) {
    try {
      return createRequire(base)(extra.module);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    }
  }
  return undefined;
}

/** `npx` command line that runs the audit with the missing extras, for messages. */
export function commandWithExtras(selfSpec: string, extras: Extra[], args: string[]): string {
  const packages = [selfSpec, ...extras.flatMap((extra) => extra.packages)];
  const quote = (value: string): string => (/^[\w@^./:=<>-]+$/u.test(value) && !/[<>]/u.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`);
  return ['npx', ...packages.map((spec) => `--package=${quote(spec)}`), '--', 'eslint-plugin-secure-jwt', ...args.map(quote)].join(' ');
}

/**
 * Re-runs the command through `npm exec` with the extras installed next to it; returns its exit
 * code, or undefined when npm could not provide them (offline, no npm) and the command never ran.
 */
export function reexecWithExtras(selfSpec: string, extras: Extra[], args: string[], cwd: string, env: NodeJS.ProcessEnv): number | undefined {
  const packages = [selfSpec, ...extras.flatMap((extra) => extra.packages)];
  const npmArgs = ['exec', '--yes', ...packages.map((spec) => `--package=${spec}`), '--', 'eslint-plugin-secure-jwt', ...args];
  const statusDir = mkdtempSync(path.join(tmpdir(), 'secure-jwt-audit-'));
  const statusFile = path.join(statusDir, 'status');
  try {
    spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', npmArgs, {
      cwd,
      stdio: 'inherit',
      env: { ...env, [REEXEC_ENV]: '1', [STATUS_FILE_ENV]: statusFile },
      shell: process.platform === 'win32',
    });
    const status = Number.parseInt(readFileSync(statusFile, 'utf8'), 10);
    return Number.isNaN(status) ? undefined : status;
  } catch {
    return undefined;
  } finally {
    rmSync(statusDir, { recursive: true, force: true });
  }
}
