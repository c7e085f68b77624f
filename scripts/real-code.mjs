/**
 * Real code never crashes a rule: packs a fixed list of real npm packages (pinned versions, their
 * own published sources only, fetched at run time and never committed), prepends a JWT import to
 * every file so each one takes the plugin's full analysis, and lints them with every rule.
 * Parse errors (syntax this parser setup does not take) are counted apart; any other fatal message
 * is a rule exception and fails the run. Bounded by a line budget so CI stays fast.
 *
 * Usage: npm run build && node scripts/real-code.mjs [maxLines]
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../dist/index.mjs';
import { packCorpus } from './corpus.mjs';

const args = process.argv.slice(2);
const maxLines = Number(args.find((arg) => /^\d+$/u.test(arg)) ?? 150_000);
const HEADER = "import jwt, { sign, verify } from 'jsonwebtoken';\nimport * as jose from 'jose';\nconst { SignJWT, jwtVerify } = require('jose');\n";

const started = Date.now();
const corpus = packCorpus(maxLines);
try {
  const linter = new Linter({ configType: 'flat' });
  const files = ['**/*.{js,cjs,mjs,ts,tsx}'];
  const config = [
    // Inline `eslint-env` or `eslint-disable` comments in the packages are not ours to judge.
    { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
    {
      files,
      languageOptions: {
        parser: tsParser,
        parserOptions: { ecmaFeatures: { jsx: true } },
        globals: { process: 'readonly', Buffer: 'readonly', TextEncoder: 'readonly', require: 'readonly', module: 'writable' },
      },
    },
    { files, ...plugin.configs.all },
  ];

  let lines = 0;
  let linted = 0;
  let parseErrors = 0;
  let findings = 0;
  const crashes = [];
  for (const { name, text, lines: count } of corpus.files) {
    lines += count;
    linted += 1;
    const filename = name;
    let messages;
    try {
      messages = linter.verify(HEADER + text, config, { filename });
    } catch (error) {
      // ESLint rethrows an exception from a rule: that is exactly what this run looks for.
      crashes.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      continue;
    }
    for (const message of messages) {
      if (!message.fatal) findings += 1;
      else if (message.message.startsWith('Parsing error')) parseErrors += 1;
      else crashes.push(`${name}: ${message.message}`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`real code: ${corpus.packages} packages, ${linted} files, ${lines} lines in ${seconds} s`);
  console.log(`  ${findings} findings, ${parseErrors} parse errors (counted apart), ${crashes.length} rule exceptions`);
  if (lines < 100_000) {
    console.error(`  corpus too small: ${lines} lines (want at least 100000)`);
    process.exitCode = 1;
  }
  if (crashes.length > 0) {
    for (const crash of crashes.slice(0, 20)) console.error(`  ${crash}`);
    process.exitCode = 1;
  }
} finally {
  corpus.cleanup();
}
