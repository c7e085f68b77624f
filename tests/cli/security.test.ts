/** Every rule has CWE ids and a security-severity for SARIF; unknown rules get the default. */
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { DEFAULT_SECURITY, RULE_SECURITY, ruleSecurity } from '../../src/cli/security.js';

describe('RULE_SECURITY', () => {
  it.each(Object.keys(rules))('has an entry for %s', (name) => {
    const entry = RULE_SECURITY[name];
    expect(entry, `add '${name}' to src/cli/security.ts`).toBeDefined();
    expect(entry!.cwe.length).toBeGreaterThan(0);
    expect(entry!.securitySeverity).toBeGreaterThanOrEqual(0);
    expect(entry!.securitySeverity).toBeLessThanOrEqual(10);
  });

  it('looks rules up with or without the prefix, and tolerates unknown ones', () => {
    expect(ruleSecurity('secure-jwt/no-hardcoded-secret')).toBe(RULE_SECURITY['no-hardcoded-secret']);
    expect(ruleSecurity('no-hardcoded-secret')).toBe(RULE_SECURITY['no-hardcoded-secret']);
    expect(ruleSecurity('secure-jwt/a-rule-from-the-future')).toBe(DEFAULT_SECURITY);
    expect(ruleSecurity(null)).toBe(DEFAULT_SECURITY);
  });
});
