import {
  bgnbdExpectedFn,
  bgnbdFitFn,
  clvBgNbdFn,
  ggFitFn,
  ggSpendFn,
  pAliveFn,
  rfmFn,
  sbgDelFn,
  sbgDerlFn,
  sbgFitFn,
  sbgRetentionFn,
  sbgSurvivalFn,
} from '../../src/functions/families/models';
import { cdnowSummary, cdnowTransactions, serialOf } from '../core/models/cdnow';
import { OMITTED, thrown } from '../helpers/excel-call';

/*
 * The model functions called as Excel calls them: ranges as any[][], an omitted optional
 * argument as null. Without the CustomFunctions global, errors are {code, message} objects.
 */
const col = (xs: readonly unknown[]) => xs.map((x) => [x]);
const BG_ROW = [[0.243, 4.414, 0.793, 2.426]];
const GG_ROW = [[6.25, 3.74, 15.44]];
const SBG_ROW = [[0.704, 1.182]];

describe('CRM.RFM', () => {
  test('the CDNOW log gives one row per customer in order of first appearance, like the published summary', () => {
    const t = cdnowTransactions();
    const out = rfmFn(col(t.id), col(t.date), col(t.amount), [[serialOf('19970930')]], OMITTED);
    const s = cdnowSummary();
    expect(out).toHaveLength(2357);
    // Customer 1 (CDNOW sample id 0001): purchases on 1997-01-01, 01-18 and 08-02 in the period, by hand:
    // x = 2, t_x = 213 days / 7 = 30.43, T = 272 / 7 = 38.86, monetary = (29.73 + 14.96) / 2 = 22.345.
    expect(out[0][0]).toBe(1);
    expect(out[0].slice(1).map((v: number) => Math.round(v * 100) / 100)).toEqual([2, 30.43, 38.86, 22.35]);
    expect(out.map((r) => r[1])).toEqual(s.x);
  });

  test('ISO date text, same-day merging, later transactions ignored, unit_days', () => {
    const out = rfmFn(
      col(['a', 'a', 'a', 'b', 'a']),
      col(['2024-01-01', '2024-01-01', '2024-01-11', '2024-01-05', '2024-03-01']),
      col([10, 5, 20, 7, 99]),
      [['2024-01-21']],
      [[1]],
    );
    // a: days 0 (15 merged), 10 (20) → x 1, recency 10, T 20, monetary 20; b: one purchase on day 4 → T 16.
    expect(out).toEqual([
      ['a', 1, 10, 20, 20],
      ['b', 0, 0, 16, 0],
    ]);
  });

  test('bad dates, missing ids and partly blank rows are #VALUE! naming the row; blank rows are skipped', () => {
    expect(thrown(rfmFn, col(['a']), col(['31/01/2024']), col([1]), OMITTED, OMITTED)).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(/^Row 1: the date must be an Excel date/),
    });
    expect(thrown(rfmFn, col(['a', 'b']), col([45000, '']), col([1, 2]), OMITTED, OMITTED)).toMatchObject({
      code: '#VALUE!',
      message: 'Row 2: dates is empty while the other columns are not.',
    });
    expect(rfmFn(col(['a', '', 'a']), col([45000, '', 45007]), col([1, '', 3]), OMITTED, OMITTED)).toEqual([['a', 1, 1, 1, 3]]);
    // A text amount below a skipped blank row: the message names the row of the range (3), not the
    // position among the kept rows (2).
    expect(thrown(rfmFn, col(['a', '', 'a']), col([45000, '', 45007]), col([1, '', 'ten']), OMITTED, OMITTED)).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(/^Row 3: /),
    });
    expect(thrown(rfmFn, col(['a']), col([45000]), col([1]), OMITTED, [[0]]).code).toBe('#NUM!');
  });
});

