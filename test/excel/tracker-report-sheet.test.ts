import { t5KpiTracker, validateTracker } from '../../src/core/kpi';
import { writeTrackerReportSheet } from '../../src/excel/tracker-report-sheet';
import { fakeHostApiSets, FakeWorkbook } from '../helpers/fake-excel';

const t5 = (() => {
  const r = validateTracker(t5KpiTracker);
  if (!r.ok) throw new Error('invalid');
  return r.tracker;
})();

beforeEach(() => fakeHostApiSets('1.18'));
afterEach(() => fakeHostApiSets(null));

test('a report is a new sheet in one read and one batch, named apart from a sheet of the same name', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Nov 2026 report');
  const { sheetName } = await writeTrackerReportSheet(t5, 11, 'en-US', 'Tracker', wb.run);
  expect(sheetName).not.toBe('Nov 2026 report');
  expect(wb.sheets.map((s) => s.name)).toEqual(['Nov 2026 report', sheetName]);
  expect(wb.active?.name).toBe(sheetName);
  expect(wb.syncs).toBe(2);
});

test('a batch Excel refuses leaves the workbook as it was, and says so in both languages', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  wb.failAt = [5];
  const e = await writeTrackerReportSheet(t5, 11, 'zh-CN', 'Tracker', wb.run).catch((x) => x);
  expect(e.text.en).toMatch(/^Excel could not write the report "2026年11月报告" \(.+\)\. What had been written was taken back; the workbook is as it was\.$/);
  expect(e.text.zh).toMatch(/^Excel 未能写入报告“2026年11月报告”（.+）。已写入的部分已撤回，工作簿保持原样。$/);
  expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1']);
});

test('a period the tracker has no column for is refused before anything is read', async () => {
  const wb = new FakeWorkbook();
  const quarters = validateTracker({ ...t5KpiTracker, periods: 'quarter' });
  if (!quarters.ok) throw new Error('invalid');
  const e = await writeTrackerReportSheet(quarters.tracker, 2, 'en-US', 'Tracker', wb.run).catch((x) => x);
  expect(e.text).toEqual({
    en: 'There is no period ending in month 2 on a tracker of quarters.',
    zh: '按季度划分的跟踪表中没有在 2 月结束的期间。',
  });
  expect(wb.syncs).toBe(0);
});
