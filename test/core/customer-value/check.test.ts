import { type Analysis, holdoutCheck, summarise } from '../../../src/core/customer-value';
import { analysis, BASE, check, transactions } from './tiny-holdout';

/* The holdout check worked by hand on the tiny log of tiny-holdout.ts (its comment has the customers). */
test('expected holdout purchases per customer, MAE and bias', () => {
  expect(check.periods).toBe(10);
  // A: 0.1·2·10/10 = 0.2; B: 0.1·1·10/9 = 0.1111…; C: 0.1·3·10/8 = 0.375.
  expect(Array.from(check.expected)).toEqual([0.2, 1 / 9, 0.375].map((v) => expect.closeTo(v, 12)));
  // Errors (predicted − actual): −1.8, 0.1111…, −0.625.
  expect(check.errors.mae).toBeCloseTo((1.8 + 1 / 9 + 0.625) / 3, 12);
  expect(check.errors.bias).toBeCloseTo((-1.8 + 1 / 9 - 0.625) / 3, 12);
});

test('means by calibration frequency: 0 is B, 1 is A, 2 is C, the rest empty', () => {
  expect(check.classes).toHaveLength(8);
  expect(check.classes[0]).toMatchObject({ frequency: 0, customers: 1, actual: 0, expected: expect.closeTo(1 / 9, 12) });
  expect(check.classes[1]).toMatchObject({ frequency: 1, customers: 1, actual: 2, expected: expect.closeTo(0.2, 12) });
  expect(check.classes[2]).toMatchObject({ frequency: 2, customers: 1, actual: 1, expected: expect.closeTo(0.375, 12) });
  expect(check.classes.slice(3).every((c) => c.customers === 0 && c.actual === null)).toBe(true);
  expect(check.classes[7].open).toBe(true);
});

test('cumulative purchases per day: repeat days 4, 5, 8, 12, 15, 18; expected 0.1 · Σ (k + 1 − birth) over births 1, 2, 3', () => {
  expect(check.tracking).toHaveLength(20);
  const at = (k: number) => check.tracking[k - 1];
  expect(at(1)).toMatchObject({ period: 1, lastDay: BASE + 1, actual: 0, expected: expect.closeTo(0.1, 12) });
  expect(at(3)).toMatchObject({ actual: 0, expected: expect.closeTo(0.3 + 0.2 + 0.1, 12) });
  expect(at(10)).toMatchObject({ lastDay: BASE + 10, actual: 3, expected: expect.closeTo(0.1 * (10 + 9 + 8), 12) });
  expect(at(20)).toMatchObject({ lastDay: BASE + 20, actual: 6, expected: expect.closeTo(0.1 * (20 + 19 + 18), 12) });
});

test('without a holdout end there is nothing to check', () => {
  const calOnly = { summary: summarise(transactions, BASE + 10, null, 1), fit: analysis.fit } as unknown as Analysis;
  expect(holdoutCheck(calOnly, transactions)).toBeNull();
});
