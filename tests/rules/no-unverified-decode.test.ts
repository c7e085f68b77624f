/**
 * no-unverified-decode: a decode that does not check the signature, whose claims then decide who
 * the caller is or what it may do, with no verification of the same token in the function.
 */
import type { InvalidTestCase, TestCaseError, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/no-unverified-decode.js';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from './tester.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const DECODE = 'jsonwebtoken.decode()';
const JWT = `import jwt from 'jsonwebtoken';\n`;

function error(messageId: MessageIds, api = DECODE): TestCaseError<MessageIds> {
  return { messageId, data: { api } };
}

const valid: Valid[] = [
  { name: 'verify instead of decode', code: `${JWT}export function authenticate(token) { return jwt.verify(token, key, { algorithms: ['HS256'] }); }` },
  {
    name: 'decode to read the header and choose a key, then verify',
    code: `${JWT}export function authenticate(token) {\n  const { header } = jwt.decode(token, { complete: true });\n  return jwt.verify(token, keys[header.kid], { algorithms: ['RS256'] });\n}`,
  },
  {
    name: 'decode(...).header.kid picks a key',
    code: `${JWT}function keyFor(token) { return keys[jwt.decode(token, { complete: true }).header.kid]; }`,
  },
  {
    name: 'jose decodeProtectedHeader picks a key',
    code: `import { decodeProtectedHeader } from 'jose';\nexport function currentUserKey(token) { return decodeProtectedHeader(token); }`,
  },
  {
    name: 'decoded and verified in the same function',
    code: `${JWT}export function authenticate(req) {\n  const token = req.headers.authorization;\n  const claims = jwt.decode(token);\n  jwt.verify(token, key, { algorithms: ['HS256'] });\n  req.user = claims;\n}`,
  },
  {
    name: 'decoded inside the callback of a verify of the same token',
    code: `${JWT}jwt.verify(token, key, { algorithms: ['HS256'] }, (err) => {\n  if (!err) req.user = jwt.decode(token);\n});`,
  },
  { name: 'reading exp to schedule a refresh', code: `${JWT}const { exp } = jwt.decode(token);\nscheduleRefresh(exp * 1000 - Date.now());` },
  { name: 'an expiry read returned from getUserTokenExpiry', code: `${JWT}export function getUserTokenExpiry(t) { return jwt.decode(t).exp; }` },
  { name: 'an expiry compared to decide on a refresh', code: `${JWT}const claims = jwt.decode(token);\nif (claims.exp === undefined) refresh();` },
  { name: 'a destructured iat compared', code: `${JWT}const { iat } = jwt.decode(token);\nif (iat !== lastIat) refresh();` },
  { name: 'logging the claims', code: `${JWT}console.log(jwt.decode(token));` },
  { name: 'returned from a helper with a neutral name', code: `${JWT}export function decodeToken(token) { return jwt.decode(token); }` },
  { name: 'a null check on the whole result', code: `${JWT}const claims = jwt.decode(token);\nif (!claims) throw new Error('malformed');` },
  { name: 'stored on this (client-side store)', code: `${JWT}class Store { load(t) { this.user = jwt.decode(t); } }` },
  { name: 'jwt-simple decode that verifies', code: `import jwt from 'jwt-simple';\nexport function authenticate(t) { return jwt.decode(t, key, false, 'HS256'); }` },
  { name: 'a non-auth property assignment', code: `${JWT}cache.lastToken = jwt.decode(token);` },
];

const invalid: Invalid[] = [
  {
    name: 'returned from an auth function',
    code: `${JWT}export function authenticate(token) {\n  return jwt.decode(token);\n}`,
    errors: [{ ...error('unverifiedReturned'), line: 3, column: 10 }],
  },
  {
    name: 'returned through a variable from getUser',
    code: `${JWT}export const getUser = (token) => {\n  const payload = jwt.decode(token);\n  return payload;\n};`,
    errors: [error('unverifiedReturned')],
  },
  {
    name: 'arrow body of a method named validate',
    code: `${JWT}const strategy = { validate: (token) => jwt.decode(token) };`,
    errors: [error('unverifiedReturned')],
  },
  {
    name: 'assigned to req.user',
    code: `${JWT}app.use((req, res, next) => {\n  req.user = jwt.decode(req.headers.authorization);\n  next();\n});`,
    errors: [error('unverifiedStored')],
  },
  {
    name: 'assigned to res.locals',
    code: `${JWT}function middleware(req, res, next) {\n  const claims = jwt.decode(req.cookies.token);\n  res.locals.claims = claims;\n  next();\n}`,
    errors: [error('unverifiedStored')],
  },
  {
    name: 'assigned to ctx.state.user',
    code: `${JWT}export async function koaAuth(ctx, next) {\n  ctx.state.user = jwt.decode(ctx.get('authorization'));\n  await next();\n}`,
    errors: [error('unverifiedStored')],
  },
  {
    name: 'a role compared',
    code: `${JWT}export function handler(req, res) {\n  const claims = jwt.decode(req.headers.authorization);\n  if (claims.role === 'admin') res.send(secrets);\n}`,
    errors: [error('unverifiedCompared')],
  },
  {
    name: 'a destructured id compared',
    code: `${JWT}const { sub } = jwt.decode(token);\nif (sub !== params.userId) throw new Error('forbidden');`,
    errors: [error('unverifiedCompared')],
  },
  {
    name: 'roles.includes',
    code: `${JWT}if (jwt.decode(token).roles.includes('admin')) grant();`,
    errors: [error('unverifiedCompared')],
  },
  {
    name: 'a boolean claim as a condition',
    code: `${JWT}const claims = jwt.decode(token);\nif (claims.isAdmin) grant();`,
    errors: [error('unverifiedCompared')],
  },
  {
    name: 'complete decode, payload stored',
    code: `${JWT}req.user = jwt.decode(token, { complete: true }).payload;`,
    errors: [error('unverifiedStored')],
  },
  {
    name: 'a verify of a different token does not count',
    code: `${JWT}export function authenticate(a, b) {\n  jwt.verify(a, key, { algorithms: ['HS256'] });\n  return jwt.decode(b);\n}`,
    errors: [error('unverifiedReturned')],
  },
  {
    name: 'jose decodeJwt stored',
    code: `import { decodeJwt } from 'jose';\nexport function middleware(request) {\n  request.user = decodeJwt(request.cookies.get('session'));\n}`,
    errors: [error('unverifiedStored', 'jose.decodeJwt()')],
  },
  {
    name: 'hono decode compared',
    code: `import { decode } from 'hono/jwt';\napp.get('/admin', (c) => {\n  const { payload } = decode(c.req.header('authorization'));\n  if (payload.role !== 'admin') return c.text('no', 403);\n});`,
    errors: [error('unverifiedCompared', 'hono decode()')],
  },
  {
    name: 'jwt-simple decode with noVerify true',
    code: `import jwt from 'jwt-simple';\nexport function authenticate(t) { return jwt.decode(t, key, true); }`,
    errors: [error('unverifiedReturned', 'jwt-simple decode()')],
  },
  {
    name: 'jws decode returned from currentUser',
    code: `import jws from 'jws';\nexport function currentUser(t) { return jws.decode(t); }`,
    errors: [error('unverifiedReturned', 'jws.decode()')],
  },
  {
    name: 'await of a decode',
    code: `${JWT}export async function authorize(t) { const c = await jwt.decode(t); return c; }`,
    errors: [error('unverifiedReturned')],
  },
];

jsRuleTester.run('no-unverified-decode (ES modules)', rule, { valid, invalid });

tsRuleTester.run('no-unverified-decode (TypeScript)', rule, {
  valid: [
    {
      name: 'NestJS: verifyAsync in the guard',
      code: `import { JwtService } from '@nestjs/jwt';\nexport class AuthGuard {\n  constructor(private readonly jwt: JwtService) {}\n  async canActivate(req: { user?: unknown; token: string }) {\n    req.user = await this.jwt.verifyAsync(req.token);\n    return true;\n  }\n}`,
    },
  ],
  invalid: [
    {
      name: 'NestJS: JwtService.decode stored on the request',
      code: `import { JwtService } from '@nestjs/jwt';\nexport class AuthGuard {\n  constructor(private readonly jwt: JwtService) {}\n  canActivate(req: { user?: unknown; token: string }) {\n    req.user = this.jwt.decode(req.token);\n    return true;\n  }\n}`,
      errors: [error('unverifiedStored', 'JwtService.decode()')],
    },
    {
      name: 'decode behind `as`',
      code: `import jwt from 'jsonwebtoken';\nexport function getSession(t: string) { return jwt.decode(t) as { sub: string }; }`,
      errors: [error('unverifiedReturned')],
    },
  ],
});

cjsRuleTester.run('no-unverified-decode (CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      name: 'require and decode stored',
      code: `const jwt = require('jsonwebtoken');\nmodule.exports = (req, res, next) => { req.auth = jwt.decode(req.headers.authorization); next(); };`,
      errors: [error('unverifiedStored')],
    },
  ],
});
