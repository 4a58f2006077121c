import { consistencyRatio, groupAhp, kendallW } from '../../../src/core/scorecard';
import { errorOf } from '../../helpers/errors';

/*
 * Three appraisers, each consistent (so each CR is 0, Saaty 1980):
 *   Ann: w = (4, 2, 1)/7   a12 = 2,   a13 = 4, a23 = 2
 *   Bo:  w = (4, 1, 2)/7   a12 = 4,   a13 = 2, a23 = 1/2
 *   Cy:  w = (1, 2, 1)/4   a12 = 1/2, a13 = 1, a23 = 2
 * Geometric mean (Aczél & Saaty 1983): a12 = (2·4·½)^⅓ = 4^⅓, a13 = (4·2·1)^⅓ = 2, a23 = (2·½·2)^⅓ = 2^⅓.
 * a12·a23 = 8^⅓ = 2 = a13: consistent, so w ∝ (a13, a23, 1) = (2, 2^⅓, 1), CR = 0.
 * Kendall's W: ranks Ann (1, 2, 3), Bo (1, 3, 2), Cy (2.5, 1, 2.5) (a tie of two: T = 2³ − 2 = 6);
 * R = (4.5, 6, 7.5), mean m(n+1)/2 = 6, S = 2.25 + 0 + 2.25 = 4.5;
 * W = 12·4.5 / (3²·(27 − 3) − 3·6) = 54 / 198 = 3/11.
 */
const consistent = (w: number[]) => w.map((x) => w.map((y) => x / y));
const ann = consistent([4, 2, 1]);
const bo = consistent([4, 1, 2]);
const cy = consistent([1, 2, 1]);

describe('groupAhp', () => {
  const g = groupAhp([ann, bo, cy]);
  test('the combined matrix is the element-wise geometric mean', () => {
    expect(g.matrix[0][1]).toBeCloseTo(4 ** (1 / 3), 12);
    expect(g.matrix[0][2]).toBeCloseTo(2, 12);
    expect(g.matrix[1][2]).toBeCloseTo(2 ** (1 / 3), 12);
    expect(g.matrix[1][0]).toBeCloseTo(1 / 4 ** (1 / 3), 12);
  });
  test('its weights and consistency', () => {
    const sum = 2 + 2 ** (1 / 3) + 1;
    g.weights.forEach((x, i) => expect(x).toBeCloseTo([2 / sum, 2 ** (1 / 3) / sum, 1 / sum][i], 10));
    expect(g.consistency).toBeCloseTo(0, 9);
  });
  test('each appraiser’s weights and CR', () => {
    g.appraisers[1].weights.forEach((x, i) => expect(x).toBeCloseTo([4 / 7, 1 / 7, 2 / 7][i], 10));
    expect(g.appraisers.map((a) => a.consistency)).toEqual([0, 0, 0].map(() => expect.closeTo(0, 9)));
  });
  test("Kendall's W with the correction for ties is 3/11", () => expect(g.concordance).toBeCloseTo(3 / 11, 12));

  test('an inconsistent appraiser shows in their own CR (λmax = 3.5, CR = 0.25/0.58, test/core/scorecard/ahp.test.ts)', () => {
    const odd = [
      [1, 2, 0.5],
      [0.5, 1, 2],
      [2, 0.5, 1],
    ];
    const h = groupAhp([ann, odd]);
    expect(h.appraisers[1].consistency).toBeCloseTo(0.25 / 0.58, 9);
    expect(h.appraisers[1].consistency).toBe(consistencyRatio(odd));
  });

  test('weights: Ann counted twice is the same as Ann given twice', () => {
    const weighted = groupAhp([ann, bo], [2, 1]);
    const repeated = groupAhp([ann, ann, bo]);
    weighted.matrix.flat().forEach((x, i) => expect(x).toBeCloseTo(repeated.matrix.flat()[i], 12));
  });

  test('one appraiser: their own matrix, no concordance', () => {
    const one = groupAhp([bo]);
    expect(one.matrix).toEqual(bo.map((row) => row.map((x) => expect.closeTo(x, 12))));
    expect(one.concordance).toBeNull();
  });

  test('bad input is refused with a message in both languages', () => {
    const e = errorOf(() =>
      groupAhp([
        ann,
        [
          [1, 2],
          [0.5, 1],
        ],
      ]),
    );
    expect(e.text.en).toBe('matrices: matrix 2 compares 2 criteria but matrix 1 compares 3; every appraiser judges the same criteria.');
    expect(e.text.zh).toBe('matrices：第 2 个矩阵比较 2 个指标，而第 1 个矩阵比较 3 个；每位考评人须判断相同的指标。');
    expect(errorOf(() => groupAhp([])).kind).toBe('VALUE');
    expect(errorOf(() => groupAhp([ann, bo], [1, -1])).text.en).toBe('weights: weight 2 is -1; weights are 0 or more.');
    expect(errorOf(() => groupAhp([ann, bo], [0, 0])).kind).toBe('VALUE');
  });
});

describe("Kendall's W", () => {
  test('identical rankings: 1; exactly reversed rankings of two appraisers: 0', () => {
    expect(
      kendallW([
        [3, 2, 1],
        [0.5, 0.3, 0.2],
      ]),
    ).toBeCloseTo(1, 12);
    // R = (1+3, 2+2, 3+1) = (4, 4, 4): S = 0.
    expect(
      kendallW([
        [3, 2, 1],
        [1, 2, 3],
      ]),
    ).toBeCloseTo(0, 12);
  });
  test('everyone ties everything: no ranking to agree on', () =>
    expect(
      kendallW([
        [1, 1],
        [2, 2],
      ]),
    ).toBeNull());
});
