// The audit's readable report: findings grouped by file, each with the fix its rule suggests shown
// as a small before/after of the lines it changes.
import path from 'node:path';
import type { ESLint, Linter } from 'eslint';

export interface ReportNotes {
  /** Paths given on the command line that do not exist. */
  missingPaths: string[];
  /** TypeScript files left out because no TypeScript parser was available. */
  skippedTypeScript: string[];
  /** The command that would include them. */
  skippedCommand?: string;
  /** Number of files linted. */
  fileCount: number;
  /** Config the rules came from. */
  configName: string;
}

const MAX_FIX_LINES = 6;

/** Whether a message is a file that could not be parsed (or another fatal problem with no rule). */
export const isFatal = (message: Linter.LintMessage): boolean => message.fatal === true || message.ruleId === null;

const relative = (cwd: string, file: string): string => path.relative(cwd, file).split(path.sep).join('/') || file;

/** The lines an edit touches, before and after it; undefined if the edit does not fit the source. */
/** `.env`, `.env.production`, …: files whose text is secrets, never to be echoed into a report. */
export function isEnvFile(filePath: string): boolean {
  return /^\.env(?:\.|$)/u.test(path.basename(filePath));
}

export function fixPreview(source: string, fix: { range: [number, number]; text: string }): { before: string[]; after: string[]; line: number } | undefined {
  const [start, end] = fix.range;
  if (start < 0 || end > source.length || start > end) return undefined;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const nextNewline = source.indexOf('\n', end);
  const lineEnd = nextNewline === -1 ? source.length : nextNewline;
  const before = source.slice(lineStart, lineEnd);
  const after = source.slice(lineStart, start) + fix.text + source.slice(end, lineEnd);
  const line = source.slice(0, lineStart).split('\n').length;
  const trim = (text: string): string[] => {
    const lines = text.split('\n').map((value) => value.replace(/\r$/u, ''));
    return lines.length > MAX_FIX_LINES ? [...lines.slice(0, MAX_FIX_LINES - 1), `… (${lines.length - MAX_FIX_LINES + 1} more lines)`] : lines;
  };
  return { before: trim(before), after: trim(after), line };
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatText(results: ESLint.LintResult[], sources: Map<string, string>, cwd: string, notes: ReportNotes): string {
  const out: string[] = [];
  const byRule = new Map<string, number>();
  let findings = 0;
  let unparsed = 0;
  let filesWithFindings = 0;
  for (const result of [...results].sort((a, b) => a.filePath.localeCompare(b.filePath))) {
    if (result.messages.length === 0) continue;
    const file = relative(cwd, result.filePath);
    const source = sources.get(result.filePath) ?? result.source ?? '';
    const ruleMessages = result.messages.filter((message) => !isFatal(message));
    if (ruleMessages.length > 0) filesWithFindings += 1;
    out.push('', file);
    for (const message of result.messages) {
      const at = `${message.line ?? 0}:${message.column ?? 0}`;
      if (isFatal(message)) {
        unparsed += 1;
        out.push(`  ${at}  could not parse this file, so it was not audited: ${message.message}`);
        continue;
      }
      findings += 1;
      byRule.set(message.ruleId!, (byRule.get(message.ruleId!) ?? 0) + 1);
      out.push(`  ${at}  ${message.severity === 2 ? 'error' : 'warning'}  ${message.message}  ${message.ruleId}`);
      const fixes = [
        ...(message.fix ? [{ desc: 'automatic fix', fix: message.fix }] : []),
        ...(message.suggestions ?? []).map((suggestion) => ({ desc: suggestion.desc, fix: suggestion.fix })),
      ];
      for (const { desc, fix } of fixes) {
        out.push(`      suggested fix: ${desc}`);
        // An env file's lines hold the secret itself: the report names the fix, never the value.
        const preview = isEnvFile(result.filePath) ? undefined : fixPreview(source, fix);
        if (!preview) continue;
        const width = String(preview.line + Math.max(preview.before.length, preview.after.length)).length;
        preview.before.forEach((text, index) => out.push(`      ${String(preview.line + index).padStart(width)} - ${text}`));
        preview.after.forEach((text, index) => out.push(`      ${String(preview.line + index).padStart(width)} + ${text}`));
      }
    }
  }
  out.push('');
  for (const missing of notes.missingPaths) out.push(`Not found, skipped: ${missing}`);
  if (notes.skippedTypeScript.length > 0) {
    out.push(`Not audited: ${plural(notes.skippedTypeScript.length, 'TypeScript file')} (no TypeScript parser available):`);
    for (const file of notes.skippedTypeScript) out.push(`  ${relative(cwd, file)}`);
    if (notes.skippedCommand) out.push(`To include them, run: ${notes.skippedCommand}`);
  }
  const perRule = [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, count]) => `${rule} ×${count}`).join(', ');
  const summary =
    findings === 0
      ? `No findings in ${plural(notes.fileCount, 'file')} (secure-jwt ${notes.configName} config).`
      : `${plural(findings, 'finding')} in ${filesWithFindings} of ${plural(notes.fileCount, 'file')} (${perRule}).`;
  out.push(unparsed > 0 ? `${summary} ${plural(unparsed, 'file')} could not be parsed.` : summary);
  return `${out.join('\n').replace(/^\n/u, '')}\n`;
}
