import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import {
  classifyKey,
  envFallbacks,
  mayHaveEnvFallbacks,
  envRead,
  isTypeScriptFile,
  keySlots,
  nonNull,
  onAnyFile,
  secretEditTarget,
  type Fallback,
  type KeyValue,
} from '../analysis/index.js';
import { createRule } from '../create-rule.js';
import { DEFAULT_SECRET_NAMES } from '../secret-names.js';

export type Options = [{ envVariable?: string; privateKeyEnvVariable?: string; secretNames?: string[] }];
export type MessageIds =
  | 'hardcodedSecret'
  | 'hardcodedPrivateKey'
  | 'hardcodedFallback'
  | 'hardcodedEnvFallback'
  | 'hardcodedInModule'
  | 'useEnvVariable'
  | 'removeFallback'
  | 'failFast';

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
      hardcodedInModule:
        'The key passed to {{api}} is hardcoded in {{module}}:{{line}}: anyone who can read the code can forge valid tokens for any user. Load it from the environment or a secret manager there, and fail when it is missing.',
      hardcodedEnvFallback:
        '{{name}} falls back to a hardcoded value when it is not set: a deployment that misses it silently signs and accepts tokens anyone can forge. Fail instead of falling back.',
      useEnvVariable: 'Read it from process.env.{{name}} instead.',
      removeFallback: 'Remove the hardcoded fallback.',
      failFast: 'Remove the fallback and throw when {{name}} is not set.',
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
          secretNames: {
            type: 'array',
            items: { type: 'string', pattern: '^[A-Za-z0-9_*]+$' },
            uniqueItems: true,
            description:
              'Environment variables that hold a JWT secret (`*` matches any run of characters): a hardcoded fallback on a read of one is reported wherever it is written. Replaces the default list.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ envVariable: 'JWT_SECRET', privateKeyEnvVariable: 'JWT_PRIVATE_KEY', secretNames: [...DEFAULT_SECRET_NAMES] }],
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

    return onAnyFile(context, (text) => mayHaveEnvFallbacks(text, options.secretNames), (file, values) => {
      // Fallbacks already reported at the JWT call that uses them are not reported again.
      const reported = new Set<TSESTree.Node>();
      const slots = file ? keySlots(file) : [];
      const keys = slots.map((slot) => slot.node);
      for (const slot of slots) {
        const value = classifyKey({ ...file!, keyMembers: slot.members }, slot.node);
        if (value.kind !== 'hardcoded') continue;
        if (value.fallback) reported.add(value.fallback.node);
        if (value.origin) {
          // The literal is in another file: ESLint can only edit this one, so no suggestion.
          const { module, line } = value.origin;
          context.report({ node: slot.node, messageId: 'hardcodedInModule', data: { api: slot.api, module, line } });
          continue;
        }
        const messageId = value.fallback
          ? 'hardcodedFallback'
          : value.secretKind === 'private-key'
            ? 'hardcodedPrivateKey'
            : 'hardcodedSecret';
        context.report({ node: slot.node, messageId, data: { api: slot.api }, suggest: suggestions(value, secretEditTarget(file!, value.literal, slot.node, keys)) });
      }
      for (const { name, value } of envFallbacks(values, options.secretNames)) {
        if (reported.has(value.fallback.node)) continue;
        reported.add(value.fallback.node);
        const failFast = throwWhenMissing(sourceCode, value.fallback, value.literal, name);
        const removal = removeFallback(sourceCode, value.fallback, value.literal, typescript);
        context.report({
          node: value.fallback.node,
          messageId: 'hardcodedEnvFallback',
          data: { name },
          suggest: [
            ...(failFast ? [{ messageId: 'failFast' as const, data: { name }, fix: failFast }] : []),
            ...(removal ? [{ messageId: 'removeFallback' as const, fix: removal }] : []),
          ],
        });
      }
    });
  },
});

/**
 * `const secret = process.env.JWT_SECRET || 'dev';` → the env read, then
 * `if (!secret) throw new Error('JWT_SECRET is not set');` after the declaration. Only where the
 * fallback is a whole `const`/`let` initializer in statement position (TypeScript then narrows the
 * binding to `string` below the check).
 */
function throwWhenMissing(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fallback: Fallback,
  literal: TSESTree.Node,
  name: string,
): TSESLint.ReportFixFunction | undefined {
  if ((fallback.type !== 'logical' && fallback.type !== 'conditional') || !/^\w+$/u.test(name)) return undefined;
  const declarator = fallback.node.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== fallback.node || declarator.id.type !== 'Identifier') return undefined;
  const declaration = declarator.parent;
  if (declaration.declarations.length !== 1 || declaration.kind === 'var') return undefined;
  const statement = declaration.parent.type === 'ExportNamedDeclaration' ? declaration.parent : declaration;
  if (statement.parent?.type !== 'Program' && statement.parent?.type !== 'BlockStatement') return undefined;
  const kept = keptBranch(fallback, literal);
  const indent = ' '.repeat(statement.loc.start.column);
  const binding = declarator.id.name;
  return (fixer) => [
    fixer.replaceText(fallback.node, sourceCode.getText(kept)),
    fixer.insertTextAfter(statement, `\n${indent}if (!${binding}) throw new Error('${name} is not set');`),
  ];
}

/** The side of `env.X || 'dev'` or `c ? env.X : 'dev'` that is not the hardcoded literal. */
function keptBranch(fallback: Extract<Fallback, { type: 'logical' | 'conditional' }>, literal: TSESTree.Node): TSESTree.Node {
  if (fallback.type === 'logical') return fallback.node.left;
  const { consequent, alternate } = fallback.node;
  return contains(consequent, literal) ? alternate : consequent;
}

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
    case 'conditional':
      return (fixer) => fixer.replaceText(fallback.node, nonNull(sourceCode, keptBranch(fallback, literal), typescript));
    case 'alternative':
      // `(isTest && 'dev') || env.S` → `env.S`
      return (fixer) => fixer.replaceText(fallback.node, nonNull(sourceCode, fallback.kept, typescript));
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
