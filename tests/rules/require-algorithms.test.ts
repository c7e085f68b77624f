/**
 * require-algorithms: verification and decryption must pin the accepted algorithms.
 *
 * jsonwebtoken `verify(token, key, options?, callback?)` needs `algorithms`; jose `*Verify(token, key, options?)`
 * needs `algorithms`; jose `*Decrypt(token, key, options?)` needs `keyManagementAlgorithms` and
 * `contentEncryptionAlgorithms`. The suggestion infers the list from the file and the key.
 */
import type { InvalidTestCase, TestCaseError, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/require-algorithms.js';
import { bareRuleTester, cjsRuleTester, jsRuleTester, tsRuleTester } from './tester.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const JWT_VERIFY = 'jsonwebtoken.verify()';
const JOSE_JWT_VERIFY = 'jose.jwtVerify()';
const JOSE_JWT_DECRYPT = 'jose.jwtDecrypt()';
const BOTH_LISTS = 'keyManagementAlgorithms and contentEncryptionAlgorithms';

/** One `missingAlgorithms` report with exactly one `addAlgorithms` suggestion. */
function missing(api: string, list: string, output: string, options = 'algorithms'): TestCaseError<MessageIds> {
  return {
    messageId: 'missingAlgorithms',
    data: { api, options },
    suggestions: [{ messageId: 'addAlgorithms', data: { list }, output }],
  };
}

/** One `missingAlgorithms` report that offers no suggestion (no safe edit exists). */
function missingWithoutSuggestion(api: string, options = 'algorithms'): TestCaseError<MessageIds> {
  return { messageId: 'missingAlgorithms', data: { api, options }, suggestions: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// ES modules (.js)
// ---------------------------------------------------------------------------------------------------------------

const esmValid: Valid[] = [
  // --- the list is there (any value) ---
  {
    name: 'jsonwebtoken verify with an inline algorithms list',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { algorithms: ['RS256'] });`,
  },
  {
    name: 'jsonwebtoken verify with an algorithms list and a callback',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { algorithms: ['HS256'] }, (err, claims) => {});`,
  },
  {
    name: 'algorithms given by a variable of unknown value',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { algorithms: allowedAlgorithms });`,
  },
  {
    name: 'algorithms given by a call result',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { algorithms: getAlgorithms() });`,
  },
  {
    name: 'algorithms as an empty list is still a list (other rules judge its content)',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { algorithms: [] });`,
  },
  {
    name: 'algorithms as a shorthand property',
    code: `import jwt from 'jsonwebtoken';\nconst algorithms = ['ES256'];\njwt.verify(token, key, { algorithms });`,
  },
  {
    name: 'algorithms as a quoted key',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { 'algorithms': ['RS256'] });`,
  },
  {
    name: 'algorithms as a computed constant key',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { ['algorithms']: ['RS256'] });`,
  },
  {
    name: 'algorithms after other options',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { audience: 'api', issuer: 'auth', algorithms: ['RS256'] });`,
  },
  {
    name: 'algorithms in a const options object',
    code: `import jwt from 'jsonwebtoken';\nconst options = { algorithms: ['RS256'] };\njwt.verify(token, key, options);`,
  },
  {
    name: 'algorithms in an Object.freeze options object',
    code: `import jwt from 'jsonwebtoken';\nconst options = Object.freeze({ algorithms: ['RS256'] });\njwt.verify(token, key, options);`,
  },
  {
    name: 'algorithms in a const options object reached through another const',
    code: `import jwt from 'jsonwebtoken';\nconst base = { algorithms: ['RS256'] };\nconst options = base;\njwt.verify(token, key, options);`,
  },
  {
    name: 'algorithms in a nested config object',
    code: `import jwt from 'jsonwebtoken';\nconst config = { jwt: { verify: { algorithms: ['RS256'] } } };\njwt.verify(token, key, config.jwt.verify);`,
  },
  {
    name: 'algorithms list plus a callback passed by name',
    code: `import jwt from 'jsonwebtoken';\nfunction done(err, claims) {}\njwt.verify(token, key, { algorithms: ['RS256'] }, done);`,
  },

  // --- options we cannot see: stay silent ---
  {
    name: 'options from a parameter',
    code: `import jwt from 'jsonwebtoken';\nexport function check(token, key, options) {\n  return jwt.verify(token, key, options);\n}`,
  },
  {
    name: 'options from a call result',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, getVerifyOptions());`,
  },
  {
    name: 'options chosen by a conditional',
    code: `import jwt from 'jsonwebtoken';\nconst options = strict ? { audience: 'api' } : { algorithms: ['RS256'] };\njwt.verify(token, key, options);`,
  },
  {
    name: 'a call other than Object.freeze around the options object',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, withDefaults({ audience: 'api' }));`,
  },
  {
    name: 'a parameter in the options slot may be options or a callback',
    code: `import jwt from 'jsonwebtoken';\nexport function check(token, key, optionsOrCallback) {\n  return jwt.verify(token, key, optionsOrCallback);\n}`,
  },
  {
    name: 'options from an imported binding',
    code: `import jwt from 'jsonwebtoken';\nimport { verifyOptions } from './config.js';\njwt.verify(token, key, verifyOptions);`,
  },
  {
    name: 'options object that is only a spread',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { ...baseOptions });`,
  },
  {
    name: 'options object with a spread after the known options',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { audience: 'api', ...baseOptions });`,
  },
  {
    name: 'options object with a spread before the known options',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { ...baseOptions, audience: 'api' });`,
  },
  {
    name: 'const options object built with a spread',
    code: `import jwt from 'jsonwebtoken';\nconst options = { ...defaults, audience: 'api' };\njwt.verify(token, key, options);`,
  },
  {
    name: 'options object with a dynamic computed key',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { [optionName]: ['RS256'] });`,
  },
  {
    name: 'const options object given algorithms by a later assignment',
    code: `import jwt from 'jsonwebtoken';\nconst options = { audience: 'api' };\noptions.algorithms = ['RS256'];\njwt.verify(token, key, options);`,
  },
  {
    name: 'const options object given algorithms through Object.assign',
    code: `import jwt from 'jsonwebtoken';\nconst options = { audience: 'api' };\nObject.assign(options, { algorithms: ['RS256'] });\njwt.verify(token, key, options);`,
  },
  {
    name: 'let options object that is reassigned',
    code: `import jwt from 'jsonwebtoken';\nlet options = { audience: 'api' };\noptions = loadOptions();\njwt.verify(token, key, options);`,
  },
  {
    name: 'options object with an algorithms getter',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { get algorithms() { return ['RS256']; } });`,
  },
  {
    name: 'spread arguments hide every slot',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(...args);`,
  },
  {
    name: 'spread arguments from the key slot on',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, ...rest);`,
  },
  {
    name: 'spread arguments in the options slot',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key, ...rest);`,
  },

  // --- calls that verify nothing ---
  {
    name: 'jsonwebtoken decode',
    code: `import jwt from 'jsonwebtoken';\njwt.decode(token);\njwt.decode(token, { complete: true });`,
  },
  {
    name: 'jsonwebtoken sign without options',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(payload, key);`,
  },
  {
    name: 'jsonwebtoken sign with options and a callback',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(payload, key, { expiresIn: '1h' }, (err, token) => {});`,
  },
  {
    name: 'jose decodeJwt and decodeProtectedHeader',
    code: `import { decodeJwt, decodeProtectedHeader } from 'jose';\ndecodeJwt(token);\ndecodeProtectedHeader(token);`,
  },
  {
    name: 'jose SignJWT and EncryptJWT chains',
    code: `import { SignJWT, EncryptJWT } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);\nawait new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(key);`,
  },
  {
    name: 'jose CompactSign sign',
    code: `import { CompactSign } from 'jose';\nawait new CompactSign(bytes).setProtectedHeader({ alg: 'ES256' }).sign(key);`,
  },

  // --- jose with the lists ---
  {
    name: 'jose jwtVerify with algorithms',
    code: `import { jwtVerify } from 'jose';\nawait jwtVerify(token, key, { algorithms: ['ES256'], issuer: 'auth' });`,
  },
  {
    name: 'jose compactVerify, flattenedVerify and generalVerify with algorithms',
    code: `import { compactVerify, flattenedVerify, generalVerify } from 'jose';\nawait compactVerify(jws, key, { algorithms: ['ES256'] });\nawait flattenedVerify(jws, key, { algorithms: ['ES256'] });\nawait generalVerify(jws, key, { algorithms: ['ES256'] });`,
  },
  {
    name: 'jose decrypt functions with both lists',
    code: `import { jwtDecrypt, compactDecrypt, flattenedDecrypt, generalDecrypt } from 'jose';\nconst lists = { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] };\nawait jwtDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });\nawait compactDecrypt(jwe, key, { keyManagementAlgorithms: km, contentEncryptionAlgorithms: ce });\nawait flattenedDecrypt(jwe, key, Object.freeze({ keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] }));\nawait generalDecrypt(jwe, key, { contentEncryptionAlgorithms: ['A256GCM'], keyManagementAlgorithms: ['dir'] });\nawait jwtDecrypt(jwe, key, lists);`,
  },
  {
    name: 'jose jwtVerify with options from a parameter',
    code: `import { jwtVerify } from 'jose';\nexport const check = (token, key, options) => jwtVerify(token, key, options);`,
  },
  {
    name: 'jose jwtDecrypt with a spread options object',
    code: `import { jwtDecrypt } from 'jose';\nawait jwtDecrypt(jwe, key, { ...decryptOptions });`,
  },
  {
    name: 'jose jwtDecrypt with spread arguments',
    code: `import { jwtDecrypt } from 'jose';\nawait jwtDecrypt(...args);`,
  },

  // --- near misses: not a JWT library ---
  {
    name: 'argon2 verify',
    code: `import { verify } from 'argon2';\nimport jwt from 'jsonwebtoken';\nawait verify(hash, password);`,
  },
  {
    name: 'node crypto verify and createVerify().verify()',
    code: `import crypto from 'node:crypto';\nimport jwt from 'jsonwebtoken';\ncrypto.verify('sha256', data, key, signature);\ncrypto.createVerify('SHA256').update(data).verify(key, signature);`,
  },
  {
    name: 'a local function named verify in a file that imports jsonwebtoken',
    code: `import jwt from 'jsonwebtoken';\nfunction verify(token, key) { return true; }\nverify(token, key);`,
  },
  {
    name: 'a local function named jwtVerify in a file that imports jose',
    code: `import { SignJWT } from 'jose';\nconst jwtVerify = (token, key) => true;\njwtVerify(token, key);`,
  },
  {
    name: 'a parameter named jwt',
    code: `import jsonwebtoken from 'jsonwebtoken';\nexport function check(jwt) {\n  return jwt.verify(token, key);\n}`,
  },
  {
    name: 'a jwt variable shadowed inside a function',
    code: `import jwt from 'jsonwebtoken';\nfunction check() {\n  const jwt = createVerifier();\n  return jwt.verify(token, key);\n}`,
  },
  {
    name: 'a named verify import shadowed by a parameter',
    code: `import { verify } from 'jsonwebtoken';\nexport const check = (verify) => verify(token, key);`,
  },
  {
    name: 'jwt injected as a constructor parameter (this.jwt.verify)',
    code: `import jsonwebtoken from 'jsonwebtoken';\nexport class AuthService {\n  constructor(jwt) { this.jwt = jwt; }\n  check(token) { return this.jwt.verify(token); }\n}`,
  },
  {
    name: 'a relative module named jsonwebtoken',
    code: `import jwt from './jsonwebtoken.js';\njwt.verify(token, key);`,
  },
  {
    name: 'a relative module path ./jsonwebtoken without extension',
    code: `import jwt from './jsonwebtoken';\njwt.verify(token, key);`,
  },
  {
    name: 'a package whose name only starts like jsonwebtoken',
    code: `import jwt from 'jsonwebtoken-promisified';\njwt.verify(token, key);`,
  },
  {
    name: 'a relative module named jose',
    code: `import { jwtVerify } from './jose.js';\nawait jwtVerify(token, key);`,
  },
  {
    name: 'a scoped package that ends in jose',
    code: `import { jwtVerify } from '@acme/jose';\nawait jwtVerify(token, key);`,
  },
  {
    name: 'verify on the result of a jsonwebtoken call',
    code: `import jwt from 'jsonwebtoken';\njwt.decode(token).verify(token, key);`,
  },
  {
    name: 'a file that mentions no JWT library',
    code: `verify(token, key);\njwt.verify(token, key);`,
  },
  {
    name: 'jose jwtVerify read but not called',
    code: `import { jwtVerify } from 'jose';\nexport const verifier = jwtVerify;`,
  },
];

