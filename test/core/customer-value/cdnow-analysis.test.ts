import { analyse, DEFAULT_SETTINGS, detectColumns, readTable, daySerial, type CustomerValueSettings } from '../../../src/core/customer-value';
import { clvBgNbd } from '../../../src/core/models/clv-bgnbd';
import { pAlive, expectedPurchases } from '../../../src/core/models/bgnbd';
import { perPeriodRate } from '../../../src/core/models/period-rate';
import { cdnowSummary } from '../models/cdnow';
import { cdnowTable } from './cdnow-table';

/** Fader, Hardie & Lee (2005), "Counting your customers the easy way", section 5. */
const BGNBD_PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
/** Fader, Hardie & Lee (2005), "RFM and CLV: using iso-value curves", Gamma-Gamma on CDNOW. */
const GG_PUBLISHED = { p: 6.25, q: 3.74, gamma: 15.44 };

const settings: CustomerValueSettings = {
  ...DEFAULT_SETTINGS,
  calibrationEnd: daySerial('1997-09-30'),
  holdoutEnd: daySerial('1998-06-30'),
  unit: 'week',
  horizon: 52,
  annualDiscount: 0.1,
  margin: 1,
};

function run() {
  const table = cdnowTable();
  const { transactions, report } = readTable(table, detectColumns(table[0]));
  return { report, analysis: analyse(transactions, report.lastDay, settings), transactions };
}
const { report, analysis, transactions } = run();

test('the row report counts the CDNOW log: 6,919 transactions of 2,357 customers from 1997-01-01 to 1998-06-30 (fixture README)', () => {
  expect(report).toMatchObject({ rows: 6919, transactions: 6919, customers: 2357, blankRows: 0, blankId: { count: 0 } });
  expect(report.firstDay).toBe(daySerial('1997-01-01'));
  expect(report.lastDay).toBe(daySerial('1998-06-30'));
});

test('the summary matches the published 39-week calibration summary (x, t_x, T to 2 decimals, zbar)', () => {
  const published = cdnowSummary();
  const s = analysis.summary;
  expect(s.customers).toBe(2357);
  for (let i = 0; i < s.customers; i++) {
    const j = Number(transactions.ids[s.customer[i]]) - 1;
    expect(s.x[i]).toBe(published.x[j]);
    // The published file rounds to 2 decimals, half a cent either way.
    expect(Math.abs(s.tx[i] - published.tx[j])).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(s.T[i] - published.T[j])).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(s.monetary[i] - published.zbar[j])).toBeLessThanOrEqual(0.005 + 1e-9);
  }
});

test('BG/NBD and Gamma-Gamma fitted on the table give the published CDNOW estimates', () => {
  const [r, alpha, a, b] = analysis.fit.purchases.params;
  expect(r).toBeCloseTo(BGNBD_PUBLISHED.r, 2);
  expect(alpha).toBeCloseTo(BGNBD_PUBLISHED.alpha, 1);
  expect(a).toBeCloseTo(BGNBD_PUBLISHED.a, 2);
  expect(b).toBeCloseTo(BGNBD_PUBLISHED.b, 1);
  const gg = analysis.fit.spend.params;
  expect(gg.p).toBeCloseTo(GG_PUBLISHED.p, 1);
  expect(gg.q).toBeCloseTo(GG_PUBLISHED.q, 1);
  expect(gg.gamma).toBeCloseTo(GG_PUBLISHED.gamma, 0);
  expect(analysis.fit.purchases.verdict.determined).toBe(true);
  expect(analysis.fit.purchases.verdict.text.en).toMatch(/^Well determined/);
});

test('each customer scores as the CRM functions compute from the same summary (PALIVE, BGNBD.EXPECTED, CLV.BGNBD with RATE.PERPERIOD)', () => {
  const s = analysis.summary;
  const [r, alpha, a, b] = analysis.fit.purchases.params;
  const bg = { r, alpha, a, b };
  const d = perPeriodRate(0.1, 7);
  expect(analysis.scores.discountPerPeriod).toBeCloseTo(d, 15);
  for (const i of [0, 1, 2, 17, 1000, 2356]) {
    expect(analysis.scores.pAlive[i]).toBeCloseTo(pAlive(bg, s.x[i], s.tx[i], s.T[i]), 12);
    expect(analysis.scores.expected[i]).toBeCloseTo(expectedPurchases(bg, 52, s.x[i], s.tx[i], s.T[i]), 10);
    expect(analysis.scores.clv[i]).toBeCloseTo(clvBgNbd(bg, analysis.fit.spend.params, s.x[i], s.tx[i], s.T[i], s.monetary[i], 52, d, 1), 8);
  }
});

test('segments follow the stated rule and cover every customer', () => {
  const { scores } = analysis;
  const seg = settings.segments;
  let high = 0;
  for (let i = 0; i < scores.clv.length; i++) {
    const a = scores.pAlive[i];
    const expected = a < seg.lostBelow ? 3 : scores.clv[i] >= scores.highFrom ? (a >= seg.activeFrom ? 0 : 1) : 2;
    expect(scores.segment[i]).toBe(expected);
    if (scores.clv[i] >= scores.highFrom) high++;
  }
  // The top 20 % of 2,357 customers by CLV: 472 (ties may add a few).
  expect(high).toBeGreaterThanOrEqual(Math.ceil(2357 * 0.2) - 1);
  expect(high).toBeLessThan(2357 * 0.25);
});

test('the holdout counts purchase days after the calibration end (CDNOW customer 1 buys once in weeks 40–78)', () => {
  const s = analysis.summary;
  const one = transactions.ids.indexOf('1');
  const i = Array.from(s.customer).indexOf(one);
  expect(s.holdout![i]).toBe(1);
});
