import { DEFAULT_SETTINGS } from '../../src/core/customer-value/settings';
import { CV_STORE_HEADER, CV_STORE_SHEET, storedAnalysisRow } from '../../src/core/customer-value/stored';
import { t5KpiTracker, validateTracker } from '../../src/core/kpi';
import { BUILT_IN_TEMPLATES } from '../../src/core/scorecard';
import { address } from '../../src/core/sheet/a1';
import type { CellValue } from '../../src/core/sheet/plan';
import { writeScorecardSheet } from '../../src/excel/scorecard-sheets';
import { writeTrackerSheet } from '../../src/excel/tracker-sheets';
import { listWorkbookItems, showSheet } from '../../src/excel/workbook-items';
import { valid } from '../helpers/cards';
import { FakeWorkbook } from '../helpers/fake-excel';

/* Issue 14: the search box goes to what this workbook stores, on the sheet it lives on now. */
const tracker = () => {
  const r = validateTracker(t5KpiTracker);
  if (!r.ok) throw new Error('invalid');
  return r.tracker;
};

function putRows(wb: FakeWorkbook, sheet: string, rows: CellValue[][]) {
  const s = wb.addSheet(sheet);
  rows.forEach((row, r) => row.forEach((v, c) => s.cells.set(address(r + 1, c + 1), { input: v as string | number })));
  return s;
}

test('scorecards, trackers and analyses are listed with their current sheets, in one sync; gone sheets and unreadable rows are left out', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  const card = BUILT_IN_TEMPLATES[1];
  const { sheetName } = await writeScorecardSheet(valid(card), 'en-US', {}, wb.run);
  const written = await writeTrackerSheet(tracker(), 'zh-CN', { linkId: 'track001' }, wb.run);
  wb.sheet(written.sheetName).name = 'KPI 2026';
  const analysis = {
    lang: 'en-US' as const,
    resultsSheet: 'CV results',
    summarySheet: 'CV summary',
    source: 'orders.csv',
    settings: DEFAULT_SETTINGS,
    columns: { id: 0, date: 1, amount: 2 },
  };
  putRows(wb, 'CV results', [['id']]);
  putRows(wb, CV_STORE_SHEET, [
    [...CV_STORE_HEADER],
    storedAnalysisRow(analysis),
    storedAnalysisRow({ ...analysis, resultsSheet: 'Deleted since' }),
    ['not', 'a', 'row'],
  ]);
  wb.syncs = 0;
  const items = await listWorkbookItems(wb.run);
  expect(wb.syncs).toBe(1);
  expect(items).toEqual([
    { kind: 'scorecard', title: card.title, sheet: sheetName },
    { kind: 'tracker', title: t5KpiTracker.title, year: tracker().year, sheet: 'KPI 2026' },
    { kind: 'analysis', title: { en: 'CV results', zh: 'CV results' }, sheet: 'CV results', source: 'orders.csv' },
  ]);
});

test('a workbook without anything stored lists nothing', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  expect(await listWorkbookItems(wb.run)).toEqual([]);
});

test('showSheet activates the sheet; a missing sheet is refused by Excel and the error reaches the caller', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  wb.addSheet('Other');
  await showSheet('Other', wb.run);
  expect(wb.active?.name).toBe('Other');
  await expect(showSheet('Nowhere', wb.run)).rejects.toThrow();
  expect(wb.active?.name).toBe('Other');
  // A sheet the user hid is shown, then gone to.
  wb.sheet('Sheet1').visibility = 'Hidden';
  await showSheet('Sheet1', wb.run);
  expect([wb.active?.name, wb.sheet('Sheet1').visibility]).toEqual(['Sheet1', 'Visible']);
});
