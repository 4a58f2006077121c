import { countAbove, countBelow, sortedComparable } from './sorted';

/**
 * Rank-based points, rule R3 of the tender in docs/seeds.md T2 (此项考评费用低者得5分,中间者得4分,
 * 高者得3分): the best value earns the first points, the worst the last, everything in between
 * the middle ones. Ties share the better points, so two equal lowest fees both earn 5.
 *
 * With more than three points the k-th best value (competition rank, 1-2-2-4) earns the k-th
 * points until only the last, reserved for the worst value, is left; with two points, everything
 * but the best earns the second.
 *
 * Each value's standing only needs how many values beat it and how many it beats, so one sorted
 * copy and two binary searches per value replace comparing every pair: 100,000 fees rank in a
 * fraction of a second instead of minutes. A NaN beats nothing and loses to nothing.
 */
export type RankOrder = 'asc' | 'desc';

/** The seeds' 5 / 4 / 3. */
export const DEFAULT_RANK_POINTS: readonly number[] = [5, 4, 3];

export function rankPoints(values: readonly number[], points: readonly number[] = DEFAULT_RANK_POINTS, order: RankOrder = 'asc'): number[] {
  const k = points.length;
  if (k === 1) return values.map(() => points[0]);
  const sorted = sortedComparable(values);
  const lowerIsBetter = order === 'asc';
  const middle = Math.max(k - 2, 1);
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const below = countBelow(sorted, v);
    const above = countAbove(sorted, v);
    const ahead = lowerIsBetter ? below : above;
    const behind = lowerIsBetter ? above : below;
    out[i] = ahead === 0 ? points[0] : behind === 0 ? points[k - 1] : points[Math.min(ahead, middle)];
  }
  return out;
}
