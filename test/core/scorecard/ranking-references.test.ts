import { valid } from '../../helpers/cards';
import fc from 'fast-check';
import { ranksOf, scoreScorecard } from '../../../src/core/scorecard/engine';
import type { Scorecard } from '../../../src/core/scorecard/model';
import { rankPoints, RankOrder } from '../../../src/core/scorecard/rank-points';
import { RankWeightMethod, weightsFromRanks } from '../../../src/core/scorecard/rank-weights';
import { weightSensitivity, WeightSensitivity, winnerOf } from '../../../src/core/scorecard/sensitivity';
import { countAbove, countBelow, sortedComparable } from '../../../src/core/scorecard/sorted';

/*
 * The rank rules count over whole ranges by sorting once. Each is checked here against its
 * definition written out directly — every value compared with every other, every sum taken
 * afresh — on random inputs full of ties, so the fast counting cannot drift from the rule.
 * The definitions come from the doc comments of the sources they check: rule R3 of
 * docs/seeds.md T2 as rank-points.ts states it for longer point lists, the rank-order
 * centroid, rank-sum and reciprocal weights of Barron & Barrett (1996), the engine's
 * competition ranks with its 1e-9 tie, and the line-crossing sensitivity of
 * Triantaphyllou & Sánchez (1997). Every property runs with a fixed seed.
 */

/** Rule R3 straight from its definition: count who beats each value and whom it beats. */
function rankPointsByDefinition(values: readonly number[], points: readonly number[], order: RankOrder): number[] {
  const beats = (a: number, b: number) => (order === 'asc' ? a < b : a > b);
  const k = points.length;
  return values.map((v) => {
    const ahead = values.filter((w) => beats(w, v)).length;
    const behind = values.filter((w) => beats(v, w)).length;
    if (k === 1 || ahead === 0) return points[0];
    if (behind === 0) return points[k - 1];
    return points[Math.min(ahead, Math.max(k - 2, 1))];
  });
}

/** Barron & Barrett's weight of position t among n, each sum taken term by term. */
function positionWeight(t: number, n: number, method: RankWeightMethod): number {
  if (method === 'sum') return (2 * (n + 1 - t)) / (n * (n + 1));
  if (method === 'roc') {
    let s = 0;
    for (let k = t; k <= n; k++) s += 1 / k;
    return s / n;
  }
  let h = 0;
  for (let k = 1; k <= n; k++) h += 1 / k;
  return 1 / t / h;
}

/** A tie group occupies the positions after every smaller rank and shares their mean weight. */
function weightsByDefinition(ranks: readonly number[], method: RankWeightMethod): number[] {
  const n = ranks.length;
  return ranks.map((r) => {
    const before = ranks.filter((s) => s < r).length;
    const tied = ranks.filter((s) => s === r).length;
    let s = 0;
    for (let t = before + 1; t <= before + tied; t++) s += positionWeight(t, n, method);
    return s / tied;
  });
}

/** The engine's competition rank: 1 + how many totals are higher by more than 1e-9. */
const ranksByDefinition = (totals: readonly number[]) => totals.map((t) => 1 + totals.filter((u) => u > t + 1e-9).length);

/** Relative agreement to 1e-12: what rounding of sums of up to a few thousand terms allows. */
function expectClose(actual: readonly number[], expected: readonly number[]) {
  expect(actual).toHaveLength(expected.length);
  let worst = 0;
  actual.forEach((a, i) => (worst = Math.max(worst, Math.abs(a - expected[i]) / Math.abs(expected[i]))));
  expect(worst).toBeLessThanOrEqual(1e-12);
}

/** Values dense in ties: a few integers, signed zeros, the fees of the T2 hand example, any double. */
const value = fc.oneof(fc.integer({ min: -4, max: 4 }), fc.constantFrom(0, -0, 350000, 420000, 480000, Infinity, -Infinity, NaN), fc.double());
const order = fc.constantFrom<RankOrder>('asc', 'desc');
const points = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 7 });

