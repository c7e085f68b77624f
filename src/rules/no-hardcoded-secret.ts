import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import {
  classifyKey,
  envRead,
  isTypeScriptFile,
  keySlots,
  nonNull,
  onJwtFile,
  secretEditTarget,
  type Fallback,
  type KeyValue,
} from '../analysis/index.js';
import { createRule } from '../create-rule.js';

export type Options = [{ envVariable?: string; privateKeyEnvVariable?: string }];
export type MessageIds =
  | 'hardcodedSecret'
  | 'hardcodedPrivateKey'
  | 'hardcodedFallback'
  | 'useEnvVariable'
  | 'removeFallback';

type Hardcoded = Extract<KeyValue, { kind: 'hardcoded' }>;

const ENV_NAME = '^[A-Za-z_][A-Za-z0-9_]*$';

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-secret',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow hardcoded secrets and private keys in JWT sign, verify, encrypt and decrypt calls',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      hardcodedSecret:
        'The secret passed to {{api}} is hardcoded: anyone who can read this code or its history can forge valid tokens for any user. Load it from the environment or a secret manager.',
      hardcodedPrivateKey:
        'The private key passed to {{api}} is hardcoded: anyone who can read this code or its history can sign tokens as this service. Load it from a file or secret store outside the code.',
      hardcodedFallback:
        'The key passed to {{api}} falls back to a hardcoded value: a deployment that misses the setting silently accepts and issues tokens anyone can forge. Fail instead of falling back.',
      useEnvVariable: 'Read it from process.env.{{name}} instead.',
      removeFallback: 'Remove the hardcoded fallback.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          envVariable: {
            type: 'string',
            pattern: ENV_NAME,
            description: 'Environment variable that the suggestion reads a secret from.',
          },
          privateKeyEnvVariable: {
            type: 'string',
            pattern: ENV_NAME,
            description: 'Environment variable that the suggestion reads a private key from.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ envVariable: 'JWT_SECRET', privateKeyEnvVariable: 'JWT_PRIVATE_KEY' }],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const typescript = isTypeScriptFile(context.filename);

    const suggestions = (value: Hardcoded, target: TSESTree.Node | undefined): TSESLint.SuggestionReportDescriptor<MessageIds>[] => {
      if (value.fallback) {
        const removal = removeFallback(sourceCode, value.fallback, value.literal, typescript);
        if (removal) return [{ messageId: 'removeFallback', fix: removal }];
        // In TypeScript a destructuring default or a config read's default cannot go without
        // retyping the result: no edit (an env read in its place would only hide the fallback).
        if (value.fallback.type === 'destructuring-default' || value.fallback.type === 'argument') return [];
      }
      // The literal's constant is also used for something else (a claim, a message): never move
      // the secret there; edit the key at the call instead, or offer nothing.
      if (!target) return [];
      const configured =
        value.secretKind === 'private-key' || value.passphrase ? options.privateKeyEnvVariable : options.envVariable;
      // `const REFRESH_TOKEN_SECRET = '…'` already names its variable; keeping that name also keeps
      // two secrets in one file apart instead of merging them into one env variable.
      const base = (target === value.literal ? envStyleName(replacementTarget(value.literal)) : undefined) ?? configured;
      const name = base !== undefined && value.passphrase ? `${base}_PASSPHRASE` : base;
      if (name === undefined || hasLiteralType(target)) return [];
      const replaced = replacementTarget(target);
      return [
        {
          messageId: 'useEnvVariable',
          data: { name },
          // `literal!` is replaced as a whole: the env read brings its own `!`.
          fix: (fixer) => fixer.replaceText(replaced, envRead(name, typescript)),
        },
      ];
    };

    return onJwtFile(context, (file) => {
      const slots = keySlots(file);
      const keys = slots.map((slot) => slot.node);
      for (const slot of slots) {
        const value = classifyKey({ ...file, keyMembers: slot.members }, slot.node);
        if (value.kind !== 'hardcoded') continue;
        const messageId = value.fallback
          ? 'hardcodedFallback'
          : value.secretKind === 'private-key'
            ? 'hardcodedPrivateKey'
            : 'hardcodedSecret';
        context.report({ node: slot.node, messageId, data: { api: slot.api }, suggest: suggestions(value, secretEditTarget(file, value.literal, slot.node, keys)) });
      }
    });
  },
});

