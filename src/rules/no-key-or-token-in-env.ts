import { createRule } from '../create-rule.js';
import { DOTENV_LANGUAGES, onDocument } from '../languages/dotenv/rule.js';
import { isExampleFile, isLocalFile, isPrivateKey, isSecretJwt } from '../languages/dotenv/secrets.js';

export type Options = [];
export type MessageIds = 'privateKey' | 'token' | 'removeValue';

export default createRule<Options, MessageIds>({
  name: 'no-key-or-token-in-env',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow private keys and JWTs in `.env` files that are meant to be committed (all but `.env.local` and `.env.*.local`)',
      recommended: false,
      dotenv: true,
    },
    languages: DOTENV_LANGUAGES,
    hasSuggestions: true,
    messages: {
      privateKey:
        '{{name}} holds a private key in an env file that is meant to be committed: whoever reads the repository can sign tokens as this service. Keep it in .env.local or a secret store.',
      token:
        '{{name}} holds a JWT in an env file that is meant to be committed: whoever reads the repository can use it as a bearer token until it expires. Keep it in .env.local or a secret store.',
      removeValue: 'Empty the value here and set it in .env.local or the deployment’s secret store.',
    },
    schema: [],
  },
  create(context) {
    // `.env.local` files are the place for local keys; example files are no-real-secret-in-env-example's.
    if (isLocalFile(context.filename) || isExampleFile(context.filename)) return {};
    return onDocument((document) => {
      for (const { key, value } of document.body) {
        const messageId = isPrivateKey(value.value) ? 'privateKey' : isSecretJwt(value.value) ? 'token' : undefined;
        if (!messageId) continue;
        context.report({
          loc: value.loc,
          messageId,
          data: { name: key.name },
          suggest: [{ messageId: 'removeValue', fix: (fixer) => fixer.replaceTextRange(value.range, '') }],
        });
      }
    });
  },
});
