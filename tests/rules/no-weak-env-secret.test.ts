import type { Rule } from 'eslint';
import { vi } from 'vitest';
import rule from '../../src/rules/no-weak-env-secret.js';
import { dotenvRuleTester } from './dotenv-tester.js';

// A fixed "random" value per length, so suggestion outputs are known.
vi.mock('../../src/languages/dotenv/random.js', () => ({ randomSecret: (bytes: number) => `RANDOM${bytes}` }));

const strong = 'Vq7bN2kLpX9wRt4ZsY1cHm8dFj3gKe6a'; // fake: 32 characters of mixed classes, no words

dotenvRuleTester.run('no-weak-env-secret', rule as unknown as Rule.RuleModule, {
  valid: [
    { name: 'a strong value', code: `JWT_SECRET=${strong}` },
    { name: 'an empty value (the app fails to start instead)', code: 'JWT_SECRET=' },
    { name: 'a reference to another variable (dotenv-expand)', code: 'JWT_SECRET=${SESSION_SIGNING_SECRET}' },
    { name: 'a variable that is not a JWT secret', code: 'APP_NAME=changeme' },
    { name: 'a variable that points at the secret', code: 'JWT_SECRET_FILE=/run/secrets/jwt' },
    { name: 'a dotenvx encrypted value', code: 'JWT_SECRET="encrypted:BFAKEfakeFAKE"' },
    { name: 'a public key name', code: 'JWT_PUBLIC_KEY=secret' },
    { name: 'a private key in a key variable', code: 'JWT_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\nMIIfake\\n-----END PRIVATE KEY-----"' },
    { name: 'example files are for placeholders', code: 'JWT_SECRET=changeme', filename: '.env.example' },
    { name: 'names option replaces the default list', code: 'JWT_SECRET=changeme', options: [{ names: ['SIGNING_KEY'] }] },
    { name: 'a disable comment', code: '# eslint-disable-next-line rule-to-test/no-weak-env-secret -- a local throwaway value\nJWT_SECRET=changeme' },
  ],
  invalid: [
    {
      name: 'a placeholder',
      code: 'JWT_SECRET=changeme',
      errors: [
        {
          messageId: 'placeholder',
          line: 1,
          column: 12,
          endColumn: 20,
          suggestions: [{ messageId: 'generateSecret', output: 'JWT_SECRET=RANDOM32' }],
        },
      ],
    },
    {
      name: 'a placeholder from a library README, exported, quoted',
      code: "export NEXTAUTH_SECRET='your-secret-key' # TODO",
      errors: [{ messageId: 'placeholder', column: 24, suggestions: [{ messageId: 'generateSecret', output: "export NEXTAUTH_SECRET='RANDOM32' # TODO" }] }],
    },
    {
      name: 'too short for HS256',
      code: 'ACCESS_TOKEN_SECRET=s3cr3t-d3v-k3y',
      errors: [{ messageId: 'tooShort', suggestions: [{ messageId: 'generateSecret', output: 'ACCESS_TOKEN_SECRET=RANDOM32' }] }],
    },
    {
      name: 'too short for the algorithm the file names',
      code: `JWT_SECRET=${strong}\nJWT_ALGORITHM=HS512`,
      errors: [{ messageId: 'tooShort', line: 1, suggestions: [{ messageId: 'generateSecret', output: 'JWT_SECRET=RANDOM64\nJWT_ALGORITHM=HS512' }] }],
    },
    {
      name: 'too short for the algorithm option',
      code: `AUTH_SECRET="${strong}"`,
      options: [{ algorithm: 'HS384' }],
      errors: [{ messageId: 'tooShort', suggestions: [{ messageId: 'generateSecret', output: 'AUTH_SECRET="RANDOM48"' }] }],
    },
    {
      name: 'long but made of words',
      code: 'REFRESH_TOKEN_SECRET=thisismysupersecretkeyforsigningjsonwebtokens',
      errors: [{ messageId: 'lowEntropy', suggestions: [{ messageId: 'generateSecret', output: 'REFRESH_TOKEN_SECRET=RANDOM32' }] }],
    },
    {
      name: 'each weak secret in a local file, with custom names',
      code: 'MY_SIGNER=changeme\nOTHER=1\nAPI_SIGNER=secret',
      filename: 'app/.env.local',
      options: [{ names: ['*_SIGNER'] }],
      errors: [
        { messageId: 'placeholder', line: 1, suggestions: [{ messageId: 'generateSecret', output: 'MY_SIGNER=RANDOM32\nOTHER=1\nAPI_SIGNER=secret' }] },
        { messageId: 'placeholder', line: 3, suggestions: [{ messageId: 'generateSecret', output: 'MY_SIGNER=changeme\nOTHER=1\nAPI_SIGNER=RANDOM32' }] },
      ],
    },
    {
      name: 'a multi-line double-quoted value, on CRLF lines',
      code: 'A=1\r\nBETTER_AUTH_SECRET="short\r\nvalue"\r\n',
      errors: [{ messageId: 'tooShort', line: 2, endLine: 3, suggestions: [{ messageId: 'generateSecret', output: 'A=1\r\nBETTER_AUTH_SECRET="RANDOM32"\r\n' }] }],
    },
  ],
});
