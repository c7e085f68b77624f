'use strict';
// The Express app: login, refresh and a protected route (only linted, never run).
const express = require('express');
const { issueAccessToken, issueRefreshToken, readAccessToken } = require('./auth/tokens');
const { signCookie } = require('./webhooks/signature');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const user = await req.app.locals.users.authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  res.cookie('csrf', signCookie(user.id), { httpOnly: true });
  return res.json({ accessToken: issueAccessToken(user), refreshToken: issueRefreshToken(user) });
});

app.get('/me', (req, res) => {
  try {
    const claims = readAccessToken(String(req.headers.authorization).replace(/^Bearer /, ''));
    return res.json({ id: claims.sub, role: claims.role });
  } catch {
    return res.status(401).end();
  }
});

module.exports = app;
