// Findings as the demo and the e2e smoke test compare them: { file, line, ruleId }, with `file`
// relative to the linted project and in POSIX form, e.g. examples/expected.json.
//
// As a module: toFindings(), compareFindings(), formatDiff().
// As a command: node scripts/findings.js <eslint or oxlint --format json output> <project dir> <expected.json>
//   prints the diff and exits 1 when the findings differ, exits 0 when they are equal.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Sorts by file, line, then rule id, the order of examples/expected.json. */
function byPosition(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || String(a.ruleId).localeCompare(String(b.ruleId));
}

/**
 * ESLint results (LintResult[]) to sorted findings. A message without a rule id (a parse error,
 * a crash in a rule, a config problem) becomes a finding with `ruleId: null` and keeps its text
 * in `message`, so a diff shows it; `message` is never compared.
 */
export function toFindings(results, cwd) {
  const findings = [];
  for (const result of results) {
    const file = path.relative(cwd, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      const finding = { file, line: message.line ?? 0, ruleId: message.ruleId ?? null };
      if (finding.ruleId === null) finding.message = message.message;
      findings.push(finding);
    }
  }
  return findings.sort(byPosition);
}

/**
 * oxlint's JSON report (`{ diagnostics: [...] }`, rule ids written `plugin(rule)`) to the same
 * sorted findings; `filename` is already relative to the directory oxlint ran in.
 */
export function oxlintFindings(report) {
  const findings = report.diagnostics.map((diagnostic) => {
    const ruleId = /^(.+)\((.+)\)$/u.exec(diagnostic.code ?? '');
    const finding = {
      file: diagnostic.filename.split(path.sep).join('/'),
      line: diagnostic.labels?.[0]?.span.line ?? 0,
      ruleId: ruleId ? `${ruleId[1]}/${ruleId[2]}` : null,
    };
    if (finding.ruleId === null) finding.message = diagnostic.message;
    return finding;
  });
  return findings.sort(byPosition);
}

const keyOf = (finding) => `${finding.file}:${finding.line} ${finding.ruleId}`;

/** Compares two lists of findings as multisets: `missing` are expected but not found, `unexpected` the reverse. */
export function compareFindings(expected, actual) {
  const left = new Map();
  for (const finding of expected) {
    const key = keyOf(finding);
    left.set(key, [...(left.get(key) ?? []), finding]);
  }
  const unexpected = [];
  for (const finding of actual) {
    const pending = left.get(keyOf(finding));
    if (pending?.length) pending.pop();
    else unexpected.push(finding);
  }
  const missing = [...left.values()].flat();
  return { equal: missing.length === 0 && unexpected.length === 0, missing: missing.sort(byPosition), unexpected };
}

/** A unified-diff-like listing: `-` expected but not reported, `+` reported but not expected. */
export function formatDiff({ missing, unexpected }) {
  const line = (sign) => (finding) =>
    `${sign} ${keyOf(finding)}${finding.message ? `  (${finding.message.split('\n')[0]})` : ''}`;
  return [...missing.map(line('-')), ...unexpected.map(line('+'))].join('\n');
}

export function readExpected(file) {
  const expected = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(expected)) throw new TypeError(`${file}: expected an array of { file, line, ruleId }`);
  return expected;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [resultsFile, cwd, expectedFile] = process.argv.slice(2);
  if (!resultsFile || !cwd || !expectedFile) {
    console.error('usage: node scripts/findings.js <eslint-results.json> <project-dir> <expected.json>');
    process.exit(2);
  }
  let results;
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch (error) {
    console.error(`${resultsFile} is not ESLint or oxlint JSON output: ${error.message}`);
    process.exit(1);
  }
  const actual = Array.isArray(results) ? toFindings(results, path.resolve(cwd)) : oxlintFindings(results);
  const comparison = compareFindings(readExpected(expectedFile), actual);
  if (comparison.equal) {
    console.log(`findings match ${path.basename(expectedFile)} (${actual.length})`);
  } else {
    console.error(`findings differ from ${expectedFile} (- expected, not reported; + reported, not expected):`);
    console.error(formatDiff(comparison));
    process.exit(1);
  }
}
