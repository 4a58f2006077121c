import { CrmError, type Lang, type Text } from '../core/errors';
import { inLanguage } from '../core/language';
import type { Analysis } from '../core/customer-value/analyse';
import type { ColumnChoice } from '../core/customer-value/columns';
import type { Transactions } from '../core/customer-value/read-table';
import { resultsPlan, summaryPlan } from '../core/customer-value/results-plan';
import { CV_STORE_HEADER, CV_STORE_SHEET, parseStoredAnalysis, storedAnalysisRow, type StoredAnalysis } from '../core/customer-value/stored';
import { rangeOf } from '../core/sheet/a1';
import type { CellValue } from '../core/sheet/plan';
import { CUSTOMER_VALUE_LABELS as L } from '../core/sheet/sheet-labels';
import { uniqueSheetName } from '../core/sheet/sheet-name';
import { SheetsExistError } from '../core/customer-value/sheets-exist';
import { excelRun, type ExcelRun } from './excel-run';

export { SheetsExistError };
import { blockChunks, cellInput, queuePlan, unwritableParts } from './write-plan';

/**
 * An analysis written into the open workbook: the summary and the customer sheets, and its row
 * in the very hidden store, so Refresh can rerun it. Written in round trips Excel accepts (the
 * customer rows in chunks, see blockChunks); batches are not atomic (excel-contract.md), so a
 * failure anywhere before the last step takes back what this write added and puts renamed
 * sheets back, leaving the workbook as it was.
 */

/** Bytes per round trip of customer rows: a fifth of Excel on the web's 5 MB (see blockChunks). */
export const WRITE_BUDGET = 1_000_000;

interface State {
  sheets: { id: string; name: string }[];
  store: CellValue[][] | null;
}

async function readState(run: ExcelRun): Promise<State> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    const store = sheets.getItemOrNullObject(CV_STORE_SHEET);
    const used = store.getUsedRangeOrNullObject(true);
    used.load('values');
    await context.sync();
    return {
      sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
      store: store.isNullObject ? null : used.isNullObject ? [] : (used.values as CellValue[][]),
    };
  });
}

/** The analyses stored in the workbook, with the row each sits in. */
export async function storedAnalyses(run: ExcelRun = excelRun): Promise<(StoredAnalysis & { row: number })[]> {
  const { store } = await readState(run);
  return (store ?? []).flatMap((v, i) => {
    const parsed = i === 0 ? null : parseStoredAnalysis(v);
    return parsed ? [{ ...parsed, row: i + 1 }] : [];
  });
}

const undone = (why: string): Text => ({
  en: `Excel could not write the results (${why}). What had been written was taken back; the workbook is as it was.`,
  zh: `Excel 未能写入结果（${why}）。已写入的部分已撤回，工作簿保持原样。`,
});
const notUndone = (why: string, look: string[]): Text => ({
  en: `Excel could not write the results (${why}), and taking back what had been written failed too. Check the sheets ${look.map((s) => `"${s}"`).join(', ')}.`,
  zh: `Excel 未能写入结果（${why}），撤回已写入的部分也失败了。请检查工作表${look.map((s) => `“${s}”`).join('、')}。`,
});

export interface CustomerValueWriteOptions {
  /** Replace sheets of the same names (asked first); without it, existing sheets refuse the write. */
  replace?: boolean;
  progress?: (done: number) => void;
  budget?: number;
}

export interface WrittenAnalysis {
  resultsSheet: string;
  summarySheet: string;
  /** Parts this Excel cannot write (unwritableParts), left out: the page says so. */
  leftOut: string[];
}

