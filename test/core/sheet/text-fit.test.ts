import { charWidth, fitRowHeights, linesOf, textWidth } from '../../../src/core/sheet/text-fit';
import { CJK_FONT, LATIN_FONT } from '../../../src/core/sheet/fonts';

// Hand calculations: a CJK character is two digit widths (an em of 11 points is 14.67 pixels
// at 96 dpi, against Calibri 11's 7-pixel digit); a cell keeps 0.7 of a digit for padding.
test('CJK characters and full-width punctuation count two widths, Latin letters by their shape', () => {
  expect(['中', '，', '（', 'か', '한'].map(charWidth)).toEqual([2, 2, 2, 2, 2]);
  expect(charWidth('a')).toBe(0.95);
  expect(charWidth('i')).toBe(0.55);
  expect(charWidth('W')).toBe(1.5);
  expect(textWidth('客户')).toBe(4);
});

test('CJK text wraps after any character: 28 characters in a 30-wide column take two lines of 14', () => {
  // 29.3 of room holds 14 characters of width 2 (28), not 15 (30).
  expect(linesOf('标准功能覆盖客户、联系人、线索、商机、合同及售后服务管理', 30)).toBe(2);
  expect(linesOf('标准功能覆盖客户、联系人、线索、商机、合同及售后服务管理。', 30)).toBe(3);
});

test('Latin text wraps at spaces, and a word longer than a line is broken', () => {
  // The whole is 33 wide (C 1.15; r, t, f, spaces 0.55; other letters 0.95), over the 29.3 of
  // room; "Coverage and depth of customer " fits (25.65 and a space), "analysis" goes below.
  expect(linesOf('Coverage and depth of customer analysis', 30)).toBe(2);
  expect(linesOf('short', 30)).toBe(1);
  // 40 × 0.95 = 38 wide in a room of 9.3: ceil(38 / 9.3) = 5 lines.
  expect(linesOf('a'.repeat(40), 10)).toBe(5);
  // Line breaks in the text start lines of their own.
  expect(linesOf('A\nB\nC', 30)).toBe(3);
});

test('rows get the height of their tallest text: lines × the face’s line height, merged cells over their whole width', () => {
  const text = '标准功能覆盖客户、联系人、线索、商机、合同及售后服务管理';
  const heights = fitRowHeights(
    [
      { row: 1, col: 1, value: 'Title', style: { size: 16 } },
      { row: 2, col: 1, value: text, style: { wrap: true } },
      { row: 2, col: 2, value: 'x' },
      { row: 3, col: 1, value: text, style: { wrap: true } },
    ],
    ['A3:B3'],
    { 1: 30, 2: 30 },
    CJK_FONT,
  );
  // 16.5 points a line at 11 points; 16 points is 24 (16.5 × 16/11, rounded up to a quarter).
  expect(heights).toEqual({ 1: 24, 2: 2 * 16.5 + 2, 3: 16.5 });
  expect(fitRowHeights([{ row: 4, col: 1, value: 'x'.repeat(400), style: { wrap: true } }], [], { 1: 10 }, LATIN_FONT)[4]).toBe(409);
});
