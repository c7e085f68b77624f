/**
 * Real code never crashes a rule: packs a fixed list of real npm packages (pinned versions, their
 * own published sources only, fetched at run time and never committed), prepends a JWT import to
 * every file so each one takes the plugin's full analysis, and lints them with every rule.
 * Parse errors (syntax this parser setup does not take) are counted apart; any other fatal message
 * is a rule exception and fails the run. Bounded by a line budget so CI stays fast.
 *
 * Usage: npm run build && node scripts/real-code.mjs [--keep] [maxLines]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../dist/index.mjs';

export const PACKAGES = [
  'express@4.21.2',
  'koa@2.15.3',
  'fastify@5.2.1',
  '@nestjs/core@10.4.15',
  'next-auth@4.24.11',
  'jsonwebtoken@9.0.2',
  'jose@5.9.6',
  'passport@0.7.0',
  'typeorm@0.3.20',
  'sequelize@6.37.5',
  'mongoose@8.9.5',
  'lodash@4.17.21',
];

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const maxLines = Number(args.find((arg) => /^\d+$/u.test(arg)) ?? 150_000);
const SOURCE = /\.(?:[cm]?js|ts|tsx)$/u;
const HEADER = "import jwt, { sign, verify } from 'jsonwebtoken';\nimport * as jose from 'jose';\nconst { SignJWT, jwtVerify } = require('jose');\n";

function listFiles(directory) {
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(path);
      return SOURCE.test(entry.name) && !entry.name.endsWith('.min.js') && statSync(path).size < 1_000_000 ? [path] : [];
    });
}

const work = mkdtempSync(join(tmpdir(), 'secure-jwt-real-code-'));
const started = Date.now();
try {
  // `npm pack` fetches each package's own tarball: no dependencies, no install scripts.
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work, ...PACKAGES], { stdio: ['ignore', 'ignore', 'inherit'], cwd: work });
  const tarballs = readdirSync(work).filter((name) => name.endsWith('.tgz'));
  const corpus = [];
  for (const tarball of tarballs) {
    const target = join(work, tarball.replace(/\.tgz$/u, ''));
    mkdirSync(target);
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', target]);
    corpus.push(...listFiles(target).map((path) => ({ path, name: relative(work, path) })));
  }

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
  for (const { path, name } of corpus) {
    if (lines >= maxLines) break;
    const text = readFileSync(path, 'utf8');
    lines += text.split('\n').length;
    linted += 1;
    // Linted under a neutral name: ESLint ignores anything under node_modules/.
    const filename = `corpus/${name.replace(/[^\w.]+/gu, '-')}`;
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
  console.log(`real code: ${tarballs.length} packages, ${linted} files, ${lines} lines in ${seconds} s`);
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
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
