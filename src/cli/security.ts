// What the audit command says about each rule beyond its own meta: the weaknesses it guards against
// (CWE ids, for SARIF tags) and how bad a finding is (`security-severity`, 0.0-10.0, which GitHub
// code scanning uses to rank alerts as low < 4.0 <= medium < 7.0 <= high < 9.0 <= critical).
// One table for every rule; a rule missing here still reports, with DEFAULT_SECURITY.
// tests/cli/security.test.ts requires an entry for every rule the plugin has.

export interface RuleSecurity {
  /** CWE ids, most specific first. */
  cwe: number[];
  /** CVSS-like score as GitHub reads it: a number from 0.0 to 10.0. */
  securitySeverity: number;
}

export const DEFAULT_SECURITY: RuleSecurity = { cwe: [], securitySeverity: 5.0 };

/** By rule name without the `secure-jwt/` prefix. Entries for rules still to come are harmless. */
export const RULE_SECURITY: Readonly<Record<string, RuleSecurity>> = {
  // Use of hard-coded credentials; use of a hard-coded cryptographic key: anyone can forge tokens.
  'no-hardcoded-secret': { cwe: [798, 321], securitySeverity: 9.1 },
  // Insufficient session expiration: a stolen token works forever.
  'require-expiration': { cwe: [613], securitySeverity: 5.9 },
  // Improper verification of cryptographic signature: the token picks the algorithm.
  'require-algorithms': { cwe: [347, 327], securitySeverity: 7.4 },
  'no-none-algorithm': { cwe: [347, 327], securitySeverity: 9.1 },
  'no-ignore-expiration': { cwe: [613], securitySeverity: 6.5 },
  'no-algorithm-confusion': { cwe: [347, 327], securitySeverity: 8.1 },
  'no-insecure-key-options': { cwe: [326], securitySeverity: 7.4 },
  // A lifetime in the wrong unit: a token that lives for ever (or dies at once).
  'no-expiry-unit-mistake': { cwe: [613, 682], securitySeverity: 5.9 },
  // Exposure of sensitive information (a JWT payload is only base64url, not encrypted).
  'no-sensitive-payload': { cwe: [359, 200], securitySeverity: 6.5 },
  // Insufficient verification of data authenticity.
  'no-unverified-decode': { cwe: [345, 347], securitySeverity: 7.4 },
  // `.env` files: weak or placeholder secrets, real secrets in example files, pasted keys and tokens.
  'no-weak-env-secret': { cwe: [521, 1391], securitySeverity: 8.1 },
  'no-real-secret-in-env-example': { cwe: [798, 540], securitySeverity: 8.1 },
  'no-key-or-token-in-env': { cwe: [798, 312], securitySeverity: 7.5 },
  // The audit's project checks on `.env` files.
  'env-file-tracked': { cwe: [538, 798], securitySeverity: 8.1 },
  'env-file-not-ignored': { cwe: [538], securitySeverity: 6.5 },
  'env-secret-shared': { cwe: [1391], securitySeverity: 6.5 },
};

/** The security data of a rule id (`secure-jwt/<name>` or `<name>`); DEFAULT_SECURITY for an unknown one. */
export function ruleSecurity(ruleId: string | null | undefined): RuleSecurity {
  const name = ruleId?.replace(/^secure-jwt\//u, '') ?? '';
  return RULE_SECURITY[name] ?? DEFAULT_SECURITY;
}
