export { envRead, insertBeforeMember, isTypeScriptFile, nonNull, secretEditTarget, stringLiteral } from './edits.js';
export { envFallbacks, mayHaveEnvFallbacks, type EnvFallback } from './env-fallbacks.js';
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
export { trustedDecodes, type TrustedDecode, type TrustUse } from './decodes.js';
export { describeSeconds, durationSeconds } from './durations.js';
export { DEFAULT_SENSITIVE_KEYS, payloadEntries, signedPayloads, type PayloadEntry, type SignedPayload } from './payload.js';
export { builderLifetimes, lifetimeOf, lifetimeUnitMistakes, millisecondClaims, type Lifetime, type LifetimeUnitMistake, type MillisecondClaim } from './time-units.js';
export {
  allowListValues,
  falsyVerificationKeys,
  isKnownSecret,
  isVisiblyAsymmetric,
  jwsAlgorithmKind,
  keyAlgorithm,
  signingAlgorithms,
  unsecuredSites,
  verificationKeys,
  type AllowListEntry,
  type AllowListValue,
  type FalsyKey,
  type SigningAlgorithm,
} from './allow-lists.js';
export { weakeningsOf, type Weakening, type WeakeningEffect } from './weakening.js';
export { removeItemFix } from './removal.js';
export { memoize } from './memo.js';
