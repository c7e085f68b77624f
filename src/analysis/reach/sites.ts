/** A call site: one place in the file where a modelled operation happens, with its arguments. */
import type { TSESTree } from '@typescript-eslint/utils';
import type { OperationModel } from '../../libraries/index.js';

export interface CallSite {
  /** Where a report goes: the call, the `new`, the `super()` call, or a typed options object. */
  readonly node: TSESTree.Node;
  /** The call whose arguments the model's places count (absent for a typed options object). */
  readonly call?: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The arguments the model's places count: the call's, or `[object]` for a typed options object. */
  readonly args: readonly TSESTree.Node[];
  readonly model: OperationModel;
}

export function callSite(call: TSESTree.CallExpression | TSESTree.NewExpression, model: OperationModel): CallSite {
  return { node: call, call, args: call.arguments, model };
}
