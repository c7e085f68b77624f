/**
 * Code written to probe the engine's heuristics (issue 10): each case that once gave a wrong
 * report, a dangerous suggestion or a miss. The plugin runs as a whole (every rule), so a case
 * also shows that no other rule picks the code up by mistake.
 */
import { describe, expect, it } from 'vitest';
import { lintAll, reports } from './lint-helper.js';

const J = "import jwt from 'jsonwebtoken';\n";
const SECRET = 'no-hardcoded-secret/hardcodedSecret';

describe('false alarms: an object that a call may fill in', () => {
  it.each([
    ['a helper that receives the config', "const config = { secret: 'changeme' };\nloadEnv(config);"],
    ['a method of the config writing this.secret', "const config = { secret: 'changeme', load() { this.secret = process.env.S; } };\nconfig.load();"],
    ['Reflect.set on the config', "const config = { secret: 'changeme' };\nReflect.set(config, 'secret', process.env.S);"],
    ['a write through another object holding it', "const config = { secret: 'changeme' };\nconst app = { config };\napp.config.secret = process.env.S;"],
    ['a helper that receives the object holding it', "const app = { config: { secret: 'changeme' } };\nloadEnv(app.config);\nconst config = app.config;"],
  ])('%s', (_name, setup) => {
    expect(reports(`${J}${setup}\nexport const t = jwt.sign({ sub: '1' }, config.secret, { expiresIn: '1h' });`)).toEqual([]);
  });

  it('a payload filled in by a helper (withExpiry(claims))', () => {
    expect(reports(`${J}const claims = { sub: '1' };\nwithExpiry(claims);\nexport const t = jwt.sign(claims, process.env.S!);`)).toEqual([]);
  });

  it('options filled in by a helper (pinAlgorithms(opts))', () => {
    expect(reports(`${J}const opts = {};\npinAlgorithms(opts);\nexport const v = (t: string) => jwt.verify(t, process.env.S!, opts);`)).toEqual([]);
  });

  it('a call that only reads the object (console.log) changes nothing', () => {
    expect(reports(`${J}const config = { secret: 'fake-secret' };\nconsole.log(config);\nexport const t = jwt.sign({ sub: '1' }, config.secret, { expiresIn: '1h' });`)).toEqual([`${SECRET}@4`]);
  });
});

describe('false alarms: a binding or field that is replaced', () => {
  it('a module binding reassigned to a stub (let jwt = require(…); jwt = stub)', () => {
    const code = "let jwt = require('jsonwebtoken');\njwt = stub;\nexports.t = jwt.sign({ sub: '1' }, 'fake-secret');\nexports.v = (t) => jwt.verify(t, process.env.S);";
    expect(reports(code, 'file.cjs')).toEqual([]);
  });

  it('this.jwt replaced by a stub inside the class', () => {
    const code = `${J}class A {\n  constructor() { this.jwt = jwt; }\n  useStub() { this.jwt = stub; }\n  sign(p: object) { return this.jwt.sign(p, 'fake-secret'); }\n}\nexport { A };`;
    expect(reports(code)).toEqual([]);
  });

  it('this.jwt replaced by a stub from outside the class (a.jwt = stub)', () => {
    const code = `${J}class A {\n  jwt = jwt;\n  sign(p: object) { return this.jwt.sign(p, 'fake-secret'); }\n}\nconst a = new A();\na.jwt = stub;\nexport { a };`;
    expect(reports(code)).toEqual([]);
  });

  it('this.secret set from outside the class (auth.secret = env)', () => {
    const code = `${J}class Auth {\n  secret = 'changeme';\n  sign(p: object) { return jwt.sign(p, this.secret, { expiresIn: '1h' }); }\n}\nconst auth = new Auth();\nauth.secret = process.env.S!;\nexport { auth };`;
    expect(reports(code)).toEqual([]);
  });

  it('this.x read in a nested function () {} passed as a callback (this is another object)', () => {
    const code = `${J}class A {\n  secret = 'fake-secret';\n  sign(p: object) { return [1].map(function (this: any) { return jwt.sign(p, this.secret, { expiresIn: '1h' }); }, other); }\n}\nexport { A };`;
    expect(reports(code)).toEqual([]);
  });

  it('this.x read in a function () {} stored in a field (not bound to the instance)', () => {
    const code = `${J}class A {\n  secret = 'fake-secret';\n  handler = function (this: any, p: object) { return jwt.sign(p, this.secret, { expiresIn: '1h' }); };\n}\nexport { A };`;
    expect(reports(code)).toEqual([]);
  });

  it('this.x read in an arrow function field is the instance: still reported', () => {
    const code = `${J}class A {\n  secret = 'fake-secret';\n  handler = (p: object) => jwt.sign(p, this.secret, { expiresIn: '1h' });\n}\nexport { A };`;
    expect(reports(code)).toEqual([`${SECRET}@4`]);
  });

  it('a static method replaced from outside the class', () => {
    const code = `${J}class Auth {\n  static secret() { return 'fake-secret'; }\n  static sign(p: object) { return jwt.sign(p, Auth.secret(), { expiresIn: '1h' }); }\n}\nAuth.secret = () => process.env.S!;\nexport { Auth };`;
    expect(reports(code)).toEqual([]);
  });

  it('a static field replaced from outside the class', () => {
    const code = `${J}class Auth {\n  static key = 'fake-secret';\n  static sign(p: object) { return jwt.sign(p, this.key, { expiresIn: '1h' }); }\n}\nAuth.key = process.env.S!;\nexport { Auth };`;
    expect(reports(code)).toEqual([]);
  });
});

