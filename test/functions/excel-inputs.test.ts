import fc from 'fast-check';
import * as fs from 'fs';
import * as metrics from '../../src/functions/families/metrics';
import * as models from '../../src/functions/families/models';
import * as scorecard from '../../src/functions/families/scorecard';
import { callAsExcel, CURRENT, err, formatted, OLDER_DESKTOP, OMITTED, SheetCell, Withheld } from '../helpers/excel-call';
import { everyFunction } from '../helpers/catalogue';
import { distFile } from '../helpers/dist';

/*
 * The functions as real Excel calls them (test/helpers/excel-call.ts models what Microsoft
 * documents): empty cells as null, error cells as error values, data types as objects.
 */
type Err = { code: string; message?: string };
const isErr = (v: unknown): v is Err => typeof v === 'object' && v !== null && typeof (v as Err).code === 'string';
const col = (...cells: unknown[]) => cells.map((c) => [c]);
const SIX_EMPTY = [undefined, undefined, undefined, undefined, undefined, undefined];

describe('blank cells: null on current builds', () => {
  test('NPS of {10,10,9,7} and six empty cells is 75: 3 promoters, no detractor among 4 answers', () => {
    const r = callAsExcel(metrics.npsFn, [col(10, 10, 9, 7, ...SIX_EMPTY)]);
    expect(r[0][0]).toBeCloseTo(75, 10);
  });

  test('CSAT of {5,4,3} and two empty cells on a 5-point scale is 2/3', () => {
    const r = callAsExcel(metrics.csatFn, [col(5, 4, 3, undefined, undefined), OMITTED]);
    expect(r[0][0]).toBeCloseTo(2 / 3, 12);
  });

  test('SCORE with an unrated criterion is #N/A naming it, not a score that counts it as 0', () => {
    const r = callAsExcel(scorecard.score, [col(4, undefined, 5), col(0.5, 0.3, 0.2), OMITTED, OMITTED]);
    expect(r.code).toBe('#N/A');
    expect(r.message).toMatch(/2/);
  });

  test('an empty optional margin in CLV.BGNBD takes its default (1), as an omitted one does', () => {
    // CDNOW estimates: BG/NBD (Fader, Hardie & Lee 2005) and Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV").
    const args = (margin: SheetCell[][] | null) => [
      [[0.243, 4.414, 0.793, 2.426]],
      [[6.25, 3.74, 15.44]],
      [[2]],
      [[30.43]],
      [[38.86]],
      [[35.08]],
      [[52]],
      [[0.01]],
      margin,
    ];
    const empty = callAsExcel(models.clvBgNbdFn, args([[undefined]]));
    const omitted = callAsExcel(models.clvBgNbdFn, args(null));
    const one = callAsExcel(models.clvBgNbdFn, args([[1]]));
    expect(typeof empty[0][0]).toBe('number');
    expect(empty).toEqual(omitted);
    expect(empty).toEqual(one);
  });

  test('older desktop builds send 0 for an empty cell, which no function can tell from a typed 0 (office-js #4702): NPS becomes −30', () => {
    // 3 promoters (10, 10, 9), one passive (7), six detractors (the zeros): (3 − 6) / 10 = −30 %.
    const r = callAsExcel(metrics.npsFn, [col(10, 10, 9, 7, ...SIX_EMPTY)], OLDER_DESKTOP);
    expect(r[0][0]).toBeCloseTo(-30, 10);
  });
});

describe('a formula\'s "" and an empty cell (null) mean the same to every function', () => {
  const cell = fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: -2, max: 12 }) },
    { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
    { weight: 3, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: fc.constantFrom('met', 'A', 'higher', 'roc', 'zh-CN', 'service', '满足') },
  );
  const grid = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
    .chain(([r, c]) => fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
  const outcome = (f: (...a: unknown[]) => unknown, args: unknown[]) => {
    try {
      return f(...args);
    } catch (e) {
      return e;
    }
  };

  test('the catalogue is all here', () => expect(everyFunction.length).toBeGreaterThanOrEqual(40));

  test.each(everyFunction)('%s', (name, f) => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: f.length, maxLength: f.length }), (args) => {
        const asNull = args.map((g) => g.map((row) => row.map((c) => (c === '' ? null : c))));
        expect(outcome(f, asNull)).toEqual(outcome(f, args));
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });
});

