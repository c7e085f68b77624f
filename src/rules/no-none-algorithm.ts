import type { TSESTree } from '@typescript-eslint/utils';
import {
  allowListValues,
  falsyVerificationKeys,
  onJwtFile,
  removeItemFix,
  signingAlgorithms,
  unsecuredSites,
} from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageIds = 'noneSigning' | 'noneAllowed' | 'unsecuredToken' | 'emptyVerificationKey' | 'removeNone';

const isNone = (name: string | undefined): boolean => name?.toLowerCase() === 'none';

export default createRule<Options, MessageIds>({
  name: 'no-none-algorithm',
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow the 'none' algorithm: unsigned JWTs that anyone can forge",
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      noneSigning: "{{api}} makes tokens with the 'none' algorithm: they carry no signature, so anyone can forge one.",
      noneAllowed: "{{api}} allows the 'none' algorithm in {{option}}: anyone can forge an unsigned token that passes verification.",
      unsecuredToken: "{{api}} makes or reads unsecured tokens (alg 'none'): they carry no signature, so anyone can forge one.",
      emptyVerificationKey:
        "{{api}} verifies with an empty key: some library versions then accept unsigned tokens (alg 'none'), which anyone can forge (CVE-2022-23540).",
      removeNone: "Remove 'none' from {{option}}.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return onJwtFile(context, (file) => {
      const reported = new Set<TSESTree.Node>();
      for (const { node, api, algorithmName } of signingAlgorithms(file)) {
        if (!isNone(algorithmName) || reported.has(node)) continue;
        reported.add(node);
        context.report({ node, messageId: 'noneSigning', data: { api } });
      }
      for (const list of allowListValues(file)) {
        const nones = list.entries.filter((entry) => isNone(entry.algorithmName));
        const others = list.entries.filter((entry) => !isNone(entry.algorithmName));
        for (const entry of nones) {
          if (reported.has(entry.node)) continue;
          reported.add(entry.node);
          // Dropping 'none' is right only where the list keeps an algorithm and is written right here.
          const fix = list.literal && others.length > 0 ? removeItemFix(sourceCode, list.literal, entry.node) : undefined;
          context.report({
            node: entry.node,
            messageId: 'noneAllowed',
            data: { api: list.site.model.api, option: list.option },
            suggest: fix ? [{ messageId: 'removeNone', data: { option: list.option }, fix }] : [],
          });
        }
      }
      for (const site of unsecuredSites(file)) {
        context.report({ node: site.node, messageId: 'unsecuredToken', data: { api: site.model.api } });
      }
      for (const { node, api } of falsyVerificationKeys(file)) {
        context.report({ node, messageId: 'emptyVerificationKey', data: { api } });
      }
    });
  },
});
