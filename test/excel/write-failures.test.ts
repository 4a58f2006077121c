import { Scorecard } from '../../src/core/scorecard';
import { buildScorecardLayout, CellValue, parseAddress, parseStoredRow, STORE_SHEET } from '../../src/core/sheet';
import { ScorecardWriteError, writeScorecardSheet } from '../../src/excel/scorecard-sheets';
import { metCard, valid } from '../helpers/cards';
import { FakeSheet, FakeWorkbook } from '../helpers/fake-excel';

/*
 * Excel keeps what ran before a failing operation and rolls nothing back (OfficeExtension.Error,
 * traceMessages example; excel-contract.md). These tests refuse each write operation of a
 * generation and of a regeneration in turn and check that the workbook is then exactly as it
 * was, or that the write had already passed its point of no return and is complete, and that a
 * following write still works. Expected contents come from the scorecard given and its plan
 * (buildScorecardLayout), expected "as it was" from the workbook before the attempt.
 */

const sized = (title: string, criteria: number, candidates: number): Scorecard => metCard(criteria, candidates, title);

// Small cards keep the number of operations, and so of attempts, in the hundreds; the new
// layout is larger than the old so that anything left of either would show.
const original = sized('Vendors', 1, 1);
const edited = sized('Vendors edited', 2, 2);
const againEdited = sized('Vendors again', 1, 2);

const shown = (s: FakeSheet) =>
  Object.fromEntries([...s.cells].filter(([, c]) => c.input !== undefined && c.input !== '').map(([a, c]) => [a, FakeWorkbook.valueOf(c.input)]));

/**
 * Everything the workbook holds, as canonical JSON (compared as text: hundreds of deep
 * comparisons would be slow): each sheet in tab order with all it records, the names as Excel
 * reports them, the active sheet. The store is taken by the values it shows, the way it is read.
 */
function picture(wb: FakeWorkbook): string {
  const sorted = (m: Map<unknown, unknown>) => [...m].sort(([a], [b]) => String(a).localeCompare(String(b)));
  return JSON.stringify({
    sheets: wb.sheets.map((s) =>
      s.name === STORE_SHEET
        ? { id: s.id, name: s.name, visibility: s.visibility, shown: shown(s) }
        : { ...s, cells: sorted(s.cells), columnWidths: sorted(s.columnWidths), rowHeights: sorted(s.rowHeights) },
    ),
    names: sorted(new Map([...wb.names].map(([n, v]) => [n, `${v.sheet.deleted ? '#REF!' : v.sheet.name}!${v.range}`]))),
    active: wb.active?.id,
  });
}

/** Equal pictures; on a difference, the parsed ones are compared so the report shows where. */
function expectSamePicture(now: string, before: string) {
  if (now !== before) expect(JSON.parse(now)).toEqual(JSON.parse(before));
}

/** The stored rows as they read, row number → values. */
function storedRows(wb: FakeWorkbook): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [a, c] of wb.sheet(STORE_SHEET).cells) {
    const { row, col } = parseAddress(a);
    if (row === 1 || c.input === undefined || c.input === '') continue;
    (rows[row] ??= [])[col - 1] = FakeWorkbook.valueOf(c.input);
  }
  return rows.filter(Boolean).map((r) => Array.from(r, (v) => v ?? ''));
}

