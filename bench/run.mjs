/**
 * What the plugin costs, as ratios measured in one run.
 *
 * Baseline: ESLint (parse + scope analysis + traversal) with one no-op rule, since any rule at all
 * costs ESLint some garbage collection. Every configuration lints the same files in-process with
 * the same parser; every file is linted by every configuration in turn (rotating order), so a
 * shared machine whose speed drifts slows all alike, and the ratios use CPU time.
 *  1. Real code: the pinned packages of scripts/corpus.mjs (150,000+ lines, fetched at run time),
 *     as published (they mention no JWT library, so the plugin should cost nothing measurable) and
 *     with JWT calls appended to every file (every file takes the full analysis).
 *  2. Competitors: eslint-plugin-no-secrets (a devDependency), and SonarJS's JWT rules and
 *     eslint-plugin-jwt-security, installed at bench time into bench/.competitors (their peer
 *     ranges exclude this repo's own JWT libraries, so they are not devDependencies).
 *  3. Rule time per rule, from ESLint's own stats (`verifyAndFix(…, { stats: true })`), per file the best of a
 *     few runs (a garbage-collection pause is charged to whichever rule is running).
 *  4. Scaling: the JWT-heavy corpus 1x, 2x and 4x.
 *  5. One generated 10,000-line file dense with sign/verify calls: rule time per rule.
 *
 * Usage: npm run bench [-- rounds [runs-per-file-for-rule-times]]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import noSecrets from 'eslint-plugin-no-secrets';
import secureJwt from '../dist/index.mjs';
import { packCorpus } from '../scripts/corpus.mjs';

const rounds = Number(process.argv[2] ?? 3);
/** Runs per file for rule times (the best counts). */
const statRounds = Number(process.argv[3] ?? 3);

// --- competitors ------------------------------------------------------------------------------