describe('sorted counting', () => {
  // By hand: in [-1, -0, 0, 2, 2, 5] three entries lie below 2 and one above it; the two zeros
  // are one value, and NaN is left out because it compares false with everything.
  test('counts strictly below and above, zeros equal, NaN left out', () => {
    const s = sortedComparable([2, NaN, 0, 5, -1, 2, -0]);
    expect(s).toHaveLength(6);
    expect([countBelow(s, 2), countAbove(s, 2)]).toEqual([3, 1]);
    expect([countBelow(s, 0), countAbove(s, -0)]).toEqual([1, 3]);
    expect([countBelow(s, NaN), countAbove(s, NaN)]).toEqual([0, 0]);
    expect([countBelow(s, -Infinity), countAbove(s, Infinity)]).toEqual([0, 0]);
  });
});

describe('rankPoints equals rule R3 compared pairwise', () => {
  test('random values with ties, any point list, both orders', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), points, order, (values, pts, ord) => {
        expect(rankPoints(values, pts, ord)).toEqual(rankPointsByDefinition(values, pts, ord));
      }),
      { numRuns: 1000, seed: 20240917 },
    );
  });
  test('the default 5 / 4 / 3 and the default order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 40 }), (values) => {
        expect(rankPoints(values)).toEqual(rankPointsByDefinition(values, [5, 4, 3], 'asc'));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
  test('1,000 fees with heavy ties, in both orders', () => {
    const fees = Array.from({ length: 1000 }, (_, i) => 1000 + ((i * 7919) % 257) * 25);
    for (const ord of ['asc', 'desc'] as const) expect(rankPoints(fees, [10, 8, 6, 4, 2], ord)).toEqual(rankPointsByDefinition(fees, [10, 8, 6, 4, 2], ord));
  });
});

describe('weightsFromRanks equals the per-position definition', () => {
  const ranks = fc.array(fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 1e9 })), { maxLength: 60 });
  const method = fc.constantFrom<RankWeightMethod>('roc', 'sum', 'reciprocal');
  test('random ranks with ties and gaps, every method', () => {
    fc.assert(
      fc.property(ranks, method, (r, m) => {
        const w = weightsFromRanks(r, m);
        expectClose(w, weightsByDefinition(r, m));
        // Barron & Barrett's weights add up to 1, and sharing within ties keeps that.
        if (r.length > 0) expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 500, seed: 1996 },
    );
  });
  test('2,000 shuffled ranks with ties, rank-order centroid', () => {
    const r = Array.from({ length: 2000 }, (_, i) => 1 + ((i * 2654435761) % 1601));
    expectClose(weightsFromRanks(r, 'roc'), weightsByDefinition(r, 'roc'));
  });
});

describe('ranksOf equals competition ranks counted pairwise', () => {
  // Totals 1e-9 apart or closer are equal; 2e-9 apart are not.
  const total = fc.oneof(fc.constantFrom(0, 1, 1 + 5e-10, 1 + 1e-9, 1 + 2e-9, 2, 78, 78.00000000001), fc.double({ min: -1e3, max: 1e3, noNaN: true }));
  test('random totals with near-ties', () => {
    fc.assert(
      fc.property(fc.array(total, { maxLength: 80 }), (totals) => {
        expect(ranksOf(totals)).toEqual(ranksByDefinition(totals));
      }),
      { numRuns: 1000, seed: 31 },
    );
  });
});

