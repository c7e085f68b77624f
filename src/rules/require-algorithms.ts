import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  argumentAt,
  isTypeScriptFile,
  lookupOption,
  onJwtFile,
  setOptionsFix,
  stringLiteral,
  suggestEncryptionAlgorithms,
  suggestSigningAlgorithms,
  type FunctionCall,
  type JwtFile,
  type NewOption,
  type OptionLookup,
} from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageIds = 'missingAlgorithms' | 'addAlgorithms';

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
      addAlgorithms: 'Allow only {{list}}.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const typescript = isTypeScriptFile(context.filename);

    /** The allow-lists to add, as `name: [...]` pairs, inferred from the file and the key. */
    const allowLists = (file: JwtFile, call: FunctionCall, missing: readonly string[]): [string, string[]][] => {
      const key = call.model.key === undefined ? undefined : (argumentAt(call.node, call.model.key) ?? undefined);
      if (call.model.operation === 'verify') {
        return missing.map((name) => [name, suggestSigningAlgorithms(file, key)]);
      }
      const lists = suggestEncryptionAlgorithms(file, key);
      const byOption: Record<string, string[]> = {
        keyManagementAlgorithms: lists.keyManagementAlgorithms,
        contentEncryptionAlgorithms: lists.contentEncryptionAlgorithms,
        // jose 1/2 `JWE.decrypt` takes one list for both.
        algorithms: [...lists.keyManagementAlgorithms, ...lists.contentEncryptionAlgorithms],
      };
      return missing.map((name) => [name, byOption[name] ?? []]);
    };

    const suggestion = (
      file: JwtFile,
      call: FunctionCall,
      options: TSESTree.Node | undefined,
      missing: readonly { name: string; lookup: Extract<OptionLookup, { status: 'absent' }> }[],
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] => {
      const lists = allowLists(
        file,
        call,
        missing.map(({ name }) => name),
      );
      const newOptions: NewOption[] = lists.map(([name, algorithms], index) => ({
        name,
        value: `[${algorithms.map((algorithm) => stringLiteral(sourceCode, algorithm)).join(', ')}]`,
        ...(missing[index]?.lookup.nothing ? { replaces: missing[index].lookup.nothing } : {}),
      }));
      const key = call.model.key === undefined ? undefined : (argumentAt(call.node, call.model.key) ?? undefined);
      const object = missing.find(({ lookup }) => lookup.object)?.lookup.object;
      const fix = setOptionsFix(sourceCode, { call: call.node, key, options, object }, newOptions, typescript);
      const list = lists.flatMap(([, algorithms]) => algorithms).join(', ');
      return fix ? [{ messageId: 'addAlgorithms', data: { list }, fix }] : [];
    };

    return onJwtFile(context, (file) => {
      for (const call of file.calls) {
        const { node, model } = call;
        if (!model.algorithmLists || model.options === undefined) continue;
        const options = argumentAt(node, model.options);
        if (options === null) continue;
        const lookups = model.algorithmLists.map((name) => ({ name, lookup: lookupOption(sourceCode, options, name) }));
        if (lookups.some(({ lookup }) => lookup.status === 'unknown')) continue;
        const missing = lookups.flatMap(({ name, lookup }) => (lookup.status === 'absent' ? [{ name, lookup }] : []));
        if (missing.length === 0) continue;
        context.report({
          node,
          messageId: 'missingAlgorithms',
          data: { api: model.api, options: missing.map(({ name }) => name).join(' and ') },
          suggest: suggestion(file, call, options, missing),
        });
      }
    });
  },
});
