import { errorOf } from '../../helpers/errors';
import { answerPoints } from '../../../src/core/scorecard/answer-points';
import { rankPoints } from '../../../src/core/scorecard/rank-points';
import { weightsFromRanks } from '../../../src/core/scorecard/rank-weights';
import { weightedScore } from '../../../src/core/scorecard/weighted-score';

const name = (i: number) => `criterion ${i + 1}`;

describe('weightedScore', () => {
  // By hand: (0.5·4 + 0.3·3 + 0.2·5) / 1 = 2 + 0.9 + 1 = 3.9.
  test('Σw·s / Σw', () => expect(weightedScore([4, 3, 5], [0.5, 0.3, 0.2], null, 'error', name)).toBeCloseTo(3.9, 12));
  // By hand: 100 · 3.9 / (1 · 5) = 78.
  test('on 0–100 with max_rating', () => expect(weightedScore([4, 3, 5], [0.5, 0.3, 0.2], 5, 'error', name)).toBeCloseTo(78, 12));
  // By hand: weights 50/30/20 are 0.5/0.3/0.2 scaled by 100, so the score is still 3.9.
  test('weights need not add up to 1', () => expect(weightedScore([4, 3, 5], [50, 30, 20], null, 'error', name)).toBeCloseTo(3.9, 12));
  test('an unrated criterion is #N/A naming it by default', () => {
    const e = errorOf(() => weightedScore([4, null, 5], [0.5, 0.3, 0.2], null, 'error', name));
    expect(e.kind).toBe('NA');
    expect(e.text.en).toContain('criterion 2 is not rated');
    expect(e.text.zh).toContain('criterion 2 未评分');
  });
  // By hand, skip: (0.5·4 + 0.2·5) / 0.7 = 3 / 0.7 = 4.285714…; zero: 3 / 1 = 3.
  test('skip renormalises over rated criteria, zero counts them as 0', () => {
    expect(weightedScore([4, null, 5], [0.5, 0.3, 0.2], null, 'skip', name)).toBeCloseTo(3 / 0.7, 12);
    expect(weightedScore([4, null, 5], [0.5, 0.3, 0.2], null, 'zero', name)).toBeCloseTo(3, 12);
  });
  test('nothing rated under skip is #N/A', () => {
    const e = errorOf(() => weightedScore([null, null], [1, 1], null, 'skip', name));
    expect(e.kind).toBe('NA');
    expect(e.text.en).toBe('No criterion is rated for this candidate.');
  });
  test('a negative weight is #NUM!', () => {
    const e = errorOf(() => weightedScore([1, 2], [-0.5, 1], null, 'error', name));
    expect(e.kind).toBe('NUM');
    expect(e.text.en).toBe('weights must be at least 0; got -0.5.');
  });
  test('weights adding up to zero are #DIV/0!', () => {
    const e = errorOf(() => weightedScore([1, 2], [0, 0], null, 'error', name));
    expect(e.kind).toBe('DIV0');
    expect(e.text.en).toContain('weights add up to zero');
  });
  test('max_rating must be positive', () => {
    const e = errorOf(() => weightedScore([1], [1], 0, 'error', name));
    expect(e.kind).toBe('NUM');
    expect(e.text.en).toBe('max_rating must be positive; got 0.');
  });
});

describe('rankPoints (rule R3, docs/seeds.md T2)', () => {
  // Fees 480k, 350k, 420k: the lowest (350k) gets 5, the middle (420k) 4, the highest (480k) 3.
  test('lowest 5, middle 4, highest 3', () => expect(rankPoints([480000, 350000, 420000])).toEqual([3, 5, 4]));
  test('everything between the lowest and highest gets the middle points', () => expect(rankPoints([1, 2, 3, 4, 5])).toEqual([5, 4, 4, 4, 3]));
  test('ties share the better points', () => {
    expect(rankPoints([100, 100, 200])).toEqual([5, 5, 3]);
    expect(rankPoints([100, 200, 200])).toEqual([5, 3, 3]);
    expect(rankPoints([7, 7, 7])).toEqual([5, 5, 5]);
  });
  test('desc: higher is better', () => expect(rankPoints([480000, 350000, 420000], [5, 4, 3], 'desc')).toEqual([5, 3, 4]));
  test('longer point lists go down by competition rank; the worst keeps the last', () =>
    expect(rankPoints([10, 20, 20, 30, 40, 50], [10, 8, 6, 4, 2])).toEqual([10, 8, 8, 4, 4, 2]));
  test('one or two points', () => {
    expect(rankPoints([3, 1, 2], [7])).toEqual([7, 7, 7]);
    expect(rankPoints([3, 1, 2], [2, 1])).toEqual([1, 2, 1]);
  });
});

