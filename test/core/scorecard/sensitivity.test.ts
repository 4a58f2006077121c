import { errorOf } from '../../helpers/errors';
import fc from 'fast-check';
import { sensitivityInWords, weightSensitivity, winnerOf } from '../../../src/core/scorecard/sensitivity';

/*
 * Hand example: A rates (80, 60), B rates (60, 90) on (price, quality), weights 0.7 / 0.3.
 * Scores: A = 56 + 18 = 74, B = 42 + 27 = 69, A wins.
 * Price share t (quality 1 − t): A = 80t + 60(1 − t), B = 60t + 90(1 − t); equal when 50t = 30,
 * t = 0.6, a change of −0.1. Quality share t: A = 80(1 − t) + 60t, B = 60(1 − t) + 90t; equal at
 * t = 0.4, a change of +0.1.
 */
const RATINGS = [
  [80, 60],
  [60, 90],
];

describe('weightSensitivity', () => {
  test('matches the hand example', () => {
    const [price, quality] = weightSensitivity(RATINGS, [0.7, 0.3]);
    expect(price.winner).toBe(0);
    expect(price.change).toBeCloseTo(-0.1, 12);
    expect(price.threshold).toBeCloseTo(0.6, 12);
    expect(price.challenger).toBe(1);
    expect(quality.change).toBeCloseTo(0.1, 12);
  });
  test('weights are taken as shares of their total', () => {
    const [price] = weightSensitivity(RATINGS, [70, 30]);
    expect(price.share).toBeCloseTo(0.7, 12);
    expect(price.change).toBeCloseTo(-0.1, 12);
  });
  test('a criterion on which the winner leads everywhere never flips it', () => {
    // A leads B on both criteria: no weighting lets B win.
    const r = weightSensitivity(
      [
        [9, 9],
        [1, 1],
      ],
      [0.5, 0.5],
    );
    expect(r.map((x) => [x.change, x.reason])).toEqual([
      [null, 'never'],
      [null, 'never'],
    ]);
  });
  test('a criterion holding all the weight has nothing to rescale', () => {
    expect(weightSensitivity(RATINGS, [1, 0])[0]).toMatchObject({ change: null, reason: 'only-weight' });
  });
  test('a tie reached only at 0 % or 100 % is no change', () => {
    // Equal on price (5, 5), A better on quality: at price 100 % they tie, never more.
    expect(
      weightSensitivity(
        [
          [5, 9],
          [5, 1],
        ],
        [0.5, 0.5],
      )[0],
    ).toMatchObject({ change: null, reason: 'never' });
  });
  test('errors: negative weights #NUM!, zero total #DIV/0!', () => {
    expect(errorOf(() => weightSensitivity(RATINGS, [-1, 2]))).toMatchObject({ kind: 'NUM', text: { en: 'weights must be at least 0; got -1.' } });
    expect(errorOf(() => weightSensitivity(RATINGS, [0, 0]))).toMatchObject({
      kind: 'DIV0',
      text: { en: 'weights add up to zero, so no weighted score exists.' },
    });
  });
});

/** Brute force: scan the share of criterion k in steps of 1/N, nearest share at which someone is strictly ahead of the winner. */
function bruteForce(ratings: number[][], weights: number[], k: number, N: number): number | null {
  const total = weights.reduce((s, w) => s + w, 0);
  const p = weights.map((w) => w / total);
  const scoreAt = (row: number[], t: number) => row.reduce((s, x, j) => s + x * (j === k ? t : (p[j] * (1 - t)) / (1 - p[k])), 0);
  const win = winnerOf(ratings.map((row) => row.reduce((s, x, j) => s + x * p[j], 0)));
  let best: number | null = null;
  for (let i = 0; i <= N; i++) {
    const t = i / N;
    const sw = scoreAt(ratings[win], t);
    if (ratings.some((row, c) => c !== win && scoreAt(row, t) > sw + 1e-9)) {
      const d = t - p[k];
      if (best === null || Math.abs(d) < Math.abs(best)) best = d;
    }
  }
  return best;
}

describe('weightSensitivity agrees with a brute-force scan (fast-check, seeded)', () => {
  const N = 20000;
  const card = fc.tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 })).chain(([criteria, candidates]) =>
    fc.record({
      ratings: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: criteria, maxLength: criteria }), {
        minLength: candidates,
        maxLength: candidates,
      }),
      weights: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: criteria, maxLength: criteria }),
    }),
  );
  test('every criterion of 150 random scorecards', () => {
    fc.assert(
      fc.property(card, ({ ratings, weights }) => {
        weightSensitivity(ratings, weights).forEach((r, k) => {
          const brute = bruteForce(ratings, weights, k, N);
          if (r.change === null) expect(brute).toBeNull();
          else {
            expect(brute).not.toBeNull();
            expect(Math.abs(brute! - r.change)).toBeLessThanOrEqual(1 / N + 1e-12);
          }
        });
      }),
      { numRuns: 150, seed: 424242 },
    );
  });
});

describe('sensitivityInWords', () => {
  const names = [
    { en: 'Price', zh: '价格' },
    { en: 'Quality', zh: '质量' },
  ];
  const candidates = [
    { en: 'Vendor A', zh: '甲公司' },
    { en: 'Vendor B', zh: '乙公司' },
  ];
  test('says which way and where, in both languages', () => {
    const words = sensitivityInWords(weightSensitivity(RATINGS, [0.7, 0.3]), names, candidates);
    expect(words[0]).toEqual({
      en: 'Vendor A stays first unless the weight of Price falls below 60% (now 70%); then Vendor B would win.',
      zh: '若“价格”的权重降至 60% 以下（当前 70%），乙公司将取代甲公司成为第一名。',
    });
    expect(words[1].en).toBe('Vendor A stays first unless the weight of Quality rises above 40% (now 30%); then Vendor B would win.');
  });
  test('and when nothing changes the winner', () => {
    const words = sensitivityInWords(
      weightSensitivity(
        [
          [9, 9],
          [1, 1],
        ],
        [0.5, 0.5],
      ),
      names,
      candidates,
    );
    expect(words[0]).toEqual({ en: 'No weight of Price changes the winner (Vendor A).', zh: '无论“价格”的权重如何变化，第一名（甲公司）都不会改变。' });
  });
});
