/**
 * Reach through library classes: `new C(opts)`, `super(opts)` in a subclass (also through a mixin
 * such as `PassportStrategy(Strategy)`), static methods, and methods of instances, where an
 * instance comes from `new` or from a parameter, parameter property or field typed with the class
 * (dependency injection).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../../ast-utils.js';
import type { ClassModel } from '../../libraries/index.js';
import { skipPassThrough, walk } from '../syntax.js';
import type { ApiReference } from './modules.js';
import { callSite, type CallSite } from './sites.js';
import { traceExports, type Tracker } from './tracker.js';
import { isReassigned, storedOnInstance, thisReads, usesOf } from './uses.js';

export interface ClassReach {
  readonly sites: CallSite[];
  /** Calls found on instances (`this.jwtService.sign(…)`, `config.get(…)`), for the caller to sort by model. */
  readonly instanceCalls: ApiReference[];
}

export function reachThroughClasses(
  sourceCode: Readonly<TSESLint.SourceCode>,
  tracker: Tracker,
  references: readonly ApiReference[],
): ClassReach {
  const sites: CallSite[] = [];
  const instanceCalls: ApiReference[] = [];
  const mixinCalls = new Map<TSESTree.Node, number>();
  for (const reference of references) {
    if (reference.kind === 'call' && reference.model.kind === 'mixin') mixinCalls.set(reference.node, reference.model.classArgument);
  }

  const followInstance = (node: TSESTree.Node, model: ClassModel): void => {
    if (!model.instance) return;
    const traceMap = traceExports(model.instance);
    const follow = (value: TSESTree.Node): void => {
      for (const found of tracker.iteratePropertyReferences(value, traceMap)) {
        if (found.type === ASTUtils.ReferenceTracker.CALL) instanceCalls.push({ node: found.node, kind: 'call', model: found.info });
      }
    };
    follow(node);
    // `this.service = new Service()` in the constructor: every `this.service` read is the instance.
    const stored = storedOnInstance(node);
    if (stored) {
      for (const read of thisReads(sourceCode, stored.classBody, stored.name, (assignment) => assignment === stored.store)) follow(read);
    }
  };

  for (const reference of references) {
    const model = reference.model;
    if (model.kind !== 'class') continue;
    if (reference.kind === 'construct' && reference.node.type === 'NewExpression') {
      if (model.construct) sites.push(callSite(reference.node, model.construct));
      followInstance(reference.node, model);
      continue;
    }
    if (reference.kind !== 'read') continue;
    for (const use of usesOf(sourceCode, reference.node)) {
      const typed = typedBinding(use);
      if (typed) {
        for (const instance of instancesOf(sourceCode, typed)) followInstance(instance, model);
        continue;
      }
      const subclass = subclassOf(use, mixinCalls);
      if (subclass && model.construct) {
        for (const call of superCalls(sourceCode, subclass)) sites.push(callSite(call, model.construct));
      }
    }
  }
  return { sites, instanceCalls };
}

/** A class `use` is extended by, directly or through a mixin call: `extends Strategy`, `extends PassportStrategy(Strategy)`. */
function subclassOf(use: TSESTree.Node, mixinCalls: ReadonlyMap<TSESTree.Node, number>): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  let value = use;
  const parent = value.parent;
  if (parent?.type === 'CallExpression' && parent.arguments[mixinCalls.get(parent) ?? -1] === value) value = skipPassThrough(parent);
  const owner = value.parent;
  return (owner?.type === 'ClassDeclaration' || owner?.type === 'ClassExpression') && owner.superClass === value ? owner : undefined;
}

/** `super(…)` calls in a class's own constructor. */
function superCalls(
  sourceCode: Readonly<TSESLint.SourceCode>,
  subclass: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
): TSESTree.CallExpression[] {
  const constructor = subclass.body.body.find(
    (element): element is TSESTree.MethodDefinition => element.type === 'MethodDefinition' && element.kind === 'constructor',
  );
  const calls: TSESTree.CallExpression[] = [];
  if (!constructor) return calls;
  walk(sourceCode, constructor.value, (node) => {
    if (node.type === 'CallExpression' && node.callee.type === 'Super') calls.push(node);
    // A nested class has its own `super`.
    return node.type !== 'ClassBody';
  });
  return calls;
}

/** What a type annotation naming the class sits on: a parameter, a parameter property, a field or a variable. */
type TypedBinding =
  | { readonly kind: 'variable'; readonly id: TSESTree.Identifier }
  | { readonly kind: 'field'; readonly classBody: TSESTree.ClassBody; readonly name: string; readonly parameter?: TSESTree.Identifier };

function typedBinding(use: TSESTree.Node): TypedBinding | undefined {
  const reference = use.parent;
  if (reference?.type !== 'TSTypeReference' || reference.typeName !== use) return undefined;
  const annotation = reference.parent;
  if (annotation?.type !== 'TSTypeAnnotation') return undefined;
  const holder = annotation.parent;
  if (holder?.type === 'PropertyDefinition' && !holder.static && holder.parent.type === 'ClassBody') {
    const name = ASTUtils.getPropertyName(holder);
    return name === null ? undefined : { kind: 'field', classBody: holder.parent, name };
  }
  if (holder?.type !== 'Identifier') return undefined;
  const property = holder.parent;
  if (property?.type === 'TSParameterProperty') {
    const classBody = property.parent.parent?.parent;
    return classBody?.type === 'ClassBody' ? { kind: 'field', classBody, name: holder.name, parameter: holder } : undefined;
  }
  return { kind: 'variable', id: holder };
}

/** The expressions that hold the instance a typed binding names. */
function instancesOf(sourceCode: Readonly<TSESLint.SourceCode>, binding: TypedBinding): TSESTree.Node[] {
  const fromVariable = (id: TSESTree.Identifier): TSESTree.Node[] => {
    const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
    if (!variable || isReassigned(variable)) return [];
    return variable.references.filter((reference) => reference.isRead()).map((reference) => skipPassThrough(reference.identifier));
  };
  if (binding.kind === 'variable') return fromVariable(binding.id);
  // Injected instances are set up by the framework: any assignment in the class replaces them.
  const reads = thisReads(sourceCode, binding.classBody, binding.name, () => false);
  return [...reads, ...(binding.parameter ? fromVariable(binding.parameter) : [])];
}
