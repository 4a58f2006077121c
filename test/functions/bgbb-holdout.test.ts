import {
  bgbbExpectedFn,
  bgbbFitFn,
  bgbbPAliveFn,
  bgbbPmfFn,
  bgnbdByFrequencyFn,
  bgnbdTrackingFn,
  bgnbdUnconditionalFn,
  holdoutErrorsFn,
  ratePerPeriodFn,
  rfmHoldoutFn,
} from '../../src/functions/families/bgbb-holdout';
import { bgnbdExpectedFn, clvBgNbdFn } from '../../src/functions/families/models';
import { cdnowTransactions, serialOf } from '../core/models/cdnow';
import { donations } from '../core/models/donations';
import { OMITTED, thrown } from '../helpers/excel-call';

/*
 * The BG/BB, holdout and rate functions called as Excel calls them: ranges as any[][], an
 * omitted optional argument as null. Without the CustomFunctions global, errors are
 * {code, message} objects.
 */
const col = (xs: readonly unknown[]) => xs.map((x) => [x]);
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
/** Fader, Hardie & Shang (2010), table 3. */
const BGBB_ROW = [[1.204, 0.75, 0.657, 2.783]];
const BG_ROW = [[0.243, 4.414, 0.793, 2.426]];

describe('CRM.BGBB.*', () => {
  const d = donations();

  test('FIT with counts returns alpha, beta, gamma, delta, LL: the donations estimates of Fader, Hardie & Shang (2010)', () => {
    const out = bgbbFitFn(col(d.x), col(d.tx), col(d.n), col(d.count));
    expect(out).toHaveLength(1);
    expect(out[0].map((v: number, i: number) => round(v, i === 4 ? 1 : 3))).toEqual([1.204, 0.75, 0.657, 2.783, -33225.6]);
  });

  test('without counts every row is one customer; a blank row is skipped, a bad count is #NUM! naming its row', () => {
    // A fiftieth of the donations table, once with counts and once a row per supporter (and a blank row).
    const counts = d.count.map((c) => Math.ceil(c / 50));
    const each = (v: number[]) => [...v.flatMap((x, i) => new Array<number>(counts[i]).fill(x)), ''];
    const withCounts = bgbbFitFn(col(d.x), col(d.tx), col(d.n), col(counts));
    const perRow = bgbbFitFn(col(each(d.x)), col(each(d.tx)), col(each(d.n)), OMITTED);
    expect(perRow[0]).toHaveLength(5);
    perRow[0].forEach((v, i) => expect(v).toBeCloseTo(withCounts[0][i] as number, 5));
    expect(thrown(bgbbFitFn, col([1, 0]), col([1, 0]), col([6, 6]), col([2, -1])).code).toBe('#NUM!');
    expect(thrown(bgbbFitFn, col([1, 0]), col([1, 0]), col([6, 6]), col([2])).code).toBe('#VALUE!');
  });

  test('PALIVE, EXPECTED and PMF spill; the paper’s table 6 and Hardie’s note 010', () => {
    const alive = bgbbPAliveFn(BGBB_ROW, col([0, 2, 6]), col([0, 4, 6]), [[6]]);
    expect(alive.map((r) => round(r[0] as number, 2))).toEqual([0.11, 0.59, 0.93]);
    // Expected supporters with no repeat donation in 1996–2001 (Hardie's "In-Sample Fit" sheet: 3,454.9 with
    // the unrounded estimates; with the printed ones the share is 0.311).
    expect(round(bgbbPmfFn(BGBB_ROW, [[6]], [[0]])[0][0] as number, 3)).toBe(0.311);
    const e = bgbbExpectedFn(BGBB_ROW, [[0, 5]], [[2]], [[4]], [[6]]);
    expect(e[0][0]).toBe(0);
    expect(e[0][1]).toBeGreaterThan(0);
  });

  test('impossible histories are #NUM! in their own cell; a params row of the wrong length is #VALUE!', () => {
    const out = bgbbPAliveFn(BGBB_ROW, col([1, 3]), col([1, 2]), [[6]]);
    expect(typeof out[0][0]).toBe('number');
    expect(out[1][0]).toMatchObject({ code: '#NUM!' });
    expect(thrown(bgbbPmfFn, [[1.204, 0.75, 0.657]], [[6]], [[0]])).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(/^params must be the BG\/BB parameters alpha, beta, gamma, delta/),
    });
  });
});

