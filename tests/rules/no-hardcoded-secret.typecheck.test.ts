/**
 * no-hardcoded-secret suggestions must keep a TypeScript file compiling under `strict`.
 *
 * Each snippet below is ordinary TS code that type-checks as written (checked too, so a failure
 * proves the suggestion broke it). The rule runs on it through ESLint's `Linter`; every suggestion
 * is applied on its own and the result is compiled with the TypeScript compiler API against the
 * installed `jsonwebtoken` types, `jose` and `@types/node`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compile, prepare, virtualDirectory, type Prepared } from './typecheck.js';

interface Snippet {
  readonly name: string;
  readonly code: string;
  /** Suggestions expected on each report (default 1). */
  readonly suggestionsPerReport?: number;
}

const JWT = "import jwt from 'jsonwebtoken';\n";
const PEM =
  '-----BEGIN PRIVATE KEY-----\\nMIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEAq7BFUpkGp3+LQmlQ\\n-----END PRIVATE KEY-----';

const snippets: readonly Snippet[] = [
  // jsonwebtoken, literal forms
  { name: 'inline literal in sign', code: `${JWT}export const token = jwt.sign({ sub: '1' }, 'shhhhh', { expiresIn: '1h' });` },
  { name: 'inline literal in verify', code: `${JWT}export const check = (t: string) => jwt.verify(t, 'shhhhh', { algorithms: ['HS256'] });` },
  { name: 'const literal', code: `${JWT}const SECRET = 'shhhhh';\nexport const token = jwt.sign({}, SECRET);` },
  { name: 'let literal', code: `${JWT}let secret = 'shhhhh';\nexport const token = jwt.sign({}, secret);` },
  { name: 'const chain', code: `${JWT}const a = 'shhhhh';\nconst b = a;\nexport const token = jwt.sign({}, b);` },
  { name: 'static template', code: `${JWT}const P = 'abc';\nexport const token = jwt.sign({}, \`\${P}-shhhhh\`);` },
  { name: 'concatenation', code: `${JWT}const P = 'abc';\nexport const token = jwt.sign({}, P + '-shhhhh');` },
  { name: "inline 'x' as const", code: `${JWT}export const token = jwt.sign({}, 'shhhhh' as const);` },
  { name: "const s = 'x' as const", code: `${JWT}const s = 'shhhhh' as const;\nexport const token = jwt.sign({}, s);` },
  { name: "<const>'x'", code: `${JWT}export const token = jwt.sign({}, <const>'shhhhh');` },
  { name: "'x' as const satisfies string", code: `${JWT}export const token = jwt.sign({}, 'shhhhh' as const satisfies string);` },
  { name: "'x' as string", code: `${JWT}export const token = jwt.sign({}, 'shhhhh' as string);` },
  { name: "'x' satisfies string", code: `${JWT}export const token = jwt.sign({}, 'shhhhh' satisfies string);` },
  { name: "<string>'x'", code: `${JWT}export const token = jwt.sign({}, <string>'shhhhh');` },
  { name: 'parenthesized literal', code: `${JWT}export const token = jwt.sign({}, ('shhhhh'));` },
  { name: 'non-null on a const', code: `${JWT}const s: string | undefined = 'shhhhh';\nexport const token = jwt.sign({}, s!);` },
  {
    name: 'const with a literal type annotation (no suggestion: only the literal fits the type)',
    code: `${JWT}const secret: 'shhhhh' = 'shhhhh';\nexport const token = jwt.sign({}, secret);`,
    suggestionsPerReport: 0,
  },
  { name: 'both branches hardcoded', code: `${JWT}declare const isProd: boolean;\nexport const token = jwt.sign({}, isProd ? 'a-secret' : 'b-secret');` },
  // config objects and classes
  { name: 'config object', code: `${JWT}const config = { jwt: { secret: 'shhhhh', ttl: 60 } };\nexport const token = jwt.sign({}, config.jwt.secret);` },
  { name: 'config object as const', code: `${JWT}const config = { secret: 'shhhhh' } as const;\nexport const token = jwt.sign({}, config.secret);` },
  { name: 'config property as const', code: `${JWT}const config = { secret: 'shhhhh' as const };\nexport const token = jwt.sign({}, config.secret);` },
  { name: 'frozen config', code: `${JWT}const config = Object.freeze({ secret: 'shhhhh' });\nexport const token = jwt.sign({}, config.secret);` },
  {
    name: 'config with satisfies',
    code: `${JWT}interface Config { secret: string }\nconst config = { secret: 'shhhhh' } satisfies Config;\nexport const token = jwt.sign({}, config.secret);`,
  },
  { name: 'destructured config', code: `${JWT}const config = { secret: 'shhhhh' };\nconst { secret } = config;\nexport const token = jwt.sign({}, secret);` },
  {
    name: 'class field',
    code: `${JWT}export class Auth {\n  private readonly secret = 'shhhhh';\n  issue(p: object): string { return jwt.sign(p, this.secret); }\n}`,
  },
  {
    name: 'constructor assignment',
    code: `${JWT}export class Auth {\n  private secret: string;\n  constructor() { this.secret = 'shhhhh'; }\n  issue(p: object): string { return jwt.sign(p, this.secret); }\n}`,
  },
  // key makers
  { name: 'Buffer.from', code: `${JWT}export const token = jwt.sign({}, Buffer.from('c2hoaGho', 'base64'));` },
  {
    name: 'createSecretKey(Buffer.from)',
    code: `import { createSecretKey } from 'node:crypto';\n${JWT}export const token = jwt.sign({}, createSecretKey(Buffer.from('shhhhh')));`,
  },
  {
    name: "createSecretKey(literal, 'utf8')",
    code: `import crypto from 'crypto';\n${JWT}export const token = jwt.sign({}, crypto.createSecretKey('shhhhh', 'utf8'));`,
  },
  {
    name: 'createPrivateKey(PEM)',
    code: `import { createPrivateKey } from 'node:crypto';\n${JWT}export const token = jwt.sign({}, createPrivateKey('${PEM}'), { algorithm: 'RS256' });`,
  },
  { name: 'PEM literal', code: `${JWT}export const token = jwt.sign({}, '${PEM}', { algorithm: 'RS256' });` },
  { name: '{ key: PEM, passphrase }', code: `${JWT}export const token = jwt.sign({}, { key: '${PEM}', passphrase: 'pw' }, { algorithm: 'RS256' });` },
  // jose
  {
    name: 'SignJWT with TextEncoder',
    code: "import { SignJWT } from 'jose';\nexport const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('shhhhh'));",
  },
  {
    name: 'jwtVerify with a kept encoder',
    code: "import { jwtVerify } from 'jose';\nconst enc = new TextEncoder();\nexport const check = (t: string) => jwtVerify(t, enc.encode('shhhhh'));",
  },
  {
    name: "importJWK({ kty: 'oct', k })",
    code: "import { importJWK, jwtVerify } from 'jose';\nconst key = await importJWK({ kty: 'oct', k: 'c2hoaGho' }, 'HS256');\nexport const check = (t: string) => jwtVerify(t, key);",
  },
  {
    name: 'importJWK with d',
    code: "import { importJWK, SignJWT } from 'jose';\nconst key = await importJWK({ kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'BBBB', d: 'c2hoaGho' }, 'ES256');\nexport const token = await new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).sign(key);",
  },
  {
    name: 'importPKCS8(PEM)',
    code: `import { importPKCS8, SignJWT } from 'jose';\nconst key = await importPKCS8('${PEM}', 'RS256');\nexport const token = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(key);`,
  },
  {
    name: 'base64url.decode',
    code: "import { base64url, jwtVerify } from 'jose';\nexport const check = (t: string) => jwtVerify(t, base64url.decode('c2hoaGho'));",
  },
  {
    name: 'CompactSign and GeneralSign',
    code: "import { CompactSign, GeneralSign } from 'jose';\nconst bytes = new TextEncoder().encode('hello');\nexport const a = await new CompactSign(bytes).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('shhhhh'));\nexport const b = await new GeneralSign(bytes).addSignature(new TextEncoder().encode('shhhhh')).setProtectedHeader({ alg: 'HS256' }).done().sign();",
  },
  {
    name: 'GeneralEncrypt and compactDecrypt',
    code: "import { GeneralEncrypt, compactDecrypt } from 'jose';\nconst bytes = new TextEncoder().encode('hello');\nexport const a = await new GeneralEncrypt(bytes).setProtectedHeader({ enc: 'A256GCM' }).addRecipient(new TextEncoder().encode('shhhhh')).setUnprotectedHeader({ alg: 'A256KW' }).done().encrypt();\nexport const b = (t: string) => compactDecrypt(t, new TextEncoder().encode('shhhhh'));",
  },
  // fallbacks
  { name: "env || 'dev'", code: `${JWT}export const token = jwt.sign({}, process.env.JWT_SECRET || 'dev');` },
  { name: "env ?? 'dev'", code: `${JWT}export const token = jwt.sign({}, process.env.JWT_SECRET ?? 'dev');` },
  { name: "env['X'] || 'dev'", code: `${JWT}export const check = (t: string) => jwt.verify(t, process.env['JWT_SECRET'] || 'dev');` },
  { name: "envA || envB || 'dev'", code: `${JWT}export const token = jwt.sign({}, process.env.A || process.env.B || 'dev');` },
  {
    name: "cond ? env! : 'dev'",
    code: `${JWT}declare const isProd: boolean;\nexport const token = jwt.sign({}, isProd ? process.env.JWT_SECRET! : 'dev');`,
  },
  {
    name: "cond ? 'dev' : env as string",
    code: `${JWT}declare const isDev: boolean;\nexport const token = jwt.sign({}, isDev ? 'dev' : process.env.JWT_SECRET as string);`,
  },
  {
    name: "cond ? 'dev' : call()",
    code: `${JWT}declare const isTest: boolean;\ndeclare function getSecret(): string;\nexport const token = jwt.sign({}, isTest ? 'test-secret' : getSecret());`,
  },
  { name: 'fallback in a const', code: `${JWT}const secret = process.env.JWT_SECRET || 'dev';\nexport const token = jwt.sign({}, secret);` },
  {
    name: 'fallback in a typed const',
    code: `${JWT}const secret: string = process.env.JWT_SECRET ?? 'dev';\nexport const token = jwt.sign({}, secret);`,
  },
  { name: 'fallback in a config object', code: `${JWT}const config = { secret: process.env.JWT_SECRET ?? 'dev' };\nexport const token = jwt.sign({}, config.secret);` },
  { name: 'fallback inside Buffer.from', code: `${JWT}export const token = jwt.sign({}, Buffer.from(process.env.JWT_SECRET || 'dev'));` },
  {
    name: 'fallback inside TextEncoder for jose',
    code: "import { jwtVerify } from 'jose';\nexport const check = (t: string) => jwtVerify(t, new TextEncoder().encode(process.env.JWT_SECRET ?? 'dev'));",
  },
  {
    name: 'destructuring default from process.env (no suggestion in TS)',
    code: `${JWT}const { JWT_SECRET = 'dev' } = process.env;\nexport const token = jwt.sign({}, JWT_SECRET);`,
    suggestionsPerReport: 0,
  },
  { name: 'parameter default', code: `${JWT}export function issue(p: object, secret = 'dev'): string {\n  return jwt.sign(p, secret);\n}` },
  { name: 'typed parameter default', code: `${JWT}export const issue = (p: object, secret: string = 'dev') => jwt.sign(p, secret);` },
  {
    name: 'destructured parameter default',
    code: `${JWT}export function issue({ secret = 'dev' }: { secret?: string }): string {\n  return jwt.sign({}, secret);\n}`,
  },
  {
    name: 'parameter default through a const',
    code: `${JWT}const DEFAULT_SECRET = 'dev';\nexport function issue(p: object, secret = DEFAULT_SECRET): string {\n  return jwt.sign(p, secret);\n}`,
  },
  {
    name: 'constructor parameter property default',
    code: `${JWT}export class Auth {\n  constructor(private readonly secret = 'dev') {}\n  issue(p: object): string { return jwt.sign(p, this.secret); }\n}`,
  },
  {
    name: 'class field with a literal type (no suggestion: only the literal fits the type)',
    code: `${JWT}export class A {\n  private secret: 'dev' = 'dev';\n  go(): string {\n    return jwt.sign({}, this.secret);\n  }\n}`,
    suggestionsPerReport: 0,
  },
  {
    name: 'parameter default with a literal union type (no suggestion: only literals fit the type)',
    code: `${JWT}export function issue(p: object, secret: 'dev' | 'test' = 'dev'): string {\n  return jwt.sign(p, secret);\n}`,
    suggestionsPerReport: 0,
  },
  {
    name: 'nested destructuring default from process (no suggestion in TS)',
    code: `${JWT}const { env: { JWT_SECRET = 'dev' } } = process;\nexport const token = jwt.sign({}, JWT_SECRET);`,
    suggestionsPerReport: 0,
  },
  {
    name: "parameter default env || 'dev'",
    code: `${JWT}export function issue(p: object, secret = process.env.JWT_SECRET || 'dev'): string {\n  return jwt.sign(p, secret);\n}`,
  },
  {
    name: 'private-key fallback',
    code: `${JWT}export const token = jwt.sign({}, process.env.JWT_PRIVATE_KEY || '${PEM}', { algorithm: 'RS256' });`,
  },
  // odd syntax
  { name: 'optional call', code: `${JWT}export const token = jwt.sign?.({}, 'shhhhh');` },
  { name: 'comments and trailing comma', code: `${JWT}export const token = jwt.sign(\n  {},\n  /* key */ 'shhhhh' /* end */,\n);` },
];

