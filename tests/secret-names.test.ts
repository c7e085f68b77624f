import { describe, expect, it } from 'vitest';
import { createSecretNameMatcher, isJwtSecretName } from '../src/secret-names.js';

describe('JWT secret names', () => {
  it.each([
    'JWT_SECRET',
    'jwt_secret',
    'APP_JWT_SECRET',
    'JWT_REFRESH_SECRET',
    'JWT_SIGNING_KEY',
    'JWT_PRIVATE_KEY',
    'ACCESS_TOKEN_SECRET',
    'REFRESH_TOKEN_SECRET',
    'NEXTAUTH_SECRET',
    'AUTH_SECRET',
    'BETTER_AUTH_SECRET',
    'SUPABASE_JWT_SECRET',
  ])('%s is one', (name) => {
    expect(isJwtSecretName(name)).toBe(true);
  });

  it.each(['JWT_PUBLIC_KEY', 'JWT_PUB_KEY', 'NEXT_PUBLIC_JWT_KEY', 'JWT_SECRET_FILE', 'JWT_SECRET_EXPIRES_IN', 'JWT_EXPIRES_IN', 'JWT_ALGORITHM', 'API_KEY', 'SECRET'])(
    '%s is not',
    (name) => {
      expect(isJwtSecretName(name)).toBe(false);
    },
  );

  it('takes patterns with * wildcards, which replace the default list', () => {
    const matches = createSecretNameMatcher(['APP_*_SIGNING_KEY', 'HMAC.KEY']);
    expect(matches('APP_API_SIGNING_KEY')).toBe(true);
    expect(matches('hmac.key')).toBe(true);
    expect(matches('HMACXKEY')).toBe(false);
    expect(matches('JWT_SECRET')).toBe(false);
  });
});
