import { CrmError } from '../../../src/core/errors';
import { fitBgNbd } from '../../../src/core/models/bgnbd';
import { unconditionalCurve, unconditionalPurchases } from '../../../src/core/models/bgnbd-unconditional';
import { byFrequency, forecastErrors } from '../../../src/core/models/holdout-validation';
import { DAYS_PER_YEAR, perPeriodRate } from '../../../src/core/models/period-rate';
import { rfmHoldout } from '../../../src/core/models/rfm-holdout';
import { trackingPlot } from '../../../src/core/models/tracking';
import { cdnowSummary, cdnowTransactions, serialOf } from './cdnow';

const failure = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof CrmError ? `${e.kind}: ${e.text.en}` : String(e);
  }
  return 'none';
};

const CAL_END = serialOf('19970930');
const HOLD_END = serialOf('19980630');

/*
 * Published CDNOW numbers (2,357 customers, calibration weeks 1–39, holdout weeks 40–78):
 * the customers and mean holdout purchases by calibration frequency 0…7+ are those printed by
 * pnbd.PlotFreqVsConditionalExpectedFrequency in the BTYD walkthrough (McCarthy & Wadsworth,
 * "Buy 'Til You Die – A Walkthrough", 2014, section 2.3); the calibration summary is the one
 * in test/fixtures/cdnow.
 */
const BTYD_BINS = [1411, 439, 214, 100, 62, 38, 29, 64];
const BTYD_ACTUAL = [0.2367116, 0.6970387, 1.392523, 1.56, 2.532258, 2.947368, 3.862069, 6.359375];

describe('calibration/holdout split (CRM.RFM.HOLDOUT)', () => {
  const t = cdnowTransactions();
  const rows = rfmHoldout(t.id, t.date, t.amount, CAL_END, HOLD_END, 7);

  test('the calibration part is the published CDNOW summary', () => {
    const s = cdnowSummary();
    expect(rows.map((r) => r.frequency)).toEqual(s.x);
    expect(rows.map((r) => Math.round(r.T * 100) / 100)).toEqual(s.T);
  });

  test('holdout purchases by calibration frequency match the BTYD walkthrough', () => {
    const classes = byFrequency(
      rows.map((r) => r.frequency),
      rows.map(() => 0),
      rows.map((r) => r.holdout),
    );
    expect(classes.map((c) => c.customers)).toEqual(BTYD_BINS);
    classes.forEach((c, k) => expect(c.actual).toBeCloseTo(BTYD_ACTUAL[k], 6));
  });

  test('by hand: same-day purchases once, the holdout after calibration_end, customers new in the holdout left out', () => {
    const out = rfmHoldout(['a', 'a', 'a', 'a', 'a', 'b', 'c', 'a'], [0, 10, 20, 25, 25, 5, 22, 40], [5, 10, 1, 2, 3, 7, 9, 99], 10, 30, 1);
    // a: days 0 and 10 in calibration (x 1, t_x 10, T 10, monetary 10); days 20 and 25 (twice) in the holdout: 2;
    // day 40 is after holdout_end. b: one purchase, none later. c: first seen on day 22, in the holdout: left out.
    expect(out).toEqual([
      { id: 'a', frequency: 1, recency: 10, T: 10, monetary: 10, holdout: 2 },
      { id: 'b', frequency: 0, recency: 0, T: 5, monetary: 0, holdout: 0 },
    ]);
  });

  test('holdout_end must come after calibration_end', () => {
    expect(failure(() => rfmHoldout(['a'], [0], [1], 10, 10, 1))).toBe('NUM: holdout_end (10) must be after calibration_end (10).');
  });
});

describe('forecast errors and the table by frequency', () => {
  test('MAE, RMSE and bias by hand: errors 0.2, 0.5, −1', () => {
    const e = forecastErrors([1.2, 0.5, 2], [1, 0, 3]);
    expect(e.mae).toBeCloseTo(1.7 / 3, 12);
    expect(e.rmse).toBeCloseTo(Math.sqrt((0.04 + 0.25 + 1) / 3), 12);
    expect(e.bias).toBeCloseTo(-0.1, 12);
  });

  test('classes 0 … top − 1 and top+, empty classes kept with no means', () => {
    const c = byFrequency([0, 0, 1, 5, 9], [0.1, 0.3, 1, 4, 8], [0, 1, 2, 3, 7], 3);
    expect(c).toEqual([
      { frequency: 0, open: false, customers: 2, actual: 0.5, expected: 0.2 },
      { frequency: 1, open: false, customers: 1, actual: 2, expected: 1 },
      { frequency: 2, open: false, customers: 0, actual: null, expected: null },
      { frequency: 3, open: true, customers: 2, actual: 5, expected: 6 },
    ]);
  });

  test('negative actual purchases and mismatched lengths are refused', () => {
    expect(failure(() => byFrequency([0], [0], [-1]))).toBe('NUM: Row 1: actual purchases cannot be negative; got -1.');
    expect(failure(() => forecastErrors([1, 2], [1]))).toBe('NUM: predicted (2 values) and actual (1 values) must have one value per customer each.');
  });
});