/** The sheet holds exactly the plan of `card`, its names point at it, its definition is stored once. */
function expectWritten(wb: FakeWorkbook, sheetName: string, card: Scorecard, linkId: string) {
  const sheet = wb.sheet(sheetName);
  const { plan } = buildScorecardLayout(valid(card), 'en-US', linkId);
  const planned = Object.fromEntries(
    plan.cells
      .filter((c) => c.formula !== undefined || (c.value ?? '') !== '')
      .map((c) => [`${String.fromCharCode(64 + c.col)}${c.row}`, c.formula !== undefined ? `=${c.formula}` : c.value]),
  );
  expect(shown(sheet)).toEqual(planned);
  const ours = [...wb.names].filter(([n]) => n === `CRM_SC_${linkId}` || n.startsWith(`CRM_SC_${linkId}_`));
  expect(Object.fromEntries(ours.map(([n, v]) => [n, { sheet: v.sheet.name, deleted: !!v.sheet.deleted, range: v.range }]))).toEqual(
    Object.fromEntries(plan.names.map((n) => [n.name, { sheet: sheetName, deleted: false, range: n.range }])),
  );
  const rows = storedRows(wb).filter((r) => r[0] === linkId);
  expect(rows).toHaveLength(1);
  expect(parseStoredRow(rows[0], sheetName).card).toEqual(card);
}

/** Sheet "Before", a scorecard, the names of a scorecard whose sheet the user deleted, sheet "After". */
async function workbookWithScorecard() {
  const wb = new FakeWorkbook();
  wb.addSheet('Before').cells.set('B2', { input: 1 });
  const { sheetName } = await writeScorecardSheet(valid(original), 'en-US', { linkId: 'keep0001' }, wb.run);
  const gone = await writeScorecardSheet(valid(sized('Gone', 1, 2)), 'en-US', { linkId: 'gone0001' }, wb.run);
  wb.addSheet('After').cells.set('C3', { input: 'x' });
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem(gone.sheetName).delete();
    await context.sync();
  });
  wb.active = wb.sheet('After');
  wb.operations = 0;
  return { wb, sheetName };
}

/**
 * Refuses operation n of `write`, for every n of a complete write, each time on a fresh copy of
 * `start`, and checks the workbook with `verify`. Then `followUp` writes again from every
 * workbook that was left: once per distinct picture, since two workbooks with the same picture
 * hold the same things and a write from either does the same (this keeps hundreds of attempts
 * fast). Returns for each n whether the write was refused.
 */
async function refuseEach(
  start: FakeWorkbook,
  write: (wb: FakeWorkbook) => Promise<unknown>,
  verify: (wb: FakeWorkbook, refused: boolean, left: string) => void,
  followUp: (wb: FakeWorkbook, refused: boolean) => Promise<void>,
) {
  const probe = start.copy();
  await write(probe);
  const total = probe.operations;
  const outcomes: boolean[] = [];
  const followed = new Set<string>();
  for (let n = 1; n <= total; n++) {
    const wb = start.copy();
    wb.failAt = [n];
    const error = await write(wb).then(
      () => null,
      (e: unknown) => e,
    );
    wb.failAt = [];
    if (error) expect(error).toBeInstanceOf(ScorecardWriteError);
    const left = picture(wb);
    verify(wb, error !== null, left);
    outcomes.push(error !== null);
    if (!followed.has(left)) {
      followed.add(left);
      await followUp(wb, error !== null);
    }
  }
  return { total, outcomes };
}

/** One point of no return: every refusal before it undoes the write, every one after it is harmless. */
function expectOnePointOfNoReturn(outcomes: boolean[]) {
  const firstDone = outcomes.indexOf(false);
  expect(outcomes.slice(firstDone < 0 ? outcomes.length : firstDone)).not.toContain(true);
  expect(outcomes[0]).toBe(true);
}

test('a regeneration refused at any of its operations leaves the workbook exactly as it was (or had already happened); the next one works', async () => {
  const { wb: start, sheetName } = await workbookWithScorecard();
  const before = picture(start);
  const { total, outcomes } = await refuseEach(
    start,
    (wb) => writeScorecardSheet(valid(edited), 'en-US', { sheetName }, wb.run),
    (wb, refused, left) => {
      if (refused) expectSamePicture(left, before);
      else expectWritten(wb, sheetName, edited, 'keep0001');
    },
    async (wb) => {
      // Whatever happened, the sheet can still be regenerated, in its place, with nothing left over.
      await writeScorecardSheet(valid(againEdited), 'en-US', { sheetName }, wb.run);
      expect(wb.sheets.map((s) => s.name)).toEqual(['Before', sheetName, STORE_SHEET, 'After']);
      expectWritten(wb, sheetName, againEdited, 'keep0001');
    },
  );
  expect(total).toBeGreaterThan(100);
  expectOnePointOfNoReturn(outcomes);
});

