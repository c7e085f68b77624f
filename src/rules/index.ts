import noAlgorithmConfusion from './no-algorithm-confusion.js';
import noExpiryUnitMistake from './no-expiry-unit-mistake.js';
import noHardcodedSecret from './no-hardcoded-secret.js';
import noIgnoreExpiration from './no-ignore-expiration.js';
import noInsecureKeyOptions from './no-insecure-key-options.js';
import noKeyOrTokenInEnv from './no-key-or-token-in-env.js';
import noNoneAlgorithm from './no-none-algorithm.js';
import noRealSecretInEnvExample from './no-real-secret-in-env-example.js';
import noSensitivePayload from './no-sensitive-payload.js';
import noUnverifiedDecode from './no-unverified-decode.js';
import noWeakEnvSecret from './no-weak-env-secret.js';
import requireAlgorithms from './require-algorithms.js';
import requireExpiration from './require-expiration.js';

export const rules = {
  'no-algorithm-confusion': noAlgorithmConfusion,
  'no-expiry-unit-mistake': noExpiryUnitMistake,
  'no-hardcoded-secret': noHardcodedSecret,
  'no-ignore-expiration': noIgnoreExpiration,
  'no-insecure-key-options': noInsecureKeyOptions,
  'no-key-or-token-in-env': noKeyOrTokenInEnv,
  'no-none-algorithm': noNoneAlgorithm,
  'no-real-secret-in-env-example': noRealSecretInEnvExample,
  'no-sensitive-payload': noSensitivePayload,
  'no-unverified-decode': noUnverifiedDecode,
  'no-weak-env-secret': noWeakEnvSecret,
  'require-algorithms': requireAlgorithms,
  'require-expiration': requireExpiration,
};
