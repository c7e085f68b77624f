/**
 * no-hardcoded-secret: a hardcoded secret or private key reaching a key slot of jsonwebtoken or jose.
 *
 * Layout: binding styles (where the call comes from), then values (what makes a key hardcoded), then
 * jose APIs, fallbacks, suggestions and options, odd syntax, and near misses that must stay silent.
 * At the end: messages never leak the secret (ESLint `Linter`), and invalid options fail validation.
 */
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import rule, { type MessageIds, type Options } from '../../src/rules/no-hardcoded-secret.js';
import { bareRuleTester, cjsRuleTester, jsRuleTester, tsRuleTester } from './tester.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options>;
type Error = Invalid['errors'][number];

const SIGN = 'jsonwebtoken.sign()';
const VERIFY = 'jsonwebtoken.verify()';
const SIGN_JWT = 'jose SignJWT.sign()';
const JWT_VERIFY = 'jose.jwtVerify()';

const ENV_TS = 'process.env.JWT_SECRET!';
const ENV_JS = 'process.env.JWT_SECRET';
const PK_TS = 'process.env.JWT_PRIVATE_KEY!';
const PK_JS = 'process.env.JWT_PRIVATE_KEY';

/** A hardcoded secret; the one suggestion reads `process.env.<name>` and yields `output`. */
function secret(api: string, output: string, name = 'JWT_SECRET'): Error {
  return {
    messageId: 'hardcodedSecret',
    data: { api },
    suggestions: [{ messageId: 'useEnvVariable', data: { name }, output }],
  };
}

/** A hardcoded private key; the one suggestion reads `process.env.<name>` and yields `output`. */
function privateKey(api: string, output: string, name = 'JWT_PRIVATE_KEY'): Error {
  return {
    messageId: 'hardcodedPrivateKey',
    data: { api },
    suggestions: [{ messageId: 'useEnvVariable', data: { name }, output }],
  };
}

/** An env read with a literal fallback; the one suggestion removes the fallback. */
function fallback(api: string, output: string): Error {
  return { messageId: 'hardcodedFallback', data: { api }, suggestions: [{ messageId: 'removeFallback', output }] };
}

/** A parameter default: the fallback is replaced by an env read. */
function parameterDefault(api: string, output: string, name = 'JWT_SECRET'): Error {
  return {
    messageId: 'hardcodedFallback',
    data: { api },
    suggestions: [{ messageId: 'useEnvVariable', data: { name }, output }],
  };
}

/** A PEM private key, in the shapes OpenSSL writes them (escaped newlines inside a JS string literal). */
const pem = (label: string): string =>
  `-----BEGIN ${label}-----\\nMIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEAq7BFUpkGp3+LQmlQ\\n-----END ${label}-----`;
const PRIVATE_PEM = pem('PRIVATE KEY');
const PUBLIC_PEM = pem('PUBLIC KEY');

// ---------------------------------------------------------------------------------------------
// Binding styles: every way a file gets hold of jsonwebtoken / jose.
// ---------------------------------------------------------------------------------------------

