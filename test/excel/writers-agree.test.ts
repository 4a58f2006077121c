import { valid } from '../helpers/cards';
import { LANGS } from '../../src/core/errors';
import { BUILT_IN_TEMPLATES } from '../../src/core/scorecard';
import { writeScorecardSheet } from '../../src/excel/scorecard-sheets';
import { scorecardWorkbook } from '../../src/xlsx/scorecard-workbook';
import { BUILT_IN_TRACKERS, validateTracker } from '../../src/core/kpi';
import { writeTrackerSheet } from '../../src/excel/tracker-sheets';
import { trackerWorkbook } from '../../src/xlsx/tracker-workbook';
import { writeTrackerReportSheet } from '../../src/excel/tracker-report-sheet';
import { trackerReportXlsxBytes } from '../../src/xlsx/tracker-report-workbook';
import { consolidatedWorkbook } from '../../src/xlsx/consolidated-workbook';
import { writeConsolidatedSheets } from '../../src/excel/consolidated-sheets';
import { panelCard } from '../helpers/panel-card';
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

/* The same for KPI trackers: one plan, the Office.js writer and the .xlsx file agree. */
const trackerCases = BUILT_IN_TRACKERS.flatMap((t) => LANGS.map((lang) => [t.id, lang, t] as const));

test.each(trackerCases)('tracker %s (%s): Office.js and ExcelJS render the same sheet', async (_id, lang, t) => {
  const checked = validateTracker(t);
  if (!checked.ok) throw new Error('invalid template');
  const fake = new FakeWorkbook();
  const { sheetName } = await writeTrackerSheet(checked.tracker, lang, { linkId: 'agree002' }, fake.run);
  const built = trackerWorkbook(checked.tracker, lang, { linkId: 'agree002' });
  expect(built.sheetName).toBe(sheetName);
  const fromExcelJs = await snapshotOfExcelJs(new Uint8Array(await built.workbook.xlsx.writeBuffer()), sheetName);
  const fromOffice = snapshotOfFake(fake, fake.sheet(sheetName));

  expect(Object.keys(fromOffice.cells).length).toBeGreaterThan(150);
  expect(Object.keys(fromOffice.validations).length).toBeGreaterThan(20);
  expect(Object.keys(fromOffice.names)).toEqual(['CRM_KT_agree002', 'CRM_KT_agree002_SUMMARY']);
  expect(fromOffice.cells).toEqual(fromExcelJs.cells);
  expect(fromOffice.merges).toEqual(fromExcelJs.merges);
  expect(fromOffice.validations).toEqual(fromExcelJs.validations);
  expect(fromOffice.conditionalFormats).toEqual(fromExcelJs.conditionalFormats);
  expect(fromOffice.names).toEqual(fromExcelJs.names);
  expect(fromOffice.borders).toEqual(fromExcelJs.borders);
  // One chart per KPI, each with its target drawn dashed; shares from zero; columns frozen alone.
  const sheet = fake.sheet(sheetName);
  expect(sheet.charts).toHaveLength(t.kpis.length);
  for (const c of sheet.charts) {
    const target = c.series[c.series.length - 1];
    expect(target).toMatchObject({ markerStyle: 'None', lineStyle: 'Dash' });
    expect(c.displayBlanksAs).toBe('Interplotted');
  }
  const percentShares = t.kpis.filter((k) => k.unit === 'percent' && k.direction !== 'growth').length;
  expect(sheet.charts.filter((c) => c.valueAxis.minimum === 0)).toHaveLength(percentShares);
  expect(sheet.frozen).toBe('columns:1');
});

describe.each(LANGS)('a consolidated appraisal of three appraisers (%s)', (lang) => {
  test('Office.js and ExcelJS render the same consolidated sheet and appraiser sheets', async () => {
    const card = valid(panelCard);
    const linkIds = ['agreeann', 'agreebo0', 'agreecy0'];
    const fake = new FakeWorkbook();
    const written = await writeConsolidatedSheets(card, lang, { linkIds }, fake.run);
    const built = consolidatedWorkbook(card, lang, { linkIds });
    const bytes = new Uint8Array(await built.workbook.xlsx.writeBuffer());
    expect(written.sheetName).toBe(built.planned.sheetName);
    expect(written.appraiserSheets).toEqual(built.planned.appraisers.map((a) => a.sheetName));
    for (const name of [written.sheetName, ...written.appraiserSheets]) {
      const fromOffice = snapshotOfFake(fake, fake.sheet(name));
      const fromExcelJs = await snapshotOfExcelJs(bytes, name);
      expect(Object.keys(fromOffice.cells).length).toBeGreaterThan(40);
      expect(fromOffice.cells).toEqual(fromExcelJs.cells);
      expect(fromOffice.merges).toEqual(fromExcelJs.merges);
      expect(fromOffice.validations).toEqual(fromExcelJs.validations);
      expect(fromOffice.conditionalFormats).toEqual(fromExcelJs.conditionalFormats);
      expect(fromOffice.names).toEqual(fromExcelJs.names);
      expect(fromOffice.rows).toEqual(fromExcelJs.rows);
      expect(fromOffice.page).toEqual(fromExcelJs.page);
    }
    // The consolidated sheet reads the appraisers' sheets, and flags in the sheet's words.
    const front = snapshotOfFake(fake, fake.sheet(written.sheetName));
    const formulas = Object.values(front.cells).flatMap((c) => (c.formula === undefined ? [] : [String(c.formula)]));
    expect(formulas.some((f) => f.includes(`'${written.appraiserSheets[2]}'!`))).toBe(true);
    expect(formulas.some((f) => /STDEV\(/.test(f))).toBe(true);
    expect(formulas.some((f) => f.includes(lang === 'zh-CN' ? '考评人意见分歧' : 'Appraisers disagree'))).toBe(true);
  });
});

/* And for a tracker's one-page report: the sheet written in Excel and the downloaded file agree. */
test.each(LANGS.map((lang) => [lang] as const))('tracker report (%s): Office.js and ExcelJS render the same sheet', async (lang) => {
  const checked = validateTracker(BUILT_IN_TRACKERS.find((t) => t.id === 't5-kpi-tracker')!);
  if (!checked.ok) throw new Error('invalid template');
  const fake = new FakeWorkbook();
  const { sheetName } = await writeTrackerReportSheet(checked.tracker, 11, lang, 'Tracker', fake.run);
  const bytes = await trackerReportXlsxBytes(checked.tracker, 11, lang, 'Tracker');
  const fromExcelJs = await snapshotOfExcelJs(bytes, sheetName);
  const fromOffice = snapshotOfFake(fake, fake.sheet(sheetName));
  // Header and seven KPI rows of twelve columns, less the empty ones: well over five rows' worth.
  expect(Object.keys(fromOffice.cells).length).toBeGreaterThan(12 * 5);
  expect(fromOffice.cells).toEqual(fromExcelJs.cells);
  expect(fromOffice.merges).toEqual(fromExcelJs.merges);
  expect(fromOffice.conditionalFormats).toEqual(fromExcelJs.conditionalFormats);
  expect(fromOffice.rows).toEqual(fromExcelJs.rows);
  expect(fromOffice.page).toEqual(fromExcelJs.page);
  expect(fromOffice.borders).toEqual(fromExcelJs.borders);
});
