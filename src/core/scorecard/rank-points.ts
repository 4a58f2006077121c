/**
 * Rank-based points, rule R3 of the tender in docs/seeds.md T2 (此项考评费用低者得5分,中间者得4分,
 * 高者得3分): the best value earns the first points, the worst the last, everything in between
 * the middle ones. Ties share the better points, so two equal lowest fees both earn 5.
 *
 * With more than three points the k-th best value (competition rank, 1-2-2-4) earns the k-th
 * points until only the last, reserved for the worst value, is left; with two points, everything
 * but the best earns the second.
 */
export type RankOrder = 'asc' | 'desc';

/** The seeds' 5 / 4 / 3. */
export const DEFAULT_RANK_POINTS: readonly number[] = [5, 4, 3];

export function rankPoints(values: readonly number[], points: readonly number[] = DEFAULT_RANK_POINTS, order: RankOrder = 'asc'): number[] {
  const k = points.length;
  const better = order === 'asc' ? (a: number, b: number) => a < b : (a: number, b: number) => a > b;
  return values.map((v) => {
    if (k === 1) return points[0];
    let ahead = 0;
    let behind = 0;
    for (const w of values) {
      if (better(w, v)) ahead++;
      else if (better(v, w)) behind++;
    }
    if (ahead === 0) return points[0];
    if (behind === 0) return points[k - 1];
    return points[Math.min(ahead, Math.max(k - 2, 1))];
  });
}
