import { valid } from '../helpers/cards';
import { t2VendorSelection } from '../../src/core/scorecard';
import { writeScorecardSheet } from '../../src/excel/scorecard-sheets';
import { fakeHostApiSets, FakeWorkbook } from '../helpers/fake-excel';

/*
 * A rebuilt criterion's note in Excel: Worksheet.notes needs ExcelApi 1.18, Workbook.comments
 * ExcelApi 1.10 and the sheet's name in the address (CommentCollection.add, @types/office-js).
 * T2 has eight rebuilt criteria.
 */
afterEach(() => fakeHostApiSets(null));

const notesOf = async (excelApi: string | null) => {
  fakeHostApiSets(excelApi);
  const wb = new FakeWorkbook();
  const { sheetName } = await writeScorecardSheet(valid(t2VendorSelection), 'en-US', { linkId: 'notes001' }, wb.run);
  return [...wb.sheet(sheetName).cells].filter(([, c]) => c.note !== undefined).map(([a, c]) => [a, c.note]);
};

test.each(['1.18', '1.10'])('a host with ExcelApi %s gets a note on each rebuilt criterion’s name', async (api) => {
  const notes = await notesOf(api);
  expect(notes).toHaveLength(8);
  for (const [a, text] of notes) {
    expect(a).toMatch(/^A\d+$/);
    expect(text).toMatch(/^Reconstructed: /);
  }
});

test('a host with neither (Excel 2016, 2019) still gets the sheet, without notes', async () => {
  expect(await notesOf('1.9')).toEqual([]);
  expect(await notesOf(null)).toEqual([]);
});
