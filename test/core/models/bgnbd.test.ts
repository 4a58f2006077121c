import { bgnbdLogLik, expectedPurchases, fitBgNbd, pAlive } from '../../../src/core/models/bgnbd';
import { groupCustomers } from '../../../src/core/models/customer-data';
import { rfmSummary } from '../../../src/core/models/rfm';
import { CrmError } from '../../../src/core/errors';
import { simulateBgNbd } from '../../helpers/simulate-customers';
import { cdnowSummary, cdnowTransactions, serialOf } from './cdnow';

/** Fader, Hardie & Lee (2005), "Counting your customers the easy way", table/section 5. */
const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLik: -9582.4 };

test('the fit on the CDNOW calibration summary gives the published estimates (FHL 2005)', () => {
  const s = cdnowSummary();
  const f = fitBgNbd(s.x, s.tx, s.T);
  expect(f.params.r).toBeCloseTo(PUBLISHED.r, 3);
  expect(f.params.alpha).toBeCloseTo(PUBLISHED.alpha, 3);
  expect(f.params.a).toBeCloseTo(PUBLISHED.a, 3);
  expect(f.params.b).toBeCloseTo(PUBLISHED.b, 3);
  expect(f.logLik).toBeCloseTo(PUBLISHED.logLik, 1);
});

test('RFM from the raw CDNOW transactions reproduces the calibration summary, to its 2-decimal rounding', () => {
  const t = cdnowTransactions();
  const rows = rfmSummary(t.id, t.date, t.amount, serialOf('19970930'), 7);
  const s = cdnowSummary();
  expect(rows).toHaveLength(s.id.length);
  rows.forEach((r, i) => {
    expect(r.id).toBe(s.id[i]);
    expect(r.frequency).toBe(s.x[i]);
    expect(Math.abs(r.recency - s.tx[i])).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(r.T - s.T[i])).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(r.monetary - s.zbar[i])).toBeLessThanOrEqual(0.005 + 1e-9);
  });
  const f = fitBgNbd(
    rows.map((r) => r.frequency),
    rows.map((r) => r.recency),
    rows.map((r) => r.T),
  );
  expect([f.params.r, f.params.alpha, f.params.a, f.params.b].map((v) => Math.round(v * 1000) / 1000)).toEqual([0.243, 4.414, 0.793, 2.426]);
});

test('the analytic gradient matches central differences of the log-likelihood', () => {
  const s = cdnowSummary();
  const d = groupCustomers(s.x, s.tx, s.T);
  const p = { r: 0.3, alpha: 5, a: 0.9, b: 2 };
  const g = [0, 0, 0, 0];
  bgnbdLogLik(p, d, g);
  (['r', 'alpha', 'a', 'b'] as const).forEach((k, i) => {
    const h = 1e-6;
    const up = bgnbdLogLik({ ...p, [k]: p[k] * Math.exp(h) }, d);
    const down = bgnbdLogLik({ ...p, [k]: p[k] * Math.exp(-h) }, d);
    expect(g[i]).toBeCloseTo((up - down) / (2 * h), 3);
  });
});

test('grouping identical rows leaves the log-likelihood unchanged', () => {
  const s = cdnowSummary();
  const grouped = groupCustomers(s.x, s.tx, s.T);
  expect(grouped.x.length).toBeLessThan(s.x.length / 2);
  const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  const one = (i: number) => ({
    x: Float64Array.of(s.x[i]),
    tx: Float64Array.of(s.tx[i]),
    T: Float64Array.of(s.T[i]),
    count: Float64Array.of(1),
    customers: 1,
  });
  const byRow = s.x.reduce((sum, _, i) => sum + bgnbdLogLik(p, one(i)), 0);
  expect(bgnbdLogLik(p, grouped)).toBeCloseTo(byRow, 6);
});

