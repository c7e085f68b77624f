/**
 * The suggestions of no-ignore-expiration, no-insecure-key-options, no-none-algorithm and
 * no-algorithm-confusion must keep a TypeScript file compiling under `strict`.
 *
 * Each snippet type-checks as written (checked too, so a failure proves a suggestion broke it). The
 * rules run through ESLint's `Linter`; every suggestion is applied on its own and the result is
 * compiled with the TypeScript compiler API against the installed library types.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compile, prepare, virtualDirectory, type Prepared } from './typecheck.js';

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

const VIRTUAL_DIR = virtualDirectory('__typecheck_verification__');

describe('verification-option suggestions type-check under strict', () => {
  let prepared: (Prepared & { snippet: Snippet })[] = [];
  let diagnostics = new Map<string, string[]>();

  beforeAll(() => {
    prepared = snippets.map((snippet, index) => ({ snippet, ...prepare(snippet.code, VIRTUAL_DIR, `case-${String(index).padStart(3, '0')}`, RULES) }));
    diagnostics = compile(prepared.flatMap((item) => [item.original, ...item.fixed]));
  }, 120_000);

  it.each(snippets.map((snippet, index) => [snippet.name, index] as const))('%s', (_name, index) => {
    const item = prepared[index]!;
    expect(item.messages.map((message) => message.ruleId), 'reports').not.toEqual([]);
    expect(item.fixed.length, 'suggestions').toBeGreaterThan(0);
    expect(diagnostics.get(item.original.fileName), `original:\n${item.original.text}`).toEqual([]);
    for (const variant of item.fixed) {
      expect(variant.text).not.toBe(item.original.text);
      expect(diagnostics.get(variant.fileName), `${variant.label}:\n${variant.text}`).toEqual([]);
    }
  });
});
