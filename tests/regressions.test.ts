/**
 * Code written to probe the engine's heuristics (issue 10): each case that once gave a wrong
 * report, a dangerous suggestion or a miss. The plugin runs as a whole (every rule), so a case
 * also shows that no other rule picks the code up by mistake.
 */
import { describe, expect, it } from 'vitest';
import { reports } from './lint-helper.js';

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
