// The README demo: builds the plugin quietly, runs its audit command on the example app in
// examples/ and shows what it finds, each finding with its suggested fix as a before/after.
// Run it with `npm run demo`. It exits 0 when the findings are exactly those listed in
// examples/expected.json, and 1 with a diff when they differ.
// `node scripts/demo.js --update` rewrites examples/expected.json from the current findings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareFindings, formatDiff, readExpected, toFindings } from './findings.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const examplesDir = path.join(root, 'examples');
const expectedFile = path.join(examplesDir, 'expected.json');
const bin = path.join(root, 'dist', 'cli', 'bin.cjs');
const update = process.argv.includes('--update');

// The build's own chatter (deprecation notices, timing hints) is shown only if the build fails.
const build = spawnSync('npx', ['tsdown'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) {
  process.stderr.write(`${build.stdout}${build.stderr}\nDemo: the build failed (npx tsdown), output above.\n`);
  process.exit(1);
}

console.log('$ cd examples && npx eslint-plugin-secure-jwt');
// The readable report, as a user sees it (exit 1 means findings, which the demo expects).
const shown = spawnSync(process.execPath, [bin], { cwd: examplesDir, stdio: 'inherit' });
if (shown.status !== 0 && shown.status !== 1) {
  console.error(`Demo: the audit command failed (exit ${shown.status}).`);
  process.exit(1);
}

// The same audit as JSON, compared with the findings the example app is known to have.
const scratch = mkdtempSync(path.join(tmpdir(), 'secure-jwt-demo-'));
let results;
try {
  const jsonFile = path.join(scratch, 'results.json');
  const run = spawnSync(process.execPath, [bin, '--format', 'json', '--output', jsonFile], { cwd: examplesDir, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) {
    console.error(`Demo: the audit command failed (exit ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  results = JSON.parse(readFileSync(jsonFile, 'utf8'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const findings = toFindings(results, examplesDir);

if (update) {
  const lines = findings.map(({ file, line, ruleId }) => `  ${JSON.stringify({ file, line, ruleId })}`);
  writeFileSync(expectedFile, `[\n${lines.join(',\n')}\n]\n`);
  console.log(`Wrote ${findings.length} findings to examples/expected.json.`);
  process.exit(0);
}

const comparison = compareFindings(readExpected(expectedFile), findings);
if (comparison.equal) {
  console.log(`\nDemo OK: the ${findings.length} findings are those listed in examples/expected.json.`);
} else {
  console.log(`\nDemo MISMATCH: the findings differ from examples/expected.json:`);
  console.log(formatDiff(comparison));
  process.exitCode = 1;
}
