import { legalSheetName, uniqueSheetName } from '../../../src/core/sheet';

// Excel's rules for worksheet names: at most 31 characters, none of [ ] : * ? / \, no leading or
// trailing apostrophe, not "History", unique ignoring case.
test('forbidden characters become spaces and runs of spaces collapse', () => {
  expect(legalSheetName('Q1/Q2 [draft]: vendors?*\\')).toBe('Q1 Q2 draft vendors');
});

test('names are cut to 31 characters, counting UTF-16 units like Excel, without splitting a character', () => {
  // 37 characters: the 31st falls inside "scoring", so the name ends at the word before.
  expect(legalSheetName('CRM system selection (tender) scoring')).toBe('CRM system selection (tender)');
  expect(legalSheetName('CRM supervisor performance appraisal')).toBe('CRM supervisor performance');
  // A cut that falls on a space keeps every whole word before it.
  expect(legalSheetName('abcdefghij abcdefghij abcdefghi jk')).toBe('abcdefghij abcdefghij abcdefghi');
  // One long word cannot end at a boundary: it is cut where the room ends.
  expect(legalSheetName('a ' + 'b'.repeat(40))).toBe('a ' + 'b'.repeat(29));
  expect(legalSheetName('客户服务质量评估指标模板'.repeat(3))).toHaveLength(31);
  const emoji = legalSheetName('a'.repeat(30) + '😀');
  expect(emoji).toBe('a'.repeat(30));
});

test('apostrophes at either end, empty names and "History" are replaced', () => {
  expect(legalSheetName("'quoted'")).toBe('quoted');
  expect(legalSheetName('  ')).toBe('Scorecard');
  expect(legalSheetName('history')).toBe('Scorecard');
});

test('a taken name gets " (2)", " (3)"…, cut so the whole stays within 31 characters; case is ignored', () => {
  expect(uniqueSheetName('Vendors', ['vendors'])).toBe('Vendors (2)');
  expect(uniqueSheetName('Vendors', ['Vendors', 'Vendors (2)'])).toBe('Vendors (3)');
  const long = 'CRM system selection (tender) scoring';
  const second = uniqueSheetName(long, ['CRM system selection (tender)']);
  // 31 − 4 characters of " (2)" leaves 27 of the title, ending at its last whole word.
  expect(second).toBe('CRM system selection (2)');
  expect(second.length).toBeLessThanOrEqual(31);
});
