import { CrmError, Lang, Text } from '../core/errors';
import type { ValidTracker } from '../core/kpi/validate';
import { rangeOf } from '../core/sheet/a1';
import { assertPlanFits } from '../core/sheet/limits';
import type { CellValue } from '../core/sheet/plan';
import { uniqueSheetName } from '../core/sheet/sheet-name';
import { newLinkId, STORE_SHEET } from '../core/sheet/stored';
import { buildTrackerLayout, trackerLinkName, trackerSheetTitle } from '../core/sheet/tracker-plan';
import { parseStoredTrackerRow, StoredTracker, storedTrackerRow, TRACKER_STORE_SHEET } from '../core/sheet/tracker-stored';
import { TrackerWatch, valuesAt, watchTracker } from '../core/sheet/tracker-watch';
import { excelRun, ExcelRun } from './excel-run';
import { sheetOfReference, isDeletedSheetReference } from './scorecard-sheets';
import { cellInput, queuePlan } from './write-plan';

/*
 * KPI tracker sheets in the open workbook. A tracker is always written as a new sheet: one
 * read (sheet names, stored trackers), then one batch that adds the sheet, its names and its
 * stored row. Excel does not roll a failed batch back (OfficeExtension.Error), so on failure
 * the workbook is read again and what this attempt added is deleted, leaving it as it was.
 */
const HEADER = ['link', 'version', 'language', 'sheet', 'definition'];

export interface TrackerState {
  sheets: string[];
  storeExists: boolean;
  rows: CellValue[][];
  /** Link id → sheet name, for links whose sheet still exists. */
  links: Map<string, string>;
}

export function queueTrackerState(context: Excel.RequestContext): () => TrackerState {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const store = sheets.getItemOrNullObject(TRACKER_STORE_SHEET);
  const used = store.getUsedRangeOrNullObject(true);
  used.load('values');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  return () => {
    const links = new Map<string, string>();
    for (const n of names.items) {
      const m = /^CRM_KT_([A-Za-z0-9]+)$/.exec(n.name);
      const formula = String(n.formula);
      const sheet = m && !isDeletedSheetReference(formula) ? sheetOfReference(formula) : null;
      if (m && sheet) links.set(m[1], sheet);
    }
    return {
      sheets: sheets.items.map((s) => s.name),
      storeExists: !store.isNullObject,
      rows: used.isNullObject ? [] : (used.values as CellValue[][]).slice(1),
      links,
    };
  };
}

const undone = (sheet: string, why: string): Text => ({
  en: `Excel could not write the KPI tracker "${sheet}" (${why}). What had been written was taken back; the workbook is as it was.`,
  zh: `Excel 未能写入KPI跟踪表“${sheet}”（${why}）。已写入的部分已撤回，工作簿保持原样。`,
});

export class TrackerWriteError extends CrmError {
  constructor(
    text: Text,
    readonly cause: unknown,
  ) {
    super('VALUE', text);
    this.name = 'TrackerWriteError';
  }
}

export async function writeTrackerSheet(
  t: ValidTracker,
  lang: Lang,
  options: { linkId?: string } = {},
  run: ExcelRun = excelRun,
): Promise<{ sheetName: string }> {
  const before = await run(async (context) => {
    const state = queueTrackerState(context);
    await context.sync();
    return state();
  });
  const linkId = options.linkId ?? newLinkId();
  const sheetName = uniqueSheetName(trackerSheetTitle(t, lang), [...before.sheets, STORE_SHEET, TRACKER_STORE_SHEET]);
  const layout = buildTrackerLayout(t, lang, linkId);
  assertPlanFits(layout.plan);
  const storeRow = before.rows.length + 2;
  const row = storedTrackerRow({ linkId, lang, sheetName, tracker: t }).map(cellInput);
  try {
    await run(async (context) => {
      const wb = context.workbook;
      const ws = wb.worksheets.add(sheetName);
      queuePlan(ws, layout.plan, wb, sheetName);
      // The store after the sheet, so that it is never the workbook's only visible sheet.
      const store = before.storeExists ? wb.worksheets.getItem(TRACKER_STORE_SHEET) : wb.worksheets.add(TRACKER_STORE_SHEET);
      if (!before.storeExists) {
        store.visibility = 'VeryHidden';
        store.getRange(rangeOf(1, 1, 1, HEADER.length)).values = [HEADER];
      }
      store.getRange(rangeOf(storeRow, 1, storeRow, row.length)).values = [row];
      ws.activate();
      await context.sync();
    });
  } catch (e) {
    throw await takeBack(before, sheetName, linkId, storeRow, row.length, e, run);
  }
  return { sheetName };
}

