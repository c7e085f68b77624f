// Browser sessions: a signed JWT in an HttpOnly cookie (newer TypeScript code, using jose).
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

export interface Session extends JWTPayload {
  sub: string;
  scope: string[];
}

// Mistake: the HMAC key is a literal in the source.
const sessionKey = new TextEncoder().encode('FAKE-KEY-FOR-DEMO');

export async function createSession(userId: string, scope: string[]): Promise<string> {
  // Mistake: no setExpirationTime(), so the session never ends.
  return new SignJWT({ scope })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuedAt()
    .sign(sessionKey);
}

export async function readSession(cookie: string): Promise<Session> {
  // Mistake: no algorithms allow-list.
  const { payload } = await jwtVerify<Session>(cookie, sessionKey);
  return payload;
}
