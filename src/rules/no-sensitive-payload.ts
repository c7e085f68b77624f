import { DEFAULT_SENSITIVE_KEYS, memoize, onJwtFile, payloadEntries, removeItemFix, signedPayloads } from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [{ names?: string[]; additionalNames?: string[] }];
export type MessageIds = 'sensitivePayload' | 'removeProperty';


function normalize(key: string): string {
  return key.toLowerCase().replace(/[_\-\s]/gu, '');
}

/** The normalized names to report, per options object (rules get the same one for every file). */
const sensitiveNames = memoize(
  (options: Options[0]): ReadonlySet<string> =>
    new Set([...(options.names ?? DEFAULT_SENSITIVE_KEYS), ...(options.additionalNames ?? [])].map(normalize)),
);

export default createRule<Options, MessageIds>({
  name: 'no-sensitive-payload',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow passwords, card numbers, secrets and similar data in a JWT payload',
      recommended: false,
      strict: true,
    },
    hasSuggestions: true,
    messages: {
      sensitivePayload:
        '{{api}} puts {{name}} in the token payload, which is only base64url-encoded: anyone who sees the token (logs, browser storage, a proxy) can read it.',
      removeProperty: 'Remove {{name}} from the payload.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          names: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Payload property names that must not be signed, replacing the default list (compared without case, `_` or `-`).',
          },
          additionalNames: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'More property names to report, added to `names`.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ names: [...DEFAULT_SENSITIVE_KEYS], additionalNames: [] }],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    return onJwtFile(context, (file) => {
      const sensitive = sensitiveNames(options);
      for (const payload of signedPayloads(file)) {
        for (const entry of payloadEntries(sourceCode, payload.object)) {
          if (!sensitive.has(normalize(entry.propertyName))) continue;
          const name = [...entry.parents, entry.propertyName].join('.');
          // Removing a property is only clearly right where the payload is written for this call.
          const removable = payload.inline && entry.parents.length === 0 && entry.property.parent === payload.object;
          const removal = removable ? removeItemFix(sourceCode, payload.object, entry.property) : undefined;
          context.report({
            node: entry.name,
            messageId: 'sensitivePayload',
            data: { api: payload.api, name },
            suggest: removal ? [{ messageId: 'removeProperty', data: { name }, fix: removal }] : [],
          });
        }
      }
    });
  },
});
