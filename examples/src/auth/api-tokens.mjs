// Machine-to-machine API tokens: this file does it right (secret from the environment,
// an expiry on every token, an algorithm allow-list on every verification).
import jwt from 'jsonwebtoken';

const secret = process.env.API_TOKEN_SECRET;
if (!secret) throw new Error('API_TOKEN_SECRET is not set');

export function issueApiToken(client) {
  return jwt.sign({ sub: client.id, scope: client.scope }, secret, { algorithm: 'HS256', expiresIn: '1h', audience: 'api' });
}

export function verifyApiToken(token) {
  return jwt.verify(token, secret, { algorithms: ['HS256'], audience: 'api' });
}