describe('misses: calls the engine did not reach', () => {
  it('jwt.sign.call(null, payload, literal)', () => {
    const code = `${J}export const t = jwt.sign.call(null, { sub: '1' }, 'fake-secret', { expiresIn: '1h' });`;
    const { findings } = lintAll(code);
    expect(findings.map((finding) => finding.messageId)).toEqual(['hardcodedSecret']);
    expect(findings[0]?.suggestions.map((suggestion) => suggestion.output)).toEqual([
      `${J}export const t = jwt.sign.call(null, { sub: '1' }, process.env.JWT_SECRET!, { expiresIn: '1h' });`,
    ]);
  });

  it('jwt.sign.call(null, payload, key) without expiry: the option goes after the key', () => {
    const code = `${J}export const t = jwt.sign.call(null, { sub: '1' }, process.env.S!);`;
    const { findings } = lintAll(code);
    expect(findings.map((finding) => finding.suggestions.map((suggestion) => suggestion.output))).toEqual([
      [`${J}export const t = jwt.sign.call(null, { sub: '1' }, process.env.S!, { expiresIn: '1h' });`],
    ]);
  });

  it.each([
    ['a module parameter', "import('jsonwebtoken').then((jwt) => jwt.sign({ sub: '1' }, 'fake-secret', { expiresIn: '1h' }))"],
    ['a destructured parameter', "import('jsonwebtoken').then(({ sign }) => sign({ sub: '1' }, 'fake-secret', { expiresIn: '1h' }))"],
  ])("import('jsonwebtoken').then(…) with %s", (_name, expression) => {
    expect(reports(`export const t = ${expression};`)).toEqual([`${SECRET}@1`]);
  });
});

/** The one finding's rule/messageId and the outputs of its suggestions. */
function suggestionsOf(code: string, filename = 'file.ts'): { report: string; outputs: string[] }[] {
  return lintAll(code, filename).findings.map((finding) => ({
    report: `${finding.rule}/${finding.messageId}`,
    outputs: finding.suggestions.map((suggestion) => suggestion.output),
  }));
}

