/* eslint-disable @typescript-eslint/no-explicit-any -- stands in for untyped Office.js proxies and custom-function arguments */
import { ahp, ahpCr, level, rankpoints, score, sensitivity, topsisFn, weights } from '../../src/functions/families/scorecard';
import { OMITTED, thrown } from '../helpers/excel-call';

/*
 * The scorecard custom functions called as Excel calls them: every argument a range (any[][]),
 * an omitted optional one OMITTED. Without the CustomFunctions global, errors are plain
 * {code, message} objects: thrown for a whole call, or placed in the cell they belong to.
 */
const close = (got: any[][], want: number[][], digits = 9) => {
  expect(got.length).toBe(want.length);
  got.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(want[i][j], digits)));
};

describe('CRM.SCORE', () => {
  // Criteria as rows (weights a column), candidates as columns. By hand, candidate 1:
  // 100·(0.5·4 + 0.3·3 + 0.2·5)/5 = 78; candidate 2: 100·(0.5·2 + 0.3·5 + 0.2·5)/5 = 70.
  const ratings = [
    [4, 2],
    [3, 5],
    [5, 5],
  ];
  test('a weights column: one score per column, spilled as a row', () => close(score(ratings, [[0.5], [0.3], [0.2]], [[5]], OMITTED), [[78, 70]]));
  test('a weights row: the transpose, spilled as a column', () =>
    close(
      score(
        [
          [4, 3, 5],
          [2, 5, 5],
        ],
        [[0.5, 0.3, 0.2]],
        [[5]],
        OMITTED,
      ),
      [[78], [70]],
    ));
  // Without max_rating: (0.5·4 + 0.3·3 + 0.2·5)/1 = 3.9.
  test('plain weighted mean', () => close(score([[4], [3], [5]], [[0.5], [0.3], [0.2]], OMITTED, OMITTED), [[3.9]]));
  test('blanks: #N/A naming the criterion, 1 renormalises, 2 counts 0', () => {
    const r = [[4], [''], [5]];
    expect(thrown(score, r, [[0.5], [0.3], [0.2]], OMITTED, OMITTED)).toEqual({
      code: '#N/A',
      message: 'criterion 2 is not rated; rate it, or set blanks to 1 (skip) or 2 (count as 0).',
    });
    // (0.5·4 + 0.2·5)/0.7 = 3/0.7; (0.5·4 + 0.2·5)/1 = 3
    close(score(r, [[0.5], [0.3], [0.2]], OMITTED, [[1]]), [[3 / 0.7]]);
    close(score(r, [[0.5], [0.3], [0.2]], OMITTED, [[2]]), [[3]]);
  });
  test('errors per candidate stay in their cell', () => {
    const out = score(
      [
        [4, 'good'],
        [3, 5],
      ],
      [[0.5], [0.5]],
      OMITTED,
      OMITTED,
    );
    expect(out[0][0]).toBeCloseTo(3.5, 12);
    expect(out[0][1]).toEqual({ code: '#VALUE!', message: 'ratings must be a number, not "good".' });
  });
  test('whole-call errors', () => {
    expect(thrown(score, ratings, [[0.5], [-0.3], [0.2]], OMITTED, OMITTED)).toEqual({ code: '#NUM!', message: undefined });
    expect(thrown(score, [[1], [2]], [[0], [0]], OMITTED, OMITTED)).toEqual({ code: '#DIV/0!', message: undefined });
    expect(thrown(score, ratings, [[0.5], [0.5]], OMITTED, OMITTED)).toEqual({ code: '#VALUE!', message: 'weights has 2 values but ratings has 3 criteria.' });
    expect(
      thrown(
        score,
        ratings,
        [
          [0.5, 0.5],
          [0.3, 0.2],
        ],
        OMITTED,
        OMITTED,
      ),
    ).toEqual({ code: '#VALUE!', message: 'weights must be a single row or a single column; got 2×2.' });
    expect(thrown(score, ratings, [['x'], [0.3], [0.2]], OMITTED, OMITTED)).toEqual({ code: '#VALUE!', message: 'weights must be a number, not "x".' });
    expect(thrown(score, ratings, [[0.5], [0.3], [0.2]], OMITTED, [[3]])).toEqual({ code: '#NUM!', message: undefined });
    expect(thrown(score, ratings, [[0.5], [0.3], [0.2]], [[5, 6]], OMITTED)).toEqual({
      code: '#VALUE!',
      message: 'max_rating must be a single value; got a 1×2 range.',
    });
  });
});

