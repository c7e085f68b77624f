/**
 * Lints a snippet with every rule of the plugin (ESLint `Linter`, TypeScript parser, Node globals)
 * and returns the plugin's findings in a compact form: rule, message id, line, and each
 * suggestion's message id and output. For tests that look at the plugin as a whole.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../src/index.js';

export interface Finding {
  readonly rule: string;
  readonly messageId: string;
  readonly line: number;
  readonly message: string;
  readonly suggestions: readonly { readonly messageId: string; readonly desc: string; readonly output: string }[];
}

const linter = new Linter({ configType: 'flat' });
const files = ['**/*.{js,jsx,cjs,mjs,ts,tsx,mts,cts}'];
const config: Linter.Config[] = [
  {
    files,
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { process: 'readonly', Buffer: 'readonly', TextEncoder: 'readonly', require: 'readonly', module: 'writable' },
    },
  },
  { files, ...plugin.configs.all },
];

export function lintAll(code: string, filename = 'file.ts'): { findings: Finding[]; fatal: Linter.LintMessage[] } {
  const messages = linter.verify(code, config, { filename });
  const fatal = messages.filter((message) => message.fatal || !message.ruleId?.startsWith('secure-jwt/'));
  const findings = messages
    .filter((message) => message.ruleId?.startsWith('secure-jwt/'))
    .map((message) => ({
      rule: message.ruleId!.slice('secure-jwt/'.length),
      messageId: message.messageId ?? '',
      line: message.line,
      message: message.message,
      suggestions: (message.suggestions ?? []).map((suggestion) => ({
        messageId: suggestion.messageId ?? '',
        desc: suggestion.desc,
        output: applyFix(code, suggestion.fix),
      })),
    }));
  return { findings, fatal };
}

export function applyFix(code: string, fix: { range: readonly [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

/** The plugin's findings on a snippet: `rule/messageId@line` strings, in order. */
export function reports(code: string, filename = 'file.ts'): string[] {
  const { findings, fatal } = lintAll(code, filename);
  if (fatal.length > 0) throw new Error(`lint failed: ${fatal.map((message) => message.message).join('; ')}`);
  return findings.map((finding) => `${finding.rule}/${finding.messageId}@${finding.line}`);
}
