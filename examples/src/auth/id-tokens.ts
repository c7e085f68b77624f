// Sign-in with an external identity provider: also correct (a remote key set, an allow-list).
import { createRemoteJWKSet, jwtVerify } from 'jose';

const issuer = process.env.OIDC_ISSUER ?? 'https://login.example.com';
const keySet = createRemoteJWKSet(new URL('/.well-known/jwks.json', issuer));

export async function verifyIdToken(idToken: string, clientId: string) {
  const { payload } = await jwtVerify(idToken, keySet, {
    issuer,
    audience: clientId,
    algorithms: ['RS256', 'ES256'],
  });
  return payload;
}