describe('CRM.BGNBD.FIT and the per-customer functions', () => {
  const s = cdnowSummary();
  test('returns one row r, alpha, a, b, log-likelihood (the CDNOW estimates of FHL 2005)', () => {
    const out = bgnbdFitFn(col(s.x), col(s.tx), col(s.T));
    expect(out).toHaveLength(1);
    expect(out[0].map((v: number, i: number) => Math.round(v * (i === 4 ? 10 : 1000)) / (i === 4 ? 10 : 1000))).toEqual([0.243, 4.414, 0.793, 2.426, -9582.4]);
  });

  test('a fitted row with its log-likelihood is accepted as params; a row of the wrong length is #VALUE!', () => {
    const withLl = [[0.243, 4.414, 0.793, 2.426, -9582.4]];
    expect(bgnbdExpectedFn(withLl, [[39]], [[2]], [[30.43]], [[38.86]])[0][0]).toBeCloseTo(1.226, 3);
    expect(thrown(pAliveFn, [[0.243, 4.414, 0.793]], [[2]], [[30.43]], [[38.86]])).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(/^params must be the BG\/NBD parameters r, alpha, a, b/),
    });
    expect(thrown(pAliveFn, [[0.243, -4.414, 0.793, 2.426]], [[2]], [[30.43]], [[38.86]]).code).toBe('#NUM!');
  });

  test('spills per customer, with an error only in the cell of a bad customer', () => {
    const out = pAliveFn(BG_ROW, col([0, 2, 3]), col([0, 30.43, 50]), col([38.86, 38.86, 38.86]));
    expect(out[0][0]).toBe(1);
    expect(out[1][0]).toBeCloseTo(0.7266, 4);
    expect(out[2][0]).toMatchObject({ code: '#NUM!' });
  });

  test('ranges of different shapes are #VALUE!', () => {
    expect(thrown(bgnbdFitFn, col([1, 2]), col([1, 2, 3]), col([5, 5])).code).toBe('#VALUE!');
    expect(thrown(pAliveFn, BG_ROW, col([1, 2]), col([1, 2, 3]), [[5]]).code).toBe('#VALUE!');
  });

  test('all frequency 0 cannot be fitted: #NUM!', () => {
    expect(thrown(bgnbdFitFn, col([0, 0]), col([0, 0]), col([3, 4])).code).toBe('#NUM!');
  });
});

