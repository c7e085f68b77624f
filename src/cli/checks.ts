import { statSync } from 'node:fs';
import path from 'node:path';
import { auditEnvFiles } from './env-files.js';

// The extension point for project-level checks: findings that are not about one file's code, such
// as "a .env file with a JWT secret that git tracks". Each check runs once per audit, after the
// files were linted, and its findings join the report in every format (text, JSON, SARIF) and count
// towards the exit code like rule findings. Add a check by appending it to PROJECT_CHECKS.

export interface ProjectCheckContext {
  /** The directory the audit runs in (paths in the report are relative to it). */
  cwd: string;
  /** The paths the user asked to audit, resolved to absolute paths (only those that exist). */
  paths: string[];
  /** Every file that was linted, absolute. */
  files: string[];
}

export interface ProjectFinding {
  /** Absolute path of the file the finding is about. */
  filePath: string;
  /** Rule-like id shown with the finding, e.g. `secure-jwt/dotenv-tracked-secret`; give it an entry in RULE_SECURITY. */
  ruleId: string;
  message: string;
  /** 1-based; 0 when the finding is about the whole file. */
  line: number;
  column: number;
  /** 2 (error, the default) or 1 (warning). */
  severity?: 1 | 2;
}

export type ProjectCheck = (context: ProjectCheckContext) => Promise<ProjectFinding[]>;

/**
 * `.env` files holding a JWT secret that git tracks or `.gitignore` does not cover, and one secret
 * shared by a production and a development env file. Parse errors are left to the dotenv language,
 * which lints the same files.
 */
const envFileCheck: ProjectCheck = async ({ paths }) => {
  const findings: ProjectFinding[] = [];
  for (const root of paths.filter((target) => statSync(target).isDirectory())) {
    for (const finding of await auditEnvFiles(root)) {
      if (finding.id === 'env-parse-error') continue;
      findings.push({ filePath: path.join(root, finding.file), ruleId: `secure-jwt/${finding.id}`, message: finding.message, line: finding.line, column: finding.column });
    }
  }
  return findings;
};

/** Checks the audit runs. */
export const PROJECT_CHECKS: ProjectCheck[] = [envFileCheck];