test('E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226 (FHL 2005, section 5)', () => {
  expect(expectedPurchases(PUBLISHED, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
});

test('expected purchases of a new customer (x = t_x = T → 0) approach E[X(t)] = r t/α when nobody drops out (b → ∞)', () => {
  // With b huge, p ≈ 0: the NBD mean r t / α (FHL 2005, eq. 7 with no dropout).
  const p = { r: 2, alpha: 10, a: 1.5, b: 1e7 };
  expect(expectedPurchases(p, 5, 0, 0, 1e-9)).toBeCloseTo((2 * 5) / 10, 4);
});

test('P(alive) by hand: 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)); 1 with no repeat purchase (FHL 2005, eq. 12)', () => {
  const p = PUBLISHED;
  const hand = 1 / (1 + (0.793 / (2.426 + 2 - 1)) * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 0.243 + 2));
  expect(pAlive(p, 2, 30.43, 38.86)).toBeCloseTo(hand, 12);
  expect(pAlive(p, 0, 0, 38.86)).toBe(1);
});

test('parameters are recovered from 50,000 customers simulated with the CDNOW estimates', () => {
  const sim = simulateBgNbd(50_000, PUBLISHED, 20261122);
  const f = fitBgNbd(sim.x, sim.tx, sim.T);
  expect(f.params.r).toBeCloseTo(PUBLISHED.r, 1);
  expect(Math.abs(f.params.alpha / PUBLISHED.alpha - 1)).toBeLessThan(0.1);
  expect(Math.abs(f.params.a / PUBLISHED.a - 1)).toBeLessThan(0.15);
  expect(Math.abs(f.params.b / PUBLISHED.b - 1)).toBeLessThan(0.15);
});

describe('robustness', () => {
  const num = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof CrmError ? [e.kind, e.text.en] : ['thrown', String(e)];
    }
    return ['no error', ''];
  };
  test('recency above T, negative or fractional frequency, frequency 0 with recency: #NUM! naming the row', () => {
    expect(num(() => fitBgNbd([1, 2], [3, 9], [10, 8]))).toEqual(['NUM', 'Row 2: recency (9) cannot exceed T (8), the time since the first purchase.']);
    expect(num(() => fitBgNbd([-1], [0], [1]))[1]).toMatch(/^Row 1: frequency must be at least 0/);
    expect(num(() => fitBgNbd([1.5], [1], [2]))[1]).toMatch(/^Row 1: frequency must be a whole number/);
    expect(num(() => fitBgNbd([0], [2], [5]))[1]).toMatch(/^Row 1: a customer with frequency 0 has recency 0/);
  });
  test('all frequency 0: #NUM! saying why, no parameters', () => {
    expect(num(() => fitBgNbd([0, 0, 0], [0, 0, 0], [5, 6, 7]))).toEqual([
      'NUM',
      'No customer made a repeat purchase, so the purchase and dropout rates cannot be estimated.',
    ]);
  });
  test('one customer: #NUM! (the parameters are not identified) rather than an edge optimum', () => {
    expect(num(() => fitBgNbd([3], [20], [30]))[0]).toBe('NUM');
  });
  test('huge counts converge', () => {
    const x = [0, 1, 500, 2000, 5, 40];
    const tx = [0, 3, 30, 38, 10, 35];
    const T = [39, 39, 39, 39, 39, 39];
    const f = fitBgNbd(x, tx, T);
    expect(Number.isFinite(f.logLik)).toBe(true);
  });
});

test('long fits report progress through the iteration callback and can be cancelled', () => {
  const s = cdnowSummary();
  const seen: number[] = [];
  fitBgNbd(s.x, s.tx, s.T, { onIteration: (it) => void seen.push(it.iteration) });
  expect(seen.length).toBeGreaterThan(5);
  expect(seen).toEqual(seen.map((_, i) => i + 1));
  expect(() => fitBgNbd(s.x, s.tx, s.T, { onIteration: (it) => it.iteration < 3 })).toThrow('The BG/NBD fit was cancelled.');
});