async function takeBack(
  before: TrackerState,
  sheetName: string,
  linkId: string,
  storeRow: number,
  width: number,
  failure: unknown,
  run: ExcelRun,
): Promise<TrackerWriteError> {
  const why = failure instanceof Error ? failure.message : String(failure);
  try {
    await run(async (context) => {
      const wb = context.workbook;
      const sheets = wb.worksheets;
      sheets.load('items/name');
      const names = wb.names;
      names.load('items/name');
      await context.sync();
      for (const n of names.items)
        if (n.name === trackerLinkName(linkId) || n.name.startsWith(`${trackerLinkName(linkId)}_`)) wb.names.getItem(n.name).delete();
      const now = sheets.items.map((s) => s.name);
      if (now.includes(sheetName) && !before.sheets.includes(sheetName)) sheets.getItem(sheetName).delete();
      if (now.includes(TRACKER_STORE_SHEET)) {
        const store = sheets.getItem(TRACKER_STORE_SHEET);
        // A very hidden sheet cannot be deleted (Worksheet.delete remarks): hide it less first.
        if (!before.storeExists) {
          store.visibility = 'Hidden';
          store.delete();
        } else store.getRange(rangeOf(storeRow, 1, storeRow, width)).clear();
      }
      await context.sync();
    });
  } catch {
    // The first failure is the one to report; the message says the workbook was put back.
  }
  return new TrackerWriteError(undone(sheetName, why), failure);
}

/** A tracker of the workbook with the sheet it lives on now. */
export interface WorkbookTracker extends StoredTracker {
  /** The sheet's current name (it may have been renamed since it was written). */
  sheet: string;
  /** The values of the sheet's cells, row by row from A1, as Excel holds them now. */
  values: CellValue[][];
}

/**
 * Every tracker of the workbook whose sheet still exists, with the values of its sheet, in
 * two syncs. Damaged or newer definitions are left out: the watch shows what it can read.
 */
export async function readWorkbookTrackers(run: ExcelRun = excelRun): Promise<WorkbookTracker[]> {
  return run(async (context) => {
    const state = queueTrackerState(context);
    await context.sync();
    const s = state();
    const found: { entry: StoredTracker; sheet: string; range: Excel.Range }[] = [];
    for (const row of s.rows) {
      let entry: StoredTracker;
      try {
        entry = parseStoredTrackerRow(row, String(row[3] ?? ''));
      } catch {
        continue;
      }
      const sheet = s.links.get(entry.linkId);
      if (!sheet) continue;
      const { plan } = buildTrackerLayout(entry.tracker, entry.lang, entry.linkId);
      const range = context.workbook.worksheets.getItem(sheet).getRange(rangeOf(1, 1, plan.rows, plan.cols));
      range.load('values');
      found.push({ entry, sheet, range });
    }
    if (found.length === 0) return [];
    await context.sync();
    return found.map((f) => ({ ...f.entry, sheet: f.sheet, values: f.range.values as CellValue[][] }));
  });
}

/** Selects a cell of a sheet, for the watch's links. */
export async function selectCell(sheet: string, cell: string, run: ExcelRun = excelRun): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/** The KPI watch of every tracker of the workbook, from what its sheets hold now. */
export async function watchWorkbook(run: ExcelRun = excelRun): Promise<TrackerWatch[]> {
  const found = await readWorkbookTrackers(run);
  return found.map((f) => watchTracker(f, f.sheet, valuesAt(f.values)));
}

/**
 * Calls `listener` whenever a cell of any sheet changes (WorksheetCollection.onChanged,
 * ExcelApi 1.9); resolves to the function that stops listening. Excel registers the handler
 * with the batch's sync, and removes it on the context it was registered on.
 */
export async function onWorkbookChanged(listener: () => void, run: ExcelRun = excelRun): Promise<() => Promise<void>> {
  const result = await run(async (context) => {
    const r = context.workbook.worksheets.onChanged.add(async () => listener());
    await context.sync();
    return r;
  });
  return async () => {
    result.remove();
    await result.context.sync();
  };
}