describe('error values in the inputs', () => {
  test('the built metadata in both languages lets errors reach the functions', () => {
    for (const file of ['functions.json', 'functions.zh-CN.json']) {
      const meta = JSON.parse(fs.readFileSync(distFile(file), 'utf8'));
      expect(meta.allowErrorForDataTypeAny).toBe(true);
    }
  });

  test('one #N/A among the rows spoils only its own cell, and keeps its code', () => {
    // 1/10, (#N/A), 3/10
    const r = callAsExcel(metrics.churn, [col(1, err('#N/A'), 3), [[10]]]);
    expect(r).not.toBeInstanceOf(Withheld);
    expect(r[0][0]).toBeCloseTo(0.1, 12);
    expect(r[1][0].code).toBe('#N/A');
    expect(r[1][0].message).toBe('lost holds the error #N/A.');
    expect(r[2][0]).toBeCloseTo(0.3, 12);
  });

  test.each([
    ['#DIV/0!', '#DIV/0!'],
    ['#NUM!', '#NUM!'],
    ['#NULL!', '#NULL!'],
    ['#VALUE!', '#VALUE!'],
    // Input-only codes (CustomFunctions.ErrorCode typings) and codes with no CustomFunctions twin.
    ['#REF!', '#VALUE!'],
    ['#NAME?', '#VALUE!'],
    ['#SPILL!', '#VALUE!'],
  ])('an input holding %s gives %s in its cell', (code, out) => {
    const r = callAsExcel(metrics.conversion, [[[1, err(code)]], [[4, 8]]]);
    expect(r[0][0]).toBeCloseTo(0.25, 12);
    expect(r[0][1].code).toBe(out);
    if (out === '#VALUE!') expect(r[0][1].message).toContain(code);
  });

  test('an error in a second range gives that cell its code; the cells beside it are computed', () => {
    const r = callAsExcel(metrics.retentionFn, [col(100, 100, 100), col(90, err('#DIV/0!'), 95), col(10, 10, err('#N/A'))]);
    // (90 − 10) / 100 = 0.8
    expect(r[0][0]).toBeCloseTo(0.8, 12);
    expect(r[1][0].code).toBe('#DIV/0!');
    expect(r[2][0].code).toBe('#N/A');
  });

  test('an aggregate reports the first error and its row', () => {
    const r = callAsExcel(metrics.npsFn, [col(10, 9, err('#N/A'), 3, err('#VALUE!'))]);
    expect(r.code).toBe('#N/A');
    expect(r.message).toBe('scores holds the error #N/A in row 3.');
  });

  test("the error message follows Excel's language", () => {
    const g = globalThis as { Office?: unknown };
    const saved = g.Office;
    g.Office = { context: { displayLanguage: 'zh-CN' } };
    try {
      const r = callAsExcel(metrics.npsFn, [col(10, err('#N/A'))]);
      expect(r.message).toBe('scores 的第 2 行含有错误值 #N/A。');
    } finally {
      g.Office = saved;
    }
  });

  test("a fit refuses an error in its data with the input's code", () => {
    const r = callAsExcel(models.bgnbdFitFn, [col(1, err('#N/A')), col(5, 3), col(10, 10), OMITTED]);
    expect(isErr(r) ? r.code : r[0][0]).toBe('#N/A');
  });

  test('a ratings grid with an error cell in SCORE gives that candidate the error', () => {
    const r = callAsExcel(scorecard.score, [
      [
        [4, 3],
        [err('#N/A'), 5],
      ],
      col(0.5, 0.5),
      OMITTED,
      OMITTED,
    ]);
    expect(r[0][0].code).toBe('#N/A');
    // (0.5·3 + 0.5·5) / 1 = 4
    expect(r[0][1]).toBeCloseTo(4, 12);
  });
});

