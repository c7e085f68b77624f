import { onJwtFile, weakeningsOf } from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [{ maxClockToleranceSeconds?: number }];
export type MessageIds = 'expiryIgnored' | 'notBeforeIgnored' | 'largeClockTolerance' | 'removeOption';

const DEFAULT_MAX_CLOCK_TOLERANCE = 300;

export default createRule<Options, MessageIds>({
  name: 'no-ignore-expiration',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow verifying JWTs without checking their expiry or not-before time',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      expiryIgnored: '{{option}} makes {{api}} accept expired tokens: a leaked or stolen token keeps working forever.',
      notBeforeIgnored: '{{option}} makes {{api}} accept tokens before their not-before (nbf) time: a token meant for later works now.',
      largeClockTolerance:
        '{{option}} lets {{api}} accept tokens {{seconds}} seconds past their expiry (more than {{limit}}): a stolen token keeps working that long.',
      removeOption: 'Remove {{option}}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          maxClockToleranceSeconds: {
            type: 'number',
            minimum: 0,
            description: 'The largest clock tolerance, in seconds, that is not reported (default 300: five minutes).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ maxClockToleranceSeconds: DEFAULT_MAX_CLOCK_TOLERANCE }],
  },
  create(context, [options]) {
    const limit = options.maxClockToleranceSeconds ?? DEFAULT_MAX_CLOCK_TOLERANCE;
    return onJwtFile(context, (file) => {
      for (const weakening of weakeningsOf(file, ['ignore-expiration', 'ignore-not-before', 'clock-tolerance'])) {
        const { node, api, option, effect, seconds, remove } = weakening;
        if (effect === 'clock-tolerance') {
          if (seconds === undefined || seconds <= limit) continue;
          context.report({
            node,
            messageId: 'largeClockTolerance',
            data: { api, option, seconds: String(seconds), limit: String(limit) },
          });
          continue;
        }
        context.report({
          node,
          messageId: effect === 'ignore-expiration' ? 'expiryIgnored' : 'notBeforeIgnored',
          data: { api, option },
          suggest: remove ? [{ messageId: 'removeOption', data: { option }, fix: remove }] : [],
        });
      }
    });
  },
});
