/** Obviously fake key material for the `.env` rule tests. */

/** A PEM-shaped private key with a fake body. */
export const FAKE_PEM = '-----BEGIN PRIVATE KEY-----\\nFAKEFAKEFAKEFAKE\\n-----END PRIVATE KEY-----';

/** A JWT-shaped string: real base64url JSON header and payload, a fake signature. */
export function fakeJwt(payload: object): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.ZmFrZS1zaWduYXR1cmU`;
}
