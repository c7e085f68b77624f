/**
 * Code built to multiply the engine's work (constants built from constants, each used twice): the
 * work must grow with the code, not exponentially, and no helper may run outside a question's
 * budget. Counted in engine steps, not time.
 */
import { describe, expect, it } from 'vitest';
import { stepCounts } from '../../src/analysis/budget.js';
import { lintAll } from '../lint-helper.js';

const HEADER = `import jwt from 'jsonwebtoken';\ndeclare const cond: boolean, other: string, token: string;\n`;

/** Each shape: line `i` of a chain that uses line `i - 1` twice, and the JWT calls on the last line. */
const CHAINS: Record<string, { first: string; next: (i: number) => string; use: (n: number) => string }> = {
  'string doubling': { first: `const v0 = 'fake-secret-part';`, next: (i) => `const v${i} = v${i - 1} + v${i - 1};`, use: (n) => `jwt.sign({}, v${n});` },
  'object spreads': {
    first: `const v0 = { secret: 'fake-secret' };`,
    next: (i) => `const v${i} = { ...v${i - 1}, ...v${i - 1}, secret: v${i - 1}.secret || v${i - 1}.secret };`,
    use: (n) => `jwt.sign({}, v${n}.secret);\njwt.verify(token, v${n}.secret);`,
  },
  conditionals: {
    first: `const v0 = 'fake-secret';`,
    next: (i) => `const v${i} = cond ? v${i - 1} : other || v${i - 1};`,
    use: (n) => `jwt.sign({}, v${n}, { algorithm: cond ? v${n} : v${n} });`,
  },
  'allow-lists': {
    first: `const v0 = ['HS256'];`,
    next: (i) => `const v${i} = [...v${i - 1}, ...v${i - 1}];`,
    use: (n) => `jwt.verify(token, other, { algorithms: v${n} });`,
  },
  clocks: { first: `const v0 = Date.now();`, next: (i) => `const v${i} = cond ? v${i - 1} + 1 : v${i - 1} - 1;`, use: (n) => `jwt.sign({ exp: v${n} }, other);` },
};

function chain(shape: (typeof CHAINS)[string], n: number): string {
  return HEADER + [shape.first, ...Array.from({ length: n }, (_, i) => shape.next(i + 1)), shape.use(n)].join('\n');
}

function stepsToLint(code: string): number {
  const before = stepCounts().taken;
  const { fatal } = lintAll(code);
  expect(fatal).toEqual([]);
  return stepCounts().taken - before;
}

describe('work grows with the code, not with the paths through it', () => {
  it.each(Object.keys(CHAINS))('%s', (name) => {
    const shape = CHAINS[name]!;
    const short = stepsToLint(chain(shape, 20));
    const long = stepsToLint(chain(shape, 40));
    // Twice the lines: at most about twice the steps (exponential growth would be a million times).
    expect(long).toBeLessThanOrEqual(2 * short + 2_000);
  });

  it('still finds a short chain, and stays silent on one too large to evaluate', () => {
    const findings = (n: number): string[] => lintAll(chain(CHAINS['string doubling']!, n)).findings.map((finding) => finding.messageId);
    expect(findings(3)).toContain('hardcodedSecret');
    expect(findings(40)).not.toContain('hardcodedSecret');
  });

  it('takes no step outside a question', () => {
    const before = stepCounts().unbudgeted;
    for (const shape of Object.values(CHAINS)) lintAll(chain(shape, 5));
    expect(stepCounts().unbudgeted - before).toBe(0);
  });
});
