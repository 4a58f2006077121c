import fc from 'fast-check';
import { everyFunction } from '../helpers/catalogue';

/*
 * Property: whatever Excel passes (numbers of any size, blanks, text, booleans, error values,
 * formatted numbers and entities, ranges of mismatched shapes), every CRM.* function either returns a grid of finite numbers, text or
 * Excel error values, or throws an Excel error value. Never NaN, ±Infinity or a JS exception.
 */
// #NULL! only ever comes back from an input that held it.
const EXCEL_CODES = new Set(['#VALUE!', '#NUM!', '#DIV/0!', '#N/A', '#NULL!']);
const TOTAL_CALLS = 100_000;

const functions = everyFunction;

const isExcelError = (v: unknown): boolean => typeof v === 'object' && v !== null && EXCEL_CODES.has((v as { code?: string }).code ?? '');

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 12 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1e308, -1e308, 5e-324, 1e-300, 45000.25) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  // Error values (allowErrorForDataTypeAny) and data types (allowCustomDataForDataTypeAny).
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#NULL!', '#NAME?', '#SPILL!').map((code) => ({ code })) },
  { weight: 1, arbitrary: fc.double({ min: -10, max: 100, noNaN: true }).map((basicValue) => ({ type: 'FormattedNumber', basicValue, numberFormat: '0.0%' })) },
  { weight: 1, arbitrary: fc.constant({ type: 'Entity', text: 'Contoso', basicType: 'Error', basicValue: '#VALUE!', properties: {} }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'service',
      'csat',
      'higher',
      'lower',
      'h',
      'd',
      'm',
      'zh-CN',
      'en-US',
      'met',
      'partial',
      'A',
      'eigen',
      'roc',
      'asc',
      'desc',
      'benefit',
      'cost',
      'Y',
      'N',
    ),
  },
);
const grid = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([r, c]) => fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
const arg = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 8, arbitrary: grid });

describe('every catalogue function under random input', () => {
  const runs = Math.ceil(TOTAL_CALLS / functions.length);
  test('the catalogue is loaded', () => expect(functions.length).toBeGreaterThanOrEqual(20));

  test.each(functions)('%s never returns NaN/Infinity or throws a non-Excel error', (name, fn) => {
    fc.assert(
      fc.property(fc.array(arg, { minLength: fn.length, maxLength: fn.length }), (args) => {
        let out: unknown;
        try {
          out = fn(...args);
        } catch (e) {
          if (!isExcelError(e)) throw new Error(`${name} threw ${String(e)}`);
          return;
        }
        if (!Array.isArray(out) || out.length === 0) throw new Error(`${name} returned ${String(out)}`);
        for (const row of out as unknown[][])
          for (const v of row) {
            if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`${name} returned ${v}`);
            if (typeof v !== 'number' && typeof v !== 'string' && !isExcelError(v)) throw new Error(`${name} returned ${String(v)}`);
          }
      }),
      { numRuns: runs, seed: 20261122 },
    );
  });
});
