export { suggestEncryptionAlgorithms, suggestSigningAlgorithms } from './algorithms.js';
export {
  envRead,
  insertBeforeMember,
  isTypeScriptFile,
  nonNull,
  setOptionsFix,
  stringLiteral,
  type NewOption,
} from './edits.js';
export { onJwtFile, type FunctionCall, type JwtFile } from './file.js';
export { argumentAt, lookupOption, payloadShape, type OptionLookup } from './options.js';
export { keySlots, type KeySlot } from './slots.js';
export { unwrap } from './syntax.js';
export { classifyKey, type Fallback, type KeyValue } from './values.js';
