import { clv } from '../../../src/core/metrics/clv';
import { CrmError } from '../../../src/core/errors';

// Expected values are geometric sums worked out by hand below (Gupta & Lehmann 2003 formula).
describe('clv', () => {
  test('infinite horizon, margins at period end: m·r/(1+d−r) = 100·0.8/0.3', () => {
    expect(clv(100, 0.8, 0.1)).toBeCloseTo(266.6667, 4);
  });
  test('infinite horizon, first margin now: m(1+d)/(1+d−r) = 100·1.1/0.3', () => {
    expect(clv(100, 0.8, 0.1, 0, 1)).toBeCloseTo(366.6667, 4);
  });
  test('three periods at period end: 100(0.8/1.1 + 0.64/1.21 + 0.512/1.331)', () => {
    const hand = 100 * (0.8 / 1.1 + 0.64 / 1.21 + 0.512 / 1.331); // 72.727 + 52.893 + 38.467 = 164.088
    expect(clv(100, 0.8, 0.1, 3)).toBeCloseTo(hand, 10);
    expect(hand).toBeCloseTo(164.0872, 4);
  });
  test('three periods, first margin now: 100(1 + 0.8/1.1 + 0.64/1.21)', () => {
    expect(clv(100, 0.8, 0.1, 3, 1)).toBeCloseTo(100 * (1 + 0.8 / 1.1 + 0.64 / 1.21), 10);
  });
  test('retention equal to 1 + discount over a finite horizon sums N equal margins', () => {
    expect(clv(50, 1, 0, 4)).toBe(200);
  });
  test('zero retention: the customer never comes back', () => {
    expect(clv(100, 0, 0.1)).toBe(0);
    expect(clv(100, 0, 0.1, 0, 1)).toBeCloseTo(100, 12);
  });
  test.each([
    [[100, -0.1, 0.1], 'retention must be at least 0'],
    [[100, 1.2, 0.1], 'retention must be at most 1'],
    [[100, 0.8, -1], 'discount must be greater than -1'],
    [[100, 0.8, 0.1, 2.5], 'periods must be a whole number'],
    [[100, 0.8, 0.1, -3], 'periods must be at least 0'],
    [[100, 0.8, 0.1, 0, 2], 'timing must be 0'],
    [[100, 1, 0], 'never converges'],
  ])('clv(%j) is #NUM! saying "%s"', (args, text) => {
    try {
      clv(...(args as [number, number, number, number?, number?]));
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(CrmError);
      expect((e as CrmError).kind).toBe('NUM');
      expect((e as CrmError).text.en).toContain(text);
      expect((e as CrmError).text.zh.length).toBeGreaterThan(0);
    }
  });
});
