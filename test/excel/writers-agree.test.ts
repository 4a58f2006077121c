import { valid } from '../helpers/cards';
import { LANGS } from '../../src/core/errors';
import { BUILT_IN_TEMPLATES } from '../../src/core/scorecard';
import { writeScorecardSheet } from '../../src/excel/scorecard-sheets';
import { scorecardWorkbook } from '../../src/xlsx/scorecard-workbook';
import { fakeHostApiSets, FakeWorkbook } from '../helpers/fake-excel';
import { snapshotOfExcelJs, snapshotOfFake } from './snapshot';

/*
 * One plan, two writers: the sheet Excel builds through Office.js (here a recording stand-in)
 * and the .xlsx file the browser downloads hold the same values, formulas, number formats,
 * emphasis, merges, validations, conditional formats and names.
 */
const cases = BUILT_IN_TEMPLATES.flatMap((t) => LANGS.map((lang) => [t.id, lang, t] as const));

// A host with notes (ExcelApi 1.18), as current Microsoft 365 and Excel on the web.
beforeEach(() => fakeHostApiSets('1.18'));
afterEach(() => fakeHostApiSets(null));

test.each(cases)('%s (%s): Office.js and ExcelJS render the same sheet', async (_id, lang, card) => {
  const fake = new FakeWorkbook();
  const { sheetName } = await writeScorecardSheet(valid(card), lang, { linkId: 'agree001' }, fake.run);
  const built = scorecardWorkbook(valid(card), lang, { linkId: 'agree001' });
  expect(built.sheetName).toBe(sheetName);
  const fromExcelJs = await snapshotOfExcelJs(new Uint8Array(await built.workbook.xlsx.writeBuffer()), sheetName);
  const fromOffice = snapshotOfFake(fake, fake.sheet(sheetName));

  expect(Object.keys(fromOffice.cells).length).toBeGreaterThan(50);
  expect(Object.keys(fromOffice.validations).length).toBeGreaterThan(5);
  expect(Object.keys(fromOffice.names)).toHaveLength(4);
  expect(fromOffice.conditionalFormats.length).toBeGreaterThanOrEqual(2);
  expect(Object.values(fromOffice.cells).some((c) => c.formula !== undefined && c.numFmt === '0.0')).toBe(true);
  expect(fromOffice.cells).toEqual(fromExcelJs.cells);
  expect(fromOffice.merges).toEqual(fromExcelJs.merges);
  expect(fromOffice.validations).toEqual(fromExcelJs.validations);
  expect(fromOffice.conditionalFormats).toEqual(fromExcelJs.conditionalFormats);
  expect(fromOffice.names).toEqual(fromExcelJs.names);
  // Every cell in the sheet's face, every row at the plan's height, the same notes and page.
  expect(Object.values(fromOffice.cells).every((c) => c.font === (lang === 'zh-CN' ? 'Microsoft YaHei' : 'Calibri'))).toBe(true);
  expect(Object.keys(fromOffice.rows).length).toBeGreaterThan(10);
  expect(fromOffice.rows).toEqual(fromExcelJs.rows);
  expect(fromOffice.notes).toEqual(fromExcelJs.notes);
  expect(fromOffice.page).toEqual(fromExcelJs.page);
  expect(fromOffice.page.paper).toBe('A4');
  // The grid of bordered cells: each cell of a run styled at once keeps all four sides.
  expect(Object.keys(fromOffice.borders).length).toBeGreaterThan(100);
  expect(fromOffice.borders).toEqual(fromExcelJs.borders);
});
