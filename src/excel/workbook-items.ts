import { parseStoredAnalysis, CV_STORE_SHEET } from '../core/customer-value/stored';
import type { CellValue } from '../core/sheet/plan';
import { parseStoredRow } from '../core/sheet/stored';
import { parseStoredTrackerRow } from '../core/sheet/tracker-stored';
import type { WorkbookItem } from '../taskpane/host/pane-host';
import { excelRun, ExcelRun } from './excel-run';
import { queueState } from './scorecard-sheets';
import { queueTrackerState } from './tracker-sheets';

/**
 * Everything the add-in stored in the open workbook, with the sheet each lives on now, in one
 * sync: scorecards and trackers by the defined names that follow their sheets through renames,
 * customer analyses by the results sheet their row names. Rows this version cannot read, and
 * entries whose sheet is gone, are left out: the list shows what can be gone to.
 */
export async function listWorkbookItems(run: ExcelRun = excelRun): Promise<WorkbookItem[]> {
  return run(async (context) => {
    const cards = queueState(context);
    const trackers = queueTrackerState(context);
    const analyses = context.workbook.worksheets.getItemOrNullObject(CV_STORE_SHEET).getUsedRangeOrNullObject(true);
    analyses.load('values');
    await context.sync();
    const items: WorkbookItem[] = [];
    const c = cards();
    for (const r of c.rows) {
      const sheet = c.links.get(String(r.values[0] ?? ''));
      if (!sheet) continue;
      try {
        items.push({ kind: 'scorecard', title: parseStoredRow(r.values, sheet).card.title, sheet });
      } catch {
        // A damaged or newer definition is reported when its own sheet is opened, not here.
      }
    }
    const t = trackers();
    for (const row of t.rows) {
      try {
        const entry = parseStoredTrackerRow(row, String(row[3] ?? ''));
        const sheet = t.links.get(entry.linkId);
        if (sheet) items.push({ kind: 'tracker', title: entry.tracker.title, year: entry.tracker.year, sheet });
      } catch {
        // As above: the watch and the sheet itself say what is wrong with it.
      }
    }
    const sheets = new Set(c.sheets.map((s) => s.name));
    for (const row of analyses.isNullObject ? [] : (analyses.values as CellValue[][]).slice(1)) {
      const entry = parseStoredAnalysis(row);
      if (entry && sheets.has(entry.resultsSheet))
        items.push({ kind: 'analysis', title: { en: entry.resultsSheet, zh: entry.resultsSheet }, sheet: entry.resultsSheet, source: entry.source });
    }
    return items;
  });
}

/** Makes a sheet of the open workbook the active one. */
export async function showSheet(sheet: string, run: ExcelRun = excelRun): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    // A hidden sheet cannot be activated (Worksheet.activate); going to it shows it first.
    ws.visibility = 'Visible';
    ws.activate();
    await context.sync();
  });
}
