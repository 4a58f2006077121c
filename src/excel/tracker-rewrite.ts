import { CrmError, type Text } from '../core/errors';
import { withActualsOf } from '../core/kpi/edit';
import type { Tracker } from '../core/kpi/model';
import { validateTracker, type ValidTracker } from '../core/kpi/validate';
import { rangeOf } from '../core/sheet/a1';
import { assertPlanFits } from '../core/sheet/limits';
import type { CellValue } from '../core/sheet/plan';
import { uniqueSheetName } from '../core/sheet/sheet-name';
import { STORE_SHEET } from '../core/sheet/stored';
import { buildTrackerLayout, trackerLinkName } from '../core/sheet/tracker-plan';
import { readTrackerBack } from '../core/sheet/tracker-read-back';
import { parseStoredTrackerRow, StoredTracker, storedTrackerRow, TRACKER_STORE_SHEET } from '../core/sheet/tracker-stored';
import { valuesAt } from '../core/sheet/tracker-watch';
import { excelRun, ExcelRun } from './excel-run';
import { isDeletedSheetReference, sheetOfReference } from './scorecard-sheets';
import { TrackerWriteError } from './tracker-sheets';
import { cellInput, queuePlan } from './write-plan';

/*
 * An edited tracker written over its sheet, keeping every actual typed on it. As a scorecard is
 * regenerated (scorecard-sheets.ts): the sheet is read just before (so what was typed since the
 * pane read it is kept too), the new sheet is built beside the old one in its own batch, and a
 * short last batch swaps names, stored definition and sheet, deleting the old sheet last: the
 * point of no return. Excel rolls nothing back when a batch fails (excel-add-ins-error-handling.md),
 * so after a failure before that point the workbook is read again and put back as it was.
 */
const say = {
  gone: (sheet: string): Text => ({
    en: `The sheet "${sheet}" no longer holds a KPI tracker of this workbook; nothing was written.`,
    zh: `工作表“${sheet}”已不再是本工作簿的KPI跟踪表；未写入任何内容。`,
  }),
  undone: (sheet: string, why: string): Text => ({
    en: `Excel could not rewrite the KPI tracker "${sheet}" (${why}). What had been written was taken back; the sheet is as it was.`,
    zh: `Excel 未能重写KPI跟踪表“${sheet}”（${why}）。已写入的部分已撤回，工作表保持原样。`,
  }),
  notUndone: (sheet: string, why: string): Text => ({
    en: `Excel could not rewrite the KPI tracker "${sheet}" (${why}), and taking back what had been written failed too. Check the sheets whose names start with "${sheet}".`,
    zh: `Excel 未能重写KPI跟踪表“${sheet}”（${why}），撤回已写入的部分也失败了。请检查名称以“${sheet}”开头的工作表。`,
  }),
};

interface Before {
  sheets: { id: string; name: string }[];
  /** Every workbook name → its formula. */
  names: Map<string, string>;
  entry: StoredTracker;
  storeRow: number;
  stored: CellValue[];
  values: CellValue[][];
}

const owned = (name: string, linkId: string) => name === trackerLinkName(linkId) || name.startsWith(`${trackerLinkName(linkId)}_`);
const rangeOfReference = (formula: string): string => formula.slice(formula.lastIndexOf('!') + 1).replace(/\$/g, '');

/** Two syncs: sheets, names and stored trackers, then the values of the tracker's sheet. */
async function readBefore(sheet: string, run: ExcelRun): Promise<Before> {
  return run(async (context) => {
    const wb = context.workbook;
    wb.worksheets.load('items/name,items/id');
    wb.names.load('items/name,items/formula');
    const store = wb.worksheets.getItemOrNullObject(TRACKER_STORE_SHEET);
    const used = store.getUsedRangeOrNullObject(true);
    used.load('values');
    await context.sync();
    const names = new Map(wb.names.items.map((n) => [n.name, String(n.formula)]));
    const rows = used.isNullObject ? [] : (used.values as CellValue[][]);
    let found: { entry: StoredTracker; storeRow: number; stored: CellValue[] } | null = null;
    for (let i = 1; i < rows.length && !found; i++) {
      let entry: StoredTracker;
      try {
        entry = parseStoredTrackerRow(rows[i], String(rows[i][3] ?? ''));
      } catch {
        continue;
      }
      const formula = names.get(trackerLinkName(entry.linkId));
      if (formula && !isDeletedSheetReference(formula) && sheetOfReference(formula) === sheet) found = { entry, storeRow: i + 1, stored: rows[i] };
    }
    if (!found) throw new CrmError('VALUE', say.gone(sheet));
    const { entry, storeRow, stored } = found;
    const { plan } = buildTrackerLayout(entry.tracker, entry.lang, entry.linkId);
    const range = wb.worksheets.getItem(sheet).getRange(rangeOf(1, 1, plan.rows, plan.cols));
    range.load('values');
    await context.sync();
    return { sheets: wb.worksheets.items.map((s) => ({ id: s.id, name: s.name })), names, entry, storeRow, stored, values: range.values as CellValue[][] };
  });
}

