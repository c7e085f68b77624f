import { lifetimeUnitMistakes, millisecondClaims, onJwtFile, type JwtFile } from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageIds =
  | 'millisecondExpiry'
  | 'millisecondClaim'
  | 'unitlessString'
  | 'secondsAsMilliseconds'
  | 'divideByThousand'
  | 'readAsSeconds'
  | 'keepMilliseconds'
  | 'multiplyByThousand';

export default createRule<Options, MessageIds>({
  name: 'no-expiry-unit-mistake',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow JWT times and lifetimes in the wrong unit (milliseconds for seconds, and back)',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      millisecondExpiry:
        '{{api}}: the {{name}} claim is set from a millisecond clock, but JWT times are seconds, so the token expires tens of thousands of years from now: a stolen token stays valid forever.',
      millisecondClaim:
        '{{api}}: the {{name}} claim is set from a millisecond clock, but JWT times are seconds, so it lies tens of thousands of years in the future and time checks based on it are meaningless.',
      unitlessString:
        '{{api}} reads the unit-less string {{code}} for {{name}} as milliseconds, not seconds: the token expires 1000 times sooner than meant, and the usual workaround (a huge or ignored expiry) leaves tokens valid for far too long.',
      secondsAsMilliseconds:
        '{{api}} counts a numeric {{name}} in milliseconds and this value looks like seconds: the token expires 1000 times sooner than meant, and the usual workaround (a huge or ignored expiry) leaves tokens valid for far too long.',
      divideByThousand: 'Convert to seconds: {{code}}.',
      readAsSeconds: 'Mean seconds: {{code}}.',
      keepMilliseconds: 'Keep milliseconds, with the unit spelled out: {{code}}.',
      multiplyByThousand: 'Convert seconds to milliseconds: {{code}}.',
    },
    schema: [],
  },
  create(context) {
    const checkClaims = (file: JwtFile): void => {
      for (const finding of millisecondClaims(file)) {
        const { fix, code } = finding;
        context.report({
          node: finding.node,
          messageId: finding.expiry ? 'millisecondExpiry' : 'millisecondClaim',
          data: { api: finding.api, name: finding.claim },
          suggest: fix && code ? [{ messageId: 'divideByThousand', data: { code }, fix }] : [],
        });
      }
    };

    const checkLifetimes = (file: JwtFile): void => {
      for (const finding of lifetimeUnitMistakes(file)) {
        if (finding.kind === 'unitless-string') {
          const { fixes } = finding;
          context.report({
            node: finding.node,
            messageId: 'unitlessString',
            data: { api: finding.api, name: finding.option, code: context.sourceCode.getText(finding.node) },
            suggest: fixes
              ? [
                  { messageId: 'readAsSeconds', data: { code: fixes.seconds }, fix: (fixer) => fixer.replaceText(fixes.node, fixes.seconds) },
                  {
                    messageId: 'keepMilliseconds',
                    data: { code: fixes.milliseconds },
                    fix: (fixer) => fixer.replaceText(fixes.node, fixes.milliseconds),
                  },
                ]
              : [],
          });
          continue;
        }
        const { fix, code } = finding;
        context.report({
          node: finding.node,
          messageId: 'secondsAsMilliseconds',
          data: { api: finding.api, name: finding.option },
          suggest: fix && code ? [{ messageId: 'multiplyByThousand', data: { code }, fix }] : [],
        });
      }
    };

    return onJwtFile(context, (file) => {
      checkClaims(file);
      checkLifetimes(file);
    });
  },
});
