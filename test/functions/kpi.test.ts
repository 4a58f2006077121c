import { OMITTED, thrown } from '../helpers/excel-call';
import * as k from '../../src/functions/families/kpi';

// The adapter as Excel calls it: every argument a range, omitted ones null. Without the
// CustomFunctions global, errors come back as plain { code, message } objects.

describe('CRM.KPI.YOY', () => {
  test('quarters over two years, by hand: 110/100 − 1 = 0.1, 150/120 − 1 = 0.25, 99/90 − 1 = 0.1, 121/110 − 1 = 0.1', () => {
    const r = k.kpiYoyFn([[100, 120, 90, 110, 110, 150, 99, 121]], [[4]]);
    expect(r[0].slice(0, 4).map((c) => (c as { code: string }).code)).toEqual(['#N/A', '#N/A', '#N/A', '#N/A']);
    expect(r[0].slice(4).map((c) => Math.round((c as number) * 1e12) / 1e12)).toEqual([0.1, 0.25, 0.1, 0.1]);
  });

  test('a column gives a column; a missing value spoils only its own period and the one a year later', () => {
    const r = k.kpiYoyFn([[10], [null], [12], [15]], [[2]]);
    expect(r).toHaveLength(4);
    expect(r[2][0]).toBeCloseTo(0.2, 12); // 12 / 10 − 1
    expect(r[3][0]).toEqual({ code: '#N/A', message: 'This period or the same period a year before is empty.' });
  });

  test('a zero base is #DIV/0!, a negative one #NUM!, text #VALUE! naming the argument; two-dimensional input is refused', () => {
    const r = k.kpiYoyFn([[0, -5, 3, 4]], [[2]]);
    expect(r[0].slice(2).map((c) => (c as { code: string }).code)).toEqual(['#DIV/0!', '#NUM!']);
    expect(thrown(() => k.kpiYoyFn([[1, 'x']], [[1]]))).toEqual({ code: '#VALUE!', message: 'values must be a number, not "x".' });
    expect(
      thrown(() =>
        k.kpiYoyFn(
          [
            [1, 2],
            [3, 4],
          ],
          OMITTED,
        ),
      ).message,
    ).toBe('values must be one row or one column of periods; got 2×2.');
    expect(thrown(() => k.kpiYoyFn([[1, 2, 3]], [[1.5]])).code).toBe('#NUM!');
  });
});

describe('CRM.KPI.TREND', () => {
  test('slope by hand and heading: {0.86, 0.84, 0.85, 0.82} against 0.85', () => {
    // x̄ = 2.5, ȳ = 0.8425; Sxy = −1.5·0.0175 − 0.5·(−0.0025) + 0.5·0.0075 + 1.5·(−0.0225) = −0.055; Sxx = 5;
    // slope −0.011 (Excel: SLOPE({0.86,0.84,0.85,0.82},{1,2,3,4})). Latest 0.82 misses 0.85 and falls: away.
    const [[slope, word]] = k.kpiTrendFn([[0.86, 0.84, 0.85, 0.82]], [[0.85]], OMITTED, [['en-US']]);
    expect(slope).toBeCloseTo(-0.011, 12);
    expect(word).toBe('Away from target');
  });

  test('blanks keep their period: {0.5, blank, 0.7} rises 0.1 per period; a falling churn heads towards its ceiling', () => {
    expect(k.kpiTrendFn([[0.5], [null], [0.7]], [[0.9]], OMITTED, [['zh-CN']])).toEqual([[expect.closeTo(0.1, 12), '趋近目标']]);
    // churn 0.08, 0.07, 0.06 against ≤ 0.05: slope −0.01, still above the ceiling, falling → towards.
    expect(k.kpiTrendFn([[0.08, 0.07, 0.06]], [[0.05]], [['lower']], [['en-US']])).toEqual([[expect.closeTo(-0.01, 12), 'Towards target']]);
    // On target and steady: holding.
    expect(k.kpiTrendFn([[0.95, 0.95]], [[0.9]], OMITTED, [['en-US']])[0][1]).toBe('Holding target');
  });

  test('one value has no trend: #N/A with a message', () => {
    expect(thrown(() => k.kpiTrendFn([[0.9, null]], [[0.9]], OMITTED, OMITTED))).toEqual({
      code: '#N/A',
      message: 'values needs at least two values to show a trend; got 1.',
    });
  });
});

describe('CRM.KPI.SINCE', () => {
  test('by hand: {0.91, 0.92, 0.88, 0.86, 0.84} against ≥ 0.9 was last on target at 0.92, three values ago', () => {
    expect(k.kpiSinceFn([[0.91, 0.92, 0.88, 0.86, 0.84]], [[0.9]], OMITTED)).toEqual([[3]]);
  });

  test('blanks are not counted; a ceiling met by the latest value gives 0; never on target is #N/A', () => {
    expect(k.kpiSinceFn([[0.04], [null], [0.06], [null], [0.07]], [[0.05]], [['<=']])).toEqual([[2]]);
    expect(k.kpiSinceFn([[0.06, 0.05]], [[0.05]], [['lower']])).toEqual([[0]]);
    expect(thrown(() => k.kpiSinceFn([[0.8, 0.7]], [[0.9]], OMITTED))).toEqual({ code: '#N/A', message: 'Not on track in any of the 2 values given.' });
    expect(thrown(() => k.kpiSinceFn([[null, '']], [[0.9]], OMITTED)).message).toBe('values holds no value yet.');
  });

  test('an error value in the periods passes its own code on', () => {
    expect(thrown(() => k.kpiSinceFn([[0.9, { code: '#N/A' } as never]], [[0.9]], OMITTED)).code).toBe('#N/A');
  });
});
