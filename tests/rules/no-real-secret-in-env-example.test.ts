import type { Rule } from 'eslint';
import rule from '../../src/rules/no-real-secret-in-env-example.js';
import { dotenvRuleTester } from './dotenv-tester.js';
import { FAKE_PEM, fakeJwt } from './fixtures.js';

const generated = 'Vq7bN2kLpX9wRt4ZsY1cHm8dFj3gKe6a'; // fake, shaped like a generated secret

dotenvRuleTester.run('no-real-secret-in-env-example', rule as unknown as Rule.RuleModule, {
  valid: [
    { name: 'an empty value', code: 'JWT_SECRET=', filename: '.env.example' },
    { name: 'a placeholder', code: 'JWT_SECRET=change-me', filename: '.env.example' },
    { name: 'a placeholder that says how to generate one', code: 'JWT_SECRET="<openssl rand -base64 32>"', filename: '.env.sample' },
    { name: 'a dev default made of words', code: 'JWT_SECRET=dev-secret', filename: '.env.template' },
    { name: 'a reference', code: 'JWT_SECRET=${VAULT_JWT_SECRET}', filename: '.env.example' },
    { name: 'a random-looking value in a variable that is not a secret', code: `BUILD_ID=${generated}`, filename: '.env.example' },
    { name: 'not an example file', code: `JWT_SECRET=${generated}`, filename: '.env' },
    { name: 'a public JWT (Supabase anon key)', code: `SUPABASE_ANON_KEY=${fakeJwt({ role: 'anon' })}`, filename: '.env.example' },
  ],
  invalid: [
    {
      name: 'a generated-looking secret',
      code: `JWT_SECRET=${generated}`,
      filename: '.env.example',
      errors: [{ messageId: 'realSecret', column: 12, suggestions: [{ messageId: 'usePlaceholder', output: 'JWT_SECRET=change-me' }] }],
    },
    {
      name: 'a quoted one, in a nested example file, with a custom placeholder',
      code: `# copy to .env\nAUTH_SECRET="${generated}" # real one`,
      filename: 'apps/web/.env.production.example',
      options: [{ placeholder: '<generate>' }],
      errors: [{ messageId: 'realSecret', line: 2, suggestions: [{ messageId: 'usePlaceholder', output: '# copy to .env\nAUTH_SECRET=<generate> # real one' }] }],
    },
    {
      name: 'a private key under any name',
      code: `SIGNING_KEY="${FAKE_PEM}"`,
      filename: '.env.sample',
      errors: [{ messageId: 'realKey', suggestions: [{ messageId: 'usePlaceholder', output: 'SIGNING_KEY=change-me' }] }],
    },
    {
      name: 'a JWT under any name',
      code: `SERVICE_TOKEN=${fakeJwt({ sub: 'fake-service' })}`,
      filename: '.env.template',
      errors: [{ messageId: 'realToken', suggestions: [{ messageId: 'usePlaceholder', output: 'SERVICE_TOKEN=change-me' }] }],
    },
  ],
});
