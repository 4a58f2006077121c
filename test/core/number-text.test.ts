import fc from 'fast-check';
import { readNumber } from '../../src/core/number-text';

/*
 * The pane's one number parser. The cases named in issue 14 first: each of them used to keep
 * a part of what was typed (395,000 → 395; 39.5万 → 39.5) or nothing (４２００００).
 */
const value = (typed: string, percentField = false) => {
  const r = readNumber(typed, { percentField });
  if (!r.ok) throw new Error(`refused ${typed}: ${r.text.en}`);
  return r.value;
};

test.each([
  ['395,000', 395000],
  ['39.5万', 395000],
  ['４２００００', 420000],
  ['３９.５万', 395000],
  ['395 000', 395000],
  ['1,234,567.89', 1234567.89],
  ['3.2亿', 320000000],
  ['0.5万亿', 500000000000],
  ['85%', 0.85],
  ['８５％', 0.85],
  // 14.3 / 100 in floating point is 0.14300000000000002; moving the point gives 0.143 itself.
  ['14.3%', 0.143],
  ['-1.5e3', -1500],
  ['−3', -3],
  ['+7', 7],
  ['.5', 0.5],
])('%s is %d', (typed, expected) => expect(value(typed)).toBe(expected));

test('in a field that counts in percent, a typed percent sign changes nothing', () => {
  expect(value('25%', true)).toBe(25);
  expect(value('25', true)).toBe(25);
  expect(value('25%')).toBe(0.25);
});

test('an empty field is no value, not zero', () => expect(value('   ')).toBeNull());

test.each([
  ['3,95,000', 'groups of three'],
  ['395,00', 'groups of three'],
  ['abc', 'not part of a number'],
  ['1.2.3', 'not part of a number'],
  ['12%万', 'not part of a number'],
  ['-', 'not part of a number'],
  ['1e400', 'too large'],
])('%s is refused, saying why in both languages', (typed, why) => {
  const r = readNumber(typed);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.text.en).toContain(why);
  expect(r.text.en).toContain(`“${typed}”`);
  expect(r.text.zh).toMatch(/不是数字：/);
  // No English parser words in the Chinese text: only what the user typed is quoted.
  expect(r.text.zh.replace(`“${typed}”`, '')).not.toMatch(/[A-Za-z]{2,}/);
});

test('any number JavaScript prints reads back as itself, with or without grouping', () => {
  fc.assert(
    fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (x) => {
      expect(value(String(x))).toBe(x === 0 ? 0 : x);
      if (Number.isInteger(x) && Math.abs(x) >= 1000) expect(value(x.toLocaleString('en-US'))).toBe(x);
    }),
    { seed: 20261202, numRuns: 500 },
  );
});