describe('E[X(t)] of a new BG/NBD customer (FHL 2005 eq. 7)', () => {
  const s = cdnowSummary();
  const fit = fitBgNbd(s.x, s.tx, s.T).params;

  test('matches Hardie’s BG/NBD Excel note (brucehardie.com/notes/004) at the CDNOW estimates', () => {
    // Values of the note's spreadsheet, as quoted by the lifetimes package's tests.
    const times = [0.1429, 1, 3, 31.8571, 32, 78];
    const sheet = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => expect(unconditionalPurchases(fit, t)).toBeCloseTo(sheet[i], 3));
  });

  test('near t = 0 the rate is E[λ] = r/α: E[X(t)] ≈ t·r/α', () => {
    expect(unconditionalPurchases(fit, 1e-6) / 1e-6).toBeCloseTo(fit.r / fit.alpha, 4);
    expect(failure(() => unconditionalPurchases(fit, -1))).toBe('NUM: t must be at least 0; got -1.');
  });
});

describe('tracking plot (FHL 2005 figure 2)', () => {
  const t = cdnowTransactions();
  const s = cdnowSummary();
  const fit = fitBgNbd(s.x, s.tx, s.T).params;
  const rows = trackingPlot(t.id, t.date, CAL_END, HOLD_END, 7, unconditionalCurve(fit));

  test('78 weeks; actual cumulative repeat purchases reach Σx of the published summary at week 39 and add the walkthrough’s holdout purchases by week 78', () => {
    expect(rows).toHaveLength(78);
    expect(rows[0].lastDay).toBe(serialOf('19970107'));
    expect(rows[38].lastDay).toBe(CAL_END);
    expect(rows[77].lastDay).toBe(HOLD_END);
    const calibration = s.x.reduce((a, b) => a + b, 0);
    const holdout = Math.round(BTYD_BINS.reduce((sum, n, k) => sum + n * BTYD_ACTUAL[k], 0));
    expect(rows[38].actual).toBe(calibration);
    expect(rows[77].actual).toBe(calibration + holdout);
  });

  test('expected cumulative at week 39: Σ E[X(T + 1 day)] over the published summary’s T (by hand from eq. 7)', () => {
    const curve = unconditionalCurve(fit);
    // At the end of week 39 (the start of 1997-10-01) a customer has been around T weeks plus the last day.
    const byHand = s.T.reduce((sum, T) => sum + curve(T + 1 / 7), 0);
    expect(rows[38].expected).toBeCloseTo(byHand, 0);
    expect(rows.every((r, i) => i === 0 || (r.expected >= rows[i - 1].expected && r.actual >= rows[i - 1].actual))).toBe(true);
  });

  test('by hand: a partial last period ends at holdout_end; a customer first seen after calibration_end is left out', () => {
    const out = trackingPlot(['a', 'a', 'b', 'c'], [0, 3, 2, 6], 4, 7, 3, (x) => x);
    // Periods [0, 3), [3, 6), [6, 8): a repeat on day 3; b born on day 2; c born on day 6 after calibration_end.
    expect(out).toEqual([
      { period: 1, lastDay: 2, actual: 0, expected: 3 / 3 + 1 / 3 },
      { period: 2, lastDay: 5, actual: 1, expected: 6 / 3 + 4 / 3 },
      { period: 3, lastDay: 7, actual: 1, expected: 8 / 3 + 6 / 3 },
    ]);
  });
});

describe('per-period rate', () => {
  test('(1 + r)^(unit_days / 365.25) − 1: a year of 365.25 days gives back the annual rate', () => {
    expect(DAYS_PER_YEAR).toBe(365.25);
    expect(perPeriodRate(0.1, 365.25)).toBeCloseTo(0.1, 14);
    // By hand: 1.1^(7/365.25) = e^(0.0191649 · 0.0953102) = e^0.00182662 → 0.0018283.
    expect(perPeriodRate(0.1, 7)).toBeCloseTo(0.0018283, 7);
    // Twelve months of 30.4375 days compound to the year.
    expect(Math.pow(1 + perPeriodRate(0.08, 30.4375), 12) - 1).toBeCloseTo(0.08, 12);
  });

  test('annual_rate above −100 % and unit_days positive', () => {
    expect(failure(() => perPeriodRate(-1, 7))).toBe('NUM: annual_rate must be greater than -1; got -1.');
    expect(failure(() => perPeriodRate(0.1, 0))).toBe('NUM: unit_days must be positive; got 0.');
  });
});
