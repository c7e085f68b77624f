/**
 * No rule may throw, whatever the input: odd syntax next to JWT calls, and whole real-world files
 * (the jose and jsonwebtoken-typings sources in node_modules) forced through the full analysis by a
 * JWT import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.{js,jsx,ts,tsx,mts,d.ts}'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { process: 'readonly', Buffer: 'readonly', TextEncoder: 'readonly', require: 'readonly' },
    },
  },
  { files: ['**/*.{js,jsx,ts,tsx,mts,d.ts}'], ...plugin.configs.all },
];

function lint(code: string, filename: string): Linter.LintMessage[] {
  const messages = linter.verify(code, config, { filename });
  const crashes = messages.filter((message) => message.fatal && !message.message.startsWith('Parsing error'));
  expect(crashes).toEqual([]);
  return messages;
}

const header = `import jwt, { sign, verify } from 'jsonwebtoken';\nimport * as jose from 'jose';\nconst { SignJWT, jwtVerify } = require('jose');\n`;

const oddSyntax: Record<string, string> = {
  'jsx.tsx': `${header}export const A = () => <div onClick={() => jwt.sign({ a: <b /> }, 'fake')}>{jwt.verify(t, k)}</div>;`,
  'generics.ts': `${header}const t = jwt.sign<string>({}, 'fake' as const satisfies string); verify<{ a: 1 }>(t!, k!);`,
  'decorators.ts': `${header}function D(): any { return () => {}; }\n@D() class S { @D() secret = 'fake'; @D() go(@D() p: any) { return jwt.sign(p, this.secret); } }`,
  'optional.ts': `${header}jwt?.sign?.({}, 'fake'); jwt?.['verify']?.(t, k); await new jose.SignJWT({})?.sign?.(k);`,
  'weird-args.js': `${header}sign(); sign(...a); sign({}, ...k); verify(); verify(t); jwt.sign(\`\${x}\`, \`a\${b}\`); new SignJWT().sign();`,
  'weird-bindings.js': `${header}let j = jwt; j = j; const { sign: { bind } } = jwt; const [x] = jwt; ({ a: jwt.b } = {}); for (jwt.c of []) {} j.sign({}, 'fake');`,
  'classes.ts': `${header}class A { static #s = 'x'; #t = 'y'; static { jwt.sign({}, A.#s); } m() { jwt.sign({}, this.#t); jwt.sign({}, this[k]); } }`,
  'recursion.js': `${header}const a = b; const b = a; const o = { s: o.s }; jwt.sign({}, a); jwt.sign(o, o.s, o); const c = c + 'x'; jwt.verify(t, c);`,
  'builder-loops.js': `${header}let b = new SignJWT({}); b = b; b = b.setIssuedAt(); const c = b; const d = c; await d.sign(k); new SignJWT({})[m](k);`,
  'enum-namespace.ts': `${header}enum E { S = 'x' } namespace N { export const s = 'y'; } jwt.sign({}, E.S); jwt.sign({}, N.s); import x = require('jsonwebtoken'); x.sign({}, 'z');`,
  'prototype-names.js': `${header}import c from 'constructor';\nimport p from '__proto__';\nnew SignJWT({}).constructor('x'); new SignJWT({}).toString(); jwt.hasOwnProperty('sign'); jwt.sign(p, c.__proto__);`,
  'dynamic-import.js': `${header}const m = await import('jsonwebtoken'); m.default.sign({}, 'x'); (await import(name)).sign(); import('jose').then((j) => j.jwtVerify(t, k));`,
};

describe('odd syntax never crashes a rule', () => {
  it.each(Object.entries(oddSyntax))('%s', (filename, code) => {
    const messages = lint(code, filename);
    // The snippet parsed and the rules ran on it: each one has at least one finding.
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(messages.some((message) => message.ruleId?.startsWith('secure-jwt/'))).toBe(true);
  });
});

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:js|d\.ts)$/u.test(entry.name) ? [path] : [];
  });
}

describe('real-world files never crash a rule', () => {
  const root = new URL('../node_modules/', import.meta.url).pathname;
  const files = [...sourceFiles(join(root, 'jose/dist')), ...sourceFiles(join(root, '@types/jsonwebtoken'))];

  it('has a corpus to read', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((path) => [path.slice(root.length), path]))('%s', (name, path) => {
    const extension = name.endsWith('.d.ts') ? 'd.ts' : 'js';
    lint(header + readFileSync(path, 'utf8'), `corpus/${name.replace(/[^\w]+/gu, '-')}.${extension}`);
  });
});
