export { collectAlgorithms, suggestEncryptionAlgorithms, suggestSigningAlgorithms } from './algorithms.js';
export type { BuilderUse, MethodCall } from './builders.js';
export {
  canExtendOptions,
  envRead,
  insertArgumentAfter,
  insertBeforeMember,
  insertProperty,
  isTypeScriptFile,
  nonNull,
  setOptionsFix,
  stringLiteral,
  type NewOption,
} from './edits.js';
export { analyzeFile, onJwtFile, type FunctionCall, type JwtFile } from './file.js';
export { argumentAt, isNothing, lookupOption, payloadShape, type OptionLookup, type PayloadShape } from './options.js';
export { keySlots, type KeySlot } from './slots.js';
export { unwrap } from './syntax.js';
export { classifyKey, type Fallback, type KeyValue } from './values.js';