describe('customers whose first purchase falls on the end date (issue 11)', () => {
  // The CDNOW calibration log plus two newcomers on its last day, 1997-09-30: with end_date
  // omitted, RFM takes that day as the end and gives them T = 0.
  const t = cdnowTransactions();
  const end = serialOf('19970930');
  const keep = t.date.map((_, i) => i).filter((i) => t.date[i] <= end);
  const ids = [...keep.map((i) => t.id[i]), 'new-1', 'new-2'];
  const dates = [...keep.map((i) => t.date[i]), end, end];
  const amounts = [...keep.map((i) => t.amount[i]), 20, 35];
  const rows = rfmFn(col(ids), col(dates), col(amounts), OMITTED, OMITTED);
  const column = (rs: unknown[][], k: number) => col(rs.map((r) => r[k]));

  test('CRM.RFM gives them 0, 0, 0, 0 and CRM.BGNBD.FIT on the whole range equals the fit without them', () => {
    expect(rows.slice(-2)).toEqual([
      ['new-1', 0, 0, 0, 0],
      ['new-2', 0, 0, 0, 0],
    ]);
    const fit = bgnbdFitFn(column(rows, 1), column(rows, 2), column(rows, 3));
    // Their likelihood is 1 whatever the parameters (FHL 2005 eq. 6 at x = t_x = T = 0; by hand
    // in test/core/models/last-day-customers.test.ts), so the optimum and the maximum are those
    // of the other customers: the CDNOW sample, with the published estimates.
    const others = rows.filter((r) => r[3] !== 0);
    expect(fit).toEqual(bgnbdFitFn(column(others, 1), column(others, 2), column(others, 3)));
    expect(fit[0].map((v: number, i: number) => Math.round(v * (i === 4 ? 10 : 1000)) / (i === 4 ? 10 : 1000))).toEqual([0.243, 4.414, 0.793, 2.426, -9582.4]);
    expect(ggFitFn(column(rows, 1), column(rows, 4))).toEqual(ggFitFn(column(others, 1), column(others, 4)));
  });

  test('PALIVE is 1, BGNBD.EXPECTED is E[X(t)] of a new customer, CLV.BGNBD a number; inconsistent rows stay #NUM!', () => {
    expect(pAliveFn(BG_ROW, [[0]], [[0]], [[0]])).toEqual([[1]]);
    // T = 0 conditions on nothing: the expectation of a new customer, FHL 2005 eq. 9, which for
    // t = 1 and the CDNOW estimates is below the NBD mean r t / α = 0.055 (some drop out).
    const e1 = bgnbdExpectedFn(BG_ROW, [[1]], [[0]], [[0]], [[0]])[0][0];
    expect(e1).toBeGreaterThan(0);
    expect(e1).toBeLessThan(0.243 / 4.414);
    const clv = clvBgNbdFn(BG_ROW, GG_ROW, [[0]], [[0]], [[0]], [[0]], [[12]], [[0.01]], OMITTED)[0][0];
    expect(Number.isFinite(clv) && clv > 0).toBe(true);
    expect(thrown(pAliveFn, BG_ROW, [[1]], [[0]], [[0]]).code).toBe('#NUM!');
    expect(thrown(pAliveFn, BG_ROW, [[0]], [[0]], [[-1]]).code).toBe('#NUM!');
    expect(thrown(bgnbdFitFn, col([0, 1]), col([0, 2]), col([0, 1])).code).toBe('#NUM!');
  });
});