describe('binding styles (TypeScript modules)', () => {
  const invalid: Invalid[] = [
    {
      name: 'default import: jwt.sign(payload, literal)',
      code: "import jwt from 'jsonwebtoken';\njwt.sign({ sub: '1' }, 'shhhhh');",
      errors: [
        {
          ...secret(SIGN, `import jwt from 'jsonwebtoken';\njwt.sign({ sub: '1' }, ${ENV_TS});`),
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'default import: jwt.verify(token, literal)',
      code: "import jwt from 'jsonwebtoken';\njwt.verify(token, 'shhhhh');",
      errors: [secret(VERIFY, `import jwt from 'jsonwebtoken';\njwt.verify(token, ${ENV_TS});`)],
    },
    {
      name: 'namespace import: import * as jwt',
      code: "import * as jwt from 'jsonwebtoken';\njwt.sign(p, 'shhhhh');",
      errors: [secret(SIGN, `import * as jwt from 'jsonwebtoken';\njwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'named import: import { sign }',
      code: "import { sign } from 'jsonwebtoken';\nsign(p, 'shhhhh');",
      errors: [secret(SIGN, `import { sign } from 'jsonwebtoken';\nsign(p, ${ENV_TS});`)],
    },
    {
      name: 'named import: import { verify }',
      code: "import { verify } from 'jsonwebtoken';\nverify(t, 'shhhhh');",
      errors: [secret(VERIFY, `import { verify } from 'jsonwebtoken';\nverify(t, ${ENV_TS});`)],
    },
    {
      name: 'aliased named import: import { sign as s }',
      code: "import { sign as s } from 'jsonwebtoken';\ns(p, 'shhhhh');",
      errors: [secret(SIGN, `import { sign as s } from 'jsonwebtoken';\ns(p, ${ENV_TS});`)],
    },
    {
      name: 'default import member of default: import jwt; jwt.default?.sign is not modelled, but jwt.sign via alias const j2 = jwt is',
      code: "import jwt from 'jsonwebtoken';\nconst j2 = jwt;\nj2.sign(p, 'shhhhh');",
      errors: [secret(SIGN, `import jwt from 'jsonwebtoken';\nconst j2 = jwt;\nj2.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'method kept in a const: const s = jwt.sign; s(p, literal)',
      code: "import jwt from 'jsonwebtoken';\nconst s = jwt.sign;\ns(p, 'shhhhh');",
      errors: [secret(SIGN, `import jwt from 'jsonwebtoken';\nconst s = jwt.sign;\ns(p, ${ENV_TS});`)],
    },
    {
      name: 'await import(): const jwt = await import(...); jwt.sign',
      code: "const jwt = await import('jsonwebtoken');\njwt.sign(p, 'shhhhh');",
      errors: [secret(SIGN, `const jwt = await import('jsonwebtoken');\njwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'await import(): (await import(...)).default.sign',
      code: "const jwt = (await import('jsonwebtoken')).default;\njwt.sign(p, 'shhhhh');",
      errors: [secret(SIGN, `const jwt = (await import('jsonwebtoken')).default;\njwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'await import(): destructured { sign }',
      code: "const { sign } = await import('jsonwebtoken');\nsign(p, 'shhhhh');",
      errors: [secret(SIGN, `const { sign } = await import('jsonwebtoken');\nsign(p, ${ENV_TS});`)],
    },
    {
      name: 'await import(): destructured { default: jwt }',
      code: "const { default: jwt } = await import('jsonwebtoken');\njwt.verify(t, 'shhhhh');",
      errors: [secret(VERIFY, `const { default: jwt } = await import('jsonwebtoken');\njwt.verify(t, ${ENV_TS});`)],
    },
    {
      name: 'TS import jwt = require(...)',
      code: "import jwt = require('jsonwebtoken');\njwt.sign(p, 'shhhhh');",
      errors: [secret(SIGN, `import jwt = require('jsonwebtoken');\njwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'TS export import jwt = require(...)',
      code: "export import jwt = require('jsonwebtoken');\njwt.sign(p, 'shhhhh');",
      errors: [secret(SIGN, `export import jwt = require('jsonwebtoken');\njwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: "createRequire from 'module'",
      code: "import { createRequire } from 'module';\nconst require = createRequire(import.meta.url);\nconst jwt = require('jsonwebtoken');\njwt.sign(p, 'shhhhh');",
      errors: [
        secret(
          SIGN,
          `import { createRequire } from 'module';\nconst require = createRequire(import.meta.url);\nconst jwt = require('jsonwebtoken');\njwt.sign(p, ${ENV_TS});`,
        ),
      ],
    },
    {
      name: "createRequire from 'node:module' under another name",
      code: "import { createRequire } from 'node:module';\nconst load = createRequire(import.meta.url);\nload('jsonwebtoken').sign(p, 'shhhhh');",
      errors: [
        secret(
          SIGN,
          `import { createRequire } from 'node:module';\nconst load = createRequire(import.meta.url);\nload('jsonwebtoken').sign(p, ${ENV_TS});`,
        ),
      ],
    },
    {
      name: "createRequire via namespace import of 'node:module'",
      code: "import * as mod from 'node:module';\nconst req = mod.createRequire(import.meta.url);\nconst { verify } = req('jsonwebtoken');\nverify(t, 'shhhhh');",
      errors: [
        secret(
          VERIFY,
          `import * as mod from 'node:module';\nconst req = mod.createRequire(import.meta.url);\nconst { verify } = req('jsonwebtoken');\nverify(t, ${ENV_TS});`,
        ),
      ],
    },
    {
      name: 'util.promisify(jwt.sign)',
      code: "import util from 'util';\nimport jwt from 'jsonwebtoken';\nconst signAsync = util.promisify(jwt.sign);\nawait signAsync(p, 'shhhhh');",
      errors: [
        secret(
          SIGN,
          `import util from 'util';\nimport jwt from 'jsonwebtoken';\nconst signAsync = util.promisify(jwt.sign);\nawait signAsync(p, ${ENV_TS});`,
        ),
      ],
    },
    {
      name: "promisify named import from 'node:util' over a named verify",
      code: "import { promisify } from 'node:util';\nimport { verify } from 'jsonwebtoken';\nconst verifyAsync = promisify(verify);\nawait verifyAsync(t, 'shhhhh');",
      errors: [
        secret(
          VERIFY,
          `import { promisify } from 'node:util';\nimport { verify } from 'jsonwebtoken';\nconst verifyAsync = promisify(verify);\nawait verifyAsync(t, ${ENV_TS});`,
        ),
      ],
    },
    {
      name: 'jose named import: new SignJWT(p).sign(literal bytes)',
      code: "import { SignJWT } from 'jose';\nawait new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('shhhhh'));",
      errors: [
        secret(
          SIGN_JWT,
          `import { SignJWT } from 'jose';\nawait new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(${ENV_TS}));`,
        ),
      ],
    },
    {
      name: 'jose namespace import: new jose.SignJWT(p).sign(key)',
      code: "import * as jose from 'jose';\nawait new jose.SignJWT({}).sign(new TextEncoder().encode('shhhhh'));",
      errors: [
        secret(
          SIGN_JWT,
          `import * as jose from 'jose';\nawait new jose.SignJWT({}).sign(new TextEncoder().encode(${ENV_TS}));`,
        ),
      ],
    },
    {
      name: 'jose namespace import: jose.jwtVerify(token, key)',
      code: "import * as jose from 'jose';\nawait jose.jwtVerify(t, new TextEncoder().encode('shhhhh'));",
      errors: [
        secret(JWT_VERIFY, `import * as jose from 'jose';\nawait jose.jwtVerify(t, new TextEncoder().encode(${ENV_TS}));`),
      ],
    },
    {
      name: 'jose aliased named import: { jwtVerify as verifyJwt }',
      code: "import { jwtVerify as verifyJwt } from 'jose';\nawait verifyJwt(t, new TextEncoder().encode('shhhhh'));",
      errors: [
        secret(
          JWT_VERIFY,
          `import { jwtVerify as verifyJwt } from 'jose';\nawait verifyJwt(t, new TextEncoder().encode(${ENV_TS}));`,
        ),
      ],
    },
    {
      name: "jose deep subpath named import: { SignJWT } from 'jose/jwt/sign'",
      code: "import { SignJWT } from 'jose/jwt/sign';\nawait new SignJWT({}).sign(new TextEncoder().encode('shhhhh'));",
      errors: [
        secret(
          SIGN_JWT,
          `import { SignJWT } from 'jose/jwt/sign';\nawait new SignJWT({}).sign(new TextEncoder().encode(${ENV_TS}));`,
        ),
      ],
    },
    {
      name: "jose 3 default export: import SignJWT from 'jose/jwt/sign'",
      code: "import SignJWT from 'jose/jwt/sign';\nawait new SignJWT({}).sign(new TextEncoder().encode('shhhhh'));",
      errors: [
        secret(
          SIGN_JWT,
          `import SignJWT from 'jose/jwt/sign';\nawait new SignJWT({}).sign(new TextEncoder().encode(${ENV_TS}));`,
        ),
      ],
    },
    {
      name: "jose 3 default export: import jwtVerify from 'jose/jwt/verify'",
      code: "import jwtVerify from 'jose/jwt/verify';\nawait jwtVerify(t, new TextEncoder().encode('shhhhh'));",
      errors: [
        secret(
          JWT_VERIFY,
          `import jwtVerify from 'jose/jwt/verify';\nawait jwtVerify(t, new TextEncoder().encode(${ENV_TS}));`,
        ),
      ],
    },
    {
      name: "jose 3 default export: import parseJwk from 'jose/jwk/parse' with a literal k",
      code: "import parseJwk from 'jose/jwk/parse';\nimport jwtVerify from 'jose/jwt/verify';\nawait jwtVerify(t, await parseJwk({ kty: 'oct', k: 'c2hoaGho' }, 'HS256'));",
      errors: [
        secret(
          JWT_VERIFY,
          `import parseJwk from 'jose/jwk/parse';\nimport jwtVerify from 'jose/jwt/verify';\nawait jwtVerify(t, await parseJwk({ kty: 'oct', k: ${ENV_TS} }, 'HS256'));`,
        ),
      ],
    },
    {
      name: 'jose await import(): const { SignJWT } = await import(jose)',
      code: "const { SignJWT } = await import('jose');\nawait new SignJWT({}).sign(new TextEncoder().encode('shhhhh'));",
      errors: [
        secret(
          SIGN_JWT,
          `const { SignJWT } = await import('jose');\nawait new SignJWT({}).sign(new TextEncoder().encode(${ENV_TS}));`,
        ),
      ],
    },
    {
      name: 'require() in a TS module with no declared require global',
      code: "const jwt = require('jsonwebtoken');\njwt.sign(p, 'shhhhh');",
      errors: [secret(SIGN, `const jwt = require('jsonwebtoken');\njwt.sign(p, ${ENV_TS});`)],
    },
  ];
  tsRuleTester.run('no-hardcoded-secret', rule, { valid: [], invalid });
});

describe('binding styles (CommonJS)', () => {
  const invalid: Invalid[] = [
    {
      name: 'const jwt = require(); jwt.sign',
      code: "const jwt = require('jsonwebtoken');\njwt.sign(p, 'shhhhh');",
      errors: [secret(SIGN, `const jwt = require('jsonwebtoken');\njwt.sign(p, ${ENV_JS});`)],
    },
    {
      name: 'const { sign } = require()',
      code: "const { sign } = require('jsonwebtoken');\nsign(p, 'shhhhh');",
      errors: [secret(SIGN, `const { sign } = require('jsonwebtoken');\nsign(p, ${ENV_JS});`)],
    },
    {
      name: 'const { sign: s } = require()',
      code: "const { sign: s } = require('jsonwebtoken');\ns(p, 'shhhhh');",
      errors: [secret(SIGN, `const { sign: s } = require('jsonwebtoken');\ns(p, ${ENV_JS});`)],
    },
    {
      name: "require('jsonwebtoken').sign(...) inline",
      code: "require('jsonwebtoken').sign(p, 'shhhhh');",
      errors: [secret(SIGN, `require('jsonwebtoken').sign(p, ${ENV_JS});`)],
    },
    {
      name: "require('jsonwebtoken').verify(...) inline",
      code: "require('jsonwebtoken').verify(t, 'shhhhh');",
      errors: [secret(VERIFY, `require('jsonwebtoken').verify(t, ${ENV_JS});`)],
    },
    {
      name: 'let j; j = require(); j.sign',
      code: "let j;\nj = require('jsonwebtoken');\nj.sign(p, 'shhhhh');",
      errors: [secret(SIGN, `let j;\nj = require('jsonwebtoken');\nj.sign(p, ${ENV_JS});`)],
    },
    {
      name: 'alias const j2 = jwt',
      code: "const jwt = require('jsonwebtoken');\nconst j2 = jwt;\nj2.sign(p, 'shhhhh');",
      errors: [secret(SIGN, `const jwt = require('jsonwebtoken');\nconst j2 = jwt;\nj2.sign(p, ${ENV_JS});`)],
    },
    {
      name: 'util.promisify(jwt.sign) with require',
      code: "const util = require('util');\nconst jwt = require('jsonwebtoken');\nconst signAsync = util.promisify(jwt.sign);\nsignAsync(p, 'shhhhh');",
      errors: [
        secret(
          SIGN,
          `const util = require('util');\nconst jwt = require('jsonwebtoken');\nconst signAsync = util.promisify(jwt.sign);\nsignAsync(p, ${ENV_JS});`,
        ),
      ],
    },
    {
      name: "const { SignJWT } = require('jose')",
      code: "const { SignJWT } = require('jose');\nnew SignJWT({}).sign(Buffer.from('shhhhh'));",
      errors: [secret(SIGN_JWT, `const { SignJWT } = require('jose');\nnew SignJWT({}).sign(Buffer.from(${ENV_JS}));`)],
    },
    {
      name: "const jose = require('jose'); jose.jwtVerify",
      code: "const jose = require('jose');\njose.jwtVerify(t, Buffer.from('shhhhh'));",
      errors: [secret(JWT_VERIFY, `const jose = require('jose');\njose.jwtVerify(t, Buffer.from(${ENV_JS}));`)],
    },
    {
      name: "crypto from require('crypto') wraps a literal: createSecretKey",
      code: "const crypto = require('crypto');\nconst jwt = require('jsonwebtoken');\njwt.sign(p, crypto.createSecretKey(Buffer.from('shhhhh')));",
      errors: [
        secret(
          SIGN,
          `const crypto = require('crypto');\nconst jwt = require('jsonwebtoken');\njwt.sign(p, crypto.createSecretKey(Buffer.from(${ENV_JS})));`,
        ),
      ],
    },
  ];
  cjsRuleTester.run('no-hardcoded-secret', rule, { valid: [], invalid });
});

describe('binding styles (no globals declared)', () => {
  const invalid: Invalid[] = [
    {
      name: 'undeclared require in a TS file',
      code: "const jwt = require('jsonwebtoken');\njwt.sign(p, 'shhhhh');",
      errors: [secret(SIGN, `const jwt = require('jsonwebtoken');\njwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'undeclared require, destructured { sign: s }',
      code: "const { sign: s } = require('jsonwebtoken');\ns(p, 'shhhhh');",
      errors: [secret(SIGN, `const { sign: s } = require('jsonwebtoken');\ns(p, ${ENV_TS});`)],
    },
    {
      name: "undeclared require, inline require('jsonwebtoken').verify",
      code: "require('jsonwebtoken').verify(t, 'shhhhh');",
      errors: [secret(VERIFY, `require('jsonwebtoken').verify(t, ${ENV_TS});`)],
    },
    {
      name: 'undeclared Buffer global: Buffer.from(literal)',
      code: "import jwt from 'jsonwebtoken';\njwt.sign(p, Buffer.from('shhhhh'));",
      errors: [secret(SIGN, `import jwt from 'jsonwebtoken';\njwt.sign(p, Buffer.from(${ENV_TS}));`)],
    },
    {
      name: 'undeclared TextEncoder global: new TextEncoder().encode(literal)',
      code: "import { jwtVerify } from 'jose';\nawait jwtVerify(t, new TextEncoder().encode('shhhhh'));",
      errors: [
        secret(JWT_VERIFY, `import { jwtVerify } from 'jose';\nawait jwtVerify(t, new TextEncoder().encode(${ENV_TS}));`),
      ],
    },
  ];
  const valid: Valid[] = [
    {
      name: 'a local require function that is not node require',
      code: "function require(id: string) { return { sign: (a: unknown, b: string) => b }; }\nrequire('jsonwebtoken').sign(p, 'shhhhh');",
    },
  ];
  bareRuleTester.run('no-hardcoded-secret', rule, { valid, invalid });
});

// ---------------------------------------------------------------------------------------------
// Values: what makes a key hardcoded.
// ---------------------------------------------------------------------------------------------

describe('hardcoded values', () => {
  const I = "import jwt from 'jsonwebtoken';\n";
  const J = "import { SignJWT, jwtVerify, importJWK, importPKCS8, base64url } from 'jose';\n";
  const invalid: Invalid[] = [
    // literals
    {
      name: 'double-quoted string literal',
      code: `${I}jwt.sign(p, "shhhhh");`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'template literal without expressions',
      code: `${I}jwt.sign(p, \`shhhhh\`);`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'static template with a const part is replaced as a whole',
      code: `${I}const PREFIX = 'abc';\njwt.sign(p, \`\${PREFIX}-shhhhh\`);`,
      errors: [secret(SIGN, `${I}const PREFIX = 'abc';\njwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'concatenation of literals',
      code: `${I}jwt.sign(p, 'shh' + 'hhh');`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'concatenation of a const and a literal',
      code: `${I}const A = 'shh';\njwt.sign(p, A + 'hhh');`,
      errors: [secret(SIGN, `${I}const A = 'shh';\njwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'single space-padded literal is still a secret',
      code: `${I}jwt.sign(p, ' x ');`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS});`)],
    },
    // bindings
    {
      name: 'const bound to a literal: report at the call, fix the initializer',
      code: `${I}const secret = 'shhhhh';\njwt.sign(p, secret);`,
      errors: [
        { ...secret(SIGN, `${I}const secret = ${ENV_TS};\njwt.sign(p, secret);`), line: 3, column: 13, endColumn: 19 },
      ],
    },
    {
      name: 'never-reassigned let',
      code: `${I}let secret = 'shhhhh';\njwt.sign(p, secret);`,
      errors: [secret(SIGN, `${I}let secret = ${ENV_TS};\njwt.sign(p, secret);`)],
    },
    {
      name: 'never-reassigned var',
      code: `${I}var secret = 'shhhhh';\njwt.sign(p, secret);`,
      errors: [secret(SIGN, `${I}var secret = ${ENV_TS};\njwt.sign(p, secret);`)],
    },
    {
      name: 'chain of consts, three deep',
      code: `${I}const a = 'shhhhh';\nconst b = a;\nconst c = b;\njwt.sign(p, c);`,
      errors: [secret(SIGN, `${I}const a = ${ENV_TS};\nconst b = a;\nconst c = b;\njwt.sign(p, c);`)],
    },
    {
      name: 'one const used by sign and verify: two reports, same fix',
      code: `${I}const key = 'shhhhh';\njwt.sign(p, key);\njwt.verify(t, key);`,
      errors: [
        secret(SIGN, `${I}const key = ${ENV_TS};\njwt.sign(p, key);\njwt.verify(t, key);`),
        secret(VERIFY, `${I}const key = ${ENV_TS};\njwt.sign(p, key);\njwt.verify(t, key);`),
      ],
    },
    {
      name: 'const declared in an outer function scope',
      code: `${I}const KEY = 'shhhhh';\nexport function issue(user: object) {\n  return jwt.sign(user, KEY);\n}`,
      errors: [secret(SIGN, `${I}const KEY = ${ENV_TS};\nexport function issue(user: object) {\n  return jwt.sign(user, KEY);\n}`)],
    },
    {
      name: 'exported const',
      code: `${I}export const KEY = 'shhhhh';\njwt.sign(p, KEY);`,
      errors: [secret(SIGN, `${I}export const KEY = ${ENV_TS};\njwt.sign(p, KEY);`)],
    },
    // TS wrappers
    {
      name: "TS as: 'x' as string",
      code: `${I}jwt.sign(p, 'shhhhh' as string);`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS} as string);`)],
    },
    {
      name: "TS satisfies: 'x' satisfies string",
      code: `${I}jwt.sign(p, 'shhhhh' satisfies string);`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS} satisfies string);`)],
    },
    {
      name: 'TS non-null on a const: secret!',
      code: `${I}const secret: string | undefined = 'shhhhh';\njwt.sign(p, secret!);`,
      errors: [secret(SIGN, `${I}const secret: string | undefined = ${ENV_TS};\njwt.sign(p, secret!);`)],
    },
    {
      name: "TS angle-bracket assertion: <string>'x'",
      code: `${I}jwt.sign(p, <string>'shhhhh');`,
      errors: [secret(SIGN, `${I}jwt.sign(p, <string>${ENV_TS});`)],
    },
    {
      name: "'x' as const inline is replaced as a whole",
      code: `${I}jwt.sign(p, 'shhhhh' as const);`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: "const s = 'x' as const is replaced as a whole",
      code: `${I}const s = 'shhhhh' as const;\njwt.sign(p, s);`,
      errors: [secret(SIGN, `${I}const s = ${ENV_TS};\njwt.sign(p, s);`)],
    },
    {
      name: "<const>'x' is replaced as a whole (a const assertion on process.env does not compile)",
      code: `${I}jwt.sign(p, <const>'shhhhh');`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'parenthesized literal argument',
      code: `${I}jwt.sign(p, ('shhhhh'));`,
      errors: [secret(SIGN, `${I}jwt.sign(p, (${ENV_TS}));`)],
    },
    {
      name: 'nested wrappers: ((secret as string)!)',
      code: `${I}const secret = 'shhhhh';\njwt.sign(p, ((secret as string)!));`,
      errors: [secret(SIGN, `${I}const secret = ${ENV_TS};\njwt.sign(p, ((secret as string)!));`)],
    },
    // config objects
    {
      name: 'property of a const config object: config.jwt.secret',
      code: `${I}const config = { jwt: { secret: 'shhhhh' } };\njwt.sign(p, config.jwt.secret);`,
      errors: [
        {
          ...secret(SIGN, `${I}const config = { jwt: { secret: ${ENV_TS} } };\njwt.sign(p, config.jwt.secret);`),
          line: 3,
          column: 13,
          endColumn: 30,
        },
      ],
    },
    {
      name: "computed literal keys: config['jwt']['secret']",
      code: `${I}const config = { jwt: { secret: 'shhhhh' } };\njwt.sign(p, config['jwt']['secret']);`,
      errors: [secret(SIGN, `${I}const config = { jwt: { secret: ${ENV_TS} } };\njwt.sign(p, config['jwt']['secret']);`)],
    },
    {
      name: 'quoted property key in the config object',
      code: `${I}const config = { 'secret': 'shhhhh' };\njwt.sign(p, config.secret);`,
      errors: [secret(SIGN, `${I}const config = { 'secret': ${ENV_TS} };\njwt.sign(p, config.secret);`)],
    },
    {
      name: 'config object through Object.freeze',
      code: `${I}const config = Object.freeze({ secret: 'shhhhh' });\njwt.sign(p, config.secret);`,
      errors: [secret(SIGN, `${I}const config = Object.freeze({ secret: ${ENV_TS} });\njwt.sign(p, config.secret);`)],
    },
    {
      name: 'config object typed with as const',
      code: `${I}const config = { secret: 'shhhhh' } as const;\njwt.sign(p, config.secret);`,
      errors: [secret(SIGN, `${I}const config = { secret: ${ENV_TS} } as const;\njwt.sign(p, config.secret);`)],
    },
    {
      name: 'config property holding a const',
      code: `${I}const S = 'shhhhh';\nconst config = { secret: S };\njwt.sign(p, config.secret);`,
      errors: [secret(SIGN, `${I}const S = ${ENV_TS};\nconst config = { secret: S };\njwt.sign(p, config.secret);`)],
    },
    {
      name: 'spread BEFORE the key cannot override it',
      code: `${I}const config = { ...defaults, secret: 'shhhhh' };\njwt.sign(p, config.secret);`,
      errors: [secret(SIGN, `${I}const config = { ...defaults, secret: ${ENV_TS} };\njwt.sign(p, config.secret);`)],
    },
    {
      name: 'the last duplicate key wins (literal last)',
      code: `${I}const config = { secret: process.env.S!, secret: 'shhhhh' };\njwt.sign(p, config.secret);`,
      errors: [
        secret(SIGN, `${I}const config = { secret: process.env.S!, secret: ${ENV_TS} };\njwt.sign(p, config.secret);`),
      ],
    },
    {
      name: 'destructuring from a const config: const { secret } = config',
      code: `${I}const config = { secret: 'shhhhh' };\nconst { secret } = config;\njwt.sign(p, secret);`,
      errors: [secret(SIGN, `${I}const config = { secret: ${ENV_TS} };\nconst { secret } = config;\njwt.sign(p, secret);`)],
    },
    {
      name: 'nested renamed destructuring: const { jwt: { secret: key } } = config',
      code: `${I}const config = { jwt: { secret: 'shhhhh' } };\nconst { jwt: { secret: key } } = config;\njwt.sign(p, key);`,
      errors: [
        secret(
          SIGN,
          `${I}const config = { jwt: { secret: ${ENV_TS} } };\nconst { jwt: { secret: key } } = config;\njwt.sign(p, key);`,
        ),
      ],
    },
    {
      name: 'destructuring from a member: const { secret } = config.jwt',
      code: `${I}const config = { jwt: { secret: 'shhhhh' } };\nconst { secret } = config.jwt;\njwt.sign(p, secret);`,
      errors: [
        secret(SIGN, `${I}const config = { jwt: { secret: ${ENV_TS} } };\nconst { secret } = config.jwt;\njwt.sign(p, secret);`),
      ],
    },
    // classes
    {
      name: "class field secret = 'x' read as this.secret",
      code: `${I}class Auth {\n  secret = 'shhhhh';\n  issue(p: object) { return jwt.sign(p, this.secret); }\n}`,
      errors: [secret(SIGN, `${I}class Auth {\n  secret = ${ENV_TS};\n  issue(p: object) { return jwt.sign(p, this.secret); }\n}`)],
    },
    {
      name: 'private readonly class field',
      code: `${I}class Auth {\n  private readonly secret = 'shhhhh';\n  issue(p: object) { return jwt.sign(p, this.secret); }\n}`,
      errors: [
        secret(
          SIGN,
          `${I}class Auth {\n  private readonly secret = ${ENV_TS};\n  issue(p: object) { return jwt.sign(p, this.secret); }\n}`,
        ),
      ],
    },
    {
      name: 'single constructor assignment this.secret = literal',
      code: `${I}class Auth {\n  secret: string;\n  constructor() { this.secret = 'shhhhh'; }\n  check(t: string) { return jwt.verify(t, this.secret); }\n}`,
      errors: [
        secret(
          VERIFY,
          `${I}class Auth {\n  secret: string;\n  constructor() { this.secret = ${ENV_TS}; }\n  check(t: string) { return jwt.verify(t, this.secret); }\n}`,
        ),
      ],
    },
    {
      name: 'this.secret read inside an arrow function in a method',
      code: `${I}class Auth {\n  secret = 'shhhhh';\n  issue = (p: object) => jwt.sign(p, this.secret);\n}`,
      errors: [secret(SIGN, `${I}class Auth {\n  secret = ${ENV_TS};\n  issue = (p: object) => jwt.sign(p, this.secret);\n}`)],
    },
    {
      name: "constructor parameter property default read as this.secret: constructor(private secret = 'dev')",
      code: `${I}class Auth {\n  constructor(private secret = 'dev') {}\n  issue(p: object) { return jwt.sign(p, this.secret); }\n}`,
      errors: [
        parameterDefault(
          SIGN,
          `${I}class Auth {\n  constructor(private secret = ${ENV_TS}) {}\n  issue(p: object) { return jwt.sign(p, this.secret); }\n}`,
        ),
      ],
    },
    {
      name: 'constructor parameter property default read as the parameter',
      code: `${I}class Auth {\n  constructor(private secret = 'dev') { jwt.sign({}, secret); }\n}`,
      errors: [parameterDefault(SIGN, `${I}class Auth {\n  constructor(private secret = ${ENV_TS}) { jwt.sign({}, secret); }\n}`)],
    },
    {
      name: "this['secret'] computed literal read",
      code: `${I}class Auth {\n  secret = 'shhhhh';\n  issue(p: object) { return jwt.sign(p, this['secret']); }\n}`,
      errors: [secret(SIGN, `${I}class Auth {\n  secret = ${ENV_TS};\n  issue(p: object) { return jwt.sign(p, this['secret']); }\n}`)],
    },
    // key makers
    {
      name: 'Buffer.from(literal)',
      code: `${I}jwt.sign(p, Buffer.from('shhhhh'));`,
      errors: [
        { ...secret(SIGN, `${I}jwt.sign(p, Buffer.from(${ENV_TS}));`), line: 2, column: 13, endColumn: 34 },
      ],
    },
    {
      name: "Buffer.from(literal, 'base64')",
      code: `${I}jwt.sign(p, Buffer.from('c2hoaGho', 'base64'));`,
      errors: [secret(SIGN, `${I}jwt.sign(p, Buffer.from(${ENV_TS}, 'base64'));`)],
    },
    {
      name: "Buffer imported from 'node:buffer'",
      code: `import { Buffer as B } from 'node:buffer';\n${I}jwt.sign(p, B.from('shhhhh'));`,
      errors: [secret(SIGN, `import { Buffer as B } from 'node:buffer';\n${I}jwt.sign(p, B.from(${ENV_TS}));`)],
    },
    {
      name: 'Buffer.from(const) kept in a const',
      code: `${I}const RAW = 'shhhhh';\nconst key = Buffer.from(RAW);\njwt.sign(p, key);`,
      errors: [secret(SIGN, `${I}const RAW = ${ENV_TS};\nconst key = Buffer.from(RAW);\njwt.sign(p, key);`)],
    },
    {
      name: 'new TextEncoder().encode(literal) into SignJWT.sign',
      code: `${J}await new SignJWT({}).sign(new TextEncoder().encode('shhhhh'));`,
      errors: [secret(SIGN_JWT, `${J}await new SignJWT({}).sign(new TextEncoder().encode(${ENV_TS}));`)],
    },
    {
      name: 'TextEncoder kept in a const: const enc = new TextEncoder(); enc.encode(literal)',
      code: `${J}const enc = new TextEncoder();\nawait jwtVerify(t, enc.encode('shhhhh'));`,
      errors: [secret(JWT_VERIFY, `${J}const enc = new TextEncoder();\nawait jwtVerify(t, enc.encode(${ENV_TS}));`)],
    },
    {
      name: 'encoded key kept in a const',
      code: `${J}const key = new TextEncoder().encode('shhhhh');\nawait jwtVerify(t, key);`,
      errors: [secret(JWT_VERIFY, `${J}const key = new TextEncoder().encode(${ENV_TS});\nawait jwtVerify(t, key);`)],
    },
    {
      name: "TextEncoder imported from 'node:util'",
      code: `import { TextEncoder as TE } from 'node:util';\n${J}await jwtVerify(t, new TE().encode('shhhhh'));`,
      errors: [
        secret(
          JWT_VERIFY,
          `import { TextEncoder as TE } from 'node:util';\n${J}await jwtVerify(t, new TE().encode(${ENV_TS}));`,
        ),
      ],
    },
    {
      name: "crypto.createSecretKey(Buffer.from(literal)) with import crypto from 'crypto'",
      code: `import crypto from 'crypto';\n${I}jwt.sign(p, crypto.createSecretKey(Buffer.from('shhhhh')));`,
      errors: [secret(SIGN, `import crypto from 'crypto';\n${I}jwt.sign(p, crypto.createSecretKey(Buffer.from(${ENV_TS})));`)],
    },
    {
      name: "createSecretKey(literal, 'utf8') named import from 'node:crypto'",
      code: `import { createSecretKey } from 'node:crypto';\n${I}jwt.sign(p, createSecretKey('shhhhh', 'utf8'));`,
      errors: [
        secret(SIGN, `import { createSecretKey } from 'node:crypto';\n${I}jwt.sign(p, createSecretKey(${ENV_TS}, 'utf8'));`),
      ],
    },
    {
      name: "createSecretKey via import * as crypto from 'node:crypto', in jose",
      code: `import * as crypto from 'node:crypto';\n${J}await new SignJWT({}).sign(crypto.createSecretKey(Buffer.from('shhhhh')));`,
      errors: [
        secret(
          SIGN_JWT,
          `import * as crypto from 'node:crypto';\n${J}await new SignJWT({}).sign(crypto.createSecretKey(Buffer.from(${ENV_TS})));`,
        ),
      ],
    },
    {
      name: 'createSecretKey aliased: import { createSecretKey as mk }',
      code: `import { createSecretKey as mk } from 'crypto';\n${I}const key = mk(Buffer.from('shhhhh'));\njwt.sign(p, key);`,
      errors: [
        secret(
          SIGN,
          `import { createSecretKey as mk } from 'crypto';\n${I}const key = mk(Buffer.from(${ENV_TS}));\njwt.sign(p, key);`,
        ),
      ],
    },
    {
      name: 'createPrivateKey(PEM literal) is a private key',
      code: `import { createPrivateKey } from 'crypto';\n${I}jwt.sign(p, createPrivateKey('${PRIVATE_PEM}'), { algorithm: 'RS256' });`,
      errors: [
        privateKey(
          SIGN,
          `import { createPrivateKey } from 'crypto';\n${I}jwt.sign(p, createPrivateKey(${PK_TS}), { algorithm: 'RS256' });`,
        ),
      ],
    },
    {
      name: "importJWK({ kty: 'oct', k: literal })",
      code: `${J}const key = await importJWK({ kty: 'oct', k: 'c2hoaGho' }, 'HS256');\nawait jwtVerify(t, key);`,
      errors: [
        secret(JWT_VERIFY, `${J}const key = await importJWK({ kty: 'oct', k: ${ENV_TS} }, 'HS256');\nawait jwtVerify(t, key);`),
      ],
    },
    {
      name: 'importJWK of a const JWK object',
      code: `${J}const jwk = { kty: 'oct', k: 'c2hoaGho' };\nawait jwtVerify(t, await importJWK(jwk, 'HS256'));`,
      errors: [
        secret(JWT_VERIFY, `${J}const jwk = { kty: 'oct', k: ${ENV_TS} };\nawait jwtVerify(t, await importJWK(jwk, 'HS256'));`),
      ],
    },
    {
      name: 'importJWK with a literal d is a private key',
      code: `${J}const key = await importJWK({ kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'BBBB', d: 'c2hoaGho' }, 'ES256');\nawait new SignJWT({}).sign(key);`,
      errors: [
        privateKey(
          SIGN_JWT,
          `${J}const key = await importJWK({ kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'BBBB', d: ${PK_TS} }, 'ES256');\nawait new SignJWT({}).sign(key);`,
        ),
      ],
    },
    {
      name: 'importPKCS8(PEM literal, alg) is a private key',
      code: `${J}const key = await importPKCS8('${PRIVATE_PEM}', 'RS256');\nawait new SignJWT({}).sign(key);`,
      errors: [privateKey(SIGN_JWT, `${J}const key = await importPKCS8(${PK_TS}, 'RS256');\nawait new SignJWT({}).sign(key);`)],
    },
    {
      name: 'importPKCS8 of a const PEM',
      code: `${J}const PEM = '${PRIVATE_PEM}';\nawait new SignJWT({}).sign(await importPKCS8(PEM, 'RS256'));`,
      errors: [
        privateKey(SIGN_JWT, `${J}const PEM = ${PK_TS};\nawait new SignJWT({}).sign(await importPKCS8(PEM, 'RS256'));`),
      ],
    },
    {
      name: 'base64url.decode(literal)',
      code: `${J}await jwtVerify(t, base64url.decode('c2hoaGho'));`,
      errors: [secret(JWT_VERIFY, `${J}await jwtVerify(t, base64url.decode(${ENV_TS}));`)],
    },
    {
      name: "base64url namespace from 'jose/util/base64url'",
      code: `import * as b64 from 'jose/util/base64url';\n${J}await jwtVerify(t, b64.decode('c2hoaGho'));`,
      errors: [
        secret(JWT_VERIFY, `import * as b64 from 'jose/util/base64url';\n${J}await jwtVerify(t, b64.decode(${ENV_TS}));`),
      ],
    },
    // PEM private keys
    {
      name: 'PEM PRIVATE KEY literal in jwt.sign',
      code: `${I}jwt.sign(p, '${PRIVATE_PEM}', { algorithm: 'RS256' });`,
      errors: [privateKey(SIGN, `${I}jwt.sign(p, ${PK_TS}, { algorithm: 'RS256' });`)],
    },
    {
      name: 'PEM RSA PRIVATE KEY literal',
      code: `${I}jwt.sign(p, '${pem('RSA PRIVATE KEY')}', { algorithm: 'RS256' });`,
      errors: [privateKey(SIGN, `${I}jwt.sign(p, ${PK_TS}, { algorithm: 'RS256' });`)],
    },
    {
      name: 'PEM EC PRIVATE KEY literal',
      code: `${I}jwt.sign(p, '${pem('EC PRIVATE KEY')}', { algorithm: 'ES256' });`,
      errors: [privateKey(SIGN, `${I}jwt.sign(p, ${PK_TS}, { algorithm: 'ES256' });`)],
    },
    {
      name: 'PEM ENCRYPTED PRIVATE KEY literal',
      code: `${I}jwt.sign(p, '${pem('ENCRYPTED PRIVATE KEY')}', { algorithm: 'RS256' });`,
      errors: [privateKey(SIGN, `${I}jwt.sign(p, ${PK_TS}, { algorithm: 'RS256' });`)],
    },
    {
      name: 'PEM in a multi-line template literal',
      code: `${I}const PEM = \`-----BEGIN PRIVATE KEY-----\nMIIBVgIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\`;\njwt.sign(p, PEM, { algorithm: 'RS256' });`,
      errors: [privateKey(SIGN, `${I}const PEM = ${PK_TS};\njwt.sign(p, PEM, { algorithm: 'RS256' });`)],
    },
    {
      name: 'PEM after leading whitespace and a comment line',
      code: `${I}jwt.sign(p, '  # prod key\\n${PRIVATE_PEM}', { algorithm: 'RS256' });`,
      errors: [privateKey(SIGN, `${I}jwt.sign(p, ${PK_TS}, { algorithm: 'RS256' });`)],
    },
    {
      name: 'jsonwebtoken { key: PEM, passphrase } object: the key literal is replaced',
      code: `${I}jwt.sign(p, { key: '${PRIVATE_PEM}', passphrase: 'pw' }, { algorithm: 'RS256' });`,
      errors: [privateKey(SIGN, `${I}jwt.sign(p, { key: ${PK_TS}, passphrase: 'pw' }, { algorithm: 'RS256' });`)],
    },
    {
      name: 'jsonwebtoken { key: literal secret, passphrase } object',
      code: `${I}jwt.sign(p, { key: 'shhhhh', passphrase: process.env.PASS! });`,
      errors: [secret(SIGN, `${I}jwt.sign(p, { key: ${ENV_TS}, passphrase: process.env.PASS! });`)],
    },
    {
      name: 'jsonwebtoken key object kept in a const',
      code: `${I}const signingKey = { key: '${PRIVATE_PEM}', passphrase: 'pw' };\njwt.sign(p, signingKey, { algorithm: 'RS256' });`,
      errors: [
        privateKey(SIGN, `${I}const signingKey = { key: ${PK_TS}, passphrase: 'pw' };\njwt.sign(p, signingKey, { algorithm: 'RS256' });`),
      ],
    },
    {
      name: 'both branches of a conditional hardcoded: the conditional is replaced',
      code: `${I}jwt.sign(p, isProd ? 'prod-secret' : 'dev-secret');`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'hardcoded || env: the left literal always wins',
      code: `${I}jwt.sign(p, 'shhhhh' || process.env.S!);`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS} || process.env.S!);`)],
    },
    {
      name: 'shorthand property in a config object resolves to the const',
      code: `${I}const secret = 'shhhhh';\nconst cfg = { secret };\njwt.sign(p, cfg.secret);`,
      errors: [secret(SIGN, `${I}const secret = ${ENV_TS};\nconst cfg = { secret };\njwt.sign(p, cfg.secret);`)],
    },
    {
      name: "config property 'x' as const is replaced as a whole",
      code: `${I}const config = { secret: 'shhhhh' as const };\njwt.sign(p, config.secret);`,
      errors: [secret(SIGN, `${I}const config = { secret: ${ENV_TS} };\njwt.sign(p, config.secret);`)],
    },
    {
      name: "'x' as const satisfies string: only the as-const part goes",
      code: `${I}jwt.sign(p, 'shhhhh' as const satisfies string);`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS} satisfies string);`)],
    },
    {
      name: 'key object with a spread BEFORE key: { ...base, key: literal }',
      code: `${I}jwt.sign(p, { ...base, key: 'shhhhh' });`,
      errors: [secret(SIGN, `${I}jwt.sign(p, { ...base, key: ${ENV_TS} });`)],
    },
    {
      name: 'Buffer.from(PEM private key) is a private key',
      code: `${I}jwt.sign(p, Buffer.from('${PRIVATE_PEM}'), { algorithm: 'RS256' });`,
      errors: [privateKey(SIGN, `${I}jwt.sign(p, Buffer.from(${PK_TS}), { algorithm: 'RS256' });`)],
    },
    {
      name: 'default and named import in one declaration: both calls reported',
      code: "import jwt, { verify } from 'jsonwebtoken';\nverify(t, 'shhhhh');\njwt.sign(p, 'shhhhh');",
      errors: [
        secret(VERIFY, `import jwt, { verify } from 'jsonwebtoken';\nverify(t, ${ENV_TS});\njwt.sign(p, 'shhhhh');`),
        secret(SIGN, `import jwt, { verify } from 'jsonwebtoken';\nverify(t, 'shhhhh');\njwt.sign(p, ${ENV_TS});`),
      ],
    },
    {
      name: 'static field read as this.secret in a static method',
      code: `${I}class Auth {\n  static secret = 'shhhhh';\n  static issue(p: object) { return jwt.sign(p, this.secret); }\n}`,
      errors: [
        secret(SIGN, `${I}class Auth {\n  static secret = ${ENV_TS};\n  static issue(p: object) { return jwt.sign(p, this.secret); }\n}`),
      ],
    },
    {
      name: 'destructuring default from a const object that lacks the key: always the literal',
      code: `${I}const config: { secret?: string } = {};\nconst { secret = 'shhhhh' } = config;\njwt.sign(p, secret);`,
      errors: [
        secret(SIGN, `${I}const config: { secret?: string } = {};\nconst { secret = ${ENV_TS} } = config;\njwt.sign(p, secret);`),
      ],
    },
  ];
  tsRuleTester.run('no-hardcoded-secret', rule, { valid: [], invalid });
});

// ---------------------------------------------------------------------------------------------
// jose: every key slot.
// ---------------------------------------------------------------------------------------------

describe('jose key slots', () => {
  const KEY = "new TextEncoder().encode('shhhhh')";
  const FIXED = `new TextEncoder().encode(${ENV_TS})`;
  const slot = (name: string, importName: string, template: string, api: string): Invalid => ({
    name,
    code: `import { ${importName} } from 'jose';\n${template.replace('KEY', KEY)}`,
    errors: [secret(api, `import { ${importName} } from 'jose';\n${template.replace('KEY', FIXED)}`)],
  });
  const invalid: Invalid[] = [
    slot('SignJWT.sign', 'SignJWT', "await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(KEY);", SIGN_JWT),
    slot(
      'EncryptJWT.encrypt',
      'EncryptJWT',
      "await new EncryptJWT({}).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(KEY);",
      'jose EncryptJWT.encrypt()',
    ),
    slot('CompactSign.sign', 'CompactSign', "await new CompactSign(bytes).setProtectedHeader({ alg: 'HS256' }).sign(KEY);", 'jose CompactSign.sign()'),
    slot('FlattenedSign.sign', 'FlattenedSign', "await new FlattenedSign(bytes).setProtectedHeader({ alg: 'HS256' }).sign(KEY);", 'jose FlattenedSign.sign()'),
    slot(
      'GeneralSign.addSignature',
      'GeneralSign',
      "await new GeneralSign(bytes).addSignature(KEY).setProtectedHeader({ alg: 'HS256' }).done().sign();",
      'jose GeneralSign.addSignature()',
    ),
    slot(
      'CompactEncrypt.encrypt',
      'CompactEncrypt',
      "await new CompactEncrypt(bytes).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(KEY);",
      'jose CompactEncrypt.encrypt()',
    ),
    slot(
      'FlattenedEncrypt.encrypt',
      'FlattenedEncrypt',
      "await new FlattenedEncrypt(bytes).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(KEY);",
      'jose FlattenedEncrypt.encrypt()',
    ),
    slot(
      'GeneralEncrypt.addRecipient',
      'GeneralEncrypt',
      "await new GeneralEncrypt(bytes).setProtectedHeader({ enc: 'A256GCM' }).addRecipient(KEY).setUnprotectedHeader({ alg: 'A256KW' }).done().encrypt();",
      'jose GeneralEncrypt.addRecipient()',
    ),
    slot('jwtVerify', 'jwtVerify', 'await jwtVerify(t, KEY);', JWT_VERIFY),
    slot('compactVerify', 'compactVerify', 'await compactVerify(t, KEY);', 'jose.compactVerify()'),
    slot('flattenedVerify', 'flattenedVerify', 'await flattenedVerify(jws, KEY);', 'jose.flattenedVerify()'),
    slot('generalVerify', 'generalVerify', 'await generalVerify(jws, KEY);', 'jose.generalVerify()'),
    slot('jwtDecrypt', 'jwtDecrypt', 'await jwtDecrypt(t, KEY);', 'jose.jwtDecrypt()'),
    slot('compactDecrypt', 'compactDecrypt', 'await compactDecrypt(t, KEY);', 'jose.compactDecrypt()'),
    slot('flattenedDecrypt', 'flattenedDecrypt', 'await flattenedDecrypt(jwe, KEY);', 'jose.flattenedDecrypt()'),
    slot('generalDecrypt', 'generalDecrypt', 'await generalDecrypt(jwe, KEY);', 'jose.generalDecrypt()'),
    slot('jwtVerify with options after the key', 'jwtVerify', "await jwtVerify(t, KEY, { algorithms: ['HS256'] });", JWT_VERIFY),
    {
      name: 'SignJWT builder kept in a variable, key given later',
      code: "import { SignJWT } from 'jose';\nconst builder = new SignJWT({});\nbuilder.setProtectedHeader({ alg: 'HS256' });\nawait builder.sign(new TextEncoder().encode('shhhhh'));",
      errors: [
        {
          ...secret(
            SIGN_JWT,
            `import { SignJWT } from 'jose';\nconst builder = new SignJWT({});\nbuilder.setProtectedHeader({ alg: 'HS256' });\nawait builder.sign(new TextEncoder().encode(${ENV_TS}));`,
          ),
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'SignJWT chain stored mid-way',
      code: "import { SignJWT } from 'jose';\nconst b = new SignJWT({}).setProtectedHeader({ alg: 'HS256' });\nawait b.sign(new TextEncoder().encode('shhhhh'));",
      errors: [
        secret(
          SIGN_JWT,
          `import { SignJWT } from 'jose';\nconst b = new SignJWT({}).setProtectedHeader({ alg: 'HS256' });\nawait b.sign(new TextEncoder().encode(${ENV_TS}));`,
        ),
      ],
    },
    {
      name: 'jose given a raw string literal (wrong type, still a hardcoded secret)',
      code: "import { jwtVerify } from 'jose';\nawait jwtVerify(t, 'shhhhh' as any);",
      errors: [secret(JWT_VERIFY, `import { jwtVerify } from 'jose';\nawait jwtVerify(t, ${ENV_TS} as any);`)],
    },
  ];
  tsRuleTester.run('no-hardcoded-secret', rule, { valid: [], invalid });
});

// ---------------------------------------------------------------------------------------------
// Fallbacks: an env read that falls back to a literal.
// ---------------------------------------------------------------------------------------------

describe('fallbacks (TypeScript)', () => {
  const I = "import jwt from 'jsonwebtoken';\n";
  const invalid: Invalid[] = [
    {
      name: "process.env.X || 'dev'",
      code: `${I}jwt.sign(p, process.env.JWT_SECRET || 'dev');`,
      errors: [
        {
          ...fallback(SIGN, `${I}jwt.sign(p, process.env.JWT_SECRET!);`),
          line: 2,
          column: 13,
          endColumn: 44,
        },
      ],
    },
    {
      name: "process.env.X ?? 'dev'",
      code: `${I}jwt.sign(p, process.env.JWT_SECRET ?? 'dev');`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, process.env.JWT_SECRET!);`)],
    },
    {
      name: "process.env['X'] || 'dev' (computed env key)",
      code: `${I}jwt.verify(t, process.env['JWT_SECRET'] || 'dev');`,
      errors: [fallback(VERIFY, `${I}jwt.verify(t, process.env['JWT_SECRET']!);`)],
    },
    {
      name: "env.X! || 'dev' keeps the existing non-null assertion",
      code: `${I}jwt.sign(p, process.env.JWT_SECRET! || 'dev');`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, process.env.JWT_SECRET!);`)],
    },
    {
      name: "env.A || env.B || 'dev': both env reads kept, parenthesized for !",
      code: `${I}jwt.sign(p, process.env.A || process.env.B || 'dev');`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, (process.env.A || process.env.B)!);`)],
    },
    {
      name: "fallback kept in a const: const s = env.X || 'dev'",
      code: `${I}const secret = process.env.JWT_SECRET || 'dev';\njwt.sign(p, secret);`,
      errors: [
        {
          ...fallback(SIGN, `${I}const secret = process.env.JWT_SECRET!;\njwt.sign(p, secret);`),
          line: 3,
          column: 13,
          endColumn: 19,
        },
      ],
    },
    {
      name: "fallback in a config object: { secret: env.X ?? 'dev' }",
      code: `${I}const config = { secret: process.env.JWT_SECRET ?? 'dev' };\njwt.sign(p, config.secret);`,
      errors: [fallback(SIGN, `${I}const config = { secret: process.env.JWT_SECRET! };\njwt.sign(p, config.secret);`)],
    },
    {
      name: "fallback inside Buffer.from(env.X || 'dev')",
      code: `${I}jwt.sign(p, Buffer.from(process.env.JWT_SECRET || 'dev'));`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, Buffer.from(process.env.JWT_SECRET!));`)],
    },
    {
      name: "fallback inside TextEncoder for jose: encode(env.X ?? 'dev')",
      code: "import { jwtVerify } from 'jose';\nawait jwtVerify(t, new TextEncoder().encode(process.env.JWT_SECRET ?? 'dev'));",
      errors: [
        fallback(JWT_VERIFY, "import { jwtVerify } from 'jose';\nawait jwtVerify(t, new TextEncoder().encode(process.env.JWT_SECRET!));"),
      ],
    },
    {
      name: "conditional: cond ? process.env.X : 'dev'",
      code: `${I}jwt.sign(p, isProd ? process.env.JWT_SECRET : 'dev');`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, process.env.JWT_SECRET!);`)],
    },
    {
      name: "conditional: cond ? 'dev' : process.env.X",
      code: `${I}jwt.sign(p, isDev ? 'dev' : process.env.JWT_SECRET);`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, process.env.JWT_SECRET!);`)],
    },
    {
      name: "conditional keeping a call: cond ? loadSecret() : 'dev'",
      code: `${I}jwt.sign(p, isProd ? loadSecret() : 'dev');`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, loadSecret()!);`)],
    },
    {
      name: "test-mode conditional: isTest ? 'literal' : getSecret()",
      code: `${I}jwt.sign(p, isTest ? 'test-secret' : getSecret());`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, getSecret()!);`)],
    },
    {
      name: "env object destructured first: const { env } = process; env.X || 'dev'",
      code: `${I}const { env } = process;\njwt.sign(p, env.JWT_SECRET || 'dev');`,
      errors: [fallback(SIGN, `${I}const { env } = process;\njwt.sign(p, env.JWT_SECRET!);`)],
    },
    {
      name: 'parameter default that is a const: the const initializer is replaced',
      code: `${I}const DEFAULT_SECRET = 'dev';\nexport function issue(p: object, secret = DEFAULT_SECRET) {\n  return jwt.sign(p, secret);\n}`,
      errors: [
        parameterDefault(
          SIGN,
          `${I}const DEFAULT_SECRET = process.env.DEFAULT_SECRET!;\nexport function issue(p: object, secret = DEFAULT_SECRET) {\n  return jwt.sign(p, secret);\n}`,
          'DEFAULT_SECRET',
        ),
      ],
    },
    {
      name: "destructuring default from process.env: no suggestion in TypeScript",
      code: `${I}const { JWT_SECRET = 'dev' } = process.env;\njwt.sign(p, JWT_SECRET);`,
      errors: [{ messageId: 'hardcodedFallback', data: { api: SIGN }, suggestions: [] }],
    },
    {
      name: "nested destructuring default from process: no suggestion in TypeScript",
      code: `${I}const { env: { JWT_SECRET = 'dev' } } = process;\njwt.sign(p, JWT_SECRET);`,
      errors: [{ messageId: 'hardcodedFallback', data: { api: SIGN }, suggestions: [] }],
    },
    {
      name: "function parameter default: function f(secret = 'dev')",
      code: `${I}export function issue(p: object, secret = 'dev') {\n  return jwt.sign(p, secret);\n}`,
      errors: [
        parameterDefault(SIGN, `${I}export function issue(p: object, secret = ${ENV_TS}) {\n  return jwt.sign(p, secret);\n}`),
      ],
    },
    {
      name: 'typed parameter default: (secret: string = literal)',
      code: `${I}export const issue = (p: object, secret: string = 'dev') => jwt.sign(p, secret);`,
      errors: [
        parameterDefault(SIGN, `${I}export const issue = (p: object, secret: string = ${ENV_TS}) => jwt.sign(p, secret);`),
      ],
    },
    {
      name: 'method parameter default',
      code: `${I}class Auth {\n  check(t: string, key = 'dev') { return jwt.verify(t, key); }\n}`,
      errors: [parameterDefault(VERIFY, `${I}class Auth {\n  check(t: string, key = ${ENV_TS}) { return jwt.verify(t, key); }\n}`)],
    },
    {
      name: 'destructured parameter default: function f({ secret = literal })',
      code: `${I}export function issue({ secret = 'dev' }: { secret?: string }) {\n  return jwt.sign({}, secret);\n}`,
      errors: [
        parameterDefault(
          SIGN,
          `${I}export function issue({ secret = ${ENV_TS} }: { secret?: string }) {\n  return jwt.sign({}, secret);\n}`,
        ),
      ],
    },
    {
      name: "parameter default that is itself env || 'dev': removeFallback",
      code: `${I}export function issue(p: object, secret = process.env.JWT_SECRET || 'dev') {\n  return jwt.sign(p, secret);\n}`,
      errors: [
        fallback(SIGN, `${I}export function issue(p: object, secret = process.env.JWT_SECRET!) {\n  return jwt.sign(p, secret);\n}`),
      ],
    },
    {
      name: 'a PEM private key as fallback: fallback message, remove-fallback suggestion',
      code: `${I}jwt.sign(p, process.env.JWT_PRIVATE_KEY || '${PRIVATE_PEM}', { algorithm: 'RS256' });`,
      errors: [
        {
          messageId: 'hardcodedFallback',
          data: { api: SIGN },
          suggestions: [{ messageId: 'removeFallback', output: `${I}jwt.sign(p, process.env.JWT_PRIVATE_KEY!, { algorithm: 'RS256' });` }],
        },
      ],
    },
    {
      name: "fallback in a .mts file gets the TS non-null assertion",
      filename: 'file.mts',
      code: `${I}jwt.sign(p, process.env.JWT_SECRET || 'dev');`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, process.env.JWT_SECRET!);`)],
    },
  ];
  tsRuleTester.run('no-hardcoded-secret', rule, { valid: [], invalid });
});

describe('fallbacks and suggestions (JavaScript)', () => {
  const I = "import jwt from 'jsonwebtoken';\n";
  const invalid: Invalid[] = [
    {
      name: 'JS: literal becomes process.env.JWT_SECRET without !',
      code: `${I}jwt.sign(p, 'shhhhh');`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_JS});`)],
    },
    {
      name: 'JS: PEM private key becomes process.env.JWT_PRIVATE_KEY',
      code: `${I}jwt.sign(p, '${PRIVATE_PEM}', { algorithm: 'RS256' });`,
      errors: [privateKey(SIGN, `${I}jwt.sign(p, ${PK_JS}, { algorithm: 'RS256' });`)],
    },
    {
      name: "JS: process.env.X || 'dev' → process.env.X",
      code: `${I}jwt.sign(p, process.env.JWT_SECRET || 'dev');`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, process.env.JWT_SECRET);`)],
    },
    {
      name: "JS: env.A || env.B || 'dev' → env.A || env.B (no parentheses needed)",
      code: `${I}jwt.sign(p, process.env.A || process.env.B || 'dev');`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, process.env.A || process.env.B);`)],
    },
    {
      name: "JS: cond ? process.env.X : 'dev' → process.env.X",
      code: `${I}jwt.sign(p, isProd ? process.env.JWT_SECRET : 'dev');`,
      errors: [fallback(SIGN, `${I}jwt.sign(p, process.env.JWT_SECRET);`)],
    },
    {
      name: "JS: const { X = 'dev' } = process.env → const { X } = process.env",
      code: `${I}const { JWT_SECRET = 'dev' } = process.env;\njwt.sign(p, JWT_SECRET);`,
      errors: [fallback(SIGN, `${I}const { JWT_SECRET } = process.env;\njwt.sign(p, JWT_SECRET);`)],
    },
    {
      name: "JS: renamed destructuring default const { X: secret = 'dev' } = process.env",
      code: `${I}const { JWT_SECRET: secret = 'dev' } = process.env;\njwt.sign(p, secret);`,
      errors: [fallback(SIGN, `${I}const { JWT_SECRET: secret } = process.env;\njwt.sign(p, secret);`)],
    },
    {
      name: "JS: nested destructuring default const { env: { X = 'dev' } } = process",
      code: `${I}const { env: { JWT_SECRET = 'dev' } } = process;\njwt.sign(p, JWT_SECRET);`,
      errors: [fallback(SIGN, `${I}const { env: { JWT_SECRET } } = process;\njwt.sign(p, JWT_SECRET);`)],
    },
    {
      name: "JS: destructured parameter default with an object default function f({ secret = 'dev' } = {})",
      code: `${I}export function issue({ secret = 'dev' } = {}) {\n  return jwt.sign({}, secret);\n}`,
      errors: [parameterDefault(SIGN, `${I}export function issue({ secret = ${ENV_JS} } = {}) {\n  return jwt.sign({}, secret);\n}`)],
    },
    {
      name: "JS: function parameter default → process.env.JWT_SECRET",
      code: `${I}export function issue(p, secret = 'dev') {\n  return jwt.sign(p, secret);\n}`,
      errors: [parameterDefault(SIGN, `${I}export function issue(p, secret = ${ENV_JS}) {\n  return jwt.sign(p, secret);\n}`)],
    },
    {
      name: 'JS: option envVariable renames the suggestion',
      options: [{ envVariable: 'APP_JWT_KEY' }],
      code: `${I}jwt.sign(p, 'shhhhh');`,
      errors: [secret(SIGN, `${I}jwt.sign(p, process.env.APP_JWT_KEY);`, 'APP_JWT_KEY')],
    },
  ];
  jsRuleTester.run('no-hardcoded-secret', rule, { valid: [], invalid });
});

