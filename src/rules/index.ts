import noAlgorithmConfusion from './no-algorithm-confusion.js';
import noHardcodedSecret from './no-hardcoded-secret.js';
import noIgnoreExpiration from './no-ignore-expiration.js';
import noInsecureKeyOptions from './no-insecure-key-options.js';
import noNoneAlgorithm from './no-none-algorithm.js';
import requireAlgorithms from './require-algorithms.js';
import requireExpiration from './require-expiration.js';

export const rules = {
  'no-algorithm-confusion': noAlgorithmConfusion,
  'no-hardcoded-secret': noHardcodedSecret,
  'no-ignore-expiration': noIgnoreExpiration,
  'no-insecure-key-options': noInsecureKeyOptions,
  'no-none-algorithm': noNoneAlgorithm,
  'require-algorithms': requireAlgorithms,
  'require-expiration': requireExpiration,
};
