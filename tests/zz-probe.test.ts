import { it } from 'vitest';
import { lintAll } from './lint-helper.js';
import { readFileSync } from 'node:fs';

const cases: Record<string, string> = JSON.parse(readFileSync('/tmp/w10/cases.json', 'utf8'));
it('probe', () => {
  for (const [name, code] of Object.entries(cases)) {
    if (process.env.ONLY && !name.startsWith(process.env.ONLY)) continue;
    const filename = name.includes('.') ? name.split(' ')[0]!.replace(/^[^.]*/, 'file') : 'file.ts';
    const { findings, fatal } = lintAll(code, filename);
    console.log(`\n### ${name}\n` + fatal.map((f) => `FATAL ${f.message}`).join('\n') + findings.map((f) => `-> ${f.rule}/${f.messageId}@${f.line} ${f.suggestions.map((s) => `\n   [${s.messageId}: ${s.desc}]\n${s.output}`).join('')}`).join('\n'));
  }
});