// ---------------------------------------------------------------------------------------------
// Options.
// ---------------------------------------------------------------------------------------------

describe('options', () => {
  const I = "import jwt from 'jsonwebtoken';\n";
  const invalid: Invalid[] = [
    {
      name: 'envVariable renames the secret env variable',
      options: [{ envVariable: 'AUTH_SECRET' }],
      code: `${I}jwt.sign(p, 'shhhhh');`,
      errors: [secret(SIGN, `${I}jwt.sign(p, process.env.AUTH_SECRET!);`, 'AUTH_SECRET')],
    },
    {
      name: 'envVariable does not affect private keys',
      options: [{ envVariable: 'AUTH_SECRET' }],
      code: `${I}jwt.sign(p, '${PRIVATE_PEM}', { algorithm: 'RS256' });`,
      errors: [privateKey(SIGN, `${I}jwt.sign(p, ${PK_TS}, { algorithm: 'RS256' });`)],
    },
    {
      name: 'privateKeyEnvVariable renames the private key env variable',
      options: [{ privateKeyEnvVariable: 'SIGNING_KEY' }],
      code: `${I}jwt.sign(p, '${PRIVATE_PEM}', { algorithm: 'RS256' });`,
      errors: [privateKey(SIGN, `${I}jwt.sign(p, process.env.SIGNING_KEY!, { algorithm: 'RS256' });`, 'SIGNING_KEY')],
    },
    {
      name: 'privateKeyEnvVariable does not affect secrets',
      options: [{ privateKeyEnvVariable: 'SIGNING_KEY' }],
      code: `${I}jwt.sign(p, 'shhhhh');`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS});`)],
    },
    {
      name: 'both options with a parameter default',
      options: [{ envVariable: '_S', privateKeyEnvVariable: 'PK_1' }],
      code: `${I}export function issue(p: object, secret = 'dev') {\n  return jwt.sign(p, secret);\n}`,
      errors: [
        parameterDefault(SIGN, `${I}export function issue(p: object, secret = process.env._S!) {\n  return jwt.sign(p, secret);\n}`, '_S'),
      ],
    },
    {
      name: 'empty options object keeps the defaults',
      options: [{}],
      code: `${I}jwt.sign(p, 'shhhhh');`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS});`)],
    },
  ];
  tsRuleTester.run('no-hardcoded-secret', rule, { valid: [], invalid });
});

