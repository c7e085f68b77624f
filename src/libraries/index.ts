import { expressJwt, koaJwt } from './express-jwt.js';
import { fastJwt, fastifyJwt } from './fastify.js';
import { hono } from './hono.js';
import { jose } from './jose.js';
import { jsonwebtoken } from './jsonwebtoken.js';
import { nestjsConfig, nestjsJwt } from './nestjs.js';
import { authCore, nextAuthLibrary } from './next-auth.js';
import { nodeBuffer, nodeCrypto, nodeModule, nodeUtil } from './node.js';
import { nestjsPassport, passportJwt } from './passport-jwt.js';
import { betterAuth, elysiaJwt, hapiJwt, jwsLibrary, jwtSimple } from './small.js';
import type { LibraryModel } from './types.js';

/** JWT libraries: a file that loads none of them is skipped at once. */
export const jwtLibraries: readonly LibraryModel[] = [
  jsonwebtoken,
  jose,
  expressJwt,
  koaJwt,
  passportJwt,
  nestjsJwt,
  fastifyJwt,
  fastJwt,
  hono,
  jwtSimple,
  jwsLibrary,
  nextAuthLibrary,
  authCore,
  elysiaJwt,
  betterAuth,
  hapiJwt,
];

/** Modules that only matter once a JWT library is in the file (key makers, config readers, mixins, module plumbing). */
export const helperLibraries: readonly LibraryModel[] = [nodeCrypto, nodeBuffer, nodeUtil, nodeModule, nestjsConfig, nestjsPassport];

export const allLibraries: readonly LibraryModel[] = [...jwtLibraries, ...helperLibraries];

export type * from './types.js';
export { RETURNS } from './types.js';
