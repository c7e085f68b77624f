/**
 * require-expiration: jsonwebtoken `sign()` without `expiresIn` (and no `exp` in the payload), jose
 * `SignJWT`/`EncryptJWT` builders that reach `.sign()`/`.encrypt()` without `setExpirationTime()`.
 *
 * TypeScript cases declare everything they use (`declare const key: …`) so that every suggestion
 * output type-checks under `strict`; JavaScript cases use free identifiers (`user`, `secret`).
 */
import type { TestCaseError } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds } from '../../src/rules/require-expiration.js';
import { bareRuleTester, cjsRuleTester, jsRuleTester, tsRuleTester } from './tester.js';

type Error = TestCaseError<MessageIds>;

const JSONWEBTOKEN = { api: 'jsonwebtoken.sign()', remedy: 'the expiresIn option' };
const SIGN_JWT = { api: 'jose SignJWT.sign()', remedy: 'an expiry with setExpirationTime()' };
const ENCRYPT_JWT = { api: 'jose EncryptJWT.encrypt()', remedy: 'an expiry with setExpirationTime()' };

/** Where `snippet` first occurs in `code`, as RuleTester locations (1-based columns). */
function at(code: string, snippet: string): Pick<Error, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const start = code.indexOf(snippet);
  if (start < 0) throw new globalThis.Error(`snippet not in code: ${snippet}`);
  const end = start + snippet.length;
  const lineOf = (offset: number): number => code.slice(0, offset).split('\n').length;
  const columnOf = (offset: number): number => offset - code.lastIndexOf('\n', offset - 1);
  return { line: lineOf(start), column: columnOf(start), endLine: lineOf(end), endColumn: columnOf(end) };
}

/** A jsonwebtoken report; `output` is the one suggestion's result, `null` for "no suggestion". */
function signError(output: string | null, code = "expiresIn: '1h'", extra: Partial<Error> = {}): Error {
  return {
    messageId: 'missingExpiration',
    data: JSONWEBTOKEN,
    suggestions: output === null ? [] : [{ messageId: 'addExpiration', data: { code }, output }],
    ...extra,
  };
}

/** As signError, for a payload the rule cannot see into: the suggestion warns it needs an object payload. */
function opaqueSignError(output: string, code = "expiresIn: '1h'", extra: Partial<Error> = {}): Error {
  return {
    messageId: 'missingExpiration',
    data: JSONWEBTOKEN,
    suggestions: [{ messageId: 'addExpirationObjectPayload', data: { code }, output }],
    ...extra,
  };
}