describe('answerPoints (rules R1, R2 and the four standards)', () => {
  test('met: full, partial 3, not met 0 — in any of the accepted spellings', () => {
    expect(['met', '满足', 'Y', ' yes '].map((a) => answerPoints(a, 'met', 5, null))).toEqual([5, 5, 5, 5]);
    expect(['partial', '部分满足', 'p', 'Partly met'].map((a) => answerPoints(a, 'met', 5, null))).toEqual([3, 3, 3, 3]);
    expect(['not met', '不满足', 'N'].map((a) => answerPoints(a, 'met', 5, null))).toEqual([0, 0, 0]);
  });
  test('met with other partial points', () => expect(answerPoints('partial', 'met', 6, [4])).toBe(4));
  test('provided: full or nothing', () => {
    expect(answerPoints('能提供', 'provided', 2, null)).toBe(2);
    expect(answerPoints('no', 'provided', 2, null)).toBe(0);
  });
  // By hand: B = 80 % of 30 = 24; with shares 1/0.75/0.5/0.25, C = 0.5 · 30 = 15.
  test('grade: shares of full points', () => {
    expect(answerPoints('B', 'grade', 30, null)).toBeCloseTo(24, 12);
    expect(answerPoints('差', 'grade', 30, null)).toBeCloseTo(12, 12);
    expect(answerPoints('c', 'grade', 30, [1, 0.75, 0.5, 0.25])).toBeCloseTo(15, 12);
  });
  test('an unknown answer is #N/A listing the accepted ones', () => {
    const e = errorOf(() => answerPoints('maybe', 'provided', 2, null));
    expect(e.kind).toBe('NA');
    expect(e.text.en).toBe('Unknown answer "maybe"; accepted answers are "yes", "no", "能提供", "不能提供".');
    expect(e.text.zh).toBe('无法识别的回答 "maybe"；可接受的回答为 "yes"、"no"、"能提供"、"不能提供"。');
  });
  test('an empty answer is #N/A', () => expect(errorOf(() => answerPoints(null, 'grade', 10, null)).text.en).toContain('The answer is empty'));
  test('points out of domain are #NUM!, points of the wrong count #VALUE!', () => {
    expect(errorOf(() => answerPoints('P', 'met', 2, null))).toMatchObject({ kind: 'NUM', text: { en: 'points must be at most max_points (2); got 3.' } });
    expect(errorOf(() => answerPoints('A', 'grade', 10, [100, 80, 60, 40]))).toMatchObject({
      kind: 'NUM',
      text: { en: 'points must be at most 100% (1); got 100.' },
    });
    expect(errorOf(() => answerPoints('A', 'grade', 10, [1, 0.8]))).toMatchObject({
      kind: 'VALUE',
      text: { en: 'points for rule "grade" must hold 4 value(s); got 2.' },
    });
    expect(errorOf(() => answerPoints('yes', 'provided', 2, [1]))).toMatchObject({ kind: 'VALUE' });
    expect(errorOf(() => answerPoints('yes', 'provided', 0, null))).toMatchObject({ kind: 'NUM', text: { en: 'max_points must be positive; got 0.' } });
  });
});

describe('weightsFromRanks (Barron & Barrett 1996)', () => {
  // ROC, n = 3: (1 + 1/2 + 1/3)/3 = 11/18, (1/2 + 1/3)/3 = 5/18, (1/3)/3 = 2/18.
  test('rank-order centroid', () => {
    const w = weightsFromRanks([1, 2, 3]);
    [11 / 18, 5 / 18, 2 / 18].forEach((x, i) => expect(w[i]).toBeCloseTo(x, 12));
  });
  // Rank-sum, n = 4: 2(n + 1 − r)/(n(n + 1)) = 8/20, 6/20, 4/20, 2/20.
  test('rank-sum', () => {
    const w = weightsFromRanks([2, 1, 4, 3], 'sum');
    [6 / 20, 8 / 20, 2 / 20, 4 / 20].forEach((x, i) => expect(w[i]).toBeCloseTo(x, 12));
  });
  // Reciprocal, n = 3: H = 1 + 1/2 + 1/3 = 11/6, so 6/11, 3/11, 2/11.
  test('reciprocal', () => {
    const w = weightsFromRanks([1, 2, 3], 'reciprocal');
    [6 / 11, 3 / 11, 2 / 11].forEach((x, i) => expect(w[i]).toBeCloseTo(x, 12));
  });
  // ROC n = 3 with the last two tied: they share (5/18 + 2/18)/2 = 7/36 each.
  test('tied ranks share the weights of their positions', () => {
    const w = weightsFromRanks([1, 2, 2]);
    expect(w[0]).toBeCloseTo(11 / 18, 12);
    expect(w[1]).toBeCloseTo(7 / 36, 12);
    expect(w[2]).toBeCloseTo(7 / 36, 12);
  });
  test('ranks must be whole numbers from 1', () => {
    expect(errorOf(() => weightsFromRanks([1, 1.5]))).toMatchObject({ kind: 'NUM', text: { en: 'ranks must be a whole number; got 1.5.' } });
    expect(errorOf(() => weightsFromRanks([0, 1]))).toMatchObject({ kind: 'NUM', text: { en: 'ranks must be at least 1; got 0.' } });
  });
});
