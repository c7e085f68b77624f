// The README demo: lints the example app in examples/ with the built plugin and shows what it finds.
// Run it with `npm run demo` (which builds first). It exits 0 when the findings are exactly those
// listed in examples/expected.json, and 1 with a diff when they differ.
// `node scripts/demo.js --update` rewrites examples/expected.json from the current findings.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { compareFindings, formatDiff, readExpected, toFindings } from './findings.js';

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
const expectedFile = path.join(examplesDir, 'expected.json');
const update = process.argv.includes('--update');

const eslint = new ESLint({
  cwd: examplesDir,
  overrideConfigFile: path.join(examplesDir, 'eslint.config.js'),
});
// src/ holds the app's code; .env and .env.example its settings (linted by configs.dotenv).
const results = await eslint.lintFiles(['src/', '.env', '.env.example']);
const formatter = await eslint.loadFormatter('stylish');
const report = await formatter.format(results);
process.stdout.write(report || '\nNo problems found.\n');

const findings = toFindings(results, examplesDir);
const byRule = new Map();
for (const { ruleId } of findings) byRule.set(ruleId, (byRule.get(ruleId) ?? 0) + 1);
const perRule = [...byRule]
  .sort(([a], [b]) => String(a).localeCompare(String(b)))
  .map(([ruleId, count]) => `${ruleId ?? 'no rule id'} ×${count}`).join(', ');
const filesWithFindings = results.filter((result) => result.messages.length > 0).length;

if (update) {
  const lines = findings.map(({ file, line, ruleId }) => `  ${JSON.stringify({ file, line, ruleId })}`);
  writeFileSync(expectedFile, `[\n${lines.join(',\n')}\n]\n`);
  console.log(`Wrote ${findings.length} findings to examples/expected.json.`);
  process.exit(0);
}

const comparison = compareFindings(readExpected(expectedFile), findings);
const summary = `${findings.length} findings in ${filesWithFindings} of ${results.length} files` + (perRule ? ` (${perRule})` : '');
if (comparison.equal) {
  console.log(`Demo OK: ${summary}, as listed in examples/expected.json.`);
} else {
  console.log(`Demo MISMATCH: ${summary}, which differs from examples/expected.json:`);
  console.log(formatDiff(comparison));
  process.exitCode = 1;
}
