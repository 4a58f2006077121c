import { WEIGHT_TOLERANCE } from '../../../src/core/scorecard';
import { consistencyRatio, weightsFromRanks } from '../../../src/core/scorecard';
import { ahpOutcome, equalJudgements, matrixOf, pairsOf } from '../../../src/taskpane/state/ahp-matrix';
import { freshId } from '../../../src/taskpane/state/ids';
import { editText, pick } from '../../../src/taskpane/state/text';
import { addsUp, asPercent, normalised } from '../../../src/taskpane/state/weights';

describe('weights', () => {
  test('normalising rescales to 100 %, and all zeros become equal shares', () => {
    expect(normalised([1, 1, 2])).toEqual([0.25, 0.25, 0.5]);
    expect(normalised([0, 0])).toEqual([0.5, 0.5]);
    expect(addsUp(normalised([0.3, 0.3, 0.3]))).toBe(true);
    expect(addsUp([0.3, 0.3, 0.3])).toBe(false);
    expect(asPercent(0.3125)).toBe(31.25);
  });
  test('ROC quick start for three items (Barron & Barrett: 61.1 %, 27.8 %, 11.1 %)', () => {
    expect(weightsFromRanks([1, 2, 3]).map(asPercent)).toEqual([61.11, 27.78, 11.11]);
  });
});

describe('AHP editor model', () => {
  test('pairs are listed row by row', () => {
    expect(pairsOf(3)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });
  test('equal judgements give equal weights and a CR of 0', () => {
    const o = ahpOutcome(4, equalJudgements(4));
    o.weights.forEach((w) => expect(w).toBeCloseTo(0.25, 12));
    expect(o.cr).toBeCloseTo(0, 12);
    expect(o.consistent).toBe(true);
  });
  test('a step of +2 means 3 times as important; −2 the reverse', () => {
    const a = matrixOf(2, [2]);
    expect(a).toEqual([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect(matrixOf(2, [-2])[0][1]).toBeCloseTo(1 / 3, 12);
    expect(ahpOutcome(2, [2]).weights.map((w) => Math.round(w * 1000) / 1000)).toEqual([0.75, 0.25]);
  });
  test('steps beyond the scale are held to 9', () => {
    expect(matrixOf(2, [20])[0][1]).toBe(9);
  });
  test('a consistent matrix passes: 1 vs 2 = 2, 2 vs 3 = 2, 1 vs 3 = 4', () => {
    const o = ahpOutcome(3, [1, 3, 1]);
    expect(o.cr).toBeCloseTo(0, 6);
    expect(o.weights.map((w) => Math.round(w * 1e4) / 1e4)).toEqual([0.5714, 0.2857, 0.1429]);
  });
  test('contradictory judgements are flagged above 0.1', () => {
    // a > b, b > c, but c ≫ a: a circle of preferences.
    const o = ahpOutcome(3, [4, -6, 4]);
    expect(o.cr).toBeGreaterThan(0.1);
    expect(o.consistent).toBe(false);
    expect(o.cr).toBeCloseTo(consistencyRatio(matrixOf(3, [4, -6, 4])), 12);
  });
});

describe('bilingual text and ids', () => {
  test('pick and editText', () => {
    expect(pick({ en: 'a', zh: '甲' }, 'zh-CN')).toBe('甲');
    expect(pick(undefined, 'en-US')).toBe('');
    expect(editText(undefined, 'zh-CN', '新')).toEqual({ en: '新', zh: '新' });
  });
  test('fresh ids skip the ones taken', () => {
    expect(freshId('c', ['c1', 'c2', 'c4'])).toBe('c3');
    expect(freshId('candidate', [])).toBe('candidate1');
  });
});

test("the pane uses validation's tolerance (1e-6): 33.333 % × 3 = 99.999 % does not add up, a third each does", () => {
  expect(WEIGHT_TOLERANCE).toBe(1e-6);
  expect(addsUp([0.33333, 0.33333, 0.33333])).toBe(false);
  expect(addsUp([1 / 3, 1 / 3, 1 / 3])).toBe(true);
  // 1 − 5e-7 is within the tolerance, 1 − 2e-6 outside it.
  expect(addsUp([0.5, 0.5 - 5e-7])).toBe(true);
  expect(addsUp([0.5, 0.5 - 2e-6])).toBe(false);
});
