// Settings read once at start-up, and the internal service token they configure.
import jwt from 'jsonwebtoken';

export const PORT = Number(process.env.PORT ?? 3000);

// Mistake: a deploy that forgets JWT_SECRET silently signs with a string everyone can read here.
export const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret-change-me';

export function signServiceToken(service) {
  return jwt.sign({ sub: service, aud: 'internal' }, JWT_SECRET, { expiresIn: '5m' });
}
