import { CrmError, type Text } from '../core/errors';
import type { Cell } from '../core/grid';
import { parseRange, rangeOf } from '../core/sheet/a1';
import { parseSourceKey, sourceKey, type TransactionSource } from '../core/customer-value/source';
import { excelRun, type ExcelRun } from './excel-run';

/**
 * Excel on the web refuses a request or response over 5 MB, and reads of more than
 * 5,000,000 cells ("Excel add-ins" in
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * A chunk aims at a fifth of that, sized from what the rows read so far took.
 */
export const READ_BUDGET = 1_000_000;
/** Rows of the first round trip: the header and a sample that sizes the chunks. */
const SAMPLE_ROWS = 200;

/** Range.address names its sheet ("Sales!A1:C9", "'My data'!A1:C9"); the reader wants the part after it. */
export const localAddress = (a: string): string => a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, '');

const sized = (kind: TransactionSource['kind'], name: string, sheet: string, address: string): TransactionSource => {
  const local = localAddress(address);
  const { top, left, bottom, right } = parseRange(local);
  return { kind, key: sourceKey(kind, name, sheet, local), name, sheet, address: local, rows: bottom - top + 1, cols: right - left + 1 };
};

/**
 * The places a table can come from, in one round trip: the selection (when it is more than a
 * cell), every Excel table, and every visible sheet's used range (Workbook.getSelectedRange,
 * Workbook.tables, Worksheet.getUsedRangeOrNullObject, ExcelApi 1.1–1.4).
 */
export async function listSources(run: ExcelRun = excelRun, withSelection = true): Promise<TransactionSource[]> {
  return run(async (context) => {
    const wb = context.workbook;
    // With a chart or shape selected, getSelectedRange fails its batch (InvalidSelection, by
    // design: OfficeDev/office-js issue 2268), so the selection is asked for on its own and,
    // when it is no range, simply not offered; the tables and sheets still are.
    let selectedAddress = '';
    if (withSelection)
      try {
        const selected = wb.getSelectedRange();
        selected.load('address');
        await context.sync();
        selectedAddress = selected.address;
      } catch {
        selectedAddress = '';
      }
    const active = wb.worksheets.getActiveWorksheet();
    active.load('name');
    const tables = wb.tables;
    tables.load('items/name,items/showTotals');
    const sheets = wb.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    const tableRanges = tables.items.map((t) => {
      const r = t.getRange();
      r.load('address');
      t.worksheet.load('name');
      return { t, r };
    });
    const used = sheets.items
      .filter((s) => s.visibility === 'Visible')
      .map((s) => {
        const u = s.getUsedRangeOrNullObject(true);
        u.load('address');
        return { s, u };
      });
    await context.sync();
    const out: TransactionSource[] = [];
    // A selection of one rectangle of cells; several areas ("A1:B5,D1:D5") or whole columns
    // or rows ("A:C", Range.address gives them so) are not offered: the sheet's used range is.
    const sel = localAddress(selectedAddress);
    if (/^[A-Z]+\d+:[A-Z]+\d+$/.test(sel)) out.push(sized('selection', active.name, active.name, sel));
    // Table.getRange covers the header, the body and a totals row if shown (Table.showTotals,
    // ExcelApi 1.3): the totals row is no purchase, so the source stops above it.
    for (const { t, r } of tableRanges) {
      const { top, left, bottom, right } = parseRange(localAddress(r.address));
      out.push(sized('table', t.name, t.worksheet.name, rangeOf(top, left, t.showTotals && bottom > top ? bottom - 1 : bottom, right)));
    }
    for (const { s, u } of used) if (!u.isNullObject) out.push(sized('sheet', s.name, s.name, u.address));
    return out;
  });
}

const words = {
  gone: (key: string): Text => ({
    en: `The table the analysis read (${key}) is no longer in this workbook.`,
    zh: `分析所读取的表（${key}）已不在此工作簿中。`,
  }),
  cancelled: (): Text => ({ en: 'Reading the table was cancelled.', zh: '已取消读取表格。' }),
  file: (name: string): Text => ({
    en: `The analysis was made from the file ${name}; open the file again on this page to rerun it.`,
    zh: `该分析基于文件 ${name}；请在此页面重新打开该文件以重新运行。`,
  }),
};

/** Finds a stored source again at its size of the day: a table or a sheet may have grown since. */
export async function resolveSource(key: string, run: ExcelRun = excelRun): Promise<TransactionSource> {
  const parsed = parseSourceKey(key);
  if (!parsed) throw new CrmError('VALUE', words.file(key));
  if (parsed.kind === 'selection') {
    const { sheet, address } = parsed;
    return sized('selection', sheet, sheet, address);
  }
  const found = (await listSources(run, false)).find((s) => s.kind === parsed.kind && s.name.toLowerCase() === parsed.name.toLowerCase());
  if (!found) throw new CrmError('VALUE', words.gone(key));
  return found;
}

export interface ReadOptions {
  /** Share of the rows read, 0–1. */
  progress?: (done: number) => void;
  /** Asked between round trips; true stops the read with a "cancelled" error. */
  cancelled?: () => boolean;
  budget?: number;
}

/**
 * The cells of a source, header row first, read in chunks of whole rows: the first round trip
 * reads a sample, and each later one as many rows as the budget allows at the largest size per
 * row seen so far (so a column of long texts shrinks the chunks, never the other way), making
 * the round trips grow with the chunks only. A chunk Excel still refuses as too large is read
 * again in halves.
 */
export async function readSource(source: TransactionSource, options: ReadOptions = {}, run: ExcelRun = excelRun): Promise<Cell[][]> {
  const budget = options.budget ?? READ_BUDGET;
  const { top, left, bottom, right } = parseRange(source.address);
  const total = bottom - top + 1;
  const rows: Cell[][] = [];
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(source.sheet);
    let at = top;
    let chunk = Math.min(SAMPLE_ROWS, total);
    let bytesPerRow = 0;
    while (at <= bottom) {
      if (options.cancelled?.()) throw new CrmError('VALUE', words.cancelled());
      const end = Math.min(bottom, at + chunk - 1);
      const range = ws.getRange(rangeOf(at, left, end, right));
      range.load('values');
      try {
        await context.sync();
      } catch (e) {
        // Excel.ErrorCodes.responsePayloadSizeLimitExceeded: the rows were longer than any before.
        if ((e as { code?: string }).code === 'ResponsePayloadSizeLimitExceeded' && end > at) {
          chunk = Math.max(1, Math.floor((end - at + 1) / 2));
          continue;
        }
        // A sheet renamed or deleted since it was chosen: said in the pane's words, not Excel's.
        if ((e as { code?: string }).code === 'ItemNotFound') throw new CrmError('VALUE', words.gone(source.key));
        throw e;
      }
      const values = range.values as Cell[][];
      for (const r of values) {
        bytesPerRow = Math.max(bytesPerRow, JSON.stringify(r).length + 1);
        rows.push(r);
      }
      at = end + 1;
      options.progress?.((at - top) / total);
      chunk = Math.max(1, Math.floor((budget - 2) / bytesPerRow));
    }
    return rows;
  });
}