const esmInvalid: Invalid[] = [
  // --- jsonwebtoken: the options slot ---
  {
    name: 'jsonwebtoken verify with no options',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'the report is on the call expression',
    code: `import jwt from 'jsonwebtoken';\nconst claims = jwt.verify(token, secret);`,
    errors: [
      {
        ...missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\nconst claims = jwt.verify(token, secret, { algorithms: ['HS256'] });`),
        line: 2,
        column: 16,
        endLine: 2,
        endColumn: 41,
      },
    ],
  },
  {
    name: 'an arrow callback in the options slot moves one slot right',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, (err, claims) => {});`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'] }, (err, claims) => {});`),
    ],
  },
  {
    name: 'a function expression callback in the options slot moves one slot right',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, function (err, claims) {});`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'] }, function (err, claims) {});`),
    ],
  },
  {
    name: 'an async arrow callback in the options slot',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, async (err, claims) => {});`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'] }, async (err, claims) => {});`),
    ],
  },
  {
    name: 'a callback passed by the name of a function declaration is a callback, not options',
    code: `import jwt from 'jsonwebtoken';\nfunction onVerified(err, claims) {}\njwt.verify(token, secret, onVerified);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\nfunction onVerified(err, claims) {}\njwt.verify(token, secret, { algorithms: ['HS256'] }, onVerified);`,
      ),
    ],
  },
  {
    name: 'a callback passed by the name of a const arrow function is a callback, not options',
    code: `import jwt from 'jsonwebtoken';\nconst onVerified = (err, claims) => {};\njwt.verify(token, secret, onVerified);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\nconst onVerified = (err, claims) => {};\njwt.verify(token, secret, { algorithms: ['HS256'] }, onVerified);`,
      ),
    ],
  },
  {
    name: 'undefined in the options slot before a callback is replaced',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, undefined, (err, claims) => {});`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'] }, (err, claims) => {});`),
    ],
  },
  {
    name: 'null in the options slot is replaced',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, null);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'void 0 in the options slot is replaced',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, void 0, done);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'] }, done);`)],
  },
  {
    name: 'an empty options object gets the list',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, {});`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'an inline options object without algorithms gets the list appended',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { audience: 'api' });`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { audience: 'api', algorithms: ['HS256'] });`)],
  },
  {
    name: 'an inline options object with a trailing comma keeps it',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { audience: 'api', });`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { audience: 'api', algorithms: ['HS256'], });`)],
  },
  {
    name: 'an options object and a callback',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { issuer: 'auth' }, (err, claims) => {});`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { issuer: 'auth', algorithms: ['HS256'] }, (err, claims) => {});`),
    ],
  },
  {
    name: 'a multi-line options object with a trailing comma',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, {\n  audience: 'api',\n  issuer: 'auth',\n});`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, {\n  audience: 'api',\n  issuer: 'auth',\n  algorithms: ['HS256'],\n});`,
      ),
    ],
  },
  {
    name: 'a multi-line options object without a trailing comma',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, {\n    audience: 'api'\n});`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, {\n    audience: 'api',\n    algorithms: ['HS256']\n});`),
    ],
  },
  {
    name: 'a multi-line options object whose last property carries a line comment keeps the comment on that property',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, {\n  audience: 'api', // the API audience\n});`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, {\n  audience: 'api', // the API audience\n  algorithms: ['HS256'],\n});`,
      ),
    ],
  },
  {
    name: 'a multi-line options object without a trailing comma whose last property carries a line comment',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, {\n  audience: 'api' // the API audience\n});`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, {\n  audience: 'api', // the API audience\n  algorithms: ['HS256']\n});`,
      ),
    ],
  },
  {
    name: 'a parenthesized options object',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, ({ audience: 'api' }));`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, ({ audience: 'api', algorithms: ['HS256'] }));`)],
  },
  {
    name: 'a double-quoted file gets double quotes',
    code: `import jwt from "jsonwebtoken";\njwt.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from "jsonwebtoken";\njwt.verify(token, secret, { algorithms: ["HS256"] });`)],
  },
  {
    name: 'a double-quoted file with an options object gets double quotes',
    code: `import jwt from "jsonwebtoken";\njwt.verify(token, secret, { audience: "api" });`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from "jsonwebtoken";\njwt.verify(token, secret, { audience: "api", algorithms: ["HS256"] });`)],
  },
  {
    name: 'a parenthesized key: the list goes after the parentheses',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, (secret));`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, (secret), { algorithms: ['HS256'] });`)],
  },
  {
    name: 'a trailing comma after the secret stays at the end',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret,);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'] },);`)],
  },
  {
    name: 'a comment after the secret',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret /* from the vault */);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret /* from the vault */, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'one argument per line with a trailing comma: the list gets its own line',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(\n  token,\n  secret,\n);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(\n  token,\n  secret,\n  { algorithms: ['HS256'] },\n);`)],
  },
  {
    name: 'one argument per line without a trailing comma: the list gets its own line',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(\n  token,\n  secret\n);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(\n  token,\n  secret,\n  { algorithms: ['HS256'] }\n);`)],
  },
  {
    name: 'one argument per line with a callback: the list goes between secret and callback on its own line',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(\n  token,\n  secret,\n  (err, claims) => {},\n);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\njwt.verify(\n  token,\n  secret,\n  { algorithms: ['HS256'] },\n  (err, claims) => {},\n);`,
      ),
    ],
  },
  {
    name: 'optional chaining on the module and the call',
    code: `import jwt from 'jsonwebtoken';\njwt?.verify?.(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt?.verify?.(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'a call with only a token (no secret): reported, the key kind is unknown, nothing to insert after',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token);`,
    errors: [{ messageId: 'unknownKeyKind', data: { api: JWT_VERIFY, options: 'algorithms' }, suggestions: [] }],
  },
  {
    name: 'a verify call inside a nested function',
    code: `import jwt from 'jsonwebtoken';\nexport function middleware(req) {\n  return () => jwt.verify(req.headers.authorization, secret);\n}`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\nexport function middleware(req) {\n  return () => jwt.verify(req.headers.authorization, secret, { algorithms: ['HS256'] });\n}`,
      ),
    ],
  },
  {
    name: 'two verify calls are two reports',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(a, secret);\njwt.verify(b, secret);`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(a, secret, { algorithms: ['HS256'] });\njwt.verify(b, secret);`),
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(a, secret);\njwt.verify(b, secret, { algorithms: ['HS256'] });`),
    ],
  },

  // --- options in a const ---
  {
    name: 'a const options object used only by this call gets the list (.js)',
    code: `import jwt from 'jsonwebtoken';\nconst options = { audience: 'api' };\njwt.verify(token, secret, options);`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\nconst options = { audience: 'api', algorithms: ['HS256'] };\njwt.verify(token, secret, options);`),
    ],
  },
  {
    name: 'an empty const options object gets the list (.js)',
    code: `import jwt from 'jsonwebtoken';\nconst options = {};\njwt.verify(token, secret, options, (err, claims) => {});`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\nconst options = { algorithms: ['HS256'] };\njwt.verify(token, secret, options, (err, claims) => {});`),
    ],
  },
  {
    name: 'a multi-line const options object used only by this call',
    code: `import jwt from 'jsonwebtoken';\nconst options = {\n  audience: 'api',\n};\njwt.verify(token, secret, options);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\nconst options = {\n  audience: 'api',\n  algorithms: ['HS256'],\n};\njwt.verify(token, secret, options);`,
      ),
    ],
  },
  {
    name: 'a const options object shared by two verify calls: both reported, no suggestion',
    code: `import jwt from 'jsonwebtoken';\nconst options = { audience: 'api' };\njwt.verify(a, secret, options);\njwt.verify(b, secret, options);`,
    errors: [missingWithoutSuggestion(JWT_VERIFY), missingWithoutSuggestion(JWT_VERIFY)],
  },
  {
    name: 'a const options object shared with a sign call: reported, no suggestion (sign rejects algorithms)',
    code: `import jwt from 'jsonwebtoken';\nconst options = { audience: 'api', issuer: 'auth' };\nconst token = jwt.sign(claims, secret, options);\njwt.verify(token, secret, options);`,
    errors: [missingWithoutSuggestion(JWT_VERIFY)],
  },
  {
    name: 'a const options object also used elsewhere: reported, no suggestion',
    code: `import jwt from 'jsonwebtoken';\nconst options = { audience: 'api' };\nconsole.log(options);\njwt.verify(token, secret, options);`,
    errors: [missingWithoutSuggestion(JWT_VERIFY)],
  },
  {
    name: 'an inline Object.freeze options object gets the list inside the literal (.js)',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, Object.freeze({ audience: 'api' }));`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, Object.freeze({ audience: 'api', algorithms: ['HS256'] }));`),
    ],
  },
  {
    name: 'a const Object.freeze options object used only by this call gets the list inside the literal (.js)',
    code: `import jwt from 'jsonwebtoken';\nconst options = Object.freeze({ audience: 'api' });\njwt.verify(token, secret, options);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\nconst options = Object.freeze({ audience: 'api', algorithms: ['HS256'] });\njwt.verify(token, secret, options);`,
      ),
    ],
  },
  {
    name: 'a const Object.freeze options object shared by two calls: reported, no suggestion',
    code: `import jwt from 'jsonwebtoken';\nconst options = Object.freeze({ audience: 'api' });\njwt.verify(a, secret, options);\njwt.verify(b, secret, options);`,
    errors: [missingWithoutSuggestion(JWT_VERIFY), missingWithoutSuggestion(JWT_VERIFY)],
  },
  {
    name: 'options from a nested config object: reported, no suggestion',
    code: `import jwt from 'jsonwebtoken';\nconst config = { jwt: { audience: 'api' } };\njwt.verify(token, secret, config.jwt);`,
    errors: [missingWithoutSuggestion(JWT_VERIFY)],
  },
  {
    name: 'a const undefined options: the call passes no options',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, undefined);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },

  // --- binding styles (ESM) ---
  {
    name: 'import * as jwt',
    code: `import * as jwt from 'jsonwebtoken';\njwt.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import * as jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'import { verify }',
    code: `import { verify } from 'jsonwebtoken';\nverify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import { verify } from 'jsonwebtoken';\nverify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'import { verify as v }',
    code: `import { verify as v } from 'jsonwebtoken';\nv(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import { verify as v } from 'jsonwebtoken';\nv(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'import jwt, { verify } (default and named together)',
    code: `import jwt, { verify } from 'jsonwebtoken';\nverify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt, { verify } from 'jsonwebtoken';\nverify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'import * as jwt, then jwt.default.verify (Node ESM interop with a CommonJS module)',
    code: `import * as jwt from 'jsonwebtoken';\njwt.default.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import * as jwt from 'jsonwebtoken';\njwt.default.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'const j2 = jwt alias',
    code: `import jwt from 'jsonwebtoken';\nconst j2 = jwt;\nj2.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\nconst j2 = jwt;\nj2.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'a destructured verify from the default import',
    code: `import jwt from 'jsonwebtoken';\nconst { verify } = jwt;\nverify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\nconst { verify } = jwt;\nverify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'computed member access jwt["verify"]',
    code: `import jwt from 'jsonwebtoken';\njwt['verify'](token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt['verify'](token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'await import (namespace)',
    code: `const jwt = await import('jsonwebtoken');\njwt.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `const jwt = await import('jsonwebtoken');\njwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'await import(...).default',
    code: `const jwt = (await import('jsonwebtoken')).default;\njwt.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `const jwt = (await import('jsonwebtoken')).default;\njwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'const { default: jwt } = await import',
    code: `const { default: jwt } = await import('jsonwebtoken');\njwt.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `const { default: jwt } = await import('jsonwebtoken');\njwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'const { verify } = await import',
    code: `const { verify } = await import('jsonwebtoken');\nverify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `const { verify } = await import('jsonwebtoken');\nverify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'createRequire from module',
    code: `import { createRequire } from 'module';\nconst require = createRequire(import.meta.url);\nconst jwt = require('jsonwebtoken');\njwt.verify(token, secret);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import { createRequire } from 'module';\nconst require = createRequire(import.meta.url);\nconst jwt = require('jsonwebtoken');\njwt.verify(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'createRequire from node:module',
    code: `import { createRequire } from 'node:module';\nconst load = createRequire(import.meta.url);\nconst { verify } = load('jsonwebtoken');\nverify(token, secret);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import { createRequire } from 'node:module';\nconst load = createRequire(import.meta.url);\nconst { verify } = load('jsonwebtoken');\nverify(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'module.createRequire from a default import of node:module',
    code: `import module from 'node:module';\nconst require = module.createRequire(import.meta.url);\nrequire('jsonwebtoken').verify(token, secret);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import module from 'node:module';\nconst require = module.createRequire(import.meta.url);\nrequire('jsonwebtoken').verify(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'util.promisify(jwt.verify)',
    code: `import util from 'util';\nimport jwt from 'jsonwebtoken';\nconst verifyAsync = util.promisify(jwt.verify);\nawait verifyAsync(token, secret);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import util from 'util';\nimport jwt from 'jsonwebtoken';\nconst verifyAsync = util.promisify(jwt.verify);\nawait verifyAsync(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'promisify from node:util on a named verify import',
    code: `import { promisify } from 'node:util';\nimport { verify } from 'jsonwebtoken';\nconst verifyAsync = promisify(verify);\nawait verifyAsync(token, secret, { audience: 'api' });`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import { promisify } from 'node:util';\nimport { verify } from 'jsonwebtoken';\nconst verifyAsync = promisify(verify);\nawait verifyAsync(token, secret, { audience: 'api', algorithms: ['HS256'] });`,
      ),
    ],
  },

  // --- jose: every verify and decrypt function ---
  {
    name: 'jose jwtVerify with no options',
    code: `import { jwtVerify } from 'jose';\nawait jwtVerify(token, secret);`,
    errors: [
      {
        ...missing(JOSE_JWT_VERIFY, 'HS256', `import { jwtVerify } from 'jose';\nawait jwtVerify(token, secret, { algorithms: ['HS256'] });`),
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 31,
      },
    ],
  },
  {
    name: 'jose jwtVerify with options but no algorithms',
    code: `import { jwtVerify } from 'jose';\nawait jwtVerify(token, secret, { issuer: 'auth', audience: 'api' });`,
    errors: [
      missing(JOSE_JWT_VERIFY, 'HS256', `import { jwtVerify } from 'jose';\nawait jwtVerify(token, secret, { issuer: 'auth', audience: 'api', algorithms: ['HS256'] });`),
    ],
  },
  {
    name: 'jose jwtVerify with undefined options',
    code: `import { jwtVerify } from 'jose';\nawait jwtVerify(token, secret, undefined);`,
    errors: [missing(JOSE_JWT_VERIFY, 'HS256', `import { jwtVerify } from 'jose';\nawait jwtVerify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'jose compactVerify',
    code: `import { compactVerify } from 'jose';\nawait compactVerify(jws, secret);`,
    errors: [missing('jose.compactVerify()', 'HS256', `import { compactVerify } from 'jose';\nawait compactVerify(jws, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'jose flattenedVerify',
    code: `import { flattenedVerify } from 'jose';\nawait flattenedVerify(jws, secret, {});`,
    errors: [missing('jose.flattenedVerify()', 'HS256', `import { flattenedVerify } from 'jose';\nawait flattenedVerify(jws, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'jose generalVerify',
    code: `import { generalVerify } from 'jose';\nawait generalVerify(jws, secret, { crit: {} });`,
    errors: [
      missing('jose.generalVerify()', 'HS256', `import { generalVerify } from 'jose';\nawait generalVerify(jws, secret, { crit: {}, algorithms: ['HS256'] });`),
    ],
  },
  {
    name: 'jose jwtDecrypt with no options needs both lists',
    code: `import { jwtDecrypt } from 'jose';\nawait jwtDecrypt(jwe, key);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'RSA-OAEP-256, A256GCM',
        `import { jwtDecrypt } from 'jose';\nawait jwtDecrypt(jwe, key, { keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: 'jose compactDecrypt with options lacking both lists',
    code: `import { compactDecrypt } from 'jose';\nawait compactDecrypt(jwe, key, { maxPBES2Count: 10000 });`,
    errors: [
      missing(
        'jose.compactDecrypt()',
        'RSA-OAEP-256, A256GCM',
        `import { compactDecrypt } from 'jose';\nawait compactDecrypt(jwe, key, { maxPBES2Count: 10000, keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: 'jose flattenedDecrypt with only keyManagementAlgorithms',
    code: `import { flattenedDecrypt } from 'jose';\nawait flattenedDecrypt(jwe, key, { keyManagementAlgorithms: ['ECDH-ES'] });`,
    errors: [
      missing(
        'jose.flattenedDecrypt()',
        'A256GCM',
        `import { flattenedDecrypt } from 'jose';\nawait flattenedDecrypt(jwe, key, { keyManagementAlgorithms: ['ECDH-ES'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        'contentEncryptionAlgorithms',
      ),
    ],
  },
  {
    name: 'jose generalDecrypt with only contentEncryptionAlgorithms',
    code: `import { generalDecrypt } from 'jose';\nawait generalDecrypt(jwe, key, { contentEncryptionAlgorithms: ['A128GCM'] });`,
    errors: [
      missing(
        'jose.generalDecrypt()',
        'RSA-OAEP-256',
        `import { generalDecrypt } from 'jose';\nawait generalDecrypt(jwe, key, { contentEncryptionAlgorithms: ['A128GCM'], keyManagementAlgorithms: ['RSA-OAEP-256'] });`,
        'keyManagementAlgorithms',
      ),
    ],
  },
  {
    name: 'jose jwtDecrypt with a JWS algorithms list is still missing both JWE lists',
    code: `import { jwtDecrypt } from 'jose';\nawait jwtDecrypt(jwe, key, { algorithms: ['HS256'] });`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'RSA-OAEP-256, A256GCM',
        `import { jwtDecrypt } from 'jose';\nawait jwtDecrypt(jwe, key, { algorithms: ['HS256'], keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: 'jose jwtVerify with JWE lists but no algorithms',
    code: `import { jwtVerify } from 'jose';\nawait jwtVerify(token, secret, { keyManagementAlgorithms: ['dir'] });`,
    errors: [
      missing(JOSE_JWT_VERIFY, 'HS256', `import { jwtVerify } from 'jose';\nawait jwtVerify(token, secret, { keyManagementAlgorithms: ['dir'], algorithms: ['HS256'] });`),
    ],
  },
  {
    name: 'jose jwtDecrypt with null options: both lists go into one new object (found by the property test)',
    code: `import { jwtDecrypt } from 'jose';\nawait jwtDecrypt(jwe, key, null);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'RSA-OAEP-256, A256GCM',
        `import { jwtDecrypt } from 'jose';\nawait jwtDecrypt(jwe, key, { keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: 'jose jwtDecrypt with a multi-line options object',
    code: `import { jwtDecrypt } from 'jose';\nawait jwtDecrypt(jwe, key, {\n  issuer: 'auth',\n});`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'RSA-OAEP-256, A256GCM',
        `import { jwtDecrypt } from 'jose';\nawait jwtDecrypt(jwe, key, {\n  issuer: 'auth',\n  keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'],\n});`,
        BOTH_LISTS,
      ),
    ],
  },

  // --- jose binding styles ---
  {
    name: 'jose namespace import',
    code: `import * as jose from 'jose';\nawait jose.jwtVerify(token, secret);`,
    errors: [missing(JOSE_JWT_VERIFY, 'HS256', `import * as jose from 'jose';\nawait jose.jwtVerify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'jose aliased named import',
    code: `import { jwtVerify as verifyToken } from 'jose';\nawait verifyToken(token, secret);`,
    errors: [missing(JOSE_JWT_VERIFY, 'HS256', `import { jwtVerify as verifyToken } from 'jose';\nawait verifyToken(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'jose await import',
    code: `const { jwtDecrypt } = await import('jose');\nawait jwtDecrypt(jwe, key);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'RSA-OAEP-256, A256GCM',
        `const { jwtDecrypt } = await import('jose');\nawait jwtDecrypt(jwe, key, { keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: 'jose deep subpath named import',
    code: `import { jwtVerify } from 'jose/jwt/verify';\nawait jwtVerify(token, secret);`,
    errors: [missing(JOSE_JWT_VERIFY, 'HS256', `import { jwtVerify } from 'jose/jwt/verify';\nawait jwtVerify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'jose 3 default export jose/jwt/verify',
    code: `import jwtVerify from 'jose/jwt/verify';\nawait jwtVerify(token, secret);`,
    errors: [missing(JOSE_JWT_VERIFY, 'HS256', `import jwtVerify from 'jose/jwt/verify';\nawait jwtVerify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'jose 3 default export jose/jwt/decrypt',
    code: `import jwtDecrypt from 'jose/jwt/decrypt';\nawait jwtDecrypt(jwe, key);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'RSA-OAEP-256, A256GCM',
        `import jwtDecrypt from 'jose/jwt/decrypt';\nawait jwtDecrypt(jwe, key, { keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: 'jose 3 default exports of the JWS verify subpaths',
    code: `import compactVerify from 'jose/jws/compact/verify';\nimport flattenedVerify from 'jose/jws/flattened/verify';\nimport generalVerify from 'jose/jws/general/verify';\nawait compactVerify(jws, secret);\nawait flattenedVerify(jws, secret);\nawait generalVerify(jws, secret);`,
    errors: [
      missing(
        'jose.compactVerify()',
        'HS256',
        `import compactVerify from 'jose/jws/compact/verify';\nimport flattenedVerify from 'jose/jws/flattened/verify';\nimport generalVerify from 'jose/jws/general/verify';\nawait compactVerify(jws, secret, { algorithms: ['HS256'] });\nawait flattenedVerify(jws, secret);\nawait generalVerify(jws, secret);`,
      ),
      missing(
        'jose.flattenedVerify()',
        'HS256',
        `import compactVerify from 'jose/jws/compact/verify';\nimport flattenedVerify from 'jose/jws/flattened/verify';\nimport generalVerify from 'jose/jws/general/verify';\nawait compactVerify(jws, secret);\nawait flattenedVerify(jws, secret, { algorithms: ['HS256'] });\nawait generalVerify(jws, secret);`,
      ),
      missing(
        'jose.generalVerify()',
        'HS256',
        `import compactVerify from 'jose/jws/compact/verify';\nimport flattenedVerify from 'jose/jws/flattened/verify';\nimport generalVerify from 'jose/jws/general/verify';\nawait compactVerify(jws, secret);\nawait flattenedVerify(jws, secret);\nawait generalVerify(jws, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'jose 3 default exports of the JWE decrypt subpaths',
    code: `import compactDecrypt from 'jose/jwe/compact/decrypt';\nimport flattenedDecrypt from 'jose/jwe/flattened/decrypt';\nimport generalDecrypt from 'jose/jwe/general/decrypt';\nawait compactDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'] });\nawait flattenedDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'] });\nawait generalDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'] });`,
    errors: [
      missing(
        'jose.compactDecrypt()',
        'A256GCM',
        `import compactDecrypt from 'jose/jwe/compact/decrypt';\nimport flattenedDecrypt from 'jose/jwe/flattened/decrypt';\nimport generalDecrypt from 'jose/jwe/general/decrypt';\nawait compactDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });\nawait flattenedDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'] });\nawait generalDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'] });`,
        'contentEncryptionAlgorithms',
      ),
      missing(
        'jose.flattenedDecrypt()',
        'A256GCM',
        `import compactDecrypt from 'jose/jwe/compact/decrypt';\nimport flattenedDecrypt from 'jose/jwe/flattened/decrypt';\nimport generalDecrypt from 'jose/jwe/general/decrypt';\nawait compactDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'] });\nawait flattenedDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });\nawait generalDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'] });`,
        'contentEncryptionAlgorithms',
      ),
      missing(
        'jose.generalDecrypt()',
        'A256GCM',
        `import compactDecrypt from 'jose/jwe/compact/decrypt';\nimport flattenedDecrypt from 'jose/jwe/flattened/decrypt';\nimport generalDecrypt from 'jose/jwe/general/decrypt';\nawait compactDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'] });\nawait flattenedDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'] });\nawait generalDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        'contentEncryptionAlgorithms',
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Inferring the list to suggest (.js)
// ---------------------------------------------------------------------------------------------------------------

const inference: Invalid[] = [
  {
    name: 'a key-lookup function declaration (a JWKS client callback) gets RS256, never HMAC',
    code: `import jwt from 'jsonwebtoken';\nfunction getKey(header, callback) {\n  client.getSigningKey(header.kid, (err, key) => callback(err, key && key.getPublicKey()));\n}\njwt.verify(token, getKey, {}, done);`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import jwt from 'jsonwebtoken';\nfunction getKey(header, callback) {\n  client.getSigningKey(header.kid, (err, key) => callback(err, key && key.getPublicKey()));\n}\njwt.verify(token, getKey, { algorithms: ['RS256'] }, done);`,
      ),
    ],
  },
  {
    name: 'an inline key-lookup arrow gets RS256',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, (header, cb) => lookup(header.kid, cb), (err, claims) => {});`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import jwt from 'jsonwebtoken';\njwt.verify(token, (header, cb) => lookup(header.kid, cb), { algorithms: ['RS256'] }, (err, claims) => {});`,
      ),
    ],
  },
  {
    name: 'decrypt: a key imported for A256GCM sets the content encryption, and a secret key means dir',
    code: `import { importJWK, jwtDecrypt } from 'jose';\nconst key = await importJWK(jwk, 'A256GCM');\nawait jwtDecrypt(token, key);`,
    errors: [
      missing(
        'jose.jwtDecrypt()',
        'dir, A256GCM',
        `import { importJWK, jwtDecrypt } from 'jose';\nconst key = await importJWK(jwk, 'A256GCM');\nawait jwtDecrypt(token, key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        'keyManagementAlgorithms and contentEncryptionAlgorithms',
      ),
    ],
  },
  // --- from jsonwebtoken sign calls in the file ---
  {
    name: 'the algorithm of a sign call in the file',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\njwt.verify(token, key);`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\njwt.verify(token, key, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'the algorithm of a sign call after the verify call',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, key);\nexport const issue = (claims) => jwt.sign(claims, privateKey, { algorithm: 'PS384' });`,
    errors: [
      missing(
        JWT_VERIFY,
        'PS384',
        `import jwt from 'jsonwebtoken';\njwt.verify(token, key, { algorithms: ['PS384'] });\nexport const issue = (claims) => jwt.sign(claims, privateKey, { algorithm: 'PS384' });`,
      ),
    ],
  },
  {
    name: 'the algorithm of a sign call given through a const options object',
    code: `import jwt from 'jsonwebtoken';\nconst signOptions = { algorithm: 'ES384', expiresIn: '1h' };\njwt.sign(claims, privateKey, signOptions);\njwt.verify(token, key);`,
    errors: [
      missing(
        JWT_VERIFY,
        'ES384',
        `import jwt from 'jsonwebtoken';\nconst signOptions = { algorithm: 'ES384', expiresIn: '1h' };\njwt.sign(claims, privateKey, signOptions);\njwt.verify(token, key, { algorithms: ['ES384'] });`,
      ),
    ],
  },
  {
    name: 'the algorithm of a sign call given through a const string',
    code: `import jwt from 'jsonwebtoken';\nconst ALGORITHM = 'RS512';\njwt.sign(claims, privateKey, { algorithm: ALGORITHM });\njwt.verify(token, key);`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS512',
        `import jwt from 'jsonwebtoken';\nconst ALGORITHM = 'RS512';\njwt.sign(claims, privateKey, { algorithm: ALGORITHM });\njwt.verify(token, key, { algorithms: ['RS512'] });`,
      ),
    ],
  },
  {
    name: 'a sign algorithm that is not static is ignored',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: process.env.JWT_ALG });\njwt.verify(token, secret);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: process.env.JWT_ALG });\njwt.verify(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'several sign algorithms in the file, an unknown key: all of them, sorted',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(a, rsaKey, { algorithm: 'RS256' });\njwt.sign(b, ecKey, { algorithm: 'ES256' });\njwt.verify(token, key);`,
    errors: [
      missing(
        JWT_VERIFY,
        'ES256, RS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(a, rsaKey, { algorithm: 'RS256' });\njwt.sign(b, ecKey, { algorithm: 'ES256' });\njwt.verify(token, key, { algorithms: ['ES256', 'RS256'] });`,
      ),
    ],
  },
  {
    name: 'the same sign algorithm twice is listed once',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(a, k, { algorithm: 'ES512' });\njwt.sign(b, k, { algorithm: 'ES512' });\njwt.verify(token, key);`,
    errors: [
      missing(
        JWT_VERIFY,
        'ES512',
        `import jwt from 'jsonwebtoken';\njwt.sign(a, k, { algorithm: 'ES512' });\njwt.sign(b, k, { algorithm: 'ES512' });\njwt.verify(token, key, { algorithms: ['ES512'] });`,
      ),
    ],
  },
  {
    name: "a sign call with algorithm 'none' is never suggested",
    code: `import jwt from 'jsonwebtoken';\njwt.sign(claims, '', { algorithm: 'none' });\njwt.verify(token, secret);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(claims, '', { algorithm: 'none' });\njwt.verify(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },

  // --- secrets: HMAC only ---
  {
    name: 'a string literal secret with an RS256 sign in the file: HS256',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\njwt.verify(token, 'shhhhh');`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\njwt.verify(token, 'shhhhh', { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'a string literal secret keeps only the HMAC algorithms of the file',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(a, privateKey, { algorithm: 'RS256' });\njwt.sign(b, 'shhhhh', { algorithm: 'HS384' });\njwt.verify(token, 'shhhhh');`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS384',
        `import jwt from 'jsonwebtoken';\njwt.sign(a, privateKey, { algorithm: 'RS256' });\njwt.sign(b, 'shhhhh', { algorithm: 'HS384' });\njwt.verify(token, 'shhhhh', { algorithms: ['HS384'] });`,
      ),
    ],
  },
  {
    name: 'a const string secret with two HMAC algorithms in the file: both, sorted',
    code: `import jwt from 'jsonwebtoken';\nconst SECRET = 'shhhhh';\njwt.sign(a, SECRET, { algorithm: 'HS512' });\njwt.sign(b, SECRET, { algorithm: 'HS256' });\njwt.sign(c, privateKey, { algorithm: 'ES256' });\njwt.verify(token, SECRET);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256, HS512',
        `import jwt from 'jsonwebtoken';\nconst SECRET = 'shhhhh';\njwt.sign(a, SECRET, { algorithm: 'HS512' });\njwt.sign(b, SECRET, { algorithm: 'HS256' });\njwt.sign(c, privateKey, { algorithm: 'ES256' });\njwt.verify(token, SECRET, { algorithms: ['HS256', 'HS512'] });`,
      ),
    ],
  },
  {
    name: 'a jose secret from new TextEncoder().encode(env) with an RS256 builder in the file: HS256',
    code: `import { SignJWT, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);\nconst secret = new TextEncoder().encode(process.env.JWT_SECRET);\nawait jwtVerify(token, secret);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'HS256',
        `import { SignJWT, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);\nconst secret = new TextEncoder().encode(process.env.JWT_SECRET);\nawait jwtVerify(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'a jose secret from new TextEncoder().encode(literal) keeps only the HMAC algorithms of the file',
    code: `import { SignJWT, jwtVerify } from 'jose';\nawait new SignJWT(a).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);\nawait new SignJWT(b).setProtectedHeader({ alg: 'HS512' }).sign(secret);\nconst secret = new TextEncoder().encode('shhhhh');\nawait jwtVerify(token, secret);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'HS512',
        `import { SignJWT, jwtVerify } from 'jose';\nawait new SignJWT(a).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);\nawait new SignJWT(b).setProtectedHeader({ alg: 'HS512' }).sign(secret);\nconst secret = new TextEncoder().encode('shhhhh');\nawait jwtVerify(token, secret, { algorithms: ['HS512'] });`,
      ),
    ],
  },
  {
    name: 'a createSecretKey(env) secret with an RS256 sign in the file: HS256',
    code: `import { createSecretKey } from 'node:crypto';\nimport jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\njwt.verify(token, createSecretKey(process.env.JWT_SECRET, 'utf8'));`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import { createSecretKey } from 'node:crypto';\nimport jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\njwt.verify(token, createSecretKey(process.env.JWT_SECRET, 'utf8'), { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'a Buffer.from(env) secret with an ES256 sign in the file: HS256',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'ES256' });\njwt.verify(token, Buffer.from(process.env.JWT_SECRET, 'base64'));`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'ES256' });\njwt.verify(token, Buffer.from(process.env.JWT_SECRET, 'base64'), { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'a Buffer.from(literal) secret with an ES256 sign in the file: HS256',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'ES256' });\njwt.verify(token, Buffer.from('c2hoaGho', 'base64'));`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'ES256' });\njwt.verify(token, Buffer.from('c2hoaGho', 'base64'), { algorithms: ['HS256'] });`,
      ),
    ],
  },

  // --- public keys: never HMAC ---
  {
    name: 'a PEM public key literal and nothing in the file: RS256',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, '-----BEGIN PUBLIC KEY-----MIIBIjANBgkq-----END PUBLIC KEY-----');`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import jwt from 'jsonwebtoken';\njwt.verify(token, '-----BEGIN PUBLIC KEY-----MIIBIjANBgkq-----END PUBLIC KEY-----', { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'a PEM public key const with an HS256 sign in the file: RS256, never HMAC',
    code: `import jwt from 'jsonwebtoken';\nconst KEY = '-----BEGIN PUBLIC KEY-----MIIBIjANBgkq-----END PUBLIC KEY-----';\njwt.sign(claims, 'shhhhh', { algorithm: 'HS256' });\njwt.verify(token, KEY);`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import jwt from 'jsonwebtoken';\nconst KEY = '-----BEGIN PUBLIC KEY-----MIIBIjANBgkq-----END PUBLIC KEY-----';\njwt.sign(claims, 'shhhhh', { algorithm: 'HS256' });\njwt.verify(token, KEY, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'a PEM public key with HS256 and ES256 in the file: only ES256',
    code: `import jwt from 'jsonwebtoken';\nconst KEY = '-----BEGIN PUBLIC KEY-----MFkwEwYH-----END PUBLIC KEY-----';\njwt.sign(a, 'shhhhh', { algorithm: 'HS256' });\njwt.sign(b, privateKey, { algorithm: 'ES256' });\njwt.verify(token, KEY);`,
    errors: [
      missing(
        JWT_VERIFY,
        'ES256',
        `import jwt from 'jsonwebtoken';\nconst KEY = '-----BEGIN PUBLIC KEY-----MFkwEwYH-----END PUBLIC KEY-----';\njwt.sign(a, 'shhhhh', { algorithm: 'HS256' });\njwt.sign(b, privateKey, { algorithm: 'ES256' });\njwt.verify(token, KEY, { algorithms: ['ES256'] });`,
      ),
    ],
  },
  {
    name: 'a PEM public key in a template literal: RS256',
    code: 'import jwt from \'jsonwebtoken\';\nconst KEY = `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----`;\njwt.verify(token, KEY);',
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        'import jwt from \'jsonwebtoken\';\nconst KEY = `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----`;\njwt.verify(token, KEY, { algorithms: [\'RS256\'] });',
      ),
    ],
  },
  {
    name: 'a -----BEGIN EC PUBLIC KEY----- literal: ES256',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, '-----BEGIN EC PUBLIC KEY-----MFkwEwYH-----END EC PUBLIC KEY-----');`,
    errors: [
      missing(
        JWT_VERIFY,
        'ES256',
        `import jwt from 'jsonwebtoken';\njwt.verify(token, '-----BEGIN EC PUBLIC KEY-----MFkwEwYH-----END EC PUBLIC KEY-----', { algorithms: ['ES256'] });`,
      ),
    ],
  },
  {
    name: 'an EC public key ignores the RSA algorithms of the file',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\njwt.verify(token, '-----BEGIN EC PUBLIC KEY-----MFkwEwYH-----END EC PUBLIC KEY-----');`,
    errors: [
      missing(
        JWT_VERIFY,
        'ES256',
        `import jwt from 'jsonwebtoken';\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\njwt.verify(token, '-----BEGIN EC PUBLIC KEY-----MFkwEwYH-----END EC PUBLIC KEY-----', { algorithms: ['ES256'] });`,
      ),
    ],
  },
  {
    name: 'a -----BEGIN RSA PUBLIC KEY----- literal: RS256',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, '-----BEGIN RSA PUBLIC KEY-----MIIBCgKC-----END RSA PUBLIC KEY-----');`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import jwt from 'jsonwebtoken';\njwt.verify(token, '-----BEGIN RSA PUBLIC KEY-----MIIBCgKC-----END RSA PUBLIC KEY-----', { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'a PEM certificate literal with an HS256 sign in the file: RS256',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(claims, 'shhhhh', { algorithm: 'HS256' });\njwt.verify(token, '-----BEGIN CERTIFICATE-----MIIDdzCC-----END CERTIFICATE-----');`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(claims, 'shhhhh', { algorithm: 'HS256' });\njwt.verify(token, '-----BEGIN CERTIFICATE-----MIIDdzCC-----END CERTIFICATE-----', { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'a key named publicKey and nothing in the file: RS256',
    code: `import jwt from 'jsonwebtoken';\nexport const check = (token, publicKey) => jwt.verify(token, publicKey);`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import jwt from 'jsonwebtoken';\nexport const check = (token, publicKey) => jwt.verify(token, publicKey, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'a key named PUBLIC_KEY with only an HS256 sign in the file: RS256',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(claims, 'shhhhh', { algorithm: 'HS256' });\njwt.verify(token, process.env.PUBLIC_KEY);`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(claims, 'shhhhh', { algorithm: 'HS256' });\njwt.verify(token, process.env.PUBLIC_KEY, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'a key named publicKey with HS256 and PS256 in the file: PS256',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(a, 'shhhhh', { algorithm: 'HS256' });\njwt.sign(b, privateKey, { algorithm: 'PS256' });\njwt.verify(token, publicKey);`,
    errors: [
      missing(
        JWT_VERIFY,
        'PS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(a, 'shhhhh', { algorithm: 'HS256' });\njwt.sign(b, privateKey, { algorithm: 'PS256' });\njwt.verify(token, publicKey, { algorithms: ['PS256'] });`,
      ),
    ],
  },
  {
    name: "a key read inline from fs.readFileSync('public.pem'): RS256",
    code: `import fs from 'node:fs';\nimport jwt from 'jsonwebtoken';\njwt.verify(token, fs.readFileSync('public.pem'));`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import fs from 'node:fs';\nimport jwt from 'jsonwebtoken';\njwt.verify(token, fs.readFileSync('public.pem'), { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: "a key held in a const read from fs.readFileSync('./keys/public.pem'): RS256",
    code: `import fs from 'node:fs';\nimport jwt from 'jsonwebtoken';\nconst key = fs.readFileSync('./keys/public.pem');\njwt.verify(token, key);`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import fs from 'node:fs';\nimport jwt from 'jsonwebtoken';\nconst key = fs.readFileSync('./keys/public.pem');\njwt.verify(token, key, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'a public key read from a path under /run/secrets/ is still a public key: RS256',
    code: `import jwt from 'jsonwebtoken';\nimport fs from 'node:fs';\nconst publicKey = fs.readFileSync('/run/secrets/jwt-public.pem');\njwt.verify(token, publicKey);`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import jwt from 'jsonwebtoken';\nimport fs from 'node:fs';\nconst publicKey = fs.readFileSync('/run/secrets/jwt-public.pem');\njwt.verify(token, publicKey, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'a key named as a secret in a file that signs both ways: the HMAC algorithms',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(a, k1, { algorithm: 'HS256' });\njwt.sign(b, k2, { algorithm: 'RS256' });\njwt.verify(token, process.env.JWT_SECRET);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(a, k1, { algorithm: 'HS256' });\njwt.sign(b, k2, { algorithm: 'RS256' });\njwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'a hardcoded oct JWK imported for HS512 wins over an HS256 builder in the file',
    code: `import { SignJWT, importJWK, jwtVerify } from 'jose';\nawait new SignJWT(c).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(o);\nconst key = await importJWK({ kty: 'oct', k: 'ZmFrZQ' }, 'HS512');\nawait jwtVerify(token, key);`,
    errors: [
      missing(
        'jose.jwtVerify()',
        'HS512',
        `import { SignJWT, importJWK, jwtVerify } from 'jose';\nawait new SignJWT(c).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(o);\nconst key = await importJWK({ kty: 'oct', k: 'ZmFrZQ' }, 'HS512');\nawait jwtVerify(token, key, { algorithms: ['HS512'] });`,
      ),
    ],
  },
  {
    name: 'algorithms: undefined sets no list: reported, the suggestion fills the value in',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: undefined, issuer: 'a' });`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, secret, { algorithms: ['HS256'], issuer: 'a' });`),
    ],
  },
  {
    name: 'a secret whose env name merely contains PUBLIC (NEXT_PUBLIC_JWT_SECRET) is not a public key: HS256',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, process.env.NEXT_PUBLIC_JWT_SECRET);`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, process.env.NEXT_PUBLIC_JWT_SECRET, { algorithms: ['HS256'] });`),
    ],
  },
  {
    name: 'a key named cert: RS256',
    code: `import jwt from 'jsonwebtoken';\njwt.verify(token, cert);`,
    errors: [missing(JWT_VERIFY, 'RS256', `import jwt from 'jsonwebtoken';\njwt.verify(token, cert, { algorithms: ['RS256'] });`)],
  },
  {
    name: 'a key named jwks: RS256',
    code: `import { jwtVerify } from 'jose';\nawait jwtVerify(token, jwks);`,
    errors: [missing(JOSE_JWT_VERIFY, 'RS256', `import { jwtVerify } from 'jose';\nawait jwtVerify(token, jwks, { algorithms: ['RS256'] });`)],
  },
  {
    name: 'a key read from config.auth.publicKey with an HS256 sign in the file: RS256',
    code: `import jwt from 'jsonwebtoken';\njwt.sign(claims, secret, { algorithm: 'HS256' });\njwt.verify(token, config.auth.publicKey);`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `import jwt from 'jsonwebtoken';\njwt.sign(claims, secret, { algorithm: 'HS256' });\njwt.verify(token, config.auth.publicKey, { algorithms: ['RS256'] });`,
      ),
    ],
  },

  // --- jose key imports: the key's own algorithm wins ---
  {
    name: "importSPKI(pem, 'RS256') as the key",
    code: `import { importSPKI, jwtVerify } from 'jose';\nconst key = await importSPKI(pem, 'RS256');\nawait jwtVerify(token, key);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'RS256',
        `import { importSPKI, jwtVerify } from 'jose';\nconst key = await importSPKI(pem, 'RS256');\nawait jwtVerify(token, key, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: "importSPKI(pem, 'PS256') wins over an ES256 builder in the file",
    code: `import { SignJWT, importSPKI, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);\nconst key = await importSPKI(pem, 'PS256');\nawait jwtVerify(token, key);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'PS256',
        `import { SignJWT, importSPKI, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);\nconst key = await importSPKI(pem, 'PS256');\nawait jwtVerify(token, key, { algorithms: ['PS256'] });`,
      ),
    ],
  },
  {
    name: 'importSPKI inline as the key argument',
    code: `import { jwtVerify, importSPKI } from 'jose';\nawait jwtVerify(token, await importSPKI(pem, 'ES384'));`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'ES384',
        `import { jwtVerify, importSPKI } from 'jose';\nawait jwtVerify(token, await importSPKI(pem, 'ES384'), { algorithms: ['ES384'] });`,
      ),
    ],
  },
  {
    name: 'importSPKI with the algorithm in a const',
    code: `import { importSPKI, jwtVerify } from 'jose';\nconst ALG = 'ES256';\nconst key = await importSPKI(pem, ALG);\nawait jwtVerify(token, key);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'ES256',
        `import { importSPKI, jwtVerify } from 'jose';\nconst ALG = 'ES256';\nconst key = await importSPKI(pem, ALG);\nawait jwtVerify(token, key, { algorithms: ['ES256'] });`,
      ),
    ],
  },
  {
    name: 'importSPKI with an unknown algorithm and an HS256 builder in the file: RS256, never HMAC',
    code: `import { SignJWT, importSPKI, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);\nconst key = await importSPKI(pem, process.env.JWT_ALG);\nawait jwtVerify(token, key);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'RS256',
        `import { SignJWT, importSPKI, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);\nconst key = await importSPKI(pem, process.env.JWT_ALG);\nawait jwtVerify(token, key, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: "importJWK(jwk, 'ES256') as the key",
    code: `import { importJWK, jwtVerify } from 'jose';\nconst key = await importJWK(jwk, 'ES256');\nawait jwtVerify(token, key);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'ES256',
        `import { importJWK, jwtVerify } from 'jose';\nconst key = await importJWK(jwk, 'ES256');\nawait jwtVerify(token, key, { algorithms: ['ES256'] });`,
      ),
    ],
  },
  {
    name: "importJWK of an oct JWK literal with 'HS512' wins over an HS256 builder in the file",
    code: `import { SignJWT, importJWK, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(other);\nconst key = await importJWK({ kty: 'oct', k: process.env.JWK_K }, 'HS512');\nawait jwtVerify(token, key);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'HS512',
        `import { SignJWT, importJWK, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(other);\nconst key = await importJWK({ kty: 'oct', k: process.env.JWK_K }, 'HS512');\nawait jwtVerify(token, key, { algorithms: ['HS512'] });`,
      ),
    ],
  },
  {
    name: "importX509(cert, 'RS384') as the key",
    code: `import { importX509, jwtVerify } from 'jose';\nconst key = await importX509(x509, 'RS384');\nawait jwtVerify(token, key);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'RS384',
        `import { importX509, jwtVerify } from 'jose';\nconst key = await importX509(x509, 'RS384');\nawait jwtVerify(token, key, { algorithms: ['RS384'] });`,
      ),
    ],
  },
  {
    name: "importPKCS8(pem, 'ES256') for signing elsewhere in the file, a public key to verify",
    code: `import { SignJWT, importPKCS8, jwtVerify } from 'jose';\nconst privateKey = await importPKCS8(process.env.PRIVATE_PEM, 'ES256');\nexport const issue = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);\nexport const check = (token, publicKey) => jwtVerify(token, publicKey);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'ES256',
        `import { SignJWT, importPKCS8, jwtVerify } from 'jose';\nconst privateKey = await importPKCS8(process.env.PRIVATE_PEM, 'ES256');\nexport const issue = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);\nexport const check = (token, publicKey) => jwtVerify(token, publicKey, { algorithms: ['ES256'] });`,
      ),
    ],
  },
  {
    name: "importPKCS8(pem, 'EdDSA') alone names the file's algorithm",
    code: `import { importPKCS8, jwtVerify } from 'jose';\nconst signingKey = await importPKCS8(process.env.PRIVATE_PEM, 'EdDSA');\nawait jwtVerify(token, verificationKey);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'EdDSA',
        `import { importPKCS8, jwtVerify } from 'jose';\nconst signingKey = await importPKCS8(process.env.PRIVATE_PEM, 'EdDSA');\nawait jwtVerify(token, verificationKey, { algorithms: ['EdDSA'] });`,
      ),
    ],
  },

  // --- jose builders and key sets ---
  {
    name: 'setProtectedHeader({ alg }) of a SignJWT chain in the file',
    code: `import { SignJWT, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('2h').sign(privateKey);\nawait jwtVerify(token, key);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'ES256',
        `import { SignJWT, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('2h').sign(privateKey);\nawait jwtVerify(token, key, { algorithms: ['ES256'] });`,
      ),
    ],
  },
  {
    name: 'setProtectedHeader on a builder kept in a variable',
    code: `import { SignJWT, jwtVerify } from 'jose';\nconst builder = new SignJWT(claims);\nbuilder.setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' });\nawait builder.sign(privateKey);\nawait jwtVerify(token, key);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'EdDSA',
        `import { SignJWT, jwtVerify } from 'jose';\nconst builder = new SignJWT(claims);\nbuilder.setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' });\nawait builder.sign(privateKey);\nawait jwtVerify(token, key, { algorithms: ['EdDSA'] });`,
      ),
    ],
  },
  {
    name: 'setProtectedHeader with a const header object',
    code: `import { CompactSign, compactVerify } from 'jose';\nconst header = { alg: 'PS512' };\nawait new CompactSign(bytes).setProtectedHeader(header).sign(privateKey);\nawait compactVerify(jws, key);`,
    errors: [
      missing(
        'jose.compactVerify()',
        'PS512',
        `import { CompactSign, compactVerify } from 'jose';\nconst header = { alg: 'PS512' };\nawait new CompactSign(bytes).setProtectedHeader(header).sign(privateKey);\nawait compactVerify(jws, key, { algorithms: ['PS512'] });`,
      ),
    ],
  },
  {
    name: 'jose builders and jsonwebtoken sign calls both count',
    code: `import { SignJWT, jwtVerify } from 'jose';\nimport jwt from 'jsonwebtoken';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\nawait jwtVerify(token, key);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'ES256, RS256',
        `import { SignJWT, jwtVerify } from 'jose';\nimport jwt from 'jsonwebtoken';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\nawait jwtVerify(token, key, { algorithms: ['ES256', 'RS256'] });`,
      ),
    ],
  },
  {
    name: 'createRemoteJWKSet and nothing in the file: RS256',
    code: `import { createRemoteJWKSet, jwtVerify } from 'jose';\nconst keys = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));\nawait jwtVerify(token, keys);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'RS256',
        `import { createRemoteJWKSet, jwtVerify } from 'jose';\nconst keys = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));\nawait jwtVerify(token, keys, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'createLocalJWKSet: RS256',
    code: `import { createLocalJWKSet, jwtVerify } from 'jose';\nconst keys = createLocalJWKSet(keySet);\nawait jwtVerify(token, keys);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'RS256',
        `import { createLocalJWKSet, jwtVerify } from 'jose';\nconst keys = createLocalJWKSet(keySet);\nawait jwtVerify(token, keys, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'createRemoteJWKSet with only an HS256 builder in the file: RS256, never HMAC',
    code: `import { SignJWT, createRemoteJWKSet, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);\nconst keys = createRemoteJWKSet(new URL(issuerJwksUrl));\nawait jwtVerify(token, keys);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'RS256',
        `import { SignJWT, createRemoteJWKSet, jwtVerify } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);\nconst keys = createRemoteJWKSet(new URL(issuerJwksUrl));\nawait jwtVerify(token, keys, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'createRemoteJWKSet with HS256 and ES256 builders in the file: ES256',
    code: `import { SignJWT, createRemoteJWKSet, jwtVerify } from 'jose';\nawait new SignJWT(a).setProtectedHeader({ alg: 'HS256' }).sign(secret);\nawait new SignJWT(b).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);\nawait jwtVerify(token, createRemoteJWKSet(new URL(issuerJwksUrl)));`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'ES256',
        `import { SignJWT, createRemoteJWKSet, jwtVerify } from 'jose';\nawait new SignJWT(a).setProtectedHeader({ alg: 'HS256' }).sign(secret);\nawait new SignJWT(b).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);\nawait jwtVerify(token, createRemoteJWKSet(new URL(issuerJwksUrl)), { algorithms: ['ES256'] });`,
      ),
    ],
  },
  {
    name: "an EncryptJWT 'dir' header does not leak into a verify list",
    code: `import { EncryptJWT, jwtVerify } from 'jose';\nawait new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(secret);\nawait jwtVerify(token, secret);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'HS256',
        `import { EncryptJWT, jwtVerify } from 'jose';\nawait new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(secret);\nawait jwtVerify(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },

  // --- decrypt ---
  {
    name: 'decrypt: alg and enc of an EncryptJWT header in the file',
    code: `import { EncryptJWT, jwtDecrypt } from 'jose';\nawait new EncryptJWT(claims).setProtectedHeader({ alg: 'RSA-OAEP', enc: 'A128CBC-HS256' }).encrypt(publicKey);\nawait jwtDecrypt(jwe, privateKey);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'RSA-OAEP, A128CBC-HS256',
        `import { EncryptJWT, jwtDecrypt } from 'jose';\nawait new EncryptJWT(claims).setProtectedHeader({ alg: 'RSA-OAEP', enc: 'A128CBC-HS256' }).encrypt(publicKey);\nawait jwtDecrypt(jwe, privateKey, { keyManagementAlgorithms: ['RSA-OAEP'], contentEncryptionAlgorithms: ['A128CBC-HS256'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: "decrypt: an EncryptJWT header with 'dir' and a secret",
    code: `import { EncryptJWT, jwtDecrypt } from 'jose';\nconst secret = new TextEncoder().encode(process.env.JWE_SECRET);\nawait new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256CBC-HS512' }).encrypt(secret);\nawait jwtDecrypt(jwe, secret);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'dir, A256CBC-HS512',
        `import { EncryptJWT, jwtDecrypt } from 'jose';\nconst secret = new TextEncoder().encode(process.env.JWE_SECRET);\nawait new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256CBC-HS512' }).encrypt(secret);\nawait jwtDecrypt(jwe, secret, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256CBC-HS512'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: "decrypt: a TextEncoder secret literal and nothing in the file: 'dir'",
    code: `import { jwtDecrypt } from 'jose';\nconst secret = new TextEncoder().encode('a-32-byte-secret-a-32-byte-secre');\nawait jwtDecrypt(jwe, secret);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'dir, A256GCM',
        `import { jwtDecrypt } from 'jose';\nconst secret = new TextEncoder().encode('a-32-byte-secret-a-32-byte-secre');\nawait jwtDecrypt(jwe, secret, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: "decrypt: a TextEncoder secret from the environment: 'dir'",
    code: `import { jwtDecrypt } from 'jose';\nconst secret = new TextEncoder().encode(process.env.JWE_SECRET);\nawait jwtDecrypt(jwe, secret);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'dir, A256GCM',
        `import { jwtDecrypt } from 'jose';\nconst secret = new TextEncoder().encode(process.env.JWE_SECRET);\nawait jwtDecrypt(jwe, secret, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: "decrypt: a createSecretKey secret: 'dir'",
    code: `import { createSecretKey } from 'node:crypto';\nimport { jwtDecrypt } from 'jose';\nconst secret = createSecretKey(Buffer.from(process.env.JWE_SECRET, 'base64'));\nawait jwtDecrypt(jwe, secret);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'dir, A256GCM',
        `import { createSecretKey } from 'node:crypto';\nimport { jwtDecrypt } from 'jose';\nconst secret = createSecretKey(Buffer.from(process.env.JWE_SECRET, 'base64'));\nawait jwtDecrypt(jwe, secret, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: "decrypt: only the missing list is inferred, from the file's EncryptJWT header",
    code: `import { EncryptJWT, jwtDecrypt } from 'jose';\nawait new EncryptJWT(claims).setProtectedHeader({ alg: 'A256KW', enc: 'A192GCM' }).encrypt(kek);\nawait jwtDecrypt(jwe, kek, { keyManagementAlgorithms: ['A256KW'] });`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'A192GCM',
        `import { EncryptJWT, jwtDecrypt } from 'jose';\nawait new EncryptJWT(claims).setProtectedHeader({ alg: 'A256KW', enc: 'A192GCM' }).encrypt(kek);\nawait jwtDecrypt(jwe, kek, { keyManagementAlgorithms: ['A256KW'], contentEncryptionAlgorithms: ['A192GCM'] });`,
        'contentEncryptionAlgorithms',
      ),
    ],
  },
  {
    name: 'decrypt: a SignJWT alg in the file does not leak into the JWE lists',
    code: `import { SignJWT, jwtDecrypt } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);\nawait jwtDecrypt(jwe, key);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'RSA-OAEP-256, A256GCM',
        `import { SignJWT, jwtDecrypt } from 'jose';\nawait new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);\nawait jwtDecrypt(jwe, key, { keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: "decrypt: a jsonwebtoken sign with algorithm 'none' does not become a key management algorithm",
    code: `import jwt from 'jsonwebtoken';\nimport { jwtDecrypt } from 'jose';\njwt.sign(claims, '', { algorithm: 'none' });\nawait jwtDecrypt(jwe, key);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'RSA-OAEP-256, A256GCM',
        `import jwt from 'jsonwebtoken';\nimport { jwtDecrypt } from 'jose';\njwt.sign(claims, '', { algorithm: 'none' });\nawait jwtDecrypt(jwe, key, { keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// CommonJS (.cjs)
// ---------------------------------------------------------------------------------------------------------------

const cjsValid: Valid[] = [
  {
    name: 'cjs: verify with algorithms',
    code: `const jwt = require('jsonwebtoken');\njwt.verify(token, key, { algorithms: ['RS256'] });`,
  },
  {
    name: 'cjs: a relative ./jsonwebtoken module',
    code: `const jwt = require('./jsonwebtoken');\njwt.verify(token, key);`,
  },
  {
    name: 'cjs: a package whose name only starts like jsonwebtoken',
    code: `const jwt = require('jsonwebtoken-promisified');\njwt.verify(token, key);`,
  },
  {
    name: 'cjs: require with a dynamic module id',
    code: `const jwt = require(moduleName);\nconst other = require('jsonwebtoken');\njwt.verify(token, key);`,
  },
  {
    name: 'cjs: a jwt module passed in as a parameter',
    code: `const jsonwebtoken = require('jsonwebtoken');\nmodule.exports = (jwt) => jwt.verify(token, key);`,
  },
  {
    name: 'cjs: bcrypt and argon2 are not JWT libraries',
    code: `const argon2 = require('argon2');\nconst jwt = require('jsonwebtoken');\nargon2.verify(hash, password);`,
  },
  {
    name: 'cjs: jose decrypt with both lists',
    code: `const { jwtDecrypt } = require('jose');\njwtDecrypt(jwe, key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });`,
  },
];

const cjsInvalid: Invalid[] = [
  {
    name: "cjs: TypeScript's __importDefault(require()) output is followed to jsonwebtoken",
    code: `const jsonwebtoken_1 = __importDefault(require('jsonwebtoken'));\njsonwebtoken_1.default.verify(token, secret);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `const jsonwebtoken_1 = __importDefault(require('jsonwebtoken'));\njsonwebtoken_1.default.verify(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'cjs: jose 2 JWE.decrypt takes one list for key management and content encryption',
    code: `const { JWE } = require('jose');\nJWE.decrypt(jwe, key);`,
    errors: [
      missing('jose.JWE.decrypt()', 'RSA-OAEP-256, A256GCM', `const { JWE } = require('jose');\nJWE.decrypt(jwe, key, { algorithms: ['RSA-OAEP-256', 'A256GCM'] });`),
    ],
  },
  {
    name: 'cjs: const jwt = require()',
    code: `const jwt = require('jsonwebtoken');\njwt.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `const jwt = require('jsonwebtoken');\njwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'cjs: const { verify } = require()',
    code: `const { verify } = require('jsonwebtoken');\nverify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `const { verify } = require('jsonwebtoken');\nverify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'cjs: const { verify: v } = require()',
    code: `const { verify: v } = require('jsonwebtoken');\nv(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `const { verify: v } = require('jsonwebtoken');\nv(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'cjs: require().verify() directly',
    code: `require('jsonwebtoken').verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `require('jsonwebtoken').verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'cjs: let j; j = require()',
    code: `let j;\nj = require('jsonwebtoken');\nj.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `let j;\nj = require('jsonwebtoken');\nj.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'cjs: const j2 = jwt alias',
    code: `const jwt = require('jsonwebtoken');\nconst j2 = jwt;\nj2.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `const jwt = require('jsonwebtoken');\nconst j2 = jwt;\nj2.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'cjs: a callback in the options slot',
    code: `const jwt = require('jsonwebtoken');\njwt.verify(token, secret, function (err, decoded) {});`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `const jwt = require('jsonwebtoken');\njwt.verify(token, secret, { algorithms: ['HS256'] }, function (err, decoded) {});`),
    ],
  },
  {
    name: 'cjs: a const options object used only by this call',
    code: `const jwt = require('jsonwebtoken');\nconst verifyOptions = { issuer: 'auth', audience: 'api' };\nmodule.exports = (token) => jwt.verify(token, secret, verifyOptions);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `const jwt = require('jsonwebtoken');\nconst verifyOptions = { issuer: 'auth', audience: 'api', algorithms: ['HS256'] };\nmodule.exports = (token) => jwt.verify(token, secret, verifyOptions);`,
      ),
    ],
  },
  {
    name: 'cjs: util.promisify(jwt.verify)',
    code: `const util = require('util');\nconst jwt = require('jsonwebtoken');\nconst verifyAsync = util.promisify(jwt.verify);\nverifyAsync(token, secret);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `const util = require('util');\nconst jwt = require('jsonwebtoken');\nconst verifyAsync = util.promisify(jwt.verify);\nverifyAsync(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'cjs: const { promisify } = require(node:util)',
    code: `const { promisify } = require('node:util');\nconst { verify } = require('jsonwebtoken');\nconst verifyAsync = promisify(verify);\nverifyAsync(token, publicKey);`,
    errors: [
      missing(
        JWT_VERIFY,
        'RS256',
        `const { promisify } = require('node:util');\nconst { verify } = require('jsonwebtoken');\nconst verifyAsync = promisify(verify);\nverifyAsync(token, publicKey, { algorithms: ['RS256'] });`,
      ),
    ],
  },
  {
    name: 'cjs: const { jwtVerify } = require(jose)',
    code: `const { jwtVerify } = require('jose');\njwtVerify(token, secret);`,
    errors: [missing(JOSE_JWT_VERIFY, 'HS256', `const { jwtVerify } = require('jose');\njwtVerify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'cjs: const jose = require(jose); jose.jwtDecrypt',
    code: `const jose = require('jose');\njose.jwtDecrypt(jwe, key, {});`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'RSA-OAEP-256, A256GCM',
        `const jose = require('jose');\njose.jwtDecrypt(jwe, key, { keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] });`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: 'cjs: createSecretKey from require(crypto) with an RS256 sign in the file: HS256',
    code: `const crypto = require('crypto');\nconst jwt = require('jsonwebtoken');\nconst secret = crypto.createSecretKey(process.env.JWT_SECRET, 'utf8');\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\njwt.verify(token, secret);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `const crypto = require('crypto');\nconst jwt = require('jsonwebtoken');\nconst secret = crypto.createSecretKey(process.env.JWT_SECRET, 'utf8');\njwt.sign(claims, privateKey, { algorithm: 'RS256' });\njwt.verify(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'cjs: a double-quoted CommonJS file',
    code: `"use strict";\nconst jwt = require("jsonwebtoken");\njwt.verify(token, secret, { audience: "api" });`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `"use strict";\nconst jwt = require("jsonwebtoken");\njwt.verify(token, secret, { audience: "api", algorithms: ["HS256"] });`),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// TypeScript (.ts): suggestion outputs must type-check under strict
// ---------------------------------------------------------------------------------------------------------------

const tsDeclarations = `declare const token: string;\ndeclare const key: string;\n`;
const joseDeclarations = `declare const token: string;\ndeclare const key: Uint8Array;\n`;

const tsValid: Valid[] = [
  {
    name: 'ts: algorithms in a typed const options object',
    code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}const options: VerifyOptions = { algorithms: ['RS256'] };\njwt.verify(token, key, options);`,
  },
  {
    name: 'ts: algorithms behind as, satisfies and !',
    code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}const options = { algorithms: ['RS256'] } satisfies VerifyOptions;\njwt.verify(token, key, options as VerifyOptions);\njwt.verify(token, key, options!);\njwt.verify(token, key, <VerifyOptions>options);`,
  },
  {
    name: 'ts: options typed as a parameter',
    code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';\nexport function check(token: string, key: string, options: VerifyOptions) {\n  return jwt.verify(token, key, options);\n}`,
  },
  {
    name: 'ts: a NestJS-style injected JwtService',
    code: `import jsonwebtoken from 'jsonwebtoken';\ninterface JwtService { verify(token: string): unknown }\nexport class AuthGuard {\n  constructor(private readonly jwt: JwtService) {}\n  check(token: string) { return this.jwt.verify(token); }\n}`,
  },
  {
    name: 'ts: a type-only import of jsonwebtoken',
    code: `import type { verify } from 'jsonwebtoken';\ndeclare const check: typeof verify;\ncheck('t', 'k');`,
  },
  {
    name: 'ts: a .tsx component with verify calls that have their list (JSX does not crash the rule)',
    code: `import jwt from 'jsonwebtoken';\nimport { jwtVerify } from 'jose';\n${tsDeclarations}export const Badge = <T,>(props: { t: T }) => <span title={String(jwt.verify(token, key, { algorithms: ['RS256'] }))}>{jwtVerify<{ sub: string }>(token, new Uint8Array(), { algorithms: ['HS256'] }) && 'ok'}</span>;`,
    filename: 'component.tsx',
  },
  {
    name: 'ts: export import jwt = require() with the list',
    code: `export import jwt = require('jsonwebtoken');\n${tsDeclarations}jwt.verify(token, key, { algorithms: ['RS256'] });`,
    filename: 'file.cts',
  },
  {
    name: 'ts: jose jwtVerify generic with algorithms',
    code: `import { jwtVerify } from 'jose';\n${joseDeclarations}await jwtVerify<{ sub: string }>(token, key, { algorithms: ['HS256'] });`,
  },
];