const competitorsDir = new URL('./.competitors/', import.meta.url).pathname;
const COMPETITORS = ['eslint-plugin-sonarjs@4.2.2', 'eslint-plugin-jwt-security@3.3.0'];
function loadCompetitor(name) {
  const require = createRequire(join(competitorsDir, 'package.json'));
  try {
    const loaded = require(name);
    return loaded.default ?? loaded;
  } catch (error) {
    console.log(`(${name} not available: ${error instanceof Error ? error.message.split('\n')[0] : error})`);
    return undefined;
  }
}
if (!existsSync(join(competitorsDir, 'node_modules/eslint-plugin-jwt-security'))) {
  mkdirSync(competitorsDir, { recursive: true });
  try {
    execFileSync('npm', ['install', '--prefix', competitorsDir, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps', ...COMPETITORS], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch {
    console.log('(could not install the competitors; they are left out)');
  }
}
const sonar = loadCompetitor('eslint-plugin-sonarjs');
const jwtSecurity = loadCompetitor('eslint-plugin-jwt-security');

// --- corpora ----------------------------------------------------------------------------------

const corpus = packCorpus(150_000);
const ordinary = corpus.files.map(({ name, text }) => ({ path: name, text }));
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
const times = (files, n) => Array.from({ length: n }, (_, copy) => files.map(({ path, text }) => ({ path: `copy${copy}/${path}`, text }))).flat();

/** One file of 10,000 lines: 1,250 sign/verify pairs in the shapes apps write. */
function denseFile() {
  const lines = ["const jwt = require('jsonwebtoken');", "const { SignJWT, jwtVerify } = require('jose');"];
  for (let i = 0; lines.length < 10_000; i += 1) {
    lines.push(
      `function issue${i}(user) { return jwt.sign({ sub: user.id, n: ${i} }, process.env.JWT_SECRET${i % 7 === 0 ? " || 'dev'" : ''}${i % 3 === 0 ? ", { expiresIn: '1h' }" : ''}); }`,
      `function check${i}(token, key${i % 5 === 0 ? ' = publicKey' : ''}) { return jwt.verify(token, ${i % 2 ? 'key' : 'process.env.JWT_SECRET'}${i % 4 === 0 ? ", { algorithms: ['HS256'] }" : ''}); }`,
      `async function issueJose${i}(user) { return new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(secretKey); }`,
      `async function checkJose${i}(token) { return jwtVerify(token, secretKey${i % 2 ? '' : ", { algorithms: ['HS256'] }"}); }`,
      `const wrapped${i} = (p) => issue${i}(p);`,
      `class Service${i} { constructor() { this.key = process.env.K${i}; } run(t) { return jwt.verify(t, this.key); } }`,
      `module.exports.s${i} = [issue${i}, check${i}, issueJose${i}, checkJose${i}, wrapped${i}, Service${i}];`,
      '',
    );
  }
  return [{ path: 'dense/generated.js', text: lines.slice(0, 10_000).join('\n') }];
}

// --- configurations ---------------------------------------------------------------------------

const noop = { meta: { type: 'problem', schema: [] }, create: () => ({}) };
const files = ['**/*.{js,cjs,mjs,ts,tsx}'];
const languageOptions = {
  parser: tsParser,
  globals: { require: 'readonly', module: 'writable', process: 'readonly', TextEncoder: 'readonly' },
};
const base = [{ linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } }, { files, languageOptions }];
const only = (prefix, plugin, names) => [
  ...base,
  { files, plugins: { [prefix]: plugin }, rules: Object.fromEntries(names.map((name) => [`${prefix}/${name}`, 'error'])) },
];
const sonarJwtRules = sonar ? Object.keys(sonar.rules).filter((name) => /jwt|hardcoded-secret|hardcoded-credentials/u.test(name)) : [];
const configs = {
  'baseline (one no-op rule)': only('bench', { rules: { noop } }, ['noop']),
  'secure-jwt recommended': [...base, { files, ...secureJwt.configs.recommended }],
  'secure-jwt all': [...base, { files, ...secureJwt.configs.all }],
  'no-secrets': only('no-secrets', noSecrets, ['no-secrets']),
  ...(sonar && sonarJwtRules.length > 0 ? { [`sonarjs (${sonarJwtRules.join(', ')})`]: only('sonarjs', sonar, sonarJwtRules) } : {}),
  ...(jwtSecurity ? { 'jwt-security (all rules)': only('jwt-security', jwtSecurity, Object.keys(jwtSecurity.rules)) } : {}),
};
const BASELINE = 'baseline (one no-op rule)';

// --- measuring --------------------------------------------------------------------------------

const linter = new Linter({ configType: 'flat' });

/** Wall-clock time of linting every file once, and the number of problems. */
function lintAll(config, list) {
  let problems = 0;
  const start = process.hrtime.bigint();
  for (const { path, text } of list) problems += linter.verify(text, config, { filename: path }).length;
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, problems };
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Total time per configuration, interleaved file by file (each file is linted with every
 * configuration in turn, the order rotating), so a machine whose speed drifts (a shared VM) slows
 * every configuration alike; CPU time also leaves out time the VM was not running us.
 */
function interleaved(list, names) {
  const wall = Object.fromEntries(names.map((name) => [name, 0]));
  const cpu = Object.fromEntries(names.map((name) => [name, 0]));
  const problems = Object.fromEntries(names.map((name) => [name, 0]));
  for (let round = 0; round < rounds; round += 1) {
    list.forEach(({ path, text }, index) => {
      const shift = (index + round) % names.length;
      for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
        const startCpu = cpuMs();
        const start = process.hrtime.bigint();
        const found = linter.verify(text, configs[name], { filename: path }).length;
        wall[name] += Number(process.hrtime.bigint() - start) / 1e6;
        cpu[name] += cpuMs() - startCpu;
        if (round === 0) problems[name] += found;
      }
    });
  }
  return { wall, cpu, problems };
}

/**
 * Rule time from ESLint's stats, per rule, as the sum over files of each file's best of `times`
 * runs. A garbage-collection pause is charged to whichever rule happens to be running (mostly
 * collecting the parser's garbage), so one run's sum is dominated by where pauses fell; the best
 * of a few runs of the same file keeps the rule's own work.
 */
