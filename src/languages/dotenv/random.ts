import { randomBytes } from 'node:crypto';

/** A new secret of `bytes` cryptographically random bytes, base64url (safe unquoted in a `.env` file). Tests mock this module. */
export function randomSecret(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}
