import { STORE_SHEET } from '../../src/core/sheet';
import { writeConsolidatedSheets } from '../../src/excel/consolidated-sheets';
import { ScorecardWriteError, writeScorecardSheet } from '../../src/excel/scorecard-sheets';
import { metCard, valid } from '../helpers/cards';
import { FakeSheet, FakeWorkbook } from '../helpers/fake-excel';
import { panelCard } from '../helpers/panel-card';

/*
 * Excel rolls nothing back when an operation of a batch fails (excel-add-ins-error-handling.md;
 * excel-contract.md). A consolidated appraisal is written in one batch: refusing any of its
 * operations must leave the workbook exactly as it was, a scorecard already in it included.
 */
const shown = (s: FakeSheet) =>
  Object.fromEntries([...s.cells].filter(([, c]) => c.input !== undefined && c.input !== '').map(([a, c]) => [a, FakeWorkbook.valueOf(c.input)]));

function picture(wb: FakeWorkbook): string {
  const sorted = (m: Map<unknown, unknown>) => [...m].sort(([a], [b]) => String(a).localeCompare(String(b)));
  return JSON.stringify({
    sheets: wb.sheets.map((s) =>
      s.name === STORE_SHEET
        ? { id: s.id, name: s.name, visibility: s.visibility, shown: shown(s) }
        : { ...s, cells: sorted(s.cells), rowHeights: sorted(s.rowHeights) },
    ),
    names: sorted(new Map([...wb.names].map(([n, v]) => [n, `${v.sheet.deleted ? '#REF!' : v.sheet.name}!${v.range}`]))),
  });
}

async function start(withStore: boolean) {
  const wb = new FakeWorkbook();
  wb.addSheet('Before').cells.set('B2', { input: 1 });
  if (withStore) await writeScorecardSheet(valid(metCard(1, 1, 'Vendors')), 'en-US', { linkId: 'keep0001' }, wb.run);
  wb.operations = 0;
  return wb;
}

const write = (wb: FakeWorkbook) => writeConsolidatedSheets(valid(panelCard), 'en-US', { linkIds: ['lnkann1', 'lnkbo01', 'lnkcy01'] }, wb.run);

test.each([false, true])('a refused operation leaves the workbook as it was (store already there: %s)', async (withStore) => {
  const base = await start(withStore);
  const probe = base.copy();
  const done = await write(probe);
  expect(probe.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Before', done.sheetName, ...done.appraiserSheets, STORE_SHEET]));
  const total = probe.operations;
  expect(total).toBeGreaterThan(100);
  const before = picture(base);
  // Every 25th operation, and the first and last few: the sheets, names and stored rows in turn.
  const refused = [...new Set([1, 2, 3, ...Array.from({ length: Math.floor(total / 25) }, (_, i) => (i + 1) * 25), total - 2, total - 1, total])].filter(
    (n) => n >= 1 && n <= total,
  );
  for (const n of refused) {
    const wb = base.copy();
    wb.failAt = [wb.operations + n];
    await expect(write(wb)).rejects.toBeInstanceOf(ScorecardWriteError);
    const now = picture(wb);
    if (now !== before) expect([n, JSON.parse(now)]).toEqual([n, JSON.parse(before)]);
  }
});

test('the message says the workbook is as it was, in both languages', async () => {
  const wb = await start(true);
  wb.failAt = [50];
  const e = (await write(wb).catch((x: unknown) => x)) as ScorecardWriteError;
  expect(e.text.en).toMatch(/^Excel could not write the consolidated appraisal \(.+\)\. What had been written was taken back; the workbook is as it was\.$/);
  expect(e.text.zh).toMatch(/^Excel 未能写入多人考评汇总（.+）。已写入的部分已撤回，工作簿保持原样。$/);
});
