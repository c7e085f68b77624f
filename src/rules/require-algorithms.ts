import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  argumentAt,
  canExtendOptions,
  insertArgumentAfter,
  insertProperty,
  isNothing,
  isTypeScriptFile,
  lookupOption,
  onJwtFile,
  stringLiteral,
  suggestEncryptionAlgorithms,
  suggestSigningAlgorithms,
  type FunctionCall,
  type JwtFile,
} from '../analysis/index.js';
import { createRule } from './create-rule.js';

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
      return missing.map((name) => [name, name === 'keyManagementAlgorithms' ? lists.keyManagementAlgorithms : lists.contentEncryptionAlgorithms]);
    };

    const suggestion = (
      file: JwtFile,
      call: FunctionCall,
      options: TSESTree.Node | undefined,
      object: TSESTree.ObjectExpression | undefined,
      missing: readonly string[],
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] => {
      const lists = allowLists(file, call, missing);
      const properties = lists
        .map(([name, algorithms]) => `${name}: [${algorithms.map((algorithm) => stringLiteral(sourceCode, algorithm)).join(', ')}]`)
        .join(', ');
      const list = lists.flatMap(([, algorithms]) => algorithms).join(', ');
      const key = call.model.key === undefined ? undefined : argumentAt(call.node, call.model.key);
      let fix: TSESLint.ReportFixFunction | undefined;
      if (object) {
        if (options && canExtendOptions(sourceCode, options, object, typescript)) {
          fix = (fixer) => insertProperty(fixer, sourceCode, object, properties);
        }
      } else if (options && isNothing(sourceCode, options)) {
        fix = (fixer) => fixer.replaceText(options, `{ ${properties} }`);
      } else if (key) {
        fix = (fixer) => insertArgumentAfter(fixer, sourceCode, call.node, key, `{ ${properties} }`);
      }
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
        const missing: string[] = [];
        let object: TSESTree.ObjectExpression | undefined;
        for (const { name, lookup } of lookups) {
          if (lookup.status !== 'absent') continue;
          missing.push(name);
          object ??= lookup.object;
        }
        if (missing.length === 0) continue;
        context.report({
          node,
          messageId: 'missingAlgorithms',
          data: { api: model.api, options: missing.join(' and ') },
          suggest: suggestion(file, call, options, object, missing),
        });
      }
    });
  },
});
