import { ownBudget } from './budget.js';

/**
 * Answers the rules share. Every rule asks the engine the same questions about the same nodes
 * (which allow-lists a file has, what a payload holds); the AST does not change while a file is
 * linted, so each answer is computed once and kept as long as its key lives.
 */
export function memoize<Key extends object, Rest extends unknown[], Answer>(
  /** `rest` must follow from `key` (the SourceCode a node belongs to): it is not part of the key. */
  answer: (key: Key, ...rest: Rest) => Answer,
): (key: Key, ...rest: Rest) => Answer {
  const answers = new WeakMap<Key, Answer>();
  return (key, ...rest) => {
    if (answers.has(key)) return answers.get(key) as Answer;
    // A budget of its own: the answer must not depend on how much of an asker's budget was left.
    const value = ownBudget(() => answer(key, ...rest));
    answers.set(key, value);
    return value;
  };
}
