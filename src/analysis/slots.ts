/** The argument slots of modelled APIs that receive a key, across plain calls and builder chains. */
import type { TSESTree } from '@typescript-eslint/utils';
import type { JwtFile } from './file.js';
import { argumentAt } from './options.js';

export interface KeySlot {
  /** The argument expression at the call. */
  readonly node: TSESTree.Node;
  /** The API, for messages: `jsonwebtoken.sign()`, `jose SignJWT.sign()`. */
  readonly api: string;
}

export function keySlots(file: JwtFile): KeySlot[] {
  const slots: KeySlot[] = [];
  for (const { node, model } of file.calls) {
    const argument = model.key === undefined ? undefined : argumentAt(node, model.key);
    if (argument) slots.push({ node: argument, api: model.api });
  }
  for (const builder of file.builders) {
    for (const { name, call } of builder.calls) {
      const index = Object.hasOwn(builder.model.keyMethods, name) ? builder.model.keyMethods[name] : undefined;
      const argument = index === undefined ? undefined : argumentAt(call, index);
      if (argument) slots.push({ node: argument, api: `${builder.model.api}.${name}()` });
    }
  }
  return slots.sort((a, b) => a.node.range[0] - b.node.range[0]);
}
