import noHardcodedSecret from './no-hardcoded-secret.js';
import noWeakEnvSecret from './no-weak-env-secret.js';
import requireAlgorithms from './require-algorithms.js';
import requireExpiration from './require-expiration.js';

export const rules = {
  'no-hardcoded-secret': noHardcodedSecret,
  'no-weak-env-secret': noWeakEnvSecret,
  'require-algorithms': requireAlgorithms,
  'require-expiration': requireExpiration,
};
