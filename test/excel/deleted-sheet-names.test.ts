import { valid } from '../helpers/cards';
/* eslint-disable @typescript-eslint/no-explicit-any -- stands in for untyped Office.js proxies and custom-function arguments */
import { t1SupervisorAppraisal, t2VendorSelection } from '../../src/core/scorecard';
import { STORE_SHEET } from '../../src/core/sheet';
import { isDeletedSheetReference, listStoredScorecards, readActiveScorecard, writeScorecardSheet } from '../../src/excel/scorecard-sheets';
import { FakeWorkbook } from '../helpers/fake-excel';

/*
 * In Excel, deleting a worksheet leaves the workbook names that referred to it, now #REF!
 * (office-js #4772: by design; #3583 shows the formula "=#REF!$…"). A user who deletes a
 * generated sheet by hand leaves our CRM_SC_* names behind; they are tidied away, and never
 * taken for a link to a live sheet.
 */

const formulas = (wb: FakeWorkbook) =>
  wb.run(async (context: any) => {
    const names = context.workbook.names;
    names.load('items/name,items/formula');
    await context.sync();
    return Object.fromEntries(names.items.map((n: any) => [n.name, n.formula])) as Record<string, string>;
  });

const deleteSheet = (wb: FakeWorkbook, name: string) =>
  wb.run(async (context: any) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });

const ours = (names: Record<string, string>, linkId: string) => Object.keys(names).filter((n) => n === `CRM_SC_${linkId}` || n.startsWith(`CRM_SC_${linkId}_`));

async function twoScorecardsOneDeleted() {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  const gone = await writeScorecardSheet(valid(t1SupervisorAppraisal), 'en-US', { linkId: 'gone0001' }, wb.run);
  await writeScorecardSheet(valid(t2VendorSelection), 'en-US', { linkId: 'kept0001' }, wb.run);
  // A name of the user's own into the sheet that is deleted: not ours to remove.
  wb.names.set('MyTotal', { sheet: wb.sheet(gone.sheetName), range: 'B3' });
  await deleteSheet(wb, gone.sheetName);
  return { wb, gone: gone.sheetName };
}

test('#REF! references are recognised: unquoted #REF! only, a sheet called "#REF" is a sheet', () => {
  expect(isDeletedSheetReference('=#REF!$A$1')).toBe(true);
  expect(isDeletedSheetReference('=#REF!$A$1:$B$2')).toBe(true);
  expect(isDeletedSheetReference("='#REF'!$A$1")).toBe(false);
  expect(isDeletedSheetReference("='Vendors'!$A$1")).toBe(false);
});

test('listing stored scorecards removes the #REF! names of a deleted scorecard sheet, keeps its definition and every other name', async () => {
  const { wb } = await twoScorecardsOneDeleted();
  const before = await formulas(wb);
  expect(ours(before, 'gone0001')).toHaveLength(4);
  expect(ours(before, 'gone0001').every((n) => before[n].startsWith('=#REF!'))).toBe(true);

  wb.syncs = 0;
  const cards = await listStoredScorecards(wb.run);
  // The definition travels with the workbook as a template even though its sheet is gone.
  expect(cards.map((c) => c.id)).toEqual([t1SupervisorAppraisal.id, t2VendorSelection.id]);
  expect(wb.syncs).toBe(2);
  const after = await formulas(wb);
  expect(ours(after, 'gone0001')).toEqual([]);
  expect(ours(after, 'kept0001')).toHaveLength(4);
  expect(after.MyTotal).toBe('=#REF!$B$3');

  // Nothing left to tidy: one sync.
  wb.syncs = 0;
  await listStoredScorecards(wb.run);
  expect(wb.syncs).toBe(1);
});

test('when tidying is refused, the list still comes back and the names are tidied the next time', async () => {
  const { wb } = await twoScorecardsOneDeleted();
  wb.operations = 0;
  wb.failAt = [1];
  expect(await listStoredScorecards(wb.run)).toHaveLength(2);
  expect(ours(await formulas(wb), 'gone0001')).toHaveLength(4);
  wb.failAt = [];
  await listStoredScorecards(wb.run);
  expect(ours(await formulas(wb), 'gone0001')).toEqual([]);
});

test('a regeneration removes the #REF! names of deleted scorecards, and leaves none of its own behind', async () => {
  const { wb } = await twoScorecardsOneDeleted();
  const kept = wb.sheets.find((s) => s.name !== 'Sheet1' && s.name !== STORE_SHEET)!;
  // A name an earlier version gave the sheet that the current layout no longer has.
  wb.names.set('CRM_SC_kept0001_LEGACY', { sheet: kept, range: 'A2' });
  await writeScorecardSheet(valid(t2VendorSelection), 'en-US', { sheetName: kept.name }, wb.run);
  const after = await formulas(wb);
  expect(ours(after, 'gone0001')).toEqual([]);
  expect(ours(after, 'kept0001').sort()).toEqual(['CRM_SC_kept0001', 'CRM_SC_kept0001_RANKS', 'CRM_SC_kept0001_RATINGS', 'CRM_SC_kept0001_TOTALS']);
  expect(Object.entries(after).filter(([n, f]) => n.startsWith('CRM_SC_') && f.includes('#REF!'))).toEqual([]);
  expect(after.MyTotal).toBe('=#REF!$B$3');
});

test('a sheet that takes a deleted scorecard\'s place is not taken for it, even one called "#REF"', async () => {
  const { wb, gone } = await twoScorecardsOneDeleted();
  for (const name of [gone, '#REF']) {
    wb.active = wb.addSheet(name);
    expect(await readActiveScorecard(wb.run)).toBeNull();
    await expect(writeScorecardSheet(valid(t1SupervisorAppraisal), 'en-US', { sheetName: name }, wb.run)).rejects.toThrow(/not generated as a scorecard/);
  }
});
