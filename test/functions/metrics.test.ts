import { OMITTED, thrown } from '../helpers/excel-call';
import * as m from '../../src/functions/families/metrics';

// The adapter as Excel calls it: every argument a range (any[][]), omitted ones null.
// Without the CustomFunctions global, errors come back as plain { code, message } objects.

describe('element-wise calling convention', () => {
  test('scalars in, one value out: CLV(100, 0.8, 0.1) = 266.67 (issue example)', () => {
    const r = m.clvFn([[100]], [[0.8]], [[0.1]], OMITTED, OMITTED);
    expect(r).toHaveLength(1);
    expect(r[0][0]).toBeCloseTo(266.6667, 4);
  });

  test('a column against scalars spills a column: churn of 3 branches', () => {
    // 10/200 = 0.05, 30/200 = 0.15, 0/200 = 0
    expect(m.churn([[10], [30], [0]], [[200]])).toEqual([[0.05], [0.15], [0]]);
  });

  test('two ranges of the same shape pair up cell by cell', () => {
    expect(m.conversion([[1, 2]], [[4, 8]])).toEqual([[0.25, 0.25]]);
  });

  test('ranges of different shapes are a whole-call #VALUE! naming both', () => {
    const e = thrown(() => m.churn([[1], [2]], [[3], [4], [5]]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('lost (2×1) and base (3×1) must have the same shape, or one must be a single value.');
  });

  test('one bad cell only spoils its own result cell', () => {
    const r = m.churn([[1], ['abc'], [''], [5]], [[10]]);
    expect(r[0][0]).toBe(0.1);
    expect(r[1][0]).toEqual({ code: '#VALUE!', message: 'lost must be a number, not "abc".' });
    expect(r[2][0]).toEqual({ code: '#VALUE!', message: 'lost is empty; a number is needed.' });
    expect(r[3][0]).toBe(0.5);
  });

  test('a single-cell error is thrown so Excel shows it directly', () => {
    expect(thrown(() => m.churn([[1]], [[0]])).code).toBe('#DIV/0!');
    expect(thrown(() => m.churn([[5]], [[1]])).code).toBe('#NUM!');
    expect(thrown(() => m.churn([[true]], [[1]])).code).toBe('#VALUE!');
  });

  test('#NUM! and #DIV/0! carry no message: Excel rejects custom text on those codes', () => {
    expect(thrown(() => m.churn([[1]], [[0]])).message).toBeUndefined();
  });

  test('an omitted optional argument takes its default; a blank optional cell too', () => {
    expect(m.retentionFn([[200]], [[180]], OMITTED)).toEqual([[0.9]]);
    expect(m.retentionFn([[200]], [[180]], [['']])).toEqual([[0.9]]);
  });

  test('a result too large to represent is #NUM!, never Infinity', () => {
    expect(thrown(() => m.aus([[1e308]], [[1e-10]])).code).toBe('#NUM!');
  });
});

describe('aggregates', () => {
  test('NPS skips blanks and rejects text', () => {
    // 9, 10 promoters; 3 detractor; 8 passive: 100·(2 − 1)/4 = 25
    expect(m.npsFn([[9], [10], [''], [3], [8]])).toEqual([[25]]);
    expect(thrown(() => m.npsFn([[9], ['n/a']])).code).toBe('#VALUE!');
    expect(thrown(() => m.npsFn([[''], ['']])).code).toBe('#DIV/0!');
  });

  test('CSAT with its scale', () => {
    expect(m.csatFn([[5], [4], [3], [2]], OMITTED)).toEqual([[0.5]]);
    expect(m.csatFn([[10], [7]], [[10]])).toEqual([[0.5]]);
  });

  test('RESPONSETIME: mean of response − submission, in hours by default', () => {
    // 2 h and 4 h → 3 h; 0.125 d = 3 h; 180 min
    const sub = [[45000], [45000.5]];
    const res = [[45000 + 2 / 24], [45000.5 + 4 / 24]];
    expect(m.responseTimeFn(sub, res, OMITTED)[0][0]).toBeCloseTo(3, 9);
    expect(m.responseTimeFn(sub, res, [['d']])[0][0]).toBeCloseTo(0.125, 9);
    expect(m.responseTimeFn(sub, res, [['m']])[0][0]).toBeCloseTo(180, 6);
  });

  test('RESPONSETIME skips open tickets and rejects responses before submissions', () => {
    expect(m.responseTimeFn([[1], [2]], [[1.5], ['']], OMITTED)[0][0]).toBeCloseTo(12, 9);
    const e = thrown(() => m.responseTimeFn([[2]], [[1]], OMITTED));
    expect(e.code).toBe('#NUM!');
    const u = thrown(() => m.responseTimeFn([[1]], [[2]], [['weeks']]));
    expect(u.message).toBe('unit must be one of "h", "d", "m"; got "weeks".');
  });
});

describe('labels', () => {
  test('RATING in the language asked, spilling over a range', () => {
    expect(m.ratingFn([[9], [6]], [['service']], [['zh-CN']])).toEqual([['优秀'], ['合格']]);
    expect(m.ratingFn([[75]], [['csat']], [['en-US']])).toEqual([['satisfied']]);
  });
  test('RATING defaults to Excel display language (en-US outside Excel)', () => {
    expect(m.ratingFn([[3]], [['service']], OMITTED)).toEqual([['fail']]);
  });
  test('RATING with an unknown scale lists the accepted ones', () => {
    expect(thrown(() => m.ratingFn([[3]], [['stars']], OMITTED)).message).toBe('scale must be one of "service", "csat"; got "stars".');
  });
  test('KPISTATUS with direction and tolerance', () => {
    expect(m.kpiStatusFn([[0.83], [0.9]], [[0.85]], OMITTED, OMITTED, [['en-US']])).toEqual([['At risk'], ['On track']]);
    expect(m.kpiStatusFn([[0.06]], [[0.05]], [['lower']], [[0.5]], [['zh-CN']])).toEqual([['预警']]);
  });
});

describe('a bad cell spoils only its own result, and the cells after it are still computed', () => {
  const code = (v: unknown) => (typeof v === 'object' && v !== null ? (v as { code: string }).code : v);
  test('one range: 10/100, text, 30/100, a negative count, 50/100', () => {
    expect(m.churn([[10, 'x', 30, -1, 50]], [[100]]).map((r) => r.map(code))).toEqual([[0.1, '#VALUE!', 0.3, '#NUM!', 0.5]]);
  });
  test('two ranges: a zero base is #DIV/0! in its cell only', () => {
    expect(
      m
        .churn(
          [
            [10, 'x'],
            [30, 40],
          ],
          [
            [100, 100],
            [0, 100],
          ],
        )
        .map((r) => r.map(code)),
    ).toEqual([
      [0.1, '#VALUE!'],
      ['#DIV/0!', 0.4],
    ]);
  });
  test('three ranges: RETENTION(start, end, new) with a new count above end', () => {
    expect(m.retentionFn([[100, 100, 100]], [[90, 50, 80]], [[10, 60, 0]]).map((r) => r.map(code))).toEqual([[0.8, '#NUM!', 0.8]]);
  });
});