/** A jose report on the final `.sign()` / `.encrypt()` call. */
function joseError(
  output: string,
  code = ".setExpirationTime('1h')",
  data = SIGN_JWT,
  extra: Partial<Error> = {},
): Error {
  return {
    messageId: 'missingExpiration',
    data,
    suggestions: [{ messageId: 'addExpiration', data: { code }, output }],
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------
// TypeScript modules
// ---------------------------------------------------------------------------------------------

const twoCalls = `import jwt from 'jsonwebtoken';
declare const key: string;
jwt.sign({ sub: 'u1' }, key);
jwt.sign({ sub: 'u1', typ: 'refresh' }, key);`;

const sharedOptions = `import jwt from 'jsonwebtoken';
import type { SignOptions } from 'jsonwebtoken';
declare const key: string;
const options: SignOptions = { algorithm: 'HS256' };
jwt.sign({ sub: 'u1' }, key, options);
jwt.sign({ sub: 'u2' }, key, options);`;

const defaultImport = `import jwt from 'jsonwebtoken';
declare const key: string;
jwt.sign({ sub: 'u1' }, key);`;

const joseChain = `import { SignJWT } from 'jose';
declare const key: Uint8Array;
new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' }).sign(key);`;

const joseVariable = `import { SignJWT } from 'jose';
declare const key: Uint8Array;
const builder = new SignJWT({ sub: 'u1' });
builder.setProtectedHeader({ alg: 'HS256' });
builder.setIssuedAt();
builder.sign(key);`;

const joseTwoSigns = `import { SignJWT } from 'jose';
declare const a: Uint8Array;
declare const b: Uint8Array;
const builder = new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' });
builder.sign(a);
builder.sign(b);`;

tsRuleTester.run('require-expiration (TypeScript)', rule, {
  valid: [
    // --- jsonwebtoken: the options set an expiry -----------------------------------------------
    {
      name: 'expiresIn as a string',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, 'k', { expiresIn: '1h' });`,
    },
    {
      name: 'expiresIn as a number of seconds',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, 'k', { expiresIn: 3600 });`,
    },
    {
      name: 'expiresIn from a variable (any value counts)',
      code: `import jwt from 'jsonwebtoken';\ndeclare const ttl: number;\njwt.sign({ sub: 'u1' }, 'k', { expiresIn: ttl });`,
    },
    {
      name: 'expiresIn shorthand property',
      code: `import jwt from 'jsonwebtoken';\nconst expiresIn = '1h';\njwt.sign({ sub: 'u1' }, 'k', { expiresIn });`,
    },
    {
      name: 'expiresIn as a quoted key',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, 'k', { 'expiresIn': '1h' });`,
    },
    {
      name: 'expiresIn as a computed string key',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, 'k', { ['expiresIn']: '1h' });`,
    },
    {
      name: 'expiresIn after a spread',
      code: `import jwt from 'jsonwebtoken';\ndeclare const base: object;\njwt.sign({ sub: 'u1' }, 'k', { ...base, expiresIn: '1h' });`,
    },
    {
      name: 'expiresIn with a callback',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, 'k', { expiresIn: '1h' }, (err, token) => {});`,
    },
    {
      name: 'expiresIn in a typed const options object',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\nconst options: SignOptions = { expiresIn: '1h' };\njwt.sign({ sub: 'u1' }, 'k', options);`,
    },
    {
      name: 'expiresIn in a const options object behind `as`',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\nconst options = { expiresIn: '1h' } as SignOptions;\njwt.sign({ sub: 'u1' }, 'k', options);`,
    },
    {
      name: 'expiresIn in a const options object with `satisfies`',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\nconst options = { expiresIn: '1h' } satisfies SignOptions;\njwt.sign({ sub: 'u1' }, 'k', options);`,
    },
    {
      name: 'expiresIn in inline options behind `as` and a non-null assertion',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, 'k', ({ expiresIn: '1h' } as SignOptions)!);`,
    },
    {
      name: 'expiresIn in Object.freeze({...}) inline',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, 'k', Object.freeze({ expiresIn: '1h' }));`,
    },
    {
      name: 'expiresIn in a const Object.freeze({...})',
      code: `import jwt from 'jsonwebtoken';\nconst options = Object.freeze({ expiresIn: '1h' });\njwt.sign({ sub: 'u1' }, 'k', options);`,
    },
    {
      name: 'expiresIn in a nested config object (config.jwt)',
      code: `import jwt from 'jsonwebtoken';\nconst config = { jwt: { expiresIn: '1h' } } as const;\njwt.sign({ sub: 'u1' }, 'k', config.jwt);`,
    },
    {
      name: 'expiresIn set by assigning to the const options object later',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\nconst options: SignOptions = {};\noptions.expiresIn = '1h';\njwt.sign({ sub: 'u1' }, 'k', options);`,
    },
    {
      name: 'expiresIn set with Object.assign on the const options object',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\nconst options: SignOptions = {};\nObject.assign(options, { expiresIn: '1h' });\njwt.sign({ sub: 'u1' }, 'k', options);`,
    },

    // --- jsonwebtoken: the payload sets exp ---------------------------------------------------
    {
      name: 'exp claim in an inline payload',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }, 'k');`,
    },
    {
      name: 'exp claim in a const payload',
      code: `import jwt from 'jsonwebtoken';\nconst claims = { sub: 'u1', exp: 1700000000 };\njwt.sign(claims, 'k');`,
    },
    {
      name: 'exp claim as a quoted key',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1', 'exp': 1700000000 }, 'k');`,
    },
    {
      name: 'exp claim as shorthand',
      code: `import jwt from 'jsonwebtoken';\ndeclare const exp: number;\njwt.sign({ sub: 'u1', exp }, 'k');`,
    },
    {
      name: 'exp claim with options that lack expiresIn',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1', exp: 1700000000 }, 'k', { algorithm: 'HS256' });`,
    },
    {
      name: 'exp claim in a payload behind `satisfies`',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1', exp: 1700000000 } satisfies object, 'k');`,
    },

    // --- jsonwebtoken: payloads that cannot take expiresIn ------------------------------------
    {
      name: 'string literal payload',
      code: `import jwt from 'jsonwebtoken';\njwt.sign('opaque', 'k');`,
    },
    {
      name: 'string literal payload with options that lack expiresIn',
      code: `import jwt from 'jsonwebtoken';\njwt.sign('opaque', 'k', { algorithm: 'HS256' });`,
    },
    {
      name: 'template literal payload',
      code: `import jwt from 'jsonwebtoken';\ndeclare const id: string;\njwt.sign(\`user:\${id}\`, 'k');`,
    },
    {
      name: 'Buffer.from(...) payload (Buffer global)',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(Buffer.from('opaque'), 'k');`,
    },
    {
      name: 'Buffer.from(...) payload (Buffer imported from node:buffer)',
      code: `import jwt from 'jsonwebtoken';\nimport { Buffer } from 'node:buffer';\njwt.sign(Buffer.from('opaque'), 'k');`,
    },
    {
      name: 'JSON.stringify(...) payload',
      code: `import jwt from 'jsonwebtoken';\ndeclare const user: object;\njwt.sign(JSON.stringify(user), 'k');`,
    },
    {
      name: 'parameter typed `: string` as payload',
      code: `import jwt from 'jsonwebtoken';\nexport function issue(data: string) {\n  return jwt.sign(data, 'k');\n}`,
    },
    {
      name: 'const bound to a string as payload',
      code: `import jwt from 'jsonwebtoken';\nconst payload = 'opaque';\njwt.sign(payload, 'k');`,
    },
    {
      name: 'const typed `: string` as payload',
      code: `import jwt from 'jsonwebtoken';\ndeclare function read(): string;\nconst payload: string = read();\njwt.sign(payload, 'k');`,
    },
    {
      name: 'String(x) payload',
      code: `import jwt from 'jsonwebtoken';\ndeclare const id: number;\njwt.sign(String(id), 'k');`,
    },
    {
      name: 'x.toString() payload',
      code: `import jwt from 'jsonwebtoken';\ndeclare const id: number;\njwt.sign(id.toString(), 'k');`,
    },
    {
      name: 'payload asserted `as string`',
      code: `import jwt from 'jsonwebtoken';\nexport function issue(body: unknown) {\n  return jwt.sign(body as string, 'k');\n}`,
    },

    // --- jsonwebtoken: spreads and unknown values ---------------------------------------------
    {
      name: 'options object made only of a spread',
      code: `import jwt from 'jsonwebtoken';\ndeclare const base: object;\njwt.sign({ sub: 'u1' }, 'k', { ...base });`,
    },
    {
      name: 'options object with a spread and other options',
      code: `import jwt from 'jsonwebtoken';\ndeclare const defaults: object;\njwt.sign({ sub: 'u1' }, 'k', { ...defaults, algorithm: 'HS256' });`,
    },
    {
      name: 'const options object with a spread',
      code: `import jwt from 'jsonwebtoken';\ndeclare const defaults: object;\nconst options = { ...defaults, issuer: 'auth' };\njwt.sign({ sub: 'u1' }, 'k', options);`,
    },
    {
      name: 'options object with a computed key that may be expiresIn',
      code: `import jwt from 'jsonwebtoken';\ndeclare const name: string;\njwt.sign({ sub: 'u1' }, 'k', { [name]: '1h' });`,
    },
    {
      name: 'options object with an expiresIn getter',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, 'k', { get expiresIn() { return '1h'; } });`,
    },
    {
      name: 'payload made of a spread',
      code: `import jwt from 'jsonwebtoken';\ndeclare const user: object;\njwt.sign({ ...user }, 'k');`,
    },
    {
      name: 'payload with a spread and other claims',
      code: `import jwt from 'jsonwebtoken';\ndeclare const user: object;\njwt.sign({ ...user, role: 'admin' }, 'k');`,
    },
    {
      name: 'const payload with a spread',
      code: `import jwt from 'jsonwebtoken';\ndeclare const user: object;\nconst claims = { ...user, role: 'admin' };\njwt.sign(claims, 'k');`,
    },
    {
      name: 'options passed in as a parameter',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\nexport function issue(options: SignOptions) {\n  return jwt.sign({ sub: 'u1' }, 'k', options);\n}`,
    },
    {
      name: 'options read from this.options',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\nexport class Auth {\n  constructor(private readonly options: SignOptions) {}\n  issue() {\n    return jwt.sign({ sub: 'u1' }, 'k', this.options);\n  }\n}`,
    },
    {
      name: 'options from a call',
      code: `import jwt from 'jsonwebtoken';\ndeclare function getOptions(): object;\njwt.sign({ sub: 'u1' }, 'k', getOptions());`,
    },
    {
      name: 'options imported from another module',
      code: `import jwt from 'jsonwebtoken';\nimport { jwtOptions } from './config';\njwt.sign({ sub: 'u1' }, 'k', jwtOptions);`,
    },
    {
      name: 'options chosen by a conditional',
      code: `import jwt from 'jsonwebtoken';\ndeclare const short: boolean;\njwt.sign({ sub: 'u1' }, 'k', short ? { expiresIn: '5m' } : {});`,
    },
    {
      name: 'options in a `let` that is reassigned',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\nlet options: SignOptions = {};\noptions = { expiresIn: '1h' };\njwt.sign({ sub: 'u1' }, 'k', options);`,
    },
    {
      name: 'callback that is a parameter in the options slot (may be options)',
      code: `import jwt from 'jsonwebtoken';\nexport function issue(next: any) {\n  jwt.sign({ sub: 'u1' }, 'k', next);\n}`,
    },
    {
      name: 'a parameter named `undefined` in the options slot',
      code: `import jwt from 'jsonwebtoken';\nexport function issue(undefined: any) {\n  return jwt.sign({ sub: 'u1' }, 'k', undefined);\n}`,
    },
    {
      name: 'spread of all arguments',
      code: `import jwt from 'jsonwebtoken';\ndeclare const args: [object, string];\njwt.sign(...args);`,
    },
    {
      name: 'spread after the payload',
      code: `import jwt from 'jsonwebtoken';\ndeclare const rest: [string];\njwt.sign({ sub: 'u1' }, ...rest);`,
    },
    {
      name: 'spread in the options slot',
      code: `import jwt from 'jsonwebtoken';\ndeclare const rest: [object];\njwt.sign({ sub: 'u1' }, 'k', ...rest);`,
    },

    // --- near misses: not jsonwebtoken sign ---------------------------------------------------
    {
      name: 'jsonwebtoken verify and decode are not signing',
      code: `import jwt from 'jsonwebtoken';\ndeclare const token: string;\njwt.verify(token, 'k', { algorithms: ['HS256'] });\njwt.decode(token);`,
    },
    {
      name: 'crypto createSign().sign()',
      code: `import jwt from 'jsonwebtoken';\nimport { createSign } from 'node:crypto';\ndeclare const privateKey: string;\ncreateSign('SHA256').update('data').sign(privateKey);`,
    },
    {
      name: 'cookie-signature sign',
      code: `import jwt from 'jsonwebtoken';\nimport { sign } from 'cookie-signature';\nsign('value', 'secret');`,
    },
    {
      name: 'a local function named sign',
      code: `import jwt from 'jsonwebtoken';\nfunction sign(payload: object, key: string) {\n  return jwt.sign(payload, key, { expiresIn: '1h' });\n}\nsign({ sub: 'u1' }, 'k');`,
    },
    {
      name: 'a parameter named jwt',
      code: `import jsonwebtoken from 'jsonwebtoken';\nexport function issue(jwt: { sign(p: object, k: string): string }) {\n  return jwt.sign({ sub: 'u1' }, 'k');\n}`,
    },
    {
      name: 'a shadowed jwt inside a function',
      code: `import jwt from 'jsonwebtoken';\nexport function issue() {\n  const jwt = { sign: (p: object, k: string) => k };\n  return jwt.sign({ sub: 'u1' }, 'k');\n}`,
    },
    {
      name: 'a shadowed named import sign',
      code: `import { sign } from 'jsonwebtoken';\nexport function issue(sign: (p: object, k: string) => string) {\n  return sign({ sub: 'u1' }, 'k');\n}`,
    },
    {
      name: 'jwt injected as a constructor parameter (this.jwt.sign)',
      code: `import jwt from 'jsonwebtoken';\nexport class Auth {\n  constructor(private readonly jwt: typeof import('jsonwebtoken')) {}\n  issue() {\n    return this.jwt.sign({ sub: 'u1' }, 'k');\n  }\n}`,
    },
    {
      name: 'another object with a sign method',
      code: `import jwt from 'jsonwebtoken';\nconst signer = { sign: (p: object, k: string) => k };\nsigner.sign({ sub: 'u1' }, 'k');`,
    },
    {
      name: '@nestjs/jwt JwtService.sign (not modelled)',
      code: `import type { SignOptions } from 'jsonwebtoken';\nimport { JwtService } from '@nestjs/jwt';\ndeclare const service: JwtService;\nservice.sign({ sub: 'u1' });`,
    },
    {
      name: 'a module named like jsonwebtoken (jsonwebtoken-promisified)',
      code: `import jwt from 'jsonwebtoken-promisified';\njwt.sign({ sub: 'u1' }, 'k');`,
    },
    {
      name: 'a local ./jsonwebtoken module',
      code: `import jwt from './jsonwebtoken';\njwt.sign({ sub: 'u1' }, 'k');`,
    },
    {
      name: 'a file that never mentions a JWT library',
      code: `import signer from 'other-lib';\nsigner.sign({ sub: 'u1' }, 'k');`,
    },

    // --- odd syntax -----------------------------------------------------------------------------
    {
      name: 'generic call with expiresIn',
      code: `import jwt from 'jsonwebtoken';\njwt.sign<object>({ sub: 'u1' }, 'k', { expiresIn: '1h' });`,
    },
    {
      name: 'optional chaining with expiresIn',
      code: `import jwt from 'jsonwebtoken';\njwt?.sign?.({ sub: 'u1' }, 'k', { expiresIn: '1h' });`,
    },
    {
      name: 'JSX in a .tsx file with expiresIn',
      filename: 'react.tsx',
      code: `import jwt from 'jsonwebtoken';\nexport const Debug = ({ id }: { id: string }) => <pre>{jwt.sign({ sub: id }, 'k', { expiresIn: '1h' })}</pre>;`,
    },

    // --- jose -----------------------------------------------------------------------------------
    {
      name: 'jose SignJWT chain with setExpirationTime',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(key);`,
    },
    {
      name: 'jose setExpirationTime with a computed value (any value counts)',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\ndeclare const until: Date;\nnew SignJWT({ sub: 'u1' }).setExpirationTime(until).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
    },
    {
      name: 'jose EncryptJWT chain with setExpirationTime',
      code: `import { EncryptJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew EncryptJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setExpirationTime('15m').encrypt(key);`,
    },
    {
      name: 'jose payload with an exp claim',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: 'u1', exp: 1700000000 }).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
    },
    {
      name: 'jose const payload with an exp claim',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nconst claims = { sub: 'u1', exp: 1700000000 };\nnew SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
    },
    {
      name: 'jose payload with a spread',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\ndeclare const claims: object;\nnew SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
    },
    {
      name: 'jose builder in a variable with setExpirationTime in a later statement',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nconst builder = new SignJWT({ sub: 'u1' });\nbuilder.setProtectedHeader({ alg: 'HS256' });\nbuilder.setExpirationTime('1h');\nbuilder.sign(key);`,
    },
    {
      name: 'jose builder with a conditional setExpirationTime',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\ndeclare const short: boolean;\nconst builder = new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' });\nif (short) builder.setExpirationTime('5m');\nbuilder.sign(key);`,
    },
    {
      name: 'jose setExpirationTime anywhere on the builder counts, even after sign',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nconst builder = new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' });\nbuilder.sign(key);\nbuilder.setExpirationTime('1h');`,
    },
    {
      name: 'jose builder returned from a function (escapes)',
      code: `import { SignJWT } from 'jose';\nexport function make(sub: string) {\n  return new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' });\n}`,
    },
    {
      name: 'jose builder passed to a function before sign (escapes)',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\ndeclare function configure(builder: SignJWT): void;\nconst builder = new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' });\nconfigure(builder);\nbuilder.sign(key);`,
    },
    {
      name: 'jose builder passed straight into a function (escapes)',
      code: `import { SignJWT } from 'jose';\ndeclare function finish(builder: SignJWT): Promise<string>;\nfinish(new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' }));`,
    },
    {
      name: 'jose builder stored in an object (escapes)',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nconst holder = { builder: new SignJWT({ sub: 'u1' }) };\nholder.builder.sign(key);`,
    },
    {
      name: 'jose builder stored in an array (escapes)',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nconst builders = [new SignJWT({ sub: 'u1' })];\nbuilders[0]!.sign(key);`,
    },
    {
      name: 'jose builder assigned to a member (escapes)',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nexport class Issuer {\n  builder: SignJWT;\n  constructor() {\n    this.builder = new SignJWT({ sub: 'u1' });\n  }\n  issue() {\n    return this.builder.sign(key);\n  }\n}`,
    },
    {
      name: 'jose SignJWT chain with no final sign call',
      code: `import { SignJWT } from 'jose';\nexport const pending = new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' });`,
    },
    {
      name: 'jose CompactSign (not JWT claims)',
      code: `import { CompactSign } from 'jose';\ndeclare const key: Uint8Array;\nnew CompactSign(new TextEncoder().encode('x')).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
    },
    {
      name: 'jose FlattenedSign (not JWT claims)',
      code: `import { FlattenedSign } from 'jose';\ndeclare const key: Uint8Array;\nnew FlattenedSign(new TextEncoder().encode('x')).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
    },
    {
      name: 'jose GeneralSign (not JWT claims)',
      code: `import { GeneralSign } from 'jose';\ndeclare const key: Uint8Array;\nnew GeneralSign(new TextEncoder().encode('x')).addSignature(key).setProtectedHeader({ alg: 'HS256' }).done().sign();`,
    },
    {
      name: 'jose CompactEncrypt (not JWT claims)',
      code: `import { CompactEncrypt } from 'jose';\ndeclare const key: Uint8Array;\nnew CompactEncrypt(new TextEncoder().encode('x')).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(key);`,
    },
    {
      name: 'a local class named SignJWT',
      code: `import { jwtVerify } from 'jose';\nclass SignJWT {\n  constructor(readonly p: object) {}\n  sign(k: string) { return k; }\n}\nnew SignJWT({ sub: 'u1' }).sign('k');`,
    },
  ],

  invalid: [
    // --- binding styles (ESM / TypeScript) ------------------------------------------------------
    {
      name: 'default import, no options (reported on the call)',
      code: defaultImport,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { expiresIn: '1h' });`,
          undefined,
          at(defaultImport, "jwt.sign({ sub: 'u1' }, key)"),
        ),
      ],
    },
    {
      name: 'namespace import',
      code: `import * as jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key);`,
      errors: [
        signError(`import * as jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { expiresIn: '1h' });`),
      ],
    },
    {
      name: 'named import',
      code: `import { sign } from 'jsonwebtoken';\ndeclare const key: string;\nsign({ sub: 'u1' }, key);`,
      errors: [signError(`import { sign } from 'jsonwebtoken';\ndeclare const key: string;\nsign({ sub: 'u1' }, key, { expiresIn: '1h' });`)],
    },
    {
      name: 'aliased named import',
      code: `import { sign as s } from 'jsonwebtoken';\ndeclare const key: string;\ns({ sub: 'u1' }, key);`,
      errors: [signError(`import { sign as s } from 'jsonwebtoken';\ndeclare const key: string;\ns({ sub: 'u1' }, key, { expiresIn: '1h' });`)],
    },
    {
      name: 'alias of the default import (const j2 = jwt)',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nconst j2 = jwt;\nj2.sign({ sub: 'u1' }, key);`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\nconst j2 = jwt;\nj2.sign({ sub: 'u1' }, key, { expiresIn: '1h' });`),
      ],
    },
    {
      name: 'sign read into a const (const sign = jwt.sign)',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nconst sign = jwt.sign;\nsign({ sub: 'u1' }, key);`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\nconst sign = jwt.sign;\nsign({ sub: 'u1' }, key, { expiresIn: '1h' });`),
      ],
    },
    {
      name: 'sign destructured from the default import',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nconst { sign } = jwt;\nsign({ sub: 'u1' }, key);`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\nconst { sign } = jwt;\nsign({ sub: 'u1' }, key, { expiresIn: '1h' });`),
      ],
    },
    {
      name: "computed member jwt['sign']",
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt['sign']({ sub: 'u1' }, key);`,
      errors: [signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt['sign']({ sub: 'u1' }, key, { expiresIn: '1h' });`)],
    },
    {
      name: 'optional chaining jwt?.sign?.(...)',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt?.sign?.({ sub: 'u1' }, key);`,
      errors: [signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt?.sign?.({ sub: 'u1' }, key, { expiresIn: '1h' });`)],
    },
    {
      name: "TS import jwt = require('jsonwebtoken') (.cts)",
      filename: 'file.cts',
      code: `import jwt = require('jsonwebtoken');\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key);`,
      errors: [signError(`import jwt = require('jsonwebtoken');\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { expiresIn: '1h' });`)],
    },
    {
      name: 'TS generic call jwt.sign<...>(...)',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\n// @ts-expect-error sign takes no type arguments\njwt.sign<object>({ sub: 'u1' }, key);`,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\ndeclare const key: string;\n// @ts-expect-error sign takes no type arguments\njwt.sign<object>({ sub: 'u1' }, key, { expiresIn: '1h' });`,
        ),
      ],
    },

    // --- where the call sits --------------------------------------------------------------------
    {
      name: 'two separate sign calls are reported separately',
      code: twoCalls,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { expiresIn: '1h' });\njwt.sign({ sub: 'u1', typ: 'refresh' }, key);`,
          undefined,
          { line: 3 },
        ),
        signError(
          `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key);\njwt.sign({ sub: 'u1', typ: 'refresh' }, key, { expiresIn: '1h' });`,
          undefined,
          { line: 4 },
        ),
      ],
    },
    {
      name: 'sign inside a class method',
      code: `import jwt from 'jsonwebtoken';\nexport class Auth {\n  constructor(private readonly key: string) {}\n  issue(sub: string) {\n    return jwt.sign({ sub }, this.key);\n  }\n}`,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\nexport class Auth {\n  constructor(private readonly key: string) {}\n  issue(sub: string) {\n    return jwt.sign({ sub }, this.key, { expiresIn: '1h' });\n  }\n}`,
        ),
      ],
    },
    {
      name: 'sign inside a decorated class method',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\ndeclare function Post(): (value: unknown, context: ClassMethodDecoratorContext) => void;\nexport class Auth {\n  @Post()\n  login() {\n    return jwt.sign({ sub: 'u1' }, key);\n  }\n}`,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\ndeclare const key: string;\ndeclare function Post(): (value: unknown, context: ClassMethodDecoratorContext) => void;\nexport class Auth {\n  @Post()\n  login() {\n    return jwt.sign({ sub: 'u1' }, key, { expiresIn: '1h' });\n  }\n}`,
        ),
      ],
    },
    {
      name: 'sign inside an arrow function',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nexport const issue = (sub: string) => jwt.sign({ sub }, key);`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\nexport const issue = (sub: string) => jwt.sign({ sub }, key, { expiresIn: '1h' });`),
      ],
    },
    {
      name: 'sign inside an async function',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nexport async function issue(sub: string) {\n  return jwt.sign({ sub }, key);\n}`,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nexport async function issue(sub: string) {\n  return jwt.sign({ sub }, key, { expiresIn: '1h' });\n}`,
        ),
      ],
    },

    // --- payloads that count as "no exp" --------------------------------------------------------
    {
      name: 'payload is a parameter',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nexport function issue(user: { id: string }) {\n  return jwt.sign(user, key);\n}`,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nexport function issue(user: { id: string }) {\n  return jwt.sign(user, key, { expiresIn: '1h' });\n}`,
        ),
      ],
    },
    {
      name: 'payload is a call result',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\ndeclare function claims(): object;\njwt.sign(claims(), key);`,
      errors: [
        opaqueSignError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\ndeclare function claims(): object;\njwt.sign(claims(), key, { expiresIn: '1h' });`),
      ],
    },
    {
      name: 'payload const object without exp',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nconst claims = { sub: 'u1' };\njwt.sign(claims, key);`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\nconst claims = { sub: 'u1' };\njwt.sign(claims, key, { expiresIn: '1h' });`),
      ],
    },
    {
      name: 'exp nested deeper in the payload does not count',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ data: { exp: 1700000000 } }, key);`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ data: { exp: 1700000000 } }, key, { expiresIn: '1h' });`),
      ],
    },
    {
      name: 'payload behind `satisfies`',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' } satisfies object, key);`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' } satisfies object, key, { expiresIn: '1h' });`),
      ],
    },
    {
      name: 'payload Object.freeze({...}) without exp',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign(Object.freeze({ sub: 'u1' }), key);`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign(Object.freeze({ sub: 'u1' }), key, { expiresIn: '1h' });`),
      ],
    },

    // --- the key argument -----------------------------------------------------------------------
    {
      name: 'key with a non-null assertion',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, process.env.JWT_SECRET!);`,
      errors: [signError(`import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, process.env.JWT_SECRET!, { expiresIn: '1h' });`)],
    },
    {
      name: 'key with `as string`',
      code: `import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, process.env.JWT_SECRET as string);`,
      errors: [signError(`import jwt from 'jsonwebtoken';\njwt.sign({ sub: 'u1' }, process.env.JWT_SECRET as string, { expiresIn: '1h' });`)],
    },
    {
      name: 'parenthesized key',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, (key));`,
      errors: [signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, (key), { expiresIn: '1h' });`)],
    },
    {
      name: 'comment after the key',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key /* from vault */);`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key /* from vault */, { expiresIn: '1h' });`),
      ],
    },

    // --- options objects in TypeScript ----------------------------------------------------------
    {
      name: 'inline options without expiresIn',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { algorithm: 'HS256' });`,
      errors: [signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { algorithm: 'HS256', expiresIn: '1h' });`)],
    },
    {
      name: 'inline options `as SignOptions`',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { issuer: 'auth' } as SignOptions);`,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { issuer: 'auth', expiresIn: '1h' } as SignOptions);`,
        ),
      ],
    },
    {
      name: 'inline options `satisfies SignOptions`',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { issuer: 'auth' } satisfies SignOptions);`,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { issuer: 'auth', expiresIn: '1h' } satisfies SignOptions);`,
        ),
      ],
    },
    {
      name: 'type-annotated const options used only here',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\ndeclare const key: string;\nconst options: SignOptions = { algorithm: 'HS256' };\njwt.sign({ sub: 'u1' }, key, options);`,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\ndeclare const key: string;\nconst options: SignOptions = { algorithm: 'HS256', expiresIn: '1h' };\njwt.sign({ sub: 'u1' }, key, options);`,
        ),
      ],
    },
    {
      name: 'const options with `satisfies` used only here',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\ndeclare const key: string;\nconst options = { algorithm: 'HS256' } satisfies SignOptions;\njwt.sign({ sub: 'u1' }, key, options);`,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\ndeclare const key: string;\nconst options = { algorithm: 'HS256', expiresIn: '1h' } satisfies SignOptions;\njwt.sign({ sub: 'u1' }, key, options);`,
        ),
      ],
    },
    {
      name: 'typed const options passed with a non-null assertion',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\ndeclare const key: string;\nconst options: SignOptions = { issuer: 'auth' };\njwt.sign({ sub: 'u1' }, key, options!);`,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\ndeclare const key: string;\nconst options: SignOptions = { issuer: 'auth', expiresIn: '1h' };\njwt.sign({ sub: 'u1' }, key, options!);`,
        ),
      ],
    },
    {
      name: 'untyped const options in .ts: reported, no suggestion',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nconst options = { issuer: 'auth' };\njwt.sign({ sub: 'u1' }, key, options);`,
      errors: [signError(null)],
    },
    {
      name: 'const options `as SignOptions` in .ts: reported, no suggestion',
      code: `import jwt from 'jsonwebtoken';\nimport type { SignOptions } from 'jsonwebtoken';\ndeclare const key: string;\nconst options = { issuer: 'auth' } as SignOptions;\njwt.sign({ sub: 'u1' }, key, options);`,
      errors: [signError(null)],
    },
    {
      name: 'typed const options shared by two calls: both reported, no suggestion',
      code: sharedOptions,
      errors: [signError(null, undefined, { line: 5 }), signError(null, undefined, { line: 6 })],
    },
    {
      name: 'inline Object.freeze({...}) options without expiresIn in TypeScript: reported, no suggestion (freezing widens added values)',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, Object.freeze({ issuer: 'auth' }));`,
      errors: [signError(null)],
    },
    {
      name: 'const Object.freeze({...}) options without expiresIn: reported, no suggestion',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nconst options = Object.freeze({ issuer: 'auth' });\njwt.sign({ sub: 'u1' }, key, options);`,
      errors: [signError(null)],
    },
    {
      name: 'options from a nested config object (config.jwt): reported, no suggestion',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\nconst config = { jwt: { issuer: 'auth' } };\njwt.sign({ sub: 'u1' }, key, config.jwt);`,
      errors: [signError(null)],
    },
    {
      name: 'expiresIn: undefined sets nothing: reported, the suggestion fills the value in',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { expiresIn: undefined, issuer: 'a' });`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { expiresIn: '1h', issuer: 'a' });`),
      ],
    },
    {
      name: 'callback in the options slot moves right',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, (err, token) => {});`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { expiresIn: '1h' }, (err, token) => {});`),
      ],
    },
    {
      name: 'defaultExpiresIn option in .ts',
      code: `import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u2' }, key);`,
      options: [{ defaultExpiresIn: '15m' }],
      errors: [
        signError(`import jwt from 'jsonwebtoken';\ndeclare const key: string;\njwt.sign({ sub: 'u2' }, key, { expiresIn: '15m' });`, "expiresIn: '15m'"),
      ],
    },

    // --- jose -----------------------------------------------------------------------------------
    {
      name: 'jose named import chain (reported on the final sign call)',
      code: joseChain,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);`,
          undefined,
          undefined,
          at(joseChain, "new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' }).sign(key)"),
        ),
      ],
    },
    {
      name: 'jose namespace import (jose.SignJWT)',
      code: `import * as jose from 'jose';\ndeclare const key: Uint8Array;\nnew jose.SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
      errors: [
        joseError(
          `import * as jose from 'jose';\ndeclare const key: Uint8Array;\nnew jose.SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);`,
        ),
      ],
    },
    {
      name: 'jose aliased named import',
      code: `import { SignJWT as Signer } from 'jose';\ndeclare const key: Uint8Array;\nnew Signer({ sub: 'u1' }).sign(key);`,
      errors: [
        joseError(`import { SignJWT as Signer } from 'jose';\ndeclare const key: Uint8Array;\nnew Signer({ sub: 'u1' }).setExpirationTime('1h').sign(key);`),
      ],
    },
    {
      name: 'jose EncryptJWT chain (reported on encrypt)',
      code: `import { EncryptJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew EncryptJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(key);`,
      errors: [
        joseError(
          `import { EncryptJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew EncryptJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setExpirationTime('1h').encrypt(key);`,
          undefined,
          ENCRYPT_JWT,
        ),
      ],
    },
    {
      name: 'jose multi-line chain',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: 'u1' })\n  .setProtectedHeader({ alg: 'HS256' })\n  .setIssuedAt()\n  .sign(key);`,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: 'u1' })\n  .setProtectedHeader({ alg: 'HS256' })\n  .setIssuedAt()\n  .setExpirationTime('1h')\n  .sign(key);`,
        ),
      ],
    },
    {
      name: 'jose builder configured across statements (reported on builder.sign)',
      code: joseVariable,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nconst builder = new SignJWT({ sub: 'u1' });\nbuilder.setProtectedHeader({ alg: 'HS256' });\nbuilder.setIssuedAt();\nbuilder.setExpirationTime('1h').sign(key);`,
          undefined,
          undefined,
          at(joseVariable, 'builder.sign(key)'),
        ),
      ],
    },
    {
      name: 'jose builder reassigned to its own chain',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nlet builder = new SignJWT({ sub: 'u1' });\nbuilder = builder.setProtectedHeader({ alg: 'HS256' });\nbuilder.sign(key);`,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nlet builder = new SignJWT({ sub: 'u1' });\nbuilder = builder.setProtectedHeader({ alg: 'HS256' });\nbuilder.setExpirationTime('1h').sign(key);`,
        ),
      ],
    },
    {
      name: 'jose builder signed twice: each sign reported',
      code: joseTwoSigns,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const a: Uint8Array;\ndeclare const b: Uint8Array;\nconst builder = new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' });\nbuilder.setExpirationTime('1h').sign(a);\nbuilder.sign(b);`,
          undefined,
          undefined,
          { line: 5 },
        ),
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const a: Uint8Array;\ndeclare const b: Uint8Array;\nconst builder = new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' });\nbuilder.sign(a);\nbuilder.setExpirationTime('1h').sign(b);`,
          undefined,
          undefined,
          { line: 6 },
        ),
      ],
    },
    {
      name: 'jose: two builders, only the one without an expiry is reported',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: 'u1' }).setExpirationTime('1h').sign(key);\nnew SignJWT({ sub: 'u2' }).sign(key);`,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: 'u1' }).setExpirationTime('1h').sign(key);\nnew SignJWT({ sub: 'u2' }).setExpirationTime('1h').sign(key);`,
          undefined,
          undefined,
          { line: 4 },
        ),
      ],
    },
    {
      name: 'jose: returning the token is not the builder escaping',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nexport function issue(sub: string) {\n  const builder = new SignJWT({ sub });\n  return builder.sign(key);\n}`,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nexport function issue(sub: string) {\n  const builder = new SignJWT({ sub });\n  return builder.setExpirationTime('1h').sign(key);\n}`,
        ),
      ],
    },
    {
      name: 'jose chain inside a class method',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nexport class Tokens {\n  issue(sub: string) {\n    return new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).sign(key);\n  }\n}`,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nexport class Tokens {\n  issue(sub: string) {\n    return new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);\n  }\n}`,
        ),
      ],
    },
    {
      name: 'jose payload is a parameter',
      code: `import { SignJWT, type JWTPayload } from 'jose';\ndeclare const key: Uint8Array;\nexport const issue = (claims: JWTPayload) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
      errors: [
        joseError(
          `import { SignJWT, type JWTPayload } from 'jose';\ndeclare const key: Uint8Array;\nexport const issue = (claims: JWTPayload) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);`,
        ),
      ],
    },
    {
      name: 'jose builder with a non-null assertion before sign',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nconst builder = new SignJWT({ sub: 'u1' });\nbuilder!.sign(key);`,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nconst builder = new SignJWT({ sub: 'u1' });\nbuilder!.setExpirationTime('1h').sign(key);`,
        ),
      ],
    },
    {
      name: 'jose builder behind `as SignJWT` in parentheses',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\n(new SignJWT({ sub: 'u1' }) as SignJWT).sign(key);`,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\n(new SignJWT({ sub: 'u1' }) as SignJWT).setExpirationTime('1h').sign(key);`,
        ),
      ],
    },
    {
      name: 'jose parenthesized construction',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\n(new SignJWT({ sub: 'u1' })).sign(key);`,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\n(new SignJWT({ sub: 'u1' })).setExpirationTime('1h').sign(key);`,
        ),
      ],
    },
    {
      name: 'jose computed final call',
      code: `import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: 'u1' })['sign'](key);`,
      errors: [
        joseError(`import { SignJWT } from 'jose';\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: 'u1' }).setExpirationTime('1h')['sign'](key);`),
      ],
    },
    {
      name: 'jose with defaultExpiresIn and double quotes',
      code: `import { SignJWT } from "jose";\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: "u1" }).sign(key);`,
      options: [{ defaultExpiresIn: '7d' }],
      errors: [
        joseError(
          `import { SignJWT } from "jose";\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: "u1" }).setExpirationTime("7d").sign(key);`,
          '.setExpirationTime("7d")',
        ),
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// JavaScript modules: dynamic import, createRequire, promisify, jose deep imports, edit layout
// ---------------------------------------------------------------------------------------------

const promisified = `import { promisify } from 'node:util';
import jwt from 'jsonwebtoken';
const signAsync = promisify(jwt.sign);
export const token = await signAsync({ sub: user.id }, secret);`;

jsRuleTester.run('require-expiration (JavaScript)', rule, {
  valid: [
    {
      name: 'a payload parameter that the function sets exp on',
      code: `import jwt from 'jsonwebtoken';\nconst gen = (p, ttl) => {\n  p.exp = Math.floor(Date.now() / 1000) + ttl;\n  return jwt.sign(p, key, { algorithm: 'HS256' });\n};`,
    },
    {
      name: 'a payload const that gets exp later',
      code: `import jwt from 'jsonwebtoken';\nconst payload = { sub: 1 };\nif (ttl) payload.exp = ttl;\njwt.sign(payload, key);`,
    },
    {
      name: 'a payload filled by Object.assign',
      code: `import jwt from 'jsonwebtoken';\nconst payload = {};\nObject.assign(payload, claims);\njwt.sign(payload, key);`,
    },
    {
      name: 'promisified sign with expiresIn',
      code: `import { promisify } from 'node:util';\nimport jwt from 'jsonwebtoken';\nconst signAsync = promisify(jwt.sign);\nawait signAsync({ sub: user.id }, secret, { expiresIn: '1h' });`,
    },
    {
      name: 'dynamic import with expiresIn',
      code: `const jwt = await import('jsonwebtoken');\njwt.sign({ sub: user.id }, secret, { expiresIn: '1h' });`,
    },
    {
      name: 'createRequire with expiresIn',
      code: `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst jwt = require('jsonwebtoken');\njwt.sign({ sub: user.id }, secret, { expiresIn: '1h' });`,
    },
    {
      name: 'jose deep subpath with setExpirationTime',
      code: `import { SignJWT } from 'jose/jwt/sign';\nawait new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);`,
    },
    {
      name: 'jose 3 default CompactSign from a deep subpath',
      code: `import CompactSign from 'jose/jws/compact/sign';\nawait new CompactSign(bytes).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
    },
    {
      name: 'jose builder escapes through await of a helper',
      code: `import { SignJWT } from 'jose';\nawait finish(new SignJWT({ sub: user.id }));`,
    },
    {
      name: 'callback identifier that is a parameter (may be options)',
      code: `import jwt from 'jsonwebtoken';\nexport function issue(user, done) {\n  jwt.sign(user, secret, done);\n}`,
    },
    {
      name: 'dynamic import of a different module',
      code: `const jwt = await import('./jsonwebtoken.js');\njwt.sign({ sub: user.id }, secret);`,
    },
  ],
  invalid: [
    {
      name: 'a payload built by assignments that never set exp',
      code: `import jwt from 'jsonwebtoken';\nconst payload = {};\npayload.sub = user.id;\njwt.sign(payload, key);`,
      errors: [
        {
          messageId: 'missingExpiration',
          suggestions: [
            {
              messageId: 'addExpirationObjectPayload',
              data: { code: "expiresIn: '1h'" },
              output: `import jwt from 'jsonwebtoken';\nconst payload = {};\npayload.sub = user.id;\njwt.sign(payload, key, { expiresIn: '1h' });`,
            },
          ],
        },
      ],
    },
    // --- dynamic import ---------------------------------------------------------------------
    {
      name: "await import('jsonwebtoken') namespace",
      code: `const jwt = await import('jsonwebtoken');\njwt.sign({ sub: user.id }, secret);`,
      errors: [signError(`const jwt = await import('jsonwebtoken');\njwt.sign({ sub: user.id }, secret, { expiresIn: '1h' });`)],
    },
    {
      name: "(await import('jsonwebtoken')).default.sign",
      code: `(await import('jsonwebtoken')).default.sign({ sub: user.id }, secret);`,
      errors: [signError(`(await import('jsonwebtoken')).default.sign({ sub: user.id }, secret, { expiresIn: '1h' });`)],
    },
    {
      name: "const { default: jwt } = await import('jsonwebtoken')",
      code: `const { default: jwt } = await import('jsonwebtoken');\njwt.sign({ sub: user.id }, secret);`,
      errors: [signError(`const { default: jwt } = await import('jsonwebtoken');\njwt.sign({ sub: user.id }, secret, { expiresIn: '1h' });`)],
    },
    {
      name: "const { sign } = await import('jsonwebtoken') inside an async function",
      code: `export async function issue(user) {\n  const { sign } = await import('jsonwebtoken');\n  return sign({ sub: user.id }, secret);\n}`,
      errors: [
        signError(`export async function issue(user) {\n  const { sign } = await import('jsonwebtoken');\n  return sign({ sub: user.id }, secret, { expiresIn: '1h' });\n}`),
      ],
    },
    {
      name: 'namespace import .default.sign',
      code: `import * as jwt from 'jsonwebtoken';\njwt.default.sign({ sub: user.id }, secret);`,
      errors: [signError(`import * as jwt from 'jsonwebtoken';\njwt.default.sign({ sub: user.id }, secret, { expiresIn: '1h' });`)],
    },

    // --- createRequire ----------------------------------------------------------------------
    {
      name: "createRequire from 'node:module'",
      code: `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst jwt = require('jsonwebtoken');\njwt.sign({ sub: user.id }, secret);`,
      errors: [
        signError(
          `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst jwt = require('jsonwebtoken');\njwt.sign({ sub: user.id }, secret, { expiresIn: '1h' });`,
        ),
      ],
    },
    {
      name: "module.createRequire from 'module', destructured sign",
      code: `import module from 'module';\nconst load = module.createRequire(import.meta.url);\nconst { sign } = load('jsonwebtoken');\nsign({ sub: user.id }, secret);`,
      errors: [
        signError(
          `import module from 'module';\nconst load = module.createRequire(import.meta.url);\nconst { sign } = load('jsonwebtoken');\nsign({ sub: user.id }, secret, { expiresIn: '1h' });`,
        ),
      ],
    },
    {
      name: 'createRequire result called directly',
      code: `import { createRequire } from 'node:module';\ncreateRequire(import.meta.url)('jsonwebtoken').sign({ sub: user.id }, secret);`,
      errors: [
        signError(
          `import { createRequire } from 'node:module';\ncreateRequire(import.meta.url)('jsonwebtoken').sign({ sub: user.id }, secret, { expiresIn: '1h' });`,
        ),
      ],
    },

    // --- util.promisify ---------------------------------------------------------------------
    {
      name: "promisify(jwt.sign) from 'node:util'",
      code: promisified,
      errors: [
        signError(
          `import { promisify } from 'node:util';\nimport jwt from 'jsonwebtoken';\nconst signAsync = promisify(jwt.sign);\nexport const token = await signAsync({ sub: user.id }, secret, { expiresIn: '1h' });`,
          undefined,
          at(promisified, 'signAsync({ sub: user.id }, secret)'),
        ),
      ],
    },
    {
      name: "util.promisify(jwt.sign) with a default import of 'util'",
      code: `import util from 'util';\nimport jwt from 'jsonwebtoken';\nconst signAsync = util.promisify(jwt.sign);\nawait signAsync({ sub: user.id }, secret, { algorithm: 'HS256' });`,
      errors: [
        signError(
          `import util from 'util';\nimport jwt from 'jsonwebtoken';\nconst signAsync = util.promisify(jwt.sign);\nawait signAsync({ sub: user.id }, secret, { algorithm: 'HS256', expiresIn: '1h' });`,
        ),
      ],
    },
    {
      name: 'promisify(sign) of a named import',
      code: `import { promisify } from 'util';\nimport { sign } from 'jsonwebtoken';\nconst signAsync = promisify(sign);\nawait signAsync({ sub: user.id }, secret);`,
      errors: [
        signError(
          `import { promisify } from 'util';\nimport { sign } from 'jsonwebtoken';\nconst signAsync = promisify(sign);\nawait signAsync({ sub: user.id }, secret, { expiresIn: '1h' });`,
        ),
      ],
    },
    {
      name: 'promisify(jwt.sign) called at once',
      code: `import { promisify } from 'util';\nimport jwt from 'jsonwebtoken';\nawait promisify(jwt.sign)({ sub: user.id }, secret);`,
      errors: [
        signError(`import { promisify } from 'util';\nimport jwt from 'jsonwebtoken';\nawait promisify(jwt.sign)({ sub: user.id }, secret, { expiresIn: '1h' });`),
      ],
    },

    // --- jose deep imports and dynamic import -----------------------------------------------
    {
      name: "jose deep subpath named import ('jose/jwt/sign')",
      code: `import { SignJWT } from 'jose/jwt/sign';\nawait new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
      errors: [
        joseError(
          `import { SignJWT } from 'jose/jwt/sign';\nawait new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);`,
        ),
      ],
    },
    {
      name: "jose 3 default export ('import SignJWT from jose/jwt/sign')",
      code: `import SignJWT from 'jose/jwt/sign';\nawait new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
      errors: [
        joseError(
          `import SignJWT from 'jose/jwt/sign';\nawait new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);`,
        ),
      ],
    },
    {
      name: "jose 3 default export EncryptJWT ('jose/jwt/encrypt')",
      code: `import EncryptJWT from 'jose/jwt/encrypt';\nawait new EncryptJWT({ sub: user.id }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(key);`,
      errors: [
        joseError(
          `import EncryptJWT from 'jose/jwt/encrypt';\nawait new EncryptJWT({ sub: user.id }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setExpirationTime('1h').encrypt(key);`,
          undefined,
          ENCRYPT_JWT,
        ),
      ],
    },
    {
      name: "const { SignJWT } = await import('jose')",
      code: `const { SignJWT } = await import('jose');\nawait new SignJWT({ sub: user.id }).sign(key);`,
      errors: [joseError(`const { SignJWT } = await import('jose');\nawait new SignJWT({ sub: user.id }).setExpirationTime('1h').sign(key);`)],
    },
    {
      name: 'jose builder in a variable, awaited later, optional call',
      code: `import { SignJWT } from 'jose';\nconst builder = new SignJWT({ sub: user.id });\nbuilder.setProtectedHeader({ alg: 'HS256' });\nawait builder?.sign(key);`,
      errors: [
        joseError(
          `import { SignJWT } from 'jose';\nconst builder = new SignJWT({ sub: user.id });\nbuilder.setProtectedHeader({ alg: 'HS256' });\nawait builder.setExpirationTime('1h')?.sign(key);`,
        ),
      ],
    },

    {
      name: 'two calls: only the one without expiresIn is reported',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '15m' });\njwt.sign(user, refreshSecret);`,
      errors: [
        opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '15m' });\njwt.sign(user, refreshSecret, { expiresIn: '1h' });`, undefined, {
          line: 3,
        }),
      ],
    },

    // --- the options slot -------------------------------------------------------------------
    {
      name: 'function-expression callback moves to slot 4',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, function (err, token) {});`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '1h' }, function (err, token) {});`)],
    },
    {
      name: 'callback with a trailing comma',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, (err, token) => {},);`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '1h' }, (err, token) => {},);`)],
    },
    {
      name: 'multi-line callback body',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, (err, token) => {\n  done(token);\n});`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '1h' }, (err, token) => {\n  done(token);\n});`)],
    },
    {
      name: 'callback that is a declared function in the options slot',
      code: `import jwt from 'jsonwebtoken';\nfunction done(err, token) {}\njwt.sign(user, secret, done);`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\nfunction done(err, token) {}\njwt.sign(user, secret, { expiresIn: '1h' }, done);`)],
    },
    {
      name: 'callback that is a const arrow function in the options slot',
      code: `import jwt from 'jsonwebtoken';\nconst done = (err, token) => {};\njwt.sign(user, secret, done);`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\nconst done = (err, token) => {};\njwt.sign(user, secret, { expiresIn: '1h' }, done);`)],
    },
    {
      name: 'undefined in the options slot is replaced',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, undefined);`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '1h' });`)],
    },
    {
      name: 'undefined in the options slot before a callback',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, undefined, (err, token) => {});`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '1h' }, (err, token) => {});`)],
    },
    {
      name: 'null in the options slot before a callback',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, null, (err, token) => {});`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '1h' }, (err, token) => {});`)],
    },
    {
      name: 'void 0 in the options slot',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, void 0);`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '1h' });`)],
    },
    {
      name: 'commented undefined in the options slot keeps the comment',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, /* no options */ undefined);`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, /* no options */ { expiresIn: '1h' });`)],
    },
    {
      name: 'trailing comma after the key',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret,);`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '1h' },);`)],
    },
    {
      name: 'multi-line arguments with a callback: the new argument gets its own line',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(\n  { sub: user.id },\n  secret,\n  (err, token) => done(token),\n);`,
      errors: [
        signError(
          `import jwt from 'jsonwebtoken';\njwt.sign(\n  { sub: user.id },\n  secret,\n  { expiresIn: '1h' },\n  (err, token) => done(token),\n);`,
        ),
      ],
    },

    // --- adding to an options object --------------------------------------------------------
    {
      name: 'empty inline options object',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, {});`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '1h' });`)],
    },
    {
      name: 'inline options with a trailing comma',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { algorithm: 'HS256', });`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { algorithm: 'HS256', expiresIn: '1h', });`)],
    },
    {
      name: 'multi-line options with a trailing comma',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, {\n  algorithm: 'HS256',\n  issuer: 'auth',\n});`,
      errors: [
        opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, {\n  algorithm: 'HS256',\n  issuer: 'auth',\n  expiresIn: '1h',\n});`),
      ],
    },
    {
      name: 'multi-line options without a trailing comma',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, {\n    algorithm: 'HS256'\n});`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, {\n    algorithm: 'HS256',\n    expiresIn: '1h'\n});`)],
    },
    {
      name: 'multi-line options: a line comment stays with its property',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, {\n  algorithm: 'HS256', // HMAC\n});`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, {\n  algorithm: 'HS256', // HMAC\n  expiresIn: '1h',\n});`)],
    },
    {
      name: 'options with a callback after them',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { algorithm: 'HS256' }, (err, token) => {});`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { algorithm: 'HS256', expiresIn: '1h' }, (err, token) => {});`)],
    },
    {
      name: 'options with only noTimestamp',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { noTimestamp: true });`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { noTimestamp: true, expiresIn: '1h' });`)],
    },
    {
      name: 'misspelled expiresin (case matters)',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresin: '1h' });`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresin: '1h', expiresIn: '1h' });`)],
    },
    {
      name: 'options with a nested header object still lack expiresIn',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { algorithm: 'HS256', header: { typ: 'JWT' } });`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { algorithm: 'HS256', header: { typ: 'JWT' }, expiresIn: '1h' });`)],
    },
    {
      name: 'untyped const options used only here (.js): suggestion edits the const',
      code: `import jwt from 'jsonwebtoken';\nconst options = { issuer: 'auth' };\njwt.sign(user, secret, options);`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\nconst options = { issuer: 'auth', expiresIn: '1h' };\njwt.sign(user, secret, options);`)],
    },
    {
      name: 'multi-line const options (.js)',
      code: `import jwt from 'jsonwebtoken';\nconst options = {\n  issuer: 'auth',\n};\njwt.sign(user, secret, options);`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\nconst options = {\n  issuer: 'auth',\n  expiresIn: '1h',\n};\njwt.sign(user, secret, options);`)],
    },
    {
      name: '`let` options never reassigned (.js)',
      code: `import jwt from 'jsonwebtoken';\nlet options = { issuer: 'auth' };\njwt.sign(user, secret, options);`,
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\nlet options = { issuer: 'auth', expiresIn: '1h' };\njwt.sign(user, secret, options);`)],
    },
    {
      name: 'const options read twice (.js): no suggestion',
      code: `import jwt from 'jsonwebtoken';\nconst options = { issuer: 'auth' };\nconsole.log(options);\njwt.sign(user, secret, options);`,
      errors: [signError(null)],
    },

    // --- quote style and defaultExpiresIn ---------------------------------------------------
    {
      name: 'double-quoted file gets a double-quoted lifetime',
      code: `import jwt from "jsonwebtoken";\njwt.sign(user, secret);`,
      errors: [opaqueSignError(`import jwt from "jsonwebtoken";\njwt.sign(user, secret, { expiresIn: "1h" });`, 'expiresIn: "1h"')],
    },
    {
      name: 'double-quoted file: added property in an options object',
      code: `import jwt from "jsonwebtoken";\njwt.sign(user, secret, { algorithm: "HS256" });`,
      errors: [opaqueSignError(`import jwt from "jsonwebtoken";\njwt.sign(user, secret, { algorithm: "HS256", expiresIn: "1h" });`, 'expiresIn: "1h"')],
    },
    {
      name: 'the first string decides the quote style',
      code: `'use strict';\nimport jwt from "jsonwebtoken";\njwt.sign(user, secret);`,
      errors: [opaqueSignError(`'use strict';\nimport jwt from "jsonwebtoken";\njwt.sign(user, secret, { expiresIn: '1h' });`)],
    },
    {
      name: 'double-quoted jose file',
      code: `import { SignJWT } from "jose";\nawait new SignJWT({ sub: user.id }).sign(key);`,
      errors: [
        joseError(`import { SignJWT } from "jose";\nawait new SignJWT({ sub: user.id }).setExpirationTime("1h").sign(key);`, '.setExpirationTime("1h")'),
      ],
    },
    {
      name: "defaultExpiresIn '15m'",
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { algorithm: 'HS256' });`,
      options: [{ defaultExpiresIn: '15m' }],
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { algorithm: 'HS256', expiresIn: '15m' });`, "expiresIn: '15m'")],
    },
    {
      name: "defaultExpiresIn '2 hours' for jose",
      code: `import { SignJWT } from 'jose';\nawait new SignJWT({ sub: user.id }).sign(key);`,
      options: [{ defaultExpiresIn: '2 hours' }],
      errors: [
        joseError(`import { SignJWT } from 'jose';\nawait new SignJWT({ sub: user.id }).setExpirationTime('2 hours').sign(key);`, ".setExpirationTime('2 hours')"),
      ],
    },
    {
      name: 'empty options object uses the 1h default',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(user, secret, (err, token) => done(token));`,
      options: [{}],
      errors: [opaqueSignError(`import jwt from 'jsonwebtoken';\njwt.sign(user, secret, { expiresIn: '1h' }, (err, token) => done(token));`)],
    },

    // --- JSX --------------------------------------------------------------------------------
    {
      name: 'sign inside JSX (.jsx)',
      filename: 'react.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      code: `import jwt from 'jsonwebtoken';\nexport const Debug = ({ user }) => <pre>{jwt.sign({ sub: user.id }, secret)}</pre>;`,
      errors: [
        signError(`import jwt from 'jsonwebtoken';\nexport const Debug = ({ user }) => <pre>{jwt.sign({ sub: user.id }, secret, { expiresIn: '1h' })}</pre>;`),
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// CommonJS (`require` declared)
// ---------------------------------------------------------------------------------------------

cjsRuleTester.run('require-expiration (CommonJS)', rule, {
  valid: [
    {
      name: 'require with expiresIn',
      code: `const jwt = require('jsonwebtoken');\njwt.sign({ sub: user.id }, secret, { expiresIn: '1h' });`,
    },
    {
      name: 'require of a local ./jsonwebtoken',
      code: `const jwt = require('./jsonwebtoken');\njwt.sign({ sub: user.id }, secret);`,
    },
    {
      name: 'require of jsonwebtoken-promisified',
      code: `const jwt = require('jsonwebtoken-promisified');\njwt.sign({ sub: user.id }, secret);`,
    },
    {
      name: 'require of a computed module id',
      code: `// jsonwebtoken\nconst jwt = require(name);\njwt.sign({ sub: user.id }, secret);`,
    },
    {
      name: 'a parameter named require',
      code: `module.exports = function issue(require) {\n  return require('jsonwebtoken').sign({ sub: 1 }, secret);\n};`,
    },
    {
      name: 'jose via require with setExpirationTime',
      code: `const { SignJWT } = require('jose');\nnew SignJWT({ sub: user.id }).setExpirationTime('1h').sign(key);`,
    },
  ],
  invalid: [
    {
      name: "const jwt = require('jsonwebtoken')",
      code: `const jwt = require('jsonwebtoken');\njwt.sign({ sub: user.id }, secret);`,
      errors: [signError(`const jwt = require('jsonwebtoken');\njwt.sign({ sub: user.id }, secret, { expiresIn: '1h' });`)],
    },
    {
      name: "const { sign } = require('jsonwebtoken')",
      code: `const { sign } = require('jsonwebtoken');\nsign({ sub: user.id }, secret);`,
      errors: [signError(`const { sign } = require('jsonwebtoken');\nsign({ sub: user.id }, secret, { expiresIn: '1h' });`)],
    },
    {
      name: "const { sign: s } = require('jsonwebtoken')",
      code: `const { sign: s } = require('jsonwebtoken');\ns({ sub: user.id }, secret);`,
      errors: [signError(`const { sign: s } = require('jsonwebtoken');\ns({ sub: user.id }, secret, { expiresIn: '1h' });`)],
    },
    {
      name: "require('jsonwebtoken').sign(...)",
      code: `require('jsonwebtoken').sign({ sub: user.id }, secret);`,
      errors: [signError(`require('jsonwebtoken').sign({ sub: user.id }, secret, { expiresIn: '1h' });`)],
    },
    {
      name: "let j; j = require('jsonwebtoken')",
      code: `let j;\nj = require('jsonwebtoken');\nj.sign({ sub: user.id }, secret);`,
      errors: [signError(`let j;\nj = require('jsonwebtoken');\nj.sign({ sub: user.id }, secret, { expiresIn: '1h' });`)],
    },
    {
      name: 'const j2 = jwt alias of a require',
      code: `const jwt = require('jsonwebtoken');\nconst j2 = jwt;\nj2.sign({ sub: user.id }, secret);`,
      errors: [signError(`const jwt = require('jsonwebtoken');\nconst j2 = jwt;\nj2.sign({ sub: user.id }, secret, { expiresIn: '1h' });`)],
    },
    {
      name: "promisify from require('util')",
      code: `const { promisify } = require('util');\nconst jwt = require('jsonwebtoken');\nconst signAsync = promisify(jwt.sign);\nsignAsync({ sub: user.id }, secret);`,
      errors: [
        signError(
          `const { promisify } = require('util');\nconst jwt = require('jsonwebtoken');\nconst signAsync = promisify(jwt.sign);\nsignAsync({ sub: user.id }, secret, { expiresIn: '1h' });`,
        ),
      ],
    },
    {
      name: "promisify(sign) of a destructured require('jsonwebtoken')",
      code: `const { promisify } = require('util');\nconst { sign } = require('jsonwebtoken');\nconst signAsync = promisify(sign);\nsignAsync({ sub: user.id }, secret);`,
      errors: [
        signError(
          `const { promisify } = require('util');\nconst { sign } = require('jsonwebtoken');\nconst signAsync = promisify(sign);\nsignAsync({ sub: user.id }, secret, { expiresIn: '1h' });`,
        ),
      ],
    },
    {
      name: 'sign inside module.exports function',
      code: `const jwt = require('jsonwebtoken');\nmodule.exports = function issue(user) {\n  return jwt.sign({ sub: user.id }, secret);\n};`,
      errors: [
        signError(`const jwt = require('jsonwebtoken');\nmodule.exports = function issue(user) {\n  return jwt.sign({ sub: user.id }, secret, { expiresIn: '1h' });\n};`),
      ],
    },
    {
      name: "'use strict' and double quotes: the directive decides",
      code: `'use strict';\nconst jwt = require("jsonwebtoken");\njwt.sign(user, secret);`,
      errors: [opaqueSignError(`'use strict';\nconst jwt = require("jsonwebtoken");\njwt.sign(user, secret, { expiresIn: '1h' });`)],
    },
    {
      name: "const { SignJWT } = require('jose')",
      code: `const { SignJWT } = require('jose');\nnew SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
      errors: [
        joseError(`const { SignJWT } = require('jose');\nnew SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);`),
      ],
    },
    {
      name: "const jose = require('jose'); new jose.EncryptJWT(...)",
      code: `const jose = require('jose');\nnew jose.EncryptJWT({ sub: user.id }).encrypt(key);`,
      errors: [joseError(`const jose = require('jose');\nnew jose.EncryptJWT({ sub: user.id }).setExpirationTime('1h').encrypt(key);`, undefined, ENCRYPT_JWT)],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// TypeScript with no globals at all: `require` and `Buffer` are undeclared
// ---------------------------------------------------------------------------------------------

bareRuleTester.run('require-expiration (no globals)', rule, {
  valid: [
    {
      name: 'Buffer.from payload without a declared Buffer global',
      code: `import jwt from 'jsonwebtoken';\njwt.sign(Buffer.from('opaque'), 'k');`,
    },
    {
      name: 'require with expiresIn without a declared require global',
      code: `const jwt = require('jsonwebtoken');\njwt.sign({ sub: 'u1' }, 'k', { expiresIn: '1h' });\nexport {};`,
    },
  ],
  invalid: [
    {
      name: 'require in a .ts file without a declared require global',
      code: `const jwt = require('jsonwebtoken');\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key);\nexport {};`,
      errors: [signError(`const jwt = require('jsonwebtoken');\ndeclare const key: string;\njwt.sign({ sub: 'u1' }, key, { expiresIn: '1h' });\nexport {};`)],
    },
    {
      name: "require('jsonwebtoken').sign without a declared require global",
      code: `declare const key: string;\nrequire('jsonwebtoken').sign({ sub: 'u1' }, key);\nexport {};`,
      errors: [signError(`declare const key: string;\nrequire('jsonwebtoken').sign({ sub: 'u1' }, key, { expiresIn: '1h' });\nexport {};`)],
    },
    {
      name: "const { SignJWT } = require('jose') without a declared require global",
      code: `const { SignJWT } = require('jose');\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: 'u1' }).sign(key);\nexport {};`,
      errors: [
        joseError(`const { SignJWT } = require('jose');\ndeclare const key: Uint8Array;\nnew SignJWT({ sub: 'u1' }).setExpirationTime('1h').sign(key);\nexport {};`),
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// maxLifetime: a lifetime the code states, over the limit
// ---------------------------------------------------------------------------------------------

/** A `lifetimeTooLong` report; `output` is the one "shorten" suggestion's result, `null` for none. */
function tooLong(api: string, lifetime: string, limit: string, output: string | null, code?: string): Error {
  return {
    messageId: 'lifetimeTooLong',
    data: { api, lifetime, limit },
    suggestions: output === null || code === undefined ? [] : [{ messageId: 'shortenLifetime', data: { code }, output }],
  };
}

const JWT_IMPORT = `import jwt from 'jsonwebtoken';\n`;

jsRuleTester.run('require-expiration (maxLifetime)', rule, {
  valid: [
    { name: 'no limit by default, even for 100 years', code: `${JWT_IMPORT}jwt.sign({ sub: 'u1' }, key, { expiresIn: '100y' });` },
    { name: 'a lifetime under the limit', code: `${JWT_IMPORT}jwt.sign({ sub: 'u1' }, key, { expiresIn: '1h' });`, options: [{ maxLifetime: '30d' }] },
    { name: 'exactly the limit', code: `${JWT_IMPORT}jwt.sign({ sub: 'u1' }, key, { expiresIn: '30 days' });`, options: [{ maxLifetime: '30d' }] },
    { name: 'a number of seconds under the limit', code: `${JWT_IMPORT}jwt.sign({ sub: 'u1' }, key, { expiresIn: 86400 });`, options: [{ maxLifetime: '1d' }] },
    { name: 'a lifetime built at runtime: cannot tell', code: `${JWT_IMPORT}jwt.sign({ sub: 'u1' }, key, { expiresIn: process.env.TTL });`, options: [{ maxLifetime: '1d' }] },
    { name: 'fast-jwt counts milliseconds: 7 days in ms is under 30 days', code: `import { createSigner } from 'fast-jwt';\ncreateSigner({ key, expiresIn: 7 * 24 * 3600 * 1000 });`, options: [{ maxLifetime: '30d' }] },
    { name: 'jose setExpirationTime under the limit', code: `import { SignJWT } from 'jose';\nnew SignJWT({}).setExpirationTime('2h').sign(key);`, options: [{ maxLifetime: '1d' }] },
    { name: 'jose setExpirationTime with an absolute date: cannot tell', code: `import { SignJWT } from 'jose';\nnew SignJWT({}).setExpirationTime(1900000000).sign(key);`, options: [{ maxLifetime: '1d' }] },
    { name: 'an exp claim of now plus one hour', code: `${JWT_IMPORT}jwt.sign({ exp: Math.floor(Date.now() / 1000) + 3600 }, key);`, options: [{ maxLifetime: '1d' }] },
    { name: 'a library default lifetime is not judged', code: `import NextAuth from 'next-auth';\nNextAuth({ secret: process.env.AUTH_SECRET, providers: [] });`, options: [{ maxLifetime: '1d' }] },
  ],
  invalid: [
    {
      name: "expiresIn: '100y' over a 30-day limit",
      code: `${JWT_IMPORT}jwt.sign({ sub: 'u1' }, key, { expiresIn: '100y' });`,
      options: [{ maxLifetime: '30d' }],
      errors: [tooLong('jsonwebtoken.sign()', '100 years', '30d', `${JWT_IMPORT}jwt.sign({ sub: 'u1' }, key, { expiresIn: '30d' });`, "'30d'")],
    },
    {
      name: 'a number of seconds over the limit: the suggestion writes seconds',
      code: `${JWT_IMPORT}jwt.sign({ sub: 'u1' }, key, { expiresIn: 31536000 });`,
      options: [{ maxLifetime: '1d' }],
      errors: [tooLong('jsonwebtoken.sign()', '365 days', '1d', `${JWT_IMPORT}jwt.sign({ sub: 'u1' }, key, { expiresIn: 86400 });`, '86400')],
    },
    {
      name: 'a lifetime from a const: reported without suggestion',
      code: `${JWT_IMPORT}const TTL = '365d';\njwt.sign({ sub: 'u1' }, key, { expiresIn: TTL });`,
      options: [{ maxLifetime: '30d' }],
      errors: [tooLong('jsonwebtoken.sign()', '365 days', '30d', null)],
    },
    {
      name: 'a const options object',
      code: `${JWT_IMPORT}const options = { expiresIn: '90d' };\njwt.sign({ sub: 'u1' }, key, options);`,
      options: [{ maxLifetime: '30d' }],
      errors: [tooLong('jsonwebtoken.sign()', '90 days', '30d', `${JWT_IMPORT}const options = { expiresIn: '30d' };\njwt.sign({ sub: 'u1' }, key, options);`, "'30d'")],
    },
    {
      name: 'an exp claim of now plus ten years',
      code: `${JWT_IMPORT}jwt.sign({ exp: Math.floor(Date.now() / 1000) + 10 * 365 * 86400 }, key);`,
      options: [{ maxLifetime: '30d' }],
      errors: [tooLong('jsonwebtoken.sign()', '10 years', '30d', null)],
    },
    {
      name: 'jose setExpirationTime over the limit',
      code: `import { SignJWT } from 'jose';\nnew SignJWT({}).setExpirationTime('1 year').sign(key);`,
      options: [{ maxLifetime: '30d' }],
      errors: [tooLong('jose SignJWT.sign()', '1 year', '30d', `import { SignJWT } from 'jose';\nnew SignJWT({}).setExpirationTime('30d').sign(key);`, "'30d'")],
    },
    {
      name: 'fast-jwt milliseconds over the limit: the suggestion writes milliseconds',
      code: `import { createSigner } from 'fast-jwt';\ncreateSigner({ key, expiresIn: 31536000000 });`,
      options: [{ maxLifetime: '1d' }],
      errors: [tooLong('fast-jwt createSigner()', '365 days', '1d', `import { createSigner } from 'fast-jwt';\ncreateSigner({ key, expiresIn: 86400000 });`, '86400000')],
    },
    {
      name: '@hapi/jwt ttlSec over the limit',
      code: `import Jwt from '@hapi/jwt';\nJwt.token.generate({}, key, { ttlSec: 604800 });`,
      options: [{ maxLifetime: '1d' }],
      errors: [tooLong('@hapi/jwt token.generate()', '7 days', '1d', `import Jwt from '@hapi/jwt';\nJwt.token.generate({}, key, { ttlSec: 86400 });`, '86400')],
    },
    {
      name: 'NestJS JwtModule signOptions',
      code: `import { JwtModule } from '@nestjs/jwt';\nJwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1y' } });`,
      options: [{ maxLifetime: '30d' }],
      errors: [tooLong('JwtModule.register()', '1 year', '30d', `import { JwtModule } from '@nestjs/jwt';\nJwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '30d' } });`, "'30d'")],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Option validation (ESLint validates meta.schema before the rule runs)
// ---------------------------------------------------------------------------------------------

describe('require-expiration options schema', () => {
  const lint = (options: unknown): void => {
    const linter = new Linter({ configType: 'flat' });
    linter.verify('const x = 1;', [
      {
        plugins: { 'secure-jwt': { rules: { 'require-expiration': rule as never } } },
        rules: { 'secure-jwt/require-expiration': ['error', options] },
      },
    ]);
  };

  it.each(['15m', '1h', '7d', '2 hours', '30 days', '45s'])('accepts defaultExpiresIn %j', (value) => {
    expect(() => lint({ defaultExpiresIn: value })).not.toThrow();
  });

  it('accepts an empty options object', () => {
    expect(() => lint({})).not.toThrow();
  });

  it('rejects an unknown property and names it', () => {
    expect(() => lint({ expiresIn: '1h' })).toThrow(/secure-jwt\/require-expiration[\s\S]*"expiresIn"[\s\S]*defaultExpiresIn/);
  });

  it("rejects defaultExpiresIn: 'forever'", () => {
    expect(() => lint({ defaultExpiresIn: 'forever' })).toThrow(/secure-jwt\/require-expiration[\s\S]*"forever"[\s\S]*pattern/);
  });

  it('rejects an empty defaultExpiresIn', () => {
    expect(() => lint({ defaultExpiresIn: '' })).toThrow(/secure-jwt\/require-expiration[\s\S]*pattern/);
  });

  it('rejects a number for defaultExpiresIn', () => {
    expect(() => lint({ defaultExpiresIn: 3600 })).toThrow(/secure-jwt\/require-expiration[\s\S]*3600 should be string/);
  });

  it.each(['1d', '30d', '12h', '2 weeks'])('accepts maxLifetime %j', (value) => {
    expect(() => lint({ maxLifetime: value })).not.toThrow();
  });

  it("rejects maxLifetime: 'forever' and a number", () => {
    expect(() => lint({ maxLifetime: 'forever' })).toThrow(/secure-jwt\/require-expiration[\s\S]*pattern/);
    expect(() => lint({ maxLifetime: 86400 })).toThrow(/secure-jwt\/require-expiration[\s\S]*should be string/);
  });

  it('rejects a string instead of an options object', () => {
    expect(() => lint('1h')).toThrow(/secure-jwt\/require-expiration[\s\S]*should be object/);
  });
});