describe('misses: statically known values', () => {
  const sign = (key: string): string => `export const t = jwt.sign({ sub: '1' }, ${key}, { expiresIn: '1h' });`;
  const ENV = 'process.env.JWT_SECRET!';
  it.each([
    ['String.raw`…`', '', 'String.raw`fake-secret`', ENV],
    ["['dev', 'secret'].join('')", '', "['dev', 'secret'].join('')", ENV],
    ["'dev-'.concat('secret')", '', "'dev-'.concat('secret')", ENV],
  ])('%s', (_name, setup, key, replaced) => {
    expect(suggestionsOf(`${J}${setup}${sign(key)}`)).toEqual([
      { report: SECRET, outputs: [`${J}${setup}${sign(replaced)}`] },
    ]);
  });

  it.each([
    ['a Map of literals read by a literal key', "const keys = new Map([['jwt', 'fake-secret']]);\n", "keys.get('jwt')!", "const keys = new Map([['jwt', process.env.JWT_SECRET!]]);\n"],
    ['an object-literal method returning a literal', "const config = { secret() { return 'fake-secret'; } };\n", 'config.secret()', 'const config = { secret() { return process.env.JWT_SECRET!; } };\n'],
    ["array destructuring const [secret] = ['…']", "const [secret] = ['fake-secret'];\n", 'secret', 'const [secret] = [process.env.JWT_SECRET!];\n'],
    ["let s; s = '…' assigned once", "let s;\ns = 'fake-secret';\n", 's', 'let s;\ns = process.env.JWT_SECRET!;\n'],
    ['makeConfig().secret', "function makeConfig() { return { secret: 'fake-secret' }; }\n", 'makeConfig().secret', 'function makeConfig() { return { secret: process.env.JWT_SECRET! }; }\n'],
  ])('%s', (_name, setup, key, fixedSetup) => {
    expect(suggestionsOf(`${J}${setup}${sign(key)}`)).toEqual([{ report: SECRET, outputs: [`${J}${fixedSetup}${sign(key)}`] }]);
  });

  it("a Map written after it is made is not judged (keys.set('jwt', env))", () => {
    expect(reports(`${J}const keys = new Map([['jwt', 'changeme']]);\nkeys.set('jwt', process.env.S!);\n${sign("keys.get('jwt')!")}`)).toEqual([]);
  });

  it("(isTest && 'x') || env: a fallback, and the fix keeps the environment read", () => {
    const code = `${J}const isTest = process.env.NODE_ENV === 'test';\n${sign("(isTest && 'fake-secret') || process.env.S!")}`;
    expect(suggestionsOf(code)).toEqual([
      { report: 'no-hardcoded-secret/hardcodedFallback', outputs: [`${J}const isTest = process.env.NODE_ENV === 'test';\n${sign('process.env.S!')}`] },
    ]);
  });

  it('a hardcoded passphrase next to a key ({ key, passphrase })', () => {
    const code = `${J}export const t = jwt.sign({ sub: '1' }, { key: process.env.PK!, passphrase: 'fake-passphrase' }, { algorithm: 'RS256', expiresIn: '1h' });`;
    expect(suggestionsOf(code)).toEqual([
      {
        report: SECRET,
        outputs: [`${J}export const t = jwt.sign({ sub: '1' }, { key: process.env.PK!, passphrase: process.env.JWT_PRIVATE_KEY_PASSPHRASE! }, { algorithm: 'RS256', expiresIn: '1h' });`],
      },
    ]);
  });

  it('a wrapper with a destructured options parameter', () => {
    const code = `${J}function issue(p: object, { secret }: { secret: string }) { return jwt.sign(p, secret, { expiresIn: '1h' }); }\nissue({}, { secret: 'fake-secret' });`;
    expect(suggestionsOf(code)).toEqual([
      { report: SECRET, outputs: [`${J}function issue(p: object, { secret }: { secret: string }) { return jwt.sign(p, secret, { expiresIn: '1h' }); }\nissue({}, { secret: ${ENV} });`] },
    ]);
  });

  it.each([
    ['new Tokens().issue(…)', 'new Tokens().issue'],
    ['tokens.issue(…) on a const instance', 'const tokens = new Tokens();\ntokens.issue'],
  ])('a class-method wrapper called with a literal: %s', (_name, call) => {
    const body = `${J}class Tokens {\n  issue(p: object, secret: string) { return jwt.sign(p, secret, { expiresIn: '1h' }); }\n}\n${call}`;
    expect(suggestionsOf(`${body}({}, 'fake-secret');`)).toEqual([{ report: SECRET, outputs: [`${body}({}, ${ENV});`] }]);
  });
});

describe('suggestions never move the secret into a claim, a header or a message', () => {
  it("TS this: parameter does not shift arguments (function issue(this: void, secret, kid))", () => {
    const wrapper = `${J}function issue(this: void, secret: string, kid: string) { return jwt.sign({ sub: '1' }, secret, { keyid: kid, expiresIn: '1h' }); }\n`;
    expect(reports(`${wrapper}issue(process.env.S!, 'kid-1');`)).toEqual([]);
    expect(suggestionsOf(`${wrapper}issue('fake-secret', 'kid-1');`)).toEqual([
      { report: SECRET, outputs: [`${wrapper}issue(process.env.JWT_SECRET!, 'kid-1');`] },
    ]);
  });

  it('a constant that is also a claim: the key at the call is replaced, not the constant', () => {
    const code = `${J}const APP = 'fake-app-secret';\nexport const t = jwt.sign({ iss: APP }, APP, { expiresIn: '1h' });`;
    expect(suggestionsOf(code)).toEqual([
      { report: SECRET, outputs: [`${J}const APP = 'fake-app-secret';\nexport const t = jwt.sign({ iss: APP }, process.env.JWT_SECRET!, { expiresIn: '1h' });`] },
    ]);
  });

  it('a constant that is also an error label: the key at the call is replaced', () => {
    const code = `${J}const KEY = 'fake-secret';\nif (!process.env.X) throw new Error('missing ' + KEY);\nexport const t = jwt.sign({ sub: '1' }, KEY, { expiresIn: '1h' });`;
    expect(suggestionsOf(code)).toEqual([
      { report: SECRET, outputs: [`${J}const KEY = 'fake-secret';\nif (!process.env.X) throw new Error('missing ' + KEY);\nexport const t = jwt.sign({ sub: '1' }, process.env.JWT_SECRET!, { expiresIn: '1h' });`] },
    ]);
  });

  it('a constant in a payload object reached through another constant: no edit of the constant', () => {
    const code = `${J}const NAME = 'fake-secret';\nconst claims = { iss: NAME };\nconst key = NAME;\nexport const t = jwt.sign(claims, key, { expiresIn: '1h' });`;
    expect(suggestionsOf(code)).toEqual([{ report: SECRET, outputs: [] }]);
  });
});

