import { jose } from './jose.js';
import { jsonwebtoken } from './jsonwebtoken.js';
import { nodeBuffer, nodeCrypto, nodeModule, nodeUtil } from './node.js';
import type { LibraryModel } from './types.js';

/** JWT libraries: a file that mentions none of their module ids is skipped at once. */
export const jwtLibraries: readonly LibraryModel[] = [jsonwebtoken, jose];

/** Modules that only matter once a JWT library is in the file (key makers and module plumbing). */
export const helperLibraries: readonly LibraryModel[] = [nodeCrypto, nodeBuffer, nodeUtil, nodeModule];

export const allLibraries: readonly LibraryModel[] = [...jwtLibraries, ...helperLibraries];

export type * from './types.js';
export { RETURNS } from './types.js';
