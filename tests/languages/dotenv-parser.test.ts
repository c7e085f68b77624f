import dotenv from 'dotenv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, type DocumentNode } from '../../src/languages/dotenv/parser.js';

function ok(text: string): DocumentNode {
  const result = parse(text);
  if (!result.ok) throw new Error(`parse failed: ${result.errors.map((error) => error.message).join('; ')}`);
  return result.ast;
}

/** Keys and values as the parser reads them; a later key wins, as in dotenv. */
function entries(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const variable of ok(text).body) map[variable.key.name] = variable.value.value;
  return map;
}

describe('dotenv parser: what it reads', () => {
  it.each([
    ['A=1', { A: '1' }],
    ['export A=1', { A: '1' }],
    ['export=1', { export: '1' }],
    ['A = spaced value  ', { A: 'spaced value' }],
    ['A: colon', { A: 'colon' }],
    ['A=abc#not a comment in dotenv either', { A: 'abc' }],
    ["A='single # kept'", { A: 'single # kept' }],
    ['A="double\\nline"', { A: 'double\nline' }],
    ["A='single\\nkept'", { A: 'single\\nkept' }],
    ['A="first\nsecond"', { A: 'first\nsecond' }],
    ['A=`back`', { A: 'back' }],
    ['A="x" y', { A: '"x" y' }],
    ['A="a\\"', { A: 'a\\' }],
    ['A=\n"next line"', { A: 'next line' }],
    ['A=1\r\nB="two\r\nlines"\rC=3', { A: '1', B: 'two\nlines', C: '3' }],
    ['# comment\n\n  A=1 # trailing\nA=2', { A: '2' }],
    ['A=', { A: '' }],
  ])('%j', (text, expected) => {
    expect(entries(text)).toEqual(expected);
    expect(entries(text)).toEqual({ ...dotenv.parse(text) });
  });
});

describe('dotenv parser: locations', () => {
  it('puts the key and the value where they are written, quotes included', () => {
    const text = '# c\nexport  JWT_SECRET = "abc"  # why\r\nB=plain value \n';
    const [first, second] = ok(text).body;
    expect(text.slice(...first!.key.range)).toBe('JWT_SECRET');
    expect(text.slice(...first!.value.range)).toBe('"abc"');
    expect(first!.value.quote).toBe('"');
    expect(first!.value.loc).toEqual({ start: { line: 2, column: 21 }, end: { line: 2, column: 26 } });
    expect(first!.exported).toBe(true);
    expect(text.slice(...second!.value.range)).toBe('plain value');
    expect(second!.value.loc.start).toEqual({ line: 3, column: 2 });
    expect(ok(text).comments.map((comment) => comment.value)).toEqual([' c', ' why']);
  });

  it('spans the lines of a multi-line value', () => {
    const text = 'KEY="-----BEGIN\nmiddle\n-----END"\nNEXT=1';
    const [key, next] = ok(text).body;
    expect(key!.value.loc).toEqual({ start: { line: 1, column: 4 }, end: { line: 3, column: 9 } });
    expect(next!.loc.start.line).toBe(4);
  });
});

describe('dotenv parser: errors', () => {
  it.each([
    ['JWT_SECRET "abc"', 1, 1],
    ['A=1\n  not an assignment', 2, 3],
    ['A:1', 1, 1],
    ['"A"=1', 1, 1],
  ])('reports %j with its line and column', (text, line, column) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line, column });
  });
});

// Generated files: the parser must read the same keys and values as dotenv.parse.
const key = fc
  .stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/u)
  .filter((name) => name !== '__proto__');
const text = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }).map((chars) => chars.join(''));
const plainChars = ['a', 'Z', '9', '-', '_', '=', ' ', '\t', '\\', 'n', 'r', '"', "'", '`', '$', '{', '}', '/', '+', 'é'];
const quotedChars = [...plainChars, '#', '\n', '\\n', '\\"', "\\'", '\\`'];
const value = fc.oneof(
  text(plainChars),
  text(quotedChars).map((content) => `'${content}'`),
  text(quotedChars).map((content) => `"${content}"`),
  text(quotedChars).map((content) => `\`${content}\``),
);
const assignment = fc
  .tuple(
    fc.constantFrom('', 'export ', 'export\t', '  '),
    key,
    fc.constantFrom('=', ' = ', '=  ', ': ', '\t=\t'),
    value,
    fc.constantFrom('', ' ', ' # comment', '#c', '\t# "quoted" \'comment\''),
  )
  .map((parts) => parts.join(''));
const line = fc.oneof({ weight: 6, arbitrary: assignment }, fc.constant(''), fc.constant('# a comment'), fc.constant('   '));
const file = fc
  .tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

describe('dotenv parser: agrees with dotenv.parse', () => {
  it('on generated files it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(file, (source) => {
        const result = parse(source);
        if (!result.ok) return;
        accepted++;
        const mine: Record<string, string> = {};
        for (const variable of result.ast.body) mine[variable.key.name] = variable.value.value;
        expect(mine).toEqual({ ...dotenv.parse(source) });
      }),
      { numRuns: 3000 },
    );
    // Most generated files are accepted: the comparison is not vacuous.
    expect(accepted).toBeGreaterThan(2000);
  });

  it('on arbitrary text: never throws; what it accepts, dotenv reads the same', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('A', '=', ' ', '\n', '\r', '"', "'", '#', '\\', 'x', ':') }), (source) => {
        const result = parse(source);
        if (!result.ok) return;
        accepted++;
        expect({ ...dotenv.parse(source) }).toEqual(Object.fromEntries(result.ast.body.map((v) => [v.key.name, v.value.value])));
        for (const variable of result.ast.body) {
          expect(variable.value.range[0]).toBeGreaterThanOrEqual(variable.key.range[1]);
          expect(variable.value.range[1]).toBeLessThanOrEqual(source.length);
        }
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });
});

describe('dotenv parser: ranges in CRLF files', () => {
  it('end a value before the \\r of its line ending', () => {
    const text = 'A=1\r\nB="x\r\ny"\r\nC=3';
    const [a, b, c] = ok(text).body;
    expect(text.slice(...a!.value.range)).toBe('1');
    expect(text.slice(...b!.value.range)).toBe('"x\r\ny"');
    expect(b!.value.loc.end).toEqual({ line: 3, column: 2 });
    expect(text.slice(...c!.value.range)).toBe('3');
  });
});
