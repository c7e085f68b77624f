import noHardcodedSecret from './no-hardcoded-secret.js';
import noKeyOrTokenInEnv from './no-key-or-token-in-env.js';
import noRealSecretInEnvExample from './no-real-secret-in-env-example.js';
import noWeakEnvSecret from './no-weak-env-secret.js';
import requireAlgorithms from './require-algorithms.js';
import requireExpiration from './require-expiration.js';

export const rules = {
  'no-hardcoded-secret': noHardcodedSecret,
  'no-key-or-token-in-env': noKeyOrTokenInEnv,
  'no-real-secret-in-env-example': noRealSecretInEnvExample,
  'no-weak-env-secret': noWeakEnvSecret,
  'require-algorithms': requireAlgorithms,
  'require-expiration': requireExpiration,
};