describe('Gamma-Gamma and model CLV', () => {
  const s = cdnowSummary();
  test('CRM.GG.FIT returns p, q, gamma, log-likelihood (6.25, 3.74, 15.44 on CDNOW)', () => {
    const out = ggFitFn(col(s.x), col(s.zbar));
    // The paper prints 15.44; on this 2-decimal summary the optimum is 15.447 (lifetimes reports 15.4472).
    expect(out[0][0]).toBeCloseTo(6.25, 2);
    expect(out[0][1]).toBeCloseTo(3.74, 2);
    expect(Math.abs(out[0][2] - 15.44)).toBeLessThan(0.01);
  });

  test('CRM.GG.SPEND by hand: (15.44 + 22.35 × 2) × 6.25 / (6.25 × 2 + 3.74 − 1) = 24.66', () => {
    expect(ggSpendFn(GG_ROW, [[2]], [[22.35]])[0][0]).toBeCloseTo(((15.44 + 44.7) * 6.25) / 15.24, 10);
  });

  test('CRM.CLV.BGNBD with a one-period horizon is margin × spend × E[Y(1)] / (1 + d)', () => {
    const spend = ((15.44 + 44.7) * 6.25) / 15.24;
    const e1 = bgnbdExpectedFn(BG_ROW, [[1]], [[2]], [[30.43]], [[38.86]])[0][0];
    expect(clvBgNbdFn(BG_ROW, GG_ROW, [[2]], [[30.43]], [[38.86]], [[22.35]], [[1]], [[0.01]], [[0.3]])[0][0]).toBeCloseTo((0.3 * spend * e1) / 1.01, 10);
  });

  test('CRM.CLV.BGNBD sums the discounted increments of expected purchases', () => {
    const spend = ((15.44 + 44.7) * 6.25) / 15.24;
    const e = [0, 1, 2, 3].map((k) => (k === 0 ? 0 : bgnbdExpectedFn(BG_ROW, [[k]], [[2]], [[30.43]], [[38.86]])[0][0]));
    const hand = [1, 2, 3].reduce((sum, k) => sum + (spend * (e[k] - e[k - 1])) / Math.pow(1.02, k), 0);
    expect(clvBgNbdFn(BG_ROW, GG_ROW, [[2]], [[30.43]], [[38.86]], [[22.35]], [[3]], [[0.02]], OMITTED)[0][0]).toBeCloseTo(hand, 10);
  });

  test('a spilled CRM.CLV.BGNBD column: customers sharing x and T but not t_x, horizon or rate each get their own sum', () => {
    // Same hand sum as above, per row, from BGNBD.EXPECTED of that row's own history: the column
    // reuses work across customers with equal (x, T), which must never mix their t_x, H or d.
    const rows = [
      [2, 30.43, 38.86, 22.35, 3, 0.02],
      [2, 10.0, 38.86, 22.35, 3, 0.02],
      [2, 30.43, 38.86, 22.35, 4, 0.02],
      [2, 30.43, 38.86, 22.35, 3, 0.05],
      [0, 0, 38.86, 0, 3, 0.02],
      [2, 10.0, 38.86, 22.35, 3, 0.02],
    ];
    const hand = rows.map(([x, tx, T, m, H, d]) => {
      const spend = ((15.44 + m * x) * 6.25) / (6.25 * x + 3.74 - 1);
      const e = (k: number) => (k === 0 ? 0 : bgnbdExpectedFn(BG_ROW, [[k]], [[x]], [[tx]], [[T]])[0][0]);
      let sum = 0;
      for (let k = 1; k <= H; k++) sum += (spend * (e(k) - e(k - 1))) / Math.pow(1 + d, k);
      return sum;
    });
    const column = (j: number) => rows.map((r) => [r[j]]);
    const out = clvBgNbdFn(BG_ROW, GG_ROW, column(0), column(1), column(2), column(3), column(4), column(5), OMITTED);
    out.forEach((row, i) => expect(row[0]).toBeCloseTo(hand[i], 10));
    expect(out[0][0]).not.toBeCloseTo(out[1][0], 3);
  });

  test('a horizon that is not a whole number ≥ 1 is #NUM!', () => {
    expect(thrown(clvBgNbdFn, BG_ROW, GG_ROW, [[2]], [[30.43]], [[38.86]], [[22.35]], [[0]], [[0.1]], OMITTED).code).toBe('#NUM!');
  });
});

describe('sBG', () => {
  test('CRM.SBG.FIT on the regular customers of Fader & Hardie (2007): 0.704, 1.182', () => {
    const out = sbgFitFn(col([1000, 631, 468, 382, 326, 289, 262, 241]));
    expect(out[0].slice(0, 2).map((v: number) => Math.round(v * 1000) / 1000)).toEqual([0.704, 1.182]);
  });

  test('survival, retention, DEL and DERL spill over their t, discount and renewals', () => {
    const s = sbgSurvivalFn(SBG_ROW, [[0, 1, 2]]);
    expect(s[0][0]).toBeCloseTo(1, 12);
    expect(s[0][1]).toBeCloseTo(1.182 / 1.886, 12);
    expect(sbgRetentionFn(SBG_ROW, [[2]])[0][0]).toBeCloseTo(2.182 / 2.886, 12);
    expect(sbgDelFn(SBG_ROW, col([0.1, 0.2]))).toHaveLength(2);
    expect(sbgDerlFn(SBG_ROW, [[0.1]], col([0, 1, 2]))).toHaveLength(3);
  });

  test('bad input: text in alive is #VALUE!, an increasing cohort and t = 0 retention are #NUM!', () => {
    expect(thrown(sbgFitFn, col([1000, 'x'])).code).toBe('#VALUE!');
    expect(thrown(sbgFitFn, col([1000, 1200])).code).toBe('#NUM!');
    expect(thrown(sbgRetentionFn, SBG_ROW, [[0]]).code).toBe('#NUM!');
    expect(thrown(sbgDelFn, SBG_ROW, [[0]]).code).toBe('#NUM!');
  });
});
