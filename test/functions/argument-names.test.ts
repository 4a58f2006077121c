import fc from 'fast-check';
import * as fs from 'fs';
import { customFunctionId as idOf, everyFunction as functions, FAMILIES, FAMILY_DIR } from '../helpers/catalogue';
import { distFile } from '../helpers/dist';

/*
 * A message names an argument as Excel shows it in the formula bar's help, which comes from
 * the generated metadata: "new_customers must be a number", never an internal name. Random
 * calls to every function collect the messages; an argument-like first word must be one of
 * that function's parameter names in dist/functions.json.
 */
type Meta = { functions: { id: string; parameters: { name: string }[] }[] };
// Sentences that do not start with an argument's name.
const NOT_ARGUMENTS = new Set(['The', 'A', 'An', 'Unexpected', 'Each', 'Every', 'No']);
const ARGUMENT_FIRST = /^(?:Row \d+: )?([A-Za-z_][A-Za-z0-9_]*) (?:must|is|holds|has|and|cannot|\()/;

test.each(functions)('%s names its arguments as Excel shows them', (name, f) => {
  const meta = JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as Meta;
  const params = new Set(meta.functions.find((m) => m.id === idOf(name))!.parameters.map((p) => p.name));
  const cell = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.constant(''), fc.constant(null), fc.constant('x'), fc.double({ min: 0, max: 1, noNaN: true }));
  const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 });
  const seen: string[] = [];
  fc.assert(
    fc.property(fc.array(grid, { minLength: f.length, maxLength: f.length }), (args) => {
      let out: unknown[][];
      try {
        out = f(...args);
      } catch (e) {
        out = [[e]];
      }
      for (const row of out)
        for (const v of row) {
          const message = (v as { message?: unknown } | null)?.message;
          if (typeof message !== 'string') continue;
          const word = ARGUMENT_FIRST.exec(message)?.[1];
          if (word && !NOT_ARGUMENTS.has(word)) seen.push(word);
        }
    }),
    { numRuns: 150, seed: 20261201 },
  );
  expect(seen.length).toBeGreaterThan(0);
  expect([...new Set(seen)].filter((w) => !params.has(w))).toEqual([]);
});

test('the catalogue helper lists every family file', () => {
  const files = fs.readdirSync(FAMILY_DIR).filter((f) => f.endsWith('.ts'));
  expect(Object.keys(FAMILIES).sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
});