describe('scoreScorecard ranks a rank criterion among the candidates that rated it', () => {
  const card = (ratings: (number | undefined)[], pts: number[], ord: 'asc' | 'desc'): Scorecard => ({
    format: 1,
    id: 'fees',
    title: { en: 'Fees', zh: '费用' },
    notes: { en: 'Property test card.', zh: '性质测试。' },
    kind: 'selection',
    totalPoints: 100,
    sections: [
      {
        id: 'price',
        name: { en: 'Price', zh: '价格' },
        weight: 1,
        criteria: [{ id: 'fee', name: { en: 'Fee', zh: '费用' }, weight: 1, scoring: { type: 'rank', maxPoints: 10, points: pts, order: ord } }],
      },
    ],
    candidates: ratings.map((v, i) => ({
      id: `c${i}`,
      name: { en: `C${i}`, zh: `C${i}` },
      kind: 'vendor',
      ratings: v === undefined ? ({} as Record<string, number>) : { fee: v },
    })),
  });
  // The engine requires points best first and within maxPoints (validate.ts).
  const descendingPoints = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 6 }).map((p) => p.sort((a, b) => b - a));
  test('unrated candidates earn nothing and are not ranked against', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 100, max: 110 }), { nil: undefined }), { minLength: 1, maxLength: 40 }),
        descendingPoints,
        order,
        (ratings, pts, ord) => {
          const result = scoreScorecard(valid(card(ratings, pts, ord)));
          const rated = ratings.filter((v): v is number => v !== undefined);
          const expected = rankPointsByDefinition(rated, pts, ord);
          let next = 0;
          result.candidates.forEach((c, i) => {
            if (ratings[i] === undefined) {
              expect(c.criteria[0].raw).toBeNull();
              expect(c.unrated).toEqual(['fee']);
            } else expect(c.criteria[0].raw).toBe(expected[next++]);
          });
          expect(result.candidates.map((c) => c.rank)).toEqual(ranksByDefinition(result.candidates.map((c) => c.total)));
        },
      ),
      { numRuns: 150, seed: 55 },
    );
  });
});

describe('weightSensitivity equals its lines built afresh for every criterion', () => {
  const ENDS = 1e-12;
  /** Each R_c = Σ_{j≠k} p_j·s_jc summed term by term, then the nearest crossing as sensitivity.ts defines it. */
  function byDefinition(ratings: number[][], weights: number[]): WeightSensitivity[] {
    const total = weights.reduce((s, w) => s + w, 0);
    const p = weights.map((w) => w / total);
    const win = winnerOf(ratings.map((row) => row.reduce((s, x, j) => s + p[j] * x, 0)));
    return p.map((pk, k) => {
      if (1 - pk <= 1e-12) return { criterion: k, share: pk, change: null, threshold: null, reason: 'only-weight', winner: win };
      const line = (row: number[]) => {
        let rest = 0;
        for (let j = 0; j < row.length; j++) if (j !== k) rest += p[j] * row[j];
        rest /= 1 - pk;
        return { a: rest, b: row[k] - rest };
      };
      const lw = line(ratings[win]);
      let best: { change: number; challenger: number } | null = null;
      ratings.forEach((row, c) => {
        if (c === win) return;
        const lc = line(row);
        const slope = lc.b - lw.b;
        if (slope === 0) return;
        const t = (lw.a - lc.a) / slope;
        const up = slope > 0;
        if (up ? t < 0 || t >= 1 - ENDS : t <= ENDS || t > 1) return;
        const change = t - pk;
        if (change !== 0 && change > 0 !== up) return;
        if (best === null || Math.abs(change) < Math.abs(best.change)) best = { change, challenger: c };
      });
      const b = best as { change: number; challenger: number } | null;
      if (b === null) return { criterion: k, share: pk, change: null, threshold: null, reason: 'never', winner: win };
      return { criterion: k, share: pk, change: b.change, threshold: pk + b.change, winner: win, challenger: b.challenger };
    });
  }
  const table = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 })).chain(([criteria, candidates]) =>
    fc.record({
      ratings: fc.array(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: criteria, maxLength: criteria }), {
        minLength: candidates,
        maxLength: candidates,
      }),
      weights: fc
        .array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 20, noNaN: true })), { minLength: criteria, maxLength: criteria })
        .filter((w) => w.some((x) => x > 0)),
    }),
  );
  test('random ratings and weights, zero weights included', () => {
    fc.assert(
      fc.property(table, ({ ratings, weights }) => {
        const got = weightSensitivity(ratings, weights);
        const want = byDefinition(ratings, weights);
        got.forEach((g, k) => {
          const w = want[k];
          expect([g.criterion, g.winner, g.challenger, g.reason]).toEqual([w.criterion, w.winner, w.challenger, w.reason]);
          expect(g.share).toBe(w.share);
          if (w.change === null) expect(g.change).toBeNull();
          else expect(Math.abs(g.change! - w.change)).toBeLessThanOrEqual(1e-9);
        });
      }),
      { numRuns: 300, seed: 1997 },
    );
  });
});
