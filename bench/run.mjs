/**
 * How much the plugin adds to ESLint's own work, as ratios measured in one run.
 *
 * Baseline: ESLint (parse + scope analysis + traversal) with one no-op rule, since any rule at all
 * costs ESLint some garbage collection. Each configuration lints the same files in-process, rounds
 * are interleaved, and the median round counts. Two corpora: ordinary code (ESLint's own sources,
 * which never mention a JWT library) and JWT-heavy code (the same files with JWT calls appended, so
 * every file takes the plugin's full path). Competitor: eslint-plugin-no-secrets, which looks at
 * every string literal.
 *
 * Usage: npm run build && node bench/run.mjs [rounds]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import noSecrets from 'eslint-plugin-no-secrets';
import secureJwt from '../dist/index.mjs';

const rounds = Number(process.argv[2] ?? 7);
const root = new URL('../node_modules/eslint/lib/', import.meta.url).pathname;

function listFiles(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

// Linted under a neutral name: ESLint ignores anything under node_modules/.
const ordinary = listFiles(root).map((path) => ({ path: `corpus/${path.slice(root.length)}`, text: readFileSync(path, 'utf8') }));
const jwtTail = `
const jwtLib = require('jsonwebtoken');
const { SignJWT, jwtVerify } = require('jose');
const BENCH_SECRET = 'bench-fake-secret';
function issue(user) { return jwtLib.sign({ sub: user.id }, BENCH_SECRET, { algorithm: 'HS256' }); }
function check(token) { return jwtLib.verify(token, process.env.JWT_SECRET || 'dev'); }
async function issueJose(user) { return new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(BENCH_SECRET)); }
async function checkJose(token, key) { return jwtVerify(token, key); }
`;
const jwtHeavy = ordinary.map(({ path, text }) => ({ path, text: text + jwtTail }));

const noop = { meta: { type: 'problem', schema: [] }, create: () => ({}) };
const files = ['**/*.js'];
const languageOptions = {
  ecmaVersion: 'latest',
  sourceType: 'commonjs',
  globals: { require: 'readonly', module: 'writable', process: 'readonly', TextEncoder: 'readonly' },
};
const configs = {
  'baseline (one no-op rule)': [{ files, languageOptions, plugins: { bench: { rules: { noop } } }, rules: { 'bench/noop': 'error' } }],
  'secure-jwt (all rules)': [{ files, languageOptions }, { files, ...secureJwt.configs.all }],
  'no-secrets/no-secrets': [{ files, languageOptions, plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }],
};

function lintAll(linter, config, files) {
  let problems = 0;
  const start = process.hrtime.bigint();
  for (const { path, text } of files) problems += linter.verify(text, config, { filename: path }).length;
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, problems };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const [corpusName, files] of [['ordinary code', ordinary], ['JWT-heavy code', jwtHeavy]]) {
  const linter = new Linter({ configType: 'flat' });
  const times = Object.fromEntries(Object.keys(configs).map((name) => [name, []]));
  const problems = {};
  for (const config of Object.values(configs)) lintAll(linter, config, files); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    // Rotate the order every round so no configuration always runs right after another's garbage.
    const entries = Object.entries(configs);
    const order = [...entries.slice(round % entries.length), ...entries.slice(0, round % entries.length)];
    for (const [name, config] of order) {
      const result = lintAll(linter, config, files);
      times[name].push(result.ms);
      problems[name] = result.problems;
    }
  }
  const baseline = median(times['baseline (one no-op rule)']);
  console.log(`\n${corpusName}: ${files.length} files, median of ${rounds} rounds`);
  for (const name of Object.keys(configs)) {
    const ms = median(times[name]);
    console.log(`  ${name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  ×${(ms / baseline).toFixed(3)}  (${problems[name]} reports)`);
  }
}
