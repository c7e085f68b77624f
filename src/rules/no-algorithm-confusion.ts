import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  allowListValues,
  isKnownSecret,
  isVisiblyAsymmetric,
  jwsAlgorithmKind,
  keyAlgorithm,
  onJwtFile,
  stringLiteral,
  verificationKeys,
  type AllowListEntry,
  type AllowListValue,
} from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageIds = 'mixedAlgorithms' | 'publicKeyAsSecret' | 'algorithmFromToken' | 'allowOnly';

const names = (entries: readonly AllowListEntry[]): string => [...new Set(entries.map((entry) => entry.algorithmName))].join(', ');

export default createRule<Options, MessageIds>({
  name: 'no-algorithm-confusion',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow allow-lists that let an attacker verify a JWT with the wrong kind of key',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      mixedAlgorithms:
        '{{api}} allows both HMAC and public-key algorithms ({{list}}): an attacker can sign a token with HMAC, using your public key as the secret.',
      publicKeyAsSecret:
        '{{api}} allows only HMAC algorithms ({{list}}) but verifies with a public or asymmetric key: anyone who has the public key can forge tokens.',
      algorithmFromToken: "{{api}} takes the allowed algorithm from the token's own header: the attacker chooses how the token is checked.",
      allowOnly: 'Allow only {{list}}.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;

    /** Rewrites an inline list to `kept` (each element's own text). */
    const keepFix = (list: AllowListValue, kept: readonly AllowListEntry[]): TSESLint.ReportFixFunction | undefined => {
      const { literal } = list;
      if (!literal || kept.length === 0) return undefined;
      if (sourceCode.getCommentsInside(literal).length > 0) return undefined;
      return (fixer) => fixer.replaceText(literal, `[${kept.map((entry) => sourceCode.getText(entry.node)).join(', ')}]`);
    };

    return onJwtFile(context, (file) => {
      const reported = new Set<TSESTree.Node>();
      for (const list of allowListValues(file)) {
        const api = list.site.model.api;
        if (!list.signing) continue;
        for (const entry of list.entries) {
          if (!entry.fromToken || reported.has(entry.node)) continue;
          reported.add(entry.node);
          context.report({ node: entry.node, messageId: 'algorithmFromToken', data: { api } });
        }
        const hmac = list.entries.filter((entry) => entry.algorithmName !== undefined && jwsAlgorithmKind(entry.algorithmName) === 'hmac');
        const asymmetric = list.entries.filter((entry) => entry.algorithmName !== undefined && jwsAlgorithmKind(entry.algorithmName) === 'asymmetric');
        if (reported.has(list.node)) continue;
        const keys = verificationKeys(file, list.site);
        if (hmac.length > 0 && asymmetric.length > 0) {
          reported.add(list.node);
          // Keep the half that fits the key, when the key says which: HMAC only for a key known to be a secret.
          const secret = keys.length > 0 && keys.every(isKnownSecret);
          const publicKey = keys.length > 0 && keys.every(isVisiblyAsymmetric);
          const kept = secret ? hmac : publicKey ? asymmetric : [];
          const fix = list.complete ? keepFix(list, kept) : undefined;
          context.report({
            node: list.node,
            messageId: 'mixedAlgorithms',
            data: { api, list: names([...hmac, ...asymmetric]) },
            suggest: fix ? [{ messageId: 'allowOnly', data: { list: names(kept) }, fix }] : [],
          });
          continue;
        }
        const onlyHmac = list.complete && hmac.length > 0 && hmac.length === list.entries.length;
        if (!onlyHmac || !keys.some(isVisiblyAsymmetric)) continue;
        reported.add(list.node);
        // The key says which algorithm it was made for (`importSPKI(pem, 'RS256')`): that one is right.
        const made = keys.length === 1 ? keyAlgorithm(keys[0]!) : undefined;
        const algorithm = made !== undefined && jwsAlgorithmKind(made) === 'asymmetric' ? made : undefined;
        const written = list.literal ?? (list.single && list.node.type === 'Literal' ? list.node : undefined);
        const fix =
          algorithm && written
            ? (fixer: TSESLint.RuleFixer) =>
                fixer.replaceText(written, list.single ? stringLiteral(sourceCode, algorithm) : `[${stringLiteral(sourceCode, algorithm)}]`)
            : undefined;
        context.report({
          node: list.node,
          messageId: 'publicKeyAsSecret',
          data: { api, list: names(hmac) },
          suggest: fix && algorithm ? [{ messageId: 'allowOnly', data: { list: algorithm }, fix }] : [],
        });
      }
    });
  },
});
