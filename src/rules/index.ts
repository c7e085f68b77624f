import noExpiryUnitMistake from './no-expiry-unit-mistake.js';
import noHardcodedSecret from './no-hardcoded-secret.js';
import noKeyOrTokenInEnv from './no-key-or-token-in-env.js';
import noRealSecretInEnvExample from './no-real-secret-in-env-example.js';
import noWeakEnvSecret from './no-weak-env-secret.js';
import noSensitivePayload from './no-sensitive-payload.js';
import noUnverifiedDecode from './no-unverified-decode.js';
import requireAlgorithms from './require-algorithms.js';
import requireExpiration from './require-expiration.js';

export const rules = {
  'no-expiry-unit-mistake': noExpiryUnitMistake,
  'no-hardcoded-secret': noHardcodedSecret,
  'no-key-or-token-in-env': noKeyOrTokenInEnv,
  'no-real-secret-in-env-example': noRealSecretInEnvExample,
  'no-weak-env-secret': noWeakEnvSecret,
  'no-sensitive-payload': noSensitivePayload,
  'no-unverified-decode': noUnverifiedDecode,
  'require-algorithms': requireAlgorithms,
  'require-expiration': requireExpiration,
};