// ---------------------------------------------------------------------------------------------
// Odd syntax: must never crash, and must still report what it should.
// ---------------------------------------------------------------------------------------------

describe('odd syntax', () => {
  const I = "import jwt from 'jsonwebtoken';\n";
  const invalid: Invalid[] = [
    {
      name: 'JSX in a .tsx file',
      code: `${I}export const C = () => <button onClick={() => jwt.sign({}, 'shhhhh')}>go</button>;`,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      errors: [secret(SIGN, `${I}export const C = () => <button onClick={() => jwt.sign({}, ${ENV_TS})}>go</button>;`)],
    },
    {
      name: 'TS type arguments on the call: jwt.sign<T>(...)',
      code: `${I}jwt.sign<object>(p, 'shhhhh');`,
      errors: [secret(SIGN, `${I}jwt.sign<object>(p, ${ENV_TS});`)],
    },
    {
      name: 'decorated class with a hardcoded field',
      code: `${I}@Injectable()\nclass Auth {\n  @Inject() secret = 'shhhhh';\n  issue(p: object) { return jwt.sign(p, this.secret); }\n}`,
      errors: [
        secret(
          SIGN,
          `${I}@Injectable()\nclass Auth {\n  @Inject() secret = ${ENV_TS};\n  issue(p: object) { return jwt.sign(p, this.secret); }\n}`,
        ),
      ],
    },
    {
      name: 'optional chaining: jwt?.sign?.(p, literal)',
      code: `${I}jwt?.sign?.(p, 'shhhhh');`,
      errors: [secret(SIGN, `${I}jwt?.sign?.(p, ${ENV_TS});`)],
    },
    {
      name: 'optional call only: jwt.sign?.(p, literal)',
      code: `${I}jwt.sign?.(p, 'shhhhh');`,
      errors: [secret(SIGN, `${I}jwt.sign?.(p, ${ENV_TS});`)],
    },
    {
      name: 'comments around the key and a trailing comma',
      code: `${I}jwt.sign(\n  p,\n  /* key */ 'shhhhh' /* end */,\n);`,
      errors: [secret(SIGN, `${I}jwt.sign(\n  p,\n  /* key */ ${ENV_TS} /* end */,\n);`)],
    },
    {
      name: 'computed member call: jwt["sign"](...)',
      code: `${I}jwt['sign'](p, 'shhhhh');`,
      errors: [secret(SIGN, `${I}jwt['sign'](p, ${ENV_TS});`)],
    },
    {
      name: 'callback after the key',
      code: `${I}jwt.sign(p, 'shhhhh', { expiresIn: '1h' }, (err, token) => {});`,
      errors: [secret(SIGN, `${I}jwt.sign(p, ${ENV_TS}, { expiresIn: '1h' }, (err, token) => {});`)],
    },
    {
      name: 'satisfies on the whole call argument list item and a const key',
      code: `${I}const KEY = 'shhhhh' satisfies string;\njwt.sign(p satisfies object, KEY);`,
      errors: [secret(SIGN, `${I}const KEY = ${ENV_TS} satisfies string;\njwt.sign(p satisfies object, KEY);`)],
    },
  ];
  const valid: Valid[] = [
    { name: 'empty file', code: '' },
    { name: 'no JWT library at all', code: "sign(p, 'shhhhh');" },
    { name: 'import with no call', code: "import jwt from 'jsonwebtoken';\nexport default jwt;" },
    { name: 'jwt.sign() with no arguments', code: "import jwt from 'jsonwebtoken';\njwt.sign();" },
    { name: 'jwt.sign(p) with no key', code: "import jwt from 'jsonwebtoken';\njwt.sign(p);" },
    { name: 'new SignJWT().sign() with no key', code: "import { SignJWT } from 'jose';\nawait new SignJWT({}).sign();" },
    { name: 'jose jwtVerify(token) with no key', code: "import { jwtVerify } from 'jose';\nawait jwtVerify(t);" },
    {
      name: 'JSX in .jsx with a dynamic key',
      filename: 'react.tsx',
      code: "import jwt from 'jsonwebtoken';\nexport const C = () => <a onClick={() => jwt.sign({}, process.env.S!)} />;",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    {
      name: 'recursive const chain (a = b, b = a) does not hang',
      code: "import jwt from 'jsonwebtoken';\nvar a: any = b;\nvar b: any = a;\njwt.sign(p, a);",
    },
    {
      name: 'self-referencing config object does not hang',
      code: "import jwt from 'jsonwebtoken';\nconst c: any = { get self() { return c; }, secret: c.secret };\njwt.sign(p, c.secret);",
    },
    {
      name: 'very long const chain (deeper than the engine follows) stays silent or reports, never crashes',
      code: `import jwt from 'jsonwebtoken';\nconst k0 = process.env.S!;\n${Array.from({ length: 30 }, (_, i) => `const k${i + 1} = k${i};`).join('\n')}\njwt.sign(p, k30);`,
    },
    {
      name: 'class with static block and private #field',
      code: "import jwt from 'jsonwebtoken';\nclass A { static { jwt.sign({}, process.env.S!); } #s = process.env.S!; go() { return jwt.sign({}, this.#s); } }",
    },
    {
      name: 'sequence expression argument',
      code: "import jwt from 'jsonwebtoken';\njwt.sign(p, (0, process.env.S!));",
    },
  ];
  tsRuleTester.run('no-hardcoded-secret', rule, { valid, invalid });
});

// ---------------------------------------------------------------------------------------------
// Must stay silent: dynamic keys, public keys, and near misses.
// ---------------------------------------------------------------------------------------------

describe('not reported', () => {
  const I = "import jwt from 'jsonwebtoken';\n";
  const J = "import { SignJWT, jwtVerify, importJWK, importSPKI, importX509, createRemoteJWKSet, generateSecret } from 'jose';\n";
  const valid: Valid[] = [
    // dynamic sources
    { name: 'env read', code: `${I}jwt.sign(p, process.env.JWT_SECRET!);` },
    { name: 'env read as string', code: `${I}jwt.sign(p, process.env.JWT_SECRET as string);` },
    { name: 'env read, bracket access', code: `${I}jwt.verify(t, process.env['JWT_SECRET']!);` },
    { name: 'const bound to an env read', code: `${I}const secret = process.env.JWT_SECRET!;\njwt.sign(p, secret);` },
    { name: 'env read || another env read', code: `${I}jwt.sign(p, process.env.A || process.env.B!);` },
    {
      name: "env read ?? throw helper",
      code: `${I}const secret = process.env.S ?? fail('missing');\njwt.sign(p, secret);`,
    },
    { name: "cond && 'x' is not a fallback", code: `${I}jwt.sign(p, (isDev && 'shhhhh') as string);` },
    { name: 'config lookup from an import', code: `import { config } from './config';\n${I}jwt.sign(p, config.jwt.secret);` },
    { name: 'imported const', code: `import { SECRET } from './secrets';\n${I}jwt.sign(p, SECRET);` },
    { name: 'default-imported config', code: `import config from './config.js';\n${I}jwt.sign(p, config.secret);` },
    { name: 'function parameter', code: `${I}export function issue(p: object, secret: string) { return jwt.sign(p, secret); }` },
    { name: 'function result', code: `${I}jwt.sign(p, getSecret());` },
    { name: 'awaited function result', code: `${I}jwt.sign(p, await secrets.get('jwt'));` },
    {
      name: 'fs.readFileSync(path)',
      code: `import fs from 'fs';\n${I}jwt.sign(p, fs.readFileSync('private.pem'), { algorithm: 'RS256' });`,
    },
    {
      name: "fs.readFileSync(path, 'utf8') into createPrivateKey",
      code: `import fs from 'node:fs';\nimport { createPrivateKey } from 'node:crypto';\n${I}jwt.sign(p, createPrivateKey(fs.readFileSync('k.pem', 'utf8')), { algorithm: 'RS256' });`,
    },
    { name: 'template with a dynamic part', code: `${I}jwt.sign(p, \`\${process.env.PREFIX}-secret\`);` },
    { name: 'concatenation with a dynamic part', code: `${I}jwt.sign(p, 'prefix-' + process.env.S);` },
    { name: 'Buffer.from(env, base64)', code: `${I}jwt.sign(p, Buffer.from(process.env.S!, 'base64'));` },
    { name: 'TextEncoder of env', code: `${J}await jwtVerify(t, new TextEncoder().encode(process.env.S!));` },
    { name: 'createSecretKey of env', code: `import { createSecretKey } from 'crypto';\n${I}jwt.sign(p, createSecretKey(Buffer.from(process.env.S!)));` },
    { name: 'importJWK with an env k', code: `${J}await jwtVerify(t, await importJWK({ kty: 'oct', k: process.env.K! }, 'HS256'));` },
    {
      name: 'importJWK of a public JWK (no k, no d)',
      code: `${J}await jwtVerify(t, await importJWK({ kty: 'RSA', n: 'AQAB', e: 'AQAB' }, 'RS256'));`,
    },
    { name: 'importJWK of an unknown JWK', code: `${J}await jwtVerify(t, await importJWK(jwk, 'RS256'));` },
    { name: 'generateSecret()', code: `${J}const key = await generateSecret('HS256');\nawait new SignJWT({}).sign(key);` },
    { name: 'jsonwebtoken key-lookup callback', code: `${I}jwt.verify(t, (header, cb) => cb(null, 'shhhhh'));` },
    { name: 'jose key-lookup function', code: `${J}await jwtVerify(t, async () => new TextEncoder().encode(process.env.S!));` },
    {
      name: '{ key: env, passphrase: literal }: only the key matters',
      code: `${I}jwt.sign(p, { key: process.env.PK!, passphrase: process.env.PASS! }, { algorithm: 'RS256' });`,
    },
    // public keys
    { name: 'PEM PUBLIC KEY in verify', code: `${I}jwt.verify(t, '${PUBLIC_PEM}', { algorithms: ['RS256'] });` },
    { name: 'PEM RSA PUBLIC KEY in verify', code: `${I}jwt.verify(t, '${pem('RSA PUBLIC KEY')}', { algorithms: ['RS256'] });` },
    { name: 'PEM CERTIFICATE in verify', code: `${I}jwt.verify(t, '${pem('CERTIFICATE')}', { algorithms: ['RS256'] });` },
    { name: 'PEM PUBLIC KEY kept in a const', code: `${I}const PUB = '${PUBLIC_PEM}';\njwt.verify(t, PUB);` },
    { name: 'importSPKI(PEM literal)', code: `${J}await jwtVerify(t, await importSPKI('${PUBLIC_PEM}', 'RS256'));` },
    { name: 'importX509(PEM literal)', code: `${J}await jwtVerify(t, await importX509('${pem('CERTIFICATE')}', 'RS256'));` },
    {
      name: 'createRemoteJWKSet(new URL(literal))',
      code: `${J}const JWKS = createRemoteJWKSet(new URL('https://example.com/.well-known/jwks.json'));\nawait jwtVerify(t, JWKS);`,
    },
    {
      name: 'crypto.createPublicKey(PEM literal)',
      code: `import { createPublicKey } from 'crypto';\n${I}jwt.verify(t, createPublicKey('${PUBLIC_PEM}'));`,
    },
    {
      name: 'env public key || PEM public key fallback',
      code: `${I}jwt.verify(t, process.env.PUB || '${PUBLIC_PEM}');`,
    },
    // empty strings
    { name: "process.env.X || ''", code: `${I}jwt.sign(p, process.env.JWT_SECRET || '');` },
    { name: "process.env.X ?? ''", code: `${I}jwt.sign(p, process.env.JWT_SECRET ?? '');` },
    { name: 'inline empty string', code: `${I}jwt.sign(p, '');` },
    { name: 'whitespace-only string', code: `${I}jwt.sign(p, '   ');` },
    { name: 'empty template', code: `${I}jwt.sign(p, \`\`);` },
    { name: "const { X = '' } = process.env", code: `${I}const { JWT_SECRET = '' } = process.env;\njwt.sign(p, JWT_SECRET);` },
    { name: "parameter default ''", code: `${I}export function f(p: object, s = '') { return jwt.sign(p, s); }` },
    // not a string
    { name: 'number literal', code: `${I}jwt.sign(p, 12345 as any);` },
    { name: 'null key', code: `${I}jwt.verify(t, null as any);` },
    // rebinding
    { name: 'reassigned let', code: `${I}let secret = 'dev';\nsecret = process.env.S!;\njwt.sign(p, secret);` },
    {
      name: 'let reassigned inside a function',
      code: `${I}let secret = 'dev';\nexport function init() { secret = process.env.S!; }\njwt.sign(p, secret);`,
    },
    { name: 'let with compound assignment', code: `${I}let secret = 'dev';\nsecret += process.env.S!;\njwt.sign(p, secret);` },
    { name: 'var declared twice', code: `${I}var secret = 'dev';\nvar secret = process.env.S!;\njwt.sign(p, secret);` },
    {
      name: 'let reassigned by destructuring assignment',
      code: `${I}let secret = 'dev';\n({ secret } = load());\njwt.sign(p, secret);`,
    },
    {
      name: 'let reassigned in a for-of head',
      code: `${I}let secret = 'dev';\nfor (secret of load()) {}\njwt.sign(p, secret);`,
    },
    {
      name: 'outer env const shadowed by a block-scoped literal that is not used',
      code: `${I}const secret = process.env.S!;\n{ const secret = 'dev'; void secret; }\njwt.sign(p, secret);`,
    },
    {
      name: 'outer literal const shadowed by a parameter',
      code: `${I}const secret = 'dev';\nexport function f(p: object, secret: string) { return jwt.sign(p, secret); }`,
    },
    { name: 'let without initializer assigned in a branch', code: `${I}let secret: string;\nif (isDev) secret = 'dev';\njwt.sign(p, secret!);` },
    // mutated and spread objects
    {
      name: 'const object mutated: cfg.secret = x',
      code: `${I}const cfg = { secret: 'dev' };\ncfg.secret = process.env.S!;\njwt.sign(p, cfg.secret);`,
    },
    {
      name: "const object mutated through a computed key: cfg['secret'] = x",
      code: `${I}const cfg = { secret: 'dev' };\ncfg['secret'] = process.env.S!;\njwt.sign(p, cfg.secret);`,
    },
    {
      name: 'const object mutated with ??=',
      code: `${I}const cfg: { secret?: string } = { secret: 'dev' };\ncfg.secret ??= process.env.S!;\njwt.sign(p, cfg.secret!);`,
    },
    {
      name: 'const object mutated by Object.assign',
      code: `${I}const cfg = { secret: 'dev' };\nObject.assign(cfg, loadConfig());\njwt.sign(p, cfg.secret);`,
    },
    {
      name: 'const object with the key deleted',
      code: `${I}const cfg: { secret?: string } = { secret: 'dev' };\ndelete cfg.secret;\njwt.sign(p, cfg.secret!);`,
    },
    {
      name: 'nested const object mutated: config.jwt.secret = x',
      code: `${I}const config = { jwt: { secret: 'dev' } };\nconfig.jwt.secret = process.env.S!;\njwt.sign(p, config.jwt.secret);`,
    },
    {
      name: 'nested const object replaced: config.jwt = x',
      code: `${I}const config = { jwt: { secret: 'dev' } };\nconfig.jwt = { secret: process.env.S! };\njwt.sign(p, config.jwt.secret);`,
    },
    {
      name: 'const object mutated through an alias',
      code: `${I}const config = { secret: 'dev' };\nconst alias = config;\nalias.secret = process.env.S!;\njwt.sign(p, config.secret);`,
    },
    {
      name: 'nested object mutated by Object.assign(config.jwt, …)',
      code: `${I}const config = { jwt: { secret: 'dev' } };\nObject.assign(config.jwt, loadConfig());\njwt.sign(p, config.jwt.secret);`,
    },
    {
      name: 'nested object mutated through an alias of the member: const j = config.jwt; j.secret = x',
      code: `${I}const config = { jwt: { secret: 'dev' } };\nconst j = config.jwt;\nj.secret = process.env.S!;\njwt.sign(p, config.jwt.secret);`,
    },
    {
      name: 'nested object mutated through a destructured alias: const { jwt: section } = config',
      code: `${I}const config = { jwt: { secret: 'dev' } };\nconst { jwt: section } = config;\nsection.secret = process.env.S!;\njwt.sign(p, config.jwt.secret);`,
    },
    {
      name: 'const object mutated through an alias assigned later: a = config; a.secret = x',
      code: `${I}const config = { secret: 'dev' };\nlet a: { secret: string };\na = config;\na.secret = process.env.S!;\njwt.sign(p, config.secret);`,
    },
    {
      name: 'const object mutated with a wrapper on the target: (config as any).secret = x',
      code: `${I}const config = { secret: 'dev' };\n(config as any).secret = process.env.S!;\njwt.sign(p, config.secret);`,
    },
    {
      name: 'const object mutated with a dynamic key: config[key] = x',
      code: `${I}const config: Record<string, string> = { secret: 'dev' };\nconfig[key] = process.env.S!;\njwt.sign(p, config.secret!);`,
    },
    {
      name: 'const object mutated by Object.defineProperty',
      code: `${I}const config = { secret: 'dev' };\nObject.defineProperty(config, 'secret', { value: process.env.S });\njwt.sign(p, config.secret);`,
    },
    {
      name: 'const object property as a destructuring assignment target: ({ secret: config.secret } = load())',
      code: `${I}const config = { secret: 'dev' };\n({ secret: config.secret } = load());\njwt.sign(p, config.secret);`,
    },
    {
      name: 'const object property as a for-of target: for (config.secret of list)',
      code: `${I}const config = { secret: 'dev' };\nfor (config.secret of load()) {}\njwt.sign(p, config.secret);`,
    },
    {
      name: 'destructured from a mutated const object',
      code: `${I}const config = { secret: 'dev' };\nconfig.secret = process.env.S!;\nconst { secret } = config;\njwt.sign(p, secret);`,
    },
    {
      name: 'spread AFTER the key may override it',
      code: `${I}const cfg = { secret: 'dev', ...overrides };\njwt.sign(p, cfg.secret);`,
    },
    { name: 'computed dynamic key may override it', code: `${I}const cfg = { secret: 'dev', [k]: process.env.S };\njwt.sign(p, cfg.secret);` },
    { name: 'getter for the key', code: `${I}const cfg = { get secret() { return 'dev'; } };\njwt.sign(p, cfg.secret);` },
    { name: 'config read with a dynamic key', code: `${I}const cfg: Record<string, string> = { a: 'dev' };\njwt.sign(p, cfg[name]!);` },
    {
      name: 'destructuring with a spread source',
      code: `${I}const cfg = { secret: 'dev', ...env };\nconst { secret } = cfg;\njwt.sign(p, secret);`,
    },
    { name: 'key object with a spread AFTER key: { key: literal, ...rest }', code: `${I}jwt.sign(p, { key: 'dev', ...rest });` },
    { name: 'key object that is only a spread', code: `${I}jwt.sign(p, { ...keyObject });` },
    { name: 'options object with a spread', code: `${I}jwt.sign(p, process.env.S!, { ...opts, algorithm: 'HS256' });` },
    { name: 'imported config destructured', code: `import config from './config';\n${I}const { secret } = config;\njwt.sign(p, secret);` },
    {
      name: 'jose key object with a spread',
      code: `${J}await jwtVerify(t, await importJWK({ kty: 'oct', k: 'c2hoaGho', ...jwkOverrides }, 'HS256'));`,
    },
    // class members
    {
      name: 'class field and a constructor assignment: two definitions',
      code: `${I}class A {\n  secret = 'dev';\n  constructor(s: string) { this.secret = s; }\n  go() { return jwt.sign({}, this.secret); }\n}`,
    },
    {
      name: 'class field reassigned in a method',
      code: `${I}class A {\n  secret = 'dev';\n  rotate(s: string) { this.secret = s; }\n  go() { return jwt.sign({}, this.secret); }\n}`,
    },
    {
      name: 'two constructor assignments',
      code: `${I}class A {\n  secret: string;\n  constructor(prod: boolean) { if (prod) { this.secret = process.env.S!; } else { this.secret = 'dev'; } }\n  go() { return jwt.sign({}, this.secret); }\n}`,
    },
    {
      name: 'this.secret in a plain function nested in a method (this is not the instance)',
      code: `${I}class A {\n  secret = 'dev';\n  go() { return function (this: any) { return jwt.sign({}, this.secret); }; }\n}`,
    },
    {
      name: 'this.secret where the class has a different field',
      code: `${I}class A {\n  other = 'dev';\n  go() { return jwt.sign({}, this.secret); }\n}`,
    },
    {
      name: 'static field read as this.secret in an instance method',
      code: `${I}class A {\n  static secret = 'dev';\n  go() { return jwt.sign({}, this.secret); }\n}`,
    },
    {
      name: 'class field initialised from env',
      code: `${I}class A {\n  secret = process.env.S!;\n  go() { return jwt.sign({}, this.secret); }\n}`,
    },
    {
      name: 'instance field read as this.secret in a static method (this is the class)',
      code: `${I}class A {\n  secret = 'dev';\n  static go() { return jwt.sign({}, this.secret); }\n}`,
    },
    {
      name: 'static field reassigned from outside the class: A.secret = x',
      code: `${I}class A {\n  static secret = 'dev';\n  static go() { return jwt.sign({}, this.secret); }\n}\nA.secret = process.env.S!;`,
    },
    {
      name: 'static field of a class expression reassigned from outside',
      code: `${I}const A = class {\n  static secret = 'dev';\n  static go() { return jwt.sign({}, this.secret); }\n};\nA.secret = process.env.S!;`,
    },
    // rebound parameters
    {
      name: 'parameter with a default that is reassigned in the body',
      code: `${I}export function f(p: object, secret = 'dev') {\n  secret = load();\n  return jwt.sign(p, secret);\n}`,
    },
    // payload and token literals are not keys
    { name: 'string payload literal', code: `${I}jwt.sign('payload-string', process.env.S!);` },
    { name: 'token literal in verify', code: `${I}jwt.verify('aaa.bbb.ccc', process.env.S!);` },
    { name: 'options object with literal strings', code: `${I}jwt.sign(p, process.env.S!, { issuer: 'me', audience: 'you', keyid: 'k1' });` },
    { name: 'jose token literal', code: `${J}await jwtVerify('aaa.bbb.ccc', new TextEncoder().encode(process.env.S!));` },
    { name: 'jose SignJWT payload literal with a secret-looking claim', code: `${J}await new SignJWT({ secret: 'shhhhh' }).sign(key);` },
    { name: 'jose header methods with literals', code: `${J}await new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: 'shhhhh' }).setIssuer('shhhhh').sign(key);` },
    // decode takes no key
    { name: 'jwt.decode(token)', code: `${I}jwt.decode(token);` },
    { name: "jwt.decode('literal')", code: `${I}jwt.decode('aaa.bbb.ccc', { complete: true });` },
    { name: 'jose decodeJwt(literal)', code: "import { decodeJwt } from 'jose';\ndecodeJwt('aaa.bbb.ccc');" },
    // unknown argument positions
    { name: 'spread arguments: sign(...args)', code: `${I}jwt.sign(...args);` },
    { name: 'spread of a literal array before the key', code: `${I}jwt.sign(...[p, 'shhhhh'] as const);` },
    { name: 'spread after the payload', code: `${I}jwt.sign(p, ...rest);` },
    // near misses: not the JWT libraries
    { name: 'crypto createSign().sign(key)', code: `import crypto from 'crypto';\n${I}crypto.createSign('SHA256').update('x').sign('shhhhh');` },
    { name: 'crypto createHmac(alg, literal)', code: `import crypto from 'crypto';\n${I}crypto.createHmac('sha256', 'shhhhh');` },
    { name: 'cookie-signature sign(value, secret)', code: `import { sign } from 'cookie-signature';\n${I}sign('value', 'shhhhh');` },
    { name: 'argon2 verify(hash, password)', code: `import argon2 from 'argon2';\n${I}await argon2.verify(hash, 'hunter22');` },
    { name: 'bcrypt compare / hash', code: `import bcrypt from 'bcrypt';\n${I}await bcrypt.hash('hunter22', 10);\nawait bcrypt.compare('hunter22', h);` },
    { name: 'local function named sign', code: `${I}function sign(a: unknown, b: string) { return b; }\nsign(p, 'shhhhh');` },
    { name: 'local function named verify', code: `import { sign } from 'jsonwebtoken';\nconst verify = (t: string, k: string) => k;\nverify(t, 'shhhhh');` },
    { name: 'parameter named jwt', code: `export function issue(jwt: any) { return jwt.sign(p, 'shhhhh'); }\nimport 'jsonwebtoken';` },
    { name: 'jwt shadowed inside a function', code: `${I}export function f() {\n  const jwt = makeSigner();\n  return jwt.sign(p, 'shhhhh');\n}` },
    { name: 'jwt shadowed by a parameter', code: `${I}export function f(jwt: { sign(a: unknown, b: string): string }) {\n  return jwt.sign(p, 'shhhhh');\n}` },
    {
      name: 'jwt injected as a constructor parameter: this.jwt.sign',
      code: `${I}class S {\n  constructor(private jwt: JwtService) {}\n  go() { return this.jwt.sign(p, 'shhhhh'); }\n}`,
    },
    { name: "relative module './jsonwebtoken'", code: "import jwt from './jsonwebtoken';\njwt.sign(p, 'shhhhh');" },
    { name: "module 'jsonwebtoken-promisified'", code: "import jwt from 'jsonwebtoken-promisified';\njwt.sign(p, 'shhhhh');" },
    { name: "scoped look-alike '@types/jsonwebtoken'", code: "import jwt from '@acme/jsonwebtoken';\njwt.sign(p, 'shhhhh');" },
    { name: "module 'jose-browser-runtime'", code: "import { jwtVerify } from 'jose-browser-runtime';\nawait jwtVerify(t, new TextEncoder().encode('shhhhh'));" },
    { name: "relative './jose'", code: "import { SignJWT } from './jose';\nawait new SignJWT({}).sign(new TextEncoder().encode('shhhhh'));" },
    {
      name: 'a TextEncoder that is not the global one',
      code: `${J}class TextEncoder { encode(s: string) { return s; } }\nawait jwtVerify(t, new TextEncoder().encode('shhhhh') as any);`,
    },
    { name: 'a local Buffer', code: `${I}const Buffer = { from: (s: string) => vault.read(s) };\njwt.sign(p, Buffer.from('shhhhh'));` },
    {
      name: "a local createSecretKey not from 'crypto'",
      code: `import { createSecretKey } from './keys';\n${I}jwt.sign(p, createSecretKey('shhhhh'));`,
    },
    { name: 'jwt.sign on a different object with the same name', code: `import jwtLib from 'jsonwebtoken';\nconst jwt = { sign: (a: unknown, b: string) => b };\njwt.sign(p, 'shhhhh');` },
    { name: 'unknown method on jsonwebtoken', code: `${I}(jwt as any).signAsync(p, 'shhhhh');` },
    { name: 'jose builder method that is not a key slot', code: `${J}await new SignJWT({}).setSubject('shhhhh').setAudience('shhhhh').sign(key);` },
  ];
  tsRuleTester.run('no-hardcoded-secret', rule, { valid, invalid: [] });
});

describe('not reported (CommonJS)', () => {
  const valid: Valid[] = [
    { name: "require('./jsonwebtoken')", code: "const jwt = require('./jsonwebtoken');\njwt.sign(p, 'shhhhh');" },
    { name: 'require with a dynamic id', code: "const jwt = require(name);\njwt.sign(p, 'shhhhh');\nrequire('jsonwebtoken');" },
    { name: 'require of jsonwebtoken-promisified', code: "const jwt = require('jsonwebtoken-promisified');\njwt.sign(p, 'shhhhh');" },
    { name: 'env key via require', code: "const jwt = require('jsonwebtoken');\njwt.sign(p, process.env.JWT_SECRET);" },
    {
      name: 'require shadowed by a local function',
      code: "function f(require) { return require('jsonwebtoken').sign(p, 'shhhhh'); }",
    },
    {
      name: 'fs.readFileSync in CommonJS',
      code: "const fs = require('fs');\nconst jwt = require('jsonwebtoken');\njwt.sign(p, fs.readFileSync('./private.pem'), { algorithm: 'RS256' });",
    },
  ];
  cjsRuleTester.run('no-hardcoded-secret', rule, { valid, invalid: [] });
});

// ---------------------------------------------------------------------------------------------
// Shapes seen in real projects: conversions, local helper functions, compiled output, jose 2.
// ---------------------------------------------------------------------------------------------

describe('real-world shapes (CommonJS)', () => {
  const I = "const jwt = require('jsonwebtoken');\n";
  const invalid: Invalid[] = [
    {
      name: "String(env || 'dev') keeps the fallback",
      code: `${I}const S = String(process.env.JWT_SECRET || 'change-me');\njwt.verify(t, S);`,
      errors: [fallback(VERIFY, `${I}const S = String(process.env.JWT_SECRET);\njwt.verify(t, S);`)],
    },
    {
      name: "(env || 'dev').trim() keeps the fallback",
      code: `${I}jwt.verify(t, (process.env.JWT_SECRET || 'dev').trim());`,
      errors: [fallback(VERIFY, `${I}jwt.verify(t, (process.env.JWT_SECRET).trim());`)],
    },
    {
      name: "a template that only interpolates env || 'dev'",
      code: `${I}jwt.verify(t, \`\${process.env.JWT_SECRET || 'dev'}\`);`,
      errors: [fallback(VERIFY, `${I}jwt.verify(t, \`\${process.env.JWT_SECRET}\`);`)],
    },
    {
      name: 'a local getSecret() that returns an encoded env fallback',
      code: `${I}function getSecret() {\n  const s = process.env.JWT_SECRET ?? 'dev';\n  return new TextEncoder().encode(s);\n}\njwt.verify(t, getSecret());`,
      errors: [
        fallback(
          VERIFY,
          `${I}function getSecret() {\n  const s = process.env.JWT_SECRET;\n  return new TextEncoder().encode(s);\n}\njwt.verify(t, getSecret());`,
        ),
      ],
    },
    {
      name: 'a local arrow function that returns a literal',
      code: `${I}const getKey = () => 'shhhhh';\njwt.sign(p, getKey());`,
      errors: [secret(SIGN, `${I}const getKey = () => ${ENV_JS};\njwt.sign(p, getKey());`)],
    },
    {
      name: 'a local function that returns the env on one path and a literal on another',
      code: `${I}function getSecret() {\n  if (process.env.S) return process.env.S;\n  return 'dev';\n}\njwt.sign(p, getSecret());`,
      errors: [
        parameterDefault(SIGN, `${I}function getSecret() {\n  if (process.env.S) return process.env.S;\n  return ${ENV_JS};\n}\njwt.sign(p, getSecret());`),
      ],
    },
    {
      name: 'a local function that returns its parameter, called with a literal',
      code: `${I}function id(x) { return x; }\njwt.sign(p, id('shhhhh'));`,
      errors: [secret(SIGN, `${I}function id(x) { return x; }\njwt.sign(p, id(${ENV_JS}));`)],
    },
    {
      name: 'a wrapper that passes its parameter to jwt.sign, called with a literal in this file',
      code: `${I}function issue(p, secret) { return jwt.sign(p, secret); }\nissue(admin, process.env.JWT_SECRET);\nissue(user, 'shhhhh');`,
      errors: [
        secret(SIGN, `${I}function issue(p, secret) { return jwt.sign(p, secret); }\nissue(admin, process.env.JWT_SECRET);\nissue(user, ${ENV_JS});`),
      ],
    },
    {
      name: 'a helper called with an env fallback keeps the fallback',
      code: `${I}const encode = (s) => Buffer.from(s);\njwt.sign(p, encode(process.env.JWT_SECRET || 'dev'));`,
      errors: [fallback(SIGN, `${I}const encode = (s) => Buffer.from(s);\njwt.sign(p, encode(process.env.JWT_SECRET));`)],
    },
    {
      name: "TypeScript's __importDefault(require()) output",
      code: `const jsonwebtoken_1 = __importDefault(require('jsonwebtoken'));\njsonwebtoken_1.default.sign(p, 'shhhhh');`,
      errors: [secret(SIGN, `const jsonwebtoken_1 = __importDefault(require('jsonwebtoken'));\njsonwebtoken_1.default.sign(p, ${ENV_JS});`)],
    },
    {
      name: "Babel's _interopRequireDefault(require()) output",
      code: `const _jwt = _interopRequireDefault(require('jsonwebtoken'));\n_jwt.default.verify(t, 'shhhhh');`,
      errors: [secret(VERIFY, `const _jwt = _interopRequireDefault(require('jsonwebtoken'));\n_jwt.default.verify(t, ${ENV_JS});`)],
    },
    {
      name: 'jose 2 JWE.encrypt with an oct JWK',
      code: `const { JWK, JWE } = require('jose');\nconst key = JWK.asKey({ kty: 'oct', k: 'ZmFrZQ' });\nJWE.encrypt('text', key);`,
      errors: [secret('jose.JWE.encrypt()', `const { JWK, JWE } = require('jose');\nconst key = JWK.asKey({ kty: 'oct', k: ${ENV_JS} });\nJWE.encrypt('text', key);`)],
    },
    {
      name: 'jose 2 JWK.asKey({ key: pem }) is a private key',
      code: `const { JWK, JWT } = require('jose');\nJWT.sign(p, JWK.asKey({ key: '${PRIVATE_PEM}', format: 'pem' }));`,
      errors: [privateKey('jose.JWT.sign()', `const { JWK, JWT } = require('jose');\nJWT.sign(p, JWK.asKey({ key: ${PK_JS}, format: 'pem' }));`)],
    },
  ];
  const valid: Valid[] = [
    {
      name: 'a helper called with an env read, also called elsewhere with an unrelated literal',
      code: `${I}const clean = (s) => s.trim();\njwt.sign(p, clean(process.env.JWT_SECRET));\nconst name = clean('  bob ');`,
    },
    {
      name: 'a wrapper whose callers in this file pass only env reads',
      code: `${I}function issue(p, secret) { return jwt.sign(p, secret); }\nissue(user, process.env.JWT_SECRET);`,
    },
    { name: 'a local function that reads the environment', code: `${I}const getSecret = () => process.env.JWT_SECRET;\njwt.sign(p, getSecret());` },
    { name: 'a reassigned local function', code: `${I}let getKey = () => 'shhhhh';\ngetKey = load;\njwt.sign(p, getKey());` },
    { name: 'a method call named like a helper', code: `${I}jwt.sign(p, config.getSecret());` },
    { name: 'a user function that looks like an interop helper but wraps another module', code: `const m = __importDefault(require('./jsonwebtoken'));\nm.default.sign(p, 'shhhhh');` },
    { name: 'String() of an env read', code: `${I}jwt.sign(p, String(process.env.JWT_SECRET));` },
  ];
  cjsRuleTester.run('no-hardcoded-secret', rule, { valid, invalid });
});

describe('real-world shapes (ES modules)', () => {
  const invalid: Invalid[] = [
    {
      name: "Deno's npm: specifier",
      code: `import { jwtVerify } from 'npm:jose@5.9.6';\nawait jwtVerify(t, new TextEncoder().encode('shhhhh'));`,
      errors: [secret(JWT_VERIFY, `import { jwtVerify } from 'npm:jose@5.9.6';\nawait jwtVerify(t, new TextEncoder().encode(${ENV_JS}));`)],
    },
    {
      name: 'a deno.land/x URL',
      code: `import { SignJWT } from 'https://deno.land/x/jose@v4.3.8/index.ts';\nawait new SignJWT({}).sign(new TextEncoder().encode('shhhhh'));`,
      errors: [
        secret(SIGN_JWT, `import { SignJWT } from 'https://deno.land/x/jose@v4.3.8/index.ts';\nawait new SignJWT({}).sign(new TextEncoder().encode(${ENV_JS}));`),
      ],
    },
    {
      name: 'an esm.sh URL for jsonwebtoken',
      code: `import jwt from 'https://esm.sh/jsonwebtoken@9';\njwt.sign(p, 'shhhhh');`,
      errors: [secret(SIGN, `import jwt from 'https://esm.sh/jsonwebtoken@9';\njwt.sign(p, ${ENV_JS});`)],
    },
    {
      name: "jose's JSR name",
      code: `import { jwtVerify } from 'jsr:@panva/jose@5';\nawait jwtVerify(t, new TextEncoder().encode('shhhhh'));`,
      errors: [secret(JWT_VERIFY, `import { jwtVerify } from 'jsr:@panva/jose@5';\nawait jwtVerify(t, new TextEncoder().encode(${ENV_JS}));`)],
    },
    {
      name: 'an immediately invoked fallback that only throws in production',
      code: `import jwt from 'jsonwebtoken';\nconst S = process.env.S || (() => {\n  if (isProd) throw new Error('S');\n  return 'dev-secret';\n})();\njwt.sign(p, S);`,
      errors: [
        fallback(SIGN, `import jwt from 'jsonwebtoken';\nconst S = process.env.S;\njwt.sign(p, S);`),
      ],
    },
    {
      name: 'a const with an env-style name keeps its name (two secrets stay two env variables)',
      code: `import jwt from 'jsonwebtoken';\nconst REFRESH_TOKEN_SECRET = 'shhhhh';\njwt.sign(p, REFRESH_TOKEN_SECRET);`,
      errors: [
        secret(
          SIGN,
          `import jwt from 'jsonwebtoken';\nconst REFRESH_TOKEN_SECRET = process.env.REFRESH_TOKEN_SECRET;\njwt.sign(p, REFRESH_TOKEN_SECRET);`,
          'REFRESH_TOKEN_SECRET',
        ),
      ],
    },
    {
      name: 'a config key with an env-style name keeps its name',
      code: `import jwt from 'jsonwebtoken';\nconst config = { ACCESS_TOKEN_KEY: 'shhhhh' };\njwt.sign(p, config.ACCESS_TOKEN_KEY);`,
      errors: [
        secret(
          SIGN,
          `import jwt from 'jsonwebtoken';\nconst config = { ACCESS_TOKEN_KEY: process.env.ACCESS_TOKEN_KEY };\njwt.sign(p, config.ACCESS_TOKEN_KEY);`,
          'ACCESS_TOKEN_KEY',
        ),
      ],
    },
  ];
  const valid: Valid[] = [
    { name: 'a URL that is not a registry', code: `import jwt from 'https://example.com/jsonwebtoken.js';\njwt.sign(p, 'shhhhh');` },
    { name: "an npm: specifier for another package", code: `import jwt from 'npm:jsonwebtoken-lite@1';\njwt.sign(p, 'shhhhh');` },
  ];
  jsRuleTester.run('no-hardcoded-secret', rule, { valid, invalid });
});

describe('real-world shapes (TypeScript classes, enums, spreads)', () => {
  const I = "import jwt from 'jsonwebtoken';\ndeclare const CONFIG: { K?: string };\n";
  const invalid: Invalid[] = [
    {
      name: 'a static method that returns a fallback, called as this.key() in a static method',
      code: `${I}class A {\n  private static key() { return CONFIG.K || 'dev'; }\n  static go(t: string) { return jwt.verify(t, this.key()); }\n}`,
      errors: [fallback(VERIFY, `${I}class A {\n  private static key() { return CONFIG.K!; }\n  static go(t: string) { return jwt.verify(t, this.key()); }\n}`)],
    },
    {
      name: 'a static method called through the class name',
      code: `${I}class A {\n  static key() { return 'shhhhh'; }\n}\njwt.verify(t, A.key());`,
      errors: [secret(VERIFY, `${I}class A {\n  static key() { return ${ENV_TS}; }\n}\njwt.verify(t, A.key());`)],
    },
    {
      name: 'an instance method called as this.key()',
      code: `${I}class A {\n  key() { return 'shhhhh'; }\n  go(t: string) { return jwt.verify(t, this.key()); }\n}`,
      errors: [secret(VERIFY, `${I}class A {\n  key() { return ${ENV_TS}; }\n  go(t: string) { return jwt.verify(t, this.key()); }\n}`)],
    },
    {
      name: 'a getter read as this.secret',
      code: `${I}class A {\n  private get secret() { return process.env.K ? process.env.K : 'dev'; }\n  go(t: string) { return jwt.verify(t, this.secret); }\n}`,
      errors: [fallback(VERIFY, `${I}class A {\n  private get secret() { return process.env.K!; }\n  go(t: string) { return jwt.verify(t, this.secret); }\n}`)],
    },
    {
      name: 'a string enum member',
      code: `${I}enum Conf { SECRET = 'shhhhh' }\njwt.sign(p, Conf.SECRET);`,
      errors: [secret(SIGN, `${I}enum Conf { SECRET = ${ENV_TS} }\njwt.sign(p, Conf.SECRET);`)],
    },
    {
      name: 'a config object that spreads defaults defined in the same file',
      code: `${I}const defaults = { secret: 'shhhhh', issuer: 'x' };\nconst config = { ...defaults, audience: 'y' };\njwt.sign(p, config.secret);`,
      errors: [secret(SIGN, `${I}const defaults = { secret: ${ENV_TS}, issuer: 'x' };\nconst config = { ...defaults, audience: 'y' };\njwt.sign(p, config.secret);`)],
    },
  ];
  invalid.push(
    {
      name: 'the module kept in a class field: this.j.sign',
      code: `${I}class S {\n  private j = jwt;\n  go(p: object) { return this.j.sign(p, 'shhhhh'); }\n}`,
      errors: [secret(SIGN, `${I}class S {\n  private j = jwt;\n  go(p: object) { return this.j.sign(p, ${ENV_TS}); }\n}`)],
    },
    {
      name: 'the module assigned to this in the constructor',
      code: `${I}class S {\n  private lib: typeof jwt;\n  constructor() { this.lib = jwt; }\n  go(t: string) { return this.lib.verify(t, 'shhhhh'); }\n}`,
      errors: [secret(VERIFY, `${I}class S {\n  private lib: typeof jwt;\n  constructor() { this.lib = jwt; }\n  go(t: string) { return this.lib.verify(t, ${ENV_TS}); }\n}`)],
    },
  );
  const valid: Valid[] = [
    {
      name: 'another class with a field of the same name that does not hold the module',
      code: `${I}class S { private j = jwt; }\nclass T {\n  private j = { sign: (p: object, k: string) => k };\n  go(p: object) { return this.j.sign(p, 'shhhhh'); }\n}`,
    },
    { name: 'a method the class assigns over', code: `${I}class A {\n  key() { return 'shhhhh'; }\n  constructor() { this.key = () => CONFIG.K!; }\n  go(t: string) { return jwt.verify(t, this.key()); }\n}` },
    { name: 'an abstract method', code: `${I}abstract class A {\n  abstract key(): string;\n  go(t: string) { return jwt.verify(t, this.key()); }\n}` },
    { name: 'a method of another object', code: `${I}declare const vault: { key(): string };\njwt.verify(t, vault.key());` },
    { name: 'a spread of a defaults object that is overridden after', code: `${I}const defaults = { secret: 'shhhhh' };\nconst config = { ...defaults, secret: CONFIG.K };\njwt.sign(p, config.secret);` },
    { name: 'a numeric enum member', code: `${I}enum Conf { SECRET = 1 }\njwt.sign(p, Conf.SECRET as unknown as string);` },
  ];
  tsRuleTester.run('no-hardcoded-secret', rule, { valid, invalid });
});

// ---------------------------------------------------------------------------------------------
// Messages never contain the secret (ESLint Linter, the real plugin).
// ---------------------------------------------------------------------------------------------

const linterConfig = (options?: Options[0]): Linter.Config[] => [
  {
    files: ['**/*.ts', '**/*.js'],
    plugins: { 'secure-jwt': plugin },
    languageOptions: {
      parser: tsParser,
      sourceType: 'module',
      globals: { process: 'readonly', Buffer: 'readonly', TextEncoder: 'readonly' },
    },
    rules: { 'secure-jwt/no-hardcoded-secret': options ? ['error', options] : 'error' },
  },
];

/** Every substring of `text` with at least `min` characters. */
function substrings(text: string, min = 4): string[] {
  const found = new Set<string>();
  for (let start = 0; start + min <= text.length; start += 1) {
    for (let end = start + min; end <= text.length; end += 1) found.add(text.slice(start, end));
  }
  return [...found];
}

describe('messages never contain the secret', () => {
  // Secrets chosen to share no 4-character run with the rule's own message text.
  const RAW = 'Zq9xK7wPvB3mT8yH';
  const FALLBACK = 'Dq4vNz8WpL2x';
  const PEM_BODY = 'MIIBVgIBADANBgkqhkiG9w0BAQEFAASC';
  const PEM_TEXT = `-----BEGIN PRIVATE KEY-----\\n${PEM_BODY}\\n-----END PRIVATE KEY-----`;
  const cases: { name: string; filename: string; code: string; secret: string }[] = [
    { name: 'inline literal', filename: 'a.ts', code: `import jwt from 'jsonwebtoken';\njwt.sign(p, '${RAW}');`, secret: RAW },
    { name: 'inline literal, JS', filename: 'a.js', code: `import jwt from 'jsonwebtoken';\njwt.verify(t, '${RAW}');`, secret: RAW },
    { name: 'const', filename: 'a.ts', code: `import jwt from 'jsonwebtoken';\nconst k = '${RAW}';\njwt.sign(p, k);`, secret: RAW },
    {
      name: 'config object',
      filename: 'a.ts',
      code: `import jwt from 'jsonwebtoken';\nconst c = { jwt: { secret: '${RAW}' } };\njwt.sign(p, c.jwt.secret);`,
      secret: RAW,
    },
    {
      name: 'jose TextEncoder',
      filename: 'a.ts',
      code: `import { SignJWT } from 'jose';\nawait new SignJWT({}).sign(new TextEncoder().encode('${RAW}'));`,
      secret: RAW,
    },
    {
      name: 'importJWK k',
      filename: 'a.ts',
      code: `import { jwtVerify, importJWK } from 'jose';\nawait jwtVerify(t, await importJWK({ kty: 'oct', k: '${RAW}' }, 'HS256'));`,
      secret: RAW,
    },
    {
      // The armor lines are public boilerplate (and the suggestion names JWT_PRIVATE_KEY): the body is the secret.
      name: 'PEM private key',
      filename: 'a.ts',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(p, '${PEM_TEXT}', { algorithm: 'RS256' });`,
      secret: PEM_BODY,
    },
    {
      name: 'PEM private key through importPKCS8 (JS)',
      filename: 'a.js',
      code: `import { SignJWT, importPKCS8 } from 'jose';\nawait new SignJWT({}).sign(await importPKCS8('${PEM_TEXT}', 'RS256'));`,
      secret: PEM_BODY,
    },
    {
      name: 'two secrets in one file',
      filename: 'a.ts',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(p, '${RAW}');\njwt.verify(t, process.env.X ?? '${RAW}');`,
      secret: RAW,
    },
    {
      name: 'env fallback',
      filename: 'a.ts',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(p, process.env.JWT_SECRET || '${FALLBACK}');`,
      secret: FALLBACK,
    },
    {
      name: 'parameter default',
      filename: 'a.js',
      code: `import jwt from 'jsonwebtoken';\nexport function f(p, s = '${FALLBACK}') { return jwt.sign(p, s); }`,
      secret: FALLBACK,
    },
    {
      name: 'destructuring default (JS)',
      filename: 'a.js',
      code: `import jwt from 'jsonwebtoken';\nconst { S = '${FALLBACK}' } = process.env;\njwt.sign(p, S);`,
      secret: FALLBACK,
    },
  ];

  it.each(cases)('$name', ({ filename, code, secret: text }) => {
    const linter = new Linter();
    const messages = linter.verify(code, linterConfig(), { filename });
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message.ruleId).toBe('secure-jwt/no-hardcoded-secret');
    const texts = messages.flatMap((message) => [message.message, ...(message.suggestions ?? []).map((s) => s.desc)]);
    expect(texts.length).toBeGreaterThan(1);
    const pieces = substrings(text);
    for (const shown of texts) {
      const leaked = pieces.filter((piece) => shown.includes(piece));
      expect(leaked, `message leaks part of the secret: ${shown}`).toEqual([]);
      expect(shown).not.toContain('-----');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Options are validated by the schema.
// ---------------------------------------------------------------------------------------------

describe('option schema', () => {
  const verify = (options: unknown): (() => void) => {
    const linter = new Linter();
    return () =>
      linter.verify("import jwt from 'jsonwebtoken';\njwt.sign(p, 'shhhhh');", linterConfig(options as Options[0]), {
        filename: 'a.ts',
      });
  };
  const RULE = 'Key "secure-jwt/no-hardcoded-secret"';

  it('accepts valid names', () => {
    expect(verify({ envVariable: 'A_1', privateKeyEnvVariable: '_pk' })).not.toThrow();
    expect(verify({})).not.toThrow();
  });

  it('rejects an unknown property, naming it', () => {
    expect(verify({ envVar: 'X' })).toThrow(/Unexpected property "envVar"/u);
    expect(verify({ envVar: 'X' })).toThrow(RULE);
  });

  it.each([
    ['envVariable', '1abc'],
    ['envVariable', 'a-b'],
    ['envVariable', ''],
    ['envVariable', 'JWT SECRET'],
    ['privateKeyEnvVariable', 'a-b'],
    ['privateKeyEnvVariable', 'process.env.X'],
  ])('rejects %s = %j (not an env name)', (key, value) => {
    expect(verify({ [key]: value })).toThrow(RULE);
    expect(verify({ [key]: value })).toThrow(`Value ${JSON.stringify(value)} should match pattern`);
  });

  it.each([
    ['envVariable', 42],
    ['envVariable', null],
    ['envVariable', ['JWT_SECRET']],
    ['privateKeyEnvVariable', true],
  ])('rejects %s = %j (not a string)', (key, value) => {
    expect(verify({ [key]: value })).toThrow(RULE);
    expect(verify({ [key]: value })).toThrow(`Value ${JSON.stringify(value)} should be string`);
  });

  it('rejects a non-object option and a second option', () => {
    expect(verify('JWT_SECRET')).toThrow(RULE);
    const linter = new Linter();
    expect(() =>
      linter.verify('x', [{ plugins: { 'secure-jwt': plugin }, rules: { 'secure-jwt/no-hardcoded-secret': ['error', {}, {}] } }], {
        filename: 'a.js',
      }),
    ).toThrow(RULE);
  });
});
