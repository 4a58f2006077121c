import { alertsOf, t5KpiTracker, trackTracker, validateTracker, ValidTracker } from '../../src/core/kpi';
import { parseAddress } from '../../src/core/sheet/a1';
import { readTrackerBack } from '../../src/core/sheet/tracker-read-back';
import { TRACKER_STORE_SHEET } from '../../src/core/sheet/tracker-stored';
import { readWorkbookTrackers, selectCell, TrackerWriteError, writeTrackerSheet } from '../../src/excel/tracker-sheets';
import { FakeWorkbook } from '../helpers/fake-excel';

const checked = (): ValidTracker => {
  const r = validateTracker(t5KpiTracker);
  if (!r.ok) throw new Error('invalid');
  return r.tracker;
};

test('a tracker is written in two syncs, stored very hidden, and found again with its sheet renamed', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  const { sheetName } = await writeTrackerSheet(checked(), 'en-US', { linkId: 'track001' }, wb.run);
  // The year first: a long title is cut to Excel's 31 characters at its last whole word.
  expect(sheetName).toBe('2026 CRM KPI targets and');
  expect(wb.syncs).toBe(2);
  expect(wb.sheet(TRACKER_STORE_SHEET).visibility).toBe('VeryHidden');
  expect(wb.active?.name).toBe(sheetName);
  wb.sheet(sheetName).name = 'KPIs';
  const found = await readWorkbookTrackers(wb.run);
  expect(found.map((f) => [f.sheet, f.linkId, f.tracker.id])).toEqual([['KPIs', 'track001', 't5-kpi-tracker']]);
});

test('what is typed on the sheet reaches the watch: a new actual changes the alerts', async () => {
  const wb = new FakeWorkbook();
  await writeTrackerSheet(checked(), 'zh-CN', { linkId: 'track002' }, wb.run);
  const [before] = await readWorkbookTrackers(wb.run);
  const at = (values: typeof before.values) => (cell: string) => {
    const { row, col } = parseAddress(cell);
    return values[row - 1]?.[col - 1] ?? null;
  };
  const first = readTrackerBack(before, at(before.values));
  expect(alertsOf(trackTracker(first.tracker)).map((a) => `${a.team.id}/${a.kpi.id}`)).toEqual(['smb/csat', 'smb/churn']);
  // The SMB team's December CSAT of 0.91 is typed (by hand: ≥ 0.90, on track), and a
  // percentage typed as 93 in the key accounts' December, which the tracker refuses.
  const csat = first.layout.inputs.actuals.filter((a) => a.kpiId === 'csat' && a.endMonth === 12);
  const sheet = wb.sheet(before.sheet);
  sheet.cells.get(csat.find((a) => a.teamId === 'smb')!.cell)!.input = 0.91;
  sheet.cells.get(csat.find((a) => a.teamId === 'key-accounts')!.cell)!.input = 93;
  const [after] = await readWorkbookTrackers(wb.run);
  const second = readTrackerBack(after, at(after.values));
  expect(second.skipped).toEqual([csat.find((a) => a.teamId === 'key-accounts')!.cell]);
  expect(alertsOf(trackTracker(second.tracker)).map((a) => `${a.team.id}/${a.kpi.id}`)).toEqual(['smb/churn']);
});

test('a refused operation leaves the workbook as it was, for every operation of the write', async () => {
  const start = new FakeWorkbook();
  start.addSheet('Sheet1').cells.set('A1', { input: 'keep me' });
  const probe = start.copy();
  await writeTrackerSheet(checked(), 'en-US', { linkId: 'track003' }, probe.run);
  const total = probe.operations;
  expect(total).toBeGreaterThan(50);
  // Every 25th operation and the last few: each must be undone completely.
  const tried = [...new Set([1, ...Array.from({ length: Math.floor(total / 25) }, (_, i) => (i + 1) * 25), total - 2, total - 1, total])].filter(
    (n) => n <= total,
  );
  for (const n of tried) {
    const wb = start.copy();
    wb.failAt = [n + wb.operations];
    await expect(writeTrackerSheet(checked(), 'en-US', { linkId: 'track003' }, wb.run)).rejects.toBeInstanceOf(TrackerWriteError);
    expect([n, wb.sheets.map((s) => s.name), [...wb.names.keys()]]).toEqual([n, ['Sheet1'], []]);
    expect(wb.sheet('Sheet1').cells.get('A1')?.input).toBe('keep me');
  }
});

test('a link of the watch activates the sheet and selects the cell', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  const { sheetName } = await writeTrackerSheet(checked(), 'en-US', { linkId: 'track004' }, wb.run);
  wb.active = wb.sheet('Sheet1');
  await selectCell(sheetName, 'E37', wb.run);
  expect([wb.active?.name, wb.activeCell]).toEqual([sheetName, 'E37']);
});
