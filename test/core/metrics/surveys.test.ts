import { CrmError } from '../../../src/core/errors';
import { csat } from '../../../src/core/metrics/csat';
import { kpiStatusKey, kpiStatus } from '../../../src/core/metrics/kpi-status';
import { nps } from '../../../src/core/metrics/nps';
import { rating } from '../../../src/core/metrics/rating';

const kindOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as CrmError).kind;
  }
  return 'none';
};

describe('nps', () => {
  test('3 promoters, 2 passives, 5 detractors of 10: 100·(3 − 5)/10 = −20', () => {
    expect(nps([10, 9, 9, 8, 7, 6, 5, 0, 3, 6])).toBe(-20);
  });
  test('all promoters is 100, all detractors −100', () => {
    expect(nps([9, 10])).toBe(100);
    expect(nps([0, 6])).toBe(-100);
  });
  test('scores outside 0–10 or fractional are #NUM!, none is #DIV/0!', () => {
    expect(kindOf(() => nps([11]))).toBe('NUM');
    expect(kindOf(() => nps([7.5]))).toBe('NUM');
    expect(kindOf(() => nps([]))).toBe('DIV0');
  });
});

describe('csat', () => {
  test('top-2-box on a 5-point scale: 4s and 5s of 1,2,3,4,4,5 = 3/6', () => {
    expect(csat([1, 2, 3, 4, 4, 5])).toBe(0.5);
  });
  test('10-point scale counts 9 and 10: 2 of 4', () => expect(csat([10, 9, 8, 1], 10)).toBe(0.5));
  test('errors', () => {
    expect(kindOf(() => csat([6], 5))).toBe('NUM');
    expect(kindOf(() => csat([3], 1))).toBe('NUM');
    expect(kindOf(() => csat([3], 4.5))).toBe('NUM');
    expect(kindOf(() => csat([]))).toBe('DIV0');
  });
});

describe('rating bands (service quality template)', () => {
  test.each([
    [10, 'excellent', '优秀'],
    [9, 'excellent', '优秀'],
    [8.9, 'good', '良好'],
    [7, 'good', '良好'],
    [5, 'pass', '合格'],
    [4.99, 'fail', '不合格'],
    [1, 'fail', '不合格'],
  ])('service %d → %s / %s', (v, en, zh) => {
    expect(rating(v, 'service', 'en-US')).toBe(en);
    expect(rating(v, 'service', 'zh-CN')).toBe(zh);
  });
  test.each([
    [100, 'very satisfied'],
    [90, 'very satisfied'],
    [89, 'satisfied'],
    [70, 'satisfied'],
    [69, 'neutral'],
    [50, 'neutral'],
    [49, 'dissatisfied'],
    [0, 'dissatisfied'],
  ])('csat %d → %s', (v, en) => expect(rating(v, 'csat', 'en-US')).toBe(en));
  test('out of scale is #NUM!', () => {
    expect(kindOf(() => rating(0, 'service', 'en-US'))).toBe('NUM');
    expect(kindOf(() => rating(101, 'csat', 'en-US'))).toBe('NUM');
  });
});

describe('KPI status (T5 targets)', () => {
  // renewal ≥ 85%, tolerance 5% of target = 4.25 points: 0.8075 is the edge of "at risk".
  test('floor target', () => {
    expect(kpiStatusKey(0.86, 0.85, 'higher')).toBe('onTrack');
    expect(kpiStatusKey(0.85, 0.85, 'higher')).toBe('onTrack');
    expect(kpiStatusKey(0.83, 0.85, 'higher')).toBe('atRisk');
    expect(kpiStatusKey(0.8, 0.85, 'higher')).toBe('offTrack');
  });
  // churn ≤ 5%, tolerance 0.05 × 5% = 0.25 points.
  test('ceiling target', () => {
    expect(kpiStatusKey(0.04, 0.05, 'lower')).toBe('onTrack');
    expect(kpiStatusKey(0.052, 0.05, 'lower')).toBe('atRisk');
    expect(kpiStatusKey(0.06, 0.05, 'lower')).toBe('offTrack');
  });
  test('labels in both languages', () => {
    expect(kpiStatus(0.83, 0.85, 'higher', 0.05, 'en-US')).toBe('At risk');
    expect(kpiStatus(0.83, 0.85, 'higher', 0.05, 'zh-CN')).toBe('预警');
  });
  test('negative tolerance is #NUM!', () => expect(kindOf(() => kpiStatusKey(1, 1, 'higher', -0.1))).toBe('NUM'));
});
