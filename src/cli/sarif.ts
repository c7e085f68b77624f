// SARIF 2.1.0 through @microsoft/eslint-formatter-sarif, then completed for GitHub code scanning:
// each rule gets its CWE tags and a `security-severity` (from RULE_SECURITY), URIs become relative
// to the audited directory (%SRCROOT%), and the tool is named after this plugin.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Rule } from 'eslint';
import { REPOSITORY_URL } from '../create-rule.js';
import { ruleSecurity } from './security.js';

type SarifFormatter = (results: ESLint.LintResult[], data: { rulesMeta: Record<string, Rule.RuleMetaData> }) => string;

interface SarifLog {
  runs: {
    tool: { driver: Record<string, unknown> & { rules?: { id: string; properties?: Record<string, unknown> }[] } };
    artifacts?: { location: { uri: string; uriBaseId?: string } }[];
    results?: { locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[];
    invocations?: { toolConfigurationNotifications?: { locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[];
    originalUriBaseIds?: Record<string, { uri: string }>;
  }[];
}

export function formatSarif(
  formatter: SarifFormatter,
  results: ESLint.LintResult[],
  rulesMeta: Record<string, Rule.RuleMetaData>,
  cwd: string,
  version: string,
): string {
  // A finding whose rule has no meta (a project-level check) still gets a rule entry.
  const meta: Record<string, Rule.RuleMetaData> = { ...rulesMeta };
  for (const result of results) {
    for (const message of result.messages) {
      if (message.ruleId && !meta[message.ruleId]) meta[message.ruleId] = { docs: { description: message.ruleId } };
    }
  }
  const log = JSON.parse(formatter(results, { rulesMeta: meta })) as SarifLog;
  const root = pathToFileURL(`${path.resolve(cwd)}${path.sep}`).href;
  const relativize = (location: { uri: string; uriBaseId?: string }): void => {
    if (location.uri.startsWith(root)) {
      location.uri = location.uri.slice(root.length);
      location.uriBaseId = '%SRCROOT%';
    }
  };
  for (const run of log.runs) {
    run.tool.driver = {
      ...run.tool.driver,
      name: 'eslint-plugin-secure-jwt',
      version,
      semanticVersion: version,
      informationUri: REPOSITORY_URL,
    };
    for (const rule of run.tool.driver.rules ?? []) {
      const security = ruleSecurity(rule.id);
      const properties = { ...rule.properties };
      delete properties.category;
      rule.properties = {
        ...properties,
        tags: ['security', ...security.cwe.map((cwe) => `external/cwe/cwe-${cwe}`)],
        'security-severity': security.securitySeverity.toFixed(1),
        precision: 'high',
      };
    }
    run.originalUriBaseIds = { '%SRCROOT%': { uri: root } };
    for (const artifact of run.artifacts ?? []) relativize(artifact.location);
    for (const result of run.results ?? []) for (const location of result.locations ?? []) relativize(location.physicalLocation.artifactLocation);
    for (const invocation of run.invocations ?? []) {
      for (const notification of invocation.toolConfigurationNotifications ?? []) {
        for (const location of notification.locations ?? []) relativize(location.physicalLocation.artifactLocation);
      }
    }
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}
