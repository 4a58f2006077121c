import { CrmError } from '../../../src/core/errors';
import { bgnbdLogLik, expectedPurchases, fitBgNbd, pAlive } from '../../../src/core/models/bgnbd';
import { checkCustomer, groupCustomers } from '../../../src/core/models/customer-data';
import { fitGammaGamma } from '../../../src/core/models/gamma-gamma';
import { rfmSummary } from '../../../src/core/models/rfm';
import { cdnowTransactions, serialOf } from './cdnow';
import { series2F1 } from '../../helpers/series-2f1';

/*
 * Issue 11: a customer whose first and only purchase falls on the end date has x = 0, t_x = 0,
 * T = 0. With RFM's default end date (the last date of the log) every live log has some, and
 * they must not break the fits.
 */

/** Fader, Hardie & Lee (2005), "Counting your customers the easy way", section 5. */
const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** The CDNOW calibration log (up to 1997-09-30) plus three customers who first buy on 1997-09-30. */
function cdnowWithLastDayCustomers() {
  const t = cdnowTransactions();
  const end = serialOf('19970930');
  const keep = t.date.map((d, i) => i).filter((i) => t.date[i] <= end);
  const id: (string | number)[] = keep.map((i) => t.id[i]);
  const date = keep.map((i) => t.date[i]);
  const amount = keep.map((i) => t.amount[i]);
  for (const newcomer of ['new-1', 'new-2', 'new-3']) {
    id.push(newcomer);
    date.push(end);
    amount.push(12.5);
  }
  return { id, date, amount, end };
}

/** A fit's numbers: two fits carry different log-likelihood closures even when every number agrees. */
function withoutClosures(fit: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fit).filter(([, v]) => typeof v !== 'function'));
}

test('one row x = 0, t_x = 0, T = 0 has log-likelihood 0 (likelihood 1) whatever the parameters, by hand from FHL 2005 eq. 6', () => {
  // L = B(a, b + x)/B(a, b) · Γ(r + x) α^r / (Γ(r) (α + T)^(r + x)) + δ_{x>0} (…); at x = 0 the
  // δ term is absent and, with T = 0, L = B(a, b)/B(a, b) · Γ(r) α^r / (Γ(r) α^r) = 1.
  const row = { x: Float64Array.of(0), tx: Float64Array.of(0), T: Float64Array.of(0), count: Float64Array.of(1), customers: 1 };
  for (const p of [PUBLISHED, { r: 3, alpha: 0.2, a: 5, b: 0.1 }, { r: 0.01, alpha: 400, a: 0.05, b: 80 }]) {
    const g = [1, 1, 1, 1];
    expect(bgnbdLogLik(p, row, g)).toBeCloseTo(0, 12);
    // Its gradient is 0 too: the row pulls the optimum nowhere.
    for (const v of g) expect(v).toBeCloseTo(0, 12);
  }
});

test('RFM with the default end date gives T = 0 to last-day newcomers, and the BG/NBD fit equals the fit without them', () => {
  const log = cdnowWithLastDayCustomers();
  const rows = rfmSummary(log.id, log.date, log.amount, null, 7);
  const newcomers = rows.filter((r) => typeof r.id === 'string');
  expect(newcomers.map((r) => [r.frequency, r.recency, r.T, r.monetary])).toEqual([
    [0, 0, 0, 0],
    [0, 0, 0, 0],
    [0, 0, 0, 0],
  ]);
  const fitOf = (rs: typeof rows) =>
    fitBgNbd(
      rs.map((r) => r.frequency),
      rs.map((r) => r.recency),
      rs.map((r) => r.T),
    );
  const all = fitOf(rows);
  // Hand argument: ln L(all) = ln L(others) + Σ ln 1 for every parameter value (the test
  // above), so both likelihoods have the same maximiser and the same maximum; the fit leaves
  // such rows out, so the optimiser takes the same path and the numbers are identical.
  expect(withoutClosures(all)).toEqual(withoutClosures(fitOf(rows.filter((r) => r.T > 0))));
  // And the others are exactly the CDNOW calibration sample: the published estimates.
  expect([all.params.r, all.params.alpha, all.params.a, all.params.b].map((v) => Math.round(v * 1000) / 1000)).toEqual([0.243, 4.414, 0.793, 2.426]);
});

test('the Gamma-Gamma fit skips them like any customer without repeat purchases', () => {
  const log = cdnowWithLastDayCustomers();
  const rows = rfmSummary(log.id, log.date, log.amount, log.end, 7);
  const fitOf = (rs: typeof rows) =>
    fitGammaGamma(
      rs.map((r) => r.frequency),
      rs.map((r) => r.monetary),
    );
  expect(withoutClosures(fitOf(rows))).toEqual(withoutClosures(fitOf(rows.filter((r) => r.T > 0))));
});

test('P(alive) is 1 and expected purchases are E[X(t)] of a new customer (FHL 2005 eq. 9), with no 0/0', () => {
  const { r, alpha, a, b } = PUBLISHED;
  expect(pAlive(PUBLISHED, 0, 0, 0)).toBe(1);
  for (const t of [1, 39, 78]) {
    // E[X(t)] = (a + b − 1)/(a − 1) · [1 − (α/(α + t))^r · 2F1(r, b; a + b − 1; t/(α + t))].
    const hand = ((a + b - 1) / (a - 1)) * (1 - Math.pow(alpha / (alpha + t), r) * series2F1(r, b, a + b - 1, t / (alpha + t)));
    expect(expectedPurchases(PUBLISHED, t, 0, 0, 0)).toBeCloseTo(hand, 9);
  }
});

describe('inconsistent histories are still refused', () => {
  const problem = (x: number, tx: number, T: number) => {
    try {
      checkCustomer(x, tx, T);
    } catch (e) {
      return e instanceof CrmError ? `${e.kind}: ${e.text.en}` : String(e);
    }
    return 'accepted';
  };
  test.each([
    [0, 0, 0, 'accepted'],
    [0, 0, -1, 'NUM: T must be at least 0; got -1.'],
    [0, 1, 0, 'NUM: recency (1) cannot exceed T (0), the time since the first purchase.'],
    [1, 0, 0, 'NUM: a customer with repeat purchases (frequency 1) made the last one after the first, so recency must be positive; got 0.'],
    [2, 0, 5, 'NUM: a customer with repeat purchases (frequency 2) made the last one after the first, so recency must be positive; got 0.'],
    [0, 2, 5, 'NUM: a customer with frequency 0 has recency 0; got 2.'],
  ])('x = %d, t_x = %d, T = %d: %s', (x, tx, T, want) => expect(problem(x, tx, T)).toBe(want));

  test('a fit names the row the user sees', () => {
    expect(() => groupCustomers([0, 1], [0, 0], [0, 3], [4, 9])).toThrow('Row 9: a customer with repeat purchases (frequency 1)');
  });
});
