import { onJwtFile, trustedDecodes, type TrustUse } from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageIds = 'unverifiedReturned' | 'unverifiedStored' | 'unverifiedCompared';

const MESSAGE_OF_USE: Readonly<Record<TrustUse, MessageIds>> = {
  returned: 'unverifiedReturned',
  stored: 'unverifiedStored',
  compared: 'unverifiedCompared',
};

export default createRule<Options, MessageIds>({
  name: 'no-unverified-decode',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow trusting the claims of a JWT that was decoded without verifying its signature',
      recommended: false,
      strict: true,
    },
    // No rewrite is clearly right: verifying needs the key and the algorithms, which only the app knows.
    hasSuggestions: false,
    messages: {
      unverifiedReturned:
        '{{api}} does not check the signature, yet its claims are returned as the caller\'s identity: anyone can forge a token with any claims. Verify the token instead.',
      unverifiedStored:
        '{{api}} does not check the signature, yet its claims are stored as the request\'s identity: anyone can forge a token with any claims. Verify the token instead.',
      unverifiedCompared:
        '{{api}} does not check the signature, yet a claim decides access here: anyone can forge a token with any claims. Verify the token instead.',
    },
    schema: [],
  },
  create(context) {
    return onJwtFile(context, (file) => {
      for (const finding of trustedDecodes(file)) {
        context.report({ node: finding.node, messageId: MESSAGE_OF_USE[finding.use], data: { api: finding.api } });
      }
    });
  },
});