const tsInvalid: Invalid[] = [
  {
    name: 'ts: verify with no options',
    code: `import jwt from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'ts: an env key with a non-null assertion',
    code: `import jwt from 'jsonwebtoken';\ndeclare const token: string;\njwt.verify(token, process.env.JWT_SECRET!);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\ndeclare const token: string;\njwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'ts: a key with an as assertion',
    code: `import jwt from 'jsonwebtoken';\ndeclare const token: string;\ndeclare const config: Record<string, unknown>;\njwt.verify(token, config.secret as string);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\ndeclare const token: string;\ndeclare const config: Record<string, unknown>;\njwt.verify(token, config.secret as string, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'ts: a typed callback in the options slot',
    code: `import jwt, { type VerifyErrors } from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, (err: VerifyErrors | null) => {});`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt, { type VerifyErrors } from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, { algorithms: ['HS256'] }, (err: VerifyErrors | null) => {});`,
      ),
    ],
  },
  {
    name: 'ts: a const options object with a type annotation gets the list',
    code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}const options: VerifyOptions = { audience: 'api' };\njwt.verify(token, secret, options);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}const options: VerifyOptions = { audience: 'api', algorithms: ['HS256'] };\njwt.verify(token, secret, options);`,
      ),
    ],
  },
  {
    name: 'ts: a const options object with satisfies gets the list',
    code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}const options = { audience: 'api' } satisfies VerifyOptions;\njwt.verify(token, secret, options);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}const options = { audience: 'api', algorithms: ['HS256'] } satisfies VerifyOptions;\njwt.verify(token, secret, options);`,
      ),
    ],
  },
  {
    name: 'ts: an inline options object with an as assertion gets the list inside',
    code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, { audience: 'api' } as VerifyOptions);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, { audience: 'api', algorithms: ['HS256'] } as VerifyOptions);`,
      ),
    ],
  },
  {
    name: 'ts: an inline options object with an angle-bracket assertion gets the list inside',
    code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, <VerifyOptions>{ audience: 'api' });`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, <VerifyOptions>{ audience: 'api', algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'ts: a typed const options object in a .cts file with import = require',
    code: `import jwt = require('jsonwebtoken');\n${tsDeclarations}const options: jwt.VerifyOptions = { audience: 'api' };\njwt.verify(token, secret, options);`,
    filename: 'file.cts',
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt = require('jsonwebtoken');\n${tsDeclarations}const options: jwt.VerifyOptions = { audience: 'api', algorithms: ['HS256'] };\njwt.verify(token, secret, options);`,
      ),
    ],
  },
  {
    name: 'ts: an untyped const options object: reported, no suggestion (string[] would not fit Algorithm[])',
    code: `import jwt from 'jsonwebtoken';\n${tsDeclarations}const options = { audience: 'api' };\njwt.verify(token, secret, options);`,
    errors: [missingWithoutSuggestion(JWT_VERIFY)],
  },
  {
    name: 'ts: a const options object with an as assertion: reported, no suggestion',
    code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}const options = { audience: 'api' } as VerifyOptions;\njwt.verify(token, secret, options);`,
    errors: [missingWithoutSuggestion(JWT_VERIFY)],
  },
  {
    name: 'ts: a const options object with as const: reported, no suggestion',
    code: `import jwt from 'jsonwebtoken';\n${tsDeclarations}const options = { audience: 'api' } as const;\njwt.verify(token, secret, options);`,
    errors: [missingWithoutSuggestion(JWT_VERIFY)],
  },
  {
    name: 'ts: an untyped const options object in a .mts file: reported, no suggestion',
    code: `import jwt from 'jsonwebtoken';\n${tsDeclarations}const options = { audience: 'api' };\njwt.verify(token, secret, options);`,
    filename: 'file.mts',
    errors: [missingWithoutSuggestion(JWT_VERIFY)],
  },
  {
    name: 'ts: an inline options object with satisfies gets the list inside',
    code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, { audience: 'api' } satisfies VerifyOptions);`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt, { type VerifyOptions } from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, { audience: 'api', algorithms: ['HS256'] } satisfies VerifyOptions);`,
      ),
    ],
  },
  {
    name: 'ts: an inline as const options object gets the list inside',
    code: `import jwt from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, { audience: 'api' } as const);`,
    errors: [
      missing(JWT_VERIFY, 'HS256', `import jwt from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, { audience: 'api', algorithms: ['HS256'] } as const);`),
    ],
  },
  {
    name: 'ts: an inline Object.freeze options object: string[] would not fit Algorithm[], so no suggestion',
    code: `import jwt from 'jsonwebtoken';\n${tsDeclarations}jwt.verify(token, secret, Object.freeze({ audience: 'api' }));`,
    errors: [missingWithoutSuggestion(JWT_VERIFY)],
  },
  {
    name: 'ts: an untyped const Object.freeze options object: reported, no suggestion',
    code: `import jwt from 'jsonwebtoken';\n${tsDeclarations}const options = Object.freeze({ audience: 'api' });\njwt.verify(token, secret, options);`,
    errors: [missingWithoutSuggestion(JWT_VERIFY)],
  },
  {
    name: 'ts: import jwt = require() in a .cts file',
    code: `import jwt = require('jsonwebtoken');\n${tsDeclarations}jwt.verify(token, secret);`,
    filename: 'file.cts',
    errors: [missing(JWT_VERIFY, 'HS256', `import jwt = require('jsonwebtoken');\n${tsDeclarations}jwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'ts: jose jwtVerify with a type argument',
    code: `import { jwtVerify } from 'jose';\n${joseDeclarations}await jwtVerify<{ sub: string }>(token, secret);`,
    errors: [
      missing(JOSE_JWT_VERIFY, 'HS256', `import { jwtVerify } from 'jose';\n${joseDeclarations}await jwtVerify<{ sub: string }>(token, secret, { algorithms: ['HS256'] });`),
    ],
  },
  {
    name: 'ts: jose jwtVerify with a typed const options object',
    code: `import { jwtVerify, type JWTVerifyOptions } from 'jose';\n${joseDeclarations}const options: JWTVerifyOptions = {\n  issuer: 'auth',\n  audience: 'api',\n};\nawait jwtVerify(token, secret, options);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'HS256',
        `import { jwtVerify, type JWTVerifyOptions } from 'jose';\n${joseDeclarations}const options: JWTVerifyOptions = {\n  issuer: 'auth',\n  audience: 'api',\n  algorithms: ['HS256'],\n};\nawait jwtVerify(token, secret, options);`,
      ),
    ],
  },
  {
    name: 'ts: jose jwtDecrypt with a typed const options object',
    code: `import { jwtDecrypt, type JWTDecryptOptions } from 'jose';\n${joseDeclarations}const options: JWTDecryptOptions = { issuer: 'auth' };\nawait jwtDecrypt(token, key, options);`,
    errors: [
      missing(
        JOSE_JWT_DECRYPT,
        'RSA-OAEP-256, A256GCM',
        `import { jwtDecrypt, type JWTDecryptOptions } from 'jose';\n${joseDeclarations}const options: JWTDecryptOptions = { issuer: 'auth', keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] };\nawait jwtDecrypt(token, key, options);`,
        BOTH_LISTS,
      ),
    ],
  },
  {
    name: 'ts: jose jwtVerify with a TextEncoder secret and a non-null env read',
    code: `import { jwtVerify } from 'jose';\ndeclare const token: string;\nconst secret = new TextEncoder().encode(process.env.JWT_SECRET!);\nawait jwtVerify(token, secret);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'HS256',
        `import { jwtVerify } from 'jose';\ndeclare const token: string;\nconst secret = new TextEncoder().encode(process.env.JWT_SECRET!);\nawait jwtVerify(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
  {
    name: 'ts: a verify call inside a decorated class',
    code: `import jwt from 'jsonwebtoken';\ndeclare function Injectable(): ClassDecorator;\ndeclare const key: string;\n@Injectable()\nexport class AuthService {\n  check(token: string) {\n    return jwt.verify(token, secret);\n  }\n}`,
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\ndeclare function Injectable(): ClassDecorator;\ndeclare const key: string;\n@Injectable()\nexport class AuthService {\n  check(token: string) {\n    return jwt.verify(token, secret, { algorithms: ['HS256'] });\n  }\n}`,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// No globals at all (.ts): require, Buffer, TextEncoder are undeclared references
// ---------------------------------------------------------------------------------------------------------------

const bareInvalid: Invalid[] = [
  {
    name: 'bare: require() without a declared require global',
    code: `const jwt = require('jsonwebtoken');\n${tsDeclarations}jwt.verify(token, secret);`,
    errors: [missing(JWT_VERIFY, 'HS256', `const jwt = require('jsonwebtoken');\n${tsDeclarations}jwt.verify(token, secret, { algorithms: ['HS256'] });`)],
  },
  {
    name: 'bare: const { jwtVerify } = require(jose) without a declared require global',
    code: `const { jwtVerify } = require('jose');\n${joseDeclarations}await jwtVerify(token, secret);`,
    errors: [
      missing(JOSE_JWT_VERIFY, 'HS256', `const { jwtVerify } = require('jose');\n${joseDeclarations}await jwtVerify(token, secret, { algorithms: ['HS256'] });`),
    ],
  },
  {
    name: 'bare: an undeclared TextEncoder secret literal keeps only the HMAC algorithms of the file',
    code: `import { SignJWT, jwtVerify } from 'jose';\ndeclare const token: string;\ndeclare const privateKey: Uint8Array;\nconst secret = new TextEncoder().encode('shhhhh');\nawait new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);\nawait jwtVerify(token, secret);`,
    errors: [
      missing(
        JOSE_JWT_VERIFY,
        'HS256',
        `import { SignJWT, jwtVerify } from 'jose';\ndeclare const token: string;\ndeclare const privateKey: Uint8Array;\nconst secret = new TextEncoder().encode('shhhhh');\nawait new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);\nawait jwtVerify(token, secret, { algorithms: ['HS256'] });`,
      ),
    ],
  },
];

const bareValid: Valid[] = [
  {
    name: 'bare: require of another module',
    code: `const jwt = require('jsonwebtoken-lite');\nimport type {} from 'jsonwebtoken';\njwt.verify('t', 'k');`,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// JSX (.jsx)
// ---------------------------------------------------------------------------------------------------------------

const jsxInvalid: Invalid[] = [
  {
    name: 'jsx: a verify call inside a component',
    code: `import jwt from 'jsonwebtoken';\nexport const Badge = ({ token }) => <span>{jwt.verify(token, secret).sub}</span>;`,
    filename: 'component.jsx',
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    errors: [
      missing(
        JWT_VERIFY,
        'HS256',
        `import jwt from 'jsonwebtoken';\nexport const Badge = ({ token }) => <span>{jwt.verify(token, secret, { algorithms: ['HS256'] }).sub}</span>;`,
      ),
    ],
  },
];

jsRuleTester.run('require-algorithms (ESM)', rule, { valid: esmValid, invalid: [...esmInvalid, ...jsxInvalid] });
jsRuleTester.run('require-algorithms (inference)', rule, { valid: [], invalid: inference });
cjsRuleTester.run('require-algorithms (CommonJS)', rule, { valid: cjsValid, invalid: cjsInvalid });
tsRuleTester.run('require-algorithms (TypeScript)', rule, { valid: tsValid, invalid: tsInvalid });
bareRuleTester.run('require-algorithms (no globals)', rule, { valid: bareValid, invalid: bareInvalid });

// ---------------------------------------------------------------------------------------------------------------
// Options: the rule has none
// ---------------------------------------------------------------------------------------------------------------

describe('require-algorithms options', () => {
  const verify = (ruleOptions: unknown[]): unknown =>
    new Linter().verify(`import jwt from 'jsonwebtoken';\njwt.verify(token, key);`, {
      plugins: { 'secure-jwt': { rules: { 'require-algorithms': rule as never } } },
      rules: { 'secure-jwt/require-algorithms': ['error', ...ruleOptions] as never },
    });

  it('runs with no options', () => {
    expect(verify([])).toHaveLength(1);
  });

  it('rejects an options object', () => {
    expect(() => verify([{ algorithms: ['RS256'] }])).toThrow(/require-algorithms.*(?:should NOT have more than 0 items|must NOT have more than 0 items)/su);
  });

  it('rejects an empty options object too', () => {
    expect(() => verify([{}])).toThrow(/require-algorithms/u);
  });

  it('rejects a string option', () => {
    expect(() => verify(['always'])).toThrow(/require-algorithms/u);
  });
});
