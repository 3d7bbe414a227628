/**
 * Up to this many releases a key's search takes a few milliseconds, and the key renders its
 * results in its own task: the letter and its results show in one frame. Past it, in a
 * transition, so that the letter shows while the search runs (docs/decisions/0012).
 */
export const TYPING_IN_TASK_LIMIT = 15_000;