describe('data types reach "any" parameters as objects', () => {
  test('a formatted number (85 %) is read as its basic value, 0.85', () => {
    const plain = callAsExcel(metrics.kpiStatusFn, [[[0.85]], [[0.85]], OMITTED, OMITTED, [['en-US']]]);
    const wrapped = callAsExcel(metrics.kpiStatusFn, [[[formatted(0.85, '0%')]], [[0.85]], OMITTED, OMITTED, [['en-US']]]);
    expect(wrapped).toEqual(plain);
    expect(plain[0][0]).toBe('On track');
  });

  test('formatted numbers inside a range count as numbers in an aggregate', () => {
    const r = callAsExcel(metrics.npsFn, [col(formatted(10, '0'), 10, 9, 7)]);
    expect(r[0][0]).toBeCloseTo(75, 10);
  });

  test('an entity card where a number is wanted is #VALUE! with a message, not "[object Object]"', () => {
    const entity = { type: 'Entity', text: 'Contoso', basicType: 'Error', basicValue: '#VALUE!', properties: {} };
    const r = callAsExcel(metrics.churn, [[[entity]], [[10]]]);
    expect(r.code).toBe('#VALUE!');
    expect(r.message).not.toContain('object Object');
  });

  test('text and booleans as data types read as their basic values', () => {
    const r = callAsExcel(metrics.ratingFn, [[[8]], [[{ type: 'String', basicValue: 'service' }]], [[{ type: 'String', basicValue: 'en-US' }]]]);
    expect(r).toEqual(callAsExcel(metrics.ratingFn, [[[8]], [['service']], [['en-US']]]));
  });
});

describe('our own errors stay ours', () => {
  test('CSAT({5;4;3}, "x") says what is wrong with scale, not "Unexpected problem"', () => {
    const r = callAsExcel(metrics.csatFn, [col(5, 4, 3), [['x']]]);
    expect(r.code).toBe('#VALUE!');
    expect(r.message).toBe('scale must be a number, not "x".');
  });

  test('a #NUM! raised inside a nested step keeps its code', () => {
    const r = callAsExcel(metrics.csatFn, [col(5, 4, 3), [[Number.MAX_VALUE * 0 + Infinity]]]);
    expect(r.code).toBe('#NUM!');
  });
});

describe('the stand-in is as strict as Excel', () => {
  test('without allowErrorForDataTypeAny Excel does not call the function: the whole spill shows the input error', () => {
    const r = callAsExcel(metrics.churn, [col(1, err('#N/A'), 3), [[10]]], { blank: null, metadata: { allowCustomDataForDataTypeAny: true } });
    expect(r).toEqual(new Withheld('#N/A'));
  });

  test('a call above about 5 MB never runs: the cell sits on #BUSY! (office-js #4654)', () => {
    const big = Array.from({ length: 400_000 }, (_, i) => [i + 0.123456789]);
    const r = callAsExcel(metrics.churn, [big, [[10]]], CURRENT);
    expect(r).toEqual(new Withheld('#BUSY!'));
  });
});

