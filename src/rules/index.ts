import noHardcodedSecret from './no-hardcoded-secret.js';
import requireAlgorithms from './require-algorithms.js';
import requireExpiration from './require-expiration.js';

export const rules = {
  'no-hardcoded-secret': noHardcodedSecret,
  'require-algorithms': requireAlgorithms,
  'require-expiration': requireExpiration,
};
