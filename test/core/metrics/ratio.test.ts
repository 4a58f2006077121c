import { CrmError } from '../../../src/core/errors';
import { RATIOS, ratio } from '../../../src/core/metrics/ratio';
import { retention } from '../../../src/core/metrics/retention';

const fail = (f: () => unknown): CrmError => {
  try {
    f();
  } catch (e) {
    return e as CrmError;
  }
  throw new Error('expected an error');
};

describe('ratio family (one implementation for every rate)', () => {
  // Hand calculations: 45/1200 = 0.0375; 1,150,000/1,000,000 − 1 = 0.15; 650,000/500,000 − 1 = 0.3.
  test.each([
    ['CHURN', 45, 1200, 0.0375],
    ['CONVERSION', 36, 240, 0.15],
    ['COMPLAINTRATE', 12, 800, 0.015],
    ['RESOLUTIONRATE', 188, 200, 0.94],
    ['REPEATRATE', 14, 200, 0.07],
    ['ATTAINMENT', 920000, 1000000, 0.92],
    ['AUS', 58000, 116, 500],
    ['IPT', 348, 116, 3],
    ['FREQUENCY', 900, 300, 3],
    ['CAC', 50000, 125, 400],
    ['LTVCAC', 1200, 400, 3],
    ['GROWTH', 1150000, 1000000, 0.15],
    ['ROI', 650000, 500000, 0.3],
  ] as const)('%s(%d, %d) = %d', (id, a, b, expected) => {
    expect(ratio(RATIOS[id], a, b)).toBeCloseTo(expected, 12);
  });

  test('a zero denominator is #DIV/0! naming it', () => {
    const e = fail(() => ratio(RATIOS.CHURN, 3, 0));
    expect(e.kind).toBe('DIV0');
    expect(e.text.en).toBe('base is zero, so the ratio is undefined.');
  });
  test('a negative denominator is #NUM!', () => {
    expect(fail(() => ratio(RATIOS.GROWTH, 5, -10)).kind).toBe('NUM');
  });
  test('a share cannot exceed its whole', () => {
    const e = fail(() => ratio(RATIOS.CHURN, 130, 120));
    expect(e.kind).toBe('NUM');
    expect(e.text.en).toBe('lost cannot exceed base.');
  });
  test('counts cannot be negative, while growth and attainment accept negative numerators', () => {
    expect(fail(() => ratio(RATIOS.IPT, -1, 10)).kind).toBe('NUM');
    expect(ratio(RATIOS.GROWTH, 0, 100)).toBe(-1);
    expect(ratio(RATIOS.ATTAINMENT, -50, 100)).toBe(-0.5);
  });
});

describe('retention', () => {
  test('(1050 − 150) / 1000 = 0.9', () => expect(retention(1000, 1050, 150)).toBeCloseTo(0.9, 12));
  test('no new customers: end / start', () => expect(retention(200, 180)).toBeCloseTo(0.9, 12));
  test('errors', () => {
    expect(fail(() => retention(0, 10)).kind).toBe('DIV0');
    expect(fail(() => retention(100, 50, 60)).text.en).toBe('new_customers cannot exceed end.');
    expect(fail(() => retention(100, 150, 10)).kind).toBe('NUM');
    expect(fail(() => retention(100, -1)).kind).toBe('NUM');
  });
});