describe('CRM.LEVEL', () => {
  test('met / provided / grade, element-wise', () => {
    expect(level([['满足', '部分满足', '不满足']], [['met']], [[5]], OMITTED)).toEqual([[5, 3, 0]]);
    expect(level([['能提供'], ['不能提供']], [['provided']], [[2]], OMITTED)).toEqual([[2], [0]]);
    // 30 × 100/80/60/40 % = 30, 24, 18, 12
    close(level([['A', '良', 'C', 'd']], [['grade']], [[30]], OMITTED), [[30, 24, 18, 12]]);
    // custom shares 1, .75, .5, .25 of 20: B = 15
    close(level([['B']], [['grade']], [[20]], [[1, 0.75, 0.5, 0.25]]), [[15]]);
    expect(level([['P']], [['met']], [[6]], [[4]])).toEqual([[4]]);
  });
  test('an unknown answer is #N/A listing the accepted ones, in its own cell', () => {
    const out = level([['met', 'maybe']], [['met']], [[5]], OMITTED);
    expect(out[0][0]).toBe(5);
    expect(out[0][1]).toEqual({
      code: '#N/A',
      message: 'Unknown answer "maybe"; accepted answers are "met", "partial", "not met", "满足", "部分满足", "不满足", "Y", "P", "N".',
    });
    expect(thrown(level, [['']], [['grade']], [[5]], OMITTED)).toEqual({
      code: '#N/A',
      message: 'The answer is empty; accepted answers are "A", "B", "C", "D", "优", "良", "中", "差".',
    });
  });
  test('a bad rule is #VALUE!, bad points #NUM!', () => {
    expect(thrown(level, [['Y']], [['stars']], [[5]], OMITTED)).toEqual({
      code: '#VALUE!',
      message: 'rule must be one of "met", "provided", "grade"; got "stars".',
    });
    expect(thrown(level, [['P']], [['met']], [[2]], OMITTED)).toEqual({ code: '#NUM!', message: undefined });
    expect(thrown(level, [['A']], [['grade']], [[5]], [['x', 1, 1, 1]])).toEqual({ code: '#VALUE!', message: 'points must be a number, not "x".' });
  });
});

describe('CRM.RANKPOINTS', () => {
  test('lowest 5, middle 4, highest 3, in the shape of values', () => {
    expect(rankpoints([[480000, 350000, 420000]], OMITTED, OMITTED)).toEqual([[3, 5, 4]]);
    expect(rankpoints([[480000], [350000], [420000]], OMITTED, [['desc']])).toEqual([[5], [3], [4]]);
    expect(rankpoints([[10, 10, 30]], [[10, 6, 2]], OMITTED)).toEqual([[10, 10, 2]]);
  });
  test('errors', () => {
    expect(thrown(rankpoints, [[1, '']], OMITTED, OMITTED)).toEqual({ code: '#VALUE!', message: 'values is empty; a number is needed.' });
    expect(thrown(rankpoints, [[1, 2]], OMITTED, [['up']])).toEqual({ code: '#VALUE!', message: 'order must be one of "asc", "desc"; got "up".' });
  });
});

describe('CRM.AHP and CRM.AHP.CR', () => {
  // Consistent judgements of weights (4/7, 2/7, 1/7): a12 = 2, a13 = 4, a23 = 2; lower triangle left empty.
  const m = [
    [1, 2, 4],
    ['', 1, 2],
    ['', '', 1],
  ];
  test('weights as a column, CR = 0', () => {
    close(ahp(m, OMITTED), [[4 / 7], [2 / 7], [1 / 7]]);
    close(ahp(m, [['geomean']]), [[4 / 7], [2 / 7], [1 / 7]]);
    close(ahpCr(m), [[0]]);
  });
  // x = 5, n = 3: the dominant criterion gets 5/(5 + 2) = 5/7.
  test('one criterion 5 times more important than two equal others gets 5/7', () =>
    close(
      ahp(
        [
          [1, 5, 5],
          ['', 1, 1],
          ['', '', 1],
        ],
        OMITTED,
      ),
      [[5 / 7], [1 / 7], [1 / 7]],
    ));
  // λmax = 3.5 for this cycle (see test/core/scorecard/ahp.test.ts), CR = 0.25/0.58.
  test('CR of an inconsistent matrix', () =>
    close(
      ahpCr([
        [1, 2, 0.5],
        ['', 1, 2],
        ['', '', 1],
      ]),
      [[0.25 / 0.58]],
    ));
  test('errors say where', () => {
    expect(
      thrown(
        ahp,
        [
          [1, 2],
          [2, 1],
        ],
        OMITTED,
      ),
    ).toEqual({ code: '#NUM!', message: undefined });
    expect(thrown(ahp, [[1, 2, 3]], OMITTED)).toEqual({ code: '#VALUE!', message: 'matrix must be a square matrix; got 1×3.' });
    expect(
      thrown(
        ahp,
        [
          [1, 'x'],
          ['', 1],
        ],
        OMITTED,
      ),
    ).toEqual({ code: '#VALUE!', message: 'matrix must be a number, not "x".' });
    expect(
      thrown(
        ahp,
        [
          [1, ''],
          ['', 1],
        ],
        OMITTED,
      ),
    ).toEqual({ code: '#VALUE!', message: 'matrix: row 1, column 2 and row 2, column 1 are both empty; fill one of them.' });
    expect(thrown(ahp, m, [['mean']])).toEqual({ code: '#VALUE!', message: 'method must be one of "eigen", "geomean"; got "mean".' });
  });
});

