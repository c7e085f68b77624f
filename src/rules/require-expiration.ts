import type { TSESTree } from '@typescript-eslint/utils';
import {
  argumentAt,
  insertBeforeMember,
  isTypeScriptFile,
  lookupOption,
  onJwtFile,
  payloadShape,
  setOptionsFix,
  stringLiteral,
  unwrap,
  type JwtFile,
} from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [{ defaultExpiresIn?: string }];
export type MessageIds = 'missingExpiration' | 'addExpiration' | 'addExpirationObjectPayload';

/** A duration both jsonwebtoken (via `ms`) and jose understand: `15m`, `1h`, `7 days`. */
const DURATION =
  '^[0-9]+ ?(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|y|yr|yrs|year|years)$';

export default createRule<Options, MessageIds>({
  name: 'require-expiration',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require JWTs to be signed with an expiry',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      missingExpiration:
        '{{api}} signs a token that never expires: a leaked or stolen token stays valid forever. Set {{remedy}}.',
      addExpiration: 'Add {{code}}.',
      addExpirationObjectPayload: 'Add {{code}} (only valid when the payload is an object, not a string).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          defaultExpiresIn: {
            type: 'string',
            pattern: DURATION,
            description: "Token lifetime the suggestion inserts, e.g. '15m', '1h' or '7d'.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ defaultExpiresIn: '1h' }],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const typescript = isTypeScriptFile(context.filename);
    const lifetime = stringLiteral(sourceCode, options.defaultExpiresIn ?? '1h');

    const checkCalls = (file: JwtFile): void => {
      for (const { node, model } of file.calls) {
        if (!model.expiryOption || model.options === undefined || model.key === undefined) continue;
        const options = argumentAt(node, model.options);
        const key = argumentAt(node, model.key);
        if (options === null || key === null) continue;
        const option = lookupOption(sourceCode, options, model.expiryOption);
        if (option.status !== 'absent') continue;
        const isBytes = (value: TSESTree.Node): boolean => file.keyMakers.get(value)?.bytes === true;
        const payload = model.payload === undefined ? undefined : argumentAt(node, model.payload);
        if (payload === null) continue;
        const shape = payloadShape(sourceCode, payload, model.expiryClaim ?? 'exp', isBytes);
        if (shape !== 'lacks-claim' && shape !== 'opaque') continue;

        const fix = setOptionsFix(
          sourceCode,
          { call: node, key, options, object: option.object },
          [{ name: model.expiryOption, value: lifetime, ...(option.nothing ? { replaces: option.nothing } : {}) }],
          typescript,
        );
        context.report({
          node,
          messageId: 'missingExpiration',
          data: { api: model.api, remedy: `the ${model.expiryOption} option` },
          // jsonwebtoken throws on `expiresIn` with a string payload: say so where the payload is unseen.
          suggest: fix
            ? [{ messageId: shape === 'opaque' ? 'addExpirationObjectPayload' : 'addExpiration', data: { code: `${model.expiryOption}: ${lifetime}` }, fix }]
            : [],
        });
      }
    };

    const checkBuilders = (file: JwtFile): void => {
      for (const builder of file.builders) {
        const { model, calls, construct } = builder;
        const expiryMethod = model.expiryMethod;
        if (!expiryMethod || builder.escapes || calls.some((call) => call.name === expiryMethod)) continue;
        const payload = model.payload === undefined ? undefined : argumentAt(construct, model.payload);
        const shape = payload === null ? 'unknown' : payloadShape(sourceCode, payload, 'exp', () => false);
        if (shape !== 'lacks-claim' && shape !== 'opaque') continue;
        const code = `.${expiryMethod}(${lifetime})`;
        for (const { name, call } of calls) {
          if (!model.finalMethods.includes(name)) continue;
          const callee = unwrap(call.callee);
          if (callee.type !== 'MemberExpression') continue;
          context.report({
            node: call,
            messageId: 'missingExpiration',
            data: { api: `${model.api}.${name}()`, remedy: `an expiry with ${expiryMethod}()` },
            suggest: [{ messageId: 'addExpiration', data: { code }, fix: (fixer) => insertBeforeMember(fixer, sourceCode, callee, code) }],
          });
        }
      }
    };

    return onJwtFile(context, (file) => {
      checkCalls(file);
      checkBuilders(file);
    });
  },
});
