'use strict';
// Webhook and cookie signatures: plain node:crypto, no JWT involved, so nothing here is reported.
const crypto = require('node:crypto');
const { sign, verify } = require('node:crypto');

function signWebhook(body, privateKeyPem) {
  return crypto.createSign('SHA256').update(body).sign(privateKeyPem, 'base64');
}

function signWebhookEd25519(body, privateKey) {
  return sign(null, Buffer.from(body), privateKey).toString('base64');
}

function verifyWebhook(body, signature, publicKey) {
  return verify(null, Buffer.from(body), publicKey, Buffer.from(signature, 'base64'));
}

function signCookie(value, secret = process.env.COOKIE_SECRET) {
  const mac = crypto.createHmac('sha256', secret).update(value).digest('base64url');
  return `${value}.${mac}`;
}

module.exports = { signWebhook, signWebhookEd25519, verifyWebhook, signCookie };
