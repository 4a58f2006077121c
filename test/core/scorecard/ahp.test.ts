import { errorOf } from '../../helpers/errors';
import { ahpWeights, completeMatrix, consistencyRatio, leastConsistentJudgement, principalEigen, RANDOM_INDEX } from '../../../src/core/scorecard/ahp';

/** a[i][j] = w_i / w_j: perfectly consistent judgements of the weights w. */
const consistent = (w: number[]) => w.map((wi) => w.map((wj) => wi / wj));

/** One criterion judged x times more important than each of n − 1 equal others. */
function oneDominant(x: number, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : i === 0 ? x : j === 0 ? 1 / x : 1)));
}

describe('AHP on a consistent matrix (Saaty 1980: w is the eigenvector, λmax = n, CR = 0)', () => {
  const w = [0.4, 0.3, 0.2, 0.1];
  test.each(['eigen', 'geomean'] as const)('%s gives the weights exactly', (method) => {
    ahpWeights(consistent(w), method).forEach((x, i) => expect(x).toBeCloseTo(w[i], 12));
  });
  test('λmax = n and CR = 0', () => {
    expect(principalEigen(consistent(w)).lambda).toBeCloseTo(4, 10);
    expect(consistencyRatio(consistent(w))).toBeCloseTo(0, 10);
  });
});

describe('one criterion x times more important than each of n − 1 equal others gets x / (x + n − 1)', () => {
  // The matrix is consistent with w ∝ (x, 1, …, 1): a[0][j] = x = w_0/w_j, a[i][j] = 1 otherwise.
  test.each([
    [3, 3],
    [5, 4],
    [9, 7],
    [2, 15],
  ])('x = %d, n = %d', (x, n) => {
    for (const method of ['eigen', 'geomean'] as const) {
      const w = ahpWeights(oneDominant(x, n), method);
      expect(w[0]).toBeCloseTo(x / (x + n - 1), 12);
      for (let i = 1; i < n; i++) expect(w[i]).toBeCloseTo(1 / (x + n - 1), 12);
    }
    expect(consistencyRatio(oneDominant(x, n))).toBeCloseTo(0, 9);
  });
});

describe('consistency ratio of an inconsistent matrix', () => {
  // a12 = 2, a23 = 2 imply a13 = 4; judging a13 = 1/2 instead is inconsistent. The characteristic
  // polynomial of a 3×3 reciprocal matrix gives λmax = 1 + (a12·a23/a13)^(1/3) + (a13/(a12·a23))^(1/3)
  // = 1 + 8^(1/3) + (1/8)^(1/3) = 1 + 2 + 0.5 = 3.5, so CI = (3.5 − 3)/2 = 0.25 and CR = 0.25/0.58.
  const m = [
    [1, 2, 0.5],
    [0.5, 1, 2],
    [2, 0.5, 1],
  ];
  test('λmax = 3.5 and CR = 0.25 / 0.58', () => {
    expect(principalEigen(m).lambda).toBeCloseTo(3.5, 10);
    expect(consistencyRatio(m)).toBeCloseTo(0.25 / 0.58, 10);
  });
  test('two criteria are always consistent', () =>
    expect(
      consistencyRatio([
        [1, 7],
        [1 / 7, 1],
      ]),
    ).toBe(0));
  test("the random index is Saaty's 1980 table", () =>
    expect(RANDOM_INDEX).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]));
  test('more than 15 criteria is #NUM!', () => {
    const e = errorOf(() => consistencyRatio(consistent(Array.from({ length: 16 }, (_, i) => i + 1))));
    expect(e.kind).toBe('NUM');
    expect(e.text.en).toBe("Saaty's random index is tabulated for 1 to 15 criteria; the matrix has 16.");
  });
});

describe('completeMatrix', () => {
  test('an empty lower triangle and diagonal are filled with reciprocals and ones', () =>
    expect(
      completeMatrix([
        [null, 2, 4],
        [null, null, 2],
        [null, null, null],
      ]),
    ).toEqual([
      [1, 2, 4],
      [0.5, 1, 2],
      [0.25, 0.5, 1],
    ]));
  test('judgements typed as 0.333 for 1/3 pass', () =>
    expect(() =>
      completeMatrix([
        [1, 3],
        [0.333, 1],
      ]),
    ).not.toThrow());
  test('errors say where', () => {
    expect(
      errorOf(() =>
        completeMatrix([
          [1, 2],
          [0.4, 1],
        ]),
      ),
    ).toMatchObject({
      kind: 'NUM',
      text: { en: 'matrix is not reciprocal: row 1, column 2 holds 2 but row 2, column 1 holds 0.4 (expected 0.5).' },
    });
    expect(
      errorOf(() =>
        completeMatrix([
          [1, -2],
          [null, 1],
        ]),
      ),
    ).toMatchObject({ kind: 'NUM', text: { en: 'matrix must be positive everywhere; row 1, column 2 holds -2.' } });
    expect(
      errorOf(() =>
        completeMatrix([
          [2, 1],
          [1, 1],
        ]),
      ),
    ).toMatchObject({ kind: 'NUM', text: { en: 'matrix must have 1 on its diagonal; row 1, column 1 holds 2.' } });
    expect(
      errorOf(() =>
        completeMatrix([
          [1, null],
          [null, 1],
        ]),
      ),
    ).toMatchObject({ kind: 'VALUE', text: { en: 'matrix: row 1, column 2 and row 2, column 1 are both empty; fill one of them.' } });
    expect(
      errorOf(() =>
        completeMatrix([
          [1, 2, 3],
          [1, 1, 1],
        ]),
      ),
    ).toMatchObject({ kind: 'VALUE', text: { en: 'matrix must be a square matrix; got 2×3.' } });
  });
});

describe('leastConsistentJudgement', () => {
  test('finds the one judgement that breaks an otherwise consistent matrix', () => {
    // Weights 8 : 4 : 2 : 1 give a_ij = w_i / w_j. Reversing a14 (8 becomes 1/8) contradicts
    // a12 · a24 = 8 and a13 · a34 = 8, so (1, 4) is the judgement to revisit. (With three items a
    // reversed judgement spreads its error evenly over all three pairs, so four are needed.)
    const w0 = [8, 4, 2, 1];
    const a = w0.map((x) => w0.map((y) => x / y));
    a[0][3] = 1 / 8;
    a[3][0] = 8;
    const worst = leastConsistentJudgement(a, ahpWeights(a))!;
    expect([worst.i, worst.j, worst.judged]).toEqual([0, 3, 1 / 8]);
    expect(consistencyRatio(a)).toBeGreaterThan(0.1);
  });
  test('a consistent matrix has no judgement off its weights', () => {
    const a = consistent([0.5, 0.3, 0.2]);
    const worst = leastConsistentJudgement(a, ahpWeights(a));
    expect(worst === null || Math.abs(Math.log(worst.judged / worst.implied)) < 1e-9).toBe(true);
  });
});
