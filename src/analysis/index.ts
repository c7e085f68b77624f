export { envRead, insertBeforeMember, isTypeScriptFile, nonNull, secretEditTarget, stringLiteral } from './edits.js';
export { onJwtFile, type CallSite, type JwtFile } from './file.js';
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
