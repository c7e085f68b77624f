/** The cheap "does this file load a JWT library?" check. */
import { describe, expect, it } from 'vitest';
import { jwtLibraries } from '../../src/libraries/index.js';
import { mentionsConfigLibrary, mentionsEnvObject, mentionsJwtLibrary, mentionsLibrary, moduleIds } from '../../src/analysis/mentions.js';
import { readModuleAliases } from '../../src/analysis/settings.js';

const packages = moduleIds(jwtLibraries);

describe('mentionsLibrary', () => {
  it.each([
    `import jwt from 'jsonwebtoken';`,
    `import { SignJWT } from "jose/jwt/sign";`,
    `export * from 'jose';`,
    `const jwt = require('jsonwebtoken');`,
    'const { sign } = require(`jsonwebtoken`);',
    `const jose = await import('jose');`,
    `import jwt = require('jsonwebtoken');`,
    `import { jwt } from 'hono/jwt';`,
    `import { JwtModule } from '@nestjs/jwt';`,
    `import * as jose from 'npm:jose@5.9.6';`,
    `import * as jose from 'https://deno.land/x/jose@v4.3.8/index.ts';`,
    `const require = createRequire(import.meta.url);\nconst load = require;\nload('jsonwebtoken');`,
  ])('finds a JWT library loaded by %s', (code) => {
    expect(mentionsLibrary(code, packages, [])).toBe(true);
  });

  it.each([
    `// signs with jsonwebtoken later`,
    `console.log('jsonwebtoken');`,
    `import express from 'express';\nconst name = 'jose';`,
    `import { Hono } from 'hono';`,
    `import session from 'express-session';`,
  ])('ignores %s', (code) => {
    expect(mentionsLibrary(code, packages, [])).toBe(false);
  });

  it('finds a module named in settings', () => {
    const aliases = readModuleAliases({ 'secure-jwt': { modules: { '@acme/*': 'jsonwebtoken' } } });
    expect(mentionsLibrary(`import jwt from '@acme/tokens';`, packages, aliases)).toBe(true);
  });
});

/** Every module id of every JWT library, written the ways code loads it: the one-search prefilter must let each through. */
const SPECIFIER_STYLES: readonly ((name: string, subpath: string) => string)[] = [
  (name, subpath) => `import x from '${name}${subpath}';`,
  (name, subpath) => `const x = require("${name}${subpath}");`,
  (name, subpath) => `const x = await import(\`${name}${subpath}\`);`,
  (name, subpath) => `import * as x from 'npm:${name}@1.2.3${subpath}';`,
  (name, subpath) => `import * as x from 'https://esm.sh/${name}@4${subpath}';`,
  (name, subpath) => `import * as x from 'https://cdn.jsdelivr.net/npm/${name}${subpath}';`,
];

/** `@scope/name/sub` → [`@scope/name`, `/sub`]. */
function splitId(id: string): [string, string] {
  const parts = id.split('/');
  const length = id.startsWith('@') ? 2 : 1;
  const rest = parts.slice(length).join('/');
  return [parts.slice(0, length).join('/'), rest ? `/${rest}` : ''];
}

describe('mentionsJwtLibrary', () => {
  const rows = [...packages.exact].flatMap((id) => SPECIFIER_STYLES.map((style) => [style(...splitId(id))] as const));

  it.each(rows)('finds %s', (code) => {
    expect(mentionsJwtLibrary(code, [])).toBe(true);
    expect(mentionsJwtLibrary(`// nothing here\n${code}`, [])).toBe(true);
  });

  it.each([`import jwt from '@acme/jsonwebtoken-mock';`, `import x from './jsonwebtoken';`, `const s = 'jose is a name';`])('ignores %s', (code) => {
    expect(mentionsJwtLibrary(code, [])).toBe(false);
  });
});

describe('mentionsConfigLibrary and mentionsEnvObject (answered by the same search)', () => {
  it.each([
    [`import { ConfigService } from '@nestjs/config';`, true, false],
    [`const secret = process.env.JWT_SECRET;`, false, true],
    [`const { env } = Deno;\nimport { ConfigModule } from "@nestjs/config";`, true, true],
    [`// configure the environment\nconst config = load();`, false, false],
  ])('%s', (code, config, env) => {
    expect(mentionsConfigLibrary(code)).toBe(config);
    expect(mentionsEnvObject(code)).toBe(env);
    expect(mentionsJwtLibrary(code, [])).toBe(false);
  });
});
