import type { Rule } from 'eslint';
import rule from '../../src/rules/no-key-or-token-in-env.js';
import { dotenvRuleTester } from './dotenv-tester.js';
import { FAKE_PEM, fakeJwt } from './fixtures.js';

const base64Pem = Buffer.from('-----BEGIN RSA PRIVATE KEY-----\nFAKE\n-----END RSA PRIVATE KEY-----').toString('base64');

dotenvRuleTester.run('no-key-or-token-in-env', rule as unknown as Rule.RuleModule, {
  valid: [
    { name: 'a path to a key file', code: 'JWT_PRIVATE_KEY_FILE=./keys/private.pem' },
    { name: 'a public key', code: 'JWT_PUBLIC_KEY="-----BEGIN PUBLIC KEY-----\\nFAKE\\n-----END PUBLIC KEY-----"' },
    { name: 'a private key in .env.local', code: `JWT_PRIVATE_KEY="${FAKE_PEM}"`, filename: '.env.local' },
    { name: 'a private key in .env.development.local', code: `JWT_PRIVATE_KEY="${FAKE_PEM}"`, filename: '.env.development.local' },
    { name: 'example files are for no-real-secret-in-env-example', code: `JWT_PRIVATE_KEY="${FAKE_PEM}"`, filename: '.env.example' },
    { name: 'a public JWT (role anon)', code: `NEXT_PUBLIC_SUPABASE_ANON_KEY=${fakeJwt({ role: 'anon' })}` },
    { name: 'three dotted parts that are not a JWT', code: 'VERSION=eyJfake.eyJfake.x' },
  ],
  invalid: [
    {
      name: 'a PEM private key with \\n escapes',
      code: `JWT_PRIVATE_KEY="${FAKE_PEM}"`,
      errors: [{ messageId: 'privateKey', line: 1, column: 17, suggestions: [{ messageId: 'removeValue', output: 'JWT_PRIVATE_KEY=' }] }],
    },
    {
      name: 'a multi-line PEM private key',
      code: 'A=1\nKEY="-----BEGIN EC PRIVATE KEY-----\nFAKE\n-----END EC PRIVATE KEY-----"\nB=2',
      filename: '.env.production',
      errors: [{ messageId: 'privateKey', line: 2, endLine: 4, suggestions: [{ messageId: 'removeValue', output: 'A=1\nKEY=\nB=2' }] }],
    },
    {
      name: 'a base64-encoded PEM private key',
      code: `JWT_PRIVATE_KEY_B64=${base64Pem}`,
      errors: [{ messageId: 'privateKey', suggestions: [{ messageId: 'removeValue', output: 'JWT_PRIVATE_KEY_B64=' }] }],
    },
    {
      name: 'a private JWK',
      code: `JWK='{"kty":"OKP","crv":"Ed25519","x":"fake","d":"fake"}'`,
      filename: '.env.development',
      errors: [{ messageId: 'privateKey', suggestions: [{ messageId: 'removeValue', output: 'JWK=' }] }],
    },
    {
      name: 'a JWT',
      code: `SUPABASE_SERVICE_ROLE_KEY=${fakeJwt({ role: 'service_role' })} # from the dashboard`,
      errors: [{ messageId: 'token', suggestions: [{ messageId: 'removeValue', output: 'SUPABASE_SERVICE_ROLE_KEY= # from the dashboard' }] }],
    },
  ],
});
