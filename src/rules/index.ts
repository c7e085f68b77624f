import noExpiryUnitMistake from './no-expiry-unit-mistake.js';
import noHardcodedSecret from './no-hardcoded-secret.js';
import noSensitivePayload from './no-sensitive-payload.js';
import noUnverifiedDecode from './no-unverified-decode.js';
import requireAlgorithms from './require-algorithms.js';
import requireExpiration from './require-expiration.js';

export const rules = {
  'no-expiry-unit-mistake': noExpiryUnitMistake,
  'no-hardcoded-secret': noHardcodedSecret,
  'no-sensitive-payload': noSensitivePayload,
  'no-unverified-decode': noUnverifiedDecode,
  'require-algorithms': requireAlgorithms,
  'require-expiration': requireExpiration,
};
