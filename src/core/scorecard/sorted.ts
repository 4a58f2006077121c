/**
 * Counting by binary search in a sorted copy, so that "how many values are below / above this
 * one" costs O(log n) instead of a pass over the whole range. Used by the rank rules, which
 * Excel recalculates over whole columns of candidates.
 */

/**
 * The numbers of `values` that compare with others (NaN compares false with everything, so
 * it can neither beat nor lose to a value), in ascending order. A typed array sorts natively
 * and numerically; it puts −0 before +0, which the `<` of the searches below treats as equal.
 */
export function sortedComparable(values: readonly number[]): Float64Array {
  let m = 0;
  for (const v of values) if (v === v) m++;
  const out = new Float64Array(m);
  let i = 0;
  for (const v of values) if (v === v) out[i++] = v;
  return out.sort();
}

/** How many entries of the ascending `sorted` are strictly below `v`. */
export function countBelow(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many entries of the ascending `sorted` are strictly above `v`. */
export function countAbove(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] > v) hi = mid;
    else lo = mid + 1;
  }
  return sorted.length - lo;
}