/**
 * `'abc' as const` and `<const>'abc'` are replaced as a whole: a const assertion only applies to
 * literals. So is `x!`: the env read brings its own `!`.
 */
function replacementTarget(literal: TSESTree.Node): TSESTree.Node {
  const parent = literal.parent;
  if (parent?.type === 'TSNonNullExpression') return parent;
  const isConstAssertion =
    (parent?.type === 'TSAsExpression' || parent?.type === 'TSTypeAssertion') &&
    parent.typeAnnotation.type === 'TSTypeReference' &&
    parent.typeAnnotation.typeName.type === 'Identifier' &&
    parent.typeAnnotation.typeName.name === 'const';
  return isConstAssertion ? parent : literal;
}

/**
 * The edit that drops a hardcoded fallback and keeps the real source of the secret:
 * `env.X || 'dev'` → `env.X`, `isProd ? env.X : 'dev'` → `env.X`, `{ X = 'dev' } = env` → `{ X } = env`.
 */
function removeFallback(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fallback: Fallback,
  literal: TSESTree.Node,
  typescript: boolean,
): TSESLint.ReportFixFunction | undefined {
  switch (fallback.type) {
    case 'logical':
      return (fixer) => fixer.replaceText(fallback.node, nonNull(sourceCode, fallback.node.left, typescript));
    case 'alternative':
      // `(isTest && 'dev') || env.S` → `env.S`
      return (fixer) => fixer.replaceText(fallback.node, nonNull(sourceCode, fallback.kept, typescript));
    case 'conditional': {
      const { consequent, alternate } = fallback.node;
      const kept = contains(consequent, literal) ? alternate : consequent;
      return (fixer) => fixer.replaceText(fallback.node, nonNull(sourceCode, kept, typescript));
    }
    case 'destructuring-default':
      // In TypeScript the binding would become `string | undefined` at every use: no safe edit here.
      return typescript
        ? undefined
        : (fixer) => fixer.removeRange([fallback.node.left.range[1], fallback.node.range[1]]);
    case 'argument': {
      // `config.get('JWT_SECRET', 'dev')` → `config.get('JWT_SECRET')`; in TypeScript the result
      // would widen to `string | undefined`: no safe edit there.
      const comma = sourceCode.getTokenBefore(fallback.node);
      return typescript || !comma || comma.value !== ',' ? undefined : (fixer) => fixer.removeRange([comma.range[0], fallback.node.range[1]]);
    }
    default:
      return undefined;
  }
}

/**
 * `const s: 'dev' = 'dev'`, `(s: 'dev' | 'test' = 'dev')`, `secret: 'dev' = 'dev'` in a class: the
 * declared type only admits literals, so an env read would not type-check there.
 */
function hasLiteralType(literal: TSESTree.Node): boolean {
  const holder = literal.parent;
  let annotation: TSESTree.TSTypeAnnotation | undefined;
  if (holder?.type === 'VariableDeclarator' && holder.init === literal) annotation = holder.id.typeAnnotation;
  else if (holder?.type === 'AssignmentPattern' && holder.right === literal) annotation = holder.left.typeAnnotation;
  else if (holder?.type === 'PropertyDefinition' && holder.value === literal) annotation = holder.typeAnnotation;
  const type = annotation?.typeAnnotation;
  if (!type) return false;
  return type.type === 'TSLiteralType' || (type.type === 'TSUnionType' && type.types.every((member) => member.type === 'TSLiteralType'));
}

/**
 * The env-style name a literal is declared under (`const REFRESH_TOKEN_SECRET = …`,
 * `{ JWT_PRIVATE_KEY: … }`): UPPER_SNAKE, two words or more, one of them saying what it is.
 */
function envStyleName(literal: TSESTree.Node): string | undefined {
  const holder = literal.parent;
  let name: string | null = null;
  if (holder?.type === 'VariableDeclarator' && holder.init === literal && holder.id.type === 'Identifier') name = holder.id.name;
  else if (holder?.type === 'Property' && holder.value === literal && !holder.computed) name = ASTUtils.getPropertyName(holder);
  if (name === null || !/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/u.test(name)) return undefined;
  return /SECRET|KEY|TOKEN|JWT|SIGN/u.test(name) ? name : undefined;
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}
