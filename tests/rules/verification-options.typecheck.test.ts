/**
 * The suggestions of no-ignore-expiration, no-insecure-key-options, no-none-algorithm and
 * no-algorithm-confusion must keep a TypeScript file compiling under `strict`.
 *
 * Each snippet type-checks as written (checked too, so a failure proves a suggestion broke it). The
 * rules run through ESLint's `Linter`; every suggestion is applied on its own and the result is
 * compiled with the TypeScript compiler API against the installed library types.
 */
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const RULES = ['no-ignore-expiration', 'no-insecure-key-options', 'no-none-algorithm', 'no-algorithm-confusion'];

interface Snippet {
  readonly name: string;
  readonly code: string;
}

const JWT = "import jwt from 'jsonwebtoken';\n";
const PUBLIC_PEM = '-----BEGIN PUBLIC KEY-----\\nFAKE-KEY-BODY\\n-----END PUBLIC KEY-----';

const snippets: readonly Snippet[] = [
  {
    name: 'jsonwebtoken ignoreExpiration inline',
    code: `${JWT}export const check = (t: string) => jwt.verify(t, process.env.JWT_SECRET!, { algorithms: ['HS256'], ignoreExpiration: true });`,
  },
  {
    name: 'jsonwebtoken ignoreNotBefore in a typed const',
    code: `${JWT}const options: jwt.VerifyOptions = {\n  algorithms: ['HS256'],\n  ignoreNotBefore: true,\n};\nexport const check = (t: string) => jwt.verify(t, process.env.JWT_SECRET!, options);`,
  },
  {
    name: 'jsonwebtoken ignoreExpiration, the only option',
    code: `${JWT}export const check = (t: string) => jwt.verify(t, process.env.JWT_SECRET!, { ignoreExpiration: true });`,
  },
  {
    name: 'jsonwebtoken allowInsecureKeySizes',
    code: `${JWT}export const token = jwt.sign({ sub: '1' }, process.env.JWT_PRIVATE_KEY!, { algorithm: 'RS256', expiresIn: '1h', allowInsecureKeySizes: true });`,
  },
  {
    name: 'jsonwebtoken allowInvalidAsymmetricKeyTypes on verify',
    code: `${JWT}export const check = (t: string) => jwt.verify(t, process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256'], allowInvalidAsymmetricKeyTypes: true });`,
  },
  {
    name: "jsonwebtoken 'none' next to HS256",
    code: `${JWT}export const check = (t: string) => jwt.verify(t, process.env.JWT_SECRET!, { algorithms: ['HS256', 'none'] });`,
  },
  {
    name: 'jsonwebtoken mixed list with a public PEM',
    code: `${JWT}export const check = (t: string) => jwt.verify(t, '${PUBLIC_PEM}', { algorithms: ['HS256', 'RS256'] });`,
  },
  {
    name: 'jose importSPKI with an HMAC list',
    code: `import { importSPKI, jwtVerify } from 'jose';\nexport async function check(t: string) {\n  const key = await importSPKI(process.env.JWT_PUBLIC_KEY!, 'ES256');\n  return jwtVerify(t, key, { algorithms: ['HS256'] });\n}`,
  },
  {
    name: 'jose mixed list with a remote JWKS',
    code: `import { createRemoteJWKSet, jwtVerify } from 'jose';\nconst JWKS = createRemoteJWKSet(new URL('https://issuer.example.test/.well-known/jwks.json'));\nexport const check = (t: string) => jwtVerify(t, JWKS, { algorithms: ['RS256', 'HS256'] });`,
  },
  {
    name: 'hono verification.exp false',
    code: `import { jwt } from 'hono/jwt';\nexport const middleware = jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256', verification: { exp: false } });`,
  },
];

const ROOT = path.resolve(import.meta.dirname, '../..');
const VIRTUAL_DIR = path.join(ROOT, 'tests', 'rules', '__typecheck_verification__');

const compilerOptions: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};

interface Variant {
  readonly label: string;
  readonly fileName: string;
  readonly text: string;
}

function lint(code: string, filename: string): Linter.LintMessage[] {
  return new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        plugins: { 'secure-jwt': plugin },
        languageOptions: { parser: tsParser, sourceType: 'module', globals: { process: 'readonly', URL: 'readonly' } },
        rules: Object.fromEntries(RULES.map((rule) => [`secure-jwt/${rule}`, 'error'])),
      },
    ],
    { filename },
  );
}

function applyFix(code: string, fix: { range: [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

function compile(variants: readonly Variant[]): Map<string, string[]> {
  const virtual = new Map(variants.map((variant) => [variant.fileName, variant.text]));
  const host = ts.createCompilerHost(compilerOptions, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (fileName) => virtual.has(fileName) || fileExists.call(host, fileName);
  host.readFile = (fileName) => virtual.get(fileName) ?? readFile.call(host, fileName);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = virtual.get(fileName);
    return text === undefined ? getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate) : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options: compilerOptions, host });
  const result = new Map<string, string[]>();
  for (const fileName of virtual.keys()) {
    const sourceFile = program.getSourceFile(fileName)!;
    const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
    result.set(
      fileName,
      diagnostics.map((diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`),
    );
  }
  return result;
}

describe('verification-option suggestions type-check under strict', () => {
  const prepared = snippets.map((snippet, index) => {
    const base = `case-${String(index).padStart(3, '0')}`;
    const original: Variant = { label: 'original', fileName: path.join(VIRTUAL_DIR, `${base}.ts`), text: snippet.code };
    return { snippet, original, messages: [] as Linter.LintMessage[], fixed: [] as Variant[] };
  });
  let diagnostics = new Map<string, string[]>();

  beforeAll(() => {
    for (const item of prepared) {
      item.messages = lint(item.snippet.code, item.original.fileName);
      item.messages.forEach((message, m) => {
        (message.suggestions ?? []).forEach((suggestion, s) => {
          item.fixed.push({
            label: `report ${m} (${message.messageId}), suggestion ${s}`,
            fileName: path.join(path.dirname(item.original.fileName), `${path.basename(item.original.fileName, '.ts')}.fix-${m}-${s}.ts`),
            text: applyFix(item.snippet.code, suggestion.fix),
          });
        });
      });
    }
    diagnostics = compile(prepared.flatMap((item) => [item.original, ...item.fixed]));
  }, 120_000);

  it.each(prepared.map((item) => [item.snippet.name, item] as const))('%s', (_name, item) => {
    expect(item.messages.map((message) => message.ruleId), 'reports').not.toEqual([]);
    expect(item.fixed.length, 'suggestions').toBeGreaterThan(0);
    expect(diagnostics.get(item.original.fileName), `original:\n${item.original.text}`).toEqual([]);
    for (const variant of item.fixed) {
      expect(variant.text).not.toBe(item.original.text);
      expect(diagnostics.get(variant.fileName), `${variant.label}:\n${variant.text}`).toEqual([]);
    }
  });
});
