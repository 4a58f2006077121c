import { changeKpi, removeKpi, t5KpiTracker, validateTracker } from '../../src/core/kpi';
import { buildTrackerLayout } from '../../src/core/sheet/tracker-plan';
import { TRACKER_STORE_SHEET } from '../../src/core/sheet/tracker-stored';
import { rewriteTrackerSheet } from '../../src/excel/tracker-rewrite';
import { watchWorkbook, writeTrackerSheet } from '../../src/excel/tracker-sheets';
import { fakeHostApiSets, FakeWorkbook } from '../helpers/fake-excel';

const t5 = (() => {
  const r = validateTracker(t5KpiTracker);
  if (!r.ok) throw new Error('invalid');
  return r.tracker;
})();

beforeEach(() => fakeHostApiSets('1.18'));
afterEach(() => fakeHostApiSets(null));

/** A workbook with the T5 tracker and December's SMB CSAT typed on its sheet after it was written. */
async function typed() {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  const { sheetName } = await writeTrackerSheet(t5, 'en-US', { linkId: 'edit0001' }, wb.run);
  const layout = buildTrackerLayout(t5, 'en-US', 'edit0001');
  const dec = layout.inputs.actuals.find((a) => a.teamId === 'smb' && a.kpiId === 'csat' && a.endMonth === 12)!.cell;
  wb.sheet(sheetName).cells.get(dec)!.input = 0.87;
  return { wb, sheetName };
}

const stateOf = (wb: FakeWorkbook) => ({
  sheets: wb.sheets.map((s) => s.name),
  names: [...wb.names.entries()].map(([n, v]) => `${n}=${v.sheet.name}!${v.range}`).sort(),
  store: [...wb.sheet(TRACKER_STORE_SHEET).cells.entries()].map(([a, c]) => `${a}=${String(c.input)}`).sort(),
});

test('an edited tracker is rewritten in place: a KPI removed, a target changed, the actuals typed since kept', async () => {
  const { wb, sheetName } = await typed();
  const edited = changeKpi(removeKpi(t5, 'clv'), 'csat', { target: 0.88 });
  const { tracker } = await rewriteTrackerSheet(sheetName, edited, wb.run);
  expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', sheetName, TRACKER_STORE_SHEET]);
  expect(tracker.kpis.map((k) => k.id)).toEqual(['renewal', 'csat', 'churn']);
  const [watch] = await watchWorkbook(wb.run);
  const smb = watch.tracker.teams.find((x) => x.id === 'smb')!;
  // Typed on the sheet after the pane read it: December's 0.87, and the sample's November 0.84.
  expect([smb.actuals.csat[10], smb.actuals.csat[11]]).toEqual([0.84, 0.87]);
  expect(watch.tracker.kpis.find((k) => k.id === 'csat')!.target).toBe(0.88);
  expect(watch.tracker.teams.find((x) => x.id === 'key-accounts')!.actuals.clv).toBeUndefined();
});

test.each([2, 6, 12])('a failure at operation %i of the write is taken back: the workbook is as it was', async (n) => {
  const { wb, sheetName } = await typed();
  const was = stateOf(wb);
  wb.failAt = [wb.operations + n];
  const e = await rewriteTrackerSheet(sheetName, removeKpi(t5, 'clv'), wb.run).catch((x) => x);
  expect(e.text.en).toMatch(/What had been written was taken back; the sheet is as it was\.$/);
  expect(stateOf(wb)).toEqual(was);
});

test('a failure in the swap, up to deleting the old sheet, is taken back too; after it the rewrite stands', async () => {
  // The operations of a whole rewrite, counted on a twin workbook: the swap ends with the old
  // sheet's deletion, then activating the new one.
  const twin = await typed();
  const start = twin.wb.operations;
  await rewriteTrackerSheet(twin.sheetName, removeKpi(t5, 'clv'), twin.wb.run);
  const total = twin.wb.operations - start;
  for (const back of [1, 2, 4, 7]) {
    const { wb, sheetName } = await typed();
    const was = stateOf(wb);
    wb.failAt = [wb.operations + total - back];
    const e = await rewriteTrackerSheet(sheetName, removeKpi(t5, 'clv'), wb.run).catch((x) => x);
    expect([back, e.text?.en]).toEqual([back, expect.stringMatching(/the sheet is as it was\.$/)]);
    expect([back, stateOf(wb)]).toEqual([back, was]);
  }
  const { wb, sheetName } = await typed();
  wb.failAt = [wb.operations + total];
  await expect(rewriteTrackerSheet(sheetName, removeKpi(t5, 'clv'), wb.run)).resolves.toMatchObject({ sheetName });
  expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', sheetName, TRACKER_STORE_SHEET]);
});

test('a sheet that is not a tracker is refused before anything is written', async () => {
  const { wb } = await typed();
  const e = await rewriteTrackerSheet('Sheet1', t5, wb.run).catch((x) => x);
  expect(e.text.zh).toBe('工作表“Sheet1”已不再是本工作簿的KPI跟踪表；未写入任何内容。');
  expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', expect.any(String), TRACKER_STORE_SHEET]);
});