test('a first generation refused at any of its operations leaves the workbook exactly as it was (or had already happened); the next one works', async () => {
  const blank = new FakeWorkbook();
  blank.addSheet('Sheet1').cells.set('A1', { input: 'keep me' });
  for (const start of [
    // A workbook as Excel opens a new one: no store yet, so the attempt also creates it.
    blank,
    // A workbook that already has a scorecard, its store and a deleted scorecard's #REF! names.
    (await workbookWithScorecard()).wb,
  ]) {
    const before = picture(start);
    const { outcomes } = await refuseEach(
      start,
      (wb) => writeScorecardSheet(valid(edited), 'en-US', { linkId: 'new00001' }, wb.run),
      (wb, refused, left) => {
        if (refused) expectSamePicture(left, before);
        else expectWritten(wb, 'Vendors edited', edited, 'new00001');
      },
      async (wb, refused) => {
        if (refused) {
          // Nothing was left behind, so the title is free again: no " (2)".
          const { sheetName } = await writeScorecardSheet(valid(edited), 'en-US', { linkId: 'new00001' }, wb.run);
          expect(sheetName).toBe('Vendors edited');
        } else {
          const { sheetName } = await writeScorecardSheet(valid(edited), 'en-US', { linkId: 'new00002' }, wb.run);
          expect(sheetName).toBe('Vendors edited (2)');
        }
        expectWritten(wb, 'Vendors edited', edited, 'new00001');
      },
    );
    expectOnePointOfNoReturn(outcomes);
  }
});

test('a refused write says, in both languages, that the workbook was put back', async () => {
  const { wb, sheetName } = await workbookWithScorecard();
  wb.failAt = [2];
  const error = (await writeScorecardSheet(valid(edited), 'en-US', { sheetName }, wb.run).catch((e: unknown) => e)) as ScorecardWriteError;
  expect(error.text.en).toMatch(
    new RegExp(
      `^Excel could not write the scorecard sheet "${sheetName}" \\(GeneralException: .*\\)\\. What had been written was taken back; the workbook is as it was\\.$`,
    ),
  );
  expect(error.text.zh).toContain(`Excel 未能写入评分表工作表“${sheetName}”`);
  expect(error.text.zh).toContain('工作簿保持原样');
  expect(error.cause).toMatchObject({ code: 'GeneralException' });
});

test('when taking back fails too, the message names the sheets to check, and a later regeneration still works', async () => {
  const { wb, sheetName } = await workbookWithScorecard();
  // Operation 2 is refused while the new sheet is being built; operation 3, the first of the
  // taking back (deleting that half-built sheet), is refused as well.
  wb.failAt = [2, 3];
  const error = (await writeScorecardSheet(valid(edited), 'en-US', { sheetName }, wb.run).catch((e: unknown) => e)) as ScorecardWriteError;
  expect(error).toBeInstanceOf(ScorecardWriteError);
  expect(error.text.en).toContain('taking back what had been written failed too');
  expect(error.text.en).toContain(`"${sheetName} new"`);
  expect(error.text.zh).toContain(`“${sheetName} new”`);
  expect(wb.sheets.map((s) => s.name)).toContain(`${sheetName} new`);
  // The old sheet is still the linked one, so it can be regenerated; the leftover is the user's to delete.
  wb.failAt = [];
  await writeScorecardSheet(valid(edited), 'en-US', { sheetName }, wb.run);
  expectWritten(wb, sheetName, edited, 'keep0001');
});
