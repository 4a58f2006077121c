import * as fs from 'fs';
import { CrmError } from '../../src/core/errors';
import { spill } from '../../src/functions/excel-adapter';
import { declaredParams, num, omittable, optNum, singleValue } from '../../src/functions/parameters';
import { customFunctionId, everyFunction } from '../helpers/catalogue';
import { distFile } from '../helpers/dist';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script, shared with webpack
const { loadCatalogue } = require('../../scripts/localize-metadata');

/*
 * A function's parameters are declared once, in the table above it (src/functions/parameters.ts),
 * and appear in three more places that must agree with it: the function's own signature, the
 * metadata generated from its JSDoc (dist/functions.json, what Excel shows and passes) and the
 * zh-CN catalogue (src/functions/catalogue/*.json). Any drift fails here.
 */
type Meta = { functions: { id: string; parameters: { name: string; optional?: boolean }[] }[] };
type Catalogue = Record<string, { zh: { parameters: Record<string, string> } }>;

const meta = (): Meta => JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as Meta;
const catalogue = loadCatalogue() as Catalogue;

describe.each(everyFunction)('%s', (name, fn) => {
  const table = declaredParams(fn);
  const id = customFunctionId(name);

  test('has a parameter table, one entry per argument of its signature', () => {
    expect(table).toBeDefined();
    expect(table!.length).toBe(fn.length);
  });

  test('the generated metadata has the table’s names, in its order, optional where the table says', () => {
    const generated = meta().functions.find((f) => f.id === id)!;
    expect(generated.parameters.map((p) => [p.name, p.optional === true])).toEqual(table!.map((p) => [p.name, omittable(p)]));
  });

  test('the zh-CN catalogue describes exactly the table’s parameters, in its order', () => {
    expect(Object.keys(catalogue[id].zh.parameters)).toEqual(table!.map((p) => p.name));
  });

  test('an optional parameter comes after every required one, as Excel requires', () => {
    const firstOptional = table!.findIndex(omittable);
    if (firstOptional >= 0) expect(table!.slice(firstOptional).every(omittable)).toBe(true);
  });
});

describe('a table’s bounds and defaults are what the body applies', () => {
  const blanks = optNum('blanks', 0, { integer: true, min: 0, max: 2 });
  const message = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof CrmError ? `${e.kind}: ${e.text.en}` : String(e);
    }
    return 'none';
  };

  test('one-cell options: default when omitted or blank, bound messages naming the parameter', () => {
    expect(singleValue(blanks, null)).toBe(0);
    expect(singleValue(blanks, [['']])).toBe(0);
    expect(singleValue(blanks, [[2]])).toBe(2);
    expect(message(() => singleValue(blanks, [[3]]))).toBe('NUM: blanks must be at most 2; got 3.');
    expect(message(() => singleValue(blanks, [[0.5]]))).toBe('NUM: blanks must be a whole number; got 0.5.');
  });

  test('element-wise: every cell is checked against the bounds, an error only in its own cell', () => {
    const out = spill([num('k', { min: 1 })], [[[0, 2]]], (v) => (v[0] as number) * 10);
    expect(out[0][0]).toMatchObject({ code: '#NUM!' });
    expect(out[0][1]).toBe(20);
  });
});
