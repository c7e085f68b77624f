/** The audit command, run in-process on small projects made in a temp dir. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { PROJECT_CHECKS, type ProjectCheck } from '../../src/cli/checks.js';
import { audit, configNames, EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, helpText } from '../../src/cli/main.js';
import { fixPreview } from '../../src/cli/report.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A project outside any git work tree (the temp dir), with the given files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'secure-jwt-audit-test-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function run(cwd: string, argv: string[], checks: ProjectCheck[] = [], terminal?: { isTTY: boolean; env: NodeJS.ProcessEnv }) {
  let stdout = '';
  let stderr = '';
  const code = await audit(argv, {
    cwd,
    // No re-run through npm exec from a unit test.
    env: { ...(terminal?.env ?? { CI: 'true' }), SECURE_JWT_AUDIT_REEXEC: '1' },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: terminal?.isTTY },
    checks,
  });
  return { code, stdout, stderr };
}

const SIGN_LITERAL = "const jwt = require('jsonwebtoken');\nmodule.exports = (user) => jwt.sign({ sub: user.id }, 'dev-secret', { expiresIn: '1h' });\n";
const CLEAN = "const jwt = require('jsonwebtoken');\nmodule.exports = (user) => jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });\n";

describe('audit command', () => {
  it('reports a finding with its suggested fix as before/after, and exits 1', async () => {
    const cwd = project({ 'src/a.js': SIGN_LITERAL });
    const { code, stdout } = await run(cwd, []);
    expect(code).toBe(EXIT_FINDINGS);
    expect(stdout).toContain('src/a.js\n  2:55  error');
    expect(stdout).toContain('secure-jwt/no-hardcoded-secret');
    expect(stdout).toContain("2 - module.exports = (user) => jwt.sign({ sub: user.id }, 'dev-secret', { expiresIn: '1h' });");
    expect(stdout).toContain("2 + module.exports = (user) => jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });");
    expect(stdout).toMatch(/1 finding in 1 of 1 file \(secure-jwt\/no-hardcoded-secret ×1\)\.\n$/u);
  });

  it('exits 0 on a clean project', async () => {
    const cwd = project({ 'a.js': CLEAN });
    const { code, stdout } = await run(cwd, []);
    expect(code).toBe(EXIT_CLEAN);
    expect(stdout).toContain('No findings in 1 file');
  });

  it('parses TypeScript and every JS/TS extension, and skips node_modules, build output and .d.ts', async () => {
    const ts = "import jwt from 'jsonwebtoken';\nexport const t = (id: string): string => jwt.sign({ sub: id }, 'k', { expiresIn: '1h' });\n";
    const cwd = project({
      'a.ts': ts,
      'b.tsx': ts.replace('export const t', 'export const B = () => <div />;\nexport const t'),
      'c.mts': ts,
      'd.cts': ts,
      'e.mjs': SIGN_LITERAL.replace("const jwt = require('jsonwebtoken');", "import jwt from 'jsonwebtoken';").replace('module.exports =', 'export default'),
      'f.cjs': SIGN_LITERAL,
      'g.jsx': SIGN_LITERAL.replace('module.exports =', 'const el = <p />;\nmodule.exports ='),
      'node_modules/x/index.js': SIGN_LITERAL,
      'dist/index.js': SIGN_LITERAL,
      'types.d.ts': 'export declare const x: string;\n',
    });
    const { code, stdout } = await run(cwd, ['--format', 'json'], PROJECT_CHECKS);
    expect(code).toBe(EXIT_FINDINGS);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null }[] }[];
    expect(results.map((result) => path.basename(result.filePath)).sort()).toEqual(['a.ts', 'b.tsx', 'c.mts', 'd.cts', 'e.mjs', 'f.cjs', 'g.jsx']);
    for (const result of results) expect(result.messages.map((message) => message.ruleId)).toEqual(['secure-jwt/no-hardcoded-secret']);
  });

  it('honours the root .gitignore outside a git work tree', async () => {
    const cwd = project({ '.gitignore': '# generated\ngenerated/\n/legacy.js\n', 'generated/a.js': SIGN_LITERAL, 'legacy.js': SIGN_LITERAL, 'sub/legacy.js': SIGN_LITERAL });
    const { stdout } = await run(cwd, ['--format', 'json']);
    const files = (JSON.parse(stdout) as { filePath: string }[]).map((result) => path.relative(cwd, result.filePath));
    expect(files).toEqual([path.join('sub', 'legacy.js')]);
  });

  it('in a git work tree, lets git apply every .gitignore (nested ones too)', async () => {
    const cwd = project({ '.gitignore': 'generated/\n', 'generated/a.js': SIGN_LITERAL, 'lib/.gitignore': 'local.js\n', 'lib/local.js': SIGN_LITERAL, 'lib/kept.js': SIGN_LITERAL });
    execFileSync('git', ['init', '-q'], { cwd });
    const { stdout } = await run(cwd, ['--format', 'json']);
    const files = (JSON.parse(stdout) as { filePath: string }[]).map((result) => path.relative(cwd, result.filePath));
    expect(files).toEqual([path.join('lib', 'kept.js')]);
  });

  it('names a missing path and a file that does not parse, and goes on', async () => {
    const cwd = project({ 'bad.js': 'const = ;\n', 'good.js': SIGN_LITERAL });
    const { code, stdout, stderr } = await run(cwd, ['nope', '.']);
    expect(code).toBe(EXIT_FINDINGS);
    expect(stderr).toContain('nope: no such file or directory, skipped');
    expect(stderr).toContain('bad.js: could not parse, not audited');
    expect(stdout).toContain('bad.js\n  1:7  could not parse this file');
    expect(stdout).toContain('Not found, skipped: nope');
    expect(stdout).toContain('1 finding in 1 of 2 files');
  });

  it('exits 2 on a usage error', async () => {
    const cwd = project({ 'a.js': CLEAN });
    expect((await run(cwd, ['--format', 'xml'])).code).toBe(EXIT_USAGE);
    expect((await run(cwd, ['--config', 'nope'])).stderr).toContain(`use one of ${configNames().join(', ')}`);
    expect((await run(cwd, ['--frobnicate'])).code).toBe(EXIT_USAGE);
    expect((await run(cwd, ['does-not-exist'])).code).toBe(EXIT_USAGE);
  });

  it('takes its config names from the plugin, and --help documents every option', async () => {
    expect(configNames()).toEqual(Object.keys(plugin.configs).filter((name) => !name.endsWith('-legacy')));
    const { code, stdout } = await run(project({}), ['--help']);
    expect(code).toBe(EXIT_CLEAN);
    expect(stdout).toBe(helpText());
    for (const option of ['--config', '--format', '--output', '--no-install', '--help', '--version', 'sarif', 'json', 'Exit status']) expect(stdout).toContain(option);
  });

  it('--config all runs every rule', async () => {
    const cwd = project({ 'a.js': "const jwt = require('jsonwebtoken');\njwt.verify(t, process.env.K);\n" });
    const { stdout } = await run(cwd, ['--config', 'all', '--format', 'json']);
    expect(JSON.stringify(JSON.parse(stdout))).toContain('secure-jwt/require-algorithms');
  });

  it('writes SARIF with CWE tags, security-severity and relative URIs to --output', async () => {
    const cwd = project({ 'src/a.js': SIGN_LITERAL });
    const { code, stdout } = await run(cwd, ['--format', 'sarif', '--output', 'out.sarif']);
    expect(code).toBe(EXIT_FINDINGS);
    expect(stdout).toBe('');
    const log = JSON.parse(readFileSync(path.join(cwd, 'out.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('eslint-plugin-secure-jwt');
    expect(run0.tool.driver.rules).toEqual([
      expect.objectContaining({
        id: 'secure-jwt/no-hardcoded-secret',
        properties: { tags: ['security', 'external/cwe/cwe-798', 'external/cwe/cwe-321'], 'security-severity': '9.1', precision: 'high' },
      }),
    ]);
    expect(run0.results[0].ruleId).toBe('secure-jwt/no-hardcoded-secret');
    expect(run0.results[0].locations[0].physicalLocation.artifactLocation).toMatchObject({ uri: 'src/a.js', uriBaseId: '%SRCROOT%' });
  });

  it('adds the findings of project-level checks to the report and the exit code', async () => {
    const cwd = project({ 'a.js': CLEAN, '.env': 'JWT_SECRET=secret\n' });
    const check: ProjectCheck = async ({ cwd: dir }) => [
      { filePath: path.join(dir, '.env'), ruleId: 'secure-jwt/dotenv-example', message: 'A tracked .env holds a JWT secret.', line: 1, column: 1 },
    ];
    const { code, stdout } = await run(cwd, [], [check]);
    expect(code).toBe(EXIT_FINDINGS);
    expect(stdout).toContain('  1:1  error  A tracked .env holds a JWT secret.  secure-jwt/dotenv-example');
    const sarif = await run(cwd, ['--format', 'sarif'], [check]);
    // The .env file is linted too (its weak secret is a finding of its own).
    expect(JSON.parse(sarif.stdout).runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toContain('secure-jwt/dotenv-example');
  });
});

describe('progress bar', () => {
  const files = Object.fromEntries(Array.from({ length: 200 }, (_, index) => [`src/f${index}.js`, 'export const x = 1;\n']));

  it('is drawn on a terminal for a large tree', async () => {
    const { stderr } = await run(project(files), [], [], { isTTY: true, env: {} });
    expect(stderr).toContain('] 50/200 files');
    expect(stderr).toContain(`[${'#'.repeat(30)}] 200/200 files`);
  });

  it('stays quiet in CI and when standard error is not a terminal', async () => {
    const cwd = project(files);
    expect((await run(cwd, [], [], { isTTY: true, env: { CI: 'true' } })).stderr).toBe('');
    expect((await run(cwd, [], [], { isTTY: false, env: {} })).stderr).toBe('');
  });
});

describe('fixPreview', () => {
  it('shows the whole lines an edit touches, before and after', () => {
    const source = 'a\nconst k = "x";\nb\n';
    const start = source.indexOf('"x"');
    expect(fixPreview(source, { range: [start, start + 3], text: 'process.env.K' })).toEqual({
      line: 2,
      before: ['const k = "x";'],
      after: ['const k = process.env.K;'],
    });
  });
});

describe('.env files in the audit', () => {
  it('lints them with the dotenv rules and runs the project checks on them, never printing a value', async () => {
    const cwd = project({ 'src/a.js': CLEAN, '.env': 'JWT_SECRET=changeme\n', '.env.production': 'JWT_SECRET=changeme\n' });
    const { code, stdout } = await run(cwd, ['--format', 'json'], PROJECT_CHECKS);
    expect(code).toBe(EXIT_FINDINGS);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    const ruleIds = results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(ruleIds).toContain('secure-jwt/no-weak-env-secret');
    expect(ruleIds).toContain('secure-jwt/env-secret-shared');
    expect(stdout).not.toContain('changeme');
    for (const format of ['text', 'sarif']) {
      const report = await run(cwd, ['--format', format], PROJECT_CHECKS);
      expect(report.stdout).toContain('JWT_SECRET');
      expect(report.stdout).not.toContain('changeme');
    }
  });
});
