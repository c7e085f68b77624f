export { envRead, insertBeforeMember, isTypeScriptFile, nonNull, stringLiteral } from './edits.js';
export { envFallbacks, type EnvFallback } from './env-fallbacks.js';
export { onAnyFile, onJwtFile, type CallSite, type JwtFile } from './file.js';
export { lookupPlace, payloadShape } from './options.js';
export {
  allowListOf,
  expiryOf,
  keySlots,
  unexpiredBuilderCalls,
  type AllowListAnswer,
  type ExpiryAnswer,
  type KeySlot,
} from './questions.js';
export { unwrap } from './syntax.js';
export { classifyKey, type Fallback, type KeyValue } from './values.js';
