import { onJwtFile, weakeningsOf } from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageIds = 'insecureKeySize' | 'invalidKeyType' | 'removeOption';

export default createRule<Options, MessageIds>({
  name: 'no-insecure-key-options',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow options that let JWTs be signed or verified with weak or mismatched keys',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      insecureKeySize: '{{option}} lets {{api}} sign with RSA keys shorter than 2048 bits, which an attacker can break to forge tokens.',
      invalidKeyType:
        '{{option}} lets {{api}} use a key whose type does not match the algorithm, the mix-up behind key-confusion forgeries (CVE-2022-23539).',
      removeOption: 'Remove {{option}}.',
    },
    schema: [],
  },
  create(context) {
    return onJwtFile(context, (file) => {
      for (const { node, api, option, effect, remove } of weakeningsOf(file, ['insecure-key-size', 'invalid-key-type'])) {
        context.report({
          node,
          messageId: effect === 'insecure-key-size' ? 'insecureKeySize' : 'invalidKeyType',
          data: { api, option },
          suggest: remove ? [{ messageId: 'removeOption', data: { option }, fix: remove }] : [],
        });
      }
    });
  },
});