// ---------------------------------------------------------------------------------------------

const VIRTUAL_DIR = virtualDirectory('__typecheck__');

describe('no-hardcoded-secret suggestions type-check under strict', () => {
  let prepared: (Prepared & { snippet: Snippet })[] = [];
  let diagnostics = new Map<string, string[]>();

  beforeAll(() => {
    prepared = snippets.map((snippet, index) => ({
      snippet,
      ...prepare(snippet.code, VIRTUAL_DIR, `case-${String(index).padStart(3, '0')}`, ['no-hardcoded-secret']),
    }));
    diagnostics = compile(prepared.flatMap((item) => [item.original, ...item.fixed]));
  }, 120_000);

  it('covers every snippet with a distinct name', () => {
    expect(new Set(snippets.map((snippet) => snippet.name)).size).toBe(snippets.length);
  });

  it.each(snippets.map((snippet, index) => [snippet.name, index] as const))('%s', (_name, index) => {
    const item = prepared[index]!;
    // The snippet is reported, with the expected number of suggestions on each report.
    expect(item.messages.length, 'reports').toBeGreaterThan(0);
    for (const message of item.messages) {
      expect(message.ruleId, message.message).toBe('secure-jwt/no-hardcoded-secret');
      expect(message.suggestions ?? [], 'suggestions').toHaveLength(item.snippet.suggestionsPerReport ?? 1);
    }
    // The original compiles, so any diagnostic below was introduced by the suggestion.
    expect(diagnostics.get(item.original.fileName) ?? [], `original:\n${item.original.text}`).toEqual([]);
    for (const variant of item.fixed) {
      expect(variant.text).not.toBe(item.original.text);
      expect(diagnostics.get(variant.fileName) ?? [], `${variant.label}:\n${variant.text}`).toEqual([]);
    }
  });
});
