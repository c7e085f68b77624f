/**
 * How much work one question to the engine may do. A depth limit bounds one path, not a question:
 * where a value has two sources (`a || b`, two spreads, `c ? x : y`) and constants are built from
 * constants, the paths double at every level, and the depth limits of helpers that call each other
 * multiply (`const o2 = { ...o1, ...o1 }` forty times over took minutes). So each question gets a
 * budget of steps, shared by every recursive helper it reaches; once it is spent the answer is
 * "can't tell", which the rules treat like any value they cannot know (they stay silent).
 *
 * A remembered answer (see `memo.ts`) is worked out with a budget of its own, so it is the same
 * whichever rule, and whichever question, needed it first.
 */

/** Steps per question: far above what real code needs (a few dozen), far below a blow-up. */
const STEPS_PER_QUESTION = 1_000;

/** Steps left in the running question; undefined when none is running. */
let remaining: number | undefined;

/** Steps taken outside any question (a helper entered without one): always 0, which a test checks. */
let unbudgeted = 0;
/** Steps taken in all, for tests that check the work grows with the code, not exponentially. */
let taken = 0;

/** Runs `answer` as part of the running question, or as a new question when none is running. */
export function withinBudget<T>(answer: () => T): T {
  return remaining === undefined ? ownBudget(answer) : answer();
}

/** Runs `answer` as a question of its own (a full budget), leaving the running question's budget as it was. */
export function ownBudget<T>(answer: () => T): T {
  const outer = remaining;
  remaining = STEPS_PER_QUESTION;
  try {
    return answer();
  } finally {
    remaining = outer;
  }
}

/** Takes one step of the running question: false once its budget is spent. */
export function spend(): boolean {
  taken += 1;
  if (remaining === undefined) {
    unbudgeted += 1;
    return true;
  }
  if (remaining <= 0) return false;
  remaining -= 1;
  return true;
}

/** For tests: the steps taken so far, in all and outside any question. */
export function stepCounts(): { taken: number; unbudgeted: number } {
  return { taken, unbudgeted };
}
