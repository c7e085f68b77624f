// Checks the audit command's SARIF: valid against the SARIF 2.1.0 JSON schema (draft-04, as
// shipped by @microsoft/jest-sarif, validated with ajv-draft-04 and ajv-formats), every rule tagged with its CWE
// and a security-severity for GitHub code scanning, and the results equal to an expected list.
// Usage: node validate-sarif.mjs <dir with ajv-draft-04, ajv-formats and @microsoft/jest-sarif> <log.sarif> <expected.json>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compareFindings, formatDiff, readExpected } from '../../scripts/findings.js';

const [toolsDir, sarifFile, expectedFile] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(toolsDir), 'package.json'));
const Ajv = require('ajv-draft-04');
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const log = JSON.parse(readFileSync(sarifFile, 'utf8'));
const problems = [];

// unicodeRegExp: false because the schema's language pattern is not valid with the `u` flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
require('ajv-formats')(ajv);
if (!ajv.validate(schema, log)) problems.push(`not valid SARIF 2.1.0: ${ajv.errorsText(ajv.errors, { separator: '\n  ' })}`);
if (log.version !== '2.1.0') problems.push(`version ${log.version}, expected 2.1.0`);

const [run] = log.runs;
for (const rule of run.tool.driver.rules) {
  const severity = Number(rule.properties?.['security-severity']);
  if (!(severity > 0 && severity <= 10)) problems.push(`${rule.id}: security-severity ${rule.properties?.['security-severity']}`);
  if (!rule.properties?.tags?.some((tag) => /^external\/cwe\/cwe-\d+$/u.test(tag))) problems.push(`${rule.id}: no CWE tag`);
  if (!rule.helpUri?.includes(`/docs/rules/${rule.id.replace('secure-jwt/', '')}.md`)) problems.push(`${rule.id}: helpUri ${rule.helpUri}`);
}
const findings = run.results.map((result) => {
  const { artifactLocation, region } = result.locations[0].physicalLocation;
  if (artifactLocation.uriBaseId !== '%SRCROOT%') problems.push(`${artifactLocation.uri}: not relative to %SRCROOT%`);
  return { file: artifactLocation.uri, line: region.startLine, ruleId: result.ruleId };
});
const comparison = compareFindings(readExpected(expectedFile), findings);
if (!comparison.equal) problems.push(`results differ from ${path.basename(expectedFile)}:\n${formatDiff(comparison)}`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`SARIF 2.1.0 schema-valid; ${findings.length} results match ${path.basename(expectedFile)}; ${run.tool.driver.rules.length} rules with CWE tags and security-severity`);
