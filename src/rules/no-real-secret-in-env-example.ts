import { createSecretNameMatcher } from '../secret-names.js';
import { createRule } from '../create-rule.js';
import { DEFAULT_NAMES, DOTENV_LANGUAGES, namesOption, onDocument } from '../languages/dotenv/rule.js';
import {
  estimateEntropyBits,
  isExampleFile,
  isPlaceholder,
  isPrivateKey,
  isIndirectValue,
  isSecretJwt,
} from '../languages/dotenv/secrets.js';

export type Options = [{ names?: string[]; placeholder?: string }];
export type MessageIds = 'realSecret' | 'realKey' | 'realToken' | 'usePlaceholder';

/** Below this a value is a dev default or a made-up word, not something generated: 64 bits is ~11 random characters. */
const GENERATED_BITS = 64;

export default createRule<Options, MessageIds>({
  name: 'no-real-secret-in-env-example',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow real-looking JWT secrets, private keys and tokens in `.env.example`, `.env.sample` and `.env.template` files',
      recommended: false,
      dotenv: true,
    },
    languages: DOTENV_LANGUAGES,
    hasSuggestions: true,
    messages: {
      realSecret:
        '{{name}} in an example file looks like a real secret, not a placeholder: example files are committed and copied into every setup, so whoever reads the repository can forge tokens wherever it is used. Keep a placeholder here.',
      realKey:
        '{{name}} in an example file holds a private key: example files are committed and copied into every setup, so whoever reads the repository can sign tokens wherever it is used. Keep a placeholder here.',
      realToken:
        '{{name}} in an example file holds a JWT: whoever reads the repository can use it as a bearer token until it expires. Keep a placeholder here.',
      usePlaceholder: 'Replace the value with a placeholder.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          names: namesOption,
          placeholder: {
            type: 'string',
            pattern: '^[A-Za-z0-9_<>.-]*$',
            description: 'The placeholder the suggestion writes (letters, digits and `_<>.-`, so it needs no quotes).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ names: DEFAULT_NAMES, placeholder: 'change-me' }],
  },
  create(context, [options]) {
    if (!isExampleFile(context.filename)) return {};
    const isSecretName = createSecretNameMatcher(options.names);
    return onDocument((document) => {
      for (const { key, value } of document.body) {
        const text = value.value;
        if (text.trim() === '' || isIndirectValue(text)) continue;
        let messageId: MessageIds | undefined;
        if (isPrivateKey(text)) messageId = 'realKey';
        else if (isSecretJwt(text)) messageId = 'realToken';
        else if (isSecretName(key.name) && !isPlaceholder(text) && estimateEntropyBits(text) >= GENERATED_BITS) messageId = 'realSecret';
        if (!messageId) continue;
        context.report({
          loc: value.loc,
          messageId,
          data: { name: key.name },
          suggest: [{ messageId: 'usePlaceholder', fix: (fixer) => fixer.replaceTextRange(value.range, options.placeholder ?? 'change-me') }],
        });
      }
    });
  },
});
