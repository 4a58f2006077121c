import type { Lang, Text } from '../core/errors';
import { appraisersOf } from '../core/scorecard/consolidate';
import type { ValidScorecard } from '../core/scorecard/validate';
import { rangeOf } from '../core/sheet/a1';
import { planConsolidatedWorkbook } from '../core/sheet/consolidated-plan';
import { assertPlanFits } from '../core/sheet/limits';
import { newLinkId, STORE_HEADER, STORE_SHEET, storedRow } from '../core/sheet/stored';
import { excelRun, ExcelRun } from './excel-run';
import { ownedBy, queueState, queueStoredRow, readState, ScorecardWriteError } from './scorecard-sheets';
import { queuePlan } from './write-plan';

/*
 * A card of several appraisers written into the open workbook: the consolidated sheet and a
 * sheet per appraiser with its stored definition, in one batch after one read (two syncs).
 * Excel rolls nothing back when an operation of the batch fails (excel-add-ins-error-handling.md),
 * so a failed batch is followed by a read and a batch that deletes the sheets, names and stored
 * rows this attempt added: the workbook is then as it was.
 */
const problem = {
  undone: (why: string): Text => ({
    en: `Excel could not write the consolidated appraisal (${why}). What had been written was taken back; the workbook is as it was.`,
    zh: `Excel 未能写入多人考评汇总（${why}）。已写入的部分已撤回，工作簿保持原样。`,
  }),
  notUndone: (why: string, sheets: string[]): Text => ({
    en: `Excel could not write the consolidated appraisal (${why}), and taking back what had been written failed too. Check the sheets ${sheets.map((s) => `"${s}"`).join(', ')}.`,
    zh: `Excel 未能写入多人考评汇总（${why}），撤回已写入的部分也失败了。请检查工作表 ${sheets.map((s) => `“${s}”`).join('、')}。`,
  }),
};

export async function writeConsolidatedSheets(
  card: ValidScorecard,
  lang: Lang,
  options: { linkIds?: string[] } = {},
  run: ExcelRun = excelRun,
): Promise<{ sheetName: string; appraiserSheets: string[] }> {
  const before = await readState(run);
  const linkIds = options.linkIds ?? appraisersOf(card).map(() => newLinkId());
  const planned = planConsolidatedWorkbook(card, lang, linkIds, [...before.sheets.map((s) => s.name), STORE_SHEET]);
  // Refused before anything is written (src/core/sheet/limits.ts).
  assertPlanFits(planned.layout.plan);
  for (const a of planned.appraisers) assertPlanFits(a.layout.plan);
  const firstRow = before.rows.length === 0 ? 2 : Math.max(...before.rows.map((r) => r.row)) + 1;
  const added = [planned.sheetName, ...planned.appraisers.map((a) => a.sheetName)];
  try {
    await run(async (context) => {
      const wb = context.workbook;
      const front = wb.worksheets.add(planned.sheetName);
      queuePlan(front, planned.layout.plan, wb, planned.sheetName);
      for (const a of planned.appraisers) {
        const ws = wb.worksheets.add(a.sheetName);
        // The plan's names (the link to the stored row, totals, ranks, ratings) come with it.
        queuePlan(ws, a.layout.plan, wb, a.sheetName);
      }
      // After the sheets, so that the store is never the only visible sheet (see scorecard-sheets.ts).
      const store = before.storeExists ? wb.worksheets.getItem(STORE_SHEET) : wb.worksheets.add(STORE_SHEET);
      if (!before.storeExists) {
        store.visibility = 'VeryHidden';
        store.getRange(rangeOf(1, 1, 1, STORE_HEADER.length)).values = [[...STORE_HEADER]];
      }
      planned.appraisers.forEach((a, i) => queueStoredRow(store, firstRow + i, storedRow({ linkId: a.linkId, lang, sheetName: a.sheetName, card: a.card }), 0));
      front.activate();
      await context.sync();
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    try {
      await run(async (context) => {
        const state = queueState(context);
        await context.sync();
        const now = state();
        const wb = context.workbook;
        for (const n of now.names.keys()) if (linkIds.some((l) => ownedBy(n, l)) && !before.names.has(n)) wb.names.getItem(n).delete();
        const was = new Set(before.sheets.map((s) => s.id));
        for (const s of now.sheets) {
          if (was.has(s.id) || (!added.includes(s.name) && s.name !== STORE_SHEET)) continue;
          const sheet = wb.worksheets.getItem(s.id);
          // A very hidden sheet cannot be deleted (Worksheet.delete remarks).
          if (s.name === STORE_SHEET) sheet.visibility = 'Hidden';
          sheet.delete();
        }
        if (before.storeExists) {
          const width = Math.max(0, ...now.rows.filter((r) => r.row >= firstRow).map((r) => r.values.length));
          if (width > 0)
            wb.worksheets
              .getItem(STORE_SHEET)
              .getRange(rangeOf(firstRow, 1, firstRow + planned.appraisers.length - 1, width))
              .clear();
        }
        await context.sync();
      });
    } catch {
      throw new ScorecardWriteError(problem.notUndone(why, added), e);
    }
    throw new ScorecardWriteError(problem.undone(why), e);
  }
  return { sheetName: planned.sheetName, appraiserSheets: planned.appraisers.map((a) => a.sheetName) };
}
