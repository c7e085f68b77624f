import { createSecretNameMatcher } from '../secret-names.js';
import { createRule } from '../create-rule.js';
import { randomSecret } from '../languages/dotenv/random.js';
import { DEFAULT_NAMES, DOTENV_LANGUAGES, namesOption, onDocument } from '../languages/dotenv/rule.js';
import {
  asHmacAlgorithm,
  HMAC_ALGORITHMS,
  isExampleFile,
  isPrivateKey,
  isPublicKey,
  isIndirectValue,
  judgeSecret,
  REQUIRED_BYTES,
  type HmacAlgorithm,
} from '../languages/dotenv/secrets.js';

export type Options = [{ names?: string[]; algorithm?: HmacAlgorithm; algorithmVariables?: string[] }];
export type MessageIds = 'placeholder' | 'tooShort' | 'lowEntropy' | 'generateSecret';

export default createRule<Options, MessageIds>({
  name: 'no-weak-env-secret',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow JWT secrets in `.env` files that are placeholders, shorter than the algorithm needs, or guessable',
      recommended: false,
      dotenv: true,
    },
    languages: DOTENV_LANGUAGES,
    hasSuggestions: true,
    messages: {
      placeholder:
        '{{name}} holds a well-known placeholder: attackers try these first, and one right guess lets them forge tokens for any user. Replace it with a random value.',
      tooShort:
        '{{name}} is shorter than the {{bytes}} bytes {{algorithm}} needs: a short HMAC secret can be brute-forced offline from a single token, and then anyone can forge tokens. Use at least {{bytes}} random bytes.',
      lowEntropy:
        '{{name}} is long enough but guessable (words, repeats or keyboard runs): it can be cracked offline from a single token, and then anyone can forge tokens. Use {{bytes}} random bytes.',
      generateSecret:
        'Replace it with {{bytes}} new cryptographically random bytes (base64url); tokens signed with the old value stop verifying.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          names: namesOption,
          algorithm: {
            type: 'string',
            enum: [...HMAC_ALGORITHMS],
            description: 'The HMAC algorithm the secrets sign with, when the file does not say it in one of `algorithmVariables`.',
          },
          algorithmVariables: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Variables in the same file that name the algorithm (`JWT_ALGORITHM=HS512`).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ names: DEFAULT_NAMES, algorithm: 'HS256', algorithmVariables: ['JWT_ALGORITHM', 'JWT_ALG'] }],
  },
  create(context, [options]) {
    // Example files are meant to hold placeholders: no-real-secret-in-env-example checks them.
    if (isExampleFile(context.filename)) return {};
    const isSecretName = createSecretNameMatcher(options.names);
    const algorithmVariables = new Set(options.algorithmVariables);
    return onDocument((document) => {
      const declared = document.body.filter((variable) => algorithmVariables.has(variable.key.name)).at(-1);
      const algorithm = (declared && asHmacAlgorithm(declared.value.value)) ?? options.algorithm ?? 'HS256';
      const bytes = REQUIRED_BYTES[algorithm];
      for (const { key, value } of document.body) {
        const text = value.value;
        if (!isSecretName(key.name) || text === '' || isIndirectValue(text) || isPrivateKey(text) || isPublicKey(text)) continue;
        const verdict = judgeSecret(text, algorithm);
        if (!verdict) continue;
        const quote = value.quote ?? '';
        context.report({
          loc: value.loc,
          messageId: verdict,
          data: { name: key.name, algorithm, bytes: String(bytes) },
          suggest: [
            {
              messageId: 'generateSecret',
              data: { bytes: String(bytes) },
              fix: (fixer) => fixer.replaceTextRange(value.range, `${quote}${randomSecret(bytes)}${quote}`),
            },
          ],
        });
      }
    });
  },
});