describe('holdout validation on CDNOW', () => {
  const t = cdnowTransactions();
  const CAL = [[serialOf('19970930')]];
  const HOLD = [['1998-06-30']];
  const split = rfmHoldoutFn(col(t.id), col(t.date), col(t.amount), CAL, HOLD, OMITTED);
  const column = (k: number) => col(split.map((r) => r[k]));

  test('CRM.RFM.HOLDOUT adds the holdout purchases to the RFM row (customer 1: one purchase day in weeks 40–78)', () => {
    expect(split).toHaveLength(2357);
    // Customer 1 (sample id 0001) bought on 1997-01-01, 01-18, 08-02 and then once more, on 1997-12-12.
    expect(split[0].map((v, i) => (i === 0 ? v : round(v as number, 2)))).toEqual([1, 2, 30.43, 38.86, 22.35, 1]);
    expect(thrown(rfmHoldoutFn, col(t.id), col(t.date), col(t.amount), CAL, CAL, OMITTED).code).toBe('#NUM!');
    expect(thrown(rfmHoldoutFn, col(t.id), col(t.date), col(t.amount), OMITTED, HOLD, OMITTED)).toMatchObject({
      code: '#VALUE!',
      message: 'calibration_end is empty; a number is needed.',
    });
  });

  test('CRM.BGNBD.BYFREQUENCY: classes 0 … 7+, the BTYD walkthrough’s actual means, expected means of CRM.BGNBD.EXPECTED', () => {
    const table = bgnbdByFrequencyFn(BG_ROW, [[39]], column(1), column(2), column(3), column(5), OMITTED);
    expect(table.map((r) => r[0])).toEqual([0, 1, 2, 3, 4, 5, 6, '7+']);
    expect(table.map((r) => r[1])).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
    expect(round(table[7][2] as number, 6)).toBe(6.359375);
    // Class 0 by hand: its customers' mean of CRM.BGNBD.EXPECTED over the next 39 weeks.
    const zero = split.filter((r) => r[1] === 0);
    const e = bgnbdExpectedFn(BG_ROW, [[39]], col(zero.map((r) => r[1])), col(zero.map((r) => r[2])), col(zero.map((r) => r[3])));
    expect(table[0][3]).toBeCloseTo(e.reduce((s, r) => s + (r[0] as number), 0) / zero.length, 12);
  });

  test('an empty class has blank means; a top_class of 2 gives classes 0, 1, 2+', () => {
    const table = bgnbdByFrequencyFn(BG_ROW, [[39]], col([0, 3]), col([0, 20]), col([30, 30]), col([0, 2]), [[2]]);
    expect(table.map((r) => r.slice(0, 3))).toEqual([
      [0, 1, 0],
      [1, 0, ''],
      ['2+', 1, 2],
    ]);
    expect(table[1][3]).toBe('');
  });

  test('CRM.HOLDOUT.ERRORS returns MAE, RMSE, bias (by hand: errors 0.2, 0.5, −1)', () => {
    const [[mae, rmse, bias]] = holdoutErrorsFn(col([1.2, 0.5, 2]), col([1, 0, 3]));
    expect(mae).toBeCloseTo(1.7 / 3, 12);
    expect(rmse).toBeCloseTo(Math.sqrt(1.29 / 3), 12);
    expect(bias).toBeCloseTo(-0.1, 12);
    expect(thrown(holdoutErrorsFn, col([1, 'x']), col([1, 2])).code).toBe('#VALUE!');
  });

  test('CRM.BGNBD.TRACKING spills week, last day, actual and expected cumulative purchases', () => {
    const out = bgnbdTrackingFn(BG_ROW, col(t.id), col(t.date), CAL, HOLD, OMITTED);
    expect(out).toHaveLength(78);
    expect(out[77].slice(0, 3)).toEqual([78, serialOf('19980630'), 4339]);
    expect(thrown(bgnbdTrackingFn, BG_ROW, col(t.id), col(t.date), CAL, HOLD, [[0]]).code).toBe('#NUM!');
  });
});

describe('E[X(t)] and rates per period', () => {
  test('CRM.BGNBD.UNCONDITIONAL spills over t; t < 0 is #NUM!', () => {
    const out = bgnbdUnconditionalFn(BG_ROW, [[0, 78]]);
    expect(out[0][0]).toBe(0);
    expect(round(out[0][1] as number, 3)).toBe(1.861);
    expect(thrown(bgnbdUnconditionalFn, BG_ROW, [[-1]]).code).toBe('#NUM!');
  });

  test('CRM.RATE.PERPERIOD feeds CLV.BGNBD: 10 % a year is 0.183 % a week', () => {
    const weekly = ratePerPeriodFn([[0.1]], [[7]])[0][0] as number;
    expect(weekly).toBeCloseTo(0.0018283, 7);
    const clv = clvBgNbdFn(BG_ROW, [[6.25, 3.74, 15.44]], [[2]], [[30.43]], [[38.86]], [[22.35]], [[52]], [[weekly]], OMITTED);
    expect(clv[0][0]).toBeGreaterThan(0);
    expect(thrown(clvBgNbdFn, BG_ROW, [[6.25, 3.74, 15.44]], [[2]], [[30.43]], [[38.86]], [[22.35]], [[52]], [[-1]], OMITTED)).toMatchObject({ code: '#NUM!' });
    expect(thrown(ratePerPeriodFn, [[-1]], [[7]]).code).toBe('#NUM!');
  });
});
