/**
 * The runtime AST helpers the plugin uses, from @eslint-community/eslint-utils, typed with
 * typescript-eslint's ESTree types. Importing them from @typescript-eslint/utils instead would
 * make that package (and its `typescript` peer) a runtime dependency of every user.
 */
import * as eslintUtils from '@eslint-community/eslint-utils';
import type * as TypedAstUtils from '@typescript-eslint/utils/ast-utils';

const typed = eslintUtils as unknown as typeof TypedAstUtils;

export const { findVariable, getPropertyName, getStaticValue, getStringIfConstant, isCommaToken, isParenthesized, ReferenceTracker } =
  typed;
