import type { Lang, Text } from '../core/errors';
import type { ValidTracker } from '../core/kpi/validate';
import { assertPlanFits } from '../core/sheet/limits';
import { uniqueSheetName } from '../core/sheet/sheet-name';
import { STORE_SHEET } from '../core/sheet/stored';
import { buildTrackerReport, reportSheetTitle } from '../core/sheet/tracker-report-plan';
import { TRACKER_STORE_SHEET } from '../core/sheet/tracker-stored';
import { excelRun, ExcelRun } from './excel-run';
import { TrackerWriteError } from './tracker-sheets';
import { queuePlan } from './write-plan';

/*
 * A tracker's one-page report written as a new sheet of the open workbook: one read for the
 * sheet names, one batch that adds and fills the sheet. It never writes over a sheet: its name
 * is made unique. Excel rolls nothing back when a batch fails (excel-add-ins-error-handling.md),
 * so a failed batch is followed by one that deletes the sheet if it was added.
 */
const undone = (sheet: string, why: string): Text => ({
  en: `Excel could not write the report "${sheet}" (${why}). What had been written was taken back; the workbook is as it was.`,
  zh: `Excel 未能写入报告“${sheet}”（${why}）。已写入的部分已撤回，工作簿保持原样。`,
});

export async function writeTrackerReportSheet(
  t: ValidTracker,
  endMonth: number,
  lang: Lang,
  sourceSheet: string,
  run: ExcelRun = excelRun,
): Promise<{ sheetName: string }> {
  const { plan } = buildTrackerReport(t, endMonth, lang, sourceSheet);
  assertPlanFits(plan);
  const before = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
  const sheetName = uniqueSheetName(reportSheetTitle(t, endMonth, lang), [...before, STORE_SHEET, TRACKER_STORE_SHEET]);
  try {
    await run(async (context) => {
      const wb = context.workbook;
      const ws = wb.worksheets.add(sheetName);
      queuePlan(ws, plan, wb, sheetName);
      ws.activate();
      await context.sync();
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    try {
      await run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        if (sheets.items.some((s) => s.name === sheetName)) {
          sheets.getItem(sheetName).delete();
          await context.sync();
        }
      });
    } catch {
      // The first failure is the one to report.
    }
    throw new TrackerWriteError(undone(sheetName, why), e);
  }
  return { sheetName };
}