describe('every path reads cells through the same coercion', () => {
  test('arguments are read in order: an error in an earlier range keeps its own code beside a wrong single value', () => {
    const r = callAsExcel(metrics.churn, [col(1, err('#N/A'), 3), [['']]]);
    expect(r.map((row: Err[]) => row[0].code)).toEqual(['#VALUE!', '#N/A', '#VALUE!']);
    expect(r[0][0].message).toBe('base is empty; a number is needed.');
  });

  test('an element-wise range gives each cell what that cell alone gives', () => {
    const cell = fc.oneof(
      fc.integer({ min: -2, max: 300 }),
      fc.constant(undefined),
      fc.constant(''),
      fc.constant('x'),
      fc.constantFrom('#N/A', '#DIV/0!', '#REF!').map(err),
      fc.double({ min: 0, max: 1, noNaN: true }).map((v) => formatted(v, '0%')),
    );
    const fns = [metrics.churn, metrics.clvFn, metrics.retentionFn, metrics.kpiStatusFn, metrics.conversion, metrics.ratingFn];
    const asCell = (v: unknown) => (isErr(v) ? { code: v.code, message: v.message } : v);
    fc.assert(
      fc.property(
        fc.constantFrom(...fns),
        fc.array(cell, { minLength: 1, maxLength: 4 }),
        fc.array(cell, { minLength: 5, maxLength: 5 }),
        (f, column, fixed) => {
          const rest = fixed.slice(0, f.length - 1).map((c) => [[c]]);
          const whole = callAsExcel(f, [column.map((c) => [c]), ...rest]);
          if (!Array.isArray(whole)) return; // a wrong fixed argument fails the whole call alike
          column.forEach((c, i) => {
            const alone = callAsExcel(f, [[[c]], ...rest]);
            expect(asCell(whole[i][0])).toEqual(asCell(Array.isArray(alone) ? alone[0][0] : alone));
          });
        },
      ),
      { numRuns: 400, seed: 20261201 },
    );
  });

  test('RFM: an error in an id or a date keeps its code and its row; a formatted-number id is its number', () => {
    const ids = col(1, err('#N/A'));
    const r = callAsExcel(models.rfmFn, [ids, col(35000, 35010), col(10, 20), OMITTED, OMITTED]);
    expect(r.code).toBe('#N/A');
    expect(r.message).toContain('row 2');
    const d = callAsExcel(models.rfmFn, [col(1, 1), col(35000, err('#N/A')), col(10, 20), OMITTED, OMITTED]);
    expect(d.code).toBe('#N/A');
    const f = callAsExcel(models.rfmFn, [col(formatted(7, '0'), 7), col(35000, 35014), col(10, 20), OMITTED, OMITTED]);
    // One customer, 7, who bought twice 14 days (2 weeks) apart: frequency 1, recency 2, T 2, monetary 20.
    expect(f).toEqual([[7, 1, 2, 2, 20]]);
  });

  test('RFM refuses TRUE as a customer id rather than counting it apart from "TRUE"', () => {
    const r = callAsExcel(models.rfmFn, [col(true, 'TRUE'), col(35000, 35010), col(10, 20), OMITTED, OMITTED]);
    expect(r.code).toBe('#VALUE!');
    expect(r.message).toMatch(/^Row 1: customer_ids/);
  });

  test('fits name the row the user sees, blank rows above included', () => {
    const r = callAsExcel(models.ggFitFn, [col(undefined, undefined, 1, 'x'), col(undefined, undefined, 10, 12)]);
    expect(r.code).toBe('#VALUE!');
    expect(r.message).toMatch(/^Row 4: frequency must be a number/);
  });

  test('SBG.FIT reports an error in the cohort with its code and row', () => {
    const r = callAsExcel(models.sbgFitFn, [col(1000, 631, err('#N/A'), 382)]);
    expect(r.code).toBe('#N/A');
    expect(r.message).toBe('alive holds the error #N/A in row 3.');
  });

  test('a one-cell option given a range is refused, not read by its first cell', () => {
    const r = callAsExcel(metrics.csatFn, [col(5, 4, 3), [[10, 5]]]);
    expect(r.code).toBe('#VALUE!');
    expect(r.message).toBe('scale must be a single value; got a 1×2 range.');
    const u = callAsExcel(metrics.responseTimeFn, [col(1, 2), col(1.5, 2.5), [['d', 'h']]]);
    expect(u.code).toBe('#VALUE!');
  });

  test("with the runtime's own CustomFunctions.Error class, errors are its instances and pass through nested steps", () => {
    class RuntimeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const g = globalThis as { CustomFunctions?: unknown };
    const saved = g.CustomFunctions;
    g.CustomFunctions = { ...(saved as object), Error: RuntimeError };
    try {
      const r = callAsExcel(metrics.churn, [col(1, err('#N/A')), [[10]]]);
      expect(r[1][0]).toBeInstanceOf(RuntimeError);
      expect(r[1][0].code).toBe('#N/A');
      const nested = callAsExcel(metrics.csatFn, [col(5, 4, 3), [['x']]]);
      expect(nested).toBeInstanceOf(RuntimeError);
      expect(nested.message).toBe('scale must be a number, not "x".');
    } finally {
      g.CustomFunctions = saved;
    }
  });
});

test('GG.SPEND ignores an empty monetary when frequency is 0, and asks for it otherwise', () => {
  // CDNOW Gamma-Gamma estimates p = 6.25, q = 3.74, gamma = 15.44 (Fader, Hardie & Lee 2005):
  // with no repeat purchase the expectation is the population mean p·gamma / (q − 1).
  const params = [[6.25, 3.74, 15.44]];
  const r = callAsExcel(models.ggSpendFn, [params, col(0, 2), col(undefined, undefined)]);
  expect(r[0][0]).toBeCloseTo((6.25 * 15.44) / (3.74 - 1), 10);
  expect(r[1][0].code).toBe('#VALUE!');
  expect(r[1][0].message).toBe('monetary is empty; a number is needed.');
});