describe('CRM.TOPSIS', () => {
  // The hand calculation of test/core/scorecard/topsis.test.ts, criteria as rows.
  const x = [
    [250, 200, 300],
    [16, 16, 32],
    [12, 8, 16],
  ];
  test('closeness per candidate, directions as words or signs', () => {
    close(topsisFn(x, [[0.4], [0.3], [0.3]], [['cost'], ['benefit'], ['benefit']]), [[0.3363, 0.3551, 0.6449]], 4);
    close(topsisFn(x, [[0.4], [0.3], [0.3]], [[-1, 1, 1]]), [[0.3363, 0.3551, 0.6449]], 4);
  });
  test('one direction applies to all', () =>
    close(
      topsisFn(
        [
          [1, 2],
          [1, 2],
        ],
        [[1], [1]],
        [['benefit']],
      ),
      [[0, 1]],
    ));
  test('errors', () => {
    expect(thrown(topsisFn, x, [[0.4], [0.3], [0.3]], [['cost'], ['good'], ['benefit']])).toEqual({
      code: '#VALUE!',
      message: 'directions must be one of "1", "-1", "benefit", "cost"; got "good".',
    });
    expect(thrown(topsisFn, x, [[0.4], [0.3], [0.3]], [[1, 1]])).toEqual({ code: '#VALUE!', message: 'directions has 2 values but weights has 3 criteria.' });
    expect(
      thrown(
        topsisFn,
        [
          [0, 0],
          [1, 2],
        ],
        [[1], [1]],
        [[1]],
      ),
    ).toEqual({ code: '#DIV/0!', message: undefined });
    const same = topsisFn(
      [
        [3, 3],
        [4, 4],
      ],
      [[1], [1]],
      [[1]],
    );
    expect(same[0]).toEqual([
      { code: '#DIV/0!', message: undefined },
      { code: '#DIV/0!', message: undefined },
    ]);
  });
});

describe('CRM.SENSITIVITY', () => {
  // Hand example of test/core/scorecard/sensitivity.test.ts: price share 0.7 → 0.6 (−0.1), quality 0.3 → 0.4 (+0.1).
  test('one change per criterion, in the shape of weights', () => {
    close(
      sensitivity(
        [
          [80, 60],
          [60, 90],
        ],
        [[0.7], [0.3]],
      ),
      [[-0.1], [0.1]],
    );
    close(
      sensitivity(
        [
          [80, 60],
          [60, 90],
        ],
        [[0.7, 0.3]],
      ),
      [[-0.1, 0.1]],
    );
  });
  test('#N/A where no weight changes the winner', () => {
    const out = sensitivity(
      [
        [9, 1],
        [9, 1],
      ],
      [[0.5], [0.5]],
    );
    expect(out).toEqual([
      [{ code: '#N/A', message: 'No weight of criterion 1 between 0% and 100% changes which candidate ranks first.' }],
      [{ code: '#N/A', message: 'No weight of criterion 2 between 0% and 100% changes which candidate ranks first.' }],
    ]);
    expect(thrown(sensitivity, [[9, 1]], [[1]])).toEqual({
      code: '#N/A',
      message: 'criterion 1 carries all the weight; there are no other weights to rescale.',
    });
  });
  test('errors', () => {
    expect(
      thrown(
        sensitivity,
        [
          [1, ''],
          [2, 3],
        ],
        [[1], [1]],
      ),
    ).toEqual({ code: '#VALUE!', message: 'ratings is empty; a number is needed.' });
    expect(
      thrown(
        sensitivity,
        [
          [1, 2],
          [2, 3],
        ],
        [[0], [0]],
      ),
    ).toEqual({ code: '#DIV/0!', message: undefined });
  });
});

describe('CRM.WEIGHTS', () => {
  // ROC n = 3: 11/18, 5/18, 2/18; rank-sum: 3/6, 2/6, 1/6; reciprocal: 6/11, 3/11, 2/11.
  test('methods, in the shape of ranks', () => {
    close(weights([[1], [2], [3]], OMITTED), [[11 / 18], [5 / 18], [2 / 18]]);
    close(weights([[3, 1, 2]], [['sum']]), [[1 / 6, 3 / 6, 2 / 6]]);
    close(weights([[1, 2, 3]], [['reciprocal']]), [[6 / 11, 3 / 11, 2 / 11]]);
  });
  test('errors', () => {
    expect(thrown(weights, [[1, 2.5]], OMITTED)).toEqual({ code: '#NUM!', message: undefined });
    expect(thrown(weights, [[1, 'a']], OMITTED)).toEqual({ code: '#VALUE!', message: 'ranks must be a number, not "a".' });
    expect(thrown(weights, [[1, 2]], [['ahp']])).toEqual({ code: '#VALUE!', message: 'method must be one of "roc", "sum", "reciprocal"; got "ahp".' });
  });
});
