import {
  builderLifetimes,
  describeSeconds,
  durationSeconds,
  expiryOf,
  isTypeScriptFile,
  lifetimeOf,
  onJwtFile,
  stringLiteral,
  unexpiredBuilderCalls,
  type JwtFile,
  type Lifetime,
} from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [{ defaultExpiresIn?: string; maxLifetime?: string }];
export type MessageIds = 'missingExpiration' | 'addExpiration' | 'addExpirationObjectPayload' | 'lifetimeTooLong' | 'shortenLifetime';

/** A duration both jsonwebtoken (via `ms`) and jose understand: `15m`, `1h`, `7 days`. */
const DURATION =
  '^[0-9]+ ?(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|y|yr|yrs|year|years)$';

export default createRule<Options, MessageIds>({
  name: 'require-expiration',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require JWTs to be signed with an expiry, optionally no longer than a limit',
      recommended: true,
      // 30 days: the longest refresh or "remember me" token most apps need (and Auth.js's default
      // session age); '1y' or '100y' lifetimes that defeat the expiry are well over it.
      strictOptions: [{ maxLifetime: '30d' }],
    },
    hasSuggestions: true,
    messages: {
      missingExpiration:
        '{{api}} signs a token that never expires: a leaked or stolen token stays valid forever. Set {{remedy}}.',
      addExpiration: 'Add {{code}}.',
      addExpirationObjectPayload:
        'Add {{code}} (only valid when the payload is an object that carries no expiry of its own, not a string).',
      lifetimeTooLong:
        '{{api}} signs tokens that stay valid for {{lifetime}}, longer than the {{limit}} allowed here: a leaked or stolen token stays useful for that long.',
      shortenLifetime: 'Shorten the lifetime to {{code}}.',
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
          maxLifetime: {
            type: 'string',
            pattern: DURATION,
            description:
              "Longest lifetime a statically known expiry may set, e.g. '1d' or '30d'; longer ones are reported. Off when not set (the `strict` config sets '30d').",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ defaultExpiresIn: '1h' }],
  },
  create(context, [options]) {
    const maxLifetime = options.maxLifetime;
    const limit = maxLifetime === undefined ? undefined : durationSeconds(maxLifetime);

    const checkLimit = (api: string, found: Lifetime | undefined): void => {
      if (!found || limit === undefined || maxLifetime === undefined || found.seconds <= limit) return;
      const code = found.rewrite?.(maxLifetime, limit);
      context.report({
        node: found.node,
        messageId: 'lifetimeTooLong',
        data: { api, lifetime: describeSeconds(found.seconds), limit: maxLifetime },
        suggest: code ? [{ messageId: 'shortenLifetime', data: { code }, fix: (fixer) => fixer.replaceText(found.node, code) }] : [],
      });
    };

    const checkSites = (file: JwtFile, lifetime: string): void => {
      const typescript = isTypeScriptFile(context.filename);
      for (const site of file.sites) {
        const answer = expiryOf(file, site, lifetime, typescript);
        if (answer.status === 'set') checkLimit(site.model.api, lifetimeOf(file, site));
        if (answer.status !== 'missing') continue;
        const { code, fix } = answer;
        context.report({
          node: site.node,
          messageId: 'missingExpiration',
          data: { api: site.model.api, remedy: answer.remedy },
          // jsonwebtoken throws on `expiresIn` with a string payload: say so where the payload is unseen.
          suggest:
            fix && code
              ? [{ messageId: answer.opaquePayload ? 'addExpirationObjectPayload' : 'addExpiration', data: { code }, fix }]
              : [],
        });
      }
    };

    const checkBuilders = (file: JwtFile, lifetime: string): void => {
      for (const finding of unexpiredBuilderCalls(file, lifetime)) {
        context.report({
          node: finding.node,
          messageId: 'missingExpiration',
          data: { api: finding.api, remedy: finding.remedy },
          suggest: [{ messageId: 'addExpiration', data: { code: finding.code }, fix: finding.fix }],
        });
      }
    };

    return onJwtFile(context, (file) => {
      const lifetime = stringLiteral(context.sourceCode, options.defaultExpiresIn ?? '1h');
      checkSites(file, lifetime);
      checkBuilders(file, lifetime);
      if (limit !== undefined) for (const found of builderLifetimes(file)) checkLimit(found.api, found);
    });
  },
});
