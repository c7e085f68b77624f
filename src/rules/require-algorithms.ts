import { allowListOf, isTypeScriptFile, onJwtFile } from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageIds = 'missingAlgorithms' | 'missingRequiredAlgorithms' | 'unknownKeyKind' | 'addAlgorithms';

export default createRule<Options, MessageIds>({
  name: 'require-algorithms',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an explicit algorithm allow-list when verifying or decrypting JWTs',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      missingAlgorithms:
        "{{api}} has no explicit {{options}} allow-list: the token's own header picks how it is checked, which opens the door to algorithm-confusion attacks (a public key used as an HMAC secret).",
      missingRequiredAlgorithms:
        '{{api}} has no {{options}} allow-list: the library refuses to start without one, and pinning it is what stops algorithm-confusion attacks.',
      unknownKeyKind:
        '{{api}} has no explicit {{options}} allow-list, and nothing here says whether its key is a shared secret or a public key: pin the algorithms that key is used with (an HMAC algorithm only for a secret, never for a public key).',
      addAlgorithms: 'Allow only {{list}}.',
    },
    schema: [],
  },
  create(context) {
    const typescript = isTypeScriptFile(context.filename);
    return onJwtFile(context, (file) => {
      for (const site of file.sites) {
        const answer = allowListOf(file, site, typescript);
        if (answer.status !== 'missing') continue;
        context.report({
          node: site.node,
          messageId: answer.required ? 'missingRequiredAlgorithms' : answer.keyUnknown ? 'unknownKeyKind' : 'missingAlgorithms',
          data: { api: site.model.api, options: answer.names },
          suggest: answer.fix ? [{ messageId: 'addAlgorithms', data: { list: answer.list }, fix: answer.fix }] : [],
        });
      }
    });
  },
});
