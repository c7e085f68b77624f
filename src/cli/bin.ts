#!/usr/bin/env node
// The `eslint-plugin-secure-jwt` command (package.json "bin"). See main.ts and --help.
import { audit, EXIT_USAGE } from './main.js';

audit(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`secure-jwt: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
