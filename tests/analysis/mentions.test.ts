/** The cheap "does this file load a JWT library?" check. */
import { describe, expect, it } from 'vitest';
import { jwtLibraries } from '../../src/libraries/index.js';
import { mentionsLibrary, moduleIds } from '../../src/analysis/mentions.js';
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
