import { describe, expect, it } from 'vitest';
import { normalizeSpecifier } from '../../src/analysis/specifiers.js';

describe('normalizeSpecifier', () => {
  it.each([
    ['jose', 'jose'],
    ['jose/jwt/sign', 'jose/jwt/sign'],
    ['./jose', './jose'],
    ['npm:jose@5.9.6', 'jose'],
    ['npm:/jose@5', 'jose'],
    ['npm:jsonwebtoken@9', 'jsonwebtoken'],
    ['npm:jsonwebtoken', 'jsonwebtoken'],
    ['jsr:@panva/jose', '@panva/jose'],
    ['jsr:@panva/jose@^5.2', '@panva/jose'],
    ['https://deno.land/x/jose@v4.3.8/index.ts', 'jose'],
    ['https://deno.land/x/jose@v4.14.4/jwt/sign.ts', 'jose/jwt/sign'],
    ['https://esm.sh/jose@5', 'jose'],
    ['https://esm.sh/v135/jose@5.2.0', 'jose'],
    ['https://esm.sh/jsonwebtoken', 'jsonwebtoken'],
    ['https://cdn.jsdelivr.net/npm/jose@5/+esm', 'jose'],
    ['https://cdn.skypack.dev/jose', 'jose'],
    ['https://unpkg.com/jose@5.9.6/dist/browser/index.js', 'jose'],
    ['https://example.com/jose.js', 'https://example.com/jose.js'],
  ])('%s → %s', (specifier, expected) => {
    expect(normalizeSpecifier(specifier)).toBe(expected);
  });
});