/** Rewrites the tracker of `sheet` as `edited`, with the actuals its sheet holds now. Resolves to the tracker written. */
export async function rewriteTrackerSheet(sheet: string, edited: Tracker, run: ExcelRun = excelRun): Promise<{ sheetName: string; tracker: ValidTracker }> {
  const before = await readBefore(sheet, run);
  const { entry } = before;
  const current = readTrackerBack(entry, valuesAt(before.values)).tracker;
  const checked = validateTracker(withActualsOf(edited, current));
  if (!checked.ok) throw new CrmError('VALUE', checked.errors[0].text);
  const tracker = checked.tracker;
  // In the sheet's own language, as it was written.
  const layout = buildTrackerLayout(tracker, entry.lang, entry.linkId);
  assertPlanFits(layout.plan);
  const taken = [...before.sheets.map((s) => s.name), STORE_SHEET, TRACKER_STORE_SHEET];
  const building = uniqueSheetName(`${sheet} new`, taken);
  const retiring = uniqueSheetName(`${sheet} old`, [...taken, building]);
  const old = before.sheets.find((s) => s.name === sheet)!;
  const row = storedTrackerRow({ linkId: entry.linkId, lang: entry.lang, sheetName: sheet, tracker }).map(cellInput);
  try {
    await run(async (context) => {
      const wb = context.workbook;
      const ws = wb.worksheets.add(building);
      queuePlan(ws, { ...layout.plan, names: [] }, wb, building);
      await context.sync();
      for (const n of before.names.keys()) if (owned(n, entry.linkId)) wb.names.getItem(n).delete();
      const was = wb.worksheets.getItem(old.id);
      was.name = retiring;
      ws.name = sheet;
      ws.position = before.sheets.findIndex((s) => s.id === old.id);
      for (const n of layout.plan.names) wb.names.add(n.name, ws.getRange(n.range));
      const store = wb.worksheets.getItem(TRACKER_STORE_SHEET);
      const width = Math.max(row.length, before.stored.length);
      store.getRange(rangeOf(before.storeRow, 1, before.storeRow, width)).clear();
      store.getRange(rangeOf(before.storeRow, 1, before.storeRow, row.length)).values = [row];
      // The point of no return, last: until here everything can be taken back.
      was.delete();
      ws.activate();
      await context.sync();
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const outcome = await takeBack(before, old.id, [building, retiring], sheet, row.length, run).catch(() => 'failed' as const);
    if (outcome === 'failed') throw new TrackerWriteError(say.notUndone(sheet, why), e);
    if (outcome === 'undone') throw new TrackerWriteError(say.undone(sheet, why), e);
  }
  return { sheetName: sheet, tracker };
}

async function takeBack(before: Before, oldId: string, added: string[], sheet: string, written: number, run: ExcelRun): Promise<'committed' | 'undone'> {
  return run(async (context) => {
    const wb = context.workbook;
    wb.worksheets.load('items/name,items/id');
    wb.names.load('items/name,items/formula');
    const store = wb.worksheets.getItem(TRACKER_STORE_SHEET);
    await context.sync();
    if (!wb.worksheets.items.some((s) => s.id === oldId)) return 'committed';
    const linkId = before.entry.linkId;
    for (const n of wb.names.items) if (owned(n.name, linkId)) wb.names.getItem(n.name).delete();
    const ids = new Set(before.sheets.map((s) => s.id));
    for (const s of wb.worksheets.items) if (!ids.has(s.id) && (added.includes(s.name) || s.name === sheet)) s.delete();
    const old = wb.worksheets.getItem(oldId);
    old.name = sheet;
    for (const [name, formula] of before.names) if (owned(name, linkId)) wb.names.add(name, old.getRange(rangeOfReference(formula)));
    store.getRange(rangeOf(before.storeRow, 1, before.storeRow, Math.max(before.stored.length, written))).clear();
    store.getRange(rangeOf(before.storeRow, 1, before.storeRow, before.stored.length)).values = [before.stored.map(cellInput)];
    await context.sync();
    return 'undone';
  });
}