function ruleTimes(config, list, times = statRounds) {
  const perRule = {};
  const reports = {};
  for (const { path, text } of list) {
    const best = {};
    for (let run = 0; run < times; run += 1) {
      // Stats are kept by verifyAndFix only (one pass here: fix is off).
      const { messages } = linter.verifyAndFix(text, config, { filename: path, fix: false, stats: true });
      if (run === 0) for (const { ruleId } of messages) reports[ruleId] = (reports[ruleId] ?? 0) + 1;
      const fileTimes = {};
      for (const pass of linter.getTimes()?.passes ?? []) {
        for (const [rule, { total }] of Object.entries(pass.rules ?? {})) fileTimes[rule] = (fileTimes[rule] ?? 0) + total;
      }
      for (const [rule, total] of Object.entries(fileTimes)) best[rule] = Math.min(best[rule] ?? Infinity, total);
    }
    for (const [rule, total] of Object.entries(best)) perRule[rule] = (perRule[rule] ?? 0) + total;
  }
  const ruleMs = Object.values(perRule).reduce((sum, ms) => sum + ms, 0);
  return { ruleMs, perRule, reports };
}


function compare(title, list, names) {
  for (const name of names) lintAll(configs[name], list.slice(0, 200)); // warm-up
  const { wall, cpu, problems } = interleaved(list, names);
  console.log(`\n${title}: ${list.length} files, ${rounds} rounds interleaved file by file; rule time best of ${statRounds} per file`);
  const rows = {};
  for (const name of names) {
    const ms = wall[name] / rounds;
    const ratio = cpu[name] / cpu[BASELINE];
    const { ruleMs, perRule } = ruleTimes(configs[name], list);
    rows[name] = { ms, ratio, ruleMs };
    console.log(
      `  ${name.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms  CPU x${ratio.toFixed(3)}  wall x${(wall[name] / wall[BASELINE]).toFixed(3)}  rules ${ruleMs.toFixed(1).padStart(8)} ms  (${problems[name]} reports)`,
    );
    if (name.startsWith('secure-jwt all')) {
      for (const [rule, total] of Object.entries(perRule)) console.log(`      ${rule.padEnd(40)} ${total.toFixed(1)} ms`);
    }
  }
  return rows;
}

console.log(`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`);
console.log(`corpus: ${corpus.packages} packages, ${corpus.lines} lines, ${ordinary.length} files`);
const names = Object.keys(configs);
compare('real code as published (no JWT library mentioned)', ordinary, names);
const heavy = compare('real code with JWT calls appended to every file', jwtHeavy, names);
const competitors = names.filter((name) => name !== BASELINE && !name.startsWith('secure-jwt'));
const fastest = Math.min(...competitors.map((name) => heavy[name].ruleMs));
console.log(`\nsummed rule time, JWT-heavy: secure-jwt all ${heavy['secure-jwt all'].ruleMs.toFixed(1)} ms; fastest competitor ${fastest.toFixed(1)} ms (x${(fastest / heavy['secure-jwt all'].ruleMs).toFixed(1)})`);

console.log('\nscaling (secure-jwt all, JWT-heavy; time per 1x):');
for (const n of [1, 2, 4]) {
  const list = times(jwtHeavy, n);
  const { ms } = lintAll(configs['secure-jwt all'], list);
  const { ruleMs } = ruleTimes(configs['secure-jwt all'], list, 1);
  console.log(`  ${n}x: ${list.length} files, ${ms.toFixed(0)} ms total (${(ms / n).toFixed(0)} per 1x), rules ${ruleMs.toFixed(1)} ms (${(ruleMs / n).toFixed(1)} per 1x)`);
}

console.log('\none generated 10,000-line file dense with JWT calls (rule time per rule, best of 5):');
const dense = ruleTimes(configs['secure-jwt all'], denseFile(), 5);
for (const [rule, ms] of Object.entries(dense.perRule)) {
  console.log(`  ${rule.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms  ${String(dense.reports[rule] ?? 0).padStart(5)} reports${ms > 20 ? '  (over 20 ms)' : ''}`);
}
corpus.cleanup();
