/**
 * Array helpers whose cost does not grow the call stack: `a.push(...b)` and `Math.max(...b)` pass
 * every element as an argument and throw RangeError past ~100,000 elements (a club with 70,000
 * error rows did).
 */

/** Appends every item of `items` to `target`, one at a time. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = Number.NEGATIVE_INFINITY): number {
  let max = empty;
  let any = false;
  for (const v of values) {
    max = any ? Math.max(max, v) : v;
    any = true;
  }
  return any ? max : empty;
}

/** The smallest of `values`, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Number.POSITIVE_INFINITY): number {
  let min = empty;
  let any = false;
  for (const v of values) {
    min = any ? Math.min(min, v) : v;
    any = true;
  }
  return any ? min : empty;
}