export async function writeCustomerValue(
  a: Analysis,
  t: Transactions,
  lang: Lang,
  source: string,
  columns: ColumnChoice,
  options: CustomerValueWriteOptions = {},
  run: ExcelRun = excelRun,
): Promise<WrittenAnalysis> {
  const before = await readState(run);
  const resultsName = inLanguage(L.resultsSheet, lang);
  const summaryName = inLanguage(L.summarySheet, lang);
  const existing = before.sheets.filter((s) => [resultsName, summaryName].some((n) => n.toLowerCase() === s.name.toLowerCase()));
  if (existing.length > 0 && !options.replace) throw new SheetsExistError(existing.map((s) => s.name));

  const results = resultsPlan(a, t, lang);
  const summary = summaryPlan(a, t, lang, resultsName);
  const leftOut = [...new Set([...unwritableParts(results), ...unwritableParts(summary)])];
  const chunks = blockChunks(results, options.budget ?? WRITE_BUDGET);
  const steps = chunks.length + 2;
  const taken = [...before.sheets.map((s) => s.name), resultsName, summaryName];
  const retired = existing.map((s) => {
    const name = uniqueSheetName(`${s.name} old`, taken);
    taken.push(name);
    return { ...s, retired: name };
  });
  const storeHeader = before.store?.[0];
  const storeRowIndex = (() => {
    const rows = before.store ?? [];
    const at = rows.findIndex((r, i) => i > 0 && String(r[2] ?? '').toLowerCase() === resultsName.toLowerCase());
    return at > 0 ? at + 1 : Math.max(2, rows.length + 1);
  })();
  const row = storedAnalysisRow({ lang, resultsSheet: resultsName, summarySheet: summaryName, source, settings: a.settings, columns, headers: t.headers });

  try {
    // 1: the old sheets step aside; the customer sheet comes first, so the summary's formulas
    // name a sheet that exists; then the summary goes in front of it.
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      for (const r of retired) sheets.getItem(r.id).name = r.retired;
      const res = sheets.add(resultsName);
      const sum = sheets.add(summaryName);
      // Where the old sheets stood, or at the end.
      const at = existing.length > 0 ? Math.min(...existing.map((e) => before.sheets.findIndex((b) => b.id === e.id))) : before.sheets.length;
      sum.position = at;
      res.position = at + 1;
      queuePlan(sum, summary, context.workbook, summaryName, { leaveOut: leftOut });
      queuePlan(res, results, context.workbook, resultsName, { blocksApart: true, leaveOut: leftOut });
      await context.sync();
    });
    options.progress?.(1 / steps);
    // 2…: the customers, a chunk per round trip.
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(resultsName);
      for (const [i, c] of chunks.entries()) {
        c.queue(ws);
        await context.sync();
        options.progress?.((i + 2) / steps);
      }
    });
    // Last: the stored row, then the old sheets go (the point of no return), then the summary shows.
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      let store: Excel.Worksheet;
      if (before.store === null) {
        store = sheets.add(CV_STORE_SHEET);
        store.visibility = 'VeryHidden';
      } else store = sheets.getItem(CV_STORE_SHEET);
      if (!storeHeader || storeHeader[0] !== CV_STORE_HEADER[0]) store.getRange(rangeOf(1, 1, 1, CV_STORE_HEADER.length)).values = [[...CV_STORE_HEADER]];
      store.getRange(rangeOf(storeRowIndex, 1, storeRowIndex, row.length)).formulas = [row.map(cellInput)];
      for (const r of retired) sheets.getItem(r.id).delete();
      sheets.getItem(summaryName).activate();
      await context.sync();
    });
    options.progress?.(1);
    return { resultsSheet: resultsName, summarySheet: summaryName, leftOut };
  } catch (failure) {
    const outcome = await takeBack(before, retired, [resultsName, summaryName], storeRowIndex, failure, run);
    if (outcome === 'committed') return { resultsSheet: resultsName, summarySheet: summaryName, leftOut };
    throw outcome;
  }
}

/**
 * After a failed write: deletes the sheets this write added (found by name among the sheets
 * that were not there before), gives the old sheets their names back, and restores the stored
 * row. If the old sheets were already deleted the write had finished but for showing the summary.
 */
async function takeBack(
  before: State,
  retired: { id: string; name: string; retired: string }[],
  added: string[],
  storeRow: number,
  failure: unknown,
  run: ExcelRun,
): Promise<'committed' | Error> {
  const why = failure instanceof Error ? failure.message : String(failure);
  try {
    const now = await readState(run);
    if (retired.length > 0 && retired.every((r) => !now.sheets.some((s) => s.id === r.id))) return 'committed';
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const beforeIds = new Set(before.sheets.map((s) => s.id));
      for (const s of now.sheets) {
        if (beforeIds.has(s.id)) continue;
        if (!added.includes(s.name) && s.name !== CV_STORE_SHEET) continue;
        const sheet = sheets.getItem(s.id);
        // A very hidden sheet cannot be deleted (Worksheet.delete remarks, @types/office-js).
        if (s.name === CV_STORE_SHEET) sheet.visibility = 'Hidden';
        sheet.delete();
      }
      for (const r of retired) if (now.sheets.some((s) => s.id === r.id && s.name !== r.name)) sheets.getItem(r.id).name = r.name;
      if (before.store !== null && now.store !== null) {
        const was = before.store[storeRow - 1] ?? [];
        const is = now.store[storeRow - 1] ?? [];
        const width = Math.max(was.length, is.length);
        if (width > 0 && JSON.stringify(was) !== JSON.stringify(is)) {
          const store = sheets.getItem(CV_STORE_SHEET);
          store.getRange(rangeOf(storeRow, 1, storeRow, width)).clear();
          if (was.length > 0) store.getRange(rangeOf(storeRow, 1, storeRow, was.length)).formulas = [was.map(cellInput)];
        }
      }
      await context.sync();
    });
    // Our own refusals (a plan over Excel's limits) say what is wrong themselves.
    return failure instanceof CrmError ? failure : new CrmError('VALUE', undone(why));
  } catch {
    return new CrmError('VALUE', notUndone(why, [...added, ...retired.map((r) => r.retired)]));
  }
}