describe('expiry suggestions follow the payload type', () => {
  it('a payload typed with a string alias (type Subject = string) gets no expiresIn', () => {
    expect(reports(`${J}type Subject = string;\nexport function issue(subject: Subject) { return jwt.sign(subject, process.env.S!); }`)).toEqual([]);
  });

  it('a payload typed with a union of string literals gets no expiresIn', () => {
    expect(reports(`${J}type Role = 'admin' | 'user';\nexport function issue(role: Role) { return jwt.sign(role, process.env.S!); }`)).toEqual([]);
  });

  it('a local claims type that declares exp: may carry it, not judged', () => {
    expect(reports(`${J}interface Claims { sub: string; exp?: number }\nexport function issue(claims: Claims) { return jwt.sign(claims, process.env.S!); }`)).toEqual([]);
  });

  it('a claims type declared elsewhere may carry exp: only the caveated suggestion', () => {
    const code = `${J}import type { JwtPayload } from 'jsonwebtoken';\nexport function issue(claims: JwtPayload) { return jwt.sign(claims, process.env.S!); }`;
    expect(lintAll(code).findings.map((finding) => finding.suggestions.map((suggestion) => suggestion.messageId))).toEqual([['addExpirationObjectPayload']]);
  });

  it('a local claims type without exp gets the plain suggestion', () => {
    const code = `${J}interface Claims { sub: string }\nexport function issue(claims: Claims) { return jwt.sign(claims, process.env.S!); }`;
    expect(suggestionsOf(code)).toEqual([
      {
        report: 'require-expiration/missingExpiration',
        outputs: [`${J}interface Claims { sub: string }\nexport function issue(claims: Claims) { return jwt.sign(claims, process.env.S!, { expiresIn: '1h' }); }`],
      },
    ]);
  });
});

describe('suggested allow-lists never guess HMAC', () => {
  const verify = (setup: string, key: string): string => `${J}${setup}export const v = (t: string) => jwt.verify(t, ${key});`;
  const findingsOf = (code: string) =>
    lintAll(code).findings.map((finding) => ({ messageId: finding.messageId, lists: finding.suggestions.map((suggestion) => suggestion.desc) }));

  it('CONCERT_API_KEY is not read as a certificate: the key kind is unknown', () => {
    expect(findingsOf(verify('', 'process.env.CONCERT_API_KEY!'))).toEqual([{ messageId: 'unknownKeyKind', lists: [] }]);
  });

  it('a key read from a PEM file is never given HMAC', () => {
    expect(findingsOf(verify("import { readFileSync } from 'node:fs';\nconst key = readFileSync('keys/jwt.pem');\n", 'key'))).toEqual([
      { messageId: 'missingAlgorithms', lists: ['Allow only RS256.'] },
    ]);
  });

  it('a key nothing describes: say so, suggest no list', () => {
    expect(findingsOf(`${J}export const v = (t: string, key: string) => jwt.verify(t, key);`)).toEqual([{ messageId: 'unknownKeyKind', lists: [] }]);
  });

  it('a key named as a secret still gets HS256', () => {
    expect(findingsOf(verify('', 'process.env.JWT_SECRET!'))).toEqual([{ messageId: 'missingAlgorithms', lists: ['Allow only HS256.'] }]);
  });

  it('a file that signs with RS256 gives its list to an unknown key', () => {
    const code = `${J}export const s = (k: string) => jwt.sign({}, k, { algorithm: 'RS256', expiresIn: '1h' });\nexport const v = (t: string, key: string) => jwt.verify(t, key);`;
    expect(findingsOf(code)).toEqual([{ messageId: 'missingAlgorithms', lists: ['Allow only RS256.'] }]);
  });
});

describe('built-ins are matched only when not shadowed', () => {
  it('a local String() is not a string conversion: the payload is not taken for a string', () => {
    const code = `${J}const String = (value: object) => ({ data: value });\nexport const t = (user: object) => jwt.sign(String(user), process.env.JWT_SECRET!);`;
    expect(reports(code)).toEqual(['require-expiration/missingExpiration@3']);
  });

  it('a local Object.freeze() does not freeze: no edit inside its argument', () => {
    const code = `${J}const Object = { freeze: <T>(value: T) => value };\nexport const v = (t: string) => jwt.verify(t, process.env.JWT_SECRET!, Object.freeze({ audience: 'api' }));`;
    expect(reports(code)).toEqual([]);
  });
});
