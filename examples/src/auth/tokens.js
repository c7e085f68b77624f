'use strict';
// Access and refresh tokens for the login API (the original CommonJS code of the service).
const jwt = require('jsonwebtoken');

// Mistake: the signing secret is committed with the code.
const JWT_SECRET = 'dev-secret-change-me';

function issueAccessToken(user) {
  // Mistake: no expiresIn, so a leaked token stays valid forever.
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET);
}

function issueRefreshToken(user) {
  // Mistake: the refresh key is a literal too, only wrapped in a Buffer.
  return jwt.sign({ sub: user.id }, Buffer.from('FAKE-KEY-FOR-DEMO', 'utf8'), { expiresIn: '30d' });
}

function readAccessToken(token) {
  // Mistake: no algorithms allow-list, so any algorithm that fits the key is accepted.
  return jwt.verify(token, JWT_SECRET);
}

module.exports = { issueAccessToken, issueRefreshToken, readAccessToken };
