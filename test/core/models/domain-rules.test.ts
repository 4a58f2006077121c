import { CrmError } from '../../../src/core/errors';
import { expectedPurchases, pAlive } from '../../../src/core/models/bgnbd';
import { clvBgNbd, MAX_HORIZON } from '../../../src/core/models/clv-bgnbd';
import { customerSpend } from '../../../src/core/models/gamma-gamma';
import { rfmSummary } from '../../../src/core/models/rfm';
import { sbgDel, sbgDerl, sbgRetention, sbgSurvival } from '../../../src/core/models/sbg';

/*
 * The models' domain rules hold for every caller of the core, not only for the Excel
 * functions: a CLI or the pane calling these gets the same refusals.
 */
const failure = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof CrmError ? `${e.kind}: ${e.text.en}` : String(e);
  }
  return 'none';
};
const BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };

test('BG/NBD per customer: the history is checked and t ≥ 0', () => {
  expect(failure(() => pAlive(BG, 2, 40, 38.86))).toBe('NUM: recency (40) cannot exceed T (38.86), the time since the first purchase.');
  expect(failure(() => expectedPurchases(BG, -1, 2, 30.43, 38.86))).toBe('NUM: t must be at least 0; got -1.');
  expect(failure(() => expectedPurchases(BG, 1, 1.5, 30.43, 38.86))).toBe('NUM: frequency must be a whole number; got 1.5.');
});

test('CLV.BGNBD: horizon a whole number from 1 to 1200, discount above −100 %, monetary positive for a repeat buyer', () => {
  const clv = (horizon: number, discount: number, x: number, monetary: number) => () => clvBgNbd(BG, GG, x, x > 0 ? 30 : 0, 38, monetary, horizon, discount, 1);
  expect(MAX_HORIZON).toBe(1200);
  expect(failure(clv(0, 0.1, 2, 20))).toBe('NUM: horizon must be at least 1; got 0.');
  expect(failure(clv(2.5, 0.1, 2, 20))).toBe('NUM: horizon must be a whole number; got 2.5.');
  expect(failure(clv(1201, 0.1, 2, 20))).toBe('NUM: horizon must be at most 1200; got 1201.');
  expect(failure(clv(12, -1, 2, 20))).toBe('NUM: discount_per_period must be greater than -1; got -1.');
  expect(failure(clv(12, 0.1, 2, 0))).toBe('NUM: monetary must be positive; got 0.');
  // Without repeat purchases his own mean spend is not used: 0 is fine.
  expect(failure(clv(12, 0.1, 0, 0))).toBe('none');
});

test('GG spend of one customer: monetary may be missing only without repeat purchases', () => {
  // Fader & Hardie (2013) eq. 5 with x = 0: the population mean p γ / (q − 1).
  expect(customerSpend(GG, 0, null)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  expect(failure(() => customerSpend(GG, 2, null))).toBe('VALUE: monetary is empty; a number is needed.');
  expect(failure(() => customerSpend(GG, 2, -3))).toBe('NUM: monetary must be positive; got -3.');
  expect(failure(() => customerSpend(GG, -1, 10))).toBe('NUM: frequency must be at least 0; got -1.');
});

test('RFM: unit_days must be positive', () => {
  expect(failure(() => rfmSummary(['a'], [45000], [1], null, 0))).toBe('NUM: unit_days must be positive; got 0.');
});

test('sBG: periods are whole numbers (t ≥ 1 for retention), discounts ≥ 0', () => {
  const p = { alpha: 0.704, beta: 1.182 };
  expect(failure(() => sbgSurvival(p, 1.5))).toBe('NUM: t must be a whole number; got 1.5.');
  expect(failure(() => sbgRetention(p, 0))).toBe('NUM: t must be at least 1; got 0.');
  expect(failure(() => sbgDel(p, -0.1))).toBe('NUM: discount must be at least 0; got -0.1.');
  expect(failure(() => sbgDerl(p, 0.1, -1))).toBe('NUM: renewals must be at least 0; got -1.');
});
